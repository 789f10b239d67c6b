//! Rustdoc text for generated items: each row's table of code, status, message, description
//! and solution.

use proc_macro2::Literal;

use crate::model::{Catalog, Row};

/// Escapes text for a Markdown table cell so that rustdoc shows it verbatim: Markdown and
/// HTML punctuation gets a backslash, a pipe cannot end the cell, a newline becomes `<br>`.
pub fn md_escape(text: &str) -> String {
    let bytes = text.as_bytes();
    // A plain loop over bytes: the macro runs unoptimised in users' debug builds, where
    // iterator adapters cost a call per byte, and this runs for every text of every row.
    let mut i = 0;
    while i < bytes.len() && !needs_escape(bytes[i]) {
        i += 1;
    }
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..i]);
    let mut plain = i;
    while i < bytes.len() {
        let b = bytes[i];
        if needs_escape(b) {
            out.push_str(&text[plain..i]);
            match b {
                b'\n' => out.push_str("<br>"),
                b'\r' => {}
                _ => {
                    out.push('\\');
                    out.push(b as char);
                }
            }
            plain = i + 1;
        }
        i += 1;
    }
    out.push_str(&text[plain..]);
    // Leading or trailing spaces would be trimmed from a cell: keep them visible.
    if out.starts_with(' ') || out.ends_with(' ') {
        let trimmed_start = out.len() - out.trim_start_matches(' ').len();
        let trimmed_end = out.len() - out.trim_end_matches(' ').len();
        let inner = out.trim_matches(' ');
        out = format!(
            "{}{}{}",
            "&#32;".repeat(trimmed_start),
            inner,
            "&#32;".repeat(trimmed_end)
        );
    }
    out
}

/// Markdown and HTML punctuation, and line breaks.
fn needs_escape(b: u8) -> bool {
    matches!(
        b,
        b'\\'
            | b'`'
            | b'*'
            | b'_'
            | b'['
            | b']'
            | b'<'
            | b'>'
            | b'|'
            | b'#'
            | b'~'
            | b'&'
            | b'!'
            | b'\n'
            | b'\r'
    )
}

/// A string literal for `text`: raw (`r#"…"#`) when it can be, which the compiler only scans,
/// rather than escaped character by character, the macro's largest single cost at 2,025 rows
/// (the docs tables and the catalog's text run to megabytes). A bare carriage return cannot
/// be in a raw string; such text is escaped.
pub fn literal(text: &str) -> Literal {
    if !text.contains('\r') {
        // One `#` more than the longest run of them after a quote in the text.
        let mut hashes = 0;
        for (i, _) in text.match_indices('"') {
            let run = text[i + 1..].bytes().take_while(|&b| b == b'#').count();
            hashes = hashes.max(run + 1);
        }
        let fence = "#".repeat(hashes);
        if let Ok(literal) = format!("r{fence}\"{text}\"{fence}").parse() {
            return literal;
        }
    }
    Literal::string(text)
}

/// The row's reference table, appended to the docs of its variant and constructor.
pub fn row_table(row: &Row) -> String {
    let status = row
        .status
        .map_or_else(|| "—".to_string(), |s| s.to_string());
    let mut doc = format!(
        "\n| | |\n|---|---|\n| **Code** | {} |\n| **Status** | {} |\n| **Message** | {} |\n",
        md_escape(&row.code),
        status,
        md_escape(&row.message.source),
    );
    if row.description.source != row.message.source {
        doc.push_str(&format!(
            "| **Description** | {} |\n",
            md_escape(&row.description.source)
        ));
    } else {
        doc.push_str("| **Description** | (same as the message) |\n");
    }
    if !row.solution.is_empty() {
        doc.push_str(&format!(
            "| **Solution** | {} |\n",
            md_escape(&row.solution)
        ));
    }
    doc
}

/// The whole catalog as a table for the module's docs: the vendor's columns, every row in
/// table order, each code linked to its constructor. (The runtime crate's Markdown export
/// writes the same columns for publishing; this one escapes for rustdoc and adds links.)
pub fn catalog_table(catalog: &Catalog) -> String {
    // Outer docs of a module resolve links from its parent, hence the module's name.
    let links = format!("{}::", catalog.module);
    let rows: Vec<&Row> = catalog.rows.iter().collect();
    format!(
        "\n# Error codes\n\n{} rows, generated from the table.\n{}",
        rows.len(),
        rows_table(catalog, &rows, &links)
    )
}

fn rows_table(catalog: &Catalog, rows: &[&Row], links: &str) -> String {
    let mut doc = String::from(
        "\n| Status Code | Error Codes | Error Message | Description | Solution |\n\
         |---|---|---|---|---|\n",
    );
    let groups: Vec<String> = catalog.groups.iter().map(|g| g.ident.to_string()).collect();
    for row in rows {
        let status = row
            .status
            .map_or_else(|| "—".to_string(), |s| s.to_string());
        doc.push_str(&format!(
            "| {status} | [{}]({links}{}::{}) | {} | {} | {} |\n",
            md_escape(&row.code),
            groups[row.group],
            row.ctor.to_string().trim_start_matches("r#"),
            md_escape(&row.message.source),
            md_escape(&row.description.source),
            md_escape(&row.solution),
        ));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_keep_the_text() {
        for text in [
            "plain",
            "",
            "a \"quoted\" word",
            "\"#",
            "x\"##\"#y",
            "tab\tnew\nline\\ back",
            "carriage\r\nreturn",
            "ünï \u{0} nul",
        ] {
            let literal = literal(text).to_string();
            let parsed: syn::LitStr = syn::parse_str(&literal).unwrap();
            assert_eq!(parsed.value(), text, "{literal}");
        }
        assert!(literal("a \"b\"").to_string().starts_with("r#\""));
        assert!(literal("a\rb").to_string().starts_with('"'));
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(md_escape("a|b"), "a\\|b");
        assert_eq!(md_escape("[x] <y>"), "\\[x\\] \\<y\\>");
        assert_eq!(md_escape(" a "), "&#32;a&#32;");
        assert_eq!(md_escape("plain text."), "plain text.");
        assert_eq!(md_escape("a\r\nb!"), "a<br>b\\!");
        assert_eq!(md_escape("é_ü"), "é\\_ü");
    }

    #[test]
    fn module_docs_carry_the_catalog_table() {
        let item = quote::quote! {
            /// Shop errors.
            mod shop {
                catalog! {
                    409 "CART.0001" out_of_stock message: "Only {0} left|gone.";
                    "CART.0002" r#type message: "Bad type.", solution: "Fix it.";
                }
            }
        };
        let out = crate::expand(quote::quote!(status = 400), item);
        let module: syn::ItemMod = syn::parse2(out).unwrap();
        let docs = crate::model::doc_lines(&module.attrs);
        assert_eq!(docs[0], " Shop errors.");
        let table = &docs[1];
        assert!(table.contains(
            "| Status Code | Error Codes | Error Message | Description | Solution |\n|---|---|---|---|---|\n"
        ));
        assert!(table.contains(
            "| 409 | [CART.0001](shop::Cart::out_of_stock) | Only {0} left\\|gone. | Only {0} left\\|gone. |  |\n"
        ));
        assert!(table.contains(
            "| 400 | [CART.0002](shop::Cart::type) | Bad type. | Bad type. | Fix it. |\n"
        ));
        // Each variant carries its row; the group enum only names its codes.
        let items = &module.content.as_ref().unwrap().1;
        let group = items.iter().find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == "Cart" => Some(e),
            _ => None,
        });
        let group = group.unwrap();
        let group_docs = crate::model::doc_lines(&group.attrs).join("\n");
        assert!(group_docs.contains("codes `CART.0001`, `CART.0002`"));
        let row_docs = crate::model::doc_lines(&group.variants[0].attrs).join("\n");
        assert!(row_docs.contains("| **Message** | Only {0} left\\|gone. |"));
    }
}
