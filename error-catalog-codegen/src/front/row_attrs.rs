//! What a row's attributes may say besides its doc comment: `#[dialect = "…"]` (its
//! placeholder notation) and `#[shared_code]` (the vendor reuses its code on purpose).

use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Lit, LitStr, Meta};

use crate::diag::Errors;
use crate::names;
use crate::template::Dialect;

pub const ROW_ATTRIBUTES: &[&str] = &["doc", "dialect", "shared_code"];

#[derive(Default)]
pub struct RowAttrs {
    pub docs: Vec<Attribute>,
    pub dialect: Option<Dialect>,
    /// The span of `#[shared_code]`, when the row has it.
    pub shared_code: Option<Span>,
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
                        "rows take doc comments (`///`), `#[dialect = \"…\"]` and `#[shared_code]`"
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
        let hint = match names::did_you_mean(&name, Dialect::NAMES) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("expected one of: {}", Dialect::NAMES.join(", ")),
        };
        errors.at(
            lit,
            format!("{whose}: unknown placeholder dialect {name:?}; {hint}"),
        );
    }
    found
}
