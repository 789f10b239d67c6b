//! Cross-row checks: duplicate codes and names, collisions with generated items.

use super::*;
use crate::front::items::Kind;
use crate::hash::{self, FnvMap};

/// Reports every row whose code an earlier row already has, unless each row with the code is
/// marked `#[shared_code]`; returns the reported rows' indexes. A marked row whose code is
/// unique is reported too, so the mark stays truthful, unless a row with its code failed
/// (in `failed`, reported already). The errors are the rows': the others are still generated.
pub(super) fn check_duplicate_codes(
    rows: &[Row],
    failed: &[String],
    errors: &mut Errors,
) -> Vec<usize> {
    /// For each code: its first row, how many rows have it, how many of them are unmarked.
    struct Seen {
        first: usize,
        count: usize,
        unmarked: usize,
    }
    // One lookup per row: each row keeps the index of its code's `Seen`.
    let mut by_code: FnvMap<&str, usize> = hash::map_with_capacity(rows.len());
    let mut seen: Vec<Seen> = Vec::with_capacity(rows.len());
    let mut slots = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let slot = *by_code.entry(&row.code).or_insert_with(|| {
            seen.push(Seen {
                first: i,
                count: 0,
                unmarked: 0,
            });
            seen.len() - 1
        });
        seen[slot].count += 1;
        seen[slot].unmarked += usize::from(row.shared_code.is_none());
        slots.push(slot);
    }
    let mut duplicates = Vec::new();
    for ((i, row), &slot) in rows.iter().enumerate().zip(&slots) {
        let same = &seen[slot];
        match (same.count, row.shared_code) {
            (1, Some(_)) if failed.contains(&row.code) => {}
            (1, Some(span)) => {
                duplicates.push(i);
                errors.row_span(
                    span,
                    format!(
                        "{}: `#[shared_code]` but no other row has code `{}`; remove the attribute",
                        row.whose(),
                        row.code
                    ),
                );
            }
            (1, None) | (_, Some(_)) => {}
            (_, None) => {
                let first = &rows[same.first];
                if same.first != i {
                    errors.row_span(
                        row.code_span,
                        format!(
                            "{}: duplicate code; row `{}` already has code `{}`; give each row its own code, or, if the vendor really uses it for several rows, mark each of them `#[shared_code]`",
                            row.whose(), first.ctor, row.code
                        ),
                    );
                    duplicates.push(i);
                } else if same.unmarked == 1 {
                    // The later rows are all marked: this first one is the one to fix.
                    duplicates.push(i);
                    errors.row_span(
                        row.code_span,
                        format!("{}: code `{}` is shared with rows marked `#[shared_code]`; mark this row `#[shared_code]` too", row.whose(), row.code),
                    );
                }
            }
        }
    }
    duplicates
}

/// Names must be unique within a group; a row already reported as a duplicate code is
/// left out (a copied row would otherwise be reported twice). Returns the reported rows'
/// indexes (the later of each pair: the earlier one is still generated).
pub(super) fn check_duplicate_names(
    rows: &[Row],
    groups: &[Group],
    skip: &[usize],
    errors: &mut Errors,
) -> Vec<usize> {
    let mut reported = Vec::new();
    // One map for all groups, emptied between them (keeping its allocation).
    let mut seen: FnvMap<&str, &Row> = FnvMap::default();
    for group in groups {
        seen.clear();
        for &i in group.rows.iter().filter(|i| !skip.contains(i)) {
            let row = &rows[i];
            let variant = row.variant_name.as_str();
            if let Some(earlier) = seen.get(variant) {
                let what = if earlier.ctor == row.ctor {
                    format!("the name `{}`", row.ctor)
                } else {
                    format!(
                        "the name `{}` makes variant `{}`, as `{}`",
                        row.ctor, row.variant, earlier.ctor
                    )
                };
                reported.push(i);
                errors.row_at(
                    &row.ctor,
                    format!(
                        "{}: {what} is already used in group `{}` by row {}; names must be unique within a group, so rename one of them",
                        row.whose(), group.ident, earlier.code
                    ),
                );
            } else {
                seen.insert(variant, row);
            }
        }
    }
    reported
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Namespace {
    Type,
    Value,
}

/// Generated items must not collide with each other or with the module's own items. Types
/// (the enums) and values (the statics) live in separate namespaces, as in rustc.
pub(super) fn check_generated_names(
    groups: &[Group],
    rows: &[Row],
    error_name: &Ident,
    module: &Module,
    errors: &mut Errors,
) {
    let mut generated: Vec<(String, Namespace, String)> = groups
        .iter()
        .map(|g| {
            (
                names::name_of(&g.ident),
                Namespace::Type,
                format!("group enum `{}`", g.ident),
            )
        })
        .collect();
    for group in groups {
        if names::same_name(&group.ident, &error_name.to_string()) {
            let prefix = group
                .rows
                .first()
                .and_then(|&i| names::code_prefix(&rows[i].code))
                .filter(|p| {
                    names::upper_camel(p).is_some_and(|n| names::same_name(&group.ident, &n))
                });
            let module_enum = names::upper_camel(&names::name_of(&module.ident))
                .map(|m| format!("{m}Error"))
                .filter(|n| !names::same_name(&group.ident, n))
                .unwrap_or_else(|| "CatalogError".to_string());
            let fix = match prefix {
                Some(prefix) => format!("rename the enum with `#[error_catalog(error = {module_enum})]`, or map the prefix to another group name: `group {}Group {{ prefix: \"{prefix}\" }}`", group.ident),
                None => format!("rename the enum with `#[error_catalog(error = {module_enum})]`, or rename the group"),
            };
            let from = match prefix {
                Some(prefix) => format!(" (from the code prefix `{prefix}`)"),
                None => String::new(),
            };
            errors.at(
                &group.ident,
                format!(
                    "group `{}`{from} has the same name as the module's error enum `{error_name}`; {fix}",
                    group.ident
                ),
            );
        }
    }
    generated.push((
        names::name_of(error_name),
        Namespace::Type,
        format!("error enum `{error_name}`"),
    ));
    generated.push((
        "CATALOG".into(),
        Namespace::Value,
        "static `CATALOG`".into(),
    ));
    for item in &module.items {
        use Namespace::{Type, Value};
        if item.kind == Kind::Use {
            // An imported name clashes just like a defined one (E0255); it may be a type or a
            // value, so both namespaces count. Glob imports are shadowed, so they never clash.
            for ident in item.imported() {
                if let Some((_, _, what)) = generated
                    .iter()
                    .find(|(name, _, _)| names::same_name(&ident, name))
                {
                    errors.at(&ident, format!("the import `{ident}` collides with the {what} that `#[error_catalog]` generates in this module; import it under another name (`use … as Other{};`), or refer to it by path", names::name_of(&ident)));
                }
            }
            continue;
        }
        let spaces: &[Namespace] = match item.kind {
            // A unit or tuple struct is also a value (its constructor).
            Kind::Struct if item.braced => &[Type],
            Kind::Struct => &[Type, Value],
            Kind::Enum | Kind::Type | Kind::Union | Kind::Trait | Kind::Mod => &[Type],
            Kind::Static | Kind::Const | Kind::Fn => &[Value],
            _ => continue,
        };
        let Some(ident) = &item.ident else {
            continue;
        };
        let clash = generated
            .iter()
            .find(|(name, space, _)| names::same_name(ident, name) && spaces.contains(space));
        if let Some((_, _, what)) = clash {
            errors.at(ident, format!("`{ident}` collides with the {what} that `#[error_catalog]` generates in this module; rename this item"));
        }
    }
}
