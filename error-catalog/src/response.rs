//! axum responses (feature `axum`): the wire shapes, the causes wrapper and, through the
//! generated code, every catalog enum are `IntoResponse`.
//!
//! A generated error and [`Body`] answer with the vendor body as [`JSON`], [`Problem`] as
//! [`PROBLEM_JSON`], both with the row's status (`500` for a row without one);
//! [`WithSource`] answers as its error, without the cause; [`Undecoded`] as `502`.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use error_catalog::response::{JSON, PROBLEM_JSON};
//! use error_catalog::wire::Problem;
//! use error_catalog::{error_catalog, CatalogError, Decode};
//! use http::header::CONTENT_TYPE;
//!
//! #[error_catalog]
//! mod iam {
//!     catalog! {
//!         400 "LOGIN.0002" bad_credentials(remaining_attempts: u32)
//!             message: "Invalid password. Remaining attempts: {0}";
//!         503 "COM.0002" system_busy message: "System busy. Please try again later.";
//!     }
//! }
//!
//! let response = iam::Login::bad_credentials(2).into_response();
//! assert_eq!(response.status(), 400);
//! assert_eq!(response.headers()[CONTENT_TYPE], JSON);
//!
//! let problem = Problem::new(iam::Login::bad_credentials(2)).into_response();
//! assert_eq!(problem.status(), 400);
//! assert_eq!(problem.headers()[CONTENT_TYPE], PROBLEM_JSON);
//!
//! let cause = std::io::Error::other("replica timed out");
//! let caused = iam::Com::system_busy().with_source(cause).into_response();
//! assert_eq!(caused.status(), 503);
//!
//! let upstream = iam::Error::decode("BILLING.0042", "Card declined.").unwrap_err();
//! assert_eq!(upstream.into_response().status(), 502);
//! ```

use alloc::vec::Vec;

use axum_core::body::Body as ResponseBody;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderValue, CONTENT_TYPE};
use http::StatusCode;
use serde::Serialize;

use crate::decode::Undecoded;
use crate::error::CatalogError;
use crate::source::WithSource;
use crate::wire::{Body, Problem};

pub use crate::wire::{JSON, PROBLEM_JSON};

fn respond(status: StatusCode, content_type: &'static str, body: &impl Serialize) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => json_response(status, content_type, bytes),
        // Only an argument's own `Display` failing can get here: answer 500 without a body
        // rather than a half-written one.
        Err(_) => {
            let mut response = Response::new(ResponseBody::empty());
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
    }
}

fn json_response(status: StatusCode, content_type: &'static str, bytes: Vec<u8>) -> Response {
    let mut response = Response::new(ResponseBody::from(bytes));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The row's status; `500` for a row without one (a catalog without HTTP statuses).
fn status_of(error: &impl CatalogError) -> StatusCode {
    error
        .status()
        .map_or(StatusCode::INTERNAL_SERVER_ERROR, Into::into)
}

/// The vendor body as `application/json`, with the row's status.
impl<E: CatalogError> IntoResponse for Body<E> {
    fn into_response(self) -> Response {
        let response = respond(status_of(&self.error), JSON, &self);
        language(response, self.locale)
    }
}

/// Problem details as `application/problem+json`, with the row's status.
impl<E: CatalogError> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        let response = respond(status_of(&self.error), PROBLEM_JSON, &self);
        language(response, self.locale)
    }
}

/// A body in a chosen language says which (`Content-Language`) and that the choice came from
/// the request (`Vary: Accept-Language`, so that caches keep one answer per language).
fn language(mut response: Response, locale: Option<&'static str>) -> Response {
    if let Some(locale) = locale {
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(locale) {
            headers.insert(http::header::CONTENT_LANGUAGE, value);
        }
        headers.append(
            http::header::VARY,
            HeaderValue::from_static("accept-language"),
        );
    }
    response
}

/// The request's `Accept-Language` header, as an axum extractor (never rejects: a request
/// without one takes the catalog's own language). Answer in the best language a catalog
/// ships with [`AcceptLanguage::body`] or [`AcceptLanguage::problem`]: RFC 4647 lookup over
/// the header's ranges by q-value ([`crate::locale::negotiate`]).
///
/// ```
/// use axum_core::extract::FromRequestParts;
/// use axum_core::response::IntoResponse;
/// use error_catalog::error_catalog;
/// use error_catalog::response::AcceptLanguage;
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         404 "CART.0002" not_found message: "Cart not found.";
///         locale "zh-CN" { "CART.0002" message: "未找到购物车。"; }
///     }
/// }
///
/// let lang = AcceptLanguage::new("zh-Hans-CN, zh-CN;q=0.9, en;q=0.5");
/// assert_eq!(lang.negotiate(&shop::CATALOG), "zh-CN");
/// let response = lang.body(shop::Cart::not_found()).into_response();
/// assert_eq!(response.headers()["content-language"], "zh-CN");
/// assert_eq!(response.headers()["vary"], "accept-language");
/// assert_eq!(AcceptLanguage::new("fr").negotiate(&shop::CATALOG), "en");
/// ```
#[derive(Debug, Clone, Default)]
pub struct AcceptLanguage(alloc::string::String);

impl AcceptLanguage {
    /// The header's value (`"zh-CN, en;q=0.5"`).
    pub fn new(header: impl Into<alloc::string::String>) -> Self {
        AcceptLanguage(header.into())
    }

    /// The header as received; empty when there was none.
    pub fn header(&self) -> &str {
        &self.0
    }

    /// The best of `catalog`'s languages for this request, else the catalog's own.
    pub fn negotiate(&self, catalog: &crate::Catalog) -> &'static str {
        let available: Vec<&'static str> = catalog.locales().collect();
        crate::locale::negotiate(&self.0, &available, catalog.source_locale())
    }

    /// The vendor body of `error` in the negotiated language.
    pub fn body<E: CatalogError>(&self, error: E) -> Body<E> {
        let locale = self.negotiate(error.catalog());
        Body::new(error).in_locale(locale)
    }

    /// problem+json for `error` in the negotiated language.
    pub fn problem<E: CatalogError>(&self, error: E) -> Problem<E> {
        let locale = self.negotiate(error.catalog());
        Problem::new(error).in_locale(locale)
    }
}

impl<S: Send + Sync> axum_core::extract::FromRequestParts<S> for AcceptLanguage {
    type Rejection = core::convert::Infallible;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let header = (parts.headers.get_all(http::header::ACCEPT_LANGUAGE).iter())
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(", ");
        Ok(AcceptLanguage(header))
    }
}

/// The inner error's vendor body: the cause is dropped, never sent (log it before).
impl<E: CatalogError> IntoResponse for WithSource<E> {
    fn into_response(self) -> Response {
        Body::new(self.error()).into_response()
    }
}

/// A gateway that could not decode an upstream error forwards it unchanged, as `502`.
impl IntoResponse for Undecoded {
    fn into_response(self) -> Response {
        respond(StatusCode::BAD_GATEWAY, JSON, &self)
    }
}

/// What the generated `IntoResponse` impls call.
#[doc(hidden)]
pub fn into_response<E: CatalogError>(error: &E) -> Response {
    Body::new(error).into_response()
}
