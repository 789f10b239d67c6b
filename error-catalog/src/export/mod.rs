//! The catalog as documentation: the vendor's "Error Codes" page generated from the registry,
//! so the published page cannot drift from the code.
//!
//! Every format prints the cells verbatim (the template sources as the table wrote them,
//! placeholders included) and escapes only what its syntax requires. A row without an HTTP
//! status gets an empty cell (`null` in JSON, `—` where a person reads it), never an invented
//! one.

mod csv;
mod explain;
mod html;
#[cfg(feature = "json")]
mod json;
mod markdown;

pub use explain::Explanation;

use alloc::string::{String, ToString};

use crate::entry::Entry;

/// The vendor page's column headings, in its order.
const COLUMNS: [&str; 5] = [
    "Status Code",
    "Error Codes",
    "Error Message",
    "Description",
    "Solution",
];

/// One row's cells in [`COLUMNS`] order: the status as text, then the code, message,
/// description and solution verbatim.
struct Cells {
    status: String,
    text: [&'static str; 4],
}

impl Cells {
    /// `missing` stands in for the status of a row that has none.
    fn of(entry: &Entry, missing: &str) -> Self {
        let status = match entry.status() {
            Some(status) => status.to_string(),
            None => missing.into(),
        };
        let text = [
            entry.code(),
            entry.message().source(),
            entry.description().source(),
            entry.solution(),
        ];
        Cells { status, text }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        core::iter::once(self.status.as_str()).chain(self.text)
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! Hand-built catalogs for the exporters' unit tests (the macro is tested from the
    //! integration tests; here the rows can hold text no macro test would think of).

    use crate::{Catalog, Entry, Param, Status, Template};

    const fn row(
        code: &'static str,
        status: Option<Status>,
        message: &'static str,
        solution: &'static str,
        params: &'static [Param],
    ) -> Entry {
        Entry {
            __code: code,
            __status: match status {
                Some(status) => status.as_u16(),
                None => 0,
            },
            __group: "G",
            __variant: "V",
            __name: "v",
            // The exporters print sources only; the pieces do not matter here.
            __message: Template::__new(message, &[]),
            __description: Template::__new(message, &[]),
            __solution: solution,
            __params: params,
            __doc: "",
        }
    }

    const fn status(code: u16) -> Option<Status> {
        match Status::new(code) {
            Ok(status) => Some(status),
            Err(_) => None,
        }
    }

    /// Text that every format must escape somehow.
    pub const NASTY: &str = " a|b \\ c\nd <script>alert(\"x\")</script> & 'q' &amp; <br> ";

    static ROWS: [Entry; 3] = [
        row(
            "LOGIN.0001",
            status(400),
            "Locked for {0} minutes.",
            "Wait.",
            &[Param::__new("minutes", "u32")],
        ),
        row("NASTY.0001", status(500), NASTY, "", &[]),
        row("QUIET.0001", None, "No status here.", "None, really.", &[]),
    ];

    pub static CATALOG: Catalog = Catalog::__new("demo", &ROWS, &[0, 1, 2]);
}
