//! `error_catalog::locale` against arbitrary input (its unit tests are in the layout crate,
//! which the macro and the runtime share).

use error_catalog::locale::{
    accept_language, fallbacks, negotiate, LanguageTag, MAX_RANGES, MAX_RANGE_LEN,
};
use proptest::prelude::*;

/// Well-formed tags, built from the RFC 5646 grammar's parts.
fn tag() -> impl Strategy<Value = String> {
    let language = "[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8}";
    let script = "(-[a-zA-Z]{4})?";
    let region = "(-([a-zA-Z]{2}|[0-9]{3}))?";
    let variant = "(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))?";
    let extension = "(-[a-wyzA-WYZ0-9](-[a-zA-Z0-9]{2,8}){1,3})?";
    let private = "(-[xX](-[a-zA-Z0-9]{1,8}){1,3})?";
    (language, script, region, variant, extension, private)
        .prop_map(|(a, b, c, d, e, f)| format!("{a}{b}{c}{d}{e}{f}"))
}

/// Header-like text: mostly plausible elements, with the characters that matter spliced in.
fn header() -> impl Strategy<Value = String> {
    let element = prop_oneof![
        tag(),
        Just("*".to_string()),
        "[a-zA-Z0-9_*;=.,\\- \t]{0,12}",
        (tag(), "[01](\\.[0-9]{0,4})?").prop_map(|(t, q)| format!("{t};q={q}")),
        any::<String>(),
    ];
    prop::collection::vec(element, 0..40).prop_map(|parts| parts.join(","))
}

fn available() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![tag(), "[a-z]{2}(-[A-Z]{2})?", any::<String>()],
        0..6,
    )
}

proptest! {
    #[test]
    fn negotiation_never_panics_and_answers_from_the_choices(
        header in header(),
        available in available(),
        default in prop_oneof![tag(), any::<String>()],
    ) {
        let available: Vec<&str> = available.iter().map(String::as_str).collect();
        let chosen = negotiate(&header, &available, &default);
        prop_assert!(
            std::ptr::eq(chosen, default.as_str())
                || available.iter().any(|a| std::ptr::eq(chosen, *a)),
            "{chosen:?} is neither available nor the default"
        );
    }

    #[test]
    fn a_requested_available_tag_is_chosen(tag in tag(), rest in available(), q in 1u16..=1000) {
        // Longer ranges are skipped as malformed.
        prop_assume!(tag.len() <= MAX_RANGE_LEN);
        let mut available: Vec<&str> = rest.iter().map(String::as_str).collect();
        available.push(&tag);
        let header = format!("{};q=0.{:03}", tag.to_ascii_uppercase(), q % 1000);
        let header = if q == 1000 { tag.to_ascii_lowercase() } else { header };
        prop_assert!(negotiate(&header, &available, "default").eq_ignore_ascii_case(&tag));
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = LanguageTag::parse(&text).map(|t| t.to_string()).map_err(|e| e.to_string());
        prop_assert!(accept_language(&text).count() <= MAX_RANGES);
        prop_assert!(fallbacks(&text).count() <= text.len());
    }

    #[test]
    fn well_formed_tags_parse_and_round_trip(tag in tag()) {
        let parsed = LanguageTag::parse(&tag);
        prop_assert!(parsed.is_ok(), "{}", parsed.unwrap_err());
        let parsed = parsed.unwrap();
        let canonical = parsed.to_string();
        prop_assert!(canonical.eq_ignore_ascii_case(&tag));
        let again = LanguageTag::parse(&canonical).unwrap();
        prop_assert!(again.is_canonical());
        prop_assert_eq!(again.to_string(), canonical);
        // Every step of the lookup chain is itself a well-formed tag.
        for step in parsed.fallbacks() {
            prop_assert!(LanguageTag::parse(step).is_ok(), "{step}");
            prop_assert!(tag.starts_with(step));
        }
    }
}

#[test]
fn hostile_headers_are_bounded() {
    let available = ["en", "zh-CN"];
    let huge = [
        (",".repeat(1 << 20), "en"),
        ("zh-CN;q=0".repeat(1 << 16), "en"),
        // One range of half a megabyte: too long, skipped.
        (format!("{}zh-CN", "aaaaaaaa-".repeat(1 << 16)), "en"),
        // zh-CN comes after the first MAX_RANGES elements.
        (format!("{},zh-CN", "fr;q=0.5,".repeat(1 << 16)), "en"),
        (format!("{}zh-CN", "\t".repeat(1 << 20)), "zh-CN"),
        (";".repeat(1 << 20), "en"),
        ("*;q=0,".repeat(1 << 16), "en"),
        ("q=0.5;".repeat(1 << 16), "en"),
        ("\u{fe0f}".repeat(1 << 16), "en"),
    ];
    for (header, chosen) in &huge {
        assert_eq!(negotiate(header, &available, "en"), *chosen);
        assert!(accept_language(header).count() <= MAX_RANGES);
    }
    // Whitespace and empty elements cost nothing against the bound.
    let padded = format!("{}zh-CN", " , ".repeat(1 << 16));
    assert_eq!(negotiate(&padded, &available, "en"), "zh-CN");
}

#[test]
fn errors_are_std_errors() {
    let error: Box<dyn std::error::Error> = Box::new(LanguageTag::parse("zh_CN").unwrap_err());
    assert!(error.to_string().contains("`zh-CN`, not `zh_CN`"));
}
