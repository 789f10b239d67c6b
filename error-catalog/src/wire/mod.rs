//! What goes on the wire: the two body shapes a server sends, and the received body a
//! client decodes.
//!
//! - [`Body`]: the vendor's shape, `{"error_code": …, "error_msg": …}` with an optional
//!   `"request_id"`, served as `application/json`. Serializing a generated error gives this.
//! - [`Problem`]: RFC 9457 `application/problem+json`.
//! - [`ErrorBody`]: either shape, received; hand it to
//!   `Decode::decode_body` (feature `serde`) for the typed error.

/// `application/json`, the vendor body's media type.
pub const JSON: &str = "application/json";
/// `application/problem+json` (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

mod body;
#[cfg(feature = "serde")]
mod de;
mod problem;
#[cfg(feature = "serde")]
mod ser;

pub use body::{Body, ErrorBody};
#[cfg(feature = "utoipa")]
pub(crate) use problem::named;
pub use problem::{Problem, Title};

#[cfg(feature = "serde")]
#[doc(hidden)]
pub mod __hooks {
    pub use super::de::deserialize_error;
    pub use super::ser::serialize_error;
}
