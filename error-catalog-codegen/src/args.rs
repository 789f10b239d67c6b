//! `#[error_catalog(…)]` options.

use darling::ast::NestedMeta;
use darling::util::PathList;
use darling::FromMeta;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Expr, Lit, Meta};

use crate::errors::Errors;
use crate::names;

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
    /// Documentation URL of the catalog; problem details' `type` is it followed by the code.
    #[darling(default)]
    pub docs_url: Option<syn::LitStr>,
    /// `status = …` was written, even if it was reported as invalid: rows without a status
    /// then do not each repeat that error as "no status".
    #[darling(skip)]
    pub status_given: bool,
}

/// Each option with the form it takes, for messages.
const OPTIONS: &[(&str, &str)] = &[
    ("error", "error = IamError"),
    ("status", "status = 400` or `status = none"),
    ("dialect", "dialect = \"printf\""),
    ("group", "group = Db"),
    ("file", "file = \"errors.tsv\""),
    ("derive", "derive(Clone, PartialEq, Eq)"),
    ("crate", "crate = my_errors"),
    ("docs_url", "docs_url = \"https://example.com/errors/\""),
];

/// Parses the options, reporting each bad one into `errors`; the good ones still apply, so
/// a misspelt option does not also turn into errors about the rows.
pub fn parse(attr: TokenStream, errors: &mut Errors) -> Options {
    if attr.is_empty() {
        return Options::default();
    }
    let items = match NestedMeta::parse_meta_list(attr.clone()) {
        Ok(items) => items,
        Err(error) => {
            errors.span(
                error.span(),
                format!("#[error_catalog(…)]: {error}; write options as `name = value`, such as `#[error_catalog(error = IamError, status = 400)]`"),
            );
            let status_given = attr
                .into_iter()
                .any(|tt| matches!(tt, proc_macro2::TokenTree::Ident(i) if i == "status"));
            return Options {
                status_given,
                ..Options::default()
            };
        }
    };
    let mut good = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        let NestedMeta::Meta(meta) = &item else {
            errors.at(
                &item,
                "#[error_catalog(…)]: expected an option such as `error = IamError` or `status = 400`, not a literal",
            );
            continue;
        };
        let key = meta.path().to_token_stream().to_string().replace(' ', "");
        let Some(&(name, form)) = OPTIONS.iter().find(|(name, _)| *name == key) else {
            let known: Vec<&str> = OPTIONS.iter().map(|(name, _)| *name).collect();
            let hint = match names::did_you_mean(&key, &known) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("expected one of: {}", known.join(", ")),
            };
            errors.at(
                meta.path(),
                format!("#[error_catalog(…)]: unknown option `{key}`; {hint}"),
            );
            continue;
        };
        if seen.contains(&name) {
            errors.at(
                meta.path(),
                format!("#[error_catalog(…)]: option `{name}` is given twice; keep one"),
            );
            continue;
        }
        seen.push(name);
        let value = match meta {
            Meta::NameValue(nv) => Some(&nv.value),
            _ => None,
        };
        let fits = match (name, meta, value) {
            ("derive", Meta::List(_), _) => true,
            ("status", _, Some(Expr::Lit(lit))) => matches!(lit.lit, Lit::Int(_)),
            ("status", _, Some(Expr::Path(path))) => path.path.is_ident("none"),
            ("dialect" | "file", _, Some(Expr::Lit(lit))) => matches!(lit.lit, Lit::Str(_)),
            ("group", _, Some(Expr::Path(path))) => path.path.get_ident().is_some(),
            ("error", _, Some(Expr::Path(path))) => path.path.get_ident().is_some(),
            ("crate", _, Some(Expr::Path(_))) => true,
            ("error" | "crate" | "docs_url", _, Some(Expr::Lit(lit))) => {
                matches!(lit.lit, Lit::Str(_))
            }
            _ => false,
        };
        if !fits {
            errors.at(
                meta,
                format!("#[error_catalog(…)]: option `{name}` is written `{form}`"),
            );
            continue;
        }
        good.push(item);
    }
    match Options::from_list(&good) {
        Ok(options) => Options {
            status_given: seen.contains(&"status"),
            ..options
        },
        Err(error) => {
            for error in error.flatten() {
                let error = syn::Error::from(error);
                errors.span(error.span(), format!("#[error_catalog(…)]: {error}"));
            }
            Options {
                status_given: seen.contains(&"status"),
                ..Options::default()
            }
        }
    }
}

/// The `docs_url` option, checked: an absolute URL (`scheme:` then text) with no whitespace
/// or quotes, since it becomes the start of every problem `type` URI.
pub fn docs_url(lit: &syn::LitStr, errors: &mut Errors) -> Option<String> {
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
