//! `#[error_catalog(lock = "errors.lock")]`: the checked catalog against what it has shipped.
//!
//! Clients depend on a code's status and on its arguments (names, order, types): changing
//! any of them, deleting a shipped code or reusing a retired one is a build error naming the
//! row and the lock's line. Rewording, deprecating and retiring are allowed and become the
//! changelog. New rows are unshipped until the lock is rewritten, which happens only when
//! the build is run with `ERROR_CATALOG_LOCK=update`, never in CI (`CI` set), and only when
//! nothing is broken.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::LitStr;

use crate::diag::Errors;
use crate::front::lock::{self, Entry, Lock, State};
use crate::model::{Catalog, Change, ChangeKind, Lifecycle, Row};

/// The environment variable that asks for the lock to be rewritten.
const MODE_VAR: &str = "ERROR_CATALOG_LOCK";

/// How this build treats the lock file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Check,
    Update,
}

impl Mode {
    /// From the environment: `ERROR_CATALOG_LOCK=update` asks for a rewrite; `CI` set (to
    /// anything but `false` or `0`) refuses one, so that CI fails on a stale lock.
    fn from_env(lit: &LitStr, errors: &mut Errors) -> Mode {
        let asked = std::env::var(MODE_VAR).unwrap_or_default();
        let ci = std::env::var("CI").is_ok_and(|v| !matches!(v.as_str(), "" | "false" | "0"));
        match asked.as_str() {
            "" | "check" => Mode::Check,
            "update" if ci => {
                errors.at(
                    lit,
                    format!("{MODE_VAR}=update: the lock file is never rewritten in CI (`CI` is set); run `{}` on a developer's machine and commit the lock", lock::UPDATE),
                );
                Mode::Check
            }
            "update" => Mode::Update,
            other => {
                errors.at(
                    lit,
                    format!(
                        "{MODE_VAR}={other:?}: expected `update` (rewrite the lock) or `check`"
                    ),
                );
                Mode::Check
            }
        }
    }
}

/// Checks `catalog` against the lock file named by `lit`, fills in its changelog and the
/// tokens that make cargo rebuild when the file or the mode changes; in update mode, and
/// when nothing is broken, rewrites the file.
pub fn check(catalog: &mut Catalog, lit: &LitStr, errors: &mut Errors) {
    let mode = Mode::from_env(lit, errors);
    let relative = lit.value();
    let Some(base) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        errors.at(
            lit,
            "`lock = …` needs CARGO_MANIFEST_DIR (set by cargo) to find the file",
        );
        return;
    };
    let path = PathBuf::from(base).join(&relative);
    let name = std::path::Path::new(&relative)
        .file_name()
        .map_or_else(|| relative.clone(), |n| n.to_string_lossy().into_owned());
    let path_text = path.to_string_lossy().into_owned();
    // `option_env!` makes rustc record the variables, so cargo re-expands when they change.
    catalog.lock_include = quote! {
        const _: &[u8] = ::core::include_bytes!(#path_text);
        const _: ::core::option::Option<&str> = ::core::option_env!(#MODE_VAR);
    };
    let old = match std::fs::read_to_string(&path) {
        Ok(text) => {
            match lock::parse(&text) {
                Ok(old) => old,
                Err(e) => {
                    errors.at(
                    lit,
                    format!("{name}:{}: {}; fix the line, or delete the file and recreate it with `{}`", e.line, e.message, lock::UPDATE),
                );
                    return;
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && mode == Mode::Update => {
            Lock::default()
        }
        Err(e) => {
            let why = match e.kind() {
                std::io::ErrorKind::NotFound => "it does not exist".to_string(),
                _ => e.to_string(),
            };
            // Nothing to include: a missing file is not a dependency cargo can track.
            catalog.lock_include = TokenStream::new();
            errors.at(
                lit,
                format!("cannot read lock file `{relative}` ({why}); create it with `{}` (the path is relative to the crate's directory)", lock::UPDATE),
            );
            return;
        }
    };
    let before = errors.len();
    compare(catalog, &old, &name, lit, errors);
    if mode == Mode::Update && errors.len() == before {
        let new = lock::write(&next(catalog, &old));
        if std::fs::read_to_string(&path).ok().as_deref() != Some(new.as_str()) {
            if let Err(e) = std::fs::write(&path, new) {
                errors.at(lit, format!("cannot write lock file `{relative}`: {e}"));
            }
        }
    }
}

/// The first row of each code, in table order (rows marked `#[shared_code]` share one lock
/// entry: clients see one code).
fn first_rows(catalog: &Catalog) -> Vec<usize> {
    let mut seen = std::collections::HashSet::new();
    (0..catalog.rows.len())
        .filter(|&i| seen.insert(catalog.rows[i].code.as_str()))
        .collect()
}

fn statuses(row: &Row) -> Vec<u16> {
    row.status
        .iter()
        .chain(&row.more_statuses)
        .copied()
        .collect()
}

fn show_statuses(s: &[u16]) -> String {
    if s.is_empty() {
        return "no status".into();
    }
    let s: Vec<String> = s.iter().map(u16::to_string).collect();
    s.join("/")
}

/// `u32`, `Text`, `Option<u32>`: a type as the lock writes it.
fn type_text(ty: Option<&syn::Type>) -> String {
    let Some(ty) = ty else {
        return "Text".into();
    };
    let spaced = ty.to_token_stream().to_string();
    // Keep a space only between two word characters (`dyn Trait`), as people write types.
    let mut out = String::with_capacity(spaced.len());
    let chars: Vec<char> = spaced.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let word = |c: char| c.is_alphanumeric() || c == '_';
        if c == ' ' && !(i > 0 && word(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| word(n)))
        {
            continue;
        }
        out.push(c);
    }
    out
}

fn params(catalog: &Catalog, row: &Row) -> Vec<(String, String)> {
    let _ = catalog;
    row.params
        .iter()
        .map(|p| {
            let name = p.ident.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
            (name, type_text(p.ty.as_ref()))
        })
        .collect()
}

fn show_params(params: &[(String, String)]) -> String {
    if params.is_empty() {
        return "none".into();
    }
    let p: Vec<String> = params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
    format!("({})", p.join(", "))
}

/// The lock this build would write: every code of the table, in table order; each keeps the
/// release it first shipped in.
fn next(catalog: &Catalog, old: &Lock) -> Lock {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let entries = first_rows(catalog)
        .into_iter()
        .map(|i| {
            let row = &catalog.rows[i];
            let shipped = old.get(&row.code);
            let since = row
                .since
                .clone()
                .or_else(|| shipped.map(|e| e.since.clone()))
                .unwrap_or_else(|| version.clone());
            let state = match &row.lifecycle {
                Lifecycle::Active => State::Shipped,
                Lifecycle::Deprecated { note, .. } => State::Deprecated(note.clone()),
                Lifecycle::Retired { since, note } => State::Retired {
                    since: since.clone(),
                    note: note.clone(),
                },
            };
            Entry {
                line: 0,
                code: row.code.clone(),
                statuses: statuses(row),
                group: catalog.groups[row.group].ident.to_string(),
                name: row.ctor_name.clone(),
                params: params(catalog, row),
                message: row.message.source.clone(),
                since,
                state,
            }
        })
        .collect();
    Lock::new(entries)
}

/// Reports every break of the contract `old` records, and fills `catalog.changes`.
fn compare(catalog: &mut Catalog, old: &Lock, name: &str, lit: &LitStr, errors: &mut Errors) {
    let firsts = first_rows(catalog);
    let index: crate::hash::FnvMap<&str, usize> = (firsts.iter())
        .map(|&i| (catalog.rows[i].code.as_str(), i))
        .collect();
    let row_of = |code: &str| index.get(code).copied();
    let mut changes = Vec::new();
    let mut swapped: Vec<usize> = Vec::new();
    for entry in &old.entries {
        let at = format!("{name}:{}", entry.line);
        let Some(i) = row_of(&entry.code) else {
            let what = match &entry.state {
                State::Retired { .. } => format!("code `{}` was retired and is gone from the table ({at}); keep its row, marked `#[retired(…)]`, so that the code is never given a new meaning", entry.code),
                _ => format!("code `{}` shipped in {} ({at}) is gone from the table; clients still receive it: keep its row and mark it `#[retired(since = \"…\", note = \"…\")]` instead of deleting it", entry.code, entry.since),
            };
            errors.at(lit, what);
            continue;
        };
        let row = &catalog.rows[i];
        let whose = row.whose();
        let span = row.code_span;
        if let State::Retired { since, .. } = &entry.state {
            if !matches!(row.lifecycle, Lifecycle::Retired { .. }) {
                errors.span(
                    span,
                    format!("{whose}: code `{}` was retired in {since} ({at}) and cannot be reused: clients that meet it read the old meaning; give this row a new code and keep the retired one `#[retired(since = \"{since}\")]`", entry.code),
                );
                continue;
            }
        }
        // Two rows that exchanged codes: each code now names the other's error.
        if entry.name != row.ctor_name && !swapped.contains(&i) {
            let other = old
                .entries
                .iter()
                .find(|e| e.name == row.ctor_name && e.code != entry.code)
                .and_then(|e| row_of(&e.code).map(|j| (e, j)));
            if let Some((other, j)) = other
                .filter(|(o, j)| catalog.rows[*j].ctor_name == entry.name && o.group == entry.group)
            {
                swapped.extend([i, j]);
                errors.span(
                    span,
                    format!("{whose}: rows `{}` and `{}` swapped codes `{}` and `{}` ({at}, {name}:{}); clients branch on the codes: give each row back its code", entry.name, other.name, entry.code, other.code, other.line),
                );
                continue;
            }
        }
        if swapped.contains(&i) {
            continue;
        }
        let now = statuses(row);
        if now != entry.statuses {
            errors.span(
                span,
                format!("{whose}: status {} differs from {} shipped in {} ({at}); clients map this code to that status: keep it, or retire this code and add a new one", show_statuses(&now), show_statuses(&entry.statuses), entry.since),
            );
        }
        let now = params(catalog, row);
        if let Some(problem) = params_break(&entry.params, &now) {
            errors.span(
                span,
                format!("{whose}: {problem}: shipped as {}, now {} ({at}); clients parse these arguments: keep them, or retire this code and add a new one", show_params(&entry.params), show_params(&now)),
            );
        }
        let kind = match (&row.lifecycle, &entry.state) {
            (Lifecycle::Retired { .. }, State::Retired { .. }) => None,
            (Lifecycle::Retired { .. }, _) => Some(ChangeKind::Retired),
            (Lifecycle::Deprecated { .. }, State::Shipped) => Some(ChangeKind::Deprecated),
            _ if row.message.source != entry.message => {
                Some(ChangeKind::Reworded(entry.message.clone()))
            }
            _ => None,
        };
        changes.extend(kind.map(|kind| Change { row: i, kind }));
    }
    for &i in &firsts {
        if old.get(&catalog.rows[i].code).is_none() {
            changes.push(Change {
                row: i,
                kind: ChangeKind::Added,
            });
        }
    }
    changes.sort_by_key(|c| c.row);
    catalog.changes = changes;
    // A row's release is its `#[since]`, else the one the lock records.
    let found: Vec<(usize, &Entry)> = (old.entries.iter())
        .filter_map(|e| row_of(&e.code).map(|i| (i, e)))
        .collect();
    for (i, entry) in found {
        {
            let row = &mut catalog.rows[i];
            if row.since.is_none() && !entry.since.is_empty() {
                row.since = Some(entry.since.clone());
                row.since_from_lock = true;
            }
        }
    }
}

/// What changed in a row's arguments, most specific first; `None` if nothing did.
fn params_break(old: &[(String, String)], now: &[(String, String)]) -> Option<String> {
    if old == now {
        return None;
    }
    let names = |p: &[(String, String)]| {
        let mut n: Vec<String> = p.iter().map(|(n, _)| n.clone()).collect();
        n.sort();
        n
    };
    let (old_names, now_names) = (names(old), names(now));
    let has = |p: &[(String, String)], n: &str| p.iter().any(|(m, _)| m == n);
    if old_names == now_names {
        let retyped: Vec<&str> = old
            .iter()
            .filter(|(n, t)| now.iter().any(|(m, u)| m == n && u != t))
            .map(|(n, _)| n.as_str())
            .collect();
        return Some(if retyped.is_empty() {
            "its arguments were reordered".to_string()
        } else {
            format!("argument `{}` changed type", retyped.join("`, `"))
        });
    }
    let added: Vec<&str> = now
        .iter()
        .filter(|(n, _)| !has(old, n))
        .map(|(n, _)| n.as_str())
        .collect();
    let removed: Vec<&str> = old
        .iter()
        .filter(|(n, _)| !has(now, n))
        .map(|(n, _)| n.as_str())
        .collect();
    Some(match (added.is_empty(), removed.is_empty()) {
        (false, false) if added.len() == removed.len() => {
            format!(
                "argument `{}` was renamed to `{}`",
                removed.join("`, `"),
                added.join("`, `")
            )
        }
        (false, true) => format!("argument `{}` was added", added.join("`, `")),
        (true, false) => format!("argument `{}` was removed", removed.join("`, `")),
        _ => format!(
            "arguments `{}` were removed and `{}` added",
            removed.join("`, `"),
            added.join("`, `")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::params_break;

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn each_kind_of_argument_break_is_named() {
        let old = p(&[("minutes", "u32"), ("seconds", "u32")]);
        assert_eq!(params_break(&old, &old), None);
        for (now, says) in [
            (p(&[("seconds", "u32"), ("minutes", "u32")]), "reordered"),
            (
                p(&[("minutes", "u64"), ("seconds", "u32")]),
                "argument `minutes` changed type",
            ),
            (
                p(&[("minutes", "u32"), ("secs", "u32")]),
                "`seconds` was renamed to `secs`",
            ),
            (p(&[("minutes", "u32")]), "argument `seconds` was removed"),
            (
                p(&[("minutes", "u32"), ("seconds", "u32"), ("why", "Text")]),
                "argument `why` was added",
            ),
            (
                p(&[("a", "u32")]),
                "arguments `minutes`, `seconds` were removed and `a` added",
            ),
        ] {
            let found = params_break(&old, &now).unwrap();
            assert!(found.contains(says), "{found}");
        }
    }
}
