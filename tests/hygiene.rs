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

/// Rows named like the methods of `CatalogError` and of the derived traits: the constructors
/// are associated functions, so method calls still reach the trait methods.
#[error_catalog::error_catalog]
pub mod method_names {
    catalog! {
        400 "M.0001" code message: "c";
        400 "M.0002" status message: "s";
        400 "M.0003" message message: "m {0}";
        400 "M.0004" entry message: "e";
        400 "M.0005" arg message: "a";
        400 "M.0006" catalog message: "k";
        400 "M.0007" description message: "d";
        400 "M.0008" solution message: "o";
        400 "M.0009" args message: "r";
        400 "M.0010" fmt message: "f";
        400 "M.0011" from message: "f";
        400 "M.0012" into message: "i";
        400 "M.0013" clone message: "c";
        400 "M.0014" eq message: "q";
        400 "M.0015" new message: "n";
        400 "M.0016" to_string message: "t";
    }
}

#[test]
fn rows_named_like_trait_methods() {
    let error = method_names::M::status();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(error.code(), "M.0002");
    assert_eq!(method_names::M::message("x").message().to_string(), "m x");
    assert_eq!(method_names::M::to_string().to_string(), "t");
    assert_eq!(method_names::M::clone().clone(), method_names::M::clone());
    let top: method_names::Error = method_names::M::from().into();
    assert_eq!(top.code(), "M.0011");
}

/// Lowercase consts named like the bindings and parameters of the generated code (and of the
/// runtime's hooks): an identifier pattern that names an in-scope const is a const pattern, so
/// every binding the generated code introduces has a reserved `__ec_` name.
#[error_catalog::error_catalog]
#[allow(non_upper_case_globals)]
pub mod lowercase_consts {
    pub const f: u8 = 0;
    pub const error: u8 = 0;
    pub const index: u8 = 0;
    pub const args: u8 = 0;
    pub const row: u8 = 0;
    pub const value: u8 = 0;
    pub const s: u8 = 0;
    pub const code: u8 = 0;
    pub const message: u8 = 0;
    pub const serializer: u8 = 0;
    pub const deserializer: u8 = 0;
    pub const state: u8 = 0;
    pub const parts: u8 = 0;
    pub const req: u8 = 0;
    pub const body: u8 = 0;
    pub const source: u8 = 0;

    catalog! {
        400 "LC.0001" mixed(count: u32, name)
            message: "Got {count} from {name}.";
        404 "LC.0002" missing
            message: "Nothing here.";
        500 "LCX.0001" boom
            message: "Boom {0}.";
    }
}

#[test]
fn lowercase_consts_named_like_generated_bindings() {
    let error = lowercase_consts::Lc::mixed(3, "alice");
    assert_eq!(error.to_string(), "Got 3 from alice.");
    assert_eq!(error.arg(0).map(|v| v.to_string()), Some("3".into()));
    let all: lowercase_consts::Error = lowercase_consts::Lcx::boom("x").into();
    assert_eq!(all.to_string(), "Boom x.");
    assert_eq!(all.arg(0).map(|v| v.to_string()), Some("x".into()));
    let decoded = lowercase_consts::Error::decode("LC.0001", "Got 7 from bob.").unwrap();
    assert_eq!(decoded.to_string(), "Got 7 from bob.");
    assert_eq!(decoded.code(), "LC.0001");
    assert!(lowercase_consts::Error::decode("LC.0001", "Got x from bob.").is_err());
}

/// Items named like those inside the generated `CATALOG` initializer (its table and entries
/// are block-local statics) and like the runtime's `macro_rules!` helpers: the user's stay
/// theirs, the catalog's stay the catalog's.
#[error_catalog::error_catalog]
pub mod registry_names {
    pub static TABLE: &str = "the user's table";
    pub static ENTRIES: [u8; 2] = [1, 2];
    pub static __ERROR_CATALOG_ENTRIES: u8 = 7;
    #[allow(unused_macros)]
    macro_rules! __ec_group {
        () => {};
    }

    catalog! {
        400 "RN.0001" first message: "First {0}.";
        404 "RN.0002" second message: "Second.";
    }
}

#[test]
fn user_items_named_like_the_registry_internals() {
    assert_eq!(registry_names::TABLE, "the user's table");
    assert_eq!(registry_names::ENTRIES, [1, 2]);
    assert_eq!(registry_names::__ERROR_CATALOG_ENTRIES, 7);
    assert_eq!(registry_names::CATALOG.len(), 2);
    assert_eq!(registry_names::Rn::first(1).to_string(), "First 1.");
    let found = registry_names::CATALOG.get("RN.0002").unwrap();
    assert_eq!(found.message().source(), "Second.");
    assert_eq!(
        registry_names::Error::decode("RN.0001", "First 9.")
            .unwrap()
            .code(),
        "RN.0001"
    );
}
