//! The `#[error_catalog]` attribute macro. Depend on the `error-catalog` crate, which
//! re-exports it with its documentation; this crate is only the proc-macro entry point.
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// Turns a module's `catalog! { … }` table into typed errors. See the `error-catalog` crate.
#[proc_macro_attribute]
pub fn error_catalog(attr: TokenStream, item: TokenStream) -> TokenStream {
    error_catalog_codegen::expand(attr.into(), item.into()).into()
}
