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
    /// Documentation URL of the catalog; problem details' `type` is it followed by the code.
    #[darling(default)]
    pub docs_url: Option<syn::LitStr>,
}

pub fn parse(attr: TokenStream) -> Result<Options, syn::Error> {
    if attr.is_empty() {
        return Ok(Options::default());
    }
    let items = NestedMeta::parse_meta_list(attr)?;
    Options::from_list(&items).map_err(|e| syn::Error::from(e.flatten()))
}

/// The `docs_url` option, checked: an absolute URL (`scheme:` then text) with no whitespace
/// or quotes, since it becomes the start of every problem `type` URI.
pub fn docs_url(lit: &syn::LitStr, errors: &mut crate::errors::Errors) -> Option<String> {
    let url = lit.value();
    let scheme_ok = url.split_once(':').is_some_and(|(scheme, rest)| {
        !rest.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let chars_ok = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'));
    if scheme_ok && chars_ok {
        Some(url)
    } else {
        errors.at(
            lit,
            format!("`docs_url = {url:?}` is not an absolute URL; write one such as \"https://example.com/errors/\" (no spaces): the problem+json `type` of each row is this URL followed by its code"),
        );
        None
    }
}
