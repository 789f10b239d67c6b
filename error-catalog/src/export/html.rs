//! The catalog as one standalone HTML page: no external assets, a filter box, a table that
//! turns into cards on a narrow screen and prints as a plain table.

use alloc::string::String;
use core::fmt::Write;

use super::{columns, Cells};
use crate::catalog::Catalog;

/// Layout: cells keep the table's spaces and line breaks (`pre-wrap`), a code never wraps
/// (`pre`); below 40rem each row
/// becomes a card labelled from `data-label`; print drops the filter and shows every row.
const STYLE: &str = r#"
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 90rem; padding: 1rem; }
h1 { margin: 0 0 .25rem; }
.meta { margin: 0 0 1rem; color: GrayText; }
.filter { margin: 0 0 1rem; display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.filter input { flex: 1 1 16rem; font: inherit; padding: .4rem .6rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #8886; padding: .4rem .6rem; text-align: left; vertical-align: top; }
td { white-space: pre-wrap; overflow-wrap: anywhere; }
td:nth-child(2) { white-space: pre; font-family: ui-monospace, monospace; }
thead th { position: sticky; top: 0; background: Canvas; }
tbody tr:nth-child(even) td { background: #8881; }
[hidden] { display: none !important; }
@media screen and (max-width: 40rem) {
  thead { display: none; }
  table, tbody, tr, td { display: block; }
  tr { border: 1px solid #8886; margin: 0 0 .75rem; }
  td { border: 0; border-top: 1px solid #8883; }
  td:first-child { border-top: 0; }
  td::before { content: attr(data-label); display: block; font-size: .8em; font-weight: 600; color: GrayText; }
}
@media print {
  .filter, #none { display: none !important; }
  tr[hidden] { display: table-row !important; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  thead th, tbody tr:nth-child(even) td { background: none; }
}
"#;

/// The filter: a whole code shows just its row (`ORG.0001`, not `APP_ORG.0001` too);
/// otherwise every word typed must appear in the row's cells (case-insensitive).
/// `page.html#LOGIN.0001` opens the page filtered to that code. Without JavaScript the box
/// stays hidden and the page is the full table.
const SCRIPT: &str = r#"
(function () {
  var box = document.getElementById("filter");
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var rows = document.querySelectorAll("tbody tr");
  var texts = Array.prototype.map.call(rows, function (row) {
    return Array.prototype.map.call(row.cells, function (c) { return c.textContent; })
      .join("\n").toLowerCase();
  });
  var codes = Array.prototype.map.call(rows, function (row) {
    return row.cells[1].textContent.toLowerCase();
  });
  function apply() {
    var query = box.value.trim().toLowerCase();
    var exact = codes.indexOf(query) >= 0;
    var words = query.split(/\s+/).filter(Boolean);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = exact ? codes[i] === query
        : words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      rows[i].hidden = !match;
      if (match) shown++;
    }
    none.hidden = shown > 0;
    count.textContent = shown + " of " + rows.length;
  }
  box.parentNode.hidden = false;
  box.addEventListener("input", apply);
  if (location.hash.length > 1) box.value = decodeURIComponent(location.hash.slice(1));
  apply();
})();
"#;

impl Catalog {
    /// The vendor's "Error Codes" page as one standalone HTML file: the table with the
    /// vendor's columns in table order, a filter box (a few lines of inline JavaScript), a
    /// layout that reads on a phone and in print, and no external assets. Every cell is
    /// HTML-escaped, so text from the table can never become markup. A row without a status
    /// shows `—`. Cells keep their spaces and line breaks; below 40rem each row becomes a
    /// card; print hides the filter and shows every row; without JavaScript the page is the
    /// full table.
    ///
    /// `page.html#CODE` opens the page filtered to that code, so a catalog published at
    /// `https://example.com/error-codes.html` can set
    /// `docs_url = "https://example.com/error-codes.html#"`, and each problem+json `type`
    /// links to its row.
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
    /// let html = shop::CATALOG.to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<td data-label=\"Error Codes\">CART.0003</td>"));
    /// assert!(html.contains("<td data-label=\"Solution\">Create a cart | retry.</td>"));
    /// assert_eq!(html.matches("<tr>").count(), 1 + shop::CATALOG.len());
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::with_capacity(4096 + self.len() * 512);
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        out.push_str("Error Codes — ");
        escape(&mut out, self.name());
        out.push_str("</title>\n<style>");
        out.push_str(STYLE);
        out.push_str("</style>\n</head>\n<body>\n<main>\n<h1>Error Codes</h1>\n");
        out.push_str("<p class=\"meta\">Catalog <code>");
        escape(&mut out, self.name());
        let _ = writeln!(out, "</code>: {} codes.</p>", self.len());
        out.push_str(
            "<p class=\"filter\" hidden><label for=\"filter\">Filter</label>\
             <input id=\"filter\" type=\"search\" placeholder=\"Code or words…\" autocomplete=\"off\">\
             <output id=\"count\" for=\"filter\"></output></p>\n",
        );
        out.push_str("<table>\n<thead><tr>");
        for column in columns(self) {
            let _ = write!(out, "<th scope=\"col\">{column}</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for entry in self.iter() {
            out.push_str("<tr>");
            for (column, text) in columns(self).zip(Cells::of(entry, "—").iter()) {
                push_cell(&mut out, column, text);
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        out.push_str("<p id=\"none\" hidden>No code matches the filter.</p>\n</main>\n<script>");
        out.push_str(SCRIPT);
        out.push_str("</script>\n</body>\n</html>\n");
        out
    }
}

fn push_cell(out: &mut String, label: &str, text: &str) {
    let _ = write!(out, "<td data-label=\"{label}\">");
    escape(out, text);
    out.push_str("</td>");
}

/// Escapes text for an HTML element or a quoted attribute value.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::export::fixture;

    #[test]
    fn every_cell_is_escaped() {
        let html = fixture::CATALOG.to_html();
        assert!(html.contains(
            "<td data-label=\"Error Message\"> a|b \\ c\nd &lt;script&gt;alert(&quot;x&quot;)\
             &lt;/script&gt; &amp; &#39;q&#39; &amp;amp; &lt;br&gt; </td>"
        ));
        // The only script element is the page's own filter.
        assert_eq!(html.matches("<script").count(), 1);
        assert!(html.contains(
            "<td data-label=\"Status Code\">—</td><td data-label=\"Error Codes\">QUIET.0001</td>"
        ));
    }

    #[test]
    fn standalone_page() {
        let html = fixture::CATALOG.to_html();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(html.contains("@media print"));
        assert!(html.contains("id=\"filter\""));
        for external in ["src=", "href=", "@import", "url("] {
            assert!(
                !html.contains(external),
                "no external assets: found {external}"
            );
        }
        assert_eq!(html.matches("<tr>").count(), 1 + fixture::CATALOG.len());
    }
}
