//! The checked catalog: what `check` produces and `expand` turns into tokens. Every value here
//! has passed every check, so expansion cannot fail.

use proc_macro2::{Ident, Span, TokenStream};
use syn::{Attribute, Path, Type};

use crate::diag::messages::RowName;
pub use crate::front::row_attrs::Lifecycle;

pub struct Catalog {
    pub module: Ident,
    pub error_name: Ident,
    /// The runtime crate's path, `::error_catalog` unless renamed.
    pub krate: TokenStream,
    pub derives: Vec<Path>,
    pub groups: Vec<Group>,
    /// Every row, in table order.
    pub rows: Vec<Row>,
    /// `#[error_catalog(docs_url = "…")]`, checked.
    pub docs_url: Option<String>,
    /// `#[error_catalog(domain = "…")]`, checked: the gRPC `ErrorInfo` domain.
    pub domain: Option<String>,
    /// What changed since the lock file (`lock = "…"`), for the changelog; empty without one.
    pub changes: Vec<Change>,
    /// `include_bytes!` of the lock file, so that cargo rebuilds when it changes.
    pub lock_include: TokenStream,
    /// The language of the table's own texts (`#[error_catalog(locale = "…")]`, `en` by
    /// default), canonical.
    pub source_locale: String,
    /// The translations, in the order the table declares them.
    pub locales: Vec<Locale>,
    /// `include_bytes!` of the translation files.
    pub locale_includes: TokenStream,
}

/// One language's texts for the rows.
pub struct Locale {
    /// The BCP 47 tag, canonical (`zh-CN`).
    pub tag: String,
    /// One entry per row of the catalog, in table order; `None` for a row not translated.
    pub rows: Vec<Option<Translation>>,
}

/// A row's texts in one language; a missing column falls back to the source's.
#[derive(Default)]
pub struct Translation {
    /// Its pieces index the source row's parameters.
    pub message: Option<Template>,
    pub description: Option<Template>,
    pub solution: Option<String>,
}

/// One line of the changelog: a row against the lock file.
pub struct Change {
    /// Index into `Catalog::rows`.
    pub row: usize,
    pub kind: ChangeKind,
}

pub enum ChangeKind {
    /// A code the lock does not have.
    Added,
    Deprecated,
    Retired,
    /// The message's text changed, its placeholders did not: the text the lock has.
    Reworded(String),
}

pub struct Group {
    pub ident: Ident,
    pub docs: Vec<Attribute>,
    /// Indexes into `Catalog::rows`, in table order.
    pub rows: Vec<usize>,
}

pub struct Row {
    pub code: String,
    pub code_span: Span,
    pub status: Option<u16>,
    /// `404/500`: the statuses after the primary one, as listed (at most two).
    pub more_statuses: Vec<u16>,
    pub group: usize,
    pub ctor: Ident,
    pub variant: Ident,
    /// `ctor` as text, as written (`r#type` for a raw identifier).
    pub ctor_name: String,
    /// `variant` as text.
    pub variant_name: String,
    pub params: Vec<Param>,
    pub message: Template,
    pub description: Template,
    pub solution: String,
    pub docs: Vec<Attribute>,
    /// The span of the row's `#[shared_code]`: its code may appear on other marked rows.
    pub shared_code: Option<Span>,
    /// `#[grpc = "ABORTED"]` on the row, else its group's `grpc:`: a `google.rpc.Code`
    /// number, checked (the runtime maps the status when `None`).
    pub grpc: Option<u8>,
    /// `#[since = "…"]`, or the release the lock file records.
    pub since: Option<String>,
    /// `since` came from the lock file, not from the row's own `#[since]`.
    pub since_from_lock: bool,
    pub lifecycle: Lifecycle,
    /// `errors.tsv:12` for a row read from a file.
    pub origin: Option<String>,
}

pub struct Param {
    pub ident: Ident,
    /// `None`: the default type, `Text`.
    pub ty: Option<Type>,
}

pub struct Template {
    /// The text exactly as the table wrote it.
    pub source: String,
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Lit(String),
    /// Index into the row's `params`.
    Arg(usize),
}

impl Row {
    /// How diagnostics name the row: `row LOGIN.0001`, `errors.tsv:12: row LOGIN.0001`.
    pub fn whose(&self) -> RowName<'_> {
        RowName {
            origin: self.origin.as_deref(),
            code: &self.code,
            // A checked row has a code: its number is never shown.
            number: 0,
            name: &self.ctor,
        }
    }

    /// The row's doc comment, one line per `///` line.
    pub fn doc_lines(&self) -> Vec<String> {
        doc_lines(&self.docs)
    }
}

pub fn doc_lines(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => doc_value(&nv.value),
            _ => None,
        })
        .collect()
}

/// The text of a `#[doc = …]` value as rustdoc sees it: a string literal, or `concat!` of
/// literals (strings, characters, unsuffixed integers, booleans), evaluated as `concat!`
/// does. `None` for anything else (`include_str!`, `env!`, a suffixed number…), which the
/// checker reports: `Entry::doc()` must not differ from the rustdoc.
pub fn doc_value(value: &syn::Expr) -> Option<String> {
    match value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        syn::Expr::Macro(m) if m.mac.path.is_ident("concat") => {
            let parts = m
                .mac
                .parse_body_with(
                    syn::punctuated::Punctuated::<syn::Lit, syn::Token![,]>::parse_terminated,
                )
                .ok()?;
            let mut text = String::new();
            for part in parts {
                match part {
                    syn::Lit::Str(s) if s.suffix().is_empty() => text.push_str(&s.value()),
                    syn::Lit::Char(c) if c.suffix().is_empty() => text.push(c.value()),
                    syn::Lit::Int(i) if i.suffix().is_empty() => text.push_str(i.base10_digits()),
                    syn::Lit::Bool(b) => text.push_str(if b.value { "true" } else { "false" }),
                    _ => return None,
                }
            }
            Some(text)
        }
        _ => None,
    }
}
