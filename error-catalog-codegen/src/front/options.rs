//! `#[error_catalog(…)]` options, parsed with syn's own `Meta` (no derive framework: it
//! would pull in syn's `full` and `extra-traits` features, the slowest part of a clean build)
//! and validated here, once, into the types the checker uses: it never looks at a syn value
//! of an option again.

use std::fmt::Display;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, Lit, LitStr, Meta, Path, Token};

use crate::diag::messages::{self, OPTIONS as WHOSE};
use crate::diag::Errors;
use crate::front::ast::Int;
use crate::front::row_attrs;
use crate::names;
use crate::template::Dialect;

#[derive(Default)]
pub struct Options {
    /// Name of the module-level enum (default `Error`); never a keyword.
    pub error: Option<Ident>,
    /// Status of every row without one (and whose group sets none).
    pub status: StatusDefault,
    /// Placeholder dialect of every row (default `"default"`); a row may override it.
    pub dialect: Option<Dialect>,
    /// Group of the rows whose code has no `PREFIX.` (`23505`, `ContainerNotFound`).
    pub group: GroupDefault,
    /// A TSV or CSV file with the rows, relative to the crate's manifest directory.
    pub file: Option<LitStr>,
    /// Derives for the generated enums besides `Debug` (default `Clone, PartialEq`): `Debug`
    /// itself is left out (every enum has it), and a derive given twice is reported.
    pub derive: Option<Vec<Path>>,
    /// Path of the runtime crate, for a renamed dependency (default `::error_catalog`).
    pub krate: Option<Path>,
    /// Documentation URL of the catalog, checked absolute; problem details' `type` is it
    /// followed by the code.
    pub docs_url: Option<String>,
    /// The gRPC `ErrorInfo` domain of every row, checked (default: the module's name).
    pub domain: Option<String>,
    /// The lock file of shipped codes, relative to the crate's manifest directory.
    pub lock: Option<LitStr>,
    /// The language of the table's texts (default `en`), checked as a tag by `check/`.
    pub locale: Option<LitStr>,
}

/// `group = Name`: the group of the codes without a `PREFIX.`.
#[derive(Clone, Default)]
pub enum GroupDefault {
    /// Not set: a code without a prefix is an error, unless the row names its group.
    #[default]
    Unset,
    /// A group name (never a keyword).
    Group(Ident),
    /// Given but reported as invalid: the rows it would have applied to do not each say
    /// that they have no group.
    Reported,
}

/// A default status, of the catalog (`status = …`) or of a group (`status: …`).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum StatusDefault {
    /// Not set: a row without a status takes the wider default, or is an error.
    #[default]
    Unset,
    Status(u16),
    /// `status = none` (a catalog without HTTP statuses, such as SQLSTATE lists), or a status
    /// already reported as invalid: a row without one has none, and no error repeats it.
    NoStatus,
}

impl StatusDefault {
    /// This setting, or `wider` where this one is unset (a group's, then the catalog's).
    pub fn or(self, wider: StatusDefault) -> StatusDefault {
        match self {
            StatusDefault::Unset => wider,
            set => set,
        }
    }

    /// A status literal, checked: `NoStatus` (reported) if out of range.
    pub fn of(lit: &Int, whose: &dyn Display, errors: &mut Errors) -> StatusDefault {
        status(lit, whose, errors).map_or(StatusDefault::NoStatus, StatusDefault::Status)
    }
}

/// A status literal in `100..=599`, or a reported error.
pub fn status(lit: &Int, whose: &dyn Display, errors: &mut Errors) -> Option<u16> {
    // `404f32` is an integer token with a float's suffix: a float all the same.
    if lit.float || matches!(&*lit.suffix, "f16" | "f32" | "f64" | "f128") {
        errors.at(
            lit,
            format!(
                "{whose}: status `{}` is not an integer; write an HTTP status such as `404`",
                lit.written()
            ),
        );
        return None;
    }
    if !lit.suffix.is_empty() {
        errors.at(
            lit,
            format!(
                "{whose}: status `{}` has the suffix `{}`; write `{}` (a status has no type)",
                lit.written(),
                lit.suffix,
                lit.digits
            ),
        );
        return None;
    }
    match lit.digits.parse::<u16>() {
        Ok(n) if (100..=599).contains(&n) => Some(n),
        _ => {
            errors.at(
                lit,
                format!("{whose}: HTTP status `{}` is outside 100..=599; use a status such as 400, 404 or 500", lit.digits),
            );
            None
        }
    }
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
    ("domain", "domain = \"iam.example.com\""),
    ("lock", "lock = \"errors.lock\""),
    ("locale", "locale = \"en\""),
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

/// Parses and validates the options, reporting each bad one into `errors`; the good ones
/// still apply, so a misspelt option does not also turn into errors about the rows.
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
                format!("{WHOSE}: {error}; write options as `name = value`, such as `#[error_catalog(error = IamError, status = 400)]`"),
            );
            // A `status` or `group` among the unreadable options: the rows it would apply to
            // do not each say that they have none.
            for tt in attr {
                match tt {
                    proc_macro2::TokenTree::Ident(i) if i == "status" => {
                        options.status = StatusDefault::NoStatus;
                    }
                    proc_macro2::TokenTree::Ident(i) if i == "group" => {
                        options.group = GroupDefault::Reported;
                    }
                    _ => {}
                }
            }
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
                    format!("{WHOSE}: expected an option such as `error = IamError` or `status = 400`, not a literal"),
                );
                continue;
            }
        };
        let key = meta.path().to_token_stream().to_string().replace(' ', "");
        let known: Vec<&str> = OPTIONS.iter().map(|(name, _)| *name).collect();
        let Some(&(name, form)) = OPTIONS.iter().find(|(name, _)| *name == key) else {
            let hint = messages::hint(messages::near(&key, &known), &known);
            errors.at(
                meta.path(),
                messages::unknown(&WHOSE, "option", &format_args!("`{key}`"), &hint),
            );
            continue;
        };
        if seen.contains(&name) {
            errors.at(meta.path(), messages::given_twice(&WHOSE, "option", &name));
            continue;
        }
        seen.push(name);
        // Reported or not, the option was given: rows without a status or a group do not
        // each say so (a valid value replaces this).
        match name {
            "status" => options.status = StatusDefault::NoStatus,
            "group" => options.group = GroupDefault::Reported,
            _ => {}
        }
        if !apply(&mut options, name, &meta, errors) {
            errors.at(
                &meta,
                format!("{WHOSE}: option `{name}` is written `{form}`"),
            );
        }
    }
    options
}

/// The value of `name = value`, if `meta` has that form.
fn value(meta: &Meta) -> Option<&Expr> {
    match meta {
        Meta::NameValue(nv) => Some(&nv.value),
        _ => None,
    }
}

fn string(value: Option<&Expr>) -> Option<&LitStr> {
    match value {
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        })) => Some(s),
        _ => None,
    }
}

/// A plain identifier (keywords included: `self` and `Self` parse as paths).
fn ident(value: Option<&Expr>) -> Option<&Ident> {
    match value {
        Some(Expr::Path(path)) if path.qself.is_none() && path.attrs.is_empty() => {
            path.path.get_ident()
        }
        _ => None,
    }
}

/// Stores and validates option `name`; `false` if `meta` does not have the form it takes
/// (reported by the caller). A value of the right form that is wrong is reported here, with
/// its own message, and `true` returned.
fn apply(options: &mut Options, name: &str, meta: &Meta, errors: &mut Errors) -> bool {
    let value = value(meta);
    match name {
        "derive" => match meta {
            Meta::List(list) => {
                match list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated) {
                    Ok(paths) => {
                        options.derive = Some(derives(paths, errors));
                        true
                    }
                    Err(_) => false,
                }
            }
            _ => false,
        },
        "status" => match value {
            Some(Expr::Lit(syn::ExprLit {
                lit: Lit::Int(lit), ..
            })) if lit.suffix().is_empty() => {
                let whose = "the catalog's default status";
                options.status = StatusDefault::of(&Int::from_lit(lit), &whose, errors);
                true
            }
            _ => ident(value).is_some_and(|i| i == "none"),
        },
        "dialect" => string(value).is_some_and(|lit| {
            options.dialect = row_attrs::dialect(lit, &"the catalog", errors);
            true
        }),
        "file" => string(value).is_some_and(|lit| {
            options.file = Some(lit.clone());
            true
        }),
        "docs_url" => string(value).is_some_and(|lit| {
            options.docs_url = docs_url(lit, errors);
            true
        }),
        "lock" => string(value).is_some_and(|lit| {
            options.lock = Some(lit.clone());
            true
        }),
        "locale" => string(value).is_some_and(|lit| {
            options.locale = Some(lit.clone());
            true
        }),
        "group" => name_option(value, "group", "a group", "Db", errors)
            .map(|group| {
                if let Some(group) = group {
                    options.group = GroupDefault::Group(group);
                }
            })
            .is_ok(),
        "error" => name_option(value, "error", "the error enum", "IamError", errors)
            .map(|error| options.error = error)
            .is_ok(),
        "domain" => string(value).is_some_and(|lit| {
            options.domain = domain(lit, errors);
            true
        }),
        // A path, or a string holding one (`crate = "my_errors"`).
        "crate" => {
            let path = match value {
                Some(Expr::Path(path)) if path.qself.is_none() => Some(path.path.clone()),
                _ => string(value).and_then(|s| s.parse::<Path>().ok()),
            };
            path.map(|path| options.krate = Some(path)).is_some()
        }
        _ => false,
    }
}

/// `error = Name` / `group = Name`: an identifier, or a string holding one
/// (`error = "IamError"`). `Err` if the value has neither form; `Ok(None)` for a keyword,
/// reported with its own message.
fn name_option(
    value: Option<&Expr>,
    option: &str,
    names_what: &str,
    example: &str,
    errors: &mut Errors,
) -> Result<Option<Ident>, ()> {
    let (text, ident) = match (ident(value), string(value)) {
        (Some(ident), _) => (ident.to_string(), Some(ident.clone())),
        (None, Some(lit)) => (lit.value(), None),
        (None, None) => return Err(()),
    };
    let span = value.map_or_else(proc_macro2::Span::call_site, syn::spanned::Spanned::span);
    if names::is_keyword(&text) {
        errors.span(
            span,
            messages::option_keyword(option, &text, names_what, example),
        );
        return Ok(None);
    }
    // A string must hold a plain identifier (`r#…` is for identifiers written as such).
    let ident = ident.or_else(|| names::is_identifier(&text).then(|| Ident::new(&text, span)));
    ident.map(Some).ok_or(())
}

/// The derives of `derive(…)`: `Debug` left out, each other one once (one given twice, or a
/// keyword, is reported and left out).
fn derives(paths: Punctuated<Path, Token![,]>, errors: &mut Errors) -> Vec<Path> {
    let mut list: Vec<Path> = Vec::new();
    for path in paths {
        let text = path.to_token_stream().to_string().replace(' ', "");
        // Every generated enum implements `Debug` (the group enums through the runtime's
        // shared renderer): asking for it again is accepted and changes nothing, where
        // deriving it too would be rustc's E0119.
        if path.segments.last().is_some_and(|s| s.ident == "Debug") {
            continue;
        }
        if path
            .get_ident()
            .is_some_and(|i| names::is_keyword(&i.to_string()))
        {
            errors.at(
                &path,
                format!("{WHOSE}: `{text}` is a Rust keyword, not a derive; write derives such as `derive(Clone, PartialEq, Eq)`"),
            );
        } else if list
            .iter()
            .any(|p| p.to_token_stream().to_string().replace(' ', "") == text)
        {
            errors.at(&path, messages::given_twice(&WHOSE, "derive", &text));
        } else {
            list.push(path);
        }
    }
    list
}

/// The `docs_url` option, checked: an absolute URL (`scheme:` then text) with no whitespace
/// or quotes, since it becomes the start of every problem `type` URI.
fn docs_url(lit: &LitStr, errors: &mut Errors) -> Option<String> {
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

/// The `domain` option, checked: a non-empty name without whitespace, control characters or
/// quotes (AIP-193: "the logical grouping to which the reason belongs", usually the service's
/// DNS name), since clients compare it verbatim.
pub fn domain(lit: &syn::LitStr, errors: &mut Errors) -> Option<String> {
    let domain = lit.value();
    let ok = !domain.is_empty()
        && !domain
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\\'));
    if ok {
        Some(domain)
    } else {
        errors.at(
            lit,
            format!("`domain = {domain:?}` is not a domain; write the service's name, such as \"iam.example.com\" (no spaces): it is the `domain` of every gRPC `ErrorInfo` the catalog sends, which clients compare verbatim"),
        );
        None
    }
}
