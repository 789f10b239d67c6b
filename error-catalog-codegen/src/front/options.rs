//! `#[error_catalog(…)]` options, parsed with syn's own `Meta` (no derive framework: it
//! would pull in syn's `full` and `extra-traits` features, the slowest part of a clean build).

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Lit, Meta, Token};

use crate::diag::Errors;
use crate::names;

#[derive(Default)]
pub struct Options {
    /// Name of the module-level enum (default `Error`).
    pub error: Option<syn::Ident>,
    /// Default status for every row without one: an integer, or `none` for a catalog without
    /// HTTP statuses (SQLSTATE lists).
    pub status: Option<syn::Expr>,
    /// Placeholder dialect of every row (default `"default"`); a row may override it.
    pub dialect: Option<syn::LitStr>,
    /// Group of the rows whose code has no `PREFIX.` (`23505`, `ContainerNotFound`).
    pub group: Option<syn::Ident>,
    /// A TSV or CSV file with the rows, relative to the crate's manifest directory.
    pub file: Option<syn::LitStr>,
    /// Derives for the generated enums besides `Debug` (default `Clone, PartialEq`).
    pub derive: Option<Vec<syn::Path>>,
    /// Path of the runtime crate, for a renamed dependency (default `::error_catalog`).
    pub krate: Option<syn::Path>,
    /// Documentation URL of the catalog; problem details' `type` is it followed by the code.
    pub docs_url: Option<syn::LitStr>,
    /// The lock file of shipped codes, relative to the crate's manifest directory.
    pub lock: Option<syn::LitStr>,
    /// `status = …` was written, even if it was reported as invalid: rows without a status
    /// then do not each repeat that error as "no status".
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
    ("lock", "lock = \"errors.lock\""),
];

/// One entry of the list: an option, or a literal where an option belongs.
enum Entry {
    Meta(Meta),
    Lit(Lit),
}

fn entries(input: ParseStream) -> syn::Result<Punctuated<Entry, Token![,]>> {
    Punctuated::parse_terminated_with(input, |input| {
        if input.peek(Lit) {
            input.parse().map(Entry::Lit)
        } else {
            input.parse().map(Entry::Meta)
        }
    })
}

/// Parses the options, reporting each bad one into `errors`; the good ones still apply, so
/// a misspelt option does not also turn into errors about the rows.
pub fn parse(attr: TokenStream, errors: &mut Errors) -> Options {
    let mut options = Options::default();
    if attr.is_empty() {
        return options;
    }
    let list = match entries.parse2(attr.clone()) {
        Ok(list) => list,
        Err(error) => {
            errors.span(
                error.span(),
                format!("#[error_catalog(…)]: {error}; write options as `name = value`, such as `#[error_catalog(error = IamError, status = 400)]`"),
            );
            options.status_given = attr
                .into_iter()
                .any(|tt| matches!(tt, proc_macro2::TokenTree::Ident(i) if i == "status"));
            return options;
        }
    };
    let mut seen: Vec<&str> = Vec::new();
    for entry in list {
        let meta = match entry {
            Entry::Meta(meta) => meta,
            Entry::Lit(lit) => {
                errors.at(
                    &lit,
                    "#[error_catalog(…)]: expected an option such as `error = IamError` or `status = 400`, not a literal",
                );
                continue;
            }
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
        if name == "status" {
            options.status_given = true;
        }
        if !apply(&mut options, name, &meta) {
            errors.at(
                &meta,
                format!("#[error_catalog(…)]: option `{name}` is written `{form}`"),
            );
        }
    }
    options
}

/// Stores option `name` if `meta` has the form it takes; `false` if not.
fn apply(options: &mut Options, name: &str, meta: &Meta) -> bool {
    let value = match meta {
        Meta::NameValue(nv) => Some(&nv.value),
        _ => None,
    };
    let string = match value {
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        })) => Some(s),
        _ => None,
    };
    let ident = match value {
        Some(Expr::Path(path)) if path.qself.is_none() => path.path.get_ident(),
        _ => None,
    };
    match name {
        // `derive(A, B)`: paths only.
        "derive" => match meta {
            Meta::List(list) => list
                .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
                .map(|paths| options.derive = Some(paths.into_iter().collect()))
                .is_ok(),
            _ => false,
        },
        "status" => {
            let fits = match value {
                Some(Expr::Lit(lit)) => matches!(lit.lit, Lit::Int(_)),
                _ => ident.is_some_and(|i| i == "none"),
            };
            if fits {
                options.status = value.cloned();
            }
            fits
        }
        "dialect" => put(&mut options.dialect, string.cloned()),
        "file" => put(&mut options.file, string.cloned()),
        "docs_url" => put(&mut options.docs_url, string.cloned()),
        "lock" => put(&mut options.lock, string.cloned()),
        "group" => put(&mut options.group, ident.cloned()),
        // An identifier, or a string holding one (`error = "IamError"`).
        "error" => {
            let parsed = string.and_then(|s| s.parse::<syn::Ident>().ok());
            put(&mut options.error, ident.cloned().or(parsed))
        }
        // A path, or a string holding one (`crate = "my_errors"`).
        "crate" => {
            let path = match value {
                Some(Expr::Path(path)) if path.qself.is_none() => Some(path.path.clone()),
                _ => string.and_then(|s| s.parse::<syn::Path>().ok()),
            };
            put(&mut options.krate, path)
        }
        _ => false,
    }
}

fn put<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let fits = value.is_some();
    if fits {
        *slot = value;
    }
    fits
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
