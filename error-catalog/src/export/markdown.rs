//! The catalog as a Markdown page: the vendor's five columns, one row per entry.

use super::{columns, Cells};
use crate::catalog::Catalog;
use alloc::string::String;

impl Catalog {
    /// The vendor's "Error Codes" page in Markdown: a heading and [`Catalog::markdown_table`].
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         409 "CART.0001" out_of_stock(left: u32)
    ///             message: "Only {0} left.",
    ///             solution: "Lower the quantity, or wait.";
    ///         404 "CART.0003" not_found message: "Cart *not* found.", solution: "Create a cart | retry.";
    ///     }
    /// }
    ///
    /// let page = shop::CATALOG.to_markdown();
    /// assert!(page.starts_with("# Error Codes\n\n| Status Code | Error Codes |"));
    /// assert!(page.ends_with(&shop::CATALOG.markdown_table()));
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = String::from("# Error Codes\n\n");
        out.push_str(&self.markdown_table());
        out
    }

    /// The catalog as a Markdown table with the vendor's columns (`Status Code | Error Codes |
    /// Error Message | Description | Solution`), in table order.
    ///
    /// Cells are the table's text verbatim, escaped only where Markdown would otherwise change
    /// it, so that both the file and the rendered page show the catalog's text:
    /// - `\`, `|`, `` ` ``, `[`, `]` and `~` get a backslash;
    /// - `_` and `*` get one where they could start or end emphasis (not in `id_token`, not
    ///   in `a * b`);
    /// - `<` and `&` get one where they would open an HTML tag or an entity;
    /// - a newline becomes `<br>`, a carriage return `&#13;`, and leading or trailing spaces
    ///   and tabs `&#32;` / `&#9;` (a cell is trimmed).
    ///
    /// The escaping is reversible, so the page parses back into the exact texts. A row
    /// without a status shows `—`.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         409 "CART.0001" out_of_stock(left: u32)
    ///             message: "Only {0} left.",
    ///             solution: "Lower the quantity, or wait.";
    ///         404 "CART.0003" not_found message: "Cart *not* found.", solution: "Create a cart | retry.";
    ///     }
    /// }
    ///
    /// let table = shop::CATALOG.markdown_table();
    /// let lines: Vec<&str> = table.lines().collect();
    /// assert_eq!(lines[0], "| Status Code | Error Codes | Error Message | Description | Solution |");
    /// assert_eq!(lines[1], "|---|---|---|---|---|");
    /// assert_eq!(lines[2], "| 409 | CART.0001 | Only {0} left. | Only {0} left. | Lower the quantity, or wait. |");
    /// assert_eq!(
    ///     lines[3],
    ///     "| 404 | CART.0003 | Cart \\*not\\* found. | Cart \\*not\\* found. | Create a cart \\| retry. |"
    /// );
    /// ```
    pub fn markdown_table(&self) -> String {
        let mut out = String::new();
        push_row(&mut out, columns(self));
        out.push('|');
        for _ in columns(self) {
            out.push_str("---|");
        }
        out.push('\n');
        for entry in self.iter() {
            push_row(&mut out, Cells::of(entry, "—").iter());
        }
        out
    }
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        escape_cell(out, cell);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Spaces and tabs at either end of a cell, which Markdown would trim.
fn is_edge(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Appends `text` escaped for one table cell (the rules are on [`Catalog::markdown_table`]).
pub(crate) fn escape_cell(out: &mut String, text: &str) {
    let rest = text.trim_start_matches(is_edge);
    let lead = &text[..text.len() - rest.len()];
    let body = rest.trim_end_matches(is_edge);
    let trail = &rest[body.len()..];
    push_edge(out, lead);
    let mut prev = None;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let around = |test: fn(char) -> bool| prev.is_some_and(test) && next.is_some_and(test);
        match c {
            '\\' | '|' | '`' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // `id_token` cannot open emphasis, `a * b` neither; anything else might.
            '_' if !around(char::is_alphanumeric) => out.push_str("\\_"),
            '*' if !around(char::is_whitespace) => out.push_str("\\*"),
            '\n' => out.push_str("<br>"),
            '\r' => out.push_str("&#13;"),
            // `<x`, `</`, `<!`, `<?` open HTML; `&x`, `&#` open an entity.
            '<' if next
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("\\<");
            }
            '&' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#') => {
                out.push_str("\\&");
            }
            _ => out.push(c),
        }
        prev = Some(c);
    }
    push_edge(out, trail);
}

fn push_edge(out: &mut String, edge: &str) {
    for c in edge.chars() {
        out.push_str(if c == '\t' { "&#9;" } else { "&#32;" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;
    use alloc::vec::Vec;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_cell(&mut out, text);
        out
    }

    #[test]
    fn escapes_only_what_markdown_would_change() {
        assert_eq!(
            escaped("id_token generate error."),
            "id_token generate error."
        );
        assert_eq!(escaped("a|b"), "a\\|b");
        assert_eq!(escaped("C:\\dir"), "C:\\\\dir");
        assert_eq!(escaped("\\|"), "\\\\\\|");
        assert_eq!(escaped("one\ntwo\r\n"), "one<br>two&#13;<br>");
        assert_eq!(escaped("  x\t"), "&#32;&#32;x&#9;");
        assert_eq!(escaped("   "), "&#32;&#32;&#32;");
        assert_eq!(escaped(""), "");
        assert_eq!(escaped("a < b & c"), "a < b & c");
        assert_eq!(escaped("<b>&amp;&#32;</b>"), "\\<b>\\&amp;\\&#32;\\</b>");
        assert_eq!(
            escaped("Remaining attempts: {0}"),
            "Remaining attempts: {0}"
        );
    }

    #[test]
    fn table_has_the_vendor_columns_and_every_row() {
        let table = fixture::CATALOG.markdown_table();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines[0],
            "| Status Code | Error Codes | Error Message | Description | Solution |"
        );
        assert_eq!(lines[1], "|---|---|---|---|---|");
        assert_eq!(
            lines[2],
            "| 400 | LOGIN.0001 | Locked for {0} minutes. | Locked for {0} minutes. | Wait. |"
        );
        assert!(lines[3].starts_with("| 500 | NASTY.0001 | &#32;a\\|b \\\\ c<br>d \\<script>"));
        assert_eq!(
            lines[4],
            "| — | QUIET.0001 | No status here. | No status here. | None, really. |"
        );
        assert_eq!(
            lines.len(),
            5,
            "one line per row: newlines in cells are escaped"
        );
        assert!(fixture::CATALOG
            .to_markdown()
            .starts_with("# Error Codes\n\n| Status Code"));
    }
}
