//! Client-side decoding of untrusted input: whatever bytes arrive, as a JSON body or as a
//! (code, message) pair, decoding returns `Ok` or `Err` and never panics; and whatever decodes
//! renders back to the message it came from (except where a typed argument normalises, which
//! the check below allows by re-decoding the rendered text).
//!
//! Input: the first byte picks the path. Even: the rest is a JSON body for the IAM catalog's
//! and the small catalog's `from_json`. Odd: up to the first newline is the code, the rest
//! the message, for both catalogs' `decode`.
#![no_main]

use error_catalog::{error_catalog, Decode};
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../examples/iam_errors.rs"]
mod example;

use example::iam;

/// Typed, untyped, repeated and adjacent placeholders, and a shared code.
#[error_catalog]
pub mod small {
    catalog! {
        400 "S.0001" typed(count: u32, ratio: f64, flag: bool)
            message: "Got {count} at {ratio} ({flag}).";
        400 "S.0002" untyped(name)
            message: "{name}";
        400 "S.0003" repeated(name, n: i8)
            message: "{name} and {name} again, {n}";
        400 "S.0004" adjacent(a, b)
            message: "{a}{b}.";
        404 "S.0005" plain
            message: "Nothing.";
        #[shared_code]
        409 "S.0006" first(x: u64)
            message: "First {x}.";
        #[shared_code]
        409 "S.0006" second(x: i64)
            message: "Second {x}.";
    }
}

/// A decoded error renders to a message that decodes to the same error.
fn round_trip<T: Decode>(decoded: Result<T, error_catalog::Undecoded>) {
    if let Ok(error) = decoded {
        let message = error.to_string();
        let again = T::decode(error.code(), &message).expect("a rendered error decodes");
        assert_eq!(again.to_string(), message);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        round_trip(iam::Error::from_json(rest));
        round_trip(small::Error::from_json(rest));
        return;
    }
    let text = String::from_utf8_lossy(rest);
    let (code, message) = text.split_once('\n').unwrap_or((&text, ""));
    round_trip(iam::Error::decode(code, message));
    round_trip(small::Error::decode(code, message));
});
