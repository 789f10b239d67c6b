//! The placeholder scanner: splits a message into literal text and placeholders, and reports
//! every malformed placeholder with its byte range.
//!
//! Catalogs are pasted from vendors who write placeholders in different notations, so the
//! scanner has one module per dialect. Every dialect produces the same [`Part`]s, so the
//! checks (gaps, unused and unknown parameters) and the runtime (which keeps the source
//! verbatim beside the pieces) do not depend on the dialect.

mod default;
mod java;
mod printf;
mod shell;

use std::ops::Range;

/// A placeholder notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// `{0}`, `{name}`; `{{` and `}}` for literal braces.
    #[default]
    Default,
    /// C `printf`: `%s`, `%d`… numbered by order, or `%1$s`; `%%` for a literal percent.
    Printf,
    /// Python's `%` operator with a mapping: `%(name)s`; `%%` for a literal percent.
    Python,
    /// Shell and `string.Template`: `${name}` or `$name`; `$$` for a literal dollar.
    Shell,
    /// `java.text.MessageFormat`: `{0}`, `{0,number}`; `'…'` quotes text, `''` is `'`.
    Java,
    /// No placeholders: the text is literal, braces and all.
    Literal,
}

impl Dialect {
    /// The names accepted in `dialect = "…"`.
    pub const NAMES: &'static [&'static str] =
        &["default", "printf", "python", "shell", "java", "literal"];

    pub fn from_name(name: &str) -> Option<Dialect> {
        Some(match name {
            "default" => Dialect::Default,
            "printf" => Dialect::Printf,
            "python" => Dialect::Python,
            "shell" => Dialect::Shell,
            "java" => Dialect::Java,
            "literal" => Dialect::Literal,
            _ => return None,
        })
    }

    /// How the dialect writes a placeholder for `key`, for diagnostics.
    pub fn spell(self, key: &Key) -> String {
        match (self, key) {
            (Dialect::Printf, Key::Index(i)) => format!("%{}$s", i + 1),
            (Dialect::Python, Key::Name(n)) => format!("%({n})s"),
            (Dialect::Shell, Key::Name(n)) => format!("${{{n}}}"),
            (_, key) => key.to_string(),
        }
    }

    /// `true` when the dialect can name a placeholder (so a declared parameter can be shown
    /// by name).
    pub fn has_names(self) -> bool {
        matches!(self, Dialect::Default | Dialect::Python | Dialect::Shell)
    }

    /// `true` when the dialect can number a placeholder.
    pub fn has_indices(self) -> bool {
        matches!(self, Dialect::Default | Dialect::Printf | Dialect::Java)
    }
}

/// Scans a template in the default dialect.
pub fn scan(source: &str) -> Result<Vec<Part>, Vec<ScanError>> {
    default::scan(source)
}

/// Scans a template in `dialect`. On success the parts alternate freely between literals and
/// holes, with adjacent literal text merged.
pub fn scan_with(source: &str, dialect: Dialect) -> Result<Vec<Part>, Vec<ScanError>> {
    match dialect {
        Dialect::Default => default::scan(source),
        Dialect::Printf => printf::scan(source),
        Dialect::Python => printf::scan_python(source),
        Dialect::Shell => shell::scan(source),
        Dialect::Java => java::scan(source),
        Dialect::Literal => {
            let mut out = Parts::new(source);
            out.text(source);
            out.finish()
        }
    }
}

/// Collects parts and errors while a dialect scans: merges adjacent literal text.
struct Parts<'s> {
    parts: Vec<Part>,
    lit: String,
    errors: Vec<ScanError>,
    /// For the character numbers in error messages, asked in source order.
    positions: CharNumbers<'s>,
}

impl<'s> Parts<'s> {
    fn new(source: &'s str) -> Self {
        Parts {
            parts: Vec::new(),
            lit: String::new(),
            errors: Vec::new(),
            positions: CharNumbers::new(source),
        }
    }

    /// The 1-based character number of byte offset `at` of the source, for a message.
    fn char_number(&mut self, at: usize) -> usize {
        self.positions.at(at)
    }

    fn text(&mut self, text: &str) {
        self.lit.push_str(text);
    }

    fn hole(&mut self, key: Key, range: Range<usize>) {
        if !self.lit.is_empty() {
            self.parts.push(Part::Lit(std::mem::take(&mut self.lit)));
        }
        self.parts.push(Part::Hole { key, range });
    }

    fn error(&mut self, error: ScanError) {
        self.errors.push(error);
    }

    fn other(&mut self, range: Range<usize>, message: String) {
        self.errors.push(ScanError::Other { range, message });
    }

    fn finish(mut self) -> Result<Vec<Part>, Vec<ScanError>> {
        if !self.lit.is_empty() {
            self.parts.push(Part::Lit(self.lit));
        }
        if self.errors.is_empty() {
            Ok(self.parts)
        } else {
            Err(self.errors)
        }
    }
}

/// A placeholder name: an identifier, or a keyword that a raw identifier can spell (the
/// parameter is then `r#type`, as for `{r#type}` in the default dialect).
fn name_key(name: &str) -> Option<Key> {
    let raw_ok = crate::names::is_raw_keyword(name);
    (crate::names::is_identifier(name) || raw_ok).then(|| Key::Name(name.to_string()))
}

/// The default dialect's parameter for a placeholder name that is not an identifier, as
/// vendors write them (`{type}` is `r#type`):
/// words joined by single spaces or `-` become one `snake`-joined name (`{message size}` is
/// `message_size`, `{request-id}` is `request_id`); a keyword that `r#` cannot spell gets a
/// `_` (`{self}` is `self_`). The text keeps the vendor's spelling; `None` for anything else.
fn derived_key(name: &str) -> Option<Key> {
    if crate::names::is_raw_keyword(name) {
        return Some(Key::Name(name.to_string()));
    }
    if crate::names::is_keyword(name) && !crate::names::is_raw_keyword(name) {
        let name = format!("{}_", name.trim_end_matches('_'));
        return crate::names::is_identifier(&name).then_some(Key::Name(name));
    }
    let mut words = name.split([' ', '-']);
    if !name.contains([' ', '-']) || words.any(str::is_empty) {
        return None;
    }
    let joined = name.replace([' ', '-'], "_");
    crate::names::is_identifier(&joined).then_some(Key::Name(joined))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Literal text with escapes resolved.
    Lit(String),
    /// A placeholder; `range` is its byte range in the source, braces included.
    Hole { key: Key, range: Range<usize> },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Index(usize),
    Name(String),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Index(i) => write!(f, "{{{i}}}"),
            Key::Name(n) => write!(f, "{{{n}}}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanError {
    /// A `{` with no closing `}`.
    Unclosed { at: usize },
    /// A `}` that closes nothing (write `}}` for a literal brace).
    StrayClose { at: usize },
    /// `{…}` whose inside is neither digits nor an identifier.
    Malformed { range: Range<usize>, inner: String },
    /// A dialect-specific problem, already worded (what went wrong and what to write).
    Other {
        range: Range<usize>,
        message: String,
    },
}

impl ScanError {
    pub fn range(&self) -> Range<usize> {
        match self {
            ScanError::Unclosed { at } | ScanError::StrayClose { at } => *at..*at + 1,
            ScanError::Malformed { range, .. } | ScanError::Other { range, .. } => range.clone(),
        }
    }

    /// What went wrong and what to do, without the row's name (the caller adds it). For
    /// many errors of one text, [`describe_all`] is linear where this is not.
    pub fn describe(&self, source: &str) -> String {
        self.describe_with(&mut CharNumbers::new(source))
    }

    fn describe_with(&self, positions: &mut CharNumbers<'_>) -> String {
        let source = positions.source;
        match self {
            ScanError::Unclosed { at } => format!(
                "the `{{` at character {} ({:?}) is never closed; close the placeholder with `}}`, or write `{{{{` for a literal brace",
                positions.at(*at),
                excerpt(source, *at)
            ),
            ScanError::StrayClose { at } => format!(
                "the `}}` at character {} ({:?}) closes nothing; write `}}}}` for a literal brace",
                positions.at(*at),
                excerpt(source, *at)
            ),
            ScanError::Malformed { inner, .. } => default::describe_malformed(inner),
            ScanError::Other { message, .. } => message.clone(),
        }
    }
}

/// Describes each of `errors` (in the order given) for `source`. Linear in the source's
/// length however many errors there are: errors come in source order, and the character
/// numbers are counted on from the previous error's rather than from the start (400,000
/// stray braces took 14 s when each counted from the start).
pub fn describe_all<'e>(
    source: &'e str,
    errors: &'e [ScanError],
) -> impl Iterator<Item = String> + 'e {
    let mut positions = CharNumbers::new(source);
    errors
        .iter()
        .map(move |error| error.describe_with(&mut positions))
}

/// 1-based character numbers of byte offsets in one text, counted on from the last offset
/// asked for: asking in increasing order (as scanners and errors go) is linear overall.
pub(crate) struct CharNumbers<'s> {
    source: &'s str,
    /// The last offset asked for (on a character boundary), and the characters before it.
    byte: usize,
    chars: usize,
}

impl<'s> CharNumbers<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        CharNumbers {
            source,
            byte: 0,
            chars: 0,
        }
    }

    /// The 1-based number of the character at byte offset `at`.
    pub(crate) fn at(&mut self, at: usize) -> usize {
        let at = floor_char(self.source, at.min(self.source.len()));
        if at < self.byte {
            // Backwards: count from the start again (no scanner asks this way).
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.source[self.byte..at].chars().count();
        self.byte = at;
        self.chars + 1
    }
}

/// A few characters around a byte offset, for messages.
pub(crate) fn excerpt(source: &str, at: usize) -> String {
    let start = floor_char(source, at.saturating_sub(12));
    let end = floor_char(source, (at + 12).min(source.len()));
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.push_str(&source[start..end]);
    if end < source.len() {
        text.push('…');
    }
    text
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to four characters over the characters that mean something in some
    /// dialect (plus multi-byte ones next to them): no dialect panics, every error range lies
    /// on character boundaries, and describing it does not panic either.
    #[test]
    fn no_dialect_panics_on_short_inputs() {
        const ALPHABET: &[char] = &['{', '}', '%', '$', '\'', '(', ')', ',', '1', 's', 'é', '用'];
        let mut inputs = vec![String::new()];
        let mut frontier = inputs.clone();
        for _ in 0..4 {
            frontier = frontier
                .iter()
                .flat_map(|s| ALPHABET.iter().map(move |c| format!("{s}{c}")))
                .collect();
            inputs.extend(frontier.iter().cloned());
        }
        for name in Dialect::NAMES {
            let dialect = Dialect::from_name(name).unwrap();
            for input in &inputs {
                match scan_with(input, dialect) {
                    Ok(parts) => {
                        for part in parts {
                            if let Part::Hole { range, .. } = part {
                                assert!(input.get(range).is_some(), "{name}: {input:?}");
                            }
                        }
                    }
                    Err(errors) => {
                        for error in errors {
                            let range = error.range();
                            assert!(input.get(range).is_some(), "{name}: {input:?} {error:?}");
                            assert!(!error.describe(input).is_empty());
                        }
                    }
                }
            }
        }
    }

    /// `describe_all` counts characters on from the previous error; it must say what
    /// `describe` says, error by error, in every dialect (multi-byte text included).
    #[test]
    fn describing_all_errors_at_once_says_what_each_says_alone() {
        let many = "é}".repeat(50);
        let texts = ["é} a} {用 }x{", "%é %( %", "${é ${", "{é} {x} '{' {", &many];
        for name in Dialect::NAMES {
            let dialect = Dialect::from_name(name).unwrap();
            for text in texts {
                let Err(errors) = scan_with(text, dialect) else {
                    continue;
                };
                let alone: Vec<String> = errors.iter().map(|e| e.describe(text)).collect();
                let all: Vec<String> = describe_all(text, &errors).collect();
                assert_eq!(alone, all, "{name}: {text}");
            }
        }
        let mut numbers = CharNumbers::new("aé用b");
        assert_eq!(
            [numbers.at(0), numbers.at(1), numbers.at(3), numbers.at(6)],
            [1, 2, 3, 4]
        );
        // Backwards, and inside a character: counted again from the start, floored.
        assert_eq!([numbers.at(2), numbers.at(99)], [2, 5]);
    }

    #[test]
    fn literal_keeps_everything() {
        let text = "{0} %s ${x} '{'";
        assert_eq!(
            scan_with(text, Dialect::Literal).unwrap(),
            vec![Part::Lit(text.into())]
        );
        assert!(scan_with("", Dialect::Literal).unwrap().is_empty());
    }
}
