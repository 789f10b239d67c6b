//! A catalog's rows as data: one string holding all their text and one byte string of
//! little-endian `u32` words that locate it. The macro writes both as two literals, which
//! rustc reads at almost no cost, where a struct literal per row cost more to type-check than
//! all the rest of a catalog's generated code (BENCHMARKS.md). [`Entry`](crate::Entry),
//! [`Template`](crate::Template) and [`Param`](crate::Param) are views into it.
//!
//! Layout of the words (the macro's `table.rs` writes the same; every generated catalog in
//! the tests reads it back). A text is two words, offset and length in bytes:
//!
//! - header ([`header`]): row count, then where each section starts (a word index), the
//!   perfect hash's sections and seed;
//! - rows: [`ROW`] words each, fields at the [`row`] offsets;
//! - pieces: two words each, a text (literal) or the parameter index and [`ARG`];
//! - params: two texts each (name, type);
//! - order: the rows sorted by code (for `get_all`);
//! - displacements and slots of the perfect hash.

use crate::catalog::Catalog;

/// The data behind a generated catalog. Not API: built only by `#[error_catalog]`, through
/// [`Table::__new`], which reads the header once, in const.
#[doc(hidden)]
#[derive(Debug)]
pub struct Table {
    catalog: &'static Catalog,
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

/// Word indexes of the header. Word 0 holds the row count (the entries' slice has it too);
/// the rows start right after the header.
mod header {
    pub const PIECES_AT: usize = 2;
    pub const PARAMS_AT: usize = 3;
    pub const ORDER_AT: usize = 4;
    pub const DISPLACEMENTS_AT: usize = 5;
    pub const DISPLACEMENTS: usize = 6;
    pub const SLOTS_AT: usize = 7;
    pub const SLOTS: usize = 8;
    pub const SEED_LOW: usize = 9;
    pub const SEED_HIGH: usize = 10;
    pub const LEN: usize = 11;
}

/// Word offsets of a row's fields (a text or a list takes two words: where, how many).
pub(crate) mod row {
    pub const CODE: usize = 0;
    /// The primary status in bits 0-9, the others of `404/500` in bits 10-19 and 20-29.
    pub const STATUS: usize = 2;
    /// The bits of one status in the status word.
    pub const STATUS_BITS: u32 = 0x3FF;
    pub const GROUP: usize = 3;
    pub const VARIANT: usize = 5;
    pub const NAME: usize = 7;
    /// Four words: the source's text, then where its pieces start and how many there are.
    pub const MESSAGE: usize = 9;
    /// Four words, as the message's.
    pub const DESCRIPTION: usize = 13;
    pub const SOLUTION: usize = 17;
    pub const PARAMS: usize = 19;
    pub const DOC: usize = 21;
    /// The index of the row's group, in the order the groups were declared or first used.
    pub const GROUP_INDEX: usize = 23;
}

/// Words per row.
const ROW: usize = 24;
/// Second word of a piece that is a parameter: longer than any text a catalog holds, and four
/// printable bytes (`~~~~`), which a byte string literal holds as they are where `u32::MAX`
/// took four `\xFF` escapes, in every piece and every row (BENCHMARKS.md).
pub(crate) const ARG: u32 = 0x7E7E_7E7E;
/// First word of a template's pieces when the template is one literal, its source: such a
/// template lists no pieces at all. Beyond any piece index, printable as [`ARG`] is.
pub(crate) const WHOLE: u32 = 0x7E7E_7E7E;

/// The word at `index` of `data`; `0` past the end (the macro never writes such an index).
#[inline]
const fn word(data: &[u8], index: usize) -> u32 {
    if data.len() < index * 4 + 4 {
        return 0;
    }
    let i = index * 4;
    u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]])
}

impl Table {
    /// The table of a generated catalog, its header read here, in const.
    pub const fn __new(catalog: &'static Catalog, text: &'static str, data: &'static [u8]) -> Self {
        Table {
            catalog,
            text,
            data,
            pieces_at: word(data, header::PIECES_AT) as usize,
            params_at: word(data, header::PARAMS_AT) as usize,
            order_at: word(data, header::ORDER_AT) as usize,
            displacements_at: word(data, header::DISPLACEMENTS_AT) as usize,
            displacements: word(data, header::DISPLACEMENTS) as usize,
            slots_at: word(data, header::SLOTS_AT) as usize,
            slots: word(data, header::SLOTS) as usize,
            seed: word(data, header::SEED_LOW) as u64
                | (word(data, header::SEED_HIGH) as u64) << 32,
        }
    }

    /// The catalog whose rows these are.
    #[inline]
    pub(crate) fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    /// The word at `index`; `0` past the end.
    #[inline]
    pub(crate) fn word(&self, index: usize) -> u32 {
        match self.data.get(index * 4..index * 4 + 4) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        }
    }

    /// The `N` words from `index` (one bounds check for all); zeros past the end.
    #[inline]
    pub(crate) fn words<const N: usize>(&self, index: usize) -> [u32; N] {
        let mut out = [0; N];
        if let Some(bytes) = self.data.get(index * 4..(index + N) * 4) {
            for (word, b) in out.iter_mut().zip(bytes.chunks_exact(4)) {
                *word = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
        }
        out
    }

    /// The bytes of the words from `index` to `index + len`, or nothing past the end.
    #[inline]
    pub(crate) fn bytes(&self, index: usize, len: usize) -> &'static [u8] {
        let data: &'static [u8] = self.data;
        data.get(index * 4..(index + len) * 4).unwrap_or_default()
    }

    #[inline]
    pub(crate) fn index(&self, index: usize) -> usize {
        self.word(index) as usize
    }

    /// The text whose offset and length are the words at `index`.
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
        text.get(start..start + len as usize).unwrap_or_default()
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
        header::LEN + row as usize * ROW + field
    }
}
