//! The trait every generated error type implements.

use core::fmt;

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::status::Status;
use crate::template::Template;
use crate::value::Value;

/// An error defined by a catalog row: implemented by every group enum and by the module's
/// error enum that `#[error_catalog]` generates.
///
/// Everything a transport or a log needs is here: the row ([`CatalogError::entry`]), the
/// arguments ([`CatalogError::arg`]), and rendered text. `Display` renders the message.
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, Value};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         409 "CART.0001" out_of_stock(left: u32, item)
///             message: "Only {0} left of {item}.",
///             description: "The shop has {left} of {item} in stock.",
///             solution: "Lower the quantity.";
///     }
/// }
///
/// let error = shop::Cart::out_of_stock(3, "apples");
/// assert_eq!(error.code(), "CART.0001");
/// assert_eq!(error.status().unwrap().as_u16(), 409);
/// assert_eq!(error.to_string(), "Only 3 left of apples.");
/// assert_eq!(error.message().to_string(), "Only 3 left of apples.");
/// assert_eq!(error.description().to_string(), "The shop has 3 of apples in stock.");
/// assert_eq!(error.solution(), "Lower the quantity.");
///
/// // The row itself, from the catalog's static table.
/// assert_eq!(error.entry().message().source(), "Only {0} left of {item}.");
/// assert_eq!(error.entry().group(), "Cart");
/// assert_eq!(error.catalog().name(), "shop");
///
/// // The arguments, numbers as numbers.
/// assert!(matches!(error.arg(0), Some(Value::UInt(3))));
/// let names: Vec<&str> = error.args().map(|(name, _)| name).collect();
/// assert_eq!(names, ["left", "item"]);
/// ```
///
/// A trait object renders its description through [`Rendered::new`] (its message is its
/// `Display`):
///
/// ```
/// # use error_catalog::{error_catalog, CatalogError, Rendered};
/// # #[error_catalog]
/// # mod shop {
/// #     catalog! {
/// #         404 "CART.0003" not_found
/// #             message: "Cart {0} not found.",
/// #             description: "No cart has the ID {0}.";
/// #     }
/// # }
/// let error: Box<dyn CatalogError + Send + Sync> = Box::new(shop::Cart::not_found("c-17"));
/// assert_eq!(error.to_string(), "Cart c-17 not found.");
/// let description = Rendered::new(error.entry().description(), &*error);
/// assert_eq!(description.to_string(), "No cart has the ID c-17.");
/// ```
pub trait CatalogError: fmt::Debug + fmt::Display {
    /// The catalog the error's row belongs to.
    fn catalog(&self) -> &'static Catalog {
        self.entry().catalog()
    }

    /// The error's row.
    fn entry(&self) -> &'static Entry;

    /// The argument for the parameter at `index` of [`Entry::params`], or `None` past the end.
    /// (Provided for types whose rows have no parameters.)
    fn arg(&self, index: usize) -> Option<Value<'_>> {
        let _ = index;
        None
    }

    /// The code (`"LOGIN.0001"`).
    fn code(&self) -> &'static str {
        self.entry().code()
    }

    /// The HTTP status, or `None` in a catalog without HTTP statuses.
    fn status(&self) -> Option<Status> {
        self.entry().status()
    }

    /// The solution text, verbatim.
    fn solution(&self) -> &'static str {
        self.entry().solution()
    }

    /// The HTTP status as `http::StatusCode`, or `None` in a catalog without HTTP statuses.
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         404 "CART.0003" not_found message: "Cart not found.";
    ///     }
    /// }
    ///
    /// assert_eq!(shop::Cart::not_found().http_status(), Some(http::StatusCode::NOT_FOUND));
    /// ```
    #[cfg(feature = "http")]
    fn http_status(&self) -> Option<http::StatusCode> {
        self.status().map(Into::into)
    }

    /// This error caused by `source`: reported by `Error::source()`, never displayed or
    /// serialized. See [`WithSource`](crate::WithSource).
    ///
    /// ```
    /// use core::error::Error as _;
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog]
    /// mod db {
    ///     catalog! {
    ///         503 "COM.0002" system_busy message: "System busy. Please try again later.";
    ///     }
    /// }
    ///
    /// let cause = std::io::Error::other("replica timed out");
    /// let error = db::Com::system_busy().with_source(cause);
    /// assert_eq!(error.to_string(), "System busy. Please try again later.");
    /// assert_eq!(error.source().unwrap().to_string(), "replica timed out");
    /// ```
    fn with_source(self, source: impl Into<crate::Source>) -> crate::WithSource<Self>
    where
        Self: Sized,
    {
        crate::WithSource::new(self, source)
    }

    /// The rendered message (what `Display` prints).
    fn message(&self) -> Rendered<'_, Self>
    where
        Self: Sized,
    {
        Rendered::new(self.entry().message(), self)
    }

    /// The rendered description, with the same arguments as the message.
    fn description(&self) -> Rendered<'_, Self>
    where
        Self: Sized,
    {
        Rendered::new(self.entry().description(), self)
    }

    /// The arguments with their parameter names, in parameter order.
    fn args(&self) -> Args<'_, Self>
    where
        Self: Sized,
    {
        Args {
            error: self,
            params: self.entry().params(),
            next: 0,
        }
    }
}

/// A reference is the error it points to: `Body::new(&error)` borrows.
impl<E: CatalogError + ?Sized> CatalogError for &E {
    fn catalog(&self) -> &'static Catalog {
        (**self).catalog()
    }
    fn entry(&self) -> &'static Entry {
        (**self).entry()
    }
    fn arg(&self, index: usize) -> Option<Value<'_>> {
        (**self).arg(index)
    }
}

// The rendering helpers need `Self: Sized` on the trait (they borrow `self` as a concrete
// type); these give trait objects the same methods.
macro_rules! dyn_helpers {
    ($($ty:ty),*) => {$(
        impl $ty {
            /// The rendered message (what `Display` prints).
            pub fn message(&self) -> Rendered<'_, Self> {
                Rendered::new(self.entry().message(), self)
            }

            /// The rendered description, with the same arguments as the message.
            pub fn description(&self) -> Rendered<'_, Self> {
                Rendered::new(self.entry().description(), self)
            }

            /// The arguments with their parameter names, in parameter order.
            pub fn args(&self) -> Args<'_, Self> {
                Args {
                    error: self,
                    params: self.entry().params(),
                    next: 0,
                }
            }
        }
    )*};
}
dyn_helpers!(dyn CatalogError + '_, dyn CatalogError + Send + Sync + '_);

/// A template rendered with an error's arguments, on demand: `Display`, or `to_string()`.
///
/// Made by [`CatalogError::message`] and [`CatalogError::description`]; nothing is rendered
/// until it is displayed, so writing it into a buffer allocates nothing of its own.
///
/// ```
/// use core::fmt::Write as _;
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0002" bad_credentials(remaining: u32)
///             message: "Invalid password. Remaining attempts: {0}",
///             description: "{0} attempts remain before the account is locked.";
///     }
/// }
///
/// let error = iam::Login::bad_credentials(2);
/// let mut line = String::from("login failed: ");
/// write!(line, "{}", error.message()).unwrap();
/// assert_eq!(line, "login failed: Invalid password. Remaining attempts: 2");
/// assert_eq!(
///     format!("{:?}", error.description()),
///     "\"2 attempts remain before the account is locked.\""
/// );
/// ```
pub struct Rendered<'a, E: ?Sized> {
    template: Template,
    error: &'a E,
}

impl<'a, E: ?Sized> Rendered<'a, E> {
    /// Pairs a template with the error whose arguments fill it.
    pub fn new(template: Template, error: &'a E) -> Self {
        Rendered { template, error }
    }
}

impl<E: CatalogError + ?Sized> fmt::Display for Rendered<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.template.render(f, |i| self.error.arg(i))
    }
}

impl<E: CatalogError + ?Sized> fmt::Debug for Rendered<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&alloc::format!("{self}"), f)
    }
}

/// The arguments of an error: `(parameter name, value)` pairs in parameter order, made by
/// [`CatalogError::args`]. Values keep their kind ([`Value`]): numbers stay numbers.
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, Value};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///     }
/// }
///
/// let error = iam::Login::locked(5, 30);
/// let args: Vec<(&str, String)> =
///     error.args().map(|(name, value)| (name, value.to_string())).collect();
/// assert_eq!(args, [("minutes", "5".to_string()), ("seconds", "30".to_string())]);
/// assert!(error.args().all(|(_, value)| matches!(value, Value::UInt(_))));
/// ```
pub struct Args<'a, E: ?Sized> {
    error: &'a E,
    params: crate::Params,
    next: usize,
}

impl<'a, E: CatalogError + ?Sized> Iterator for Args<'a, E> {
    type Item = (&'static str, Value<'a>);
    fn next(&mut self) -> Option<Self::Item> {
        let param = self.params.get(self.next)?;
        let value = self.error.arg(self.next)?;
        self.next += 1;
        Some((param.name(), value))
    }
}
