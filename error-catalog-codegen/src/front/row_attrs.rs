//! What a row's attributes may say besides its doc comment: `#[dialect = "…"]` (its
//! placeholder notation), `#[shared_code]` (the vendor reuses its code on purpose), its
//! lifecycle: `#[since = "…"]`, `#[deprecated]`, `#[retired(since = "…", note = "…")]`, and
//! `#[grpc = "…"]` (its gRPC status code, instead of the one its HTTP status maps to).

use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Lit, LitStr, Meta};

use crate::diag::{messages, Errors};
use crate::names;
use crate::template::Dialect;

pub const ROW_ATTRIBUTES: &[&str] = &[
    "doc",
    "dialect",
    "shared_code",
    "since",
    "deprecated",
    "retired",
    "grpc",
];

#[derive(Default)]
pub struct RowAttrs {
    pub docs: Vec<Attribute>,
    pub dialect: Option<Dialect>,
    /// The span of `#[shared_code]`, when the row has it.
    pub shared_code: Option<Span>,
    /// `#[grpc = "ABORTED"]`, checked into its `google.rpc.Code` number.
    pub grpc: Option<u8>,
    /// `#[since = "…"]`: the release the row shipped in.
    pub since: Option<String>,
    pub lifecycle: Lifecycle,
}

pub fn parse(attrs: &[Attribute], whose: &dyn Display, errors: &mut Errors) -> RowAttrs {
    let mut out = RowAttrs::default();
    for attr in attrs {
        let path = attr.path().to_token_stream().to_string();
        match (path.as_str(), &attr.meta) {
            ("doc", Meta::NameValue(nv)) if crate::model::doc_value(&nv.value).is_none() => {
                errors.at(
                    &nv.value,
                    format!("{whose}: the doc attribute's value is neither a string literal nor `concat!` of literals, so `Entry::doc()` could not show the text rustdoc shows; write the text as a doc comment (`/// …`) or `#[doc = \"…\"]`"),
                );
            }
            ("doc", _) => out.docs.push(attr.clone()),
            ("dialect", Meta::NameValue(nv)) => match &nv.value {
                Expr::Lit(syn::ExprLit {
                    lit: Lit::Str(lit), ..
                }) => out.dialect = dialect(lit, whose, errors),
                other => errors.at(
                    other,
                    format!(
                        "{whose}: `dialect` takes a string, such as `#[dialect = \"literal\"]`"
                    ),
                ),
            },
            ("shared_code", Meta::Path(_)) => out.shared_code = Some(attr.span()),
            ("grpc", Meta::NameValue(nv)) => match &nv.value {
                Expr::Lit(syn::ExprLit {
                    lit: Lit::Str(lit), ..
                }) => out.grpc = crate::front::grpc::code(&lit.value(), lit, whose, errors),
                other => errors.at(
                    other,
                    format!("{whose}: `grpc` takes a string, such as `#[grpc = \"ABORTED\"]`"),
                ),
            },
            ("grpc", _) => errors.at(
                attr,
                format!("{whose}: write the gRPC code as `#[grpc = \"ABORTED\"]`"),
            ),
            ("since", _) => out.since = since(attr, whose, errors),
            ("deprecated", _) | ("retired", _) if !matches!(out.lifecycle, Lifecycle::Active) => {
                errors.at(
                    attr,
                    format!("{whose}: a row is `#[deprecated]` or `#[retired(…)]` once; keep one"),
                )
            }
            ("deprecated", _) => out.lifecycle = deprecated(attr, whose, errors),
            ("retired", _) => out.lifecycle = retired(attr, whose, errors),
            ("dialect", _) => errors.at(
                attr,
                format!("{whose}: write the dialect as `#[dialect = \"printf\"]`"),
            ),
            ("shared_code", _) => errors.at(
                attr,
                format!("{whose}: `#[shared_code]` takes no arguments"),
            ),
            _ => {
                let hint = match names::did_you_mean(&path, ROW_ATTRIBUTES) {
                    Some(near) if near != "doc" => format!("did you mean `#[{near}]`?"),
                    _ => {
                        "rows take doc comments (`///`), `#[dialect = \"…\"]`, `#[shared_code]`, `#[since = \"…\"]`, `#[deprecated]`, `#[retired(since = \"…\", note = \"…\")]` and `#[grpc = \"…\"]`"
                            .to_string()
                    }
                };
                errors.at(
                    attr,
                    format!("{whose}: unsupported attribute `#[{path}]`; {hint}"),
                );
            }
        }
    }
    out
}

/// A dialect name, or a reported error pointed at it.
pub fn dialect(lit: &LitStr, whose: &dyn Display, errors: &mut Errors) -> Option<Dialect> {
    let name = lit.value();
    let found = Dialect::from_name(&name);
    if found.is_none() {
        let hint = messages::hint(messages::near(&name, Dialect::NAMES), Dialect::NAMES);
        let shown = format!("{name:?}");
        errors.at(
            lit,
            messages::unknown(whose, "placeholder dialect", &shown, &hint),
        );
    }
    found
}

/// Where a row is in its life. A deprecated row still constructs (with a warning where it is
/// used); a retired one keeps its code, its registry entry and its decoding, but has no
/// constructor.
#[derive(Clone, Default)]
pub enum Lifecycle {
    #[default]
    Active,
    /// The note of `#[deprecated = "…"]` or `#[deprecated(note = "…")]`, possibly empty.
    Deprecated {
        note: String,
        /// The attribute as written, put on the constructor so that rustc warns at its uses.
        attr: Box<Attribute>,
    },
    Retired {
        since: String,
        note: String,
    },
}

fn string_value(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        }) => Some(s.value()),
        _ => None,
    }
}

fn since(attr: &Attribute, whose: &dyn Display, errors: &mut Errors) -> Option<String> {
    let value = match &attr.meta {
        Meta::NameValue(nv) => string_value(&nv.value),
        _ => None,
    };
    match value {
        Some(v) if !v.trim().is_empty() => Some(v),
        _ => {
            errors.at(
                attr,
                format!("{whose}: write the release the row shipped in as `#[since = \"1.2.0\"]`"),
            );
            None
        }
    }
}

/// `key = "…"` pairs of a list attribute, each key once and known.
fn pairs(
    attr: &Attribute,
    known: &[&str],
    form: &str,
    whose: &dyn Display,
    errors: &mut Errors,
) -> Option<Vec<(String, String)>> {
    let Meta::List(list) = &attr.meta else {
        return Some(Vec::new());
    };
    let parsed = list.parse_args_with(
        syn::punctuated::Punctuated::<syn::MetaNameValue, syn::Token![,]>::parse_terminated,
    );
    let Ok(parsed) = parsed else {
        errors.at(attr, format!("{whose}: write it as `{form}`"));
        return None;
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for nv in parsed {
        let key = nv.path.to_token_stream().to_string();
        let Some(value) = string_value(&nv.value) else {
            errors.at(
                &nv.value,
                format!("{whose}: `{key}` takes a string, as in `{form}`"),
            );
            return None;
        };
        if !known.contains(&key.as_str()) {
            errors.at(
                &nv.path,
                format!("{whose}: unknown key `{key}`; write it as `{form}`"),
            );
            return None;
        }
        if out.iter().any(|(k, _)| *k == key) {
            errors.at(
                &nv.path,
                format!("{whose}: `{key}` is given twice; keep one"),
            );
            return None;
        }
        out.push((key, value));
    }
    Some(out)
}

fn get(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

fn deprecated(attr: &Attribute, whose: &dyn Display, errors: &mut Errors) -> Lifecycle {
    const FORM: &str = "#[deprecated(note = \"use not_found instead\")]";
    let note = match &attr.meta {
        Meta::Path(_) => Some(String::new()),
        Meta::NameValue(nv) => string_value(&nv.value).or_else(|| {
            errors.at(
                &nv.value,
                format!("{whose}: `deprecated` takes a string, as in `#[deprecated = \"…\"]`"),
            );
            None
        }),
        Meta::List(_) => pairs(attr, &["since", "note"], FORM, whose, errors)
            .map(|p| get(&p, "note").unwrap_or_default()),
    };
    match note {
        Some(note) => Lifecycle::Deprecated {
            note,
            attr: Box::new(attr.clone()),
        },
        None => Lifecycle::Active,
    }
}

fn retired(attr: &Attribute, whose: &dyn Display, errors: &mut Errors) -> Lifecycle {
    const FORM: &str = "#[retired(since = \"1.3.0\", note = \"use LOGIN.0009\")]";
    if !matches!(attr.meta, Meta::List(_)) {
        errors.at(
            attr,
            format!("{whose}: say when the row was retired: `{FORM}`"),
        );
        return Lifecycle::Active;
    }
    let Some(pairs) = pairs(attr, &["since", "note"], FORM, whose, errors) else {
        return Lifecycle::Active;
    };
    match get(&pairs, "since").filter(|s| !s.trim().is_empty()) {
        Some(since) => Lifecycle::Retired {
            since,
            note: get(&pairs, "note").unwrap_or_default(),
        },
        None => {
            errors.at(
                attr,
                format!("{whose}: `#[retired(…)]` needs `since`, the release that retired the code: `{FORM}`"),
            );
            Lifecycle::Active
        }
    }
}
