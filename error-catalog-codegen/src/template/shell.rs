//! The shell dialect (also Python's `string.Template`): `${name}` or `$name`; `$$` is a
//! literal dollar. A `$` before anything else (`$5`, `US$`) is text, as the shell leaves it.

use super::{excerpt, name_key, Parts, ScanError};

pub fn scan(source: &str) -> Result<Vec<super::Part>, Vec<ScanError>> {
    let bytes = source.as_bytes();
    let mut out = Parts::new(source);
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'$' {
            i += 1;
            continue;
        }
        let start = i;
        match bytes.get(i + 1) {
            Some(b'$') => {
                out.text(&source[text_start..i]);
                out.text("$");
                i += 2;
            }
            Some(b'{') => {
                out.text(&source[text_start..i]);
                match source[i + 2..].find('}') {
                    Some(len) => {
                        let end = i + 2 + len + 1;
                        let inner = &source[i + 2..end - 1];
                        match name_key(inner) {
                            Some(key) => out.hole(key, start..end),
                            None if inner.contains([':', '-', '#', '%', '/']) => out.other(
                                start..end,
                                format!("`${{{inner}}}` uses a shell expansion (default, length or pattern), which catalog templates do not support; write `${{name}}`"),
                            ),
                            None => out.other(
                                start..end,
                                format!("`${{{inner}}}` is not a usable parameter name; write `${{name}}` with a Rust identifier, or `$$` for a literal dollar"),
                            ),
                        }
                        i = end;
                    }
                    None => {
                        let character = out.char_number(start);
                        out.other(
                            start..start + 2,
                            format!("the `${{` at character {} ({:?}) is never closed; close it with `}}`, or write `$$` for a literal dollar", character,
                        excerpt(source, start)),
                        );
                        i = bytes.len();
                    }
                }
            }
            Some(&b) if b == b'_' || b.is_ascii_alphabetic() => {
                out.text(&source[text_start..i]);
                let len = bytes[i + 1..]
                    .iter()
                    .take_while(|b| **b == b'_' || b.is_ascii_alphanumeric())
                    .count();
                let end = i + 1 + len;
                let name = &source[i + 1..end];
                match name_key(name) {
                    Some(key) => out.hole(key, start..end),
                    None => out.other(
                        start..end,
                        format!("`${name}` cannot name a parameter; write `${{name}}` with a Rust identifier"),
                    ),
                }
                i = end;
            }
            _ => {
                i += 1;
                continue;
            }
        }
        text_start = i;
    }
    out.text(&source[text_start..]);
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::super::{Key, Part};
    use super::*;

    #[test]
    fn braced_bare_and_escaped() {
        let parts = scan("${user} owes $$5 to $bank_name, US$ 3").unwrap();
        assert!(
            matches!(&parts[0], Part::Hole { key: Key::Name(n), range } if n == "user" && *range == (0..7))
        );
        assert_eq!(parts[1], Part::Lit(" owes $5 to ".into()));
        assert!(matches!(&parts[2], Part::Hole { key: Key::Name(n), .. } if n == "bank_name"));
        assert_eq!(parts[3], Part::Lit(", US$ 3".into()));
        assert_eq!(scan("{0} %s").unwrap(), vec![Part::Lit("{0} %s".into())]);
    }

    #[test]
    fn errors() {
        let errors = scan("${a:-x} ${1} ${open").unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].describe("").contains("shell expansion"));
        assert!(errors[2].describe("").contains("never closed"));
        assert!(scan("$type").is_ok(), "a declared `r#type` takes it");
        assert!(scan("$self").is_err());
    }
}
