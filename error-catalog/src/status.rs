//! A valid HTTP status code.

use core::fmt;

/// An HTTP status code, always inside `100..=599`.
///
/// Catalog rows carry one (or none, for catalogs such as SQLSTATE lists that have no HTTP
/// mapping). The range is checked when the catalog is compiled, so a `Status` taken from an
/// [`Entry`](crate::Entry) is always valid.
///
/// ```
/// use error_catalog::{InvalidStatus, Status};
///
/// let not_found = Status::new(404).unwrap();
/// assert_eq!(not_found.as_u16(), 404);
/// assert_eq!(u16::from(not_found), 404);
/// assert!(not_found.is_client_error() && !not_found.is_server_error());
/// assert_eq!(not_found.to_string(), "404");
/// assert_eq!(format!("{not_found:?}"), "Status(404)");
///
/// assert_eq!(Status::try_from(503).map(Status::is_server_error), Ok(true));
/// assert_eq!(Status::new(99), Err(InvalidStatus(99)));
/// assert_eq!(InvalidStatus(700).to_string(), "HTTP status 700 is outside 100..=599");
/// ```
///
/// A catalog's rows carry theirs:
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, Status};
///
/// #[error_catalog(status = none)]
/// mod pg {
///     catalog! {
///         "23505" Db::unique_violation message: "duplicate key value";
///         409 "40001" Db::serialization_failure message: "could not serialize access";
///     }
/// }
///
/// assert_eq!(pg::Db::unique_violation().status(), None);
/// assert_eq!(pg::Db::serialization_failure().status(), Status::new(409).ok());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(u16);

/// The value given to [`Status::new`] was outside `100..=599`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidStatus(pub u16);

impl Status {
    /// The lowest valid status, `100`.
    pub const MIN: u16 = 100;
    /// The highest valid status, `599`.
    pub const MAX: u16 = 599;

    /// Checks that `code` lies in `100..=599`.
    pub const fn new(code: u16) -> Result<Self, InvalidStatus> {
        if code >= Self::MIN && code <= Self::MAX {
            Ok(Status(code))
        } else {
            Err(InvalidStatus(code))
        }
    }

    /// The numeric code.
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// `true` for `4xx`.
    pub const fn is_client_error(self) -> bool {
        self.0 >= 400 && self.0 < 500
    }

    /// `true` for `5xx`.
    pub const fn is_server_error(self) -> bool {
        self.0 >= 500
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Status({})", self.0)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.0
    }
}

impl TryFrom<u16> for Status {
    type Error = InvalidStatus;
    fn try_from(code: u16) -> Result<Self, InvalidStatus> {
        Status::new(code)
    }
}

impl fmt::Display for InvalidStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP status {} is outside 100..=599", self.0)
    }
}

impl core::error::Error for InvalidStatus {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_enforced() {
        assert_eq!(Status::new(99), Err(InvalidStatus(99)));
        assert_eq!(Status::new(600), Err(InvalidStatus(600)));
        assert_eq!(Status::new(100).unwrap().as_u16(), 100);
        assert_eq!(Status::new(599).unwrap().as_u16(), 599);
        assert!(Status::new(404).unwrap().is_client_error());
        assert!(Status::new(503).unwrap().is_server_error());
    }
}
