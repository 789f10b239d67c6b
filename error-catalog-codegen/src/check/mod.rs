//! Checks a parsed table and builds the model. Every problem is reported (pointed at the
//! offending tokens, naming the row by its code) and checking goes on, so one build shows
//! every mistake; a row with a problem is left out of the cross-row checks that would only
//! repeat it.

use std::collections::BTreeSet;
use std::fmt::Display;

use proc_macro2::{Ident, Span};
use quote::{format_ident, quote, ToTokens};
use syn::{Attribute, Expr, Lit};

use crate::diag::Errors;
use crate::front::ast::{self, Field, GroupDecl, Int, Str, Table, Value};
use crate::front::module::Module;
use crate::front::options::Options;
use crate::front::row_attrs;
use crate::model::{self, Catalog, Group, Piece, Row, Template};
use crate::names;
use crate::template::{self, Dialect, Key, Part};

/// In this order: `columns()` relies on it.
const ROW_COLUMNS: &[&str] = &["message", "description", "solution"];
const GROUP_FIELDS: &[&str] = &["status", "prefix"];

/// What a group declaration says, once checked.
struct GroupInfo {
    ident: Ident,
    status: Option<u16>,
    /// The declaration sets a status, even one reported as invalid: its rows then do not
    /// repeat that error as "no status".
    status_given: bool,
    prefix: Option<String>,
    docs: Vec<Attribute>,
}

struct Checker<'a> {
    errors: &'a mut Errors,
    groups: Vec<GroupInfo>,
    by_name: FnvMap<String, usize>,
    by_prefix: FnvMap<String, usize>,
    /// The group each undeclared code prefix derives (`APP_ACCOUNT` → `AppAccount`), once
    /// found: most rows share their prefix with the row before.
    derived: FnvMap<String, usize>,
    /// The last prefix looked up for a row that names no group, and its group: the next row
    /// usually has the same, found then without hashing. Empty at first: no prefix is empty.
    last_prefix: (String, usize),
    default_status: Option<u16>,
    /// `#[error_catalog(status = …)]` is present, even if reported as invalid (or `none`).
    default_status_given: bool,
    /// The catalog's placeholder dialect; a row may override it.
    dialect: Dialect,
    /// The group of codes without a `PREFIX.`.
    default_group: Option<Ident>,
}

pub fn catalog(
    options: &Options,
    module: &Module,
    table: Table,
    errors: &mut Errors,
) -> Option<Catalog> {
    let default_status = default_status(options.status.as_ref(), errors);
    let dialect = options
        .dialect
        .as_ref()
        .and_then(|lit| row_attrs::dialect(lit, &"the catalog", errors))
        .unwrap_or_default();
    let docs_url = options
        .docs_url
        .as_ref()
        .and_then(|lit| crate::front::options::docs_url(lit, errors));
    let mut checker = Checker {
        errors,
        groups: Vec::new(),
        by_name: FnvMap::default(),
        by_prefix: FnvMap::default(),
        derived: FnvMap::default(),
        last_prefix: (String::new(), 0),
        default_status,
        default_status_given: options.status_given,
        dialect,
        default_group: options.group.clone(),
    };
    let mut rows_ast = Vec::with_capacity(table.items.len());
    for item in table.items {
        match item {
            ast::Item::Group(decl) => checker.group_decl(decl),
            ast::Item::Row(row) => rows_ast.push(row),
        }
    }
    let had_rows = !rows_ast.is_empty();
    let mut rows = Vec::with_capacity(rows_ast.len());
    // The codes of rows that failed: their `#[shared_code]` siblings are not "alone".
    let mut failed: Vec<String> = Vec::new();
    for row in rows_ast {
        match checker.row(row) {
            Ok(row) => rows.push(row),
            Err(code) => failed.push(code),
        }
    }
    let error_name = options
        .error
        .clone()
        .unwrap_or_else(|| Ident::new("Error", Span::call_site()));
    let Checker { errors, groups, .. } = checker;
    let groups = assemble_groups(groups, &rows, errors);
    let duplicates = check_duplicate_codes(&rows, &failed, errors);
    check_duplicate_names(&rows, &groups, &duplicates, errors);
    check_generated_names(&groups, &rows, &error_name, module, errors);
    if !had_rows && errors.is_empty() {
        errors.at(
            &module.ident,
            format!("the catalog of module `{}` has no rows; add rows such as `400 \"APP.0001\" not_found message: \"Application does not exist.\";`", module.ident),
        );
    }
    if !errors.is_empty() {
        return None;
    }
    Some(Catalog {
        module: module.ident.clone(),
        error_name,
        krate: options
            .krate
            .as_ref()
            .map_or_else(|| quote!(::error_catalog), ToTokens::to_token_stream),
        derives: options
            .derive
            .clone()
            .unwrap_or_else(|| vec![syn::parse_quote!(Clone), syn::parse_quote!(PartialEq)]),
        groups,
        rows,
        docs_url,
        changes: Vec::new(),
        lock_include: proc_macro2::TokenStream::new(),
    })
}

/// `status = 400` (a default) or `status = none` (a catalog without HTTP statuses: rows
/// without a status have none, which `default_status_given` keeps from being an error).
fn default_status(expr: Option<&Expr>, errors: &mut Errors) -> Option<u16> {
    match expr? {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Int(lit), ..
        }) => status(&Int::from_lit(lit), &"the catalog's default status", errors),
        // `args` accepts no other form than an integer or `none`.
        _ => None,
    }
}

/// A status literal in `100..=599`, or a reported error.
fn status(lit: &Int, whose: &dyn Display, errors: &mut Errors) -> Option<u16> {
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

/// `false` (and reported) for a string literal with a suffix, such as `"LOGIN.0001"x`.
fn no_suffix(lit: &Str, whose: &dyn Display, what: &str, errors: &mut Errors) -> bool {
    if lit.suffix.is_empty() {
        return true;
    }
    errors.at(
        lit,
        format!(
            "{whose}: {what} has the suffix `{}` after its closing quote; remove it",
            lit.suffix
        ),
    );
    false
}

fn string_value<'v>(field: &'v Field, whose: &dyn Display, errors: &mut Errors) -> Option<&'v Str> {
    match &field.value {
        Value::Str(s) if s.suffix.is_empty() => Some(s),
        Value::Str(s) => {
            no_suffix(s, whose, &format!("`{}`", field.key), errors);
            None
        }
        other => {
            errors.at(
                other,
                format!(
                    "{whose}: `{}` takes a string literal, such as `{}: \"…\"`",
                    field.key, field.key
                ),
            );
            None
        }
    }
}

/// Reports an unknown key; returns the known key it is probably a misspelling of.
fn unknown_key(
    key: &Ident,
    known: &[&'static str],
    whose: &dyn Display,
    errors: &mut Errors,
) -> Option<&'static str> {
    let name = key.to_string();
    let near = names::did_you_mean(&name, known);
    let hint = match near {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("expected one of: {}", known.join(", ")),
    };
    errors.at(key, format!("{whose}: unknown column `{name}`; {hint}"));
    near
}

mod cross;
mod groups;
pub mod lock;
mod params;
mod rows;

use crate::hash::FnvMap;
use cross::{check_duplicate_codes, check_duplicate_names, check_generated_names};
use groups::assemble_groups;
use params::pieces_of;
#[cfg(test)]
mod tests;
