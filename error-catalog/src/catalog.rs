//! The static registry of a catalog's rows.

use error_catalog_layout::{phf, row};

use crate::entry::Entry;
use crate::table::Table;

/// Every row of one `#[error_catalog]` module, in table order, with lookup by code.
///
/// Generated as `pub static CATALOG` in the module. [`Catalog::get`] uses a perfect hash built
/// when the catalog is compiled: one hash of the code, two table reads and one string
/// comparison, whatever the catalog's size, and no allocation. [`Catalog::get_all`] is a
/// binary search over an index sorted when the catalog is compiled.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Locked. It will be unlocked in {0} minutes and {1} seconds.",
///             solution: "Unlock and try again.";
///         404 "APP.0001" not_found
///             message: "Application does not exist.";
///     }
/// }
///
/// let catalog = &iam::CATALOG;
/// assert_eq!(catalog.name(), "iam");
/// assert_eq!(catalog.len(), 2);
/// let codes: Vec<&str> = catalog.iter().map(|entry| entry.code()).collect();
/// assert_eq!(codes, ["LOGIN.0001", "APP.0001"]);
/// assert_eq!(catalog.get("APP.0001").unwrap().variant(), "NotFound");
/// ```
#[derive(Debug)]
pub struct Catalog {
    name: &'static str,
    entries: &'static [Entry],
    table: &'static Table,
    docs_url: Option<&'static str>,
    lifecycle: &'static [crate::lifecycle::RowLife],
    /// The table itself marks lifecycles (not only the lock file): the exports show them.
    lifecycle_shown: bool,
    releases: crate::lifecycle::Releases,
    changes: &'static [(u32, crate::lifecycle::ChangeKind)],
}

impl Catalog {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        entries: &'static [Entry],
        table: &'static Table,
    ) -> Self {
        Catalog {
            name,
            entries,
            table,
            docs_url: None,
            lifecycle: &[],
            lifecycle_shown: false,
            releases: crate::lifecycle::Releases {
                releases: &[],
                by_row: &[],
            },
            changes: &[],
        }
    }

    /// The deprecated and retired rows, sorted by row; `shown`: the table marks lifecycles
    /// (`#[since]`, `#[deprecated]`, `#[retired]`), so the exports add their column.
    #[doc(hidden)]
    pub const fn __with_lifecycle(
        mut self,
        list: &'static [crate::lifecycle::RowLife],
        shown: bool,
    ) -> Self {
        self.lifecycle = list;
        self.lifecycle_shown = shown;
        self
    }

    /// The release of each row (`#[since]` or the lock file's).
    #[doc(hidden)]
    pub const fn __with_releases(
        mut self,
        releases: &'static [&'static str],
        by_row: &'static [u8],
    ) -> Self {
        self.releases = crate::lifecycle::Releases { releases, by_row };
        self
    }

    pub(crate) fn __releases(&self) -> &crate::lifecycle::Releases {
        &self.releases
    }

    /// What changed since the lock file, by row.
    #[doc(hidden)]
    pub const fn __with_changes(
        mut self,
        list: &'static [(u32, crate::lifecycle::ChangeKind)],
    ) -> Self {
        self.changes = list;
        self
    }

    pub(crate) fn __lifecycle(&self) -> &'static [crate::lifecycle::RowLife] {
        self.lifecycle
    }

    pub(crate) fn __lifecycle_shown(&self) -> bool {
        self.lifecycle_shown
    }

    pub(crate) fn __changes(&self) -> &'static [(u32, crate::lifecycle::ChangeKind)] {
        self.changes
    }

    #[doc(hidden)]
    pub const fn __with_docs_url(mut self, url: &'static str) -> Self {
        self.docs_url = Some(url);
        self
    }

    /// The row at `row` in table order: what generated `CatalogError::entry` returns.
    #[doc(hidden)]
    #[inline]
    pub fn __entry(&'static self, row: usize) -> &'static Entry {
        &self.entries[row]
    }

    /// The index of the group of the row at `row` (for generated decoding), `u32::MAX` past
    /// the end.
    #[doc(hidden)]
    #[inline]
    pub fn __group_of(&self, row: usize) -> u32 {
        if row >= self.entries.len() {
            return u32::MAX;
        }
        let table = self.table;
        table.word(Table::field(row as u32, row::GROUP_INDEX))
    }

    /// The catalog's documentation URL (`#[error_catalog(docs_url = "…")]`): problem
    /// details' `type` is this followed by the code.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog(docs_url = "https://example.com/errors/")]
    /// mod documented {
    ///     catalog! { 404 "APP.0001" not_found message: "Application does not exist."; }
    /// }
    /// #[error_catalog]
    /// mod undocumented {
    ///     catalog! { 404 "APP.0001" not_found message: "Application does not exist."; }
    /// }
    ///
    /// assert_eq!(documented::CATALOG.docs_url(), Some("https://example.com/errors/"));
    /// assert_eq!(undocumented::CATALOG.docs_url(), None);
    /// ```
    pub const fn docs_url(&self) -> Option<&'static str> {
        self.docs_url
    }

    /// The module's name (`"iam"`).
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// All rows, in table order.
    pub const fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// The number of rows.
    pub const fn len(&self) -> usize {
        self.entries.len()
    }

    /// `true` for a catalog with no rows.
    pub const fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All rows, in table order.
    pub fn iter(&self) -> core::slice::Iter<'static, Entry> {
        self.entries.iter()
    }

    /// The row with this code (exact, case-sensitive match). When several rows share the
    /// code, the first in table order; see [`Catalog::get_all`].
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! {
    ///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
    ///             message: "Locked. It will be unlocked in {0} minutes and {1} seconds.",
    ///             solution: "Unlock and try again.";
    ///         404 "APP.0001" not_found
    ///             message: "Application does not exist.";
    ///     }
    /// }
    ///
    /// let entry = iam::CATALOG.get("LOGIN.0001").unwrap();
    /// assert_eq!((entry.group(), entry.name()), ("Login", "locked"));
    /// assert!(iam::CATALOG.get("login.0001").is_none());
    /// assert!(iam::CATALOG.get("LOGIN.9999").is_none());
    /// ```
    #[inline]
    pub fn get(&self, code: &str) -> Option<&'static Entry> {
        let table = self.table;
        if table.displacements == 0 || table.slots == 0 {
            return self.get_all(code).next();
        }
        let displacement = |bucket| table.word(table.displacements_at + bucket);
        let slot = phf::probe(
            table.seed,
            code.as_bytes(),
            table.displacements,
            displacement,
            table.slots,
        );
        let row = table.word(table.slots_at + slot);
        // An empty slot (`phf::EMPTY`) is past the end; any other code there is a miss.
        let entry = self.entries.get(row as usize)?;
        table.code_is(row, code).then_some(entry)
    }

    /// Every row with this code, in table order: more than one only where the table marks
    /// rows `#[shared_code]` (vendors that reuse a code for several causes), otherwise a
    /// repeated code is a compile error.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod vendor {
    ///     catalog! {
    ///         #[shared_code]
    ///         400 "PARAM.0001" missing message: "A parameter is missing.";
    ///         400 "APP.0001" not_found message: "Application does not exist.";
    ///         #[shared_code]
    ///         422 "PARAM.0001" malformed message: "A parameter is malformed.";
    ///     }
    /// }
    ///
    /// let names: Vec<&str> = vendor::CATALOG.get_all("PARAM.0001").map(|e| e.name()).collect();
    /// assert_eq!(names, ["missing", "malformed"]);
    /// assert_eq!(vendor::CATALOG.get("PARAM.0001").unwrap().name(), "missing");
    /// assert_eq!(vendor::CATALOG.get_all("PARAM.0002").count(), 0);
    /// ```
    pub fn get_all<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'static Entry> + 'a {
        let entries = self.entries;
        let table = self.table;
        let order = table.order_at;
        let nth = move |i: usize| entries.get(table.index(order + i));
        // The first position in code order whose code is not below `code`.
        let (mut low, mut high) = (0, entries.len());
        while low < high {
            let mid = low + (high - low) / 2;
            match nth(mid) {
                Some(entry) if entry.code() < code => low = mid + 1,
                _ => high = mid,
            }
        }
        (low..entries.len())
            .map_while(nth)
            .take_while(move |e| e.code() == code)
    }

    /// The position of a row in table order (`None` for a row of another catalog).
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod a {
    ///     catalog! {
    ///         404 "APP.0001" not_found message: "Application does not exist.";
    ///         400 "APP.0002" id_required message: "Application ID required.";
    ///     }
    /// }
    /// #[error_catalog]
    /// mod b {
    ///     catalog! { 404 "APP.0001" not_found message: "Application does not exist."; }
    /// }
    ///
    /// let entry = a::CATALOG.get("APP.0002").unwrap();
    /// assert_eq!(a::CATALOG.position(entry), Some(1));
    /// assert_eq!(b::CATALOG.position(entry), None);
    /// ```
    pub fn position(&self, entry: &Entry) -> Option<usize> {
        core::ptr::eq(entry.table(), self.table).then(|| entry.row())
    }
}

impl Entry {
    /// The catalog the row belongs to.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! {
    ///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
    ///             message: "Locked. It will be unlocked in {0} minutes and {1} seconds.",
    ///             solution: "Unlock and try again.";
    ///         404 "APP.0001" not_found
    ///             message: "Application does not exist.";
    ///     }
    /// }
    ///
    /// let entry = iam::CATALOG.get("APP.0001").unwrap();
    /// assert!(std::ptr::eq(entry.catalog(), &iam::CATALOG));
    /// ```
    #[inline]
    pub fn catalog(&self) -> &'static Catalog {
        match self.table().owner().downcast_ref() {
            Some(catalog) => catalog,
            // Only `#[error_catalog]` builds a table, with its catalog as the owner.
            None => unreachable!("error-catalog: a table owned by something else than its catalog"),
        }
    }
}

impl IntoIterator for &'static Catalog {
    type Item = &'static Entry;
    type IntoIter = core::slice::Iter<'static, Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}
