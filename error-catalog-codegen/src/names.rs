//! Name rules: groups derived from codes, variants from constructor names, keywords.

/// Every keyword that cannot be an identifier without `r#` (strict and reserved, 2021 and
/// 2024 editions), plus the names that cannot be raw identifiers at all.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "_",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// `true` for a Rust identifier: `_` or an XID_Start character, then XID_Continue
/// characters (the rules rustc and proc-macro2 apply), and not a keyword.
pub fn is_identifier(name: &str) -> bool {
    is_identifier_shape(name) && !is_keyword(name)
}

/// `true` when `name` is spelled like an identifier, keywords included (`type` is; `r#type`
/// writes it as one).
pub fn is_identifier_shape(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = match chars.next() {
        Some(c) => c == '_' || unicode_ident::is_xid_start(c),
        None => false,
    };
    first_ok && chars.all(unicode_ident::is_xid_continue)
}

/// Keywords that cannot be raw identifiers either (`r#self` is not a thing).
const NOT_RAW: &[&str] = &["_", "crate", "self", "Self", "super"];

/// The identifier for a name that passed [`is_identifier_shape`]: raw (`r#type`) when the
/// name is a keyword, so generated fields and arguments stay valid Rust.
pub fn ident(name: &str, span: proc_macro2::Span) -> proc_macro2::Ident {
    if is_keyword(name) && !NOT_RAW.contains(&name) {
        proc_macro2::Ident::new_raw(name, span)
    } else {
        proc_macro2::Ident::new(name, span)
    }
}

/// `true` for the part after `r#` in a raw identifier.
pub fn is_raw_identifier(name: &str) -> bool {
    is_identifier_shape(name) && !NOT_RAW.contains(&name)
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

/// `snake_case` check for constructor names: lowercase letters, digits and single
/// underscores, not starting with a digit.
pub fn is_snake_case(name: &str) -> bool {
    !name.is_empty()
        && !name.chars().any(char::is_uppercase)
        && !name.starts_with(|c: char| c.is_numeric())
        && !name.contains("__")
}

/// `id_token_error` → `IdTokenError`.
pub fn snake_to_camel(name: &str) -> String {
    let mut out = String::new();
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
        // Alphabetic but not XID: `Ident::new` would panic on these.
        assert!(!is_identifier("Ⓐ"));
        assert!(!is_identifier("\u{345}x"));
        assert!(is_identifier("x\u{301}y"));
        assert!(is_identifier("名前"));
        assert!(is_raw_identifier("type"));
        assert!(!is_raw_identifier("self"));
        assert!(!is_raw_identifier("1"));
        assert_eq!(ident("type", proc_macro2::Span::call_site()), "r#type");
        assert!(is_snake_case("id_token_error"));
        assert!(!is_snake_case("IdToken"));
        assert_eq!(snake_to_camel("id_token_error"), "IdTokenError");
        assert_eq!(camel_to_snake("IdTokenError"), "id_token_error");
    }
}
