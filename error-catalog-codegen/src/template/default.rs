//! The default dialect: `{0}` positional, `{name}` named, `{{` and `}}` literal braces.

use super::{Key, Part, ScanError};

pub(super) fn describe_malformed(inner: &str) -> String {
    const FORMS: &str = "write `{0}`, `{1}`… for positional arguments or `{name}` with a Rust identifier, or `{{`/`}}` for literal braces";
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return format!("placeholder `{{{inner}}}` is empty; write `{{0}}` for the first argument, `{{name}}` for a named one, or `{{{{}}}}` for literal braces");
    }
    if let Some((key, _spec)) = inner.split_once(':') {
        let key = key.trim();
        let fix = if key.is_empty() { "0" } else { key };
        return format!("placeholder `{{{inner}}}` has a format spec, which catalog templates do not support; write `{{{fix}}}`");
    }
    if trimmed != inner && parse_key(trimmed).is_some() {
        return format!(
            "placeholder `{{{inner}}}` has spaces inside the braces; write `{{{trimmed}}}`"
        );
    }
    if inner.len() > 1 && inner.bytes().all(|b| b.is_ascii_digit()) {
        let number = inner.trim_start_matches('0');
        if number.is_empty() || number.parse::<usize>().is_ok() {
            let number = if number.is_empty() { "0" } else { number };
            return format!("placeholder `{{{inner}}}` has a leading zero; write `{{{number}}}`");
        }
        return format!("placeholder `{{{inner}}}` is too large a position; {FORMS}");
    }
    if crate::names::is_raw_keyword(inner) {
        return format!("placeholder `{{{inner}}}` is the Rust keyword `{inner}`; write `{{r#{inner}}}` or choose another name");
    }
    if crate::names::is_keyword(inner) {
        return format!("placeholder `{{{inner}}}` is the Rust keyword `{inner}`, which cannot name an argument; choose another name");
    }
    format!("placeholder `{{{inner}}}` is malformed; {FORMS}")
}

/// Scans a template. On success the parts alternate freely between literals and holes, with
/// adjacent literal text merged.
pub fn scan(source: &str) -> Result<Vec<Part>, Vec<ScanError>> {
    let bytes = source.as_bytes();
    // Most texts have no brace at all: one literal, found with two `memchr`s rather than a
    // walk over every byte (the macro runs unoptimised).
    if !bytes.contains(&b'{') && !bytes.contains(&b'}') {
        return Ok(if source.is_empty() {
            Vec::new()
        } else {
            vec![Part::Lit(source.to_string())]
        });
    }
    let mut parts = Vec::new();
    let mut errors = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let mut lit_start = 0;
    // `{}` takes the next position, as in `format!`, SLF4J and `str.format`; it is not mixed
    // with numbered ones (`{0}`), which the first of each kind records for the error.
    let mut next_auto = 0;
    let mut first_numbered: Option<std::ops::Range<usize>> = None;
    let mut first_auto: Option<std::ops::Range<usize>> = None;
    let mut spans = Spans::new(bytes);
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                lit.push_str(&source[lit_start..i]);
                lit.push('{');
                i += 2;
                lit_start = i;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                lit.push_str(&source[lit_start..i]);
                lit.push('}');
                i += 2;
                lit_start = i;
            }
            // `{}` in backticks or brackets is text (see `Spans`); it stays in `lit`.
            b'{' if bytes.get(i + 1) == Some(&b'}') && spans.holds(i) => i += 2,
            b'{' => {
                lit.push_str(&source[lit_start..i]);
                // The placeholder ends at the next `}`; a `{` first means this one is unclosed.
                let close = bytes[i + 1..].iter().position(|&b| b == b'}' || b == b'{');
                match close.map(|off| (i + 1 + off, bytes[i + 1 + off])) {
                    Some((end, b'}')) => {
                        let inner = &source[i + 1..end];
                        let key = if inner.is_empty() {
                            first_auto.get_or_insert(i..end + 1);
                            next_auto += 1;
                            Some(Key::Index(next_auto - 1))
                        } else {
                            parse_key(inner)
                        };
                        if matches!(key, Some(Key::Index(_))) && !inner.is_empty() {
                            first_numbered.get_or_insert(i..end + 1);
                        }
                        match key {
                            Some(key) => {
                                if !lit.is_empty() {
                                    parts.push(Part::Lit(std::mem::take(&mut lit)));
                                }
                                parts.push(Part::Hole {
                                    key,
                                    range: i..end + 1,
                                });
                            }
                            // `{create/update}`: the vendor's alternatives, shown as written.
                            None if is_alternatives(inner) => lit.push_str(&source[i..=end]),
                            None => errors.push(ScanError::Malformed {
                                range: i..end + 1,
                                inner: inner.to_string(),
                            }),
                        }
                        i = end + 1;
                    }
                    _ => {
                        errors.push(ScanError::Unclosed { at: i });
                        i += 1;
                    }
                }
                lit_start = i;
            }
            b'}' => {
                lit.push_str(&source[lit_start..i]);
                errors.push(ScanError::StrayClose { at: i });
                i += 1;
                lit_start = i;
            }
            byte => {
                spans.see(byte);
                i += 1;
            }
        }
    }
    if let (Some(auto), Some(numbered)) = (first_auto, first_numbered) {
        let (at, other) = if auto.start > numbered.start {
            (auto, &source[numbered])
        } else {
            (numbered, "{}")
        };
        errors.push(ScanError::Other {
            message: format!("`{}` and `{other}` mix unnumbered and numbered placeholders; write them all as `{{}}` (taken in order) or all numbered (`{{0}}`, `{{1}}`…)", &source[at.clone()]),
            range: at,
        });
    }
    lit.push_str(&source[lit_start..]);
    if !lit.is_empty() {
        parts.push(Part::Lit(lit));
    }
    if errors.is_empty() {
        Ok(parts)
    } else {
        Err(errors)
    }
}

/// Where `` `…` `` and `[…]` spans are, for `{}` inside them, which is text (`` `{}` ``,
/// `[{}]`, `[~!@#$%^&*(){}<>]`): an opening backtick or `[` seen and its closer still ahead.
/// Kept as the scan goes, with the last closers found once, so the scan stays linear.
struct Spans {
    last_backtick: Option<usize>,
    last_bracket: Option<usize>,
    in_backticks: bool,
    in_brackets: bool,
}

impl Spans {
    fn new(bytes: &[u8]) -> Self {
        Spans {
            last_backtick: bytes.iter().rposition(|&b| b == b'`'),
            last_bracket: bytes.iter().rposition(|&b| b == b']'),
            in_backticks: false,
            in_brackets: false,
        }
    }

    fn see(&mut self, byte: u8) {
        match byte {
            b'`' => self.in_backticks = !self.in_backticks,
            b'[' => self.in_brackets = true,
            b']' => self.in_brackets = false,
            _ => {}
        }
    }

    /// `true` when the `{}` at `at` is inside a span that closes after it.
    fn holds(&self, at: usize) -> bool {
        (self.in_backticks && self.last_backtick.is_some_and(|end| end > at))
            || (self.in_brackets && self.last_bracket.is_some_and(|end| end > at))
    }
}

/// `{create/update}`: two or more words joined by `/`, the vendor's way of writing "one of".
fn is_alternatives(inner: &str) -> bool {
    inner.contains('/')
        && inner.split('/').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == ' ')
        })
}

fn parse_key(inner: &str) -> Option<Key> {
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        // Leading zeros (`{01}`) would make two spellings of one index: reject them.
        if inner.len() > 1 && inner.starts_with('0') {
            return None;
        }
        return inner.parse().ok().map(Key::Index);
    }
    // `{r#type}` names an argument called `type`; the name must still be one that `r#` makes
    // an identifier of (so neither `{r#self}` nor `{r#a b}`).
    let valid = match inner.strip_prefix("r#") {
        Some(name) => crate::names::is_identifier(name) || crate::names::is_raw_keyword(name),
        None => crate::names::is_identifier(inner),
    };
    if valid {
        return Some(Key::Name(crate::names::unraw(inner).to_string()));
    }
    super::derived_key(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Part {
        Part::Lit(s.to_string())
    }

    #[test]
    fn positional_and_named() {
        let parts = scan("in {0} minutes and {secs} s").unwrap();
        assert_eq!(parts.len(), 5);
        assert_eq!(parts[0], lit("in "));
        assert!(matches!(&parts[1], Part::Hole { key: Key::Index(0), range } if *range == (3..6)));
        assert!(matches!(&parts[3], Part::Hole { key: Key::Name(n), .. } if n == "secs"));
        assert_eq!(parts[4], lit(" s"));
    }

    #[test]
    fn escapes_merge_into_literals() {
        assert_eq!(scan("a {{b}} c").unwrap(), vec![lit("a {b} c")]);
        assert_eq!(scan("{{{0}}}").unwrap().len(), 3);
        assert_eq!(scan("").unwrap(), vec![]);
    }

    #[test]
    fn errors_are_all_reported() {
        let errors = scan("a { b } c } {x:>3} {+}").unwrap_err();
        assert!(
            matches!(errors[0], ScanError::Malformed { .. }),
            "{errors:?}"
        );
        assert!(matches!(errors[1], ScanError::StrayClose { at: 10 }));
        assert!(matches!(errors[2], ScanError::Malformed { .. }));
        assert!(matches!(errors[3], ScanError::Malformed { .. }));
        assert_eq!(
            scan("open {0").unwrap_err(),
            vec![ScanError::Unclosed { at: 5 }]
        );
        assert_eq!(scan("{ {0}").unwrap_err()[0], ScanError::Unclosed { at: 0 });
    }

    #[test]
    fn raw_keywords_and_leading_zeros() {
        // `{type}` is the parameter `r#type`, as `{r#type}` is.
        assert!(
            matches!(&scan("{type}").unwrap()[..], [Part::Hole { key: Key::Name(n), .. }] if n == "type")
        );
        assert!(scan("{01}").is_err());
        assert!(scan("{r#type}").is_ok());
        assert!(scan("{r#self}").is_err());
        assert!(scan("{r#a b}").is_err());
        assert!(scan("{r#1}").is_err());
        assert!(scan("{r#}").is_err());
    }

    /// Found by the property tests: these used to scan as names and then panicked in
    /// `Ident::new` when the macro built the parameter.
    #[test]
    fn names_that_are_not_identifiers_are_malformed() {
        for bad in ["{r#1}", "{r#a-b}", "{r#self}", "{r#}", "{Ⓐ}", "{\u{345}x}"] {
            assert!(
                matches!(scan(bad).unwrap_err()[..], [ScanError::Malformed { .. }]),
                "{bad}"
            );
        }
        assert!(scan("{x\u{301}y}").is_ok());
    }

    fn hole(key: Key, range: std::ops::Range<usize>) -> Part {
        Part::Hole { key, range }
    }

    #[test]
    fn unnumbered_placeholders_take_positions_in_order() {
        assert_eq!(
            scan("Cannot find {} in {}.").unwrap(),
            vec![
                lit("Cannot find "),
                hole(Key::Index(0), 12..14),
                lit(" in "),
                hole(Key::Index(1), 18..20),
                lit("."),
            ]
        );
        // Beside names, as `format!` allows; quotes, `=`, `%`, `<>` leave them placeholders.
        assert_eq!(scan("'{}' {user} id={} at {}% <{}>").unwrap().len(), 11);
        // A backtick or bracket that never closes opens no span.
        assert_eq!(scan("a ` {} and [ {}").unwrap().len(), 4);
        let errors = scan("{} then {0}").unwrap_err();
        assert!(errors[0]
            .describe("")
            .contains("mix unnumbered and numbered"));
        assert_eq!(errors[0].range(), 8..11);
        assert_eq!(scan("{1} then {}").unwrap_err()[0].range(), 9..11);
    }

    #[test]
    fn braces_in_backticks_lists_and_alternatives_are_text() {
        for text in [
            "Use `{}` for an empty object.",
            "Names cannot hold [{}].",
            "Allowed: [~!@#$%^&*(){}<>].",
            "Use `f({})` or `[{}]`.",
            "Cannot {create/update} the bucket.",
        ] {
            assert_eq!(scan(text).unwrap(), vec![lit(text)], "{text}");
        }
        assert_eq!(
            scan("Cannot {create/update} {name}: `{}` given.").unwrap(),
            vec![
                lit("Cannot {create/update} "),
                hole(Key::Name("name".into()), 23..29),
                lit(": `{}` given."),
            ]
        );
    }

    #[test]
    fn names_that_are_not_identifiers_get_derived_parameters() {
        let key = |text: &str| match &scan(text).unwrap()[0] {
            Part::Hole { key, .. } => key.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(key("{message size}"), Key::Name("message_size".into()));
        assert_eq!(key("{request-id}"), Key::Name("request_id".into()));
        assert_eq!(key("{type}"), Key::Name("type".into()));
        assert_eq!(key("{self}"), Key::Name("self_".into()));
        for bad in ["{ a}", "{a }", "{a  b}", "{1 a}", "{a -b}"] {
            assert!(scan(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unicode_is_kept() {
        assert_eq!(scan("用户{0}已锁定").unwrap()[0], lit("用户"));
    }

    #[test]
    fn names_must_be_identifiers() {
        // Each of these once reached `Ident::new` and panicked.
        for bad in ["{a²}", "{Ⓐ}", "{\u{345}}", "{r#a b}", "{r#1}", "{r#r#a}"] {
            assert!(scan(bad).is_err(), "{bad}");
        }
        assert_eq!(
            scan("{用户}").unwrap(),
            vec![Part::Hole {
                key: Key::Name("用户".into()),
                range: 0..8
            }]
        );
    }

    fn describe(source: &str) -> String {
        scan(source).unwrap_err()[0].describe(source)
    }

    #[test]
    fn descriptions_say_what_to_write() {
        assert!(
            describe("{:?}").contains("write `{0}`"),
            "{}",
            describe("{:?}")
        );
        assert!(describe("{x:>5}").contains("write `{x}`"));
        assert!(describe("{ 0 }").contains("write `{0}`"));
        assert!(describe("{01}").contains("write `{1}`"));
        assert!(describe("{00}").contains("write `{0}`"));
        assert!(describe("{a  b}").contains("malformed"));
        assert!(describe("{ }").contains("is empty"));
        assert!(describe("é}").contains("character 2"), "{}", describe("é}"));
        assert!(describe("ab {").contains("character 4"));
    }
}
