//! Bodies from an untrusted server, through the byte-level entry `Decode::from_json`: deep
//! nesting, invalid UTF-8, numbers too large for the declared type, huge messages. Each comes
//! back as an inspectable `Undecoded` (or the decoded error), never a panic or a stack
//! overflow: a string member holding nesting is a type error at its first bracket, and a
//! skipped member (`IgnoredAny`) is walked by serde_json without recursion.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use error_catalog::{CatalogError, Decode, Reason};
use example::iam;

const DEPTH: usize = 100_000;

fn nested(open: &str, inner: &str, close: &str) -> String {
    format!("{}{inner}{}", open.repeat(DEPTH), close.repeat(DEPTH))
}

fn malformed(json: &[u8]) -> String {
    match iam::Error::from_json(json).unwrap_err().reason() {
        Reason::MalformedBody(why) => why.clone(),
        other => panic!("expected a malformed body, got {other:?}"),
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // Around the body, inside the message, inside a member the decoder ignores, and as
    // nested objects: never a stack overflow.
    let around = nested("[", r#"{"error_code":"APP.0001","error_msg":"x"}"#, "]");
    assert!(malformed(around.as_bytes()).contains("invalid type"));
    let in_message = format!(
        r#"{{"error_code":"APP.0001","error_msg":{}}}"#,
        nested("[", "", "]")
    );
    assert!(malformed(in_message.as_bytes()).contains("invalid type"));
    // A member the decoder skips is skipped without recursion (serde_json walks ignored
    // values with a loop), so any depth there costs memory linear in the input, not stack.
    let ignored = format!(
        r#"{{"error_code":"APP.0001","error_msg":"Application does not exist.","extra":{}}}"#,
        nested("[", "1", "]")
    );
    assert_eq!(
        iam::Error::from_json(ignored.as_bytes()).unwrap().code(),
        "APP.0001"
    );
    let objects = format!(
        r#"{{"error_code":"APP.0001","x":{},"error_msg":"Application does not exist."}}"#,
        nested(r#"{"a":"#, "0", "}")
    );
    assert_eq!(
        iam::Error::from_json(objects.as_bytes()).unwrap().code(),
        "APP.0001"
    );
    // Nesting where a string is expected, deeper than the limit.
    let code = format!(r#"{{"error_code":{}}}"#, nested(r#"{"a":"#, "0", "}"));
    assert!(malformed(code.as_bytes()).contains("invalid type"));
    // A skipped member nested within the limit is fine.
    let shallow = format!(
        r#"{{"extra":{},"error_code":"APP.0001","error_msg":"Application does not exist."}}"#,
        "[".repeat(100) + &"]".repeat(100)
    );
    assert_eq!(
        iam::Error::from_json(shallow.as_bytes()).unwrap().code(),
        "APP.0001"
    );
}

#[test]
fn invalid_utf8_is_an_error() {
    let mut body = br#"{"error_code":"APP.0001","error_msg":"Application does not exist."#.to_vec();
    body.extend_from_slice(b"\xff\xfe\"}");
    assert!(
        malformed(&body).contains("invalid unicode"),
        "{}",
        malformed(&body)
    );
    // In a member name, in a skipped member, and a lone surrogate escape.
    let mut key = b"{\"\xc3\x28\":1,\"error_code\":\"APP.0001\",\"error_msg\":\"x\"}".to_vec();
    assert!(iam::Error::from_json(&key).is_err());
    key = b"{\"extra\":\"\xed\xa0\x80\",\"error_code\":\"APP.0001\",\"error_msg\":\"x\"}".to_vec();
    assert!(iam::Error::from_json(&key).is_err());
    let surrogate = br#"{"error_code":"APP.0001","error_msg":"\ud800"}"#;
    assert!(iam::Error::from_json(surrogate).is_err());
    // Bytes that are not JSON at all, and truncated bodies.
    for bytes in [
        &b""[..],
        b"\xff",
        b"{",
        b"{\"error_code\":",
        b"null",
        b"[]",
        b"\x00",
    ] {
        assert!(iam::Error::from_json(bytes).is_err(), "{bytes:?}");
    }
}

#[test]
fn numbers_that_overflow_the_declared_type_are_bad_arguments() {
    // LOGIN.0002's `remaining_attempts` is a u32; its message carries the number as text.
    for n in [
        "4294967296",
        "-1",
        "1e3",
        "99999999999999999999999999999999",
        "+-1",
    ] {
        let body = format!(
            r#"{{"error_code":"LOGIN.0002","error_msg":"Invalid account name or password. Remaining attempts: {n}"}}"#
        );
        let undecoded = iam::Error::from_json(body.as_bytes()).unwrap_err();
        assert_eq!(
            undecoded.reason(),
            &Reason::BadArgument("remaining_attempts"),
            "{n}"
        );
        assert!(undecoded.message().ends_with(n), "kept verbatim");
    }
    let max = r#"{"error_code":"LOGIN.0002","error_msg":"Invalid account name or password. Remaining attempts: 4294967295"}"#;
    assert_eq!(
        iam::Error::from_json(max.as_bytes())
            .unwrap()
            .arg(0)
            .map(|v| v.to_string()),
        Some("4294967295".into())
    );
    // Members that should be strings but are huge numbers: a type error, not an overflow.
    for numeric in [
        r#"{"error_code":1e999999,"error_msg":"x"}"#,
        r#"{"error_code":"APP.0001","error_msg":123456789012345678901234567890}"#,
    ] {
        let why = malformed(numeric.as_bytes());
        assert!(
            why.contains("invalid type") || why.contains("out of range"),
            "{why}"
        );
    }
}

#[test]
fn huge_messages_decode_or_fail_whole() {
    // 8 MiB of argument text: decoded in one pass, kept verbatim either way.
    let big = "x".repeat(8 << 20);
    let prefix = "User has been locked due to multiple login failures. It will be unlocked in ";
    let body = format!(
        r#"{{"error_code":"LOGIN.0001","error_msg":"{prefix}{big} minutes and 3 seconds."}}"#
    );
    let undecoded = iam::Error::from_json(body.as_bytes()).unwrap_err();
    assert_eq!(undecoded.reason(), &Reason::BadArgument("minutes"));
    assert_eq!(undecoded.message().len(), prefix.len() + big.len() + 23);
    // A huge unknown code, and a huge skipped member.
    let body = format!(r#"{{"error_code":"{big}","error_msg":"m"}}"#);
    assert_eq!(
        iam::Error::from_json(body.as_bytes()).unwrap_err().reason(),
        &Reason::UnknownCode
    );
    let body = format!(
        r#"{{"skip":"{big}","error_code":"APP.0001","error_msg":"Application does not exist."}}"#
    );
    assert!(iam::Error::from_json(body.as_bytes()).is_ok());
    // Many members: the last of a repeated member wins, and nothing accumulates.
    let mut body = String::from("{");
    for i in 0..100_000 {
        body.push_str(&format!(r#""k{i}":[{i}],"error_code":"APP.0001","#));
    }
    body.push_str(r#""error_msg":"Application does not exist."}"#);
    assert!(iam::Error::from_json(body.as_bytes()).is_ok());
}
