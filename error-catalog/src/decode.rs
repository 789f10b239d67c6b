//! Client side: a code and a message received from a server, back into the typed error.
//! The matching rules are on [`Decode`], where users read them.

use alloc::string::String;
use core::cell::Cell;
use core::fmt;

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::error::CatalogError;
use crate::template::{Piece, Template};
use crate::value::Arg;

/// A type that can be rebuilt from a received code and message: every enum
/// `#[error_catalog]` generates implements it (the module's error enum also has an inherent
/// `decode`, so that one needs no import).
///
/// The row is found by code; its arguments are recovered by matching the message against the
/// row's message template, piece by piece, then parsed into their declared types with
/// [`Arg::parse`]. The matching rules, which make the work linear in the message's length:
///
/// - literal pieces must appear verbatim; a template's first literal must start the message
///   and its last literal must end it;
/// - a placeholder followed by a literal takes the text up to the *first* occurrence of that
///   literal (leftmost match, no backtracking); a placeholder at the end takes the rest;
/// - a placeholder repeated in the template must capture the same text each time;
/// - two placeholders with no literal between them cannot be split, so such a row is never
///   decoded: the result is [`Reason::Ambiguous`] rather than a guess.
///
/// An argument whose rendering contains the literal that follows its placeholder can
/// therefore come back shorter or not at all; numbers and the IAM catalog's arguments cannot.
/// Every parameter appears in the message (the macro requires it), so every argument of a
/// matching message is recovered; parsing may normalise it (`"03"` → `3`).
///
/// ```
/// use error_catalog::{error_catalog, Decode, Reason};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "It will be unlocked in {0} minutes and {1} seconds.";
///         400 "LOGIN.0002" bad_credentials(remaining_attempts: u32)
///             message: "Invalid password. Remaining attempts: {0}";
///         503 "COM.0002" system_busy message: "System busy. Please try again later.";
///     }
/// }
///
/// // The module enum, or any group enum.
/// let error = iam::Error::decode("LOGIN.0001", "It will be unlocked in 5 minutes and 30 seconds.");
/// assert_eq!(error, Ok(iam::Login::locked(5, 30).into()));
/// assert_eq!(iam::Com::decode("COM.0002", "System busy. Please try again later."), Ok(iam::Com::SystemBusy));
///
/// // Whatever does not decode says why, and keeps what was received.
/// let wrong_type = iam::Login::decode("LOGIN.0002", "Invalid password. Remaining attempts: many");
/// assert_eq!(wrong_type.unwrap_err().reason(), &Reason::BadArgument("remaining_attempts"));
/// let edited = iam::Error::decode("LOGIN.0002", "Wrong password.").unwrap_err();
/// assert_eq!(edited.reason(), &Reason::Mismatch);
/// assert_eq!(edited.message(), "Wrong password.");
/// let elsewhere = iam::Login::decode("COM.0002", "System busy. Please try again later.");
/// assert_eq!(elsewhere.unwrap_err().reason(), &Reason::OtherType);
/// ```
pub trait Decode: CatalogError + Sized {
    /// The module's error enum of the type's catalog (itself for that enum).
    #[doc(hidden)]
    type __Module: Decode;

    /// The catalog: the module enum says which, its groups ask it.
    #[doc(hidden)]
    fn __catalog() -> &'static Catalog {
        <Self::__Module as Decode>::__catalog()
    }

    /// Builds the value for the row at `row` (table order) from its captured arguments, or
    /// `None` when the row is not one of this type's or an argument does not parse.
    #[doc(hidden)]
    fn __from_row(row: usize, args: &Captures<'_>) -> Option<Self>;

    /// Finds the row by `code` and recovers its arguments from `message`.
    ///
    /// Never panics; anything that is not one of this type's rows, rendered, comes back as an
    /// [`Undecoded`] holding the code, the message and the reason.
    fn decode(code: &str, message: &str) -> Result<Self, Undecoded> {
        decode(code, message)
    }

    /// Finds the row by `code` and recovers its arguments from `message`; when the message
    /// does not match the row's template (a server whose catalog reworded it since), from
    /// `args`, the arguments the server sent by parameter name, as text. Call it only with
    /// arguments a server did send: a row without parameters then decodes by its code.
    ///
    /// Never panics; see [`Decode::decode`].
    fn decode_with_args(
        code: &str,
        message: &str,
        args: &[(&str, &str)],
    ) -> Result<Self, Undecoded> {
        decode_else_named(code, message, Some(|| decode_named(code, message, args)))
    }

    /// Decodes a received body (either wire shape). A problem+json body's `args` member is
    /// used where its `detail` does not match the row's template (see
    /// [`Decode::decode_with_args`]); a body without one is decoded from its message alone.
    ///
    /// ```
    /// use error_catalog::{error_catalog, wire::ErrorBody, Decode};
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         404 "CART.0003" not_found message: "Cart not found.";
    ///     }
    /// }
    ///
    /// let body = ErrorBody::new("CART.0003", "Cart not found.");
    /// assert_eq!(shop::Error::decode_body(&body), Ok(shop::Cart::not_found().into()));
    /// ```
    #[cfg(feature = "serde")]
    fn decode_body(body: &crate::wire::ErrorBody) -> Result<Self, Undecoded> {
        let args = (body.args()).map(|args| move || args.map(|(n, v)| (n, v.into())));
        decode_received(body.code(), body.message(), args)
    }

    /// Decodes a received gRPC status (feature `tonic`): the row and its arguments from its
    /// `ErrorInfo` exactly, or, when it carries none, from its message. See
    /// [`grpc`](crate::grpc).
    #[cfg(feature = "tonic")]
    fn from_status(status: &tonic::Status) -> Result<Self, Undecoded> {
        crate::grpc::from_status(status)
    }

    /// Decodes a JSON body as a server sends it: the vendor shape (`error_code`,
    /// `error_msg`) or `application/problem+json` (`code`, `detail`). A body that is not
    /// one of these comes back as an [`Undecoded`] with an empty code and message and
    /// [`Reason::MalformedBody`].
    ///
    /// ```
    /// use error_catalog::{error_catalog, Decode, Reason};
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! {
    ///         400 "LOGIN.0002" bad_credentials(remaining_attempts: u32)
    ///             message: "Invalid password. Remaining attempts: {0}";
    ///     }
    /// }
    ///
    /// let vendor = br#"{"error_code": "LOGIN.0002", "error_msg": "Invalid password. Remaining attempts: 2"}"#;
    /// let problem = br#"{"type": "about:blank", "code": "LOGIN.0002", "detail": "Invalid password. Remaining attempts: 2"}"#;
    /// for body in [&vendor[..], &problem[..]] {
    ///     assert_eq!(iam::Login::from_json(body), Ok(iam::Login::BadCredentials { remaining_attempts: 2 }));
    /// }
    ///
    /// let truncated = iam::Error::from_json(br#"{"error_code": "LOGIN.00"#).unwrap_err();
    /// assert!(matches!(truncated.reason(), Reason::MalformedBody(_)));
    /// assert_eq!(truncated.code(), "");
    /// ```
    #[cfg(feature = "json")]
    fn from_json(json: &[u8]) -> Result<Self, Undecoded> {
        match crate::wire::RawBody::from_json(json) {
            Ok(body) => body.decode(),
            Err(error) => Err(Undecoded::new("", "", Reason::MalformedBody(error))),
        }
    }
}

/// A received body: its code, its message and, when it carries them, its arguments by name
/// ([`Decode::decode_body`], and the wire's borrowed body), read as
/// [`Decode::decode_with_args`] reads them; `args` (which may render numbers as text) runs
/// only where the message does not match.
#[cfg(feature = "serde")]
pub(crate) fn decode_received<'a, T: Decode, I>(
    code: &str,
    message: &str,
    args: Option<impl FnOnce() -> I>,
) -> Result<T, Undecoded>
where
    I: Iterator<Item = (&'a str, alloc::borrow::Cow<'a, str>)>,
{
    let named = args.map(|args| {
        move || {
            let args: alloc::vec::Vec<_> = args().collect();
            decode_named(code, message, &args)
        }
    });
    decode_else_named(code, message, named)
}

/// `decode`; where the message does not match, `named` (the arguments by name), if given.
fn decode_else_named<T: Decode>(
    code: &str,
    message: &str,
    named: Option<impl FnOnce() -> Option<T>>,
) -> Result<T, Undecoded> {
    match (decode(code, message), named) {
        (Err(undecoded), Some(named)) if undecoded.reason == Reason::Mismatch => {
            named().ok_or(undecoded)
        }
        (decoded, _) => decoded,
    }
}

fn decode<T: Decode>(code: &str, message: &str) -> Result<T, Undecoded> {
    // The source's message, then each translation's: a body in any shipped language.
    decode_with(code, message, |entry, slots| {
        // The source's first, on its own: the chained iterator over every language cost a
        // tenth of decoding a row of a catalog without translations.
        let mut matched = match_template(&entry.message(), message, slots);
        if matched.is_err() {
            for template in entry.messages().skip(1) {
                slots.iter_mut().for_each(|s| *s = None);
                matched = match_template(&template, message, slots);
                if matched.is_ok() {
                    break;
                }
            }
        }
        matched
    })
}

/// Finds the rows with `code`; for each, `fill` gives the text of each parameter's argument
/// (from the message, or from wherever a transport carries them), then the type parses them.
pub(crate) fn decode_with<'m, T: Decode>(
    code: &str,
    message: &str,
    mut fill: impl FnMut(&Entry, &mut [Option<&'m str>]) -> Result<(), Reason>,
) -> Result<T, Undecoded> {
    let catalog = T::__catalog();
    // The first row of the code through the hash index, as `get` finds it; the binary search
    // for the other rows of a shared code only when that one does not decode (it was two
    // fifths of decoding a 75-row catalog's row, BENCHMARKS.md, round five).
    let Some(first) = catalog.get(code) else {
        return Err(Undecoded::new(code, message, Reason::UnknownCode));
    };
    let mut reason = match decode_row(catalog, first, &mut fill) {
        Ok(value) => return Ok(value),
        Err(reason) => reason,
    };
    for entry in catalog.get_all(code).filter(|e| !core::ptr::eq(*e, first)) {
        match decode_row(catalog, entry, &mut fill) {
            Ok(value) => return Ok(value),
            Err(why) => reason = why,
        }
    }
    Err(Undecoded::new(code, message, reason))
}

/// The arguments of this many parameters are held on the stack while decoding; a row with
/// more (rare) allocates.
const INLINE_SLOTS: usize = 8;

/// Decodes `entry`'s row: the arguments from `fill`, then the type from them.
fn decode_row<'m, T: Decode>(
    catalog: &Catalog,
    entry: &Entry,
    fill: &mut impl FnMut(&Entry, &mut [Option<&'m str>]) -> Result<(), Reason>,
) -> Result<T, Reason> {
    let row = catalog.position(entry).ok_or(Reason::UnknownCode)?;
    let count = entry.params().len();
    let mut inline = [None; INLINE_SLOTS];
    let mut heap;
    let slots: &mut [Option<&'m str>] = match inline.get_mut(..count) {
        Some(slots) => slots,
        None => {
            heap = alloc::vec![None; count];
            &mut heap
        }
    };
    fill(entry, slots)?;
    let captures = Captures {
        slots,
        failed: Cell::new(None),
    };
    if let Some(value) = T::__from_row(row, &captures) {
        return Ok(value);
    }
    Err(
        match captures.failed.get().and_then(|i| entry.params().get(i)) {
            Some(param) => Reason::BadArgument(param.name()),
            None => Reason::OtherType,
        },
    )
}

/// The row of `code` whose every parameter has an argument in `args` (by name) that parses;
/// `None` if there is none. The message is not read: it is a reworded one.
fn decode_named<T: Decode, V: AsRef<str>>(
    code: &str,
    message: &str,
    args: &[(&str, V)],
) -> Option<T> {
    decode_with(code, message, |entry, slots| {
        for (slot, param) in slots.iter_mut().zip(entry.params()) {
            let found = args.iter().find(|(name, _)| *name == param.name());
            *slot = Some(found.ok_or(Reason::Mismatch)?.1.as_ref());
        }
        Ok(())
    })
    .ok()
}

/// Matches `message` against `template`, storing each placeholder's text in `slots` (indexed
/// by parameter). Linear in the message's length: every literal is searched for once, from
/// where the previous piece ended.
fn match_template<'m>(
    template: &Template,
    message: &'m str,
    slots: &mut [Option<&'m str>],
) -> Result<(), Reason> {
    let pieces = template.pieces();
    let mut rest = message;
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        match piece {
            Piece::Lit(lit) => {
                rest = rest.strip_prefix(lit).ok_or(Reason::Mismatch)?;
                i += 1;
            }
            Piece::Arg(index) => {
                let (text, after) = match pieces.get(i + 1) {
                    None => (rest, ""),
                    Some(Piece::Arg(_)) => return Err(Reason::Ambiguous),
                    // The last literal ends the message: anchor it there, so that an
                    // argument may contain it (`"{0}."` with `"v1.2."`).
                    Some(Piece::Lit(lit)) if i + 2 == pieces.len() => {
                        (rest.strip_suffix(lit).ok_or(Reason::Mismatch)?, "")
                    }
                    Some(Piece::Lit(lit)) => {
                        let at = find(rest, lit).ok_or(Reason::Mismatch)?;
                        (&rest[..at], &rest[at + lit.len()..])
                    }
                };
                let slot = slots.get_mut(index).ok_or(Reason::Mismatch)?;
                match slot {
                    Some(previous) if *previous != text => return Err(Reason::Mismatch),
                    _ => *slot = Some(text),
                }
                rest = after;
                i += 2;
            }
        }
    }
    if rest.is_empty() {
        Ok(())
    } else {
        Err(Reason::Mismatch)
    }
}

/// `haystack.find(needle)`. Written by hand because the literals between placeholders are
/// short, where setting up `str::find`'s two-way searcher cost more than the search (a tenth
/// of decoding LOGIN.0001): a scan for the first byte, then a comparison. Its worst case is
/// `needle.len()` comparisons per byte, so a longer literal keeps the two-way searcher, linear
/// in any message (an untrusted body).
fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, pattern) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, _)) = pattern.split_first() else {
        return Some(0);
    };
    if pattern.len() > 16 {
        return haystack.find(needle);
    }
    let mut from = 0;
    while let Some(offset) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + offset;
        // `first` starts a character (UTF-8), so `at` is a character boundary.
        if hay[at..].starts_with(pattern) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The texts captured for a row's parameters, handed to generated code that parses each one
/// into its declared type.
pub struct Captures<'m> {
    slots: &'m [Option<&'m str>],
    failed: Cell<Option<usize>>,
}

impl Captures<'_> {
    /// Parses the argument of the parameter at `index`; records the first failure so that
    /// the caller can say which parameter did not parse.
    #[doc(hidden)]
    pub fn parse<T: Arg>(&self, index: usize) -> Option<T> {
        let value = self.slots.get(index).copied().flatten().and_then(T::parse);
        if value.is_none() && self.failed.get().is_none() {
            self.failed.set(Some(index));
        }
        value
    }
}

/// Why a received error was not decoded: [`Undecoded::reason`]. `Display` says it in words.
///
/// ```
/// use error_catalog::Reason;
///
/// assert_eq!(Reason::UnknownCode.to_string(), "no row has this code");
/// assert_eq!(
///     Reason::BadArgument("minutes").to_string(),
///     "argument `minutes` does not parse as its declared type"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// No row has this code.
    UnknownCode,
    /// The row exists but belongs to another group enum than the one decoding.
    OtherType,
    /// The message does not match the row's template.
    Mismatch,
    /// The row's template has two placeholders with no text between them.
    Ambiguous,
    /// The text captured for this parameter does not parse as its declared type.
    BadArgument(&'static str),
    /// The body was not a valid error body (the parser's explanation).
    MalformedBody(String),
    /// A gRPC status whose `ErrorInfo` names another domain than the catalog's (that
    /// domain): its reason is another service's code.
    OtherDomain(String),
}

/// A received error that is not one of the catalog's rows as rendered: the code and message
/// as received (verbatim), and why decoding failed. Nothing is lost: a client can still show
/// or forward it, and serializing it gives back the body it came from.
///
/// ```
/// use error_catalog::{error_catalog, Decode, Reason};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         404 "CART.0003" not_found message: "Cart not found.";
///         500 "CART.0004" batch_failed message: "Batch {0}{1} failed.";
///     }
/// }
///
/// let unknown = shop::Error::decode("BILLING.0042", "Card declined.").unwrap_err();
/// assert_eq!(unknown.reason(), &Reason::UnknownCode);
/// assert_eq!((unknown.code(), unknown.message()), ("BILLING.0042", "Card declined."));
/// assert_eq!(
///     unknown.to_string(),
///     r#"cannot decode error "BILLING.0042" ("Card declined."): no row has this code"#
/// );
///
/// // Adjacent placeholders cannot be split: such a row never decodes.
/// let ambiguous = shop::Error::decode("CART.0004", "Batch 12 failed.").unwrap_err();
/// assert_eq!(ambiguous.reason(), &Reason::Ambiguous);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undecoded {
    code: String,
    message: String,
    reason: Reason,
}

impl Undecoded {
    /// An undecoded error with this code, message and reason.
    pub fn new(code: impl Into<String>, message: impl Into<String>, reason: Reason) -> Self {
        Undecoded {
            code: code.into(),
            message: message.into(),
            reason,
        }
    }

    /// The code as received.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message as received.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Why the code and message were not decoded.
    pub fn reason(&self) -> &Reason {
        &self.reason
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::UnknownCode => f.write_str("no row has this code"),
            Reason::OtherType => f.write_str("the row belongs to another group"),
            Reason::Mismatch => f.write_str("the message does not match the row's template"),
            Reason::Ambiguous => {
                f.write_str("the row's template has adjacent placeholders, which cannot be split")
            }
            Reason::BadArgument(param) => {
                write!(f, "argument `{param}` does not parse as its declared type")
            }
            Reason::MalformedBody(why) => write!(f, "malformed error body: {why}"),
            Reason::OtherDomain(domain) => write!(f, "the error belongs to domain {domain:?}"),
        }
    }
}

impl fmt::Display for Undecoded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot decode error {:?} ({:?}): {}",
            self.code, self.message, self.reason
        )
    }
}

impl core::error::Error for Undecoded {}

#[cfg(test)]
mod tests {
    use alloc::vec::Vec;

    use super::*;

    fn run<'m>(
        pieces: &'static [Piece],
        params: usize,
        message: &'m str,
    ) -> Result<Vec<Option<&'m str>>, Reason> {
        let template = Template::__new("", pieces);
        let mut slots = alloc::vec![None; params];
        match_template(&template, message, &mut slots).map(|()| slots)
    }

    #[test]
    fn literal_only() {
        assert_eq!(
            run(&[Piece::Lit("Cart not found.")], 0, "Cart not found."),
            Ok(alloc::vec![])
        );
        assert_eq!(
            run(&[Piece::Lit("Cart not found.")], 0, "Cart not found"),
            Err(Reason::Mismatch)
        );
        assert_eq!(run(&[Piece::Lit("a")], 0, "ab"), Err(Reason::Mismatch));
    }

    #[test]
    fn placeholders_between_literals() {
        let pieces = &[
            Piece::Lit("in "),
            Piece::Arg(0),
            Piece::Lit(" minutes and "),
            Piece::Arg(1),
            Piece::Lit(" seconds."),
        ];
        assert_eq!(
            run(pieces, 2, "in 5 minutes and 30 seconds."),
            Ok(alloc::vec![Some("5"), Some("30")])
        );
        assert_eq!(
            run(pieces, 2, "in  minutes and  seconds."),
            Ok(alloc::vec![Some(""), Some("")])
        );
        assert_eq!(
            run(pieces, 2, "in 5 minutes and 30 seconds"),
            Err(Reason::Mismatch)
        );
        // The last literal is anchored at the end, so the last argument may contain it.
        assert_eq!(
            run(pieces, 2, "in 5 minutes and 1 seconds. 2 seconds."),
            Ok(alloc::vec![Some("5"), Some("1 seconds. 2")])
        );
    }

    #[test]
    fn leading_and_trailing_placeholders() {
        let pieces = &[Piece::Arg(0), Piece::Lit(" then "), Piece::Arg(1)];
        assert_eq!(
            run(pieces, 2, "a then b then c"),
            Ok(alloc::vec![Some("a"), Some("b then c")])
        );
        assert_eq!(
            run(&[Piece::Arg(0)], 1, "anything"),
            Ok(alloc::vec![Some("anything")])
        );
    }

    #[test]
    fn repeats_must_agree_and_adjacent_placeholders_are_refused() {
        let pieces = &[Piece::Arg(0), Piece::Lit("-"), Piece::Arg(0)];
        assert_eq!(run(pieces, 1, "x-x"), Ok(alloc::vec![Some("x")]));
        assert_eq!(run(pieces, 1, "x-y"), Err(Reason::Mismatch));
        let adjacent = &[Piece::Arg(0), Piece::Arg(1)];
        assert_eq!(run(adjacent, 2, "ab"), Err(Reason::Ambiguous));
    }

    #[test]
    fn find_is_str_find() {
        let long = "a literal longer than sixteen bytes";
        let hay = alloc::format!("ééa{long} minutes and {long}x");
        for needle in ["", "a", "é", " minutes and ", long, "x", "y", "ab", "ééa"] {
            assert_eq!(find(&hay, needle), hay.find(needle), "{needle:?}");
        }
        assert_eq!(find("aaab", "ab"), Some(2));
        assert_eq!(find("", "a"), None);
    }

    #[test]
    fn long_hostile_messages_are_linear() {
        // A message of a million `a`s against a template whose literal never occurs: one
        // scan, then a mismatch (a backtracking matcher would be quadratic here).
        let message = "a".repeat(1 << 20);
        let pieces = &[
            Piece::Arg(0),
            Piece::Lit("ab"),
            Piece::Arg(1),
            Piece::Lit("b"),
        ];
        assert_eq!(run(pieces, 2, &message), Err(Reason::Mismatch));
    }
}
