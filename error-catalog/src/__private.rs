//! Paths used by the code `#[error_catalog]` generates. Not public API: it changes with the
//! macro, which is pinned to this exact version of the runtime.

pub use core;

#[cfg(feature = "axum")]
pub use crate::response::into_response;
#[cfg(feature = "serde")]
pub use crate::wire::__hooks::{deserialize_error, serialize_error};
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "serde")]
pub use serde;

use core::fmt;

use crate::error::CatalogError;

/// `Display` for every generated type: one shared renderer instead of a `write!` per row.
#[inline]
pub fn fmt_message<E: CatalogError + ?Sized>(error: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    error.entry().render_message(f, |i| error.arg(i))
}

/// `Debug` for every group enum, as `derive(Debug)` prints a variant (`Locked { minutes: 5,
/// seconds: 30 }`), from the row's names and the arguments: one shared function instead of
/// a match arm per variant. Arguments print as their [`Value`](crate::Value)'s `Debug`.
pub fn fmt_debug<E: CatalogError + ?Sized>(error: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let entry = error.entry();
    let params = entry.params();
    if params.is_empty() {
        return f.write_str(entry.variant());
    }
    let mut fields = f.debug_struct(entry.variant());
    for (i, param) in params.iter().enumerate() {
        if let Some(value) = error.arg(i) {
            fields.field(param.name(), &value);
        }
    }
    fields.finish()
}

pub use crate::table::Table;

/// The entries of a generated catalog: row `i` of `table` at index `i`. One loop in const
/// instead of a struct literal per row (see `table.rs`).
pub const fn entries<const N: usize>(table: &'static Table) -> [crate::Entry; N] {
    let mut out = [crate::Entry::__new(table, 0); N];
    let mut i = 0;
    while i < N {
        out[i] = crate::Entry::__new(table, i as u32);
        i += 1;
    }
    out
}

pub use crate::lifecycle::RowLife;
