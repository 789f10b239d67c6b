//! gRPC (feature `tonic`): every generated error is a [`tonic::Status`] in Google's error
//! model (AIP-193), and a received status decodes back into the typed error.
//!
//! A status carries:
//!
//! - **code**: the row's gRPC code. The table may set it, on a row (`#[grpc = "ABORTED"]`) or
//!   on a group (`group Cart { grpc: "ABORTED" }`); otherwise the row's HTTP status maps to
//!   it as `google.rpc.Code` documents ([`code_for_http`]);
//! - **message**: the rendered message, as `Display` prints it;
//! - **details** (`google.rpc.Status.details`, through tonic-types): an `ErrorInfo` whose
//!   `reason` is the code (`"LOGIN.0001"`), `domain` the catalog's
//!   ([`Catalog::domain`](crate::Catalog::domain)) and `metadata` the arguments by parameter
//!   name, each as `Display` renders it; and, when the catalog has a `docs_url`, a `Help`
//!   link to the code's page (the `docs_url` followed by the code), described by the row's
//!   solution (the code when it has none).
//!
//! A cause ([`WithSource`]) never reaches the client: only the error's own row and
//! arguments are sent.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::collections::HashMap;

use tonic::{Code, Status};
use tonic_types::{ErrorDetail, ErrorInfo, Help, LocalizedMessage, StatusExt};

use crate::decode::{decode_with, Decode, Reason, Undecoded};
use crate::entry::Entry;
use crate::error::CatalogError;
use crate::source::WithSource;

/// The gRPC code of an HTTP status, by the HTTP mappings `google.rpc.Code` documents, then
/// by the status's class for the statuses it does not list:
///
/// | HTTP | gRPC | |
/// | --- | --- | --- |
/// | 400 | `INVALID_ARGUMENT` | documented (also for `FAILED_PRECONDITION`, `OUT_OF_RANGE`) |
/// | 401 | `UNAUTHENTICATED` | documented |
/// | 403 | `PERMISSION_DENIED` | documented |
/// | 404 | `NOT_FOUND` | documented |
/// | 409 | `ABORTED` | documented for `ABORTED` and `ALREADY_EXISTS`: a conflict in general is the first; mark "already exists" rows `#[grpc = "ALREADY_EXISTS"]` |
/// | 429 | `RESOURCE_EXHAUSTED` | documented |
/// | 499 | `CANCELLED` | documented |
/// | 500 | `INTERNAL` | documented (also for `UNKNOWN`, `DATA_LOSS`) |
/// | 501 | `UNIMPLEMENTED` | documented |
/// | 503 | `UNAVAILABLE` | documented |
/// | 504 | `DEADLINE_EXCEEDED` | documented |
/// | 405 | `UNIMPLEMENTED` | the method is not served |
/// | 408 | `DEADLINE_EXCEEDED` | a timeout |
/// | 410 | `NOT_FOUND` | gone for good |
/// | 412, 428 | `FAILED_PRECONDITION` | a precondition |
/// | 416 | `OUT_OF_RANGE` | a range |
/// | 422 | `INVALID_ARGUMENT` | a bad request body |
/// | 502 | `UNAVAILABLE` | an upstream failed; retrying may help |
/// | other 4xx | `FAILED_PRECONDITION` | a client error that is not a bad argument |
/// | other 5xx | `INTERNAL` | a server error |
/// | 1xx–3xx, none | `UNKNOWN` | not an error status, or a catalog without statuses |
pub fn code_for_http(status: Option<crate::Status>) -> Code {
    let Some(status) = status else {
        return Code::Unknown;
    };
    match status.as_u16() {
        400 | 422 => Code::InvalidArgument,
        401 => Code::Unauthenticated,
        403 => Code::PermissionDenied,
        404 | 410 => Code::NotFound,
        409 => Code::Aborted,
        429 => Code::ResourceExhausted,
        499 => Code::Cancelled,
        405 | 501 => Code::Unimplemented,
        502 | 503 => Code::Unavailable,
        408 | 504 => Code::DeadlineExceeded,
        416 => Code::OutOfRange,
        400..=499 => Code::FailedPrecondition,
        500..=599 => Code::Internal,
        _ => Code::Unknown,
    }
}

impl Entry {
    /// The row's gRPC code: the one the table sets (`#[grpc = "…"]` on the row, `grpc: "…"`
    /// on its group), else its HTTP status's ([`code_for_http`]).
    pub fn grpc_code(&self) -> Code {
        match self.catalog().grpc_code_of(self.row()) {
            Some(number) => Code::from_i32(i32::from(number)),
            None => code_for_http(self.status()),
        }
    }

    /// The link to the row's documentation (the catalog's `docs_url` followed by the code).
    fn help(&self) -> Option<Help> {
        let url = self.catalog().docs_url()?;
        let description = match self.solution() {
            "" => self.code(),
            solution => solution,
        };
        let mut link = String::with_capacity(url.len() + self.code().len());
        link.push_str(url);
        link.push_str(self.code());
        Some(Help::with_link(description, link))
    }
}

/// The status for `error`: its gRPC code, rendered message, `ErrorInfo` and `Help` (see the
/// module's documentation). What the generated `From<…> for tonic::Status` impls call.
pub fn to_status<E: CatalogError + ?Sized>(error: &E) -> Status {
    status(error, None)
}

/// [`to_status`] with a `LocalizedMessage` for a person reading it: the message in `locale`
/// (each row's translation found along the tag's fallbacks, else the source's), tagged with
/// the locale it comes from. The status's own message stays the source's, for developers and
/// logs, as AIP-193 has it; the code and the `ErrorInfo` never change with the language.
pub fn to_status_in<E: CatalogError + ?Sized>(error: &E, locale: &str) -> Status {
    status(error, Some(locale))
}

fn status<E: CatalogError + ?Sized>(error: &E, locale: Option<&str>) -> Status {
    let entry = error.entry();
    let params = entry.params();
    let mut metadata = HashMap::with_capacity(params.len());
    for (i, param) in params.iter().enumerate() {
        if let Some(value) = error.arg(i) {
            metadata.insert(param.name().to_string(), value.to_string());
        }
    }
    let info = ErrorInfo::new(entry.code(), error.catalog().domain(), metadata);
    let mut details: Vec<ErrorDetail> = alloc::vec![info.into()];
    if let Some(help) = entry.help() {
        details.push(help.into());
    }
    if let Some(locale) = locale {
        let chosen = error.catalog().resolve_locale(locale);
        let text = crate::Rendered::new(entry.message_in(chosen), error).to_string();
        details.push(LocalizedMessage::new(chosen, text).into());
    }
    Status::with_error_details_vec(entry.grpc_code(), error.to_string(), details)
}

/// The inner error's status: the cause is dropped, never sent (log it before).
impl<E: CatalogError> From<WithSource<E>> for Status {
    fn from(error: WithSource<E>) -> Self {
        to_status(error.error())
    }
}

/// Decodes a received status into `T` (a generated enum); never panics.
///
/// - With an `ErrorInfo` of the catalog's domain: the row is its `reason` and each argument
///   its `metadata` entry of the parameter's name, parsed into the declared type. Nothing is
///   read from the message, so an argument containing any text comes back exactly.
/// - With an `ErrorInfo` of another domain: [`Reason::OtherDomain`].
/// - Without one (a server that sends only code and message): the rows with the status's
///   gRPC code whose message template matches the message, as
///   [`Decode::decode`] matches it; one row must match
///   ([`Reason::Ambiguous`] if several do, [`Reason::Mismatch`] if none does).
///
/// The [`Undecoded`] holds the `reason` (empty without `ErrorInfo`) and the message.
pub fn from_status<T: Decode>(status: &Status) -> Result<T, Undecoded> {
    let message = status.message();
    let Some(info) = status.get_details_error_info() else {
        return from_message(status.code(), message);
    };
    if info.domain != T::__catalog().domain() {
        return Err(Undecoded::new(
            info.reason,
            message,
            Reason::OtherDomain(info.domain),
        ));
    }
    let metadata = &info.metadata;
    decode_with(&info.reason, message, |entry, slots| {
        // Exactly the row's arguments: a status of a row with other parameters (another
        // version of the catalog) is not this row.
        if metadata.len() != slots.len() {
            return Err(Reason::Mismatch);
        }
        for (slot, param) in slots.iter_mut().zip(entry.params()) {
            *slot = metadata.get(param.name()).map(String::as_str);
        }
        Ok(())
    })
}

/// The message-only fallback: every row with this gRPC code whose template matches.
fn from_message<T: Decode>(code: Code, message: &str) -> Result<T, Undecoded> {
    let catalog = T::__catalog();
    let mut found = None;
    for entry in catalog {
        // `decode` tries every row of a shared code: once per code.
        let first = catalog
            .get_all(entry.code())
            .find(|e| e.grpc_code() == code);
        if first != Some(entry) {
            continue;
        }
        if let Ok(value) = T::decode(entry.code(), message) {
            if found.is_some() {
                return Err(Undecoded::new("", message, Reason::Ambiguous));
            }
            found = Some(value);
        }
    }
    found.ok_or_else(|| Undecoded::new("", message, Reason::Mismatch))
}
