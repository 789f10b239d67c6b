//! Whole `#[error_catalog]` modules, generated: valid tables expand to code, tables with
//! mistakes get `compile_error!`s that name the rows at fault, and arbitrary token soup never
//! panics the macro.

use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use support::compile_errors;

mod support;

/// One generated row, kept as text so that mutations stay simple.
#[derive(Debug, Clone)]
struct RowSpec {
    attrs: String,
    status: String,
    code: String,
    name: String,
    params: Option<String>,
    columns: Vec<(String, String)>,
    separator: &'static str,
}

impl RowSpec {
    fn render(&self) -> String {
        let columns: Vec<String> = self
            .columns
            .iter()
            .map(|(key, value)| format!("{key}: {value}"))
            .collect();
        format!(
            "{} {} {} {}{} {};\n",
            self.attrs,
            self.status,
            self.code,
            self.name,
            self.params.as_deref().unwrap_or(""),
            columns.join(self.separator)
        )
    }

    fn column(&mut self, key: &str) -> Option<&mut String> {
        self.columns
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// A string literal holding `value`, spelled one of several ways: plain with escapes, with
/// every non-ASCII character as `\u{…}`, or raw with enough `#`s.
fn literal(value: &str, style: u8) -> String {
    match style % 3 {
        0 => format!("{value:?}"),
        1 => {
            let mut out = String::from("\"");
            for c in value.chars() {
                match c {
                    ' '..='~' if c != '"' && c != '\\' => out.push(c),
                    _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                }
            }
            out.push('"');
            out
        }
        _ if value.contains('\r') => format!("{value:?}"),
        _ => {
            let mut hashes = String::from("#");
            while value.contains(&format!("\"{hashes}")) {
                hashes.push('#');
            }
            format!("r{hashes}\"{value}\"{hashes}")
        }
    }
}

/// Literal text for templates: anything, braces doubled.
fn template_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,10}",
        "\\PC{0,10}",
        "[%\"'\\\\\n\t\u{0}\u{7f}\u{200b}\u{202e}#]{0,5}",
        "[a-z ]{300,600}",
    ]
    .prop_map(|t| t.replace('{', "{{").replace('}', "}}"))
}

const PREFIXES: &[&str] = &[
    "APP",
    "LOGIN",
    "APP_ACCOUNT",
    "SVC.MOD-SUB",
    "AuthFailure",
    "Ünï",
    "用户",
];
const NAMES: &[&str] = &[
    "not_found",
    "locked",
    "id_token_error",
    "ünïcödé",
    "名前",
    "x",
];
const PLACEHOLDER_NAMES: &[&str] = &["name", "count", "r#type", "ünï", "名前", "_id"];

/// A message using placeholders `{0}`…`{positional-1}` (each at least once) and some of the
/// named ones, or the declared parameters when `declared` is set.
fn message(positional: usize, named: Vec<&'static str>, texts: Vec<String>) -> String {
    let mut holes: Vec<String> = (0..positional).map(|i| format!("{{{i}}}")).collect();
    holes.extend(named.iter().map(|n| format!("{{{n}}}")));
    let mut out = String::from("E");
    for (i, hole) in holes.iter().enumerate() {
        out.push_str(texts.get(i).map_or("", String::as_str));
        out.push_str(hole);
    }
    out.push_str(texts.last().map_or("", String::as_str));
    out
}

fn row(index: usize) -> impl Strategy<Value = RowSpec> {
    (
        100u16..=599,
        proptest::sample::select(PREFIXES),
        proptest::sample::select(NAMES),
        0usize..3,
        proptest::sample::subsequence(PLACEHOLDER_NAMES, 0..3),
        proptest::collection::vec(template_text(), 5),
        any::<[u8; 3]>(),
        proptest::option::of(template_text()),
        any::<bool>(),
        proptest::option::of("[a-zA-Z .]{0,40}"),
        any::<bool>(),
    )
        .prop_map(
            move |(
                status,
                prefix,
                name,
                positional,
                named,
                texts,
                styles,
                solution,
                describe,
                doc,
                declare,
            )| {
                let mut columns = Vec::new();
                let (params, text) = if declare {
                    // Declared parameters, typed or not, used by name and by position.
                    let params = "(minutes: u32, who)".to_string();
                    (Some(params), message(1, vec!["who"], texts.clone()))
                } else {
                    (None, message(positional, named.clone(), texts.clone()))
                };
                columns.push(("message".to_string(), literal(&text, styles[0])));
                if describe {
                    // A description may show the message's arguments, nothing else.
                    let description = if declare {
                        format!("About {{who}} {}", texts[1])
                    } else {
                        message(
                            positional.min(1),
                            named.into_iter().take(1).collect(),
                            texts,
                        )
                    };
                    columns.push(("description".to_string(), literal(&description, styles[1])));
                }
                if let Some(solution) = solution {
                    columns.push(("solution".to_string(), literal(&solution, styles[2])));
                }
                RowSpec {
                    attrs: doc.map_or_else(String::new, |d| format!("/// {d}\n")),
                    status: status.to_string(),
                    code: format!("{:?}", format!("{prefix}.{index:04}")),
                    name: format!("{name}_{index}"),
                    params,
                    columns,
                    separator: ", ",
                }
            },
        )
}

fn rows() -> impl Strategy<Value = Vec<RowSpec>> {
    (1usize..7).prop_flat_map(|n| (0..n).map(row).collect::<Vec<_>>())
}

fn module(attr: &str, rows: &[RowSpec], extra: &str) -> (TokenStream, TokenStream) {
    let table: String = rows.iter().map(RowSpec::render).collect();
    let item = format!("pub mod m {{ {extra} catalog! {{ {table} }} }}");
    (
        TokenStream::from_str(attr).expect("attribute tokens"),
        TokenStream::from_str(&item).unwrap_or_else(|e| panic!("{e}: {item}")),
    )
}

/// A mistake a user can make in one row, each leaving the table's syntax intact.
#[derive(Debug, Clone, Copy)]
enum Mistake {
    StatusOutOfRange,
    HugeStatus,
    EmptyCode,
    DuplicateCode,
    CodeWithoutPrefix,
    PrefixNotAName,
    CamelCaseName,
    KeywordName,
    NoMessage,
    UnknownColumn,
    ColumnTwice,
    NumberMessage,
    BrokenPlaceholder,
    PlaceholderGap,
    UnusedParameter,
    UndeclaredPlaceholder,
    DescriptionExtraPlaceholder,
    UnsupportedAttribute,
    MissingComma,
}

const MISTAKES: &[Mistake] = &[
    Mistake::StatusOutOfRange,
    Mistake::HugeStatus,
    Mistake::EmptyCode,
    Mistake::DuplicateCode,
    Mistake::CodeWithoutPrefix,
    Mistake::PrefixNotAName,
    Mistake::CamelCaseName,
    Mistake::KeywordName,
    Mistake::NoMessage,
    Mistake::UnknownColumn,
    Mistake::ColumnTwice,
    Mistake::NumberMessage,
    Mistake::BrokenPlaceholder,
    Mistake::PlaceholderGap,
    Mistake::UnusedParameter,
    Mistake::UndeclaredPlaceholder,
    Mistake::DescriptionExtraPlaceholder,
    Mistake::UnsupportedAttribute,
    Mistake::MissingComma,
];

/// Applies `mistake` to `rows[i]`; returns the text every error about it must contain.
fn apply(rows: &mut [RowSpec], i: usize, mistake: Mistake, pick: u8) -> String {
    let code_text = |row: &RowSpec| -> String {
        syn::parse_str::<syn::LitStr>(&row.code)
            .expect("code literal")
            .value()
    };
    let row = &mut rows[i];
    match mistake {
        Mistake::StatusOutOfRange => {
            row.status = ["0", "99", "600", "999", "1_000"][usize::from(pick) % 5].to_string();
        }
        Mistake::HugeStatus => row.status = "99999999999999999999999".to_string(),
        Mistake::EmptyCode => {
            row.code = "\"\"".to_string();
            return format!("row #{}", i + 1);
        }
        Mistake::DuplicateCode => {
            // Take another row's code: whichever of the two comes later gets the error.
            if rows.len() == 1 {
                rows[0].status = "42".to_string();
            } else {
                rows[i].code = rows[usize::from(i == 0)].code.clone();
            }
        }
        Mistake::CodeWithoutPrefix => {
            row.code = format!("\"{}\"", 23500 + i);
        }
        Mistake::PrefixNotAName => {
            let prefix = ["1X", "-", "Ⓐ", "ⓐb", "__"][usize::from(pick) % 5];
            row.code = format!("\"{prefix}.{i}\"");
        }
        Mistake::CamelCaseName => row.name = format!("NotFound{i}"),
        Mistake::KeywordName => {
            row.name = ["type", "match", "self", "Self", "gen"][usize::from(pick) % 5].to_string();
        }
        Mistake::NoMessage => row.columns.retain(|(k, _)| k != "message"),
        Mistake::UnknownColumn => row.columns.push((
            ["mesage", "solutoin", "status", "code"][usize::from(pick) % 4].to_string(),
            "\"x\"".into(),
        )),
        Mistake::ColumnTwice => row.columns.push(("message".into(), "\"again\"".into())),
        Mistake::NumberMessage => {
            *row.column("message").expect("message") =
                ["42", "b\"bytes\"", "'c'", "c\"c\"", "x"][usize::from(pick) % 5].to_string();
        }
        Mistake::BrokenPlaceholder => {
            let bad = [
                " { ",
                " } ",
                " { } ",
                " {x:>3} ",
                " {01} ",
                " {r#1} ",
                " {Ⓐ} ",
                " {ͅx} ",
                " {r#a-b} ",
            ][usize::from(pick) % 9];
            let message = row.column("message").expect("message");
            let value = syn::parse_str::<syn::LitStr>(message)
                .expect("message literal")
                .value();
            *message = literal(&format!("{value}{bad}"), pick);
        }
        Mistake::PlaceholderGap => {
            row.params = None;
            *row.column("message").expect("message") = literal("late {1}", pick);
            row.columns.retain(|(k, _)| k != "description");
        }
        Mistake::UnusedParameter => {
            row.params = Some("(unused)".into());
            *row.column("message").expect("message") = literal("no holes", pick);
            row.columns.retain(|(k, _)| k != "description");
        }
        Mistake::UndeclaredPlaceholder => {
            row.params = Some("(a)".into());
            *row.column("message").expect("message") = literal("{a} and {b}", pick);
            row.columns.retain(|(k, _)| k != "description");
        }
        Mistake::DescriptionExtraPlaceholder => {
            // A description is a template (checked) once it shows one of the message's
            // placeholders; without any it is prose, kept as written.
            row.params = None;
            *row.column("message").expect("message") = literal("{a} here", pick);
            row.columns.retain(|(k, _)| k != "description");
            row.columns
                .push(("description".into(), literal("about {a} and {zzz}", pick)));
        }
        Mistake::UnsupportedAttribute => row.attrs = "#[allow(dead_code)]".into(),
        Mistake::MissingComma => {
            if row.columns.len() < 2 {
                row.columns.push(("solution".into(), "\"s\"".into()));
            }
            row.separator = " ";
        }
    }
    match code_text(&rows[i]) {
        code if code.is_empty() => format!("row #{}", i + 1),
        code => code,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Valid tables, with unicode, long text, odd escapes and raw strings: the module
    /// expands to items, without any `compile_error!`.
    #[test]
    fn valid_tables_expand(rows in rows(), renamed in any::<bool>()) {
        let attr = if renamed { "error = IamError, status = 400" } else { "" };
        let (attr, item) = module(attr, &rows, "pub fn kept() {}");
        let out = error_catalog_codegen::expand(attr, item);
        let errors = compile_errors(&out);
        prop_assert!(errors.is_empty(), "{:?}\n{}", errors, rows.iter().map(RowSpec::render).collect::<String>());
        let module: syn::ItemMod = syn::parse2(out).expect("a module");
        let items = &module.content.expect("inline").1;
        let has = |name: &str| items.iter().any(|item| match item {
            syn::Item::Enum(e) => e.ident == name,
            syn::Item::Static(s) => s.ident == name,
            syn::Item::Fn(f) => f.sig.ident == name,
            _ => false,
        });
        let error_enum = if renamed { "IamError" } else { "Error" };
        prop_assert!(has(error_enum), "no enum {}", error_enum);
        prop_assert!(has("CATALOG") && has("kept"));
    }

    /// The same tables with mistakes in some rows: every mistake is reported, and every
    /// `compile_error!` has a message naming a row at fault.
    #[test]
    fn mistakes_are_reported_naming_the_row(
        mut rows in rows(),
        mistakes in proptest::collection::vec(
            (proptest::sample::select(MISTAKES), any::<proptest::sample::Index>(), any::<u8>()),
            1..4,
        ),
    ) {
        let mut at_fault = Vec::new();
        let mut touched = Vec::new();
        for (mistake, index, pick) in mistakes {
            let i = index.index(rows.len());
            if touched.contains(&i) {
                continue;
            }
            touched.push(i);
            at_fault.push(apply(&mut rows, i, mistake, pick));
        }
        let table: String = rows.iter().map(RowSpec::render).collect();
        let (attr, item) = module("", &rows, "");
        let out = error_catalog_codegen::expand(attr, item);
        let errors = compile_errors(&out);
        prop_assert!(!errors.is_empty(), "no error for\n{}", table);
        for error in &errors {
            prop_assert!(
                at_fault.iter().any(|row| !row.is_empty() && error.contains(row.as_str())),
                "{:?} names none of {:?}\n{}", error, at_fault, table
            );
        }
    }

    /// Token soup in the table and in the attribute: the macro never panics, always returns
    /// tokens, and every `compile_error!` it returns has a message.
    #[test]
    fn arbitrary_tokens_never_panic(
        attr in proptest::sample::select(&[
            "", "status = 400", "error = IamError", "status = 9999", "status = \"x\"",
            "crate = ::x", "derive(Clone, Eq)", "error = 3", "bogus = 1", "error = r#type",
            "error", "derive = 1", "error = Self", "error = CATALOG",
        ][..]),
        soup in tokens(),
    ) {
        let item = format!("pub mod m {{ catalog! {{ {soup} }} }}");
        let attr = TokenStream::from_str(attr).expect("attr");
        let item = TokenStream::from_str(&item).unwrap_or_else(|e| panic!("{e}: {item}"));
        let out = error_catalog_codegen::expand(attr, item);
        prop_assert!(!out.is_empty());
        for error in compile_errors(&out) {
            prop_assert!(!error.trim().is_empty(), "{}", soup);
        }
    }
}

/// A `use` tree: paths of plain and raw identifiers (and `self`, `super`, `crate`), ending
/// in a name, a glob, a rename or a nested group of trees.
fn use_tree() -> impl Strategy<Value = String> {
    const SEGMENTS: &[&str] = &[
        "a",
        "r#abc",
        "r#match",
        "r#type",
        "self",
        "super",
        "crate",
        "std",
        "Login",
        "r#Login",
        "CATALOG",
        "r#CATALOG",
        "Error",
        "r#Error",
        "r#fn",
        "用户",
    ];
    let path = proptest::collection::vec(proptest::sample::select(SEGMENTS), 1..4)
        .prop_map(|segments| segments.join("::"));
    let leaf =
        (path.clone(), 0u8..4, proptest::sample::select(SEGMENTS)).prop_map(|(path, end, name)| {
            match end {
                0 => path,
                1 => format!("{path}::*"),
                2 => format!("{path} as {name}"),
                _ => format!("{path} as _"),
            }
        });
    leaf.prop_recursive(4, 24, 4, move |inner| {
        (
            path.clone(),
            proptest::collection::vec(inner, 0..4),
            any::<bool>(),
        )
            .prop_map(|(path, trees, with_self)| {
                let mut trees = trees;
                if with_self {
                    trees.push("self".into());
                }
                format!("{path}::{{{}}}", trees.join(", "))
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The module's own `use` items, raw identifiers and `self` at any depth among them (a
    /// raw identifier before `::{self}` once panicked): the macro never panics, and the only
    /// errors a valid table can get from imports are collisions with the generated names,
    /// each naming the import.
    #[test]
    fn use_trees_never_panic(trees in proptest::collection::vec(use_tree(), 1..4), leading in any::<bool>()) {
        let uses: String = trees
            .iter()
            .map(|t| format!("use {}{t};", if leading { "::" } else { "" }))
            .collect();
        let item = format!(
            "pub mod m {{ {uses} mod inner {{ {uses} }} catalog! {{ 400 \"LOGIN.1\" a message: \"x\"; }} }}"
        );
        let item = TokenStream::from_str(&item).unwrap_or_else(|e| panic!("{e}: {item}"));
        let out = error_catalog_codegen::expand(TokenStream::new(), item);
        for error in compile_errors(&out) {
            prop_assert!(error.starts_with("the import `"), "{}: {}", error, uses);
            prop_assert!(error.contains("collides with the"), "{}: {}", error, uses);
        }
    }
}

/// Random but well-formed token text: a mix of the grammar's words, literals of every kind
/// and nested groups.
fn tokens() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        proptest::sample::select(
            &[
                "group",
                "message",
                "description",
                "solution",
                "status",
                "prefix",
                ":",
                "::",
                ";",
                ",",
                "#",
                "!",
                "=",
                "-",
                "#[doc = \"d\"]",
                "r#type",
                "r#abc",
                "r#match",
                "r#Login",
                "r#CATALOG",
                "use",
                "self",
                "{self}",
                "::*",
                "as",
                "mod",
                "pub",
                "type",
                "Self",
                "_",
                "Error",
                "CATALOG",
                "u32",
                "x",
                "ünï",
                "400",
                "0",
                "99999999999999999999",
                "1.5",
                "'c'",
                "b\"b\"",
                "c\"c\"",
                "\"\"",
                "\"APP.0001\"",
                "\"Ⓐ.1\"",
                "\"{0} {r#1} {x}\"",
                "r#\"raw {0}\"#",
                "\"\\u{1F600}\\n\\t\\\\\"",
                "\"23505\"",
                "@",
                "$",
                "?",
            ][..]
        )
        .prop_map(String::from),
        "\\PC{0,8}".prop_map(|s| format!("{s:?}")),
        "[a-z_]{1,8}",
    ];
    leaf.prop_recursive(3, 48, 8, |inner| {
        (proptest::collection::vec(inner, 0..8), 0u8..4).prop_map(|(items, delim)| {
            let body = items.join(" ");
            match delim {
                0 => format!("({body})"),
                1 => format!("[{body}]"),
                2 => format!("{{{body}}}"),
                _ => body,
            }
        })
    })
}
