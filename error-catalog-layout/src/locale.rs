//! Language tags and language negotiation: which of a catalog's locales to answer in.
//!
//! - [`LanguageTag::parse`] checks that a tag is well-formed per BCP 47 (RFC 5646 §2.1) and
//!   says what is wrong when it is not; a parsed tag displays in canonical case
//!   (`zh-hant-tw` → `zh-Hant-TW`).
//! - [`fallbacks`] is the RFC 4647 §3.4 "lookup" chain: `zh-Hant-TW` → `zh-Hant` → `zh`.
//! - [`accept_language`] reads an `Accept-Language` header (RFC 9110 §12.5.4), and
//!   [`negotiate`] picks one of the available locales from it, or the default.
//!
//! ```
//! use error_catalog_layout::locale::{negotiate, LanguageTag};
//!
//! let tag = LanguageTag::parse("zh-hant-tw").unwrap();
//! assert_eq!(tag.to_string(), "zh-Hant-TW");
//!
//! let available = ["en", "zh-CN", "zh"];
//! assert_eq!(negotiate("zh-Hant-TW, en;q=0.5", &available, "en"), "zh");
//! assert_eq!(negotiate("fr-CH, fr;q=0.9", &available, "en"), "en");
//! ```
//!
//! Grandfathered tags (RFC 5646 §2.2.8) are rejected: the irregular ones (`i-klingon`,
//! `en-GB-oed`) do not fit the grammar and all of them have modern replacements (`tlh`,
//! `en-GB-oxendict`). The regular ones that happen to fit the grammar (`zh-min-nan`,
//! `art-lojban`) parse as ordinary tags. Tags made of private use alone (`x-pirate`) are
//! accepted. Beyond the grammar, a tag may not repeat a variant or an extension singleton
//! (RFC 5646 §2.2.5, §2.2.6), and is at most [`MAX_TAG_LEN`] bytes long.
//!
//! One source of truth for two crates: the macro checks the tags a table declares with it,
//! and the runtime (which re-exports it as `error_catalog::locale`) negotiates with it. It
//! uses `core` alone: nothing here allocates.

use core::fmt;

/// The longest tag [`LanguageTag::parse`] accepts, in bytes. RFC 5646 sets no maximum
/// (§4.4.1 asks for at least 35); real tags are far shorter, and a bound keeps the
/// duplicate checks linear in practice.
pub const MAX_TAG_LEN: usize = 255;

/// The most list elements of an `Accept-Language` header that [`accept_language`] and
/// [`negotiate`] look at; later ones are ignored, so a hostile header costs bounded work.
pub const MAX_RANGES: usize = 32;

/// The longest language range [`accept_language`] accepts, in bytes; longer ones are
/// skipped as malformed.
pub const MAX_RANGE_LEN: usize = 64;

/// A well-formed BCP 47 language tag, borrowed from the text it was parsed from.
///
/// Equality ignores ASCII case, as tags do (`zh-cn` equals `zh-CN`); `Display` writes the
/// canonical case.
///
/// ```
/// use error_catalog_layout::locale::LanguageTag;
///
/// let tag = LanguageTag::parse("SR-latn-rs-U-CA-buddhist").unwrap();
/// assert_eq!(tag.as_str(), "SR-latn-rs-U-CA-buddhist");
/// assert_eq!(tag.to_string(), "sr-Latn-RS-u-ca-buddhist");
/// assert!(!tag.is_canonical());
/// assert_eq!(tag, LanguageTag::parse("sr-Latn-RS-u-ca-buddhist").unwrap());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct LanguageTag<'a> {
    text: &'a str,
}

impl<'a> LanguageTag<'a> {
    /// Checks that `text` is a well-formed language tag.
    ///
    /// # Errors
    ///
    /// A [`TagError`] naming the offending part and saying what is wrong.
    ///
    /// ```
    /// use error_catalog_layout::locale::LanguageTag;
    ///
    /// assert!(LanguageTag::parse("pt-BR").is_ok());
    /// let error = LanguageTag::parse("zh_CN").unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "`zh_CN` is not a well-formed language tag (BCP 47): `_` is not allowed; \
    ///      subtags are separated by `-` (`zh-CN`, not `zh_CN`)"
    /// );
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, TagError<'a>> {
        walk(text, |_, _| {})?;
        Ok(LanguageTag { text })
    }

    /// The tag as written.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Whether the tag is written in canonical case (what `Display` writes).
    pub fn is_canonical(&self) -> bool {
        let mut canonical = true;
        let _ = walk(self.text, |subtag, role| {
            canonical &= subtag
                .bytes()
                .enumerate()
                .all(|(i, b)| cased(b, i, role) == b);
        });
        canonical
    }

    /// The RFC 4647 lookup chain from this tag: see [`fallbacks`].
    pub fn fallbacks(&self) -> Fallbacks<'a> {
        fallbacks(self.text)
    }
}

impl PartialEq for LanguageTag<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text.eq_ignore_ascii_case(other.text)
    }
}

impl Eq for LanguageTag<'_> {}

impl fmt::Display for LanguageTag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut result = Ok(());
        let mut first = true;
        let _ = walk(self.text, |subtag, role| {
            if !first {
                result = result.and_then(|()| f.write_str("-"));
            }
            first = false;
            for (i, b) in subtag.bytes().enumerate() {
                result =
                    result.and_then(|()| fmt::Write::write_char(f, char::from(cased(b, i, role))));
            }
        });
        result
    }
}

/// Why a text is not a well-formed language tag: `Display` says what is wrong and how to
/// write it instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagError<'a> {
    tag: &'a str,
    at: &'a str,
    problem: Problem,
}

impl<'a> TagError<'a> {
    /// The text that was parsed.
    pub fn tag(&self) -> &'a str {
        self.tag
    }

    /// The offending part of it (a subtag, a character, or the whole tag).
    pub fn part(&self) -> &'a str {
        self.at
    }

    /// Where [`part`](Self::part) starts in [`tag`](Self::tag), in bytes: lets a caller point
    /// at it.
    pub fn offset(&self) -> usize {
        self.at.as_ptr() as usize - self.tag.as_ptr() as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem {
    Empty,
    TooLong,
    BadChar,
    EmptySubtag,
    LongSubtag,
    Language,
    Grandfathered,
    /// A subtag shaped like `Role` where that role may no longer come.
    Misplaced(Role),
    Unknown,
    DuplicateVariant,
    DuplicateSingleton,
    EmptyExtension,
    EmptyPrivateUse,
}

impl fmt::Display for TagError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.at;
        write!(
            f,
            "`{}` is not a well-formed language tag (BCP 47): ",
            self.tag
        )?;
        match self.problem {
            Problem::Empty => f.write_str("it is empty; write a tag such as `en` or `zh-CN`"),
            Problem::TooLong => write!(f, "it is longer than {MAX_TAG_LEN} bytes"),
            Problem::BadChar if at == "_" => f.write_str(
                "`_` is not allowed; subtags are separated by `-` (`zh-CN`, not `zh_CN`)",
            ),
            Problem::BadChar => write!(
                f,
                "`{at}` is not allowed; a tag is ASCII letters, digits and `-` (`zh-CN`)"
            ),
            Problem::EmptySubtag => f.write_str(
                "it has an empty subtag (a `-` at the start or the end, or two in a row)",
            ),
            Problem::LongSubtag => write!(f, "subtag `{at}` is longer than 8 characters"),
            Problem::Language => write!(
                f,
                "it must start with a language of 2 to 8 letters (`en`, `haw`), or `x-` for \
                 private use, not `{at}`"
            ),
            Problem::Grandfathered => write!(
                f,
                "grandfathered tags such as `{at}` are not accepted; use the modern tag \
                 (`tlh` for `i-klingon`, `nv` for `i-navajo`)"
            ),
            Problem::Misplaced(role) => {
                let (what, placement) = match role {
                    Role::Extlang => (
                        "an extended language (3 letters)",
                        "at most three, right after a language of 2 or 3 letters",
                    ),
                    Role::Script => ("a script (4 letters)", "right after the language"),
                    _ => (
                        "a region (2 letters or 3 digits)",
                        "after the language and script, before any variant",
                    ),
                };
                write!(f, "`{at}` looks like {what}, which comes {placement}")
            }
            Problem::Unknown => write!(
                f,
                "`{at}` is not a script (4 letters), region (2 letters or 3 digits) or variant \
                 (5 to 8 letters or digits, or a digit and 3 more)"
            ),
            Problem::DuplicateVariant => write!(f, "variant `{at}` appears twice"),
            Problem::DuplicateSingleton => write!(f, "extension `{at}` appears twice"),
            Problem::EmptyExtension => write!(
                f,
                "extension `{at}` needs at least one subtag of 2 to 8 letters or digits \
                 (`u-ca-buddhist`)"
            ),
            Problem::EmptyPrivateUse => {
                f.write_str("`x` needs at least one private-use subtag after it (`x-pirate`)")
            }
        }
    }
}

impl core::error::Error for TagError<'_> {}

/// What a subtag is, by position and shape; decides its canonical case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Language,
    Extlang,
    Script,
    Region,
    Variant,
    Singleton,
    Extension,
    PrivateUse,
}

/// RFC 5646 §2.1.1: scripts in title case, regions in upper case, everything else lower.
fn cased(b: u8, index: usize, role: Role) -> u8 {
    match role {
        Role::Script if index == 0 => b.to_ascii_uppercase(),
        Role::Region => b.to_ascii_uppercase(),
        _ => b.to_ascii_lowercase(),
    }
}

/// Where in the tag the walk is: each stage admits only the subtags that may follow.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Language,
    Script,
    Region,
    Variant,
    Extension,
    PrivateUse,
}

/// Checks `text` against the RFC 5646 grammar, calling `each` with every subtag and its
/// role; the only parser, shared by `parse`, `Display` and `is_canonical`.
fn walk<'a>(text: &'a str, mut each: impl FnMut(&'a str, Role)) -> Result<(), TagError<'a>> {
    let error = |at: &'a str, problem| TagError {
        tag: text,
        at,
        problem,
    };
    if text.is_empty() {
        return Err(error(text, Problem::Empty));
    }
    if text.len() > MAX_TAG_LEN {
        return Err(error(text, Problem::TooLong));
    }
    if let Some((i, c)) = text
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphanumeric() && c != '-')
    {
        return Err(error(&text[i..i + c.len_utf8()], Problem::BadChar));
    }
    if text.split('-').any(str::is_empty) {
        return Err(error(text, Problem::EmptySubtag));
    }
    if let Some(long) = text.split('-').find(|s| s.len() > 8) {
        return Err(error(long, Problem::LongSubtag));
    }

    let mut subtags = text.split('-');
    let language = subtags.next().unwrap_or_default();
    let mut stage = Stage::Language;
    if language.eq_ignore_ascii_case("x") {
        stage = Stage::PrivateUse;
        each(language, Role::Singleton);
    } else if language.eq_ignore_ascii_case("i") {
        return Err(error(text, Problem::Grandfathered));
    } else if language.len() >= 2 && language.bytes().all(|b| b.is_ascii_alphabetic()) {
        each(language, Role::Language);
    } else {
        return Err(error(language, Problem::Language));
    }

    let mut extlangs = 0;
    // The singleton whose subtags are being read, and how many it has so far.
    let mut open: Option<(&str, usize)> = None;
    let mut singletons = 0u64;
    let mut private = 0;
    let mut variants = text; // the text from the first variant on, for the duplicate check
    for subtag in subtags {
        let alpha = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = subtag.bytes().all(|b| b.is_ascii_digit());
        let len = subtag.len();
        if stage == Stage::PrivateUse {
            private += 1;
            each(subtag, Role::PrivateUse);
            continue;
        }
        if len == 1 {
            if let Some((singleton, 0)) = open {
                return Err(error(singleton, Problem::EmptyExtension));
            }
            if subtag.eq_ignore_ascii_case("x") {
                stage = Stage::PrivateUse;
            } else {
                let first = subtag.as_bytes()[0].to_ascii_lowercase();
                let bit = 1u64
                    << if first.is_ascii_digit() {
                        first - b'0'
                    } else {
                        first - b'a' + 10
                    };
                if singletons & bit != 0 {
                    return Err(error(subtag, Problem::DuplicateSingleton));
                }
                singletons |= bit;
                stage = Stage::Extension;
                open = Some((subtag, 0));
            }
            each(subtag, Role::Singleton);
            continue;
        }
        if let Some((singleton, count)) = open {
            open = Some((singleton, count + 1));
            each(subtag, Role::Extension);
            continue;
        }
        let role = if alpha && len == 3 {
            Role::Extlang
        } else if alpha && len == 4 {
            Role::Script
        } else if (alpha && len == 2) || (digits && len == 3) {
            Role::Region
        } else if len >= 5 || (len == 4 && subtag.as_bytes()[0].is_ascii_digit()) {
            Role::Variant
        } else {
            return Err(error(subtag, Problem::Unknown));
        };
        let allowed = match role {
            Role::Extlang => stage == Stage::Language && language.len() <= 3 && extlangs < 3,
            Role::Script => stage == Stage::Language,
            Role::Region => stage <= Stage::Script,
            _ => true,
        };
        if !allowed {
            return Err(error(subtag, Problem::Misplaced(role)));
        }
        match role {
            Role::Extlang => extlangs += 1,
            Role::Script => stage = Stage::Script,
            Role::Region => stage = Stage::Region,
            _ => {
                if stage < Stage::Variant {
                    stage = Stage::Variant;
                    variants = &text[subtag.as_ptr() as usize - text.as_ptr() as usize..];
                }
                let earlier = variants
                    .split('-')
                    .take_while(|v| !core::ptr::eq(*v, subtag));
                if earlier.clone().any(|v| v.eq_ignore_ascii_case(subtag)) {
                    return Err(error(subtag, Problem::DuplicateVariant));
                }
            }
        }
        each(subtag, role);
    }
    match open {
        Some((singleton, 0)) => Err(error(singleton, Problem::EmptyExtension)),
        _ if stage == Stage::PrivateUse && private == 0 => {
            Err(error(&text[text.len() - 1..], Problem::EmptyPrivateUse))
        }
        _ => Ok(()),
    }
}

/// The RFC 4647 §3.4 lookup chain from a tag or language range: the tag itself, then ever
/// shorter prefixes, dropping the last subtag each time and any single-letter subtag
/// (an extension or private-use prefix) left at the end.
///
/// ```
/// use error_catalog_layout::locale::fallbacks;
///
/// let chain: Vec<&str> = fallbacks("zh-Hant-CN-x-private1-private2").collect();
/// assert_eq!(
///     chain,
///     ["zh-Hant-CN-x-private1-private2", "zh-Hant-CN-x-private1", "zh-Hant-CN", "zh-Hant", "zh"]
/// );
/// assert_eq!(fallbacks("de-DE-u-co-phonebk").nth(2), Some("de-DE"));
/// ```
pub fn fallbacks(tag: &str) -> Fallbacks<'_> {
    Fallbacks {
        next: (!tag.is_empty()).then_some(tag),
    }
}

/// The iterator [`fallbacks`] returns.
#[derive(Clone, Debug)]
pub struct Fallbacks<'a> {
    next: Option<&'a str>,
}

impl<'a> Iterator for Fallbacks<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let current = self.next?;
        self.next = parent(current);
        Some(current)
    }
}

fn parent(tag: &str) -> Option<&str> {
    let mut rest = &tag[..tag.rfind('-')?];
    loop {
        let last = rest.rfind('-').map_or(rest, |i| &rest[i + 1..]);
        if last.len() != 1 {
            return (!rest.is_empty()).then_some(rest);
        }
        rest = &rest[..rest.rfind('-')?];
    }
}

/// One element of an `Accept-Language` header: a language range and its weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageRange<'a> {
    range: &'a str,
    quality: u16,
}

impl<'a> LanguageRange<'a> {
    /// The range as written: a tag prefix such as `zh-Hant`, or `*`.
    pub fn range(&self) -> &'a str {
        self.range
    }

    /// The weight in thousandths: `q=0.5` is 500, no `q` is 1000, `q=0` (0) means "not
    /// acceptable".
    pub fn quality(&self) -> u16 {
        self.quality
    }
}

/// The language ranges of an `Accept-Language` header value, in header order.
///
/// Malformed elements (a range that is not `*` or letters-then-alphanumerics subtags of 1 to
/// 8 characters, a bad or repeated `q`, any other parameter) are skipped, as are empty ones;
/// at most [`MAX_RANGES`] non-empty elements are read.
///
/// ```
/// use error_catalog_layout::locale::accept_language;
///
/// let ranges: Vec<(&str, u16)> = accept_language("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5, de;q=0")
///     .map(|r| (r.range(), r.quality()))
///     .collect();
/// assert_eq!(ranges, [("fr-CH", 1000), ("fr", 900), ("en", 800), ("*", 500), ("de", 0)]);
/// ```
pub fn accept_language(header: &str) -> AcceptLanguage<'_> {
    AcceptLanguage {
        elements: header.split(','),
        read: 0,
    }
}

/// The iterator [`accept_language`] returns.
#[derive(Clone, Debug)]
pub struct AcceptLanguage<'a> {
    elements: core::str::Split<'a, char>,
    read: usize,
}

impl<'a> Iterator for AcceptLanguage<'a> {
    type Item = LanguageRange<'a>;

    fn next(&mut self) -> Option<LanguageRange<'a>> {
        while self.read < MAX_RANGES {
            let element = trim(self.elements.next()?);
            if element.is_empty() {
                continue;
            }
            self.read += 1;
            if let Some(range) = language_range(element) {
                return Some(range);
            }
        }
        None
    }
}

/// RFC 9110's optional whitespace: spaces and tabs.
fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

fn language_range(element: &str) -> Option<LanguageRange<'_>> {
    let mut parts = element.split(';');
    let range = trim(parts.next()?);
    let well_formed = range == "*"
        || (range.len() <= MAX_RANGE_LEN
            && range.split('-').enumerate().all(|(i, subtag)| {
                (1..=8).contains(&subtag.len())
                    && subtag.bytes().all(|b| {
                        if i == 0 {
                            b.is_ascii_alphabetic()
                        } else {
                            b.is_ascii_alphanumeric()
                        }
                    })
            }));
    if !well_formed {
        return None;
    }
    let mut quality = None;
    for parameter in parts {
        let (name, value) = parameter.split_once('=')?;
        if quality.is_some() || !trim(name).eq_ignore_ascii_case("q") {
            return None;
        }
        quality = Some(qvalue(trim(value))?);
    }
    Some(LanguageRange {
        range,
        quality: quality.unwrap_or(1000),
    })
}

/// RFC 9110 §12.4.2: `0` or `1`, then up to three decimals (only zeros after a `1`).
fn qvalue(value: &str) -> Option<u16> {
    let (whole, decimals) = value.split_once('.').unwrap_or((value, ""));
    if decimals.len() > 3 || !decimals.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0;
    for (i, b) in decimals.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Chooses the locale to answer in: the first of `available` that the caller's
/// `Accept-Language` header asks for, or `default`.
///
/// Ranges are tried by weight, highest first (header order among equals); each is
/// looked up along its [`fallbacks`] chain (RFC 4647 §3.4), comparing without regard to
/// case and returning the tag as spelled in `available`. `*` stands for `default`, or the
/// first available locale the header does not exclude. A range with `q=0` excludes every
/// available tag it is a prefix of (`en;q=0` excludes `en` and `en-GB`). When nothing matches
/// — no header, a malformed one, only excluded or unavailable languages — the answer is
/// `default`: a response needs some language, and the default is the one the catalog is
/// written in.
///
/// Never panics, allocates nothing, and reads at most [`MAX_RANGES`] ranges of at most
/// [`MAX_RANGE_LEN`] bytes each, so the work is bounded whatever the header holds.
///
/// ```
/// use error_catalog_layout::locale::negotiate;
///
/// let available = ["en", "zh-CN", "pt-BR"];
/// assert_eq!(negotiate("zh-cn,zh;q=0.9", &available, "en"), "zh-CN");
/// assert_eq!(negotiate("pt-BR-u-nu-latn", &available, "en"), "pt-BR");
/// assert_eq!(negotiate("de, en;q=0.1", &available, "en"), "en");
/// assert_eq!(negotiate("*, en;q=0", &available, "en"), "zh-CN");
/// assert_eq!(negotiate("", &available, "en"), "en");
/// ```
pub fn negotiate<'a>(accept_language: &str, available: &[&'a str], default: &'a str) -> &'a str {
    let mut ranges = [LanguageRange {
        range: "",
        quality: 0,
    }; MAX_RANGES];
    let mut count = 0;
    for range in self::accept_language(accept_language) {
        ranges[count] = range;
        count += 1;
    }
    let ranges = &mut ranges[..count];
    // A stable insertion sort, highest weight first: at most MAX_RANGES elements, and no
    // allocation (this file has no `alloc`).
    for i in 1..ranges.len() {
        let mut j = i;
        while j > 0 && ranges[j - 1].quality < ranges[j].quality {
            ranges.swap(j - 1, j);
            j -= 1;
        }
    }
    let ranges = &*ranges;
    let excluded = |tag: &str| {
        ranges
            .iter()
            .any(|r| r.quality == 0 && r.range != "*" && is_prefix(r.range, tag))
    };
    for range in ranges.iter().take_while(|r| r.quality > 0) {
        if range.range == "*" {
            if !excluded(default) {
                return default;
            }
            if let Some(tag) = available.iter().find(|tag| !excluded(tag)) {
                return tag;
            }
            continue;
        }
        for candidate in fallbacks(range.range) {
            let found = available
                .iter()
                .find(|tag| tag.eq_ignore_ascii_case(candidate) && !excluded(tag));
            if let Some(tag) = found {
                return tag;
            }
        }
    }
    default
}

/// RFC 4647 §3.3.1 basic filtering: `range` equals `tag` or is a prefix of it ending at a
/// `-`, ignoring case.
fn is_prefix(range: &str, tag: &str) -> bool {
    tag.len() >= range.len()
        && tag.is_char_boundary(range.len())
        && tag[..range.len()].eq_ignore_ascii_case(range)
        && (tag.len() == range.len() || tag.as_bytes()[range.len()] == b'-')
}

// Core only, like the module: the codegen crate runs these tests too.
#[cfg(test)]
mod tests {
    use super::*;
    use core::fmt::Write;

    /// A fixed buffer to render into without `alloc`.
    struct Buf {
        bytes: [u8; 512],
        len: usize,
    }

    impl Write for Buf {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            self.bytes
                .get_mut(self.len..end)
                .ok_or(fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    fn shown(value: impl fmt::Display, expected: &str) {
        let mut buf = Buf {
            bytes: [0; 512],
            len: 0,
        };
        write!(buf, "{value}").unwrap();
        assert_eq!(
            core::str::from_utf8(&buf.bytes[..buf.len]).unwrap(),
            expected
        );
    }

    fn error(tag: &str) -> TagError<'_> {
        match LanguageTag::parse(tag) {
            Ok(_) => panic!("`{tag}` parsed"),
            Err(error) => error,
        }
    }

    const WELL_FORMED: &[&str] = &[
        "en",
        "de",
        "haw",
        "abcd",
        "abcdefgh",
        "zh-CN",
        "pt-BR",
        "es-419",
        "zh-Hant",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "zh-yue",
        "zh-yue-HK",
        "zh-min-nan",
        "ar-afb-aao-abh",
        "art-lojban",
        "de-CH-1901",
        "sl-rozaj",
        "sl-rozaj-biske",
        "sl-IT-nedis",
        "hy-Latn-IT-arevela",
        "de-DE-u-co-phonebk",
        "en-US-u-islamcal",
        "en-a-myext-b-another",
        "zh-CN-a-myext-x-private",
        "en-US-x-twain",
        "qaa-Qaaa-QM-x-southern",
        "x-whatever",
        "x-a",
        "X-PIRATE-1",
        "en-x-a-b-c",
        "de-1996-u-ca-buddhist-nu-latn-x-a",
        "ZH-hANT-tw",
        "en-0abc",
        "en-1-ab",
        "en-Latn-US-valencia-basiceng-t-ja-x-0",
    ];

    #[test]
    fn well_formed_tags_parse() {
        for tag in WELL_FORMED {
            assert!(
                LanguageTag::parse(tag).is_ok(),
                "{tag}: {:?}",
                LanguageTag::parse(tag)
            );
        }
    }

    #[test]
    fn canonical_case() {
        for (tag, canonical) in [
            ("zh-hant-tw", "zh-Hant-TW"),
            ("ZH-HANT-TW", "zh-Hant-TW"),
            ("EN", "en"),
            ("en-us", "en-US"),
            ("es-419", "es-419"),
            ("SR-latn-rs-U-CA-buddhist", "sr-Latn-RS-u-ca-buddhist"),
            // After a singleton, two letters are not a region and four not a script.
            ("en-a-bb-cccc", "en-a-bb-cccc"),
            ("en-X-US-Latn", "en-x-us-latn"),
            ("X-Pirate", "x-pirate"),
            ("ZH-MIN-NAN", "zh-min-nan"),
            ("DE-ch-1901", "de-CH-1901"),
        ] {
            let parsed = LanguageTag::parse(tag).unwrap();
            shown(parsed, canonical);
            assert_eq!(parsed.as_str(), tag);
            assert_eq!(parsed.is_canonical(), tag == canonical, "{tag}");
            assert!(LanguageTag::parse(canonical).unwrap().is_canonical());
            assert_eq!(parsed, LanguageTag::parse(canonical).unwrap());
        }
        assert_ne!(
            LanguageTag::parse("zh-CN").unwrap(),
            LanguageTag::parse("zh-TW").unwrap()
        );
    }

    #[test]
    fn what_is_wrong() {
        for (tag, part, says) in [
            ("", "", "it is empty; write a tag such as `en` or `zh-CN`"),
            ("zh_CN", "_", "`_` is not allowed; subtags are separated by `-` (`zh-CN`, not `zh_CN`)"),
            ("zh CN", " ", "` ` is not allowed; a tag is ASCII letters, digits and `-` (`zh-CN`)"),
            ("en-Ü", "Ü", "`Ü` is not allowed; a tag is ASCII letters, digits and `-` (`zh-CN`)"),
            ("en-", "en-", "it has an empty subtag (a `-` at the start or the end, or two in a row)"),
            ("-en", "-en", "it has an empty subtag (a `-` at the start or the end, or two in a row)"),
            ("en--US", "en--US", "it has an empty subtag (a `-` at the start or the end, or two in a row)"),
            ("en-language1", "language1", "subtag `language1` is longer than 8 characters"),
            ("englishes", "englishes", "subtag `englishes` is longer than 8 characters"),
            ("e", "e", "it must start with a language of 2 to 8 letters (`en`, `haw`), or `x-` for private use, not `e`"),
            ("1en", "1en", "it must start with a language of 2 to 8 letters (`en`, `haw`), or `x-` for private use, not `1en`"),
            ("419", "419", "it must start with a language of 2 to 8 letters (`en`, `haw`), or `x-` for private use, not `419`"),
            ("i-klingon", "i-klingon", "grandfathered tags such as `i-klingon` are not accepted; use the modern tag (`tlh` for `i-klingon`, `nv` for `i-navajo`)"),
            ("en-GB-oed", "oed", "`oed` looks like an extended language (3 letters), which comes at most three, right after a language of 2 or 3 letters"),
            ("zh-abc-def-ghi-jkl", "jkl", "`jkl` looks like an extended language (3 letters), which comes at most three, right after a language of 2 or 3 letters"),
            ("abcd-abc", "abc", "`abc` looks like an extended language (3 letters), which comes at most three, right after a language of 2 or 3 letters"),
            ("en-US-Latn", "Latn", "`Latn` looks like a script (4 letters), which comes right after the language"),
            ("de-419-DE", "DE", "`DE` looks like a region (2 letters or 3 digits), which comes after the language and script, before any variant"),
            ("de-1901-CH", "CH", "`CH` looks like a region (2 letters or 3 digits), which comes after the language and script, before any variant"),
            ("en-ab1", "ab1", "`ab1` is not a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 letters or digits, or a digit and 3 more)"),
            ("en-12", "12", "`12` is not a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 letters or digits, or a digit and 3 more)"),
            ("en-abc1", "abc1", "`abc1` is not a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 letters or digits, or a digit and 3 more)"),
            ("sl-rozaj-biske-ROZAJ", "ROZAJ", "variant `ROZAJ` appears twice"),
            ("ar-a-aaa-b-bbb-A-ccc", "A", "extension `A` appears twice"),
            ("en-0-aa-0-bb", "0", "extension `0` appears twice"),
            ("en-z-aa-9-bb-z-cc", "z", "extension `z` appears twice"),
            ("en-u", "u", "extension `u` needs at least one subtag of 2 to 8 letters or digits (`u-ca-buddhist`)"),
            ("en-a-b-cc", "a", "extension `a` needs at least one subtag of 2 to 8 letters or digits (`u-ca-buddhist`)"),
            ("en-u-x-aa", "u", "extension `u` needs at least one subtag of 2 to 8 letters or digits (`u-ca-buddhist`)"),
            ("en-x", "x", "`x` needs at least one private-use subtag after it (`x-pirate`)"),
            ("x", "x", "`x` needs at least one private-use subtag after it (`x-pirate`)"),
        ] {
            let e = error(tag);
            assert_eq!(e.part(), part, "{tag}");
            assert_eq!(&e.tag()[e.offset()..e.offset() + part.len()], part);
            let mut buf = Buf { bytes: [0; 512], len: 0 };
            write!(buf, "{e}").unwrap();
            let text = core::str::from_utf8(&buf.bytes[..buf.len]).unwrap();
            let prefix_len = "`` is not a well-formed language tag (BCP 47): ".len() + tag.len();
            assert_eq!(&text[prefix_len..], says, "{tag}");
            assert!(text.starts_with('`') && text[1..].starts_with(tag));
        }
        // The offset points at the offending subtag, not an earlier equal one.
        let e = error("sl-rozaj-rozaj");
        assert_eq!((e.part(), e.offset()), ("rozaj", 9));
    }

    #[test]
    fn length_is_bounded() {
        // `aa-u-aaaaaaaa-aaaaaaaa-…`: extension subtags may repeat.
        let mut bytes = [b'a'; MAX_TAG_LEN + 1];
        bytes[..5].copy_from_slice(b"aa-u-");
        for i in (13..bytes.len()).step_by(9) {
            bytes[i] = b'-';
        }
        let long = core::str::from_utf8(&bytes).unwrap();
        assert!(long.ends_with('a'));
        assert!(matches!(error(long).problem, Problem::TooLong));
        assert!(LanguageTag::parse(&long[..MAX_TAG_LEN]).is_ok());
    }

    #[test]
    fn lookup_chains() {
        for (tag, chain) in [
            ("zh-Hant-TW", &["zh-Hant-TW", "zh-Hant", "zh"][..]),
            (
                "zh-Hant-CN-x-private1-private2",
                &[
                    "zh-Hant-CN-x-private1-private2",
                    "zh-Hant-CN-x-private1",
                    "zh-Hant-CN",
                    "zh-Hant",
                    "zh",
                ],
            ),
            (
                "de-DE-u-co-phonebk",
                &["de-DE-u-co-phonebk", "de-DE-u-co", "de-DE", "de"],
            ),
            ("en-a-bb-b-cc", &["en-a-bb-b-cc", "en-a-bb", "en"]),
            ("en-x-a-bb", &["en-x-a-bb", "en"]),
            ("x-a-bb", &["x-a-bb"]),
            ("en", &["en"]),
            ("", &[]),
            ("-", &["-"]),
            ("a--b", &["a--b", "a-"]),
        ] {
            assert!(fallbacks(tag).eq(chain.iter().copied()), "{tag}");
        }
        assert!(LanguageTag::parse("sr-Latn-RS").unwrap().fallbacks().eq([
            "sr-Latn-RS",
            "sr-Latn",
            "sr"
        ]));
    }

    fn ranges(header: &str) -> impl Iterator<Item = (&str, u16)> {
        accept_language(header).map(|r| (r.range(), r.quality()))
    }

    #[test]
    fn accept_language_elements() {
        for (header, expected) in [
            ("", &[][..]),
            ("en", &[("en", 1000)]),
            (
                " \t en-US \t ; \t q=0.8 , fr ",
                &[("en-US", 800), ("fr", 1000)],
            ),
            (
                "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
                &[
                    ("fr-CH", 1000),
                    ("fr", 900),
                    ("en", 800),
                    ("de", 700),
                    ("*", 500),
                ],
            ),
            (
                "de;Q=0.5,en;q=1.000,fr;q=1.,es;q=0.,it;q=0.001,pt;q=0.000",
                &[
                    ("de", 500),
                    ("en", 1000),
                    ("fr", 1000),
                    ("es", 0),
                    ("it", 1),
                    ("pt", 0),
                ],
            ),
            (",,en,, ,\t,fr,", &[("en", 1000), ("fr", 1000)]),
            // Malformed elements are skipped, the rest kept.
            ("en;q=1.5,de", &[("de", 1000)]),
            (
                "en;q=1.001,de;q=2,fr;q=0.1234,es;q=,it;q=.5,pt;q=-0,nl;q=0.5x,sv;q=+1",
                &[],
            ),
            ("en;level=1,en;q=0.5;q=0.4,en;,en;q,de", &[("de", 1000)]),
            (
                "en_US,1en,en-,-en,en--US,toolongtag,en-US-toolongst,e n,*-US,en-*,ü,de-CH",
                &[("de-CH", 1000)],
            ),
            (
                "i,x-pirate,zh-min-nan",
                &[("i", 1000), ("x-pirate", 1000), ("zh-min-nan", 1000)],
            ),
        ] {
            assert!(ranges(header).eq(expected.iter().copied()), "{header}");
        }
    }

    #[test]
    fn accept_language_reads_a_bounded_number_of_elements() {
        let mut bytes = [b','; 3 * 40 + 200];
        for i in 0..40 {
            bytes[3 * i..3 * i + 2].copy_from_slice(b"xx");
        }
        let header = core::str::from_utf8(&bytes).unwrap();
        assert_eq!(accept_language(header).count(), MAX_RANGES);
        // Malformed and empty elements: the malformed ones count, the empty ones are free.
        let bounded = "a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,a_,en";
        assert_eq!(accept_language(bounded).count(), 0);
        assert_eq!(accept_language(&bounded[3..]).count(), 1);
        let mut long = [b'a'; MAX_RANGE_LEN + 1];
        long[8] = b'-';
        long[17] = b'-';
        long[26] = b'-';
        long[35] = b'-';
        long[44] = b'-';
        long[53] = b'-';
        long[62] = b'-';
        let long = core::str::from_utf8(&long).unwrap();
        assert_eq!(accept_language(long).count(), 0);
        assert_eq!(accept_language(&long[..MAX_RANGE_LEN]).count(), 1);
    }

    #[test]
    fn negotiation() {
        let available = ["en", "zh-CN", "zh", "pt-BR", "zh-Hant"];
        for (header, chosen) in [
            ("", "en"),
            ("zh-CN", "zh-CN"),
            ("ZH-cn", "zh-CN"),
            ("zh-Hant-TW", "zh-Hant"),
            ("zh-Hans-CN", "zh"),
            ("zh-TW", "zh"),
            ("pt-BR-u-nu-latn", "pt-BR"),
            ("pt-PT, pt", "en"),
            ("fr-CH, fr;q=0.9, zh;q=0.8", "zh"),
            ("fr, de", "en"),
            ("de;q=0.5, zh-CN;q=0.6, en;q=0.4", "zh-CN"),
            // Equal weights keep header order.
            ("pt-BR;q=0.5, zh;q=0.5", "pt-BR"),
            ("zh;q=0.5, pt-BR;q=0.5", "zh"),
            ("zh-CN;q=0, zh", "zh"),
            ("zh-CN;q=0, zh-CN-x-a", "zh"),
            ("zh;q=0, zh-CN", "en"),
            ("zh;q=0, zh-Hant-TW, zh-CN", "en"),
            ("*", "en"),
            ("fr, *;q=0.1", "en"),
            ("*, en;q=0", "zh-CN"),
            ("en;q=0, zh;q=0, pt;q=0, *", "en"),
            ("en;q=0, zh;q=0, *", "pt-BR"),
            ("*;q=0", "en"),
            ("*;q=0, zh-CN", "zh-CN"),
            ("zh-CN;q=0", "en"),
            ("zh_CN, zh-CN;q=2, zh-cn;q=0.5", "zh-CN"),
            (";;;,,,===", "en"),
        ] {
            assert_eq!(negotiate(header, &available, "en"), chosen, "{header}");
        }
        // The answer is spelled as in `available`.
        assert_eq!(negotiate("EN-us", &["en-US"], "de"), "en-US");
        // Nothing available: always the default.
        assert_eq!(negotiate("zh-CN, *", &[], "en"), "en");
        // A default that is not among `available` is still the fallback.
        assert_eq!(negotiate("fr", &["zh-CN"], "en"), "en");
        // A range beyond the first MAX_RANGES elements is not read.
        let mut bytes = [b','; 3 * MAX_RANGES + 2];
        for i in 0..MAX_RANGES {
            bytes[3 * i..3 * i + 2].copy_from_slice(b"fr");
        }
        bytes[3 * MAX_RANGES..].copy_from_slice(b"zh");
        let header = core::str::from_utf8(&bytes).unwrap();
        assert_eq!(negotiate(header, &available, "en"), "en");
        assert_eq!(negotiate(&header[3..], &available, "en"), "zh");
    }

    #[test]
    fn basic_filtering() {
        assert!(is_prefix("en", "en"));
        assert!(is_prefix("EN", "en-GB"));
        assert!(!is_prefix("en", "eng"));
        assert!(!is_prefix("en-GB", "en"));
        assert!(!is_prefix("e", "ü"));
    }
}
