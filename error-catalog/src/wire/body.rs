//! The vendor's body shape: `{"error_code": "LOGIN.0001", "error_msg": "…"}`.

use alloc::string::String;
use alloc::vec::Vec;

use super::Problem;
use crate::decode::Undecoded;

/// A catalog error as the vendor's body: `error_code` (the code, verbatim), `error_msg` (the
/// rendered message) and, when set, `request_id`. Nothing else: no arguments, no source.
///
/// With feature `serde` it serializes to that object (a generated error serializes the same
/// way on its own); with feature `axum` it is a response (`application/json`, the row's status,
/// `500` for a row without one). `E` may be a reference: `Body::new(&error)`.
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::wire::Body;
///
/// #[error_catalog(docs_url = "https://example.com/errors/")]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///     }
/// }
///
/// let error = iam::Login::locked(5, 30);
/// let body = Body::new(&error).request_id("r-17");
/// assert_eq!(body.error().to_string(), "Unlocked in 5 minutes and 30 seconds.");
/// # #[cfg(feature = "json")]
/// assert_eq!(
///     serde_json::to_string(&body).unwrap(),
///     r#"{"error_code":"LOGIN.0001","error_msg":"Unlocked in 5 minutes and 30 seconds.","request_id":"r-17"}"#
/// );
/// ```
#[derive(Debug, Clone)]
pub struct Body<E> {
    pub(crate) error: E,
    pub(crate) request_id: Option<String>,
    pub(crate) locale: Option<&'static str>,
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
                    locale: None,
                }
            }

            /// The language the texts were chosen in ([`Self::in_locale`]), `None` for the
            /// catalog's own.
            pub fn locale(&self) -> Option<&'static str> {
                self.locale
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

macro_rules! shape_locale {
    ($($shape:ident),*) => {$(
        impl<E: crate::CatalogError> $shape<E> {
            /// The texts in `locale` (`"zh-CN"`), each found along the tag's fallbacks, else
            /// the source's; the code and the arguments stay as they are. As a response, it
            /// says `Content-Language` (the locale the texts come from) and
            /// `Vary: Accept-Language`.
            #[must_use]
            pub fn in_locale(mut self, locale: &str) -> Self {
                self.locale = Some(self.error.catalog().resolve_locale(locale));
                self
            }
        }
    )*};
}
shape_locale!(Body, Problem);

/// An error body as a client receives it, in either shape: the vendor's (`error_code`,
/// `error_msg`) or `application/problem+json` (`code`, `detail`). Unknown members are
/// ignored. With feature `serde` it deserializes; with `json`, `ErrorBody::from_json`.
///
/// ```
/// use error_catalog::wire::ErrorBody;
/// use error_catalog::{error_catalog, Decode};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         404 "CART.0003" not_found message: "Cart not found.";
///     }
/// }
///
/// let body = ErrorBody::new("CART.0003", "Cart not found.");
/// assert_eq!((body.code(), body.message(), body.request_id()), ("CART.0003", "Cart not found.", None));
///
/// // What did not decode becomes a body again, to forward unchanged.
/// let undecoded = shop::Error::decode("CART.0009", "Cart locked.").unwrap_err();
/// assert_eq!(ErrorBody::from(undecoded), ErrorBody::new("CART.0009", "Cart locked."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorBody {
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) request_id: Option<String>,
    /// problem+json's `args` member, by name, each value as text (`5`, `true`, `alice`);
    /// `None` when the body has none (the vendor's shape).
    pub(crate) args: Option<Vec<(String, String)>>,
}

impl ErrorBody {
    /// A body with this code and message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody {
            code: code.into(),
            message: message.into(),
            request_id: None,
            args: None,
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

    /// problem+json's `args` member: each argument by name, its value as text; `None` for
    /// the vendor's shape, which carries only the rendered message.
    pub fn args(&self) -> Option<impl Iterator<Item = (&str, &str)>> {
        let args = self.args.as_ref()?;
        Some(args.iter().map(|(n, v)| (n.as_str(), v.as_str())))
    }

    /// The `request_id` member, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Parses a JSON body, in either shape; unknown members are ignored, and the vendor's
    /// members win over the problem+json ones when a body has both. A leading UTF-8
    /// byte-order mark is skipped, as lenient readers do: RFC 8259 forbids a sender to add
    /// one but lets a reader ignore it, and some gateways and Windows tools add it.
    ///
    /// ```
    /// use error_catalog::wire::ErrorBody;
    ///
    /// let body = ErrorBody::from_json(br#"{"error_code": "CART.0003", "error_msg": "Cart not found.", "request_id": "r-17", "extra": [1, 2]}"#).unwrap();
    /// assert_eq!((body.code(), body.message(), body.request_id()), ("CART.0003", "Cart not found.", Some("r-17")));
    ///
    /// let problem = ErrorBody::from_json(br#"{"title": "Cart not found.", "code": "CART.0003", "detail": "Cart not found."}"#).unwrap();
    /// assert_eq!(problem, ErrorBody::new("CART.0003", "Cart not found."));
    ///
    /// assert!(ErrorBody::from_json(br#"{"error_code": "CART.0003"}"#).unwrap_err().contains("error_msg"));
    /// ```
    #[cfg(feature = "json")]
    pub fn from_json(json: &[u8]) -> Result<Self, String> {
        super::de::RawBody::from_json(json).map(ErrorBody::from)
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
