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

/// The heading of the column that a catalog with lifecycle data (`#[since]`, `#[deprecated]`,
/// `#[retired]`, a lock file) adds after the vendor's five; a catalog without any keeps the
/// vendor's page exactly.
const LIFECYCLE: &str = "Lifecycle";

/// The headings of `catalog`'s page: the vendor's, then [`LIFECYCLE`] where it applies.
fn columns(catalog: &crate::Catalog) -> impl Iterator<Item = &'static str> + Clone {
    let extra = catalog.has_lifecycle().then_some(LIFECYCLE);
    COLUMNS.iter().copied().chain(extra)
}

/// The row's status as published: `404`, or `404/500` for a row with several; `None` without.
fn statuses(entry: &Entry) -> Option<String> {
    let mut text = String::new();
    for (i, status) in entry.statuses().enumerate() {
        if i > 0 {
            text.push('/');
        }
        text.push_str(&status.to_string());
    }
    (!text.is_empty()).then_some(text)
}

/// One row's cells in [`columns`] order: the status as text, then the code, message,
/// description and solution verbatim, then the lifecycle where the catalog has one.
struct Cells {
    status: String,
    text: [&'static str; 4],
    lifecycle: Option<String>,
}

impl Cells {
    /// `missing` stands in for the status of a row that has none; the texts are in `locale`
    /// (each found as [`Entry::message_in`] finds it).
    fn of(entry: &Entry, missing: &str, locale: &str) -> Self {
        let status = statuses(entry).unwrap_or_else(|| missing.into());
        let text = [
            entry.code(),
            entry.message_in(locale).source(),
            entry.description_in(locale).source(),
            entry.solution_in(locale),
        ];
        let lifecycle = entry
            .catalog()
            .has_lifecycle()
            .then(|| crate::lifecycle::describe(entry));
        Cells {
            status,
            text,
            lifecycle,
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        let lifecycle = self.lifecycle.as_deref();
        core::iter::once(self.status.as_str())
            .chain(self.text)
            .chain(lifecycle)
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A catalog for the exporters' unit tests, with text that every format must escape
    //! somehow (the integration tests cover the vendor's catalog).

    /// Text that every format must escape somehow (the `NASTY.0001` row's message).
    #[cfg_attr(not(feature = "json"), allow(dead_code))] // only the JSON test reads it
    pub const NASTY: &str = " a|b \\ c\nd <script>alert(\"x\")</script> & 'q' &amp; <br> ";

    // Only the registry is used here; the generated types are not.
    #[crate::error_catalog(crate = crate, status = none)]
    #[allow(dead_code)]
    mod demo {
        catalog! {
            400 "LOGIN.0001" locked(minutes: u32) message: "Locked for {0} minutes.", solution: "Wait.";
            500 "NASTY.0001" escaped message: " a|b \\ c\nd <script>alert(\"x\")</script> & 'q' &amp; <br> ";
            "QUIET.0001" silent message: "No status here.", solution: "None, really.";
        }
    }

    pub use demo::CATALOG;
}
