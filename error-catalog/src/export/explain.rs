//! `explain(code)`, like `rustc --explain`: the whole row for a code, or the nearest codes.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::catalog::Catalog;
use crate::entry::Entry;

/// At most this many suggestions for an unknown code.
const MAX_NEAREST: usize = 8;

/// What [`Catalog::explain`] found: the rows with the code, or the nearest known codes.
/// `Display` prints it for a person.
///
/// ```
/// use error_catalog::{error_catalog, Explanation};
///
/// #[error_catalog(docs_url = "https://example.com/errors/", status = none)]
/// mod iam {
///     catalog! {
///         /// Too many failed sign-ins.
///         400 "LOGIN.0001" locked(minutes: u32)
///             message: "Unlocked in {0} minutes.",
///             solution: "Wait, or ask an administrator.";
///         "LOGIN.0003" expired message: "Session expired.";
///     }
/// }
///
/// let found = iam::CATALOG.explain("login.0001");
/// assert_eq!(found.entries()[0].code(), "LOGIN.0001");
/// assert_eq!(
///     found.to_string(),
///     "LOGIN.0001 (HTTP 400)\n\
///      \n\
///      Message      Unlocked in {0} minutes.\n\
///      Description  Unlocked in {0} minutes.\n\
///      Solution     Wait, or ask an administrator.\n\
///      Parameters   minutes: u32\n\
///      In Rust      iam::Login::locked(minutes)\n\
///      Docs         https://example.com/errors/LOGIN.0001\n\
///      \n\
///      Too many failed sign-ins.\n"
/// );
///
/// let quiet = iam::CATALOG.explain("LOGIN.0003").to_string();
/// assert!(quiet.starts_with("LOGIN.0003 (no HTTP status)\n"));
///
/// let Explanation::Unknown { nearest, .. } = iam::CATALOG.explain("LOGIN.001") else {
///     unreachable!()
/// };
/// assert_eq!(nearest, ["LOGIN.0001", "LOGIN.0003"]);
/// ```
#[derive(Debug, Clone)]
pub enum Explanation<'a> {
    /// The rows with this code (more than one only where the table shares a code).
    Found {
        /// The catalog searched.
        catalog: &'a Catalog,
        /// The rows, in table order.
        entries: Vec<&'static Entry>,
        /// The language the rows' texts are shown in.
        locale: &'a str,
    },
    /// No row has this code.
    Unknown {
        /// The catalog searched.
        catalog: &'a Catalog,
        /// The code as asked.
        code: &'a str,
        /// The nearest known codes, nearest first (empty when none is close).
        nearest: Vec<&'static str>,
    },
}

impl Explanation<'_> {
    /// `true` when the code is in the catalog.
    pub fn is_found(&self) -> bool {
        matches!(self, Explanation::Found { .. })
    }

    /// The rows found (empty for an unknown code).
    pub fn entries(&self) -> &[&'static Entry] {
        match self {
            Explanation::Found { entries, .. } => entries,
            Explanation::Unknown { .. } => &[],
        }
    }

    /// The suggested codes (empty for a known code).
    pub fn nearest(&self) -> &[&'static str] {
        match self {
            Explanation::Found { .. } => &[],
            Explanation::Unknown { nearest, .. } => nearest,
        }
    }
}

impl Catalog {
    /// Explains a code, ignoring case and surrounding spaces (`"login.0001"` finds
    /// `LOGIN.0001`; an exact match wins over one that differs only in case).
    ///
    /// For an unknown code, suggests the codes that start with what was asked (`"login"`), or
    /// else the codes nearest by edit distance: those at the smallest distance and one more,
    /// within a third of the code's length (at least 2), at most eight.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         409 "CART.0001" out_of_stock(left: u32)
    ///             message: "Only {0} left.",
    ///             solution: "Lower the quantity, or wait.";
    ///         404 "CART.0003" not_found message: "Cart *not* found.", solution: "Create a cart | retry.";
    ///     }
    /// }
    ///
    /// assert!(shop::CATALOG.explain(" cart.0003 ").is_found());
    /// // The nearest first, then those one edit further.
    /// assert_eq!(shop::CATALOG.explain("CART.003").nearest(), ["CART.0003", "CART.0001"]);
    /// assert_eq!(shop::CATALOG.explain("cart").nearest(), ["CART.0001", "CART.0003"]);
    /// let unknown = shop::CATALOG.explain("BILLING.0042");
    /// assert!(unknown.nearest().is_empty());
    /// assert_eq!(
    ///     unknown.to_string(),
    ///     "`BILLING.0042` is not a code of catalog `shop` (2 codes).\nNo known code is close to it.\n"
    /// );
    /// ```
    pub fn explain<'a>(&'a self, code: &'a str) -> Explanation<'a> {
        self.explain_in(code, self.source_locale())
    }

    /// [`Catalog::explain`] with the row's texts in `locale` (`"zh-CN"`), each found along the
    /// tag's fallbacks, else the source's.
    pub fn explain_in<'a>(&'a self, code: &'a str, locale: &'a str) -> Explanation<'a> {
        let code = code.trim();
        let mut entries: Vec<&'static Entry> = self.get_all(code).collect();
        if entries.is_empty() {
            let wanted = code.to_lowercase();
            entries = self
                .iter()
                .filter(|e| e.code().to_lowercase() == wanted)
                .collect();
        }
        if !entries.is_empty() {
            return Explanation::Found {
                catalog: self,
                entries,
                locale,
            };
        }
        Explanation::Unknown {
            catalog: self,
            code,
            nearest: nearest(self, code),
        }
    }
}

fn nearest(catalog: &Catalog, code: &str) -> Vec<&'static str> {
    let wanted: Vec<char> = code.to_lowercase().chars().collect();
    let mut codes: Vec<&'static str> = Vec::new();
    for entry in catalog.iter() {
        if !codes.contains(&entry.code()) {
            codes.push(entry.code());
        }
    }
    if !wanted.is_empty() {
        let by_prefix: Vec<&'static str> = codes
            .iter()
            .copied()
            .filter(|c| c.to_lowercase().starts_with(code.to_lowercase().as_str()))
            .take(MAX_NEAREST)
            .collect();
        if !by_prefix.is_empty() {
            return by_prefix;
        }
    }
    let limit = (wanted.len() / 3).max(2);
    let mut scored: Vec<(usize, &'static str)> = codes
        .into_iter()
        .map(|c| {
            let chars: Vec<char> = c.to_lowercase().chars().collect();
            (distance(&wanted, &chars), c)
        })
        .filter(|&(d, _)| d <= limit)
        .collect();
    // Stable: equally near codes stay in table order.
    scored.sort_by_key(|&(d, _)| d);
    let best = scored.first().map_or(0, |&(d, _)| d);
    scored
        .into_iter()
        .take_while(|&(d, _)| d <= best + 1)
        .take(MAX_NEAREST)
        .map(|(_, c)| c)
        .collect()
}

/// Levenshtein distance over characters (one row of the table at a time).
fn distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Explanation::Found {
                catalog,
                entries,
                locale,
            } => {
                for (i, entry) in entries.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    row(f, catalog, entry, locale)?;
                }
                Ok(())
            }
            Explanation::Unknown {
                catalog,
                code,
                nearest,
            } => {
                writeln!(
                    f,
                    "`{code}` is not a code of catalog `{}` ({} codes).",
                    catalog.name(),
                    catalog.len()
                )?;
                match nearest.as_slice() {
                    [] => writeln!(f, "No known code is close to it."),
                    [one] => writeln!(f, "Did you mean {one}?"),
                    many => writeln!(f, "Nearest known codes: {}", many.join(", ")),
                }
            }
        }
    }
}

/// One row: a heading, then each column labelled; continuation lines of a multi-line text
/// are indented under it.
fn row(f: &mut fmt::Formatter<'_>, catalog: &Catalog, entry: &Entry, locale: &str) -> fmt::Result {
    match super::statuses(entry) {
        Some(status) => writeln!(f, "{} (HTTP {status})", entry.code())?,
        None => writeln!(f, "{} (no HTTP status)", entry.code())?,
    }
    writeln!(f)?;
    if entry.lifecycle() != crate::Lifecycle::Active || entry.since().is_some() {
        field(f, "Lifecycle", &crate::lifecycle::describe(entry))?;
    }
    field(f, "Message", entry.message_in(locale).source())?;
    field(f, "Description", entry.description_in(locale).source())?;
    field(f, "Solution", entry.solution_in(locale))?;
    if !entry.params().is_empty() {
        let params: Vec<String> = entry
            .params()
            .iter()
            .map(|p| alloc::format!("{}: {}", p.name(), p.ty()))
            .collect();
        field(f, "Parameters", &params.join(", "))?;
    }
    let args: Vec<&str> = entry.params().iter().map(|p| p.name()).collect();
    let rust = alloc::format!(
        "{}::{}::{}({})",
        catalog.name(),
        entry.group(),
        entry.name(),
        args.join(", ")
    );
    field(f, "In Rust", &rust)?;
    if let Some(url) = catalog.docs_url() {
        field(f, "Docs", &alloc::format!("{url}{}", entry.code()))?;
    }
    if !entry.doc().is_empty() {
        writeln!(f)?;
        writeln!(f, "{}", entry.doc())?;
    }
    Ok(())
}

fn field(f: &mut fmt::Formatter<'_>, label: &str, text: &str) -> fmt::Result {
    write!(f, "{label:<13}")?;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            write!(f, "\n{:13}", "")?;
        }
        f.write_str(line)?;
    }
    writeln!(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::CATALOG;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance(&chars(""), &chars("abc")), 3);
        assert_eq!(distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(distance(&chars("login.001"), &chars("login.0001")), 1);
        assert_eq!(distance(&chars("same"), &chars("same")), 0);
    }

    #[test]
    fn found_ignoring_case_with_the_whole_row() {
        let explanation = CATALOG.explain(" login.0001 ");
        assert!(explanation.is_found());
        assert_eq!(
            explanation.to_string(),
            "LOGIN.0001 (HTTP 400)\n\n\
             Message      Locked for {0} minutes.\n\
             Description  Locked for {0} minutes.\n\
             Solution     Wait.\n\
             Parameters   minutes: u32\n\
             In Rust      demo::Login::locked(minutes)\n"
        );
        let quiet = CATALOG.explain("QUIET.0001").to_string();
        assert!(
            quiet.starts_with("QUIET.0001 (no HTTP status)\n"),
            "{quiet}"
        );
    }

    #[test]
    fn multi_line_text_is_indented() {
        let text = CATALOG.explain("nasty.0001").to_string();
        assert!(
            text.contains("Message       a|b \\ c\n             d <script>"),
            "{text}"
        );
    }

    #[test]
    fn unknown_codes_get_the_nearest() {
        let unknown = CATALOG.explain("LOGIN.001");
        assert!(!unknown.is_found());
        assert_eq!(unknown.nearest(), ["LOGIN.0001"]);
        assert_eq!(
            unknown.to_string(),
            "`LOGIN.001` is not a code of catalog `demo` (3 codes).\nDid you mean LOGIN.0001?\n"
        );
        assert_eq!(CATALOG.explain("quiet").nearest(), ["QUIET.0001"]);
        let far = CATALOG.explain("ZZZZZZ");
        assert!(far.nearest().is_empty());
        assert!(far.to_string().ends_with("No known code is close to it.\n"));
        assert!(CATALOG.explain("").nearest().is_empty());
    }
}
