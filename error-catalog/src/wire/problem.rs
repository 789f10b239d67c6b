//! RFC 9457 problem details: `application/problem+json`.

use alloc::string::String;
use core::fmt;

use crate::entry::Entry;
use crate::template::Piece;

/// A catalog error as RFC 9457 problem details. Members, all stable:
///
/// | member | value |
/// | --- | --- |
/// | `type` | the catalog's `docs_url` followed by the code (`https://example.com/errors/LOGIN.0001`); left out when the catalog has no `docs_url`, which RFC 9457 reads as `about:blank` |
/// | `title` | the row's message template, each placeholder shown as `{parameter}`: the same for every occurrence ([`Title`]) |
/// | `status` | the row's HTTP status (left out for a row without one) |
/// | `detail` | the rendered message, as `Display` prints it |
/// | `code` | the code, verbatim (extension) |
/// | `args` | an object of the arguments by parameter name, with their real types: a `u32` is a number (extension; `{}` for a row without parameters) |
/// | `request_id` | when set with [`Problem::request_id`] (extension) |
///
/// The arguments sit in one `args` member rather than beside the standard members so that a
/// parameter called `type` or `status` can never clash with them.
///
/// ```
/// # #[cfg(feature = "json")]
/// # fn main() {
/// use error_catalog::error_catalog;
/// use error_catalog::wire::Problem;
/// use serde_json::json;
///
/// #[error_catalog(docs_url = "https://example.com/errors/")]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///     }
/// }
///
/// let problem = Problem::new(iam::Login::locked(5, 30)).request_id("r-17");
/// assert_eq!(problem.error().to_string(), "Unlocked in 5 minutes and 30 seconds.");
/// assert_eq!(
///     serde_json::to_value(&problem).unwrap(),
///     json!({
///         "type": "https://example.com/errors/LOGIN.0001",
///         "title": "Unlocked in {minutes} minutes and {seconds} seconds.",
///         "status": 400,
///         "detail": "Unlocked in 5 minutes and 30 seconds.",
///         "code": "LOGIN.0001",
///         "args": {"minutes": 5, "seconds": 30},
///         "request_id": "r-17",
///     })
/// );
/// # }
/// # #[cfg(not(feature = "json"))]
/// # fn main() {}
/// ```
#[derive(Debug, Clone)]
pub struct Problem<E> {
    pub(crate) error: E,
    pub(crate) request_id: Option<String>,
}

/// A row's problem title: its message template with each placeholder written `{name}`
/// (`"… unlocked in {minutes} minutes and {seconds} seconds."`).
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::wire::Title;
///
/// #[error_catalog(docs_url = "https://example.com/errors/")]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///     }
/// }
///
/// let entry = iam::CATALOG.get("LOGIN.0001").unwrap();
/// assert_eq!(Title(entry).to_string(), "Unlocked in {minutes} minutes and {seconds} seconds.");
/// ```
pub struct Title(pub &'static Entry);

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params = self.0.params();
        for piece in self.0.message().pieces() {
            match piece {
                Piece::Lit(text) => f.write_str(text)?,
                Piece::Arg(i) => match params.get(i) {
                    Some(param) => write!(f, "{{{}}}", param.name())?,
                    None => f.write_str("{}")?,
                },
            }
        }
        Ok(())
    }
}
