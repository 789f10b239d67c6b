//! Rustdoc text for generated items: each row's table of code, status, message, description
//! and solution.

use crate::model::Row;

/// Escapes text for a Markdown table cell so that rustdoc shows it verbatim: Markdown and
/// HTML punctuation gets a backslash, a pipe cannot end the cell, a newline becomes `<br>`.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    // Leading or trailing spaces would be trimmed from a cell: keep them visible.
    let trimmed_start = out.len() - out.trim_start_matches(' ').len();
    let trimmed_end = out.len() - out.trim_end_matches(' ').len();
    if trimmed_start > 0 || trimmed_end > 0 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown() {
        assert_eq!(md_escape("a|b"), "a\\|b");
        assert_eq!(md_escape("[x] <y>"), "\\[x\\] \\<y\\>");
        assert_eq!(md_escape(" a "), "&#32;a&#32;");
        assert_eq!(md_escape("plain text."), "plain text.");
    }
}
