//! What goes on the wire: the two body shapes a server sends, and the received body a
//! client decodes.
//!
//! - [`Body`]: the vendor's shape, `{"error_code": …, "error_msg": …}` with an optional
//!   `"request_id"`, served as `application/json`. Serializing a generated error gives this.
//! - [`Problem`]: RFC 9457 `application/problem+json`.
//! - [`ErrorBody`]: either shape, received; hand it to
//!   `Decode::decode_body` (feature `serde`) for the typed error.
//!
//! ```
//! # #[cfg(feature = "json")]
//! # fn main() {
//! use error_catalog::wire::{Body, ErrorBody, Problem};
//! use error_catalog::{error_catalog, Decode};
//!
//! #[error_catalog(docs_url = "https://example.com/errors/")]
//! mod iam {
//!     catalog! {
//!         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
//!             message: "Unlocked in {0} minutes and {1} seconds.";
//!     }
//! }
//!
//! let error = iam::Login::locked(5, 30);
//! // A server sends one of the two shapes (a generated error serializes as `Body`).
//! let vendor = serde_json::to_string(&Body::new(&error).request_id("r-17")).unwrap();
//! assert_eq!(
//!     vendor,
//!     r#"{"error_code":"LOGIN.0001","error_msg":"Unlocked in 5 minutes and 30 seconds.","request_id":"r-17"}"#
//! );
//! assert_eq!(serde_json::to_string(&error).unwrap(), serde_json::to_string(&Body::new(&error)).unwrap());
//! let problem = serde_json::to_string(&Problem::new(&error)).unwrap();
//!
//! // A client reads either one back.
//! for json in [vendor.as_bytes(), problem.as_bytes()] {
//!     let body = ErrorBody::from_json(json).unwrap();
//!     assert_eq!(body.code(), "LOGIN.0001");
//!     assert_eq!(iam::Error::decode_body(&body), Ok(error.clone().into()));
//! }
//! # }
//! # #[cfg(not(feature = "json"))]
//! # fn main() {}
//! ```

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
#[cfg(feature = "json")]
pub(crate) use de::RawBody;
#[cfg(feature = "utoipa")]
pub(crate) use problem::named;
pub use problem::{Problem, Title};

#[cfg(feature = "serde")]
#[doc(hidden)]
pub mod __hooks {
    pub use super::de::deserialize_error;
    pub use super::ser::serialize_error;
}
