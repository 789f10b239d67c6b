//! `#[error_catalog(…)]` options.

use darling::ast::NestedMeta;
use darling::util::PathList;
use darling::FromMeta;
use proc_macro2::TokenStream;

#[derive(Debug, Default, FromMeta)]
pub struct Options {
    /// Name of the module-level enum (default `Error`).
    #[darling(default)]
    pub error: Option<syn::Ident>,
    /// Default status for every row without one.
    #[darling(default)]
    pub status: Option<syn::LitInt>,
    /// Derives for the generated enums besides `Debug` (default `Clone, PartialEq`).
    #[darling(default)]
    pub derive: Option<PathList>,
    /// Path of the runtime crate, for a renamed dependency (default `::error_catalog`).
    #[darling(default, rename = "crate")]
    pub krate: Option<syn::Path>,
}

pub fn parse(attr: TokenStream) -> Result<Options, syn::Error> {
    if attr.is_empty() {
        return Ok(Options::default());
    }
    let items = NestedMeta::parse_meta_list(attr)?;
    Options::from_list(&items).map_err(|e| syn::Error::from(e.flatten()))
}
