//! Where each row is in its life (`#[since = "…"]`, `#[deprecated]`, `#[retired(…)]`), and
//! what changed since the lock file (`#[error_catalog(lock = "…")]`).
//!
//! Both are lists the macro generates only for a catalog that uses them, beside the table
//! rather than in it: a catalog without lifecycle attributes or a lock file carries no extra
//! word per row and no extra const evaluation.

use alloc::string::String;
use core::fmt::Write as _;

use crate::catalog::Catalog;
use crate::entry::Entry;

/// A row's state: in use, deprecated (it still constructs, with a warning where it is used),
/// or retired (no constructor; the code stays in the registry and still decodes, so that it is
/// never given a new meaning).
///
/// ```
/// use error_catalog::{error_catalog, Decode, Lifecycle};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
///         #[deprecated(note = "use CART.0005")]
///         404 "CART.0002" not_found message: "Cart not found.";
///         #[retired(since = "0.2.0", note = "carts no longer expire")]
///         410 "CART.0003" expired message: "The cart expired.";
///         #[since = "0.2.0"]
///         404 "CART.0005" gone(id: String) message: "Cart {id} not found.";
///     }
/// }
///
/// let life = |code| shop::CATALOG.get(code).unwrap().lifecycle();
/// assert_eq!(life("CART.0001"), Lifecycle::Active);
/// assert_eq!(life("CART.0002"), Lifecycle::Deprecated { note: "use CART.0005" });
/// assert_eq!(life("CART.0003"), Lifecycle::Retired { since: "0.2.0", note: "carts no longer expire" });
/// assert!(life("CART.0003").is_retired());
/// assert_eq!(shop::CATALOG.get("CART.0005").unwrap().since(), Some("0.2.0"));
/// assert_eq!(shop::CATALOG.get("CART.0001").unwrap().since(), None);
/// assert!(shop::CATALOG.has_lifecycle());
///
/// // A retired row has no constructor, but a client still decodes it.
/// let received = shop::Error::decode("CART.0003", "The cart expired.").unwrap();
/// assert_eq!(received, shop::Error::Cart(shop::Cart::Expired));
///
/// // Without a lock file there is nothing to compare against: no changes.
/// assert_eq!(shop::CATALOG.changes().count(), 0);
/// assert_eq!(shop::CATALOG.changes_markdown(), "");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lifecycle {
    /// In use.
    #[default]
    Active,
    /// `#[deprecated]`: still constructs, with a warning where it is used.
    Deprecated {
        /// The attribute's note, `""` when it has none.
        note: &'static str,
    },
    /// `#[retired(since = "…", note = "…")]`: no constructor; still in the registry and
    /// still decoded.
    Retired {
        /// The release that retired the code.
        since: &'static str,
        /// Why, or what to use instead; `""` when the attribute has no note.
        note: &'static str,
    },
}

impl Lifecycle {
    /// `true` for a retired row.
    pub const fn is_retired(&self) -> bool {
        matches!(self, Lifecycle::Retired { .. })
    }
}

/// A deprecated or retired row's state, as the macro lists them (sorted by row; rows in use
/// are not listed).
#[doc(hidden)]
#[derive(Debug)]
pub struct RowLife {
    /// The row's index in table order.
    pub row: u32,
    /// The row's state.
    pub state: Lifecycle,
}

/// The release each row shipped in: the distinct releases, and two bytes per row (little
/// endian: 0 for none, `k` for `releases[k - 1]`). A byte string costs rustc next to nothing
/// where a struct literal per row was measured at 15 % of a 2,025-row build (BENCHMARKS.md).
#[doc(hidden)]
#[derive(Debug)]
pub struct Releases {
    pub releases: &'static [&'static str],
    pub by_row: &'static [u8],
}

/// What happened to one code since the lock file was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A code the lock does not list: unshipped until the lock is rewritten.
    Added,
    /// Marked `#[deprecated]` since the lock was written.
    Deprecated,
    /// Marked `#[retired(…)]` since the lock was written.
    Retired,
    /// The message's words changed, its placeholders did not.
    Reworded {
        /// The message as the lock has it.
        before: &'static str,
    },
}

/// One line of the changelog: [`Catalog::changes`].
#[derive(Debug, Clone, Copy)]
pub struct Change {
    #[doc(hidden)]
    pub __row: u32,
    #[doc(hidden)]
    pub __kind: ChangeKind,
    #[doc(hidden)]
    pub __catalog: &'static Catalog,
}

impl Change {
    /// The row, as it is now.
    pub fn entry(&self) -> &'static Entry {
        &self.__catalog.entries()[self.__row as usize]
    }

    /// What changed.
    pub fn kind(&self) -> ChangeKind {
        self.__kind
    }
}

impl Catalog {
    /// What changed since the lock file (`#[error_catalog(lock = "…")]`) was last written, in
    /// table order: empty for a catalog without one, or right after the lock was rewritten.
    pub fn changes(&'static self) -> impl Iterator<Item = Change> {
        self.__changes().iter().map(move |&(row, kind)| Change {
            __row: row,
            __kind: kind,
            __catalog: self,
        })
    }

    /// The changelog as Markdown: an "Error code changes" section (added, deprecated,
    /// retired, reworded) that a release note can paste; `""` when nothing changed.
    pub fn changes_markdown(&'static self) -> String {
        let mut out = String::new();
        let sections = [
            ("Added", 0u8),
            ("Deprecated", 1),
            ("Retired", 2),
            ("Reworded", 3),
        ];
        let rank = |kind: ChangeKind| match kind {
            ChangeKind::Added => 0,
            ChangeKind::Deprecated => 1,
            ChangeKind::Retired => 2,
            ChangeKind::Reworded { .. } => 3,
        };
        for (title, which) in sections {
            let mut first = true;
            for change in self.changes().filter(|c| rank(c.kind()) == which) {
                if out.is_empty() {
                    out.push_str("## Error code changes\n");
                }
                if first {
                    let _ = write!(out, "\n### {title}\n\n");
                    first = false;
                }
                let entry = change.entry();
                out.push_str("- `");
                out.push_str(&entry.code().replace('`', "'"));
                out.push('`');
                if let Some(status) = entry.status() {
                    let _ = write!(out, " ({status})");
                }
                out.push_str(": ");
                match (change.kind(), entry.lifecycle()) {
                    (ChangeKind::Reworded { before }, _) => {
                        let _ = write!(
                            out,
                            "{} → {}",
                            quoted(before),
                            quoted(entry.message().source())
                        );
                    }
                    (ChangeKind::Retired, Lifecycle::Retired { since, note }) => {
                        let _ = write!(out, "retired in {since}");
                        if !note.is_empty() {
                            let _ = write!(out, ": {}", one_line(note));
                        }
                    }
                    (ChangeKind::Deprecated, Lifecycle::Deprecated { note })
                        if !note.is_empty() =>
                    {
                        out.push_str(&one_line(note));
                    }
                    _ => out.push_str(&quoted(entry.message().source())),
                }
                out.push('\n');
            }
        }
        out
    }
}

/// A text on one Markdown line.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// A message in a list item: in quotes, on one line.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    out.push_str(&one_line(text));
    out.push('"');
    out
}

/// The lifecycle cell of the exports: `since 1.0.0`, `deprecated: use X (since 1.0.0)`,
/// `retired in 1.1.0: note`; `""` for a row with nothing to say.
pub(crate) fn describe(entry: &Entry) -> String {
    let mut out = String::new();
    match entry.lifecycle() {
        Lifecycle::Active => {}
        Lifecycle::Deprecated { note } => {
            out.push_str("deprecated");
            if !note.is_empty() {
                let _ = write!(out, ": {note}");
            }
        }
        Lifecycle::Retired { since, note } => {
            let _ = write!(out, "retired in {since}");
            if !note.is_empty() {
                let _ = write!(out, ": {note}");
            }
        }
    }
    if let Some(since) = entry.since() {
        let _ = match out.is_empty() {
            true => write!(out, "since {since}"),
            false => write!(out, " (since {since})"),
        };
    }
    out
}

impl Catalog {
    /// `true` when some row of the table says `#[since = "…"]`, `#[deprecated]` or
    /// `#[retired(…)]`: the exports then add a "Lifecycle" column. Releases known only from
    /// the lock file do not count, so that a locked catalog's page stays the vendor's.
    pub fn has_lifecycle(&self) -> bool {
        self.__lifecycle_shown()
    }
}

impl Entry {
    /// The row's lifecycle: [`Lifecycle::Active`] unless the table marks it `#[deprecated]`
    /// or `#[retired(…)]`.
    pub fn lifecycle(&self) -> Lifecycle {
        self.life().map_or(Lifecycle::Active, |l| l.state)
    }

    /// The release the row shipped in: its `#[since = "…"]`, or what the lock file records
    /// (`None` when neither says).
    pub fn since(&self) -> Option<&'static str> {
        let releases = self.catalog().__releases();
        let at = 2 * self.row();
        let pair = releases.by_row.get(at..at + 2)?;
        let k = usize::from(u16::from_le_bytes([pair[0], pair[1]]));
        releases.releases.get(k.checked_sub(1)?).copied()
    }

    fn life(&self) -> Option<&'static RowLife> {
        let list = self.catalog().__lifecycle();
        let row = self.row() as u32;
        list.binary_search_by_key(&row, |l| l.row)
            .ok()
            .map(|i| &list[i])
    }
}
