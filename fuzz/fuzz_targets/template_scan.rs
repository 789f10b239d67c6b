//! The placeholder scanner over arbitrary text: it never panics, error ranges lie inside the
//! text, messages are not empty, and a successful scan loses nothing (re-escaping the
//! literals and putting back each placeholder's source gives the text again).
#![no_main]

use error_catalog_codegen::template::{scan, Part};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match scan(source) {
        Ok(parts) => {
            let mut rebuilt = String::new();
            for part in &parts {
                match part {
                    Part::Lit(text) => {
                        assert!(!text.is_empty(), "empty literal part in {source:?}");
                        rebuilt.push_str(&text.replace('{', "{{").replace('}', "}}"));
                    }
                    Part::Hole { range, .. } => rebuilt.push_str(&source[range.clone()]),
                }
            }
            assert_eq!(rebuilt, source);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for error in &errors {
                let range = error.range();
                assert!(range.start < range.end && range.end <= source.len());
                assert!(!error.describe(source).is_empty());
            }
        }
    }
});
