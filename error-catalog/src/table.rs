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

/// The data behind a generated catalog. Not API: built only by `#[error_catalog]`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Table {
    #[doc(hidden)]
    pub __text: &'static str,
    #[doc(hidden)]
    pub __data: &'static [u8],
}

/// Word indexes of the header. Word 0 holds the row count (the entries' slice has it too).
pub(crate) mod header {
    pub const ROWS_AT: usize = 1;
    pub const PIECES_AT: usize = 2;
    pub const PARAMS_AT: usize = 3;
    pub const ORDER_AT: usize = 4;
    pub const DISPLACEMENTS_AT: usize = 5;
    pub const DISPLACEMENTS: usize = 6;
    pub const SLOTS_AT: usize = 7;
    pub const SLOTS: usize = 8;
    pub const SEED_LOW: usize = 9;
    pub const SEED_HIGH: usize = 10;
}

/// Word offsets of a row's fields (a text or a list takes two words: where, how many).
pub(crate) mod row {
    pub const CODE: usize = 0;
    pub const STATUS: usize = 2;
    pub const GROUP: usize = 3;
    pub const VARIANT: usize = 5;
    pub const NAME: usize = 7;
    pub const MESSAGE: usize = 9;
    pub const MESSAGE_PIECES: usize = 11;
    pub const DESCRIPTION: usize = 13;
    pub const DESCRIPTION_PIECES: usize = 15;
    pub const SOLUTION: usize = 17;
    pub const PARAMS: usize = 19;
    pub const DOC: usize = 21;
}

/// Words per row.
pub(crate) const ROW: usize = 23;
/// Second word of a piece that is a parameter.
pub(crate) const ARG: u32 = u32::MAX;

impl Table {
    /// The word at `index`; `0` past the end (the macro never writes such an index).
    #[inline]
    pub(crate) fn word(&self, index: usize) -> u32 {
        match self.__data.get(index * 4..index * 4 + 4) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        }
    }

    #[inline]
    pub(crate) fn index(&self, index: usize) -> usize {
        self.word(index) as usize
    }

    /// The text whose offset and length are the words at `index`.
    #[inline]
    pub(crate) fn text(&self, index: usize) -> &'static str {
        let text: &'static str = self.__text;
        let start = self.index(index);
        let end = start + self.index(index + 1);
        text.get(start..end).unwrap_or_default()
    }

    /// The word index of a field of row `row`.
    #[inline]
    pub(crate) fn field(&self, row: u32, field: usize) -> usize {
        self.index(header::ROWS_AT) + row as usize * ROW + field
    }
}
