//! `#[error_catalog(file = "errors.tsv")]`: rows from a TSV or CSV file beside the code, for
//! teams that keep their catalog in a spreadsheet.
//!
//! The file's rows become the same `ast::Row`s an inline table produces (every token spanned
//! at the `file = "…"` literal, and the row's `origin` set to `errors.tsv:12`), so they go
//! through exactly the same checks; diagnostics name the file and line and point at the
//! attribute. The expansion includes the file's bytes, so cargo rebuilds when it changes.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Ident, LitStr};

use crate::diag::Errors;
use crate::front::ast::{Field, Int, Row, Str, Value};
use crate::front::delimited::{self, Format, Record};
use crate::names;

/// Header names (matched case-insensitively, surrounding spaces ignored).
pub const COLUMNS: &[&str] = &[
    "status",
    "code",
    "name",
    "group",
    "message",
    "description",
    "solution",
    "dialect",
    "shared_code",
    "grpc",
];
/// Without a `message` column every row has no message, as some vendors publish them
/// (code, status and description only).
const REQUIRED: &[&str] = &["code", "name"];

pub struct Loaded {
    pub rows: Vec<Row>,
    /// `const _: &[u8] = include_bytes!("/abs/path");`, so that editing the file rebuilds.
    pub include: TokenStream,
}

pub fn load(lit: &LitStr, errors: &mut Errors) -> Option<Loaded> {
    let (records, name, include) = read(lit, "file =", "catalog file", errors)?;
    let rows = match records {
        Some(records) => rows(&records, &name, lit, errors),
        None => Vec::new(),
    };
    Some(Loaded { rows, include })
}

/// Reads the delimited file named by `lit` (relative to the crate's directory): its records
/// (`None` when the text was unreadable, already reported), its file name for messages, and
/// the `include_bytes!` that makes cargo rebuild when it changes. `option` and `what` name it
/// in messages (`file =`, "catalog file").
pub fn read(
    lit: &LitStr,
    option: &str,
    what: &str,
    errors: &mut Errors,
) -> Option<(Option<Vec<Record>>, String, TokenStream)> {
    let relative = lit.value();
    let Some(format) = format_of(&relative) else {
        errors.at(
            lit,
            format!(
                "`{option} {relative:?}`: unknown format; the {what} must end in `.tsv` or `.csv`"
            ),
        );
        return None;
    };
    let Some(base) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        errors.at(
            lit,
            format!("`{option} …` needs CARGO_MANIFEST_DIR (set by cargo) to find the file"),
        );
        return None;
    };
    let path = PathBuf::from(base).join(&relative);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) => {
            // The OS's wording differs between systems; the kind is enough to act on.
            let error = match error.kind() {
                std::io::ErrorKind::NotFound => "it does not exist".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ => error.to_string(),
            };
            errors.at(
                lit,
                format!("cannot read {what} `{relative}` ({error}); the path is relative to the crate's directory (where Cargo.toml is)"),
            );
            return None;
        }
    };
    let include = include(&path);
    let name = file_name(&relative);
    let Ok(text) = String::from_utf8(bytes) else {
        errors.at(
            lit,
            format!("{what} `{relative}` is not UTF-8 text; save it as UTF-8"),
        );
        return Some((None, name, include));
    };
    let records = match delimited::records(&text, format) {
        Ok(records) => Some(records),
        Err(error) => {
            errors.at(lit, format!("{name}:{}: {}", error.line, error.message));
            None
        }
    };
    Some((records, name, include))
}

fn format_of(path: &str) -> Option<Format> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "tsv" | "tab" => Some(Format::Tsv),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

fn file_name(relative: &str) -> String {
    Path::new(relative).file_name().map_or_else(
        || relative.to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn include(path: &Path) -> TokenStream {
    let path = path.to_string_lossy();
    let path = path.as_ref();
    quote!(
        const _: &[u8] = ::core::include_bytes!(#path);
    )
}

/// The header's column positions, by column name.
struct Header {
    positions: Vec<(&'static str, usize)>,
    len: usize,
}

impl Header {
    fn get<'r>(&self, record: &'r Record, column: &str) -> &'r str {
        self.positions
            .iter()
            .find(|(name, _)| *name == column)
            .and_then(|&(_, i)| record.fields.get(i))
            .map_or("", String::as_str)
    }
}

fn header(record: &Record, name: &str, lit: &LitStr, errors: &mut Errors) -> Option<Header> {
    let before = errors.len();
    let mut positions = Vec::new();
    for (i, field) in record.fields.iter().enumerate() {
        let key = field.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        match COLUMNS.iter().find(|c| **c == key) {
            Some(&column) if positions.iter().any(|(c, _)| *c == column) => errors.at(
                lit,
                format!(
                    "{name}:{}: column `{column}` appears twice in the header; keep one",
                    record.line
                ),
            ),
            Some(&column) => positions.push((column, i)),
            None => {
                let hint = match names::did_you_mean(&key, COLUMNS) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("expected: {}", COLUMNS.join(", ")),
                };
                errors.at(
                    lit,
                    format!(
                        "{name}:{}: unknown column {field:?} in the header; {hint}",
                        record.line
                    ),
                );
            }
        }
    }
    for required in REQUIRED {
        if !positions.iter().any(|(c, _)| c == required) {
            errors.at(
                lit,
                format!("{name}:{}: the header has no `{required}` column; the first line names the columns, e.g. `status\tcode\tname\tmessage\tdescription\tsolution`", record.line),
            );
        }
    }
    (errors.len() == before).then_some(Header {
        positions,
        len: record.fields.len(),
    })
}

fn rows(records: &[Record], name: &str, lit: &LitStr, errors: &mut Errors) -> Vec<Row> {
    let Some((first, rest)) = records.split_first() else {
        errors.at(lit, format!("catalog file `{name}` is empty; its first line names the columns (status, code, name, message, description, solution)"));
        return Vec::new();
    };
    let Some(header) = header(first, name, lit, errors) else {
        return Vec::new();
    };
    rest.iter()
        .enumerate()
        .filter_map(|(i, record)| {
            // A bad line is that row's error: the other rows are still generated.
            errors.begin_row();
            let row = row(record, &header, name, lit, errors);
            let code = header.get(record, "code");
            let whose = format_args!("{name}:{}: row {code}", record.line);
            errors.end_row(lit.span(), &whose);
            let mut row = row?;
            // Rows are numbered from the first data line, skipped ones counted.
            row.number = i + 1;
            Some(row)
        })
        .collect()
}

fn row(
    record: &Record,
    header: &Header,
    file: &str,
    lit: &LitStr,
    errors: &mut Errors,
) -> Option<Row> {
    let span = lit.span();
    let code = header.get(record, "code");
    let whose = format!("{file}:{}: row {code}", record.line);
    if record.fields.len() > header.len {
        errors.at(
            lit,
            format!("{whose}: {} fields but the header has {} columns; quote fields that hold the separator", record.fields.len(), header.len),
        );
        return None;
    }
    let before = errors.len();
    // `404/500`: several statuses, the first the primary one.
    let mut statuses = Vec::new();
    let cell = header.get(record, "status").trim();
    for digits in cell.split('/').filter(|_| !cell.is_empty()) {
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            statuses.push(Int::with_digits(digits, span));
        } else {
            errors.at(lit, format!("{whose}: status `{cell}` is not a number; write an HTTP status such as 404, several as published (`404/500`), or leave the cell empty"));
            break;
        }
    }
    let mut statuses = statuses.into_iter();
    let status = statuses.next();
    let more_statuses = statuses.collect();
    let name = ident(header.get(record, "name"), "name", &whose, lit, errors);
    let group = match header.get(record, "group").trim() {
        "" => None,
        text => ident(text, "group", &whose, lit, errors),
    };
    let mut attrs: Vec<Attribute> = Vec::new();
    let dialect = header.get(record, "dialect").trim();
    if !dialect.is_empty() {
        let dialect = LitStr::new(dialect, span);
        attrs.push(syn::parse_quote_spanned!(span=> #[dialect = #dialect]));
    }
    let grpc = header.get(record, "grpc").trim();
    if !grpc.is_empty() {
        let grpc = LitStr::new(grpc, span);
        attrs.push(syn::parse_quote_spanned!(span=> #[grpc = #grpc]));
    }
    match header
        .get(record, "shared_code")
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "" | "no" | "false" | "0" => {}
        "yes" | "true" | "x" | "1" => attrs.push(syn::parse_quote_spanned!(span=> #[shared_code])),
        other => errors.at(
            lit,
            format!("{whose}: `shared_code` is `{other}`; write `yes` or leave the cell empty"),
        ),
    }
    let mut columns = Vec::new();
    for column in ["message", "description", "solution"] {
        let text = header.get(record, column);
        // A missing description or solution takes the default; a message is always given, so
        // that an empty cell (or no column) is a row without a message, as inline `message: ""`.
        if text.is_empty() && column != "message" {
            continue;
        }
        columns.push(Field {
            key: Ident::new(column, span),
            value: Value::Str(Str::with_value(text, span)),
        });
    }
    if errors.len() > before {
        return None;
    }
    Some(Row {
        number: 0,
        attrs,
        status,
        more_statuses,
        code: Str::with_value(code, span),
        group,
        name: name?,
        params: None,
        columns,
        origin: Some(format!("{file}:{}", record.line)),
    })
}

/// A cell that names something in Rust, as an identifier spanned at the attribute. The cell
/// (surrounding spaces aside) must be exactly an identifier, `r#` and a keyword, or a keyword
/// (which the checker reports with a fix). It is not lexed as Rust: the lexer would drop a
/// comment (`a // x` became `a`) or a byte-order mark (`\u{FEFF}c` became `c`) and
/// silently use a name the file does not hold.
fn ident(
    text: &str,
    column: &str,
    whose: &str,
    lit: &LitStr,
    errors: &mut Errors,
) -> Option<Ident> {
    let text = text.trim();
    if text.is_empty() {
        errors.at(lit, format!("{whose}: the `{column}` cell is empty; write a Rust identifier, such as `not_found` for a name"));
        return None;
    }
    let span = lit.span();
    let bare = names::unraw(text);
    if bare.len() < text.len() && (names::is_identifier(bare) || names::is_raw_keyword(bare)) {
        return Some(Ident::new_raw(bare, span));
    }
    if names::is_identifier(text) || (names::is_keyword(text) && text != "_") {
        return Some(Ident::new(text, span));
    }
    let why = if text.contains("//") || text.contains("/*") {
        "; a cell is taken as written, and `//` or `/* … */` in it is not a comment".to_string()
    } else {
        match text.chars().find(|&c| {
            !c.is_ascii_alphanumeric() && c != '_' && !names::is_identifier(&format!("a{c}"))
        }) {
            Some(c) => format!(
                "; it holds {c:?} (U+{:04X}), which no identifier holds",
                u32::from(c)
            ),
            None => String::new(),
        }
    };
    errors.at(lit, format!("{whose}: the {column} `{text}` is not a Rust identifier{why}; use letters, digits and `_`, such as `not_found` for a name or `Billing` for a group"));
    None
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// Expands a module whose rows come from `text`, written to a file of its own (an
    /// absolute path, which `join` keeps as it is), and returns the error messages.
    fn errors_for(name: &str, text: &str) -> Vec<String> {
        let dir =
            std::env::temp_dir().join(format!("error-catalog-file-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_string_lossy().into_owned();
        let out = crate::expand(
            quote!(file = #path, status = none),
            quote!(
                mod errors {}
            ),
        )
        .to_string();
        out.split("compile_error ! {")
            .skip(1)
            .map(|s| {
                let start = s.find('"').unwrap() + 1;
                let end = s.rfind('"').unwrap();
                s[start..end].replace("\\\"", "\"")
            })
            .collect()
    }

    /// One error per expected start, in order.
    fn assert_starts(errors: &[String], expected: &[&str]) {
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
        for (error, expected) in errors.iter().zip(expected) {
            assert!(error.starts_with(expected), "{error}\nexpected: {expected}");
        }
    }

    #[test]
    fn a_clean_file_expands_and_includes_its_bytes() {
        let errors = errors_for("ok.tsv", "code\tname\tmessage\nA.1\tone\tOne {0}.\n");
        assert!(errors.is_empty(), "{errors:?}");
        // The include is what makes cargo rebuild when the file changes; it is emitted
        // with errors too, so that fixing the file is noticed.
        let dir =
            std::env::temp_dir().join(format!("error-catalog-file-test-{}", std::process::id()));
        let path = dir.join("ok.tsv").to_string_lossy().into_owned();
        let out = crate::expand(
            quote!(file = #path),
            quote!(
                mod m {}
            ),
        )
        .to_string();
        assert!(out.contains("include_bytes"), "{out}");
        assert!(out.contains(&format!("{path:?}")), "{out}");
        let bad = errors_for(
            "bad-status.tsv",
            "code\tname\tmessage\tstatus\nA.1\tone\tOne.\tx\n",
        );
        assert_eq!(bad.len(), 1);
        let path = dir.join("bad-status.tsv").to_string_lossy().into_owned();
        let out = crate::expand(
            quote!(file = #path),
            quote!(
                mod m {}
            ),
        )
        .to_string();
        assert!(
            out.contains("include_bytes") && out.contains("compile_error"),
            "{out}"
        );
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let errors = errors_for(
            "errors.tsv",
            "Status\tCode\tName\tMessage\n\
             400\tA.1\tone\tOne.\n\
             \n\
             4x0\tA.2\ttwo\tTwo.\n\
             700\tA.3\tthree\tThree.\n\
             400\tA.1\tfour\tFour {.\n\
             400\tA.5\tfive-5\tFive.\n\
             400\tA.6\tsix\tSix.\textra\n",
        );
        let expected = [
            "errors.tsv:4: row A.2: status `4x0` is not a number",
            "errors.tsv:7: row A.5: the name `five-5` is not a Rust identifier",
            "errors.tsv:8: row A.6: 5 fields but the header has 4 columns",
            "errors.tsv:5: row A.3: HTTP status `700` is outside 100..=599",
            "errors.tsv:6: row A.1: in the message, the `{` at character 6 (\"Four {.\") is never closed",
        ];
        assert_starts(&errors, &expected);
    }

    #[test]
    fn duplicate_codes_across_file_rows() {
        let errors = errors_for("dup.csv", "code,name,message\nA.1,one,One.\nA.1,two,Two.\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("dup.csv:3: row A.1: duplicate code"),
            "{errors:?}"
        );
        let shared = errors_for(
            "shared.csv",
            "code,name,message,shared code\nA.1,one,One.,yes\nA.1,two,Two.,yes\n",
        );
        assert!(shared.is_empty(), "{shared:?}");
    }

    #[test]
    fn dialect_column_per_row() {
        let ok = errors_for(
            "dialect.csv",
            "code,name,message,dialect\nA.1,braces,Empty {} body.,literal\nA.2,pct,User %s.,printf\nA.3,plain,User {0}.,\n",
        );
        assert!(ok.is_empty(), "{ok:?}");
        let bad = errors_for(
            "dialect2.csv",
            "code,name,message,dialect\nA.1,x,y,prinft\n",
        );
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].starts_with("dialect2.csv:2: row A.1: unknown placeholder dialect \"prinft\"; did you mean `printf`?"), "{bad:?}");
    }

    /// Name and group cells were lexed as Rust: `a // x` became `a`, `b /* c */` became `b`,
    /// `\u{FEFF}c` became `c`, `Db // comment` became `Db`. They are taken as written.
    #[test]
    fn identifier_cells_are_taken_as_written() {
        let errors = errors_for(
            "cells.tsv",
            "code\tname\tgroup\tmessage\n\
             A.1\ta // x\t\tOne.\n\
             A.2\tb /* c */\t\tTwo.\n\
             A.3\t\u{FEFF}c\t\tThree.\n\
             A.4\td\tDb // comment\tFour.\n\
             A.5\te\u{200B}\t\tFive.\n",
        );
        let expected = [
            "cells.tsv:2: row A.1: the name `a // x` is not a Rust identifier; a cell is taken as written, and `//` or `/* … */` in it is not a comment",
            "cells.tsv:3: row A.2: the name `b /* c */` is not a Rust identifier; a cell is taken as written",
            // The helper reads the message from the literal's source, escapes and all.
            "cells.tsv:4: row A.3: the name `\\u{feff}c` is not a Rust identifier; it holds '\\\\u{feff}' (U+FEFF), which no identifier holds",
            "cells.tsv:5: row A.4: the group `Db // comment` is not a Rust identifier; a cell is taken as written",
            "cells.tsv:6: row A.5: the name `e\\u{200b}` is not a Rust identifier; it holds '\\\\u{200b}' (U+200B)",
        ];
        assert_starts(&errors, &expected);
        // What is an identifier stays one: raw, non-ASCII, spaces around it.
        let ok = errors_for(
            "cells-ok.tsv",
            "code\tname\tgroup\tmessage\nA.1\tr#type\t\tOne.\nA.2\t 用户 \t\tTwo.\nA.3\tr#b\tr#A\tThree.\n",
        );
        assert!(ok.is_empty(), "{ok:?}");
        // A keyword is read, and the checker says to write it raw.
        let keyword = errors_for("cells-kw.tsv", "code\tname\tmessage\nA.1\ttype\tOne.\n");
        assert!(
            keyword[0].contains("`type` is a Rust keyword"),
            "{keyword:?}"
        );
    }

    #[test]
    fn header_problems() {
        let errors = errors_for(
            "head.csv",
            "code,nmae,mesage,status,status\nA.1,x,y,400,400\n",
        );
        // No `message` column is allowed (rows without messages): the misspelt one is its
        // only error.
        assert_eq!(errors.len(), 4, "{errors:#?}");
        assert!(errors[0].contains("unknown column \"nmae\""), "{errors:?}");
        assert!(errors[0].contains("did you mean `name`"), "{errors:?}");
        assert!(errors[2].contains("`status` appears twice"), "{errors:?}");
        assert!(errors[3].starts_with("head.csv:1: the header has no `name` column"));
        assert!(errors_for("empty.tsv", "")[0].contains("is empty"));
        let csv = errors_for("bad.csv", "code,name,message\nA.1,x,\"open\n");
        assert!(
            csv[0].starts_with("bad.csv:2: a quoted field is never closed"),
            "{csv:?}"
        );
    }
}
