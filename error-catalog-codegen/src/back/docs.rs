//! Rustdoc text for generated items: each row's table of code, status, message, description
//! and solution.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Catalog, Row};

/// Escapes text for a Markdown table cell so that rustdoc shows it verbatim: Markdown and
/// HTML punctuation gets a backslash, a pipe cannot end the cell, a newline becomes `<br>`,
/// and brackets become character references. rustc parses the Markdown of every doc that
/// holds a `[` (for its links, which it records for rustdoc) and skips the others: generated
/// docs hold none, so only the user's own are parsed (BENCHMARKS.md, round five).
#[cfg(test)]
pub fn md_escape(text: &str) -> String {
    let mut out = String::new();
    md_escape_into(&mut out, text);
    out
}

/// [`md_escape`], appended to `out`: the docs tables are written into one buffer each.
pub fn md_escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    // A plain loop over bytes: the macro runs unoptimised in users' debug builds, where
    // iterator adapters cost a call per byte, and this runs for every text of every row.
    let mut i = 0;
    while i < bytes.len() && !needs_escape(bytes[i]) {
        i += 1;
    }
    let start = out.len();
    out.push_str(&text[..i]);
    let mut plain = i;
    while i < bytes.len() {
        let b = bytes[i];
        if needs_escape(b) {
            out.push_str(&text[plain..i]);
            match b {
                b'\n' => out.push_str("<br>"),
                b'\r' => {}
                b'[' => out.push_str("&#91;"),
                b']' => out.push_str("&#93;"),
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
    let cell = &out[start..];
    if cell.starts_with(' ') || cell.ends_with(' ') {
        let inner = cell.trim_matches(' ');
        let leading = cell.len() - cell.trim_start_matches(' ').len();
        let trailing = if inner.is_empty() {
            0
        } else {
            cell.len() - cell.trim_end_matches(' ').len()
        };
        let kept = format!(
            "{}{inner}{}",
            "&#32;".repeat(leading),
            "&#32;".repeat(trailing)
        );
        out.truncate(start);
        out.push_str(&kept);
    }
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

/// A string literal for `text`, escaped by `Literal::string`. Inside rustc that escaping is
/// the compiler's own optimised code, where a raw literal (`r#"…"#`, the choice until round
/// five) is first validated by `proc_macro2`, unoptimised in a dev build: escaped, `cargo
/// check` of a 2,025-row catalog runs 2.3% fewer instructions and peaks 3 MB lower. Out of
/// rustc (the in-process expansion bench) it is the other way: 10.5 ms there became 17.7.
/// Build time comes first (BENCHMARKS.md, round five).
pub fn literal(text: &str) -> Literal {
    Literal::string(text)
}

/// The row's reference table, appended to the docs of its variant.
pub fn row_table(row: &Row) -> String {
    let mut doc = String::with_capacity(
        160 + row.code.len()
            + row.message.source.len()
            + row.description.source.len()
            + row.solution.len(),
    );
    doc.push_str("\n| | |\n|---|---|\n| **Code** | ");
    md_escape_into(&mut doc, &row.code);
    doc.push_str(" |\n| **Status** | ");
    push_status(&mut doc, row.status, &row.more_statuses);
    doc.push_str(" |\n| **Message** | ");
    md_escape_into(&mut doc, &row.message.source);
    doc.push_str(" |\n| **Description** | ");
    if row.description.source != row.message.source {
        md_escape_into(&mut doc, &row.description.source);
    } else {
        doc.push_str("(same as the message)");
    }
    doc.push_str(" |\n");
    if !row.solution.is_empty() {
        doc.push_str("| **Solution** | ");
        md_escape_into(&mut doc, &row.solution);
        doc.push_str(" |\n");
    }
    doc
}

/// The status as a table cell: its number, or a dash for a row without one.
fn push_status(doc: &mut String, status: Option<u16>, more: &[u16]) {
    match status {
        Some(status) => {
            doc.push_str(&status.to_string());
            for status in more {
                doc.push('/');
                doc.push_str(&status.to_string());
            }
        }
        None => doc.push('—'),
    }
}

/// The whole catalog as a table for the module's docs: the vendor's columns, every row in
/// table order, each code linked to its constructor (a retired row's, which has none, to its
/// variant). (The runtime crate's Markdown export writes the same columns for publishing;
/// this one escapes for rustdoc and adds links.)
///
/// The links are HTML anchors to rustdoc's page addresses (`enum.Group.html#method.ctor`,
/// relative to the module's page), not intra-doc links: a doc without a `[` is not parsed by
/// rustc (see [`md_escape`]), and this table's Markdown and links were 2 % of `cargo check` of
/// 2,025 rows (BENCHMARKS.md, round five). CI checks the addresses against a built page.
pub fn catalog_table(catalog: &Catalog) -> String {
    let mut doc = format!(
        "\n# Error codes\n\n{} rows, generated from the table.\n\n\
         | Status Code | Error Codes | Error Message | Description | Solution |\n\
         |---|---|---|---|---|\n",
        catalog.rows.len(),
    );
    let groups: Vec<String> = (catalog.groups.iter())
        .map(|g| crate::names::name_of(&g.ident))
        .collect();
    for row in &catalog.rows {
        doc.push_str("| ");
        push_status(&mut doc, row.status, &row.more_statuses);
        doc.push_str(" | <a href=\"enum.");
        doc.push_str(&groups[row.group]);
        doc.push_str(".html#");
        doc.push_str(&anchor(row));
        doc.push_str("\">");
        md_escape_into(&mut doc, &row.code);
        doc.push_str("</a> | ");
        md_escape_into(&mut doc, &row.message.source);
        doc.push_str(" | ");
        md_escape_into(&mut doc, &row.description.source);
        doc.push_str(" | ");
        md_escape_into(&mut doc, &row.solution);
        doc.push_str(" |\n");
    }
    doc
}

/// The fragment of rustdoc's address for the row's constructor on its group's page, or for
/// its variant where it has no constructor (a retired row).
fn anchor(row: &Row) -> String {
    use crate::names::unraw;
    match row.lifecycle {
        crate::model::Lifecycle::Retired { .. } => format!("variant.{}", unraw(&row.variant_name)),
        _ => format!("method.{}", unraw(&row.ctor_name)),
    }
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
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(md_escape("a|b"), "a\\|b");
        assert_eq!(md_escape("[x] <y>"), "&#91;x&#93; \\<y\\>");
        assert_eq!(md_escape(" a "), "&#32;a&#32;");
        assert_eq!(md_escape("   "), "&#32;&#32;&#32;");
        assert_eq!(md_escape("  a|"), "&#32;&#32;a\\|");
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
                    #[retired(since = "0.2.0")]
                    "CART.0003" expired message: "Expired.";
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
            "| 409 | <a href=\"enum.Cart.html#method.out_of_stock\">CART.0001</a> | Only {0} left\\|gone. | Only {0} left\\|gone. |  |\n"
        ));
        assert!(table.contains(
            "| 400 | <a href=\"enum.Cart.html#method.type\">CART.0002</a> | Bad type. | Bad type. | Fix it. |\n"
        ));
        // A retired row has no constructor: its code links to its variant.
        assert!(
            table.contains("| 400 | <a href=\"enum.Cart.html#variant.Expired\">CART.0003</a> |")
        );
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

// What the wire needs from the macro: the docs URL passed to the registry and the docs of
// `decode`. Decoding itself (one match arm per row, in the runtime's `__ec_group!`), causes
// and the integrations (`__impl_integrations!`) are expanded from the runtime's `macro_rules!`.

/// The docs of the module enum's inherent `decode`.
pub fn decode_doc(catalog: &Catalog) -> String {
    format!(
        " The error of catalog `{}` that a server sent as `code` and `message`, with its arguments recovered from the message; an [`Undecoded`]({krate_doc}::Undecoded) (code, message and reason) when no row of this catalog renders that way. Never panics.",
        catalog.module,
        krate_doc = krate_doc_path(catalog),
    )
}

/// The runtime's path as rustdoc link text (`::error_catalog` → `error_catalog`).
fn krate_doc_path(catalog: &Catalog) -> String {
    catalog
        .krate
        .to_string()
        .replace(' ', "")
        .trim_start_matches("::")
        .to_string()
}

/// The registry's extra builder call for the catalog's documentation URL.
pub fn docs_url(catalog: &Catalog) -> TokenStream {
    match &catalog.docs_url {
        Some(url) => quote!(.__with_docs_url(#url)),
        None => TokenStream::new(),
    }
}

/// The registry's extra builder calls for gRPC: the `ErrorInfo` domain, and the rows whose
/// gRPC code is set in the table (`(row, google.rpc.Code)`, in table order). Nothing for a
/// catalog that sets neither, so that it expands exactly as before.
pub fn grpc(catalog: &Catalog) -> TokenStream {
    let mut out = match &catalog.domain {
        Some(domain) => quote!(.__with_domain(#domain)),
        None => TokenStream::new(),
    };
    let (rows, codes): (Vec<_>, Vec<_>) = (catalog.rows.iter().enumerate())
        .filter_map(|(i, row)| Some((u32::try_from(i).ok()?, row.grpc?)))
        .unzip();
    if !rows.is_empty() {
        out.extend(quote!(.__with_grpc_codes(&[#((#rows, #codes)),*])));
    }
    out
}

#[cfg(test)]
mod wire_tests {
    use quote::quote;

    fn expand(attr: proc_macro2::TokenStream) -> String {
        let item = quote! {
            mod shop {
                catalog! {
                    409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
                    404 "CART.0003" not_found message: "Cart not found.";
                }
            }
        };
        crate::expand(attr, item).to_string()
    }

    #[test]
    fn each_row_listed_once_for_the_runtime_impls() {
        let out = expand(quote!());
        // Each row once, in the group's invocation of the runtime's impls; its decode arm
        // is expanded there (tests/decode.rs checks the behaviour).
        assert!(
            out.contains(
                "__ec_group ! { Cart in Error , units [NotFound not_found \" Constructs <a href=\\\"#variant.NotFound\\\"><code>NotFound</code></a>: `CART.0003`.\" = 1 ,] , fields [OutOfStock = 0 { count : __ec_0 = 0 } ,] }"
            ),
            "{out}"
        );
        assert!(out.contains("groups [Cart = 0]"), "{out}");
        assert!(!out.contains("__with_docs_url"));
        assert!(!out.contains("__with_domain") && !out.contains("__with_grpc_codes"));
    }

    #[test]
    fn docs_url_is_checked_and_passed_to_the_registry() {
        let out = expand(quote!(docs_url = "https://example.com/errors/"));
        assert!(
            out.contains(". __with_docs_url (\"https://example.com/errors/\")"),
            "{out}"
        );
        for bad in [
            "",
            "errors/",
            "https://example.com/a b",
            "1http://x",
            "mailto:",
        ] {
            let out = expand(quote!(docs_url = #bad));
            assert!(out.contains("is not an absolute URL"), "{bad}: {out}");
        }
        let out = expand(quote!(docs_url = "urn:example:errors:"));
        assert!(!out.contains("compile_error"), "{out}");
    }

    #[test]
    fn grpc_domain_and_codes_are_passed_to_the_registry() {
        let item = quote! {
            mod shop {
                catalog! {
                    group Cart { grpc: "FAILED_PRECONDITION" }
                    409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
                    #[grpc = "ABORTED"]
                    409 "CART.0002" conflict message: "Try again.";
                    404 "STOCK.0003" not_found message: "Not found.";
                }
            }
        };
        let out = crate::expand(quote!(domain = "shop.example.com"), item).to_string();
        assert!(
            out.contains(". __with_domain (\"shop.example.com\") . __with_grpc_codes (& [(0u32 , 9u8) , (1u32 , 10u8)])"),
            "{out}"
        );
        let out = expand(quote!(domain = "a b"));
        assert!(out.contains("is not a domain"), "{out}");
    }
}

/// The variant's doc line for a deprecated or retired row, or one with a release.
pub fn lifecycle_line(row: &Row) -> Option<String> {
    use crate::model::Lifecycle;
    let note = |n: &str| {
        if n.is_empty() {
            String::new()
        } else {
            format!(": {n}")
        }
    };
    let since = row
        .since
        .as_deref()
        .map(|s| format!(" Shipped in {s}."))
        .unwrap_or_default();
    match &row.lifecycle {
        Lifecycle::Active if since.is_empty() => None,
        Lifecycle::Active => Some(since),
        Lifecycle::Deprecated { note: n, .. } => Some(format!(" **Deprecated**{}.{since}", note(n))),
        Lifecycle::Retired { since: r, note: n } => Some(format!(
            " **Retired** in {r}{}: the code stays reserved and still decodes; it has no constructor.{since}",
            note(n)
        )),
    }
}
