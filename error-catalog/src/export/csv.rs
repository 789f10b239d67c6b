//! The catalog as CSV (RFC 4180).
//!
//! A dozen lines of writer rather than the `csv` crate: that crate needs `std`, this crate
//! must build with `alloc` alone, and writing (never reading) RFC 4180 is only "quote a
//! field that holds a comma, a quote or a line break, doubling its quotes".

use super::{columns, Cells};
use crate::catalog::Catalog;
use alloc::string::String;

impl Catalog {
    /// The catalog as CSV: a header row with the vendor's columns, then one record per row in
    /// table order. Records end with CRLF as RFC 4180 says; a field holding `,`, `"`, CR or
    /// LF is quoted, with its quotes doubled; everything else is written verbatim (a text
    /// starting with `=` or `+` is not defused: the file holds the catalog's exact text). A
    /// row without a status has an empty first field.
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
    /// let csv = shop::CATALOG.to_csv();
    /// let records: Vec<&str> = csv.split_terminator("\r\n").collect();
    /// assert_eq!(records, [
    ///     "Status Code,Error Codes,Error Message,Description,Solution",
    ///     "409,CART.0001,Only {0} left.,Only {0} left.,\"Lower the quantity, or wait.\"",
    ///     "404,CART.0003,Cart *not* found.,Cart *not* found.,Create a cart | retry.",
    /// ]);
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        push_record(&mut out, columns(self));
        for entry in self.iter() {
            push_record(&mut out, Cells::of(entry, "").iter());
        }
        out
    }
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

fn push_field(out: &mut String, field: &str) {
    if !field.contains([',', '"', '\r', '\n']) {
        out.push_str(field);
        return;
    }
    out.push('"');
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn quotes_only_fields_that_need_it() {
        let mut out = String::new();
        push_record(
            &mut out,
            ["plain", "a,b", "say \"hi\"", "two\nlines", " spaced ", ""].into_iter(),
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\", spaced ,\r\n"
        );
    }

    #[test]
    fn header_rows_and_an_empty_status() {
        let csv = fixture::CATALOG.to_csv();
        let mut records = csv.split("\r\n");
        assert_eq!(
            records.next(),
            Some("Status Code,Error Codes,Error Message,Description,Solution")
        );
        assert_eq!(
            records.next(),
            Some("400,LOGIN.0001,Locked for {0} minutes.,Locked for {0} minutes.,Wait.")
        );
        assert!(
            csv.contains("\r\n,QUIET.0001,No status here.,No status here.,\"None, really.\"\r\n")
        );
        assert!(csv.ends_with("\r\n"));
    }
}
