//! The placeholder scanner against a reference renderer written here from the template
//! grammar alone (`{0}`, `{}`, `{name}`, `{{`, `}}`, derived names, `{a/b}` and `{}` kept as
//! text where README's rules say so), independent of the scanner's code: valid
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
    let (mut autos, mut numbered) = (0, false);
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('{', Some('{')) | ('}', Some('}')) => {
                out.push(Ok(chars[i]));
                i += 2;
            }
            ('}', _) => return None,
            ('{', Some('}')) => {
                // Inside `` `…` `` or `[…]` (an opener before, its closer after): text.
                let before = &chars[..i];
                let after = &chars[i + 2..];
                let ticks = before.iter().filter(|&&c| c == '`').count();
                let in_ticks = ticks % 2 == 1 && after.contains(&'`');
                let open = before.iter().rposition(|&c| c == '[');
                let closed = before.iter().rposition(|&c| c == ']');
                let in_brackets = open > closed && after.contains(&']');
                if in_ticks || in_brackets {
                    out.extend([Ok('{'), Ok('}')]);
                } else {
                    out.push(Err(RefKey::Index(autos)));
                    autos += 1;
                }
                i += 2;
            }
            ('{', _) => {
                let close = chars[i + 1..].iter().position(|&c| c == '}')? + i + 1;
                let inner: String = chars[i + 1..close].iter().collect();
                let alternatives = inner.contains('/')
                    && inner.split('/').all(|w| {
                        !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || "_- ".contains(c))
                    });
                if alternatives {
                    out.extend(chars[i..=close].iter().copied().map(Ok));
                } else {
                    let key = reference_key(&inner)?;
                    numbered |= matches!(key, RefKey::Index(_));
                    out.push(Err(key));
                }
                i = close + 1;
            }
            (c, _) => {
                out.push(Ok(c));
                i += 1;
            }
        }
    }
    (autos == 0 || !numbered).then_some(out)
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
    let plain = syn::parse_str::<syn::Ident>(inner).is_ok_and(|id| id == inner);
    if plain && inner != "gen" {
        return Some(RefKey::Name(inner.trim_start_matches("r#").to_string()));
    }
    // A keyword: `r#type` where `r#` can spell it, `self_` where it cannot.
    let raw = format!("r#{inner}");
    // (`gen` by name: the syn in use reads it as a plain identifier, not a 2024 keyword.)
    if inner == "gen" || syn::parse_str::<syn::Ident>(&raw).is_ok_and(|id| id == raw.as_str()) {
        return Some(RefKey::Name(inner.to_string()));
    }
    if ["self", "Self", "super", "crate"].contains(&inner) {
        return Some(RefKey::Name(format!("{inner}_")));
    }
    // Words joined by single spaces or `-`: one name joined by `_`.
    if inner.contains([' ', '-'])
        && !inner.contains('#')
        && inner.split([' ', '-']).all(|w| !w.is_empty())
    {
        let joined = inner.replace([' ', '-'], "_");
        if syn::parse_str::<syn::Ident>(&joined).is_ok_and(|id| id == joined.as_str()) {
            return Some(RefKey::Name(joined));
        }
    }
    None
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
    // A `{}` alone always reads as the first position: in the template it takes the next one.
    let mut autos = 0;
    for part in parts {
        match part {
            Part::Lit(text) => out.push_str(&text),
            Part::Hole { key, range } => {
                let spelled = match &template[range.clone()] {
                    "{}" => {
                        autos += 1;
                        Some(Key::Index(autos - 1))
                    }
                    hole => key_of(hole),
                };
                assert_eq!(
                    spelled,
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
    " {x:>3} ",
    " {0:?} ",
    " {01} ",
    " { 0 } ",
    " {r#1} ",
    " {r#} ",
    " {r#self} ",
    " {r#a-b} ",
    " {Ⓐ} ",
    " {ͅx} ",
    " {_} ",
    " {99999999999999999999999} ",
    " {{x}",
    " {a  b} ",
    " {a/} ",
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
