//! The wording of the diagnostics that several places share, so that the same mistake reads
//! the same wherever it is made (and the UI expectations stay consistent): how a row is named,
//! "given twice", "unknown … did you mean", and the lines that close a capped list.

use std::fmt::{self, Display};

use crate::names;

/// How the attribute's options name themselves in a diagnostic.
pub const OPTIONS: &str = "#[error_catalog(…)]";

/// How diagnostics name a row: `row LOGIN.0001`, or `row #3 (`name`)` without a code; a row
/// read from a file says where first: `errors.tsv:12: row X`. Formatted only into an error.
pub struct RowName<'a> {
    /// `errors.tsv:12` for a row read from a file.
    pub origin: Option<&'a str>,
    pub code: &'a str,
    /// 1-based position in the table, and the row's name: used when the code is empty.
    pub number: usize,
    pub name: &'a dyn Display,
}

impl Display for RowName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(origin) = self.origin {
            write!(f, "{origin}: ")?;
        }
        if self.code.is_empty() {
            write!(f, "row #{} (`{}`)", self.number, self.name)
        } else {
            write!(f, "row {}", self.code)
        }
    }
}

/// `{whose}: {kind} `{name}` is given twice; keep one` (an option, a column, a setting).
pub fn given_twice(whose: &dyn Display, kind: &str, name: &dyn Display) -> String {
    format!("{whose}: {kind} `{name}` is given twice; keep one")
}

/// The known name `unknown` is probably a misspelling of, if any.
pub fn near<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    names::did_you_mean(unknown, known)
}

/// `did you mean `near`?`, or the list of what is known.
pub fn hint(near: Option<&str>, known: &[&str]) -> String {
    match near {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("expected one of: {}", known.join(", ")),
    }
}

/// `{whose}: unknown {kind} {shown}; {hint}`, `shown` being the name as the message quotes it.
pub fn unknown(whose: &dyn Display, kind: &str, shown: &dyn Display, hint: &str) -> String {
    format!("{whose}: unknown {kind} {shown}; {hint}")
}

/// Closes a row's capped list of errors.
pub fn more_in_row(whose: &dyn Display, hidden: usize) -> String {
    format!(
        "{whose}: … and {hidden} more {} in this row (the first {} are shown); fix these and build again",
        errors_word(hidden),
        super::ROW_LIMIT
    )
}

/// Closes the catalog's capped list of errors.
pub fn more_in_catalog(hidden: usize) -> String {
    format!(
        "… and {hidden} more {} in this catalog (the first {} are shown); fix these and build again",
        errors_word(hidden),
        super::CATALOG_LIMIT
    )
}

fn errors_word(n: usize) -> &'static str {
    if n == 1 {
        "error"
    } else {
        "errors"
    }
}

/// An option whose value is a keyword (`error = Self`, `group = self`): rustc would say only
/// "expected identifier, found keyword" at the generated item.
pub fn option_keyword(option: &str, value: &str, names_what: &str, example: &str) -> String {
    format!("{OPTIONS}: `{option} = {value}`: `{value}` is a Rust keyword and cannot name {names_what}; choose another name, such as `{option} = {example}`")
}
