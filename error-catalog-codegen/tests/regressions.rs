//! Inputs that once broke the macro, found by the property tests and the fuzzers. Each must
//! now give a `compile_error!` naming its row (or expand cleanly), never a panic.

use std::str::FromStr;

use proc_macro2::TokenStream;
use support::compile_errors as errors;

mod support;

fn expand(table: &str) -> TokenStream {
    let item = format!("pub mod m {{ catalog! {{ {table} }} }}");
    error_catalog_codegen::expand(TokenStream::new(), TokenStream::from_str(&item).unwrap())
}

fn assert_one_error(table: &str, naming: &str, saying: &str) {
    let errors = errors(&expand(table));
    assert_eq!(errors.len(), 1, "{table}: {errors:?}");
    assert!(errors[0].contains(naming), "{errors:?}");
    assert!(errors[0].contains(saying), "{errors:?}");
}

/// U+0345 and U+24B6 are alphabetic but cannot start an identifier: the placeholder used
/// to become a parameter name and `Ident::new` panicked.
#[test]
fn placeholder_with_a_non_identifier_letter() {
    assert_one_error(
        "400 \"APP.1\" a message: \"x {\u{345}x}\";",
        "row APP.1",
        "malformed",
    );
    assert_one_error(
        "400 \"APP.1\" a message: \"x {Ⓐ}\";",
        "row APP.1",
        "malformed",
    );
}

/// `r#` followed by something that is not an identifier used to scan as a name.
#[test]
fn raw_placeholder_that_is_not_an_identifier() {
    for bad in ["{r#1}", "{r#a-b}", "{r#self}"] {
        assert_one_error(
            &format!("400 \"APP.1\" a message: \"x {bad}\";"),
            "row APP.1",
            "malformed",
        );
    }
}

/// A code prefix of letters that are alphabetic but not identifier characters made a group
/// name that `Ident::new` rejected with a panic.
#[test]
fn code_prefix_that_cannot_name_a_type() {
    assert_one_error(
        "400 \"Ⓐ.1\" a message: \"x\";",
        "row Ⓐ.1",
        "cannot become a Rust type name",
    );
}

/// `{r#type}` in a message without declared parameters made a field called `type`, and the
/// user got a syntax error naming no row. It is now the parameter `r#type`.
#[test]
fn keyword_placeholder_becomes_a_raw_parameter() {
    let out = expand("400 \"APP.1\" a message: \"x {r#type}\";");
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert!(out.to_string().contains("r#type"));
}

/// The number given to a row without a code counted only rows that parsed.
#[test]
fn row_numbers_count_rows_that_failed_to_parse() {
    assert!(errors(&expand(
        "400 \"APP.1\" a message: \"x\" solution: \"y\"; 400 \"\" b message: \"z\";"
    ))
    .iter()
    .any(|e| e.starts_with("row #2 (`b`)")));
}
