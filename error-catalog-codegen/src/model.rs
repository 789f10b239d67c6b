//! The checked catalog: what `check` produces and `expand` turns into tokens. Every value here
//! has passed every check, so expansion cannot fail.

use proc_macro2::{Ident, Span, TokenStream};
use syn::{Attribute, Path, Type};

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
    /// What changed since the lock file (`lock = "…"`), for the changelog; empty without one.
    pub changes: Vec<Change>,
    /// `include_bytes!` of the lock file, so that cargo rebuilds when it changes.
    pub lock_include: TokenStream,
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
    pub fn whose(&self) -> String {
        match &self.origin {
            Some(origin) => format!("{origin}: row {}", self.code),
            None => format!("row {}", self.code),
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
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}
