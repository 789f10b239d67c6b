//! The static description of one catalog row.

use crate::status::Status;
use crate::template::Template;

/// One parameter of a row: its name and its Rust type as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    #[doc(hidden)]
    pub __name: &'static str,
    #[doc(hidden)]
    pub __ty: &'static str,
}

impl Param {
    #[doc(hidden)]
    pub const fn __new(name: &'static str, ty: &'static str) -> Self {
        Param {
            __name: name,
            __ty: ty,
        }
    }

    /// The parameter's name: the declared name, the `{name}` of a named placeholder, or
    /// `arg0`, `arg1`… for positional placeholders of a row that declares no parameters.
    pub const fn name(&self) -> &'static str {
        self.__name
    }

    /// The parameter's Rust type as written (`"u32"`), or `"Text"` for the default type.
    pub const fn ty(&self) -> &'static str {
        self.__ty
    }
}

/// One row of a catalog, as data: everything the table says about it.
///
/// The fields are public only for the code `#[error_catalog]` generates (hidden, not API): a
/// struct literal per row is far cheaper for rustc than const fn calls (see BENCHMARKS.md).
/// Read them through the methods.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    #[doc(hidden)]
    pub __code: &'static str,
    /// The status as checked by the macro (`100..=599`), `0` for none.
    #[doc(hidden)]
    pub __status: u16,
    #[doc(hidden)]
    pub __group: &'static str,
    #[doc(hidden)]
    pub __variant: &'static str,
    #[doc(hidden)]
    pub __name: &'static str,
    #[doc(hidden)]
    pub __message: Template,
    #[doc(hidden)]
    pub __description: Template,
    #[doc(hidden)]
    pub __solution: &'static str,
    #[doc(hidden)]
    pub __params: &'static [Param],
    #[doc(hidden)]
    pub __doc: &'static str,
}

impl Entry {
    /// The error code, verbatim (`"LOGIN.0001"`).
    pub const fn code(&self) -> &'static str {
        self.__code
    }

    /// The HTTP status, or `None` in a catalog without HTTP statuses.
    pub const fn status(&self) -> Option<Status> {
        match Status::new(self.__status) {
            Ok(status) => Some(status),
            Err(_) => None,
        }
    }

    /// The name of the group enum the row belongs to (`"Login"`).
    pub const fn group(&self) -> &'static str {
        self.__group
    }

    /// The name of the row's variant (`"Locked"`).
    pub const fn variant(&self) -> &'static str {
        self.__variant
    }

    /// The name of the row's constructor (`"locked"`).
    pub const fn name(&self) -> &'static str {
        self.__name
    }

    /// The message template.
    pub const fn message(&self) -> &Template {
        &self.__message
    }

    /// The description template (the message's text when the row gives none).
    pub const fn description(&self) -> &Template {
        &self.__description
    }

    /// The solution, verbatim (empty when the row gives none).
    pub const fn solution(&self) -> &'static str {
        self.__solution
    }

    /// The row's parameters, in constructor order.
    pub const fn params(&self) -> &'static [Param] {
        self.__params
    }

    /// The row's doc comment lines, joined with `\n` (empty when it has none).
    pub const fn doc(&self) -> &'static str {
        self.__doc
    }
}
