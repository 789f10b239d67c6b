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

fn expand_module(attr: &str, module: &str) -> TokenStream {
    error_catalog_codegen::expand(
        TokenStream::from_str(attr).unwrap(),
        TokenStream::from_str(module).unwrap(),
    )
}

/// A raw identifier before `::{self}` in a `use` of the module, at any depth, panicked: the
/// import's name was rebuilt from its text with `Ident::new("r#abc")`.
#[test]
fn raw_identifier_before_self_in_a_use_tree() {
    for tree in [
        "r#abc::{self}",
        "a::{r#match::{self}}",
        "::r#type::{self}",
        "r#a::{r#b::{self, r#c as r#d}, *}",
        "self::r#x::{self as _}",
    ] {
        let module =
            format!("pub mod m {{ use {tree}; catalog! {{ 400 \"APP.1\" a message: \"x\"; }} }}");
        let out = expand_module("", &module);
        assert!(errors(&out).is_empty(), "{tree}: {:?}", errors(&out));
    }
    // And the import still counts for the collision check, under its bare name.
    let out = expand_module(
        "",
        "pub mod m { use x::r#App::{self}; catalog! { 400 \"APP.1\" a message: \"x\"; } }",
    );
    let errors = errors(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("the import `r#App` collides with the group enum `App`"));
}

/// Names were compared as text, so a raw identifier slipped past the collision checks and
/// the user got rustc's E0428 instead of our diagnostic. `r#Login` is `Login`.
#[test]
fn raw_identifiers_are_compared_by_their_bare_names() {
    let one = |attr: &str, module: &str, saying: &str| {
        let errors = errors(&expand_module(attr, module));
        assert_eq!(errors.len(), 1, "{module}: {errors:?}");
        assert!(errors[0].contains(saying), "{errors:?}");
    };
    one(
        "",
        "mod m { pub struct r#Login; catalog! { 400 \"LOGIN.1\" a message: \"x\"; } }",
        "`r#Login` collides with the group enum `Login`",
    );
    one(
        "",
        "mod m { fn r#CATALOG() {} catalog! { 400 \"LOGIN.1\" a message: \"x\"; } }",
        "collides with the static `CATALOG`",
    );
    one(
        "error = r#Login",
        "mod m { catalog! { 400 \"LOGIN.1\" a message: \"x\"; } }",
        "has the same name as the module's error enum",
    );
    one(
        "",
        "mod m { catalog! { group r#A { status: 400 } group A { status: 401 } 400 \"A.1\" a message: \"x\"; } }",
        "group `A` is declared twice",
    );
    one(
        "",
        "mod m { catalog! { 400 \"A.1\" r#B::a message: \"x\"; } }",
        "puts the row in group `A`, but the row names group `r#B`",
    );
    // The same group, raw or not: one enum, no E0428.
    let out = expand_module(
        "",
        "mod m { catalog! { group r#A { prefix: \"Q\" } 400 \"A.1\" a message: \"x\"; 400 \"Q.1\" r#A::b message: \"y\"; } }",
    );
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    assert_eq!(out.to_string().matches("pub enum r#A").count(), 1, "{out}");
    // Parameters: `r#x` and `x` are one name.
    one(
        "",
        "mod m { catalog! { 400 \"A.1\" a(r#x, x) message: \"{x}\"; } }",
        "parameter `x` is declared twice",
    );
}

/// A group is an enum: a lowercase name (`group login`) made `enum login`, which rustc warns
/// on. It is reported, with the UpperCamelCase spelling to write.
#[test]
fn a_group_name_must_be_upper_camel_case() {
    for (attr, table, saying) in [
        (
            "",
            "group r#login { prefix: \"L\" } 400 \"L.1\" a message: \"x\";",
            "group `r#login` is not an UpperCamelCase name",
        ),
        (
            "",
            "400 \"1\" login_db::a message: \"x\";",
            "write `LoginDb`",
        ),
        (
            "group = login",
            "400 \"1\" a message: \"x\";",
            "write `Login`",
        ),
        ("", "400 \"1\" Login_x::a message: \"x\";", "write `LoginX`"),
    ] {
        let module = format!("mod m {{ catalog! {{ {table} }} }}");
        let errors = errors(&expand_module(attr, &module));
        assert_eq!(errors.len(), 1, "{table}: {errors:?}");
        assert!(errors[0].contains(saying), "{errors:?}");
    }
}

/// A suffixed status (`400i8`, `404f32`, `400_u8`, `400usize`) was read as its digits.
#[test]
fn a_status_with_a_suffix_is_reported() {
    for (status, saying) in [
        ("400i8", "status `400i8` has the suffix `i8`; write `400`"),
        ("400_u8", "status `400_u8` has the suffix `u8`; write `400`"),
        (
            "400usize",
            "status `400usize` has the suffix `usize`; write `400`",
        ),
        (
            "404f32",
            "status `404f32` is not an integer; write an HTTP status such as `404`",
        ),
        ("4e2", "status `4e2` is not an integer"),
        ("4.0e2", "status `4.0e2` is not an integer"),
    ] {
        assert_one_error(
            &format!("{status} \"APP.1\" a message: \"x\";"),
            "row APP.1",
            saying,
        );
        let group = format!("group App {{ status: {status} }} \"APP.1\" a message: \"x\";");
        let errors = errors(&expand(&group));
        assert_eq!(errors.len(), 1, "{group}: {errors:?}");
        assert!(errors[0].starts_with("group `App`"), "{errors:?}");
        let errors = errors_of_attr(&format!("status = {status}"));
        assert_eq!(errors.len(), 1, "{status}: {errors:?}");
    }
    // Other bases are still integers: `0x190` is 400.
    assert!(errors(&expand("0x190 \"APP.1\" a message: \"x\";")).is_empty());
}

fn errors_of_attr(attr: &str) -> Vec<String> {
    errors(&expand_module(
        attr,
        "mod m { catalog! { \"APP.1\" a message: \"x\"; } }",
    ))
}

/// 1,600 levels of `A<A<…>>` in a parameter type (or in `derive(…)`) overflowed the stack in
/// syn's recursive parser: found by the fuzzer as a SIGSEGV. The nesting is now measured
/// first, and too deep a nesting is an error.
#[test]
fn deeply_nested_types_are_an_error_not_a_stack_overflow() {
    let deep = format!("{}u8{}", "A<".repeat(1600), ">".repeat(1600));
    assert_one_error(
        &format!("400 \"APP.1\" a(x: {deep}) message: \"{{x}}\";"),
        "row APP.1",
        "more than 64 levels deep",
    );
    let options = errors(&expand_module(
        &format!("derive({deep})"),
        "mod m { catalog! { 400 \"APP.1\" a message: \"x\"; } }",
    ));
    assert!(
        options
            .iter()
            .any(|e| e.contains("more than 64 levels deep")),
        "{options:?}"
    );
    // Nesting that catalogs use is read as before.
    let out = expand("400 \"APP.1\" a(x: Option<Vec<(u8, [u16; 2])>>) message: \"{x}\";");
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
}
