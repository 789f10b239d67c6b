//! Causes: a catalog error paired with the error that caused it.
//!
//! The generated variants have no room for a cause (their fields are the message's
//! arguments, and users match on them), so the cause lives in a wrapper. It is reported by
//! `Error::source()` and by `Debug`, for logs; `Display`, serialization and responses show
//! only the catalog error, so an internal error's text never reaches a client.
//!
//! Conversions: from any generated error without a cause, into `WithSource` of its catalog's
//! module enum (`iam::Login` and `iam::Error` both into `WithSource<iam::Error>`; one blanket
//! impl over [`Decode`]), so `?` works in a function returning
//! `Result<_, WithSource<iam::Error>>`. A blanket `From<WithSource<E>> for WithSource<F>`
//! would collide with the standard `From<T> for T`, and the per-catalog version is an
//! orphan impl, so moving a cause between error types is the explicit
//! [`WithSource::convert`].

use alloc::boxed::Box;
use core::error::Error;
use core::fmt;

use crate::catalog::Catalog;
use crate::decode::Decode;
use crate::entry::Entry;
use crate::error::CatalogError;
use crate::value::Value;

/// A boxed cause.
pub type Source = Box<dyn Error + Send + Sync + 'static>;

/// A catalog error with an optional cause: made by
/// [`CatalogError::with_source`](crate::CatalogError::with_source) or, without a cause, by
/// `From`. Behaves as the inner error everywhere except `Error::source()` (the cause) and
/// `Debug` (which shows it).
///
/// ```
/// use core::error::Error as _;
/// use error_catalog::{error_catalog, CatalogError, WithSource};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         404 "ORG.0001" not_found message: "Organization does not exist.";
///         503 "COM.0002" system_busy message: "System busy. Please try again later.";
///     }
/// }
///
/// fn find_org(id: u32) -> Result<(), WithSource<iam::Error>> {
///     if id == 0 {
///         // Without a cause: `?` converts any group error.
///         Err(iam::Org::not_found())?;
///     }
///     let cause = std::io::Error::other("replica timed out");
///     // With one: `convert` moves a group error into the module enum, keeping the cause.
///     Err(iam::Com::system_busy().with_source(cause).convert())
/// }
///
/// let missing = find_org(0).unwrap_err();
/// assert_eq!(missing.code(), "ORG.0001");
/// assert!(missing.cause().is_none());
///
/// let busy = find_org(7).unwrap_err();
/// // What a client sees: the catalog error only.
/// assert_eq!(busy.to_string(), "System busy. Please try again later.");
/// assert_eq!(busy.status().unwrap().as_u16(), 503);
/// // What the logs see: the cause too.
/// assert_eq!(busy.source().unwrap().to_string(), "replica timed out");
/// assert!(format!("{busy:?}").contains("replica timed out"));
///
/// let (error, cause) = busy.into_parts();
/// assert_eq!(error, iam::Com::system_busy().into());
/// assert!(cause.is_some());
/// ```
pub struct WithSource<E> {
    error: E,
    source: Option<Source>,
}

impl<E> WithSource<E> {
    /// `error` caused by `source`.
    pub fn new(error: E, source: impl Into<Source>) -> Self {
        WithSource {
            error,
            source: Some(source.into()),
        }
    }

    /// The catalog error.
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The cause, if any.
    pub fn cause(&self) -> Option<&(dyn Error + Send + Sync + 'static)> {
        self.source.as_deref()
    }

    /// The catalog error, dropping the cause.
    pub fn into_inner(self) -> E {
        self.error
    }

    /// The catalog error and the cause.
    pub fn into_parts(self) -> (E, Option<Source>) {
        (self.error, self.source)
    }

    /// Converts the catalog error (a group enum into the module enum), keeping the cause.
    pub fn convert<F: From<E>>(self) -> WithSource<F> {
        WithSource {
            error: F::from(self.error),
            source: self.source,
        }
    }
}

/// Any generated error, without a cause, as its catalog's module error: `WithSource<E>` from
/// `E` itself and from each of its groups (one impl for all, instead of one per group).
impl<G: Decode> From<G> for WithSource<G::__Module>
where
    G::__Module: From<G>,
{
    #[inline]
    fn from(error: G) -> Self {
        WithSource {
            error: From::from(error),
            source: None,
        }
    }
}

impl<E: CatalogError> CatalogError for WithSource<E> {
    fn catalog(&self) -> &'static Catalog {
        self.error.catalog()
    }
    fn entry(&self) -> &'static Entry {
        self.error.entry()
    }
    fn arg(&self, index: usize) -> Option<Value<'_>> {
        self.error.arg(index)
    }
}

/// The catalog error's message only: the cause is not part of what the client sees.
impl<E: fmt::Display> fmt::Display for WithSource<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl<E: fmt::Debug> fmt::Debug for WithSource<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WithSource")
            .field("error", &self.error)
            .field("source", &self.source)
            .finish()
    }
}

impl<E: fmt::Debug + fmt::Display> Error for WithSource<E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|s| s as &(dyn Error + 'static))
    }
}
