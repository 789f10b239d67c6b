//! The parser, checker and code generator behind `#[error_catalog]`.
//!
//! This crate does not depend on `proc_macro`, so the whole pipeline (parse → check →
//! expand) runs in ordinary tests, benchmarks and fuzzers. Users depend on `error-catalog`,
//! never on this crate.

mod args;
mod check;
mod delimited;
mod docs;
mod errors;
mod expand;
mod file_catalog;
mod front;
mod hash;
mod items;
mod model;
mod module;
mod names;
mod parse;
mod phf;
mod row_attrs;
mod table;
pub mod template;
mod wire;

use proc_macro2::TokenStream;
use quote::quote;

/// Expands `#[error_catalog(attr)] item`. Never panics: every problem becomes a
/// `compile_error!`, and the module's own items are still emitted so that one mistake in
/// the table does not turn into a cascade of unrelated errors.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    match front::run(attr, item) {
        Ok((module, model)) => {
            let generated = expand::items(&model);
            let table = docs::literal(&docs::catalog_table(&model));
            module.emit(Some(quote!(#[doc = #table])), generated)
        }
        Err(tokens) => tokens,
    }
}

/// Parses and checks `#[error_catalog(attr)] item` without generating code: `true` if the
/// catalog is valid. For benchmarking the front end alone; not a stable API.
#[doc(hidden)]
pub fn parse_and_check(attr: TokenStream, item: TokenStream) -> bool {
    front::run(attr, item).is_ok()
}
