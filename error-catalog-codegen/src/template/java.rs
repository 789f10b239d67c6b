//! The `java.text.MessageFormat` dialect, read the way `MessageFormat.applyPattern` reads it:
//! `{0}`, `{0,number}`, `{0,date,short}` are arguments; outside an argument `'…'` quotes text
//! (so `'{'` is a literal brace), `''` is one apostrophe, an unmatched `'` quotes the rest, and
//! a lone `}` is text. Format types and styles are kept in the source, but the runtime shows
//! every argument with its `Display` (there is no locale); `choice` is reported because it
//! would change the words, not just their formatting.

use super::{excerpt, Key, Parts, ScanError};

const TYPES: &[&str] = &["number", "date", "time"];

pub fn scan(source: &str) -> Result<Vec<super::Part>, Vec<ScanError>> {
    let bytes = source.as_bytes();
    let mut out = Parts::new(source);
    let mut quoted = false;
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => {
                out.text(&source[text_start..i]);
                if bytes.get(i + 1) == Some(&b'\'') {
                    out.text("'");
                    i += 2;
                } else {
                    quoted = !quoted;
                    i += 1;
                }
                text_start = i;
            }
            b'{' if !quoted => {
                out.text(&source[text_start..i]);
                i = element(source, i, &mut out);
                text_start = i;
            }
            _ => i += 1,
        }
    }
    out.text(&source[text_start..]);
    out.finish()
}

/// Reads the argument starting at the `{` at `start`; returns the byte after it.
fn element(source: &str, start: usize, out: &mut Parts) -> usize {
    let bytes = source.as_bytes();
    let mut depth = 0;
    let mut quoted = false;
    let mut j = start + 1;
    let end = loop {
        match bytes.get(j) {
            None => {
                let character = out.char_number(start);
                out.other(
                    start..start + 1,
                    format!("the `{{` at character {} ({:?}) is never closed; close the argument with `}}`, or quote a literal brace as `'{{'`", character,
                        excerpt(source, start)),
                );
                return bytes.len();
            }
            Some(b'\'') => quoted = !quoted,
            Some(b'{') if !quoted => depth += 1,
            Some(b'}') if !quoted && depth == 0 => break j + 1,
            Some(b'}') if !quoted => depth -= 1,
            _ => {}
        }
        j += 1;
    };
    let inner = &source[start + 1..end - 1];
    let mut segments = inner.splitn(3, ',');
    let index = segments.next().unwrap_or_default();
    let kind = segments.next().map(|t| t.trim().to_ascii_lowercase());
    let digits_ok = !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit());
    match index.parse::<usize>() {
        Ok(n) if digits_ok => match kind.as_deref() {
            None => out.hole(Key::Index(n), start..end),
            Some(t) if TYPES.contains(&t) => out.hole(Key::Index(n), start..end),
            Some("choice") => out.other(
                start..end,
                format!("`{{{inner}}}` is a choice format, which catalog templates do not support (it picks words by the argument's value); split the row, or write `{{{n}}}`"),
            ),
            Some(other) => out.other(
                start..end,
                format!("`{{{inner}}}` has format type `{other}`, which MessageFormat does not know; use `number`, `date` or `time`, or write `{{{n}}}`"),
            ),
        },
        _ => {
            let character = out.char_number(start);
            out.other(
                start..end,
                format!(
                    "`{{{inner}}}` at character {character} is not a MessageFormat argument; write `{{0}}`, `{{1}}`… (an argument number), or quote literal braces as `'{{'`",
                ),
            );
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::Part;
    use super::*;

    fn lit(s: &str) -> Part {
        Part::Lit(s.to_string())
    }

    #[test]
    fn arguments_and_types() {
        let parts = scan("User {0} has {1,number,integer} keys").unwrap();
        assert!(matches!(&parts[1], Part::Hole { key: Key::Index(0), range } if *range == (5..8)));
        assert!(
            matches!(&parts[3], Part::Hole { key: Key::Index(1), range } if *range == (13..31))
        );
        assert_eq!(parts[4], lit(" keys"));
    }

    #[test]
    fn quoting_as_message_format_reads_it() {
        assert_eq!(
            scan("It''s '{'literal'}' }").unwrap(),
            vec![lit("It's {literal} }")]
        );
        // An unmatched quote quotes the rest: MessageFormat prints "Its {0}".
        assert_eq!(scan("It's {0}").unwrap(), vec![lit("Its {0}")]);
        let parts = scan("'{0}' is {0}").unwrap();
        assert_eq!(parts[0], lit("{0} is "));
        assert_eq!(parts.len(), 2);
    }

    #[test]
    fn errors() {
        let errors = scan("{name} {0,choice,0#none|1#one} {0,money} {open").unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0]
            .describe("")
            .contains("not a MessageFormat argument"));
        assert!(errors[1].describe("").contains("choice"));
        assert!(errors[2].describe("").contains("money"));
        assert_eq!(errors[3].range(), 41..42);
        assert!(errors[3].describe("").contains("'{'"));
    }
}
