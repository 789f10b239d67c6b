//! The parser, checker and code generator behind `#[error_catalog]`.
//!
//! This crate does not depend on `proc_macro`, so the whole pipeline (parse → check →
//! expand) runs in ordinary tests, benchmarks and fuzzers. Users depend on `error-catalog`,
//! never on this crate.
#![forbid(unsafe_code)]
//!
//! The stages, one folder each:
//! - `front/`: the attribute's options, the annotated module, the table's rows (inline and
//!   from files), read into an AST;
//! - `check/`: every rule, building the model (`model.rs`) that cannot fail to expand;
//! - `back/`: the generated items, the packed table and the rustdoc text.
//!
//! `template/` holds the placeholder dialects (used by `check/`), `diag/` gathers the
//! diagnostics (and words the shared ones), `names.rs` holds the naming rules every stage shares.

mod back;
mod check;
mod diag;
mod front;
mod hash;
mod model;
mod names;
pub mod template;

use proc_macro2::TokenStream;
use quote::quote;

/// Expands `#[error_catalog(attr)] item`. Never panics: every problem becomes a
/// `compile_error!`, and the module's own items are still emitted so that one mistake in
/// the table does not turn into a cascade of unrelated errors. When every problem belongs to
/// a row, the rows without one are still generated beside the errors (types, constructors,
/// registry), so that an IDE keeps them while a row is being typed.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let outcome = front::run(attr, item);
    let mut out = outcome.errors.to_compile_errors();
    match (outcome.module, &outcome.catalog) {
        (Ok(module), Some(model)) => {
            let generated = back::items(model);
            let table = back::catalog_doc(model);
            out.extend(module.emit(Some(quote!(#[doc = #table])), generated));
        }
        (Ok(module), None) => out.extend(module.emit(None, TokenStream::new())),
        (Err(passed), _) => out.extend(passed),
    }
    out
}

/// Parses and checks `#[error_catalog(attr)] item` without generating code: `true` if the
/// catalog is valid. For benchmarking the front end alone; not a stable API.
#[doc(hidden)]
pub fn parse_and_check(attr: TokenStream, item: TokenStream) -> bool {
    let outcome = front::run(attr, item);
    outcome.errors.is_empty() && outcome.catalog.is_some()
}
