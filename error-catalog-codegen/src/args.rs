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
    /// Default status for every row without one: an integer, or `none` for a catalog without
    /// HTTP statuses (SQLSTATE lists).
    #[darling(default)]
    pub status: Option<syn::Expr>,
    /// Placeholder dialect of every row (default `"default"`); a row may override it.
    #[darling(default)]
    pub dialect: Option<syn::LitStr>,
    /// Group of the rows whose code has no `PREFIX.` (`23505`, `ContainerNotFound`).
    #[darling(default)]
    pub group: Option<syn::Ident>,
    /// A TSV or CSV file with the rows, relative to the crate's manifest directory.
    #[darling(default)]
    pub file: Option<syn::LitStr>,
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
