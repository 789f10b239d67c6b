//! The static registry of a catalog's rows.

use crate::entry::Entry;
use crate::phf;

/// Every row of one `#[error_catalog]` module, in table order, with lookup by code.
///
/// Generated as `pub static CATALOG` in the module. [`Catalog::get`] uses a perfect hash built
/// when the catalog is compiled: one hash of the code, two table reads and one string
/// comparison, whatever the catalog's size, and no allocation. [`Catalog::get_all`] is a
/// binary search over an index sorted when the catalog is compiled.
#[derive(Debug)]
pub struct Catalog {
    name: &'static str,
    entries: &'static [Entry],
    by_code: &'static [u32],
    docs_url: Option<&'static str>,
    index: Option<Index>,
}

/// The perfect hash of the codes (see `phf.rs`): `slots` holds row indexes, `u32::MAX` for an
/// empty slot.
#[derive(Debug, Clone, Copy)]
struct Index {
    seed: u64,
    displacements: &'static [u32],
    slots: &'static [u32],
}

impl Catalog {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        entries: &'static [Entry],
        by_code: &'static [u32],
    ) -> Self {
        Catalog {
            name,
            entries,
            by_code,
            docs_url: None,
            index: None,
        }
    }

    #[doc(hidden)]
    pub const fn __with_index(
        mut self,
        seed: u64,
        displacements: &'static [u32],
        slots: &'static [u32],
    ) -> Self {
        if !displacements.is_empty() && !slots.is_empty() {
            self.index = Some(Index {
                seed,
                displacements,
                slots,
            });
        }
        self
    }

    #[doc(hidden)]
    pub const fn __with_docs_url(mut self, url: &'static str) -> Self {
        self.docs_url = Some(url);
        self
    }

    /// The catalog's documentation URL (`#[error_catalog(docs_url = "…")]`): problem
    /// details' `type` is this followed by the code.
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
    pub fn get(&self, code: &str) -> Option<&'static Entry> {
        let Some(index) = &self.index else {
            return self.get_all(code).next();
        };
        let h = phf::hash(index.seed, code.as_bytes());
        let displacement = index.displacements[phf::bucket(h, index.displacements.len())];
        let row = index.slots[phf::slot(h, displacement, index.slots.len())];
        // An empty slot (`u32::MAX`) is past the end; any other code there is a miss.
        let entry = self.entries.get(row as usize)?;
        (entry.code() == code).then_some(entry)
    }

    /// Every row with this code, in table order: more than one only where the table marks
    /// rows `#[shared_code]` (vendors that reuse a code for several causes), otherwise a
    /// repeated code is a compile error.
    pub fn get_all<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'static Entry> + 'a {
        let entries = self.entries;
        let start = self
            .by_code
            .partition_point(|&i| entries[i as usize].code() < code);
        self.by_code[start..]
            .iter()
            .map(move |&i| &entries[i as usize])
            .take_while(move |e| e.code() == code)
    }

    /// The position of a row in table order.
    pub fn position(&self, entry: &Entry) -> Option<usize> {
        self.entries.iter().position(|e| core::ptr::eq(e, entry))
    }
}

impl IntoIterator for &'static Catalog {
    type Item = &'static Entry;
    type IntoIter = core::slice::Iter<'static, Entry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}
