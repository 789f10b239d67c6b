//! The generated code names everything by full path: a module that defines its own items
//! called like the standard ones (`Result`, `Option`, `String`, `Error`, `Display`, `fmt`,
//! `core`, `std`, `Box`, `Some`, `None`, `Into`, `From`, even `usize` and `str`) and like the
//! runtime's (`Text`, `Value`, `Catalog`, …) still compiles and behaves.

#![allow(dead_code, non_camel_case_types)]

use error_catalog::CatalogError;

/// Every name the generated code could reach for, taken by the user's own items.
#[error_catalog::error_catalog(error = AllErrors)]
pub mod shadowed {
    pub struct Result;
    pub struct Option;
    pub struct String;
    pub struct Error;
    pub struct Box;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Vec;
    pub struct usize;
    pub struct str;
    pub struct u16;
    pub trait Display {}
    pub trait Debug {}
    pub trait Into {}
    pub trait From {}
    pub trait Sized {}
    pub mod fmt {}
    pub mod core {}
    pub mod std {}
    pub mod alloc {}
    pub mod error_catalog {}
    pub struct Text;
    pub struct Value;
    pub struct Arg;
    pub struct Catalog;
    pub struct Entry;
    pub struct Template;
    pub struct Piece;
    pub struct Status;
    pub trait CatalogError {}

    catalog! {
        /// A row with every kind of parameter.
        400 "SHADOW.0001" mixed(count: u32, name)
            message: "Got {count} from {name}.",
            solution: "Send fewer.";
        404 "SHADOW.0002" missing
            message: "Nothing here.";
        500 "OTHER.0001" boom
            message: "Boom {0}.";
    }
}

#[test]
fn shadowing_items_do_not_break_the_generated_code() {
    let error = shadowed::Shadow::mixed(3, "alice");
    assert_eq!(error.to_string(), "Got 3 from alice.");
    assert_eq!(error.code(), "SHADOW.0001");
    let all: shadowed::AllErrors = shadowed::Other::boom("x").into();
    assert_eq!(all.to_string(), "Boom x.");
    assert_eq!(
        shadowed::Shadow::missing().status().map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(shadowed::CATALOG.len(), 3);
    let _: &dyn std::error::Error = &all;
}
