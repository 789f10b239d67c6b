//! Declare a service's error catalog once, as a table, and get typed errors from it.
//!
//! See the crate README for the table grammar, the generated API and the diagnostics.
#![no_std]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod catalog;
mod entry;
mod error;
mod export;
mod status;
mod template;
mod value;

pub use catalog::Catalog;
pub use entry::{Entry, Param};
pub use error::{Args, CatalogError, Rendered};
pub use export::Explanation;
pub use status::{InvalidStatus, Status};
pub use template::{Piece, Template};
pub use value::{Arg, Text, Value};

pub use error_catalog_macros::error_catalog;

#[doc(hidden)]
pub mod __private;
