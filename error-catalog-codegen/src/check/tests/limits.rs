//! The errors shown are capped per row and per catalog, the rest counted in a last line.

use std::str::FromStr;

use proc_macro2::TokenStream;

use super::errors_with;
use crate::diag::{CATALOG_LIMIT, ROW_LIMIT};

fn errors_of(table: &str) -> Vec<String> {
    let item = format!("mod m {{ catalog! {{ {table} }} }}");
    errors_with(
        TokenStream::new(),
        TokenStream::from_str(&item).expect("tokens"),
    )
}

#[test]
fn a_million_empty_placeholders_make_a_few_errors() {
    let message = "{ }".repeat(1_000_000);
    let list = errors_of(&format!("400 \"A.1\" a message: \"{message}\";"));
    assert_eq!(list.len(), ROW_LIMIT + 1, "{:#?}", &list[..3]);
    assert!(
        list[0].starts_with("row A.1: in the message,"),
        "{}",
        list[0]
    );
    let last = &list[ROW_LIMIT];
    assert!(
        last.starts_with(&format!(
            "row A.1: … and {} more errors in this row",
            1_000_000 - ROW_LIMIT
        )),
        "{last}"
    );
}

#[test]
fn many_bad_rows_make_a_bounded_list() {
    let rows: String = (0..CATALOG_LIMIT * 4)
        .map(|i| format!("\"A.{i}\" r{i} message: \"x\";"))
        .collect();
    let list = errors_of(&rows);
    assert_eq!(list.len(), CATALOG_LIMIT + 1);
    assert!(list[0].contains("has no HTTP status"), "{}", list[0]);
    let last = &list[CATALOG_LIMIT];
    assert!(
        last.starts_with(&format!(
            "… and {} more errors in this catalog",
            CATALOG_LIMIT * 3
        )),
        "{last}"
    );
}

#[test]
fn rows_with_many_errors_each_are_capped_and_the_catalog_too() {
    let message = "{ }".repeat(ROW_LIMIT * 2);
    let rows: String = (0..CATALOG_LIMIT)
        .map(|i| format!("400 \"A.{i}\" r{i} message: \"{message}\";"))
        .collect();
    let list = errors_of(&rows);
    assert_eq!(list.len(), CATALOG_LIMIT + 1);
    // Each row shows `ROW_LIMIT` errors and its summary line, until the catalog is full.
    assert!(
        list[ROW_LIMIT].starts_with("row A.0: … and 10 more errors"),
        "{}",
        list[ROW_LIMIT]
    );
    // Rows shown with their summary line; the next row fills the catalog's last lines.
    let whole_rows = CATALOG_LIMIT / (ROW_LIMIT + 1);
    let of_next_row = CATALOG_LIMIT - whole_rows * (ROW_LIMIT + 1);
    let total = CATALOG_LIMIT * ROW_LIMIT * 2;
    let hidden = total - whole_rows * ROW_LIMIT * 2 - of_next_row;
    assert!(
        list[CATALOG_LIMIT].starts_with(&format!("… and {hidden} more errors in this catalog")),
        "{}",
        list[CATALOG_LIMIT]
    );
}
