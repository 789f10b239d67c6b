//! Paths used by the code `#[error_catalog]` generates. Not public API: it changes with the
//! macro, which is pinned to this exact version of the runtime.

pub use core;

#[cfg(feature = "axum")]
pub use crate::response::into_response;
#[cfg(feature = "serde")]
pub use crate::wire::__hooks::{deserialize_error, serialize_error};
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "serde")]
pub use serde;

use core::fmt;

use crate::error::CatalogError;
use crate::{Entry, Param, Piece, Template};

/// `Display` for every generated type: one shared renderer instead of a `write!` per row.
#[inline]
pub fn fmt_message<E: CatalogError + ?Sized>(error: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    error.entry().message().render(f, |i| error.arg(i))
}

/// Joins the `const` chunks of a long static table (see `entries_table` in the macro's
/// `expand.rs`), in const context. The macro passes chunks whose lengths add up to `N`.
pub const fn concat<const N: usize>(chunks: &[&[Entry]]) -> [Entry; N] {
    let mut out = [chunks[0][0]; N];
    let mut i = 0;
    let mut c = 0;
    while c < chunks.len() {
        let mut j = 0;
        while j < chunks[c].len() {
            out[i] = chunks[c][j];
            i += 1;
            j += 1;
        }
        c += 1;
    }
    assert!(i == N, "the chunks' lengths add up to the table's");
    out
}

/// The rows of a static table come as data, decoded in const: one text holding every string
/// of a chunk of rows and one byte string of little-endian `u32`s pointing into it. rustc
/// type-checks two literals instead of some twenty expressions per row (BENCHMARKS.md). The
/// layouts are written by `table.rs` in the macro's crate; a wrong offset fails the build.
const fn word(data: &[u8], i: usize) -> u32 {
    let at = i * 4;
    u32::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]])
}

/// `text[start..start + len]` for the span at word `i` (start, then length).
const fn span(text: &'static str, data: &[u8], i: usize) -> &'static str {
    let start = word(data, i) as usize;
    let len = word(data, i + 1) as usize;
    text.split_at(start).1.split_at(len).0
}

/// `items[start..start + len]` for the run at word `i`.
const fn run<T>(items: &'static [T], data: &[u8], i: usize) -> &'static [T] {
    let start = word(data, i) as usize;
    let len = word(data, i + 1) as usize;
    items.split_at(start).1.split_at(len).0
}

/// Words per piece: a span of the text, or `(index, u32::MAX)` for an argument.
pub const PIECE_WORDS: usize = 2;
/// Words per parameter: the spans of its name and its type.
pub const PARAM_WORDS: usize = 4;
/// Words per row: code, status, group, variant, name, message (source, pieces), description
/// (source, pieces), solution, parameters, doc; two words per span or run, one for the status.
pub const ROW_WORDS: usize = 23;

pub const fn pieces<const N: usize>(text: &'static str, data: &[u8]) -> [Piece; N] {
    let mut out = [Piece::Arg(0); N];
    let mut i = 0;
    while i < N {
        let w = i * PIECE_WORDS;
        out[i] = if word(data, w + 1) == u32::MAX {
            Piece::Arg(word(data, w) as usize)
        } else {
            Piece::Lit(span(text, data, w))
        };
        i += 1;
    }
    out
}

pub const fn params<const N: usize>(text: &'static str, data: &[u8]) -> [Param; N] {
    let mut out = [Param::__new("", ""); N];
    let mut i = 0;
    while i < N {
        let w = i * PARAM_WORDS;
        out[i] = Param::__new(span(text, data, w), span(text, data, w + 2));
        i += 1;
    }
    out
}

pub const fn entries<const N: usize>(
    text: &'static str,
    data: &[u8],
    pieces: &'static [Piece],
    params: &'static [Param],
) -> [Entry; N] {
    let empty = Template::__new("", &[]);
    let mut out = [Entry {
        __code: "",
        __status: 0,
        __group: "",
        __variant: "",
        __name: "",
        __message: empty,
        __description: empty,
        __solution: "",
        __params: &[],
        __doc: "",
    }; N];
    let mut i = 0;
    while i < N {
        let w = i * ROW_WORDS;
        out[i] = Entry {
            __code: span(text, data, w),
            __status: word(data, w + 2) as u16,
            __group: span(text, data, w + 3),
            __variant: span(text, data, w + 5),
            __name: span(text, data, w + 7),
            __message: Template::__new(span(text, data, w + 9), run(pieces, data, w + 11)),
            __description: Template::__new(span(text, data, w + 13), run(pieces, data, w + 15)),
            __solution: span(text, data, w + 17),
            __params: run(params, data, w + 19),
            __doc: span(text, data, w + 21),
        };
        i += 1;
    }
    out
}
