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
    error.entry().message().render(f, |i| error.arg(i))
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
