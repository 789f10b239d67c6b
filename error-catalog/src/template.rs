//! Message and description templates, split into pieces when the catalog is compiled.

use core::fmt;

use crate::value::Value;

/// One piece of a [`Template`]: literal text, or the parameter at an index of the row's
/// parameter list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Text rendered as it is (escapes such as `{{` already resolved).
    Lit(&'static str),
    /// The argument at this index of [`Entry::params`](crate::Entry::params).
    Arg(usize),
}

/// A row's message or description: the text exactly as the table wrote it, plus its pieces.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    // Public only for the generated tables (struct literals, see `Entry`); not API.
    #[doc(hidden)]
    pub __source: &'static str,
    #[doc(hidden)]
    pub __pieces: &'static [Piece],
}

impl Template {
    #[doc(hidden)]
    pub const fn __new(source: &'static str, pieces: &'static [Piece]) -> Self {
        Template {
            __source: source,
            __pieces: pieces,
        }
    }

    /// The template as written in the table, verbatim (placeholders and escapes included).
    pub const fn source(&self) -> &'static str {
        self.__source
    }

    /// The pieces: literal text and parameter references, in order.
    pub const fn pieces(&self) -> &'static [Piece] {
        self.__pieces
    }

    /// `true` when the template has no parameters.
    pub fn is_literal(&self) -> bool {
        self.__pieces.iter().all(|p| matches!(p, Piece::Lit(_)))
    }

    /// Renders the template, asking `arg` for each parameter by index. A missing argument
    /// renders as nothing.
    pub fn render<'a>(
        &self,
        f: &mut fmt::Formatter<'_>,
        arg: impl Fn(usize) -> Option<Value<'a>>,
    ) -> fmt::Result {
        for piece in self.__pieces {
            match *piece {
                Piece::Lit(text) => f.write_str(text)?,
                Piece::Arg(index) => {
                    if let Some(value) = arg(index) {
                        fmt::Display::fmt(&value, f)?;
                    }
                }
            }
        }
        Ok(())
    }
}
