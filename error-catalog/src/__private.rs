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

/// Joins the `const` chunks of a long static table (see `entries_table` in the macro's
/// `expand.rs`), in const context. The macro passes chunks whose lengths add up to `N`.
pub const fn concat<const N: usize>(chunks: &[&[crate::Entry]]) -> [crate::Entry; N] {
    let mut out = [chunks[0][0]; N];
    let mut i = 0;
    let mut c = 0;
    while c < chunks.len() {
        let mut j = 0;
        while j < chunks[c].len() {
            out[i] = chunks[c][j];
            i += 1;
            j += 1;
        }
        c += 1;
    }
    assert!(i == N, "the chunks' lengths add up to the table's");
    out
}
