//! The lock file of `#[error_catalog(lock = "errors.lock")]`: what the catalog has shipped,
//! read back and written out. One block per code, keys in a fixed order, so that a review
//! diff shows exactly which code changed and how:
//!
//! ```text
//! # error-catalog lock file …
//! format 1
//!
//! code "LOGIN.0001"
//!   status 400
//!   group Login
//!   name locked
//!   params minutes: u32, seconds: u32
//!   message "User has been locked … {0} minutes and {1} seconds."
//!   since "1.0.0"
//! ```
//!
//! `status -` stands for a row without a status, `params -` for none; a retired code adds
//! `retired "1.3.0"` (and `note "…"`), a deprecated one `deprecated "…"`. Texts are quoted
//! with `\"`, `\\`, `\n`, `\r`, `\t` and `\u{…}` escapes, so any text reads back unchanged.

use std::fmt::Write as _;

use crate::hash::FnvMap;

/// The format this crate reads and writes.
pub const FORMAT: u32 = 1;

/// The command that writes the lock, for messages and the file's header.
pub const UPDATE: &str = "ERROR_CATALOG_LOCK=update cargo build";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lock {
    pub entries: Vec<Entry>,
    /// Each code's index in `entries` (a catalog has thousands: no linear search).
    by_code: FnvMap<String, usize>,
}

/// One shipped code, as clients know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line of `code "…"` in the file (1-based), for messages.
    pub line: usize,
    pub code: String,
    /// The statuses, primary first; empty for a row without one.
    pub statuses: Vec<u16>,
    pub group: String,
    pub name: String,
    /// Name and type of each argument, in order (`Text` for an untyped one).
    pub params: Vec<(String, String)>,
    pub message: String,
    pub since: String,
    pub state: State,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum State {
    #[default]
    Shipped,
    Deprecated(String),
    Retired {
        since: String,
        note: String,
    },
}

/// A problem in the file, at a line.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl Lock {
    pub fn new(entries: Vec<Entry>) -> Lock {
        let by_code = (entries.iter().enumerate())
            .map(|(i, e)| (e.code.clone(), i))
            .collect();
        Lock { entries, by_code }
    }

    pub fn get(&self, code: &str) -> Option<&Entry> {
        self.by_code.get(code).map(|&i| &self.entries[i])
    }
}

pub fn parse(text: &str) -> Result<Lock, ParseError> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen: FnvMap<String, ()> = FnvMap::default();
    let mut format_seen = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let err = |message: String| ParseError { line, message };
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (key, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
        let rest = rest.trim_start();
        if !format_seen {
            if key != "format" {
                return Err(err("expected `format 1` before the first code".into()));
            }
            match rest.parse::<u32>() {
                Ok(FORMAT) => format_seen = true,
                _ => {
                    return Err(err(format!(
                        "lock format `{rest}` is not one this version reads (format {FORMAT}); regenerate it with `{UPDATE}`"
                    )))
                }
            }
            continue;
        }
        if key == "code" {
            let code = quoted(rest).map_err(err)?;
            if seen.insert(code.clone(), ()).is_some() {
                return Err(err(format!("code {code:?} is listed twice")));
            }
            entries.push(Entry {
                line,
                code,
                statuses: Vec::new(),
                group: String::new(),
                name: String::new(),
                params: Vec::new(),
                message: String::new(),
                since: String::new(),
                state: State::Shipped,
            });
            continue;
        }
        let Some(entry) = entries.last_mut() else {
            return Err(err(format!("`{key}` before any `code \"…\"` line")));
        };
        match key {
            "status" => entry.statuses = statuses(rest).map_err(err)?,
            "group" => entry.group = word(rest).map_err(err)?,
            "name" => entry.name = word(rest).map_err(err)?,
            "params" => entry.params = params(rest).map_err(err)?,
            "message" => entry.message = quoted(rest).map_err(err)?,
            "since" => entry.since = quoted(rest).map_err(err)?,
            "deprecated" => entry.state = State::Deprecated(quoted(rest).map_err(err)?),
            "retired" => {
                entry.state = State::Retired {
                    since: quoted(rest).map_err(err)?,
                    note: String::new(),
                }
            }
            "note" => match &mut entry.state {
                State::Retired { note, .. } => *note = quoted(rest).map_err(err)?,
                _ => return Err(err("`note` belongs to a `retired` code".into())),
            },
            _ => {
                return Err(err(format!(
                    "unknown key `{key}`; a code's block has status, group, name, params, message, since, deprecated, retired, note"
                )))
            }
        }
    }
    if !format_seen {
        return Err(ParseError {
            line: 1,
            message: format!("the file is empty; write it with `{UPDATE}`"),
        });
    }
    Ok(Lock::new(entries))
}

fn word(rest: &str) -> Result<String, String> {
    if rest.is_empty() || rest.contains(char::is_whitespace) {
        return Err(format!("expected one word, found `{rest}`"));
    }
    Ok(rest.to_string())
}

fn statuses(rest: &str) -> Result<Vec<u16>, String> {
    if rest == "-" {
        return Ok(Vec::new());
    }
    rest.split('/')
        .map(|s| {
            s.parse::<u16>()
                .ok()
                .filter(|n| (100..=599).contains(n))
                .ok_or_else(|| {
                    format!("expected a status such as `400` or `404/500`, or `-`, found `{rest}`")
                })
        })
        .collect()
}

fn params(rest: &str) -> Result<Vec<(String, String)>, String> {
    if rest == "-" {
        return Ok(Vec::new());
    }
    rest.split(", ")
        .map(|p| match p.split_once(": ") {
            Some((name, ty)) if !name.is_empty() && !ty.is_empty() => {
                Ok((name.to_string(), ty.to_string()))
            }
            _ => Err(format!(
                "expected parameters as `name: Type, name: Type` or `-`, found `{rest}`"
            )),
        })
        .collect()
}

/// A text in quotes, unescaped.
fn quoted(rest: &str) -> Result<String, String> {
    let bad = || format!("expected a quoted text such as \"…\", found `{rest}`");
    let inner = rest
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|_| rest.len() >= 2)
        .ok_or_else(bad)?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Err(bad()),
            '\\' => match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('t') => out.push('\t'),
                Some('u') => {
                    let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    let c = hex
                        .strip_prefix('{')
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                        .ok_or_else(bad)?;
                    out.push(c);
                }
                _ => return Err(bad()),
            },
            c => out.push(c),
        }
    }
    Ok(out)
}

/// `text` in quotes with the escapes `quoted` reads: every text reads back as it was.
fn quote_into(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{FEFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The file's text: a header that says what it is and how to rewrite it, then a block per
/// code in the table's order.
pub fn write(lock: &Lock) -> String {
    let mut out = String::new();
    out.push_str(
        "# error-catalog lock file: the error codes this crate has shipped, and what clients\n",
    );
    out.push_str(
        "# rely on (status, arguments). Every build checks the catalog against it; commit it.\n",
    );
    let _ = writeln!(
        out,
        "# After a release, rewrite it with `{UPDATE}` (never done in CI).\nformat {FORMAT}"
    );
    for e in &lock.entries {
        out.push_str("\ncode ");
        quote_into(&mut out, &e.code);
        out.push_str("\n  status ");
        if e.statuses.is_empty() {
            out.push('-');
        }
        for (i, s) in e.statuses.iter().enumerate() {
            let _ = write!(out, "{}{s}", if i > 0 { "/" } else { "" });
        }
        let _ = write!(out, "\n  group {}\n  name {}\n  params ", e.group, e.name);
        if e.params.is_empty() {
            out.push('-');
        }
        for (i, (name, ty)) in e.params.iter().enumerate() {
            let _ = write!(out, "{}{name}: {ty}", if i > 0 { ", " } else { "" });
        }
        out.push_str("\n  message ");
        quote_into(&mut out, &e.message);
        out.push_str("\n  since ");
        quote_into(&mut out, &e.since);
        match &e.state {
            State::Shipped => {}
            State::Deprecated(note) => {
                out.push_str("\n  deprecated ");
                quote_into(&mut out, note);
            }
            State::Retired { since, note } => {
                out.push_str("\n  retired ");
                quote_into(&mut out, since);
                if !note.is_empty() {
                    out.push_str("\n  note ");
                    quote_into(&mut out, note);
                }
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str) -> Entry {
        Entry {
            line: 0,
            code: code.into(),
            statuses: vec![400],
            group: "Login".into(),
            name: "locked".into(),
            params: vec![
                ("minutes".into(), "u32".into()),
                ("why".into(), "Text".into()),
            ],
            message: "Locked for {0} minutes: \"{why}\"\\\n\t\u{1}\u{FEFF}é".into(),
            since: "1.0.0".into(),
            state: State::Shipped,
        }
    }

    #[test]
    fn written_lock_reads_back_unchanged() {
        let mut retired = entry("OLD.1");
        retired.statuses = vec![404, 500];
        retired.params.clear();
        retired.state = State::Retired {
            since: "1.2.0".into(),
            note: "use NEW.1".into(),
        };
        let mut none = entry("23505");
        none.statuses.clear();
        none.state = State::Deprecated(String::new());
        let lock = Lock::new(vec![entry("LOGIN.0001"), retired, none]);
        let text = write(&lock);
        let back = parse(&text).unwrap();
        let back = Lock::new(
            back.entries
                .into_iter()
                .map(|e| Entry { line: 0, ..e })
                .collect(),
        );
        assert_eq!(back, lock, "{text}");
        assert!(
            text.contains("\ncode \"OLD.1\"\n  status 404/500\n"),
            "{text}"
        );
    }

    #[test]
    fn malformed_files_name_the_line() {
        for (text, line, part) in [
            ("", 1, "empty"),
            ("code \"A\"", 1, "format 1"),
            ("format 9", 1, "not one this version reads"),
            ("format 1\nstatus 400", 2, "before any"),
            (
                "format 1\ncode \"A\"\n  status 4000",
                3,
                "expected a status",
            ),
            ("format 1\ncode A", 2, "quoted"),
            ("format 1\ncode \"A\"\ncode \"A\"", 3, "twice"),
            ("format 1\ncode \"A\"\n  colour red", 3, "unknown key"),
            (
                "format 1\ncode \"A\"\n  note \"x\"",
                3,
                "belongs to a `retired`",
            ),
            ("format 1\ncode \"A\"\n  params a", 3, "name: Type"),
            ("format 1\ncode \"A\\q\"", 2, "quoted"),
        ] {
            let error = parse(text).unwrap_err();
            assert_eq!(error.line, line, "{text:?}: {error:?}");
            assert!(error.message.contains(part), "{text:?}: {error:?}");
        }
    }
}
