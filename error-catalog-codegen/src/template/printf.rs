//! The `%` dialects. printf: `%s`, `%d`… take the arguments in order; `%1$s` numbers them (as
//! POSIX `printf` does). Python (the `%` operator): `%(name)s` with a mapping, or `%s` in
//! order with a tuple. Both: `%%` is a literal percent sign.
//!
//! Length modifiers (`%ld`, `%zu`) are accepted because they do not change the text. Flags,
//! width and precision (`%-5s`, `%.2f`) would, and the runtime renders each argument with its
//! `Display`, so they are reported instead of being silently ignored.

use super::{excerpt, Key, Parts, ScanError};

const CONVERSIONS: &[u8] = b"sdiufFeEgGxXocra";
const LENGTHS: &[u8] = b"hlLqjzt";
const FLAGS: &[u8] = b"-+ #0'";

pub fn scan(source: &str) -> Result<Vec<super::Part>, Vec<ScanError>> {
    scan_percent(source, Flavour::Printf)
}

pub fn scan_python(source: &str) -> Result<Vec<super::Part>, Vec<ScanError>> {
    scan_percent(source, Flavour::Python)
}

#[derive(Clone, Copy, PartialEq)]
enum Flavour {
    Printf,
    Python,
}

fn scan_percent(source: &str, flavour: Flavour) -> Result<Vec<super::Part>, Vec<ScanError>> {
    let bytes = source.as_bytes();
    let mut out = Parts::new(source);
    let mut next_index = 0;
    // The kind of the template's first placeholder.
    let mut kind: Option<Kind> = None;
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        out.text(&source[text_start..i]);
        if bytes.get(i + 1) == Some(&b'%') {
            out.text("%");
            i += 2;
            text_start = i;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        // `%N$`: an explicit argument number.
        let digits = count(bytes, j, |b| b.is_ascii_digit());
        let mut position = None;
        let mut name = None;
        if flavour == Flavour::Printf && digits > 0 && bytes.get(j + digits) == Some(&b'$') {
            position = source[j..j + digits].parse::<usize>().ok();
            j += digits + 1;
        }
        if flavour == Flavour::Python && bytes.get(j) == Some(&b'(') {
            match source[j..].find(')') {
                Some(close) => {
                    name = Some(&source[j + 1..j + close]);
                    j += close + 1;
                }
                None => {
                    let character = out.char_number(start);
                    out.other(
                        start..j + 1,
                        format!("the `%(` at character {} ({:?}) is never closed; write `%(name)s`, or `%%` for a literal percent sign", character,
                        excerpt(source, start)),
                    );
                    i = bytes.len();
                    text_start = i;
                    continue;
                }
            }
        }
        let shaped = count(bytes, j, |b| {
            FLAGS.contains(&b) || b.is_ascii_digit() || b == b'.' || b == b'*'
        });
        j += shaped;
        j += count(bytes, j, |b| LENGTHS.contains(&b));
        let conversion = bytes.get(j).copied();
        let end = (j + 1).min(bytes.len());
        match conversion {
            // `%r` and `%a` (repr, ascii) exist only in Python.
            Some(c)
                if CONVERSIONS.contains(&c)
                    && (flavour == Flavour::Python || !b"ra".contains(&c)) =>
            {
                let spec = &source[start..end];
                if shaped > 0 {
                    out.other(
                        start..end,
                        format!("conversion `{spec}` has flags, a width or a precision, which catalog templates do not apply (each argument is shown with its `Display`); write `%{}`, or `%%` if the `%` is a literal percent sign", c as char),
                    );
                } else {
                    // Every placeholder of one template must be of one kind: printf does not
                    // mix `%1$s` with `%s`, Python's `%` does not mix `%(name)s` with `%s`.
                    let this = match (name, position) {
                        (Some(_), _) => Kind::Named,
                        (None, Some(_)) => Kind::Numbered,
                        (None, None) => Kind::Sequential,
                    };
                    let first = *kind.get_or_insert(this);
                    if first != this {
                        out.other(
                            start..end,
                            format!("`{spec}` is {} but an earlier placeholder is {}; one template uses one kind", this.describe(), first.describe()),
                        );
                    }
                    if let Some(name) = name {
                        match super::name_key(name) {
                            Some(key) => out.hole(key, start..end),
                            None => out.other(start..end, format!("`{spec}`: `{name}` is not a usable parameter name; a placeholder name is a Rust identifier such as `user_name`")),
                        }
                        i = end;
                        text_start = i;
                        continue;
                    }
                    let index = match position {
                        Some(0) => {
                            out.other(
                                start..end,
                                format!("`{spec}`: printf numbers arguments from `%1$`, not `%0$`"),
                            );
                            0
                        }
                        Some(n) => n - 1,
                        None => {
                            next_index += 1;
                            next_index - 1
                        }
                    };
                    out.hole(Key::Index(index), start..end);
                }
                i = end;
            }
            _ => {
                let character = out.char_number(start);
                out.error(ScanError::Other {
                    range: start..start + 1,
                    message: format!(
                        "the `%` at character {} ({:?}) starts no conversion; write `%%` for a literal percent sign, or a conversion such as `%s` or `%d`",
                        character,
                        excerpt(source, start)
                    ),
                });
                i = start + 1;
            }
        }
        text_start = i;
    }
    out.text(&source[text_start..]);
    out.finish()
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Sequential,
    Numbered,
    Named,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Sequential => "unnumbered (`%s`)",
            Kind::Numbered => "numbered (`%1$s`)",
            Kind::Named => "named (`%(name)s`)",
        }
    }
}

/// How many bytes from `at` satisfy `pred`.
fn count(bytes: &[u8], at: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(at..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| pred(b)).count())
}

#[cfg(test)]
mod tests {
    use super::super::Part;
    use super::*;

    fn keys(source: &str) -> Vec<Key> {
        scan(source)
            .unwrap()
            .into_iter()
            .filter_map(|p| match p {
                Part::Hole { key, .. } => Some(key),
                Part::Lit(_) => None,
            })
            .collect()
    }

    #[test]
    fn conversions_take_arguments_in_order() {
        let parts = scan("User %s has %d keys (100%%)").unwrap();
        assert_eq!(parts.len(), 5);
        assert_eq!(parts[0], Part::Lit("User ".into()));
        assert!(matches!(&parts[1], Part::Hole { key: Key::Index(0), range } if *range == (5..7)));
        assert!(matches!(
            &parts[3],
            Part::Hole {
                key: Key::Index(1),
                ..
            }
        ));
        assert_eq!(parts[4], Part::Lit(" keys (100%)".into()));
        assert_eq!(keys("%ld and %zu"), vec![Key::Index(0), Key::Index(1)]);
    }

    #[test]
    fn numbered_conversions() {
        assert_eq!(keys("%2$s before %1$s"), vec![Key::Index(1), Key::Index(0)]);
    }

    #[test]
    fn bad_conversions_are_reported() {
        let errors = scan("50%! off, %5d, %1$s and %s, %0$s").unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].describe("").contains("starts no conversion"));
        assert!(errors[1].describe("").contains("width"));
        assert!(errors[2].describe("").contains("one kind"));
        assert!(errors[3].describe("").contains("%1$"));
        assert!(scan("trailing %").is_err());
        // `% o` is a conversion with a space flag, as printf reads it.
        assert!(scan("50% off").unwrap_err()[0]
            .describe("")
            .contains("literal percent"));
    }

    #[test]
    fn braces_are_text() {
        assert_eq!(scan("{0} {}").unwrap(), vec![Part::Lit("{0} {}".into())]);
    }
}

#[cfg(test)]
mod python_tests {
    use super::super::Part;
    use super::*;

    #[test]
    fn named_and_sequential() {
        let parts = scan_python("%(user)s has %(count)d keys, 100%%").unwrap();
        assert!(
            matches!(&parts[0], Part::Hole { key: Key::Name(n), range } if n == "user" && *range == (0..8))
        );
        assert_eq!(parts.last(), Some(&Part::Lit(" keys, 100%".into())));
        assert!(scan_python("%s and %r").is_ok());
    }

    #[test]
    fn python_errors() {
        assert!(scan_python("%(a)s and %s").unwrap_err()[0]
            .describe("")
            .contains("one kind"));
        assert!(
            scan_python("%(type)s").is_ok(),
            "a declared `r#type` takes it"
        );
        assert!(scan_python("%(a-b)s").is_err());
        assert!(scan_python("%(open").is_err());
        assert!(scan_python("%(price).2f").is_err());
        assert!(scan("%r").is_err(), "`%r` is Python only");
    }
}
