//! Declare a service's error catalog once, as a table, and get typed errors from it.
//!
//! See the crate README for the table grammar, the generated API and the diagnostics.
//!
//! Features: `std` (default; without it the crate is `no_std` + `alloc`), `serde`
//! (`Serialize`/`Deserialize` for generated errors and the [`wire`] shapes), `json`
//! (`from_json`), `http` (`http::StatusCode`), `axum` (`IntoResponse`), `tonic`
//! (`tonic::Status` and `from_status`, [`grpc`]), `utoipa` (OpenAPI schemas and responses,
//! [`openapi`]). Decoding received
//! errors ([`Decode`]) and causes ([`WithSource`]) need none.
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
#[cfg(feature = "tonic")]
pub mod grpc;
mod hooks;
mod impls;
mod list;
#[cfg(feature = "utoipa")]
pub mod openapi;
mod phf;
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
pub use source::{Source, WithSource};
pub use status::{InvalidStatus, Status};
pub use template::{Piece, Pieces, PiecesIter, Template};
pub use value::{Arg, Text, Value};

pub use error_catalog_macros::error_catalog;

#[doc(hidden)]
pub mod __private;
