//! Checks a parsed table and builds the model. Every problem is reported (pointed at the
//! offending tokens, naming the row by its code) and checking goes on, so one build shows
//! every mistake; a row with a problem is left out of the cross-row checks that would only
//! repeat it, and out of the model, which still holds the other rows when every problem
//! belongs to a row.

use std::collections::BTreeSet;
use std::fmt::Display;

use proc_macro2::{Ident, Span};
use quote::{format_ident, quote, ToTokens};
use syn::Attribute;

use crate::diag::{messages, Errors};
use crate::front::ast::{self, Field, GroupDecl, Str, Table, Value};
use crate::front::grpc;
use crate::front::module::Module;
use crate::front::options::{self, GroupDefault, Options, StatusDefault};
use crate::front::row_attrs;
use crate::model::{self, Catalog, Group, Piece, Row, Template};
use crate::names;
use crate::template::{self, Dialect, Key, Part};

/// In this order: `columns()` relies on it.
const ROW_COLUMNS: &[&str] = &["message", "description", "solution"];
const GROUP_FIELDS: &[&str] = &["status", "prefix", "grpc"];

/// What a group declaration says, once checked.
struct GroupInfo {
    ident: Ident,
    status: StatusDefault,
    /// `grpc: "ABORTED"`: the gRPC code of the group's rows that set none.
    grpc: Option<u8>,
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
    default_status: StatusDefault,
    /// The catalog's placeholder dialect; a row may override it.
    dialect: Dialect,
    /// The group of codes without a `PREFIX.`.
    default_group: GroupDefault,
}

/// The checked catalog: every row when there is no error; with errors that all belong to
/// rows, the rows without any (their groups, the error enum and the registry), so that the
/// good rows keep their types; `None` when a problem concerns the catalog as a whole (an
/// option, a group declaration, a name collision) or no row is left.
pub fn catalog(
    options: &Options,
    module: &Module,
    table: Table,
    errors: &mut Errors,
) -> Option<Catalog> {
    let mut checker = Checker {
        errors,
        groups: Vec::new(),
        by_name: FnvMap::default(),
        by_prefix: FnvMap::default(),
        derived: FnvMap::default(),
        last_prefix: (String::new(), 0),
        default_status: options.status,
        dialect: options.dialect.unwrap_or_default(),
        default_group: options.group.clone(),
    };
    let mut rows_ast = Vec::with_capacity(table.items.len());
    let mut locale_decls = Vec::new();
    for item in table.items {
        match item {
            ast::Item::Group(decl) => checker.group_decl(decl),
            ast::Item::Row(row) => rows_ast.push(row),
            ast::Item::Locale(decl) => locale_decls.push(decl),
        }
    }
    let had_rows = !rows_ast.is_empty();
    // Every code the table wrote, only where translations need it.
    let all_codes: crate::hash::FnvMap<String, ()> = match locale_decls.is_empty() {
        true => FnvMap::default(),
        false => rows_ast
            .iter()
            .map(|r| (r.code.value.clone(), ()))
            .collect(),
    };
    let dialect = options.dialect.unwrap_or_default();
    let mut rows = Vec::with_capacity(rows_ast.len());
    // The codes of rows that failed: their `#[shared_code]` siblings are not "alone".
    let mut failed_codes: Vec<String> = Vec::new();
    for row in rows_ast {
        match checker.row(row) {
            Ok(row) => rows.push(row),
            Err(code) => failed_codes.push(code),
        }
    }
    let error_name = options
        .error
        .clone()
        .unwrap_or_else(|| Ident::new("Error", Span::call_site()));
    let Checker { errors, groups, .. } = checker;
    let mut groups = assemble_groups(groups, &rows, errors);
    let mut failed = check_duplicate_codes(&rows, &failed_codes, errors);
    failed.extend(check_duplicate_names(&rows, &groups, &failed, errors));
    check_generated_names(&groups, &rows, &error_name, module, errors);
    if !had_rows && errors.is_empty() {
        errors.at(
            &module.ident,
            format!("the catalog of module `{}` has no rows; add rows such as `400 \"APP.0001\" not_found message: \"Application does not exist.\";`", module.ident),
        );
    }
    let source_locale = locales::source(options.locale.as_ref(), errors);
    if !errors.only_rows() {
        return None;
    }
    if !errors.is_empty() {
        keep_rows_without_errors(&mut groups, &mut rows, &failed);
        if rows.is_empty() {
            return None;
        }
    }
    // Against the rows that checked; a translation of a row that did not is not reported
    // again (its code is among `all_codes`).
    let (locales, locale_includes) = locales::check(
        locale_decls,
        &rows,
        &all_codes,
        dialect,
        &source_locale,
        errors,
    );
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
        docs_url: options.docs_url.clone(),
        domain: options.domain.clone(),
        changes: Vec::new(),
        lock_include: proc_macro2::TokenStream::new(),
        source_locale,
        locales,
        locale_includes,
    })
}

/// Leaves out the rows the cross-row checks reported (`failed`: indexes into `rows`) and the
/// groups left without rows (an empty enum has no `match` to render it with), renumbering the
/// rest.
fn keep_rows_without_errors(groups: &mut Vec<Group>, rows: &mut Vec<Row>, failed: &[usize]) {
    let mut keep = vec![true; rows.len()];
    for &i in failed {
        keep[i] = false;
    }
    let mut keep = keep.into_iter();
    rows.retain(|_| keep.next().unwrap_or_default());
    let mut used = vec![false; groups.len()];
    for row in rows.iter() {
        used[row.group] = true;
    }
    let mut renumbered = Vec::with_capacity(groups.len());
    let mut kept = 0;
    for &used in &used {
        renumbered.push(kept);
        kept += usize::from(used);
    }
    let mut used = used.into_iter();
    groups.retain(|_| used.next().unwrap_or_default());
    for group in groups.iter_mut() {
        group.rows.clear();
    }
    for (i, row) in rows.iter_mut().enumerate() {
        row.group = renumbered[row.group];
        groups[row.group].rows.push(i);
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
    let near = messages::near(&name, known);
    let hint = messages::hint(near, known);
    let shown = format!("`{name}`");
    errors.at(key, messages::unknown(whose, "column", &shown, &hint));
    near
}

mod cross;
mod groups;
mod locales;
pub mod lock;
mod params;
mod rows;

use crate::hash::FnvMap;
use cross::{check_duplicate_codes, check_duplicate_names, check_generated_names};
use groups::assemble_groups;
use params::pieces_of;
#[cfg(test)]
mod tests;
