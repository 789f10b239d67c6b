//! Name rules: groups derived from codes, variants from constructor names, keywords.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};

/// Every keyword that cannot be an identifier without `r#` (strict and reserved, 2021 and
/// 2024 editions), plus the names that cannot be raw identifiers at all.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "_",
];

/// The longest keyword's length: a longer name (most are) is no keyword, without comparing.
const MAX_KEYWORD_LEN: usize = 8;

pub fn is_keyword(name: &str) -> bool {
    name.len() <= MAX_KEYWORD_LEN && KEYWORDS.contains(&name)
}

/// Names that are keywords but cannot be written as raw identifiers either.
const NOT_RAW: &[&str] = &["_", "crate", "self", "Self", "super"];

/// `true` for a keyword that `r#` turns into an identifier (`r#type`, but not `r#self`).
pub fn is_raw_keyword(name: &str) -> bool {
    is_keyword(name) && !NOT_RAW.contains(&name)
}

/// `true` for a Rust identifier: XID_Start or `_`, then XID_Continue characters, and not a
/// keyword. Anything this accepts can be given to `Ident::new` without a panic.
pub fn is_identifier(name: &str) -> bool {
    if name.is_empty() || is_keyword(name) {
        return false;
    }
    // Index loops rather than iterator adapters here and below: the macro runs unoptimised,
    // where each adapter call costs.
    if name.is_ascii() {
        let bytes = name.as_bytes();
        if !(bytes[0] == b'_' || bytes[0].is_ascii_alphabetic()) {
            return false;
        }
        let mut i = 1;
        while i < bytes.len() {
            if !(bytes[i] == b'_' || bytes[i].is_ascii_alphanumeric()) {
                return false;
            }
            i += 1;
        }
        return true;
    }
    // Beyond ASCII the rule is Unicode XID, which `char`'s methods do not test (`²` is
    // alphanumeric, `Ⓐ` alphabetic, and neither may appear in an identifier). Ask the lexer:
    // proc-macro2 checks a string with its own lexer before handing it to rustc's, so a bad
    // string is an `Err` here, never a panic.
    if name.contains('#') {
        return false;
    }
    let Ok(tokens) = name.parse::<TokenStream>() else {
        return false;
    };
    let mut tokens = tokens.into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Ident(ident)), None) => ident == name,
        _ => false,
    }
}

/// An identifier for a name that passed `is_identifier`, or a keyword that passed
/// `is_raw_keyword` (made raw: `r#type`).
pub fn ident(name: &str, span: Span) -> Ident {
    if is_keyword(name) {
        Ident::new_raw(name, span)
    } else {
        Ident::new(name, span)
    }
}

/// The name an identifier's text stands for: `r#type` → `type`, `r#Login` → `Login`,
/// `Login` → `Login`. Rust treats `r#Login` and `Login` as one name, so every comparison of
/// names (collisions, groups, imports, parameters) goes through this, never through the
/// identifier's text.
pub fn unraw(text: &str) -> &str {
    text.strip_prefix("r#").unwrap_or(text)
}

/// [`unraw`] of an identifier, as an owned string.
pub fn name_of(ident: &Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(bare) => bare.to_string(),
        None => text,
    }
}

/// `true` when `ident` names `name` (raw or not): `r#Login` names `Login`.
pub fn same_name(ident: &Ident, name: &str) -> bool {
    unraw(&ident.to_string()) == unraw(name)
}

/// The part of a code before its last `.`, if there is one and it is not empty.
pub fn code_prefix(code: &str) -> Option<&str> {
    match code.rfind('.') {
        Some(i) if i > 0 => Some(&code[..i]),
        _ => None,
    }
}

/// `APP_ACCOUNT` → `AppAccount`, `SVC.MOD-SUB` → `SvcModSub`, `AuthFailure` → `AuthFailure`.
/// Segments are split at anything that is not a letter or a digit; an all-caps segment is
/// title-cased, a mixed-case one keeps its inner capitals. `None` when the result would not
/// be an identifier (empty, or starting with a digit).
pub fn upper_camel(text: &str) -> Option<String> {
    let mut out = String::new();
    for segment in text.split(|c: char| !c.is_alphanumeric()) {
        if segment.is_empty() {
            continue;
        }
        let shouting = !segment.chars().any(char::is_lowercase);
        let mut chars = segment.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            if shouting {
                out.extend(chars.flat_map(char::to_lowercase));
            } else {
                out.extend(chars);
            }
        }
    }
    if is_identifier(&out) && out.chars().next().is_some_and(|c| !c.is_numeric()) {
        Some(out)
    } else {
        None
    }
}

/// `true` for a type name that rustc's `non_camel_case_types` accepts: leading and trailing
/// `_` aside, it does not start with a lowercase letter, has no `__`, and no `_` next to a
/// letter that has case (`Login`, `HTTPError`, `用户`, `V2_1`; not `login`, `Login_x`).
pub fn is_upper_camel(name: &str) -> bool {
    let name = name.trim_matches('_');
    let has_case = |c: char| c.is_lowercase() || c.is_uppercase();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        match previous {
            None if c.is_lowercase() => return false,
            Some('_') if c == '_' || has_case(c) => return false,
            Some(p) if c == '_' && has_case(p) => return false,
            _ => {}
        }
        previous = Some(c);
    }
    true
}

/// `snake_case` check for constructor names: lowercase letters, digits and single
/// underscores, not starting with a digit.
pub fn is_snake_case(name: &str) -> bool {
    if name.is_ascii() {
        let bytes = name.as_bytes();
        if bytes.is_empty() || bytes[0].is_ascii_digit() {
            return false;
        }
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_uppercase() || (b == b'_' && bytes.get(i + 1) == Some(&b'_')) {
                return false;
            }
            i += 1;
        }
        return true;
    }
    !name.is_empty()
        && !name.chars().any(char::is_uppercase)
        && !name.starts_with(|c: char| c.is_numeric())
        && !name.contains("__")
}

/// `id_token_error` → `IdTokenError`.
pub fn snake_to_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    if name.is_ascii() {
        let mut word_start = true;
        for &b in name.as_bytes() {
            if b == b'_' {
                word_start = true;
            } else {
                out.push(char::from(if word_start {
                    b.to_ascii_uppercase()
                } else {
                    b
                }));
                word_start = false;
            }
        }
        return out;
    }
    for word in name.split('_').filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars);
        }
    }
    out
}

/// `IdTokenError` → `id_token_error`, for suggestions.
pub fn camel_to_snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The candidate closest to `unknown`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(unknown: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(unknown, c), *c))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_from_prefixes() {
        assert_eq!(upper_camel("APP_ACCOUNT").as_deref(), Some("AppAccount"));
        assert_eq!(upper_camel("LOGIN").as_deref(), Some("Login"));
        assert_eq!(upper_camel("SVC.MOD-SUB").as_deref(), Some("SvcModSub"));
        assert_eq!(upper_camel("AuthFailure").as_deref(), Some("AuthFailure"));
        assert_eq!(upper_camel("23505"), None);
        assert_eq!(upper_camel("..."), None);
    }

    #[test]
    fn prefixes() {
        assert_eq!(code_prefix("LOGIN.0001"), Some("LOGIN"));
        assert_eq!(code_prefix("SVC.MOD-SUB.4000003"), Some("SVC.MOD-SUB"));
        assert_eq!(code_prefix("23505"), None);
        assert_eq!(code_prefix(".5"), None);
    }

    #[test]
    fn identifiers_and_cases() {
        assert!(is_identifier("locked"));
        assert!(!is_identifier("type"));
        assert!(!is_identifier("1abc"));
        assert!(!is_identifier("a-b"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("_"));
        assert!(is_identifier("__"));
        assert!(!is_identifier("r#a"));
        assert!(!is_identifier("a b"));
        // Alphabetic but not XID: `Ident::new` would panic on these.
        assert!(!is_identifier("Ⓐ"));
        assert!(!is_identifier("\u{345}x"));
        assert!(is_identifier("x\u{301}y"));
        assert!(is_identifier("名前"));
        assert_eq!(ident("type", Span::call_site()), "r#type");
        assert!(is_snake_case("id_token_error"));
        assert!(!is_snake_case("IdToken"));
        assert_eq!(snake_to_camel("id_token_error"), "IdTokenError");
        assert_eq!(camel_to_snake("IdTokenError"), "id_token_error");
        assert_eq!(snake_to_camel("_a__b_1_"), "AB1");
        assert_eq!(snake_to_camel("é_ü"), "ÉÜ");
        assert!(!is_snake_case("a__b") && !is_snake_case("1a") && !is_snake_case(""));
        assert!(is_snake_case("_a_1") && is_snake_case("é_1") && !is_snake_case("É"));
    }

    #[test]
    fn no_keyword_is_longer_than_the_length_filter() {
        assert!(KEYWORDS.iter().all(|k| k.len() <= MAX_KEYWORD_LEN));
        assert!(KEYWORDS.iter().any(|k| k.len() == MAX_KEYWORD_LEN));
    }

    #[test]
    fn unicode_identifiers_follow_xid() {
        assert!(is_identifier("用户"));
        assert!(is_identifier("é_1"));
        assert!(is_identifier("ǅa"));
        // Alphanumeric or alphabetic to `char`, but not XID: these made `Ident::new` panic.
        assert!(!is_identifier("a²"));
        assert!(!is_identifier("Ⓐ"));
        assert!(!is_identifier("\u{345}"));
        assert!(!is_identifier("½"));
        assert!(!is_identifier("é // comment"));
        assert!(!is_identifier("r#é"));
        assert_eq!(upper_camel("Ⓐ"), None);
        assert_eq!(upper_camel("x²y"), None);
    }

    #[test]
    fn camel_case_as_rustc_sees_it() {
        for good in [
            "Login",
            "HTTPError",
            "LOGIN",
            "用户",
            "V2_1",
            "_Private",
            "A",
        ] {
            assert!(is_upper_camel(good), "{good}");
        }
        for bad in ["login", "Login_x", "Login__X", "a_B", "x_"] {
            assert!(!is_upper_camel(bad), "{bad}");
        }
    }

    #[test]
    fn raw_names_are_their_bare_names() {
        let raw = Ident::new_raw("Login", Span::call_site());
        assert_eq!(raw.to_string(), "r#Login");
        assert_eq!(name_of(&raw), "Login");
        assert!(same_name(&raw, "Login") && same_name(&raw, "r#Login"));
        assert!(same_name(
            &Ident::new("Login", Span::call_site()),
            "r#Login"
        ));
        assert!(!same_name(&raw, "Logout"));
        assert_eq!(unraw("r#type"), "type");
        // One prefix only: `r#r#a` is no identifier, and stays visibly wrong.
        assert_eq!(unraw("r#r#a"), "r#a");
    }

    #[test]
    fn raw_keywords() {
        assert!(is_raw_keyword("type"));
        assert!(!is_raw_keyword("self"));
        assert!(!is_raw_keyword("_"));
        assert!(!is_raw_keyword("name"));
        assert_eq!(ident("type", Span::call_site()).to_string(), "r#type");
        assert_eq!(ident("name", Span::call_site()).to_string(), "name");
    }
}
