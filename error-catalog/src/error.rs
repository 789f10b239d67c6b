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
    #[cfg(feature = "http")]
    fn http_status(&self) -> Option<http::StatusCode> {
        self.status().map(Into::into)
    }

    /// This error caused by `source`: reported by `Error::source()`, never displayed or
    /// serialized. See [`WithSource`](crate::WithSource).
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

/// The arguments of an error: `(parameter name, value)` pairs in parameter order.
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
