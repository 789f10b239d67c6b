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
