//! Declare a service's error catalog once, as a table, and get typed errors from it.
//!
//! [`#[error_catalog]`](error_catalog) goes on an inline module whose `catalog! { … }` table
//! holds the rows of an "Error Codes" page: HTTP status, code, message, description and
//! solution, pasted verbatim. Every row is checked at compile time, and the module gets:
//!
//! - one enum per group of codes (`Login` for `LOGIN.0001`), a variant and a constructor per
//!   row, with `Display` (the message), `Debug` and `core::error::Error`;
//! - the module's error enum (`Error`), which every group converts into, so `?` works;
//! - `CATALOG`, the static [`Catalog`] of every row, with lookup by code and the exports
//!   (Markdown, CSV, HTML, JSON, [`explain`](Catalog::explain));
//! - [`CatalogError`] (code, status, row, rendered texts, arguments) and [`Decode`] (a code
//!   and a message received by a client, back into the typed error) for every enum;
//! - each row's [`Lifecycle`] (`#[since]`, `#[deprecated]`, `#[retired]`) and, with
//!   `lock = "errors.lock"`, a check on every build that no shipped code changed in a way
//!   clients would notice ([`Catalog::changes`] lists what did change).
//!
//! ```
//! use error_catalog::{error_catalog, CatalogError};
//!
//! #[error_catalog]
//! pub mod iam {
//!     catalog! {
//!         /// Too many failed sign-ins.
//!         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
//!             message: "It will be unlocked in {0} minutes and {1} seconds.",
//!             solution: "Unlock and try again.";
//!         404 "APP.0001" not_found
//!             message: "Application does not exist.",
//!             description: "No application has this ID.";
//!     }
//! }
//!
//! fn sign_in() -> Result<(), iam::Error> {
//!     Err(iam::Login::locked(5, 30))? // any group converts into `iam::Error`
//! }
//!
//! let error = sign_in().unwrap_err();
//! assert_eq!(error.code(), "LOGIN.0001");
//! assert_eq!(error.status().map(|status| status.as_u16()), Some(400));
//! assert_eq!(error.to_string(), "It will be unlocked in 5 minutes and 30 seconds.");
//! assert_eq!(error.solution(), "Unlock and try again.");
//! assert_eq!(error, iam::Error::Login(iam::Login::Locked { minutes: 5, seconds: 30 }));
//!
//! // The registry: every row in table order, found by code.
//! let row = iam::CATALOG.get("APP.0001").unwrap();
//! assert_eq!(row.description().source(), "No application has this ID.");
//! assert_eq!(iam::CATALOG.iter().map(|row| row.code()).collect::<Vec<_>>(), ["LOGIN.0001", "APP.0001"]);
//!
//! // A client turns what it received back into the typed error.
//! let received = iam::Error::decode("LOGIN.0001", "It will be unlocked in 1 minutes and 2 seconds.");
//! assert_eq!(received, Ok(iam::Login::locked(1, 2).into()));
//! ```
//!
//! # The table
//!
//! ```text
//! table   := item*
//! item    := group | row
//! row     := attr* STATUS? "CODE" (Group::)?name params? column ("," column)* ";"
//! attr    := doc | #[dialect = "printf"] | #[shared_code] | #[since = "1.2.0"]
//!          | #[deprecated…] | #[retired(since = "1.3.0", note = "…")]
//! params  := "(" param ("," param)* ")"          param := name (":" Type)?
//! column  := message: "…" | description: "…" | solution: "…"
//! group   := doc* "group" Name "{" (status: 400 | prefix: "LOGIN"),* "}"
//! ```
//!
//! A row's group is the code's prefix before its last `.`, in CamelCase, unless the row names
//! one; `{0}` and `{name}` are placeholders (other notations with `dialect`); a parameter
//! without a type is a [`Text`], a typed one any [`Arg`]. The attribute takes `error = Name`,
//! `status = 400` or `status = none`, `dialect = "printf"`, `group = Name`,
//! `file = "errors.tsv"`, `derive(…)`, `crate = path`, `docs_url = "…"` and
//! `lock = "errors.lock"`. The repository's
//! README describes each, and every diagnostic.
//!
//! # Features
//!
//! | feature | gives |
//! |---|---|
//! | `std` (default) | nothing extra; without it the crate is `no_std` + `alloc`, decoding and causes included |
//! | `serde` | `Serialize` / `Deserialize` for the generated enums and the [`wire`] shapes |
//! | `json` | `serde`, plus `Decode::from_json`, `wire::ErrorBody::from_json` and `Catalog::to_json` |
//! | `http` | `http::StatusCode` from [`Status`], `CatalogError::http_status` |
//! | `axum` | `IntoResponse` for the generated enums and the [`wire`] shapes (see `response`); turns on `std`, `json` and `http` |
#![no_std]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod catalog;
mod decode;
mod entry;
mod error;
mod export;
mod hooks;
mod impls;
mod lifecycle;
mod list;
#[cfg(feature = "axum")]
pub mod response;
mod source;
mod status;
#[cfg(feature = "http")]
mod status_http;
mod table;
mod template;
mod value;
pub mod wire;

pub use catalog::Catalog;
pub use decode::{Captures, Decode, Reason, Undecoded};
pub use entry::{Entry, Param, Params, ParamsIter};
pub use error::{Args, CatalogError, Rendered};
pub use export::Explanation;
pub use lifecycle::{Change, ChangeKind, Lifecycle};
pub use source::{Source, WithSource};
pub use status::{InvalidStatus, Status};
pub use template::{Piece, Pieces, PiecesIter, Template};
pub use value::{Arg, Text, Value};

pub use error_catalog_macros::error_catalog;

#[doc(hidden)]
pub mod __private;
