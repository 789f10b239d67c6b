//! The static description of one catalog row.

use crate::status::Status;
use crate::template::Template;

/// One parameter of a row: its name and its Rust type as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    name: &'static str,
    ty: &'static str,
}

impl Param {
    #[doc(hidden)]
    pub const fn __new(name: &'static str, ty: &'static str) -> Self {
        Param { name, ty }
    }

    /// The parameter's name: the declared name, the `{name}` of a named placeholder, or
    /// `arg0`, `arg1`… for positional placeholders of a row that declares no parameters.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The parameter's Rust type as written (`"u32"`), or `"Text"` for the default type.
    pub const fn ty(&self) -> &'static str {
        self.ty
    }
}

/// One row of a catalog, as data: everything the table says about it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    code: &'static str,
    status: Option<Status>,
    group: &'static str,
    variant: &'static str,
    name: &'static str,
    message: Template,
    description: Template,
    solution: &'static str,
    params: &'static [Param],
    doc: &'static str,
}

#[doc(hidden)]
pub struct EntryParts {
    pub code: &'static str,
    pub status: Option<Status>,
    pub group: &'static str,
    pub variant: &'static str,
    pub name: &'static str,
    pub message: Template,
    pub description: Template,
    pub solution: &'static str,
    pub params: &'static [Param],
    pub doc: &'static str,
}

impl Entry {
    #[doc(hidden)]
    pub const fn __new(parts: EntryParts) -> Self {
        let EntryParts {
            code,
            status,
            group,
            variant,
            name,
            message,
            description,
            solution,
            params,
            doc,
        } = parts;
        Entry {
            code,
            status,
            group,
            variant,
            name,
            message,
            description,
            solution,
            params,
            doc,
        }
    }

    /// The error code, verbatim (`"LOGIN.0001"`).
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The HTTP status, or `None` in a catalog without HTTP statuses.
    pub const fn status(&self) -> Option<Status> {
        self.status
    }

    /// The name of the group enum the row belongs to (`"Login"`).
    pub const fn group(&self) -> &'static str {
        self.group
    }

    /// The name of the row's variant (`"Locked"`).
    pub const fn variant(&self) -> &'static str {
        self.variant
    }

    /// The name of the row's constructor (`"locked"`).
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The message template.
    pub const fn message(&self) -> &Template {
        &self.message
    }

    /// The description template (the message's text when the row gives none).
    pub const fn description(&self) -> &Template {
        &self.description
    }

    /// The solution, verbatim (empty when the row gives none).
    pub const fn solution(&self) -> &'static str {
        self.solution
    }

    /// The row's parameters, in constructor order.
    pub const fn params(&self) -> &'static [Param] {
        self.params
    }

    /// The row's doc comment lines, joined with `\n` (empty when it has none).
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
}
