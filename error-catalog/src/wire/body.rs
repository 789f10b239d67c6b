//! The vendor's body shape: `{"error_code": "LOGIN.0001", "error_msg": "…"}`.

use alloc::string::String;

use super::Problem;
use crate::decode::Undecoded;

/// A catalog error as the vendor's body: `error_code` (the code, verbatim), `error_msg` (the
/// rendered message) and, when set, `request_id`. Nothing else: no arguments, no source.
///
/// With feature `serde` it serializes to that object (a generated error serializes the same
/// way on its own); with feature `axum` it is a response (`application/json`, the row's status,
/// `500` for a row without one). `E` may be a reference: `Body::new(&error)`.
#[derive(Debug, Clone)]
pub struct Body<E> {
    pub(crate) error: E,
    pub(crate) request_id: Option<String>,
}

// The two shapes hold the same things and differ only in how they serialize.
macro_rules! shape_methods {
    ($($shape:ident),*) => {$(
        impl<E> $shape<E> {
            /// The shape of `error` (`E` may be a reference).
            pub fn new(error: E) -> Self {
                $shape {
                    error,
                    request_id: None,
                }
            }

            /// Adds a `request_id` member.
            #[must_use]
            pub fn request_id(mut self, id: impl Into<String>) -> Self {
                self.request_id = Some(id.into());
                self
            }

            /// The error.
            pub fn error(&self) -> &E {
                &self.error
            }
        }
    )*};
}
shape_methods!(Body, Problem);

/// An error body as a client receives it, in either shape: the vendor's (`error_code`,
/// `error_msg`) or `application/problem+json` (`code`, `detail`). Unknown members are
/// ignored. With feature `serde` it deserializes; with `json`, `ErrorBody::from_json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorBody {
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) request_id: Option<String>,
}

impl ErrorBody {
    /// A body with this code and message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody {
            code: code.into(),
            message: message.into(),
            request_id: None,
        }
    }

    /// The error code, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The rendered message, verbatim.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `request_id` member, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Parses a JSON body. A leading UTF-8 byte-order mark is skipped, as lenient readers
    /// do: RFC 8259 forbids a sender to add one but lets a reader ignore it, and some
    /// gateways and Windows tools add it.
    #[cfg(feature = "json")]
    pub fn from_json(json: &[u8]) -> Result<Self, String> {
        let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
        serde_json::from_slice(json).map_err(|e| alloc::string::ToString::to_string(&e))
    }
}

impl From<Undecoded> for ErrorBody {
    fn from(undecoded: Undecoded) -> Self {
        ErrorBody::new(undecoded.code(), undecoded.message())
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::ErrorBody;

    #[test]
    fn a_byte_order_mark_before_the_body_is_skipped() {
        let body =
            ErrorBody::from_json(b"\xEF\xBB\xBF{\"error_code\":\"A.1\",\"error_msg\":\"x\"}");
        assert_eq!(body, Ok(ErrorBody::new("A.1", "x")));
        // Only one, and only at the start.
        assert!(ErrorBody::from_json(b"\xEF\xBB\xBF\xEF\xBB\xBF{}").is_err());
        assert!(
            ErrorBody::from_json(b" \xEF\xBB\xBF{\"error_code\":\"A\",\"error_msg\":\"x\"}")
                .is_err()
        );
    }
}
