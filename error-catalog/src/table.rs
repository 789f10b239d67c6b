//! A catalog's rows as data: one string holding all their text and one byte string of
//! little-endian `u32` words that locate it, laid out as the `error-catalog-layout` crate
//! says (the macro writes through the same names). The macro writes both as two literals,
//! which rustc reads at almost no cost, where a struct literal per row cost more to
//! type-check than all the rest of a catalog's generated code (BENCHMARKS.md).
//! [`Entry`](crate::Entry), [`Template`](crate::Template) and [`Param`](crate::Param) are
//! views into it.
//!
//! This module knows the layout and nothing above it: the catalog that owns a table is kept
//! as `dyn Any`, and only `catalog.rs` names its type.

use core::any::Any;

use error_catalog_layout::{row, Header, PARAM, PIECE};

/// The data behind a generated catalog. Not API: built only by `#[error_catalog]`, through
/// [`Table::__new`], which checks the header in const.
#[doc(hidden)]
#[derive(Debug)]
pub struct Table {
    owner: &'static (dyn Any + Send + Sync),
    text: &'static str,
    data: &'static [u8],
    pub(crate) pieces_at: usize,
    pub(crate) params_at: usize,
    pub(crate) order_at: usize,
    pub(crate) displacements_at: usize,
    pub(crate) displacements: usize,
    pub(crate) slots_at: usize,
    pub(crate) slots: usize,
    pub(crate) seed: u64,
}

/// Says, in a debug build, that a read fell past the end of the data or the text. The header,
/// checked when the catalog is compiled, keeps every section's reads in bounds, and the macro
/// checks every span it writes (`error_catalog_layout::validate`); should the two ever
/// disagree, a debug build (every test) stops here, where a release build reads nothing
/// rather than panicking inside `Display`, at no cost on the hot paths.
macro_rules! in_bounds {
    ($read:expr) => {{
        let read = $read;
        debug_assert!(
            read.is_some(),
            "error-catalog: a read past the end of a catalog's table"
        );
        read.unwrap_or_default()
    }};
}

impl Table {
    /// The table of a generated catalog of `rows` rows owned by `owner`, its header checked
    /// here, in const: a table written for another layout than this runtime's fails to
    /// compile, with the [`Mismatch`](error_catalog_layout::Mismatch)'s message.
    pub const fn __new(
        owner: &'static (dyn Any + Send + Sync),
        text: &'static str,
        data: &'static [u8],
        rows: usize,
    ) -> Self {
        let header = match Header::read(text, data, rows) {
            Ok(header) => header,
            Err(mismatch) => panic!("{}", mismatch.message()),
        };
        Table {
            owner,
            text,
            data,
            pieces_at: header.pieces_at(),
            params_at: header.params_at(),
            order_at: header.order_at(),
            displacements_at: header.displacements_at(),
            displacements: header.displacements,
            slots_at: header.slots_at(),
            slots: header.slots,
            seed: header.seed,
        }
    }

    /// The catalog this table belongs to (`catalog.rs` knows its type).
    #[inline]
    pub(crate) fn owner(&self) -> &'static (dyn Any + Send + Sync) {
        self.owner
    }

    /// The word at `index`.
    #[inline]
    pub(crate) fn word(&self, index: usize) -> u32 {
        let bytes = in_bounds!(self.data.get(index * 4..index * 4 + 4));
        match bytes {
            &[a, b, c, d] => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        }
    }

    /// The `N` words from `index` (one bounds check for all).
    #[inline]
    pub(crate) fn words<const N: usize>(&self, index: usize) -> [u32; N] {
        let mut out = [0; N];
        let bytes: &[u8] = in_bounds!(self.data.get(index * 4..(index + N) * 4));
        for (word, b) in out.iter_mut().zip(bytes.chunks_exact(4)) {
            *word = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        }
        out
    }

    /// The bytes of the words from `index` to `index + len`.
    #[inline]
    pub(crate) fn bytes(&self, index: usize, len: usize) -> &'static [u8] {
        let data: &'static [u8] = self.data;
        in_bounds!(data.get(index * 4..(index + len) * 4))
    }

    #[inline]
    pub(crate) fn index(&self, index: usize) -> usize {
        self.word(index) as usize
    }

    /// The text whose span is the two words at `index`.
    #[inline]
    pub(crate) fn text(&self, index: usize) -> &'static str {
        let [start, len] = self.words(index);
        self.slice(start, len)
    }

    /// The text at offset `start`, `len` bytes long.
    #[inline]
    pub(crate) fn slice(&self, start: u32, len: u32) -> &'static str {
        let text: &'static str = self.text;
        let start = start as usize;
        in_bounds!(text.get(start..start + len as usize))
    }

    /// Whether row `row`'s code is `code`: compared as bytes, the hot end of a lookup.
    #[inline]
    pub(crate) fn code_is(&self, row: u32, code: &str) -> bool {
        let [start, len] = self.words(Self::field(row, row::CODE));
        let start = start as usize;
        self.text.as_bytes().get(start..start + len as usize) == Some(code.as_bytes())
    }

    /// The word index of a field of row `row`.
    #[inline]
    pub(crate) fn field(row: u32, field: usize) -> usize {
        error_catalog_layout::header::LEN + row as usize * row::WORDS + field
    }

    /// The word index of the piece `first` pieces into the pieces section.
    #[inline]
    pub(crate) fn piece(&self, first: u32) -> usize {
        self.pieces_at + first as usize * PIECE
    }

    /// The word index of the parameter `first` parameters into the parameters section.
    #[inline]
    pub(crate) fn param(&self, first: usize) -> usize {
        self.params_at + first * PARAM
    }
}
