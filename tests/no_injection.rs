//! Arguments render literally: whatever a caller passes (braces, `%`, quotes, backslashes,
//! newlines, control characters, unicode, text that looks like a placeholder) appears in the
//! message exactly as given, and is never read as template syntax.

use error_catalog::{error_catalog, CatalogError, Text, Value};
use proptest::prelude::*;

#[error_catalog]
mod inject {
    catalog! {
        400 "INJ.0001" two
            message: "User {0} said {said} {{literally}} 100%.",
            description: "About {said}.";
        400 "INJ.0002" typed(name: String, count: u64)
            message: "{name}: {count} {name}";
    }
}

/// Text shaped like template syntax and format strings, plus anything at all.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(
            &[
                "{0}",
                "{said}",
                "{{",
                "}}",
                "{",
                "}",
                "%s",
                "%n%x",
                "{0:?}",
                "${x}",
                "\\",
                "\"",
                "'",
                "\n",
                "\r\n",
                "\0",
                "\u{1b}[31m",
                "\u{202e}",
                "<script>",
                "{{0}}",
                "🦀",
            ][..]
        )
        .prop_map(String::from),
        "[{}%\"'\\\\\n\r\t\u{0}-\u{1f}\u{7f}]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn text_arguments_render_literally(a in hostile(), b in hostile()) {
        let error = inject::Inj::two(a.clone(), Text::from(b.clone()));
        prop_assert_eq!(error.to_string(), format!("User {a} said {b} {{literally}} 100%."));
        prop_assert_eq!(error.description().to_string(), format!("About {b}."));
        let args: Vec<(&str, String)> = error.args().map(|(n, v)| (n, v.to_string())).collect();
        prop_assert_eq!(args, vec![("arg0", a.clone()), ("said", b.clone())]);
        prop_assert!(matches!(error.arg(0), Some(Value::Str(s)) if s == a));
    }

    #[test]
    fn typed_arguments_render_literally(name in hostile(), count in any::<u64>()) {
        let error = inject::Inj::typed(name.clone(), count);
        prop_assert_eq!(error.to_string(), format!("{name}: {count} {name}"));
        let top: inject::Error = error.into();
        prop_assert_eq!(top.to_string(), format!("{name}: {count} {name}"));
    }
}
