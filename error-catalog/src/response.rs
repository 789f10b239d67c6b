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

/// `application/json`, the vendor body's media type.
pub const JSON: &str = "application/json";
/// `application/problem+json` (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

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
        respond(status_of(&self.error), JSON, &self)
    }
}

/// Problem details as `application/problem+json`, with the row's status.
impl<E: CatalogError> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        respond(status_of(&self.error), PROBLEM_JSON, &self)
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
