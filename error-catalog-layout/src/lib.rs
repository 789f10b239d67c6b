//! The packed table behind every `#[error_catalog]` catalog, in one place: the macro's code
//! generator (`error-catalog-codegen`) writes it through these names and the runtime
//! (`error-catalog`) reads it through the same, so the two cannot hold different copies of it.
//! A table built for another layout fails to compile: its header carries the layout
//! [`VERSION`] and its lengths, which [`Header::read`] checks in the `const` that builds each
//! catalog's table.
//!
//! A table is a text (every distinct string of the catalog once) and data, little-endian `u32`
//! words. A text is a span of two words, offset and length in bytes. The data's sections, in
//! order, each right after the one before:
//!
//! - the header: [`header::LEN`] words, at the [`header`] indexes;
//! - the rows: [`row::WORDS`] words each, the fields at the [`row`] offsets;
//! - the pieces of templates: [`PIECE`] words each, a literal's span, or a parameter's index
//!   followed by [`ARG`];
//! - the parameters: [`PARAM`] words each, the spans of the name and of the type;
//! - the order: each row's index, sorted by code (for `Catalog::get_all`);
//! - the perfect hash ([`phf`]): one displacement per bucket, then the slots, each a row index
//!   or [`phf::EMPTY`].
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod locale;
pub mod phf;

/// The layout's version, the header's first word. Bump it with any change to what a word
/// means or where it sits. (2: a row's status word holds up to [`STATUSES`] statuses.)
pub const VERSION: u32 = 2;

/// Words per piece of a template.
pub const PIECE: usize = 2;
/// Words per parameter: two spans.
pub const PARAM: usize = 4;

/// Second word of a piece that is a parameter: longer than any text a catalog holds, and four
/// printable bytes (`~~~~`), which a byte string literal holds as they are where `u32::MAX`
/// took four `\xFF` escapes, in every piece and every row.
pub const ARG: u32 = 0x7E7E_7E7E;
/// First word of a template's piece list when the template is one literal, its source: such
/// a template lists no pieces. Beyond any piece index, and printable as [`ARG`] is.
pub const WHOLE: u32 = 0x7E7E_7E7E;
/// The status word of a row without an HTTP status (no status is 0).
pub const NO_STATUS: u32 = 0;
/// How many statuses a row's status word holds: `404/500` (the vendor answers the code with
/// either), the first the primary one.
pub const STATUSES: usize = 3;
/// The bits of one status in the status word: status `i` is in bits `10 * i` to `10 * i + 9`
/// (every status is below 1,024), so that a row with one status writes its number as is.
const STATUS_BITS: u32 = 0x3FF;

/// The status word of a row's statuses, primary first (at most [`STATUSES`], each below
/// 1,024; the macro checks both). No status is [`NO_STATUS`].
pub const fn status_word(statuses: &[u16]) -> u32 {
    let mut word = NO_STATUS;
    let mut i = 0;
    while i < statuses.len() && i < STATUSES {
        word |= (statuses[i] as u32 & STATUS_BITS) << (10 * i);
        i += 1;
    }
    word
}

/// Status `i` of a status word (0 for none: the primary one of a row without a status, or
/// past the row's last).
pub const fn status_at(word: u32, i: usize) -> u16 {
    if i >= STATUSES {
        return 0;
    }
    ((word >> (10 * i)) & STATUS_BITS) as u16
}

/// Word indexes of the header.
pub mod header {
    /// The layout's [`VERSION`](crate::VERSION).
    pub const VERSION: usize = 0;
    /// The data's length in words: the table's expected length.
    pub const WORDS: usize = 1;
    /// The text's length in bytes.
    pub const TEXT_LEN: usize = 2;
    /// The number of rows.
    pub const ROWS: usize = 3;
    /// The number of template pieces.
    pub const PIECES: usize = 4;
    /// The number of parameters.
    pub const PARAMS: usize = 5;
    /// The perfect hash's number of buckets (displacements).
    pub const DISPLACEMENTS: usize = 6;
    /// The perfect hash's number of slots.
    pub const SLOTS: usize = 7;
    /// The perfect hash's seed, low and high halves.
    pub const SEED_LOW: usize = 8;
    /// See [`SEED_LOW`].
    pub const SEED_HIGH: usize = 9;
    /// Words in the header: the rows start here.
    pub const LEN: usize = 10;
}

/// Word offsets of a row's fields. A span or a list takes two words (where, how many).
pub mod row {
    /// The code's span.
    pub const CODE: usize = 0;
    /// The HTTP statuses ([`status_word`](crate::status_word)), or
    /// [`NO_STATUS`](crate::NO_STATUS).
    pub const STATUS: usize = 2;
    /// The span of the group enum's name.
    pub const GROUP: usize = 3;
    /// The span of the variant's name.
    pub const VARIANT: usize = 5;
    /// The span of the constructor's name.
    pub const NAME: usize = 7;
    /// Four words: the source's span, then the first piece (or [`WHOLE`](crate::WHOLE)) and
    /// how many pieces there are.
    pub const MESSAGE: usize = 9;
    /// Four words, as the message's.
    pub const DESCRIPTION: usize = 13;
    /// Where a template's piece list (first piece, count) sits within its four words.
    pub const TEMPLATE_PIECES: usize = 2;
    /// The solution's span.
    pub const SOLUTION: usize = 17;
    /// The first parameter and how many there are (zero and zero for none).
    pub const PARAMS: usize = 19;
    /// The span of the doc comment's lines, joined with `\n`.
    pub const DOC: usize = 21;
    /// The index of the row's group, in the order the groups were declared or first used.
    pub const GROUP_INDEX: usize = 23;
    /// Words per row.
    pub const WORDS: usize = 24;
}

/// A translation's table (one per locale of a catalog that has translations) has the same
/// layout, one row per row of the catalog, of which it fills only the message, description and
/// solution; the status word says which of them the translation gives, and the perfect hash
/// is empty.
pub mod translation {
    /// The row word holding the [`MESSAGE`], [`DESCRIPTION`] and [`SOLUTION`] bits.
    pub const PRESENT: usize = crate::row::STATUS;
    /// The translation has a message.
    pub const MESSAGE: u32 = 1;
    /// The translation has a description.
    pub const DESCRIPTION: u32 = 2;
    /// The translation has a solution.
    pub const SOLUTION: u32 = 4;
}

/// What the header says: the sections' lengths, from which their positions follow (each
/// section starts where the one before it ends, so no position is written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Rows.
    pub rows: usize,
    /// Template pieces.
    pub pieces: usize,
    /// Parameters.
    pub params: usize,
    /// The perfect hash's buckets.
    pub displacements: usize,
    /// The perfect hash's slots.
    pub slots: usize,
    /// The perfect hash's seed.
    pub seed: u64,
    /// The text's length in bytes.
    pub text_len: usize,
}

/// Why a table cannot be read with this layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// The data is not whole words, or shorter than a header.
    NoHeader,
    /// The header's version is not [`VERSION`].
    Version,
    /// The data's length is not the header's, or the sections do not add up to it.
    Length,
    /// The text's length is not the header's.
    TextLength,
    /// The header's row count is not the catalog's.
    Rows,
}

impl Mismatch {
    /// The compile error's text.
    pub const fn message(self) -> &'static str {
        match self {
            Mismatch::NoHeader => {
                "error-catalog: this catalog's table has no header: error-catalog and \
                 error-catalog-macros must be the same version"
            }
            Mismatch::Version => {
                "error-catalog: this catalog's table was written for another layout version \
                 than this runtime reads: error-catalog and error-catalog-macros must be the \
                 same version"
            }
            Mismatch::Length => {
                "error-catalog: this catalog's table is not as long as its header says: \
                 error-catalog and error-catalog-macros must be the same version"
            }
            Mismatch::TextLength => {
                "error-catalog: this catalog's text is not as long as its table's header \
                 says: error-catalog and error-catalog-macros must be the same version"
            }
            Mismatch::Rows => {
                "error-catalog: this catalog's table holds another number of rows than the \
                 catalog: error-catalog and error-catalog-macros must be the same version"
            }
        }
    }
}

/// The word at `index` of `data`, if there is one.
#[inline]
pub const fn word(data: &[u8], index: usize) -> Option<u32> {
    let i = index * 4;
    if data.len() < i + 4 {
        return None;
    }
    Some(u32::from_le_bytes([
        data[i],
        data[i + 1],
        data[i + 2],
        data[i + 3],
    ]))
}

impl Header {
    /// Where the rows start (a word index).
    pub const fn rows_at(&self) -> usize {
        header::LEN
    }

    /// Where the pieces start.
    pub const fn pieces_at(&self) -> usize {
        self.rows_at() + self.rows * row::WORDS
    }

    /// Where the parameters start.
    pub const fn params_at(&self) -> usize {
        self.pieces_at() + self.pieces * PIECE
    }

    /// Where the order starts.
    pub const fn order_at(&self) -> usize {
        self.params_at() + self.params * PARAM
    }

    /// Where the displacements start.
    pub const fn displacements_at(&self) -> usize {
        self.order_at() + self.rows
    }

    /// Where the slots start.
    pub const fn slots_at(&self) -> usize {
        self.displacements_at() + self.displacements
    }

    /// The data's length in words.
    pub const fn words(&self) -> usize {
        self.slots_at() + self.slots
    }

    /// The header's words, as the data starts with them.
    pub const fn to_words(&self) -> [u32; header::LEN] {
        let mut out = [0; header::LEN];
        out[header::VERSION] = VERSION;
        out[header::WORDS] = self.words() as u32;
        out[header::TEXT_LEN] = self.text_len as u32;
        out[header::ROWS] = self.rows as u32;
        out[header::PIECES] = self.pieces as u32;
        out[header::PARAMS] = self.params as u32;
        out[header::DISPLACEMENTS] = self.displacements as u32;
        out[header::SLOTS] = self.slots as u32;
        out[header::SEED_LOW] = self.seed as u32;
        out[header::SEED_HIGH] = (self.seed >> 32) as u32;
        out
    }

    /// The header of a table of `rows` rows, checked against this layout: its version, the
    /// data's and the text's lengths, and that its sections fill the data exactly. Every read
    /// of a section's word at an index the header implies is then in bounds. `const`, so
    /// that the runtime checks each catalog's table when it is compiled.
    pub const fn read(text: &str, data: &[u8], rows: usize) -> Result<Header, Mismatch> {
        if !data.len().is_multiple_of(4) {
            return Err(Mismatch::NoHeader);
        }
        let mut words = [0u32; header::LEN];
        let mut i = 0;
        while i < header::LEN {
            words[i] = match word(data, i) {
                Some(word) => word,
                None => return Err(Mismatch::NoHeader),
            };
            i += 1;
        }
        if words[header::VERSION] != VERSION {
            return Err(Mismatch::Version);
        }
        let header = Header {
            rows: words[header::ROWS] as usize,
            pieces: words[header::PIECES] as usize,
            params: words[header::PARAMS] as usize,
            displacements: words[header::DISPLACEMENTS] as usize,
            slots: words[header::SLOTS] as usize,
            seed: words[header::SEED_LOW] as u64 | (words[header::SEED_HIGH] as u64) << 32,
            text_len: words[header::TEXT_LEN] as usize,
        };
        let len = words[header::WORDS] as usize;
        if len != data.len() / 4 || header.words() != len {
            return Err(Mismatch::Length);
        }
        if header.text_len != text.len() {
            return Err(Mismatch::TextLength);
        }
        if header.rows != rows {
            return Err(Mismatch::Rows);
        }
        Ok(header)
    }
}

/// Where a table's word points outside what it should: the word's index and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fault {
    /// The index of the offending word.
    pub at: usize,
    /// What the word is.
    pub what: &'static str,
}

/// Checks every word of a table, not just its header: each span inside the text and on
/// character boundaries, each piece and parameter list inside its section, each row index in
/// the order and the slots a row. Too slow for const evaluation at every build; the macro
/// runs it on what it writes in debug builds (every test build), so that the runtime's reads,
/// bounded by the header alone, never miss.
pub fn validate(text: &str, data: &[u8]) -> Result<Header, Fault> {
    let word = |at: usize| {
        word(data, at).ok_or(Fault {
            at,
            what: "a word past the end",
        })
    };
    let rows = word(header::ROWS)? as usize;
    let header = Header::read(text, data, rows).map_err(|m| Fault {
        at: 0,
        what: m.message(),
    })?;
    let span = |at: usize, what: &'static str| -> Result<(), Fault> {
        let (start, len) = (word(at)? as usize, word(at + 1)? as usize);
        match text.get(start..start + len) {
            Some(_) => Ok(()),
            None => Err(Fault { at, what }),
        }
    };
    let list = |at: usize, items: usize, what: &'static str| -> Result<(), Fault> {
        let (first, len) = (word(at)? as usize, word(at + 1)? as usize);
        if first + len > items {
            return Err(Fault { at, what });
        }
        Ok(())
    };
    for r in 0..header.rows {
        let at = header.rows_at() + r * row::WORDS;
        span(at + row::CODE, "a code's span")?;
        span(at + row::GROUP, "a group's span")?;
        span(at + row::VARIANT, "a variant's span")?;
        span(at + row::NAME, "a name's span")?;
        for template in [row::MESSAGE, row::DESCRIPTION] {
            span(at + template, "a template's span")?;
            let pieces = at + template + row::TEMPLATE_PIECES;
            if word(pieces)? != WHOLE {
                list(pieces, header.pieces, "a template's pieces")?;
            }
        }
        span(at + row::SOLUTION, "a solution's span")?;
        list(at + row::PARAMS, header.params, "a row's parameters")?;
        span(at + row::DOC, "a doc's span")?;
    }
    for p in 0..header.pieces {
        let at = header.pieces_at() + p * PIECE;
        if word(at + 1)? != ARG {
            span(at, "a piece's span")?;
        }
    }
    for p in 0..header.params {
        let at = header.params_at() + p * PARAM;
        span(at, "a parameter's name")?;
        span(at + 2, "a parameter's type")?;
    }
    for at in header.order_at()..header.displacements_at() {
        if word(at)? as usize >= header.rows {
            return Err(Fault {
                at,
                what: "a row in the order",
            });
        }
    }
    for at in header.slots_at()..header.words() {
        let slot = word(at)?;
        if slot != phf::EMPTY && slot as usize >= header.rows {
            return Err(Fault {
                at,
                what: "a row in a slot",
            });
        }
    }
    Ok(header)
}

#[cfg(test)]
mod tests;
