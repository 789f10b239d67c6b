//! The placeholder scanner against a reference renderer written here from the template
//! grammar alone (`{0}`, `{name}`, `{{`, `}}`), independent of the scanner's code: valid
//! templates render the same through both, and broken ones are rejected by both.

use std::collections::HashMap;

use error_catalog_codegen::template::{scan, Key, Part};
use proptest::prelude::*;

/// A placeholder as the grammar defines it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum RefKey {
    Index(usize),
    Name(String),
}

/// Parses a template the slow, obvious way, character by character. `None` when the
/// template breaks the grammar anywhere.
fn reference_parse(template: &str) -> Option<Vec<Result<char, RefKey>>> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('{', Some('{')) | ('}', Some('}')) => {
                out.push(Ok(chars[i]));
                i += 2;
            }
            ('}', _) => return None,
            ('{', _) => {
                let close = chars[i + 1..].iter().position(|&c| c == '}')? + i + 1;
                let inner: String = chars[i + 1..close].iter().collect();
                out.push(Err(reference_key(&inner)?));
                i = close + 1;
            }
            (c, _) => {
                out.push(Ok(c));
                i += 1;
            }
        }
    }
    Some(out)
}

/// `{0}`, `{12}` (no leading zeros) or a Rust identifier (raw ones too), as Rust's own
/// tokenizer sees it.
fn reference_key(inner: &str) -> Option<RefKey> {
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        if inner.len() > 1 && inner.starts_with('0') {
            return None;
        }
        return inner.parse().ok().map(RefKey::Index);
    }
    // `gen` is reserved from the 2024 edition on; syn still accepts it as an identifier.
    if inner == "gen" {
        return None;
    }
    let ident: syn::Ident = syn::parse_str(inner).ok()?;
    let text = ident.to_string();
    (text == inner).then(|| RefKey::Name(text.trim_start_matches("r#").to_string()))
}

fn reference_render(template: &str, args: &HashMap<RefKey, String>) -> Option<String> {
    let mut out = String::new();
    for item in reference_parse(template)? {
        match item {
            Ok(c) => out.push(c),
            Err(key) => out.push_str(args.get(&key).map_or("<missing>", String::as_str)),
        }
    }
    Some(out)
}

fn scanner_render(template: &str, args: &HashMap<RefKey, String>) -> Option<String> {
    let parts = scan(template).ok()?;
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Lit(text) => out.push_str(&text),
            Part::Hole { key, range } => {
                assert_eq!(
                    key_of(&template[range.clone()]),
                    Some(key.clone()),
                    "range {range:?} of {template:?}"
                );
                let key = match key {
                    Key::Index(i) => RefKey::Index(i),
                    Key::Name(n) => RefKey::Name(n),
                };
                out.push_str(args.get(&key).map_or("<missing>", String::as_str));
            }
        }
    }
    Some(out)
}

/// The key a hole's source range spells, read back through the scanner.
fn key_of(hole: &str) -> Option<Key> {
    match scan(hole).ok()?.as_slice() {
        [Part::Hole { key, .. }] => Some(key.clone()),
        _ => None,
    }
}

/// One piece of a generated template.
#[derive(Debug, Clone)]
enum Segment {
    Text(String),
    Hole(RefKey, &'static str),
}

const NAMES: &[&str] = &[
    "name",
    "x",
    "_y",
    "arg0",
    "minutes",
    "r#type",
    "r#match",
    "ünïcödé",
    "名前",
    "ключ",
    "Ωmega",
    "x\u{301}y",
];

/// Fragments that break the grammar, each on its own whatever surrounds it (the spaces keep
/// a neighbour's brace from pairing with them).
const BROKEN: &[&str] = &[
    " { ",
    " } ",
    " {} ",
    " {x:>3} ",
    " {0:?} ",
    " {01} ",
    " { 0 } ",
    " {a-b} ",
    " {r#1} ",
    " {r#} ",
    " {r#self} ",
    " {r#a-b} ",
    " {Ⓐ} ",
    " {ͅx} ",
    " {type} ",
    " {self} ",
    " {_} ",
    " {gen} ",
    " {99999999999999999999999} ",
    " {{x}",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,12}",
        "\\PC{0,12}",
        any::<String>(),
        "[{}%\"'\\\\\n\t\r\u{0}\u{7f}\u{200b}\u{202e}]{0,6}",
        "[a-z ]{200,400}",
    ]
}

fn segment() -> impl Strategy<Value = Segment> {
    prop_oneof![
        3 => text().prop_map(Segment::Text),
        1 => (0usize..4).prop_map(|i| Segment::Hole(RefKey::Index(i), "")),
        1 => proptest::sample::select(NAMES).prop_map(|n| {
            Segment::Hole(RefKey::Name(n.trim_start_matches("r#").to_string()), n)
        }),
    ]
}

/// A valid template, and the text it must render to with `args`.
fn valid_template(args: &HashMap<RefKey, String>, segments: &[Segment]) -> (String, String) {
    let mut template = String::new();
    let mut expected = String::new();
    for segment in segments {
        match segment {
            Segment::Text(t) => {
                template.push_str(&t.replace('{', "{{").replace('}', "}}"));
                expected.push_str(t);
            }
            Segment::Hole(key, spelling) => {
                match key {
                    RefKey::Index(i) => template.push_str(&format!("{{{i}}}")),
                    RefKey::Name(_) => template.push_str(&format!("{{{spelling}}}")),
                }
                expected.push_str(&args[key]);
            }
        }
    }
    (template, expected)
}

/// Arguments for every key the generators use, holding text that looks like template syntax.
fn args() -> impl Strategy<Value = HashMap<RefKey, String>> {
    proptest::collection::vec("[{}%\"\\\\\na-z0-9]{0,8}", 4 + NAMES.len()).prop_map(|values| {
        let mut keys: Vec<RefKey> = (0..4).map(RefKey::Index).collect();
        keys.extend(
            NAMES
                .iter()
                .map(|n| RefKey::Name(n.trim_start_matches("r#").to_string())),
        );
        keys.into_iter().zip(values).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    /// Built from valid pieces: both renderers give exactly the expected text.
    #[test]
    fn valid_templates_render_like_the_reference(
        segments in proptest::collection::vec(segment(), 0..12),
        args in args(),
    ) {
        let (template, expected) = valid_template(&args, &segments);
        prop_assert_eq!(reference_render(&template, &args), Some(expected.clone()));
        prop_assert_eq!(scanner_render(&template, &args), Some(expected), "template {:?}", template);
    }

    /// A broken fragment anywhere in a valid template: the scanner rejects it (it never
    /// renders something else instead), and so does the reference.
    #[test]
    fn broken_templates_are_rejected(
        before in proptest::collection::vec(segment(), 0..6),
        broken in proptest::sample::select(BROKEN),
        after in proptest::collection::vec(segment(), 0..6),
        args in args(),
    ) {
        let (head, _) = valid_template(&args, &before);
        let (tail, _) = valid_template(&args, &after);
        let template = format!("{head}{broken}{tail}");
        prop_assert_eq!(reference_render(&template, &args), None, "reference accepted {:?}", template);
        let errors = scan(&template).expect_err(&template);
        for error in &errors {
            let range = error.range();
            prop_assert!(range.start < range.end && range.end <= template.len());
            prop_assert!(template.is_char_boundary(range.start), "{:?} in {:?}", range, template);
            prop_assert!(!error.describe(&template).is_empty());
        }
    }

    /// Any text at all, with brace-heavy fragments mixed in: the scanner and the reference
    /// agree on whether it is valid and on what it renders.
    #[test]
    fn scanner_agrees_with_reference_on_any_text(
        pieces in proptest::collection::vec(prop_oneof![
            text(),
            proptest::sample::select(BROKEN).prop_map(str::trim).prop_map(String::from),
            proptest::sample::select(NAMES).prop_map(|n| format!("{{{n}}}")),
            Just("{".to_string()),
            Just("}".to_string()),
            Just("{{".to_string()),
            Just("}}".to_string()),
            (0usize..4).prop_map(|i| format!("{{{i}}}")),
        ], 0..10),
        args in args(),
    ) {
        let template: String = pieces.concat();
        prop_assert_eq!(
            scanner_render(&template, &args),
            reference_render(&template, &args),
            "template {:?}", template
        );
    }
}
