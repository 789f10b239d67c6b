//! Message and description templates, split into pieces when the catalog is compiled.

use core::fmt;

use error_catalog_layout::{ARG, PIECE, WHOLE};

use crate::table::Table;
use crate::value::Value;

/// One piece of a [`Template`]: literal text, or the parameter at an index of the row's
/// parameter list.
///
/// ```
/// use error_catalog::{error_catalog, Piece};
///
/// #[error_catalog]
/// mod iam {
///     catalog! { 400 "LOGIN.0001" locked(minutes: u32) message: "Locked for {minutes}."; }
/// }
///
/// let message = iam::CATALOG.get("LOGIN.0001").unwrap().message();
/// let pieces: Vec<Piece> = message.pieces().iter().collect();
/// assert_eq!(pieces, [Piece::Lit("Locked for "), Piece::Arg(0), Piece::Lit(".")]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Text rendered as it is (escapes such as `{{` already resolved).
    Lit(&'static str),
    /// The argument at this index of [`Entry::params`](crate::Entry::params).
    Arg(usize),
}

/// A row's message or description: the text exactly as the table wrote it, plus its pieces.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32)
///             message: "Locked for {minutes} minutes {{at most}}.";
///         404 "APP.0001" not_found message: "Application does not exist.";
///     }
/// }
///
/// let message = iam::CATALOG.get("LOGIN.0001").unwrap().message();
/// assert_eq!(message.source(), "Locked for {minutes} minutes {{at most}}.");
/// assert!(!message.is_literal());
/// assert_eq!(message.pieces().len(), 3);
/// let literal = iam::CATALOG.get("APP.0001").unwrap().message();
/// assert!(literal.is_literal());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Template {
    source: &'static str,
    pieces: Pieces,
}

/// The pieces of a [`Template`], in order: a list that can be indexed and iterated.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32)
///             message: "Locked for {minutes} minutes {{at most}}.";
///         404 "APP.0001" not_found message: "Application does not exist.";
///     }
/// }
///
/// use error_catalog::Piece;
///
/// let pieces = iam::CATALOG.get("LOGIN.0001").unwrap().message().pieces();
/// assert_eq!(pieces.get(0), Some(Piece::Lit("Locked for ")));
/// assert_eq!(pieces.get(1), Some(Piece::Arg(0)));
/// // Escapes come resolved.
/// assert_eq!(pieces.get(2), Some(Piece::Lit(" minutes {at most}.")));
/// assert_eq!(pieces.get(3), None);
/// let whole = iam::CATALOG.get("APP.0001").unwrap().message().pieces();
/// assert_eq!(whole.iter().collect::<Vec<_>>(), [Piece::Lit("Application does not exist.")]);
/// ```
#[derive(Clone, Copy)]
pub struct Pieces {
    repr: Repr,
    len: usize,
}

#[derive(Clone, Copy)]
enum Repr {
    /// Pieces written by hand (`Template::__new`).
    Slice(&'static [Piece]),
    /// Pieces in a generated catalog's table, from word `at`.
    Table(&'static Table, usize),
    /// One literal piece: the source (a generated template without placeholders or escapes).
    Whole(&'static str),
}

impl Template {
    /// A template from its pieces, for code and tests that build one by hand.
    #[doc(hidden)]
    pub const fn __new(source: &'static str, pieces: &'static [Piece]) -> Self {
        Template {
            source,
            pieces: Pieces {
                repr: Repr::Slice(pieces),
                len: pieces.len(),
            },
        }
    }

    /// The template whose source and pieces are the four words `[offset, length, first
    /// piece, pieces]` of a row in `table`.
    #[inline]
    pub(crate) fn __from_table(table: &'static Table, [at, len, first, count]: [u32; 4]) -> Self {
        let source = table.slice(at, len);
        let pieces = match first {
            WHOLE => Pieces {
                repr: Repr::Whole(source),
                len: 1,
            },
            first => Pieces {
                repr: Repr::Table(table, table.piece(first)),
                len: count as usize,
            },
        };
        Template { source, pieces }
    }

    /// The template as written in the table, verbatim (placeholders and escapes included).
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// The pieces: literal text and parameter references, in order.
    pub const fn pieces(&self) -> Pieces {
        self.pieces
    }

    /// `true` when the template has no parameters.
    pub fn is_literal(&self) -> bool {
        self.pieces.iter().all(|p| matches!(p, Piece::Lit(_)))
    }

    /// Renders the template, asking `arg` for each parameter by index. A missing argument
    /// renders as nothing. Arguments render as `write!` renders its own: the flags of `f`
    /// (width, precision…) do not reach them.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! {
    ///         400 "LOGIN.0001" locked(minutes: u32)
    ///             message: "Locked for {minutes} minutes {{at most}}.";
    ///         404 "APP.0001" not_found message: "Application does not exist.";
    ///     }
    /// }
    ///
    /// use std::fmt;
    /// use error_catalog::{Template, Value};
    ///
    /// /// A template rendered with one argument.
    /// struct With(Template, Option<i64>);
    ///
    /// impl fmt::Display for With {
    ///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    ///         self.0.render(f, |i| (i == 0).then_some(self.1.map(Value::Int)).flatten())
    ///     }
    /// }
    ///
    /// let message = iam::CATALOG.get("LOGIN.0001").unwrap().message();
    /// assert_eq!(With(message, Some(5)).to_string(), "Locked for 5 minutes {at most}.");
    /// assert_eq!(With(message, None).to_string(), "Locked for  minutes {at most}.");
    /// ```
    #[inline]
    pub fn render<'a>(
        &self,
        f: &mut fmt::Formatter<'_>,
        arg: impl Fn(usize) -> Option<Value<'a>>,
    ) -> fmt::Result {
        match self.pieces.repr {
            Repr::Whole(text) => f.write_str(text),
            Repr::Table(table, start) => render_words(table, start, self.pieces.len, f, arg),
            Repr::Slice(pieces) => {
                for piece in pieces {
                    match *piece {
                        Piece::Lit(text) => f.write_str(text)?,
                        Piece::Arg(index) => {
                            if let Some(value) = arg(index) {
                                value.write_arg(f)?;
                            }
                        }
                    }
                }
                Ok(())
            }
        }
    }

    /// Renders the template whose four words (as [`Template::__from_table`] takes them) are
    /// given, without making the `Template`: the source is sliced only when it is the whole
    /// template. `Display` of every generated type comes here.
    #[inline(always)] // The one-literal case is a few instructions: keep it out of the loop's frame.
    pub(crate) fn render_from_table<'a>(
        table: &'static Table,
        [at, len, first, count]: [u32; 4],
        f: &mut fmt::Formatter<'_>,
        arg: impl Fn(usize) -> Option<Value<'a>>,
    ) -> fmt::Result {
        match first {
            WHOLE => f.write_str(table.slice(at, len)),
            first => render_words(table, table.piece(first), count as usize, f, arg),
        }
    }
}

/// Renders the `count` pieces of `table` from word `start`, read straight from the table.
/// Never inlined: in a caller's frame its registers would be saved for the one-literal
/// templates too, the common case, which then cost more than `write!` does.
#[inline(never)]
fn render_words<'a>(
    table: &'static Table,
    start: usize,
    count: usize,
    f: &mut fmt::Formatter<'_>,
    arg: impl Fn(usize) -> Option<Value<'a>>,
) -> fmt::Result {
    let words = table.bytes(start, count * PIECE);
    // Fixed-size chunks: no bounds check per byte.
    for [a0, a1, a2, a3, b0, b1, b2, b3] in words.as_chunks::<8>().0 {
        let first = u32::from_le_bytes([*a0, *a1, *a2, *a3]);
        match u32::from_le_bytes([*b0, *b1, *b2, *b3]) {
            ARG => {
                if let Some(value) = arg(first as usize) {
                    value.write_arg(f)?;
                }
            }
            len => f.write_str(table.slice(first, len))?,
        }
    }
    Ok(())
}

impl Pieces {
    /// The piece at `index`, or `None` past the end.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Piece> {
        if index >= self.len {
            return None;
        }
        match self.repr {
            Repr::Slice(pieces) => pieces.get(index).copied(),
            Repr::Whole(text) => Some(Piece::Lit(text)),
            Repr::Table(table, start) => {
                let at = start + index * PIECE;
                Some(match table.words(at) {
                    [index, ARG] => Piece::Arg(index as usize),
                    [start, len] => Piece::Lit(table.slice(start, len)),
                })
            }
        }
    }
}

crate::list::list_iter!(
    /// The iterator over a template's [`Pieces`]: [`Pieces::iter`], or `for piece in pieces`.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Piece};
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! { 400 "LOGIN.0001" locked(minutes: u32) message: "{minutes} minutes"; }
    /// }
    ///
    /// let mut iter = iam::CATALOG.get("LOGIN.0001").unwrap().message().pieces().iter();
    /// assert_eq!(iter.len(), 2);
    /// assert_eq!(iter.next(), Some(Piece::Arg(0)));
    /// assert_eq!(iter.next(), Some(Piece::Lit(" minutes")));
    /// assert_eq!(iter.next(), None);
    /// ```
    PiecesIter,
    Pieces,
    Piece
);
