//! The wire formats on the IAM catalog: the vendor body, problem+json, HTTP statuses,
//! decoding received errors back into typed ones, and causes.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use error_catalog::wire::{Body, ErrorBody, Problem};
use error_catalog::{CatalogError, Decode, Piece, Reason, WithSource};
use example::iam;
use serde_json::{json, Value};

fn to_json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}

const LOCKED: &str = "User has been locked due to multiple login failures. It will be unlocked in 5 minutes and 30 seconds.";

#[test]
fn a_typed_error_serializes_to_the_vendor_body() {
    let error = iam::Login::locked(5, 30);
    let expected = json!({"error_code": "LOGIN.0001", "error_msg": LOCKED});
    assert_eq!(to_json(&error), expected);
    assert_eq!(to_json(&iam::Error::from(error.clone())), expected);
    assert_eq!(to_json(&Body::new(&error)), expected);
    // Members in the documented order, and nothing else.
    assert_eq!(
        serde_json::to_string(&iam::App::not_found()).unwrap(),
        r#"{"error_code":"APP.0001","error_msg":"Application does not exist."}"#
    );
    assert_eq!(
        to_json(&Body::new(error).request_id("req-42")),
        json!({"error_code": "LOGIN.0001", "error_msg": LOCKED, "request_id": "req-42"})
    );
}

#[test]
fn problem_details_follow_rfc_9457() {
    let problem = Problem::new(iam::Login::locked(5, 30)).request_id("req-7");
    assert_eq!(
        serde_json::to_string(&problem).unwrap(),
        concat!(
            r#"{"type":"https://example.invalid/iam/errors/LOGIN.0001","#,
            r#""title":"User has been locked due to multiple login failures. It will be unlocked in {minutes} minutes and {seconds} seconds.","#,
            r#""status":400,"#,
            r#""detail":"User has been locked due to multiple login failures. It will be unlocked in 5 minutes and 30 seconds.","#,
            r#""code":"LOGIN.0001","args":{"minutes":5,"seconds":30},"request_id":"req-7"}"#
        )
    );
    // Arguments keep their real types: a u32 is a JSON number, not a string.
    let body = to_json(&Problem::new(iam::Login::bad_credentials(2)));
    assert_eq!(body["args"], json!({"remaining_attempts": 2}));
    assert!(body["args"]["remaining_attempts"].is_u64());
    let body = to_json(&Problem::new(iam::Captcha::token_expired()));
    assert_eq!(body["args"], json!({}));
    assert_eq!(body["title"], body["detail"], "a row without placeholders");
    assert_eq!(
        body["type"],
        "https://example.invalid/iam/errors/CAPTCHA.0003"
    );
    assert!(body.get("request_id").is_none());
}

#[test]
fn the_odd_row_is_verbatim_on_the_wire() {
    let body = to_json(&iam::Param::social_id_required());
    assert_eq!(
        body,
        json!({"error_code": "PARAM.0017", "error_msg": "PARAM.0017"})
    );
}

#[test]
fn statuses_convert_to_http() {
    let error = iam::Login::locked(1, 2);
    assert_eq!(error.http_status(), Some(http::StatusCode::BAD_REQUEST));
    let status = error.status().unwrap();
    assert_eq!(
        http::StatusCode::from(status),
        http::StatusCode::BAD_REQUEST
    );
    assert_eq!(status.to_http().as_u16(), 400);
    let back = error_catalog::Status::try_from(http::StatusCode::NOT_FOUND).unwrap();
    assert_eq!(back.as_u16(), 404);
}

#[test]
fn decode_recovers_the_row_and_its_typed_arguments() {
    let error = iam::Error::decode("LOGIN.0001", LOCKED).unwrap();
    assert!(matches!(
        error,
        iam::Error::Login(iam::Login::Locked {
            minutes: 5,
            seconds: 30
        })
    ));
    let error = iam::Error::decode(
        "LOGIN.0002",
        "Invalid account name or password. Remaining attempts: 3",
    )
    .unwrap();
    assert_eq!(
        error,
        iam::Error::Login(iam::Login::BadCredentials {
            remaining_attempts: 3
        })
    );
    // A group enum decodes its own rows (through the `Decode` trait).
    let login = <iam::Login as Decode>::decode("LOGIN.0001", LOCKED).unwrap();
    assert_eq!(login, iam::Login::locked(5, 30));
}

#[test]
fn what_does_not_decode_comes_back_inspectable() {
    let unknown = iam::Error::decode("NOPE.0001", "Something else.").unwrap_err();
    assert_eq!(unknown.reason(), &Reason::UnknownCode);
    assert_eq!(
        (unknown.code(), unknown.message()),
        ("NOPE.0001", "Something else.")
    );

    let changed = iam::Error::decode("APP.0001", "Application does not exist!").unwrap_err();
    assert_eq!(changed.reason(), &Reason::Mismatch);

    let bad = iam::Error::decode(
        "LOGIN.0002",
        "Invalid account name or password. Remaining attempts: many",
    )
    .unwrap_err();
    assert_eq!(bad.reason(), &Reason::BadArgument("remaining_attempts"));
    assert_eq!(
        bad.to_string(),
        "cannot decode error \"LOGIN.0002\" (\"Invalid account name or password. Remaining attempts: many\"): argument `remaining_attempts` does not parse as its declared type"
    );
    let negative = iam::Error::decode(
        "LOGIN.0002",
        "Invalid account name or password. Remaining attempts: -1",
    );
    assert_eq!(
        negative.unwrap_err().reason(),
        &Reason::BadArgument("remaining_attempts")
    );

    let other_group = <iam::Login as Decode>::decode("APP.0001", "Application does not exist.");
    assert_eq!(other_group.unwrap_err().reason(), &Reason::OtherType);

    // Forwarded unchanged: it serializes to the body it came from.
    assert_eq!(
        to_json(&unknown),
        json!({"error_code": "NOPE.0001", "error_msg": "Something else."})
    );
}

#[test]
fn decoding_hostile_input_is_safe() {
    // Long messages, odd bytes, near-misses: never a panic, always an inspectable result.
    let long = format!(
        "Invalid account name or password. Remaining attempts: {}",
        "9".repeat(100_000)
    );
    assert_eq!(
        iam::Error::decode("LOGIN.0002", &long)
            .unwrap_err()
            .reason(),
        &Reason::BadArgument("remaining_attempts"),
        "overflows u32"
    );
    let prefix = "User has been locked due to multiple login failures. It will be unlocked in ";
    let spam = format!("{prefix}{}", " minutes and ".repeat(50_000));
    assert_eq!(
        iam::Error::decode("LOGIN.0001", &spam)
            .unwrap_err()
            .reason(),
        &Reason::Mismatch
    );
    for message in ["", "\u{0}", "é", "{0}", "Remaining attempts: {0}", LOCKED] {
        for entry in &iam::CATALOG {
            let _ = iam::Error::decode(entry.code(), message);
        }
        let _ = iam::Error::decode(message, message);
    }
}

/// A sample rendering of each parameter's declared type, so that every row can be built
/// without naming its constructor.
fn sample(ty: &str, index: usize) -> String {
    match ty {
        "u32" | "u64" | "usize" | "u16" | "u8" => format!("{}", 7 + index),
        "Text" => format!("sample text {index}"),
        other => panic!("add a sample for parameter type {other}"),
    }
}

#[test]
fn every_row_round_trips_through_both_body_shapes() {
    let mut with_params = 0;
    for entry in &iam::CATALOG {
        let args: Vec<String> = entry
            .params()
            .iter()
            .enumerate()
            .map(|(i, p)| sample(p.ty(), i))
            .collect();
        with_params += usize::from(!args.is_empty());
        let message: String = entry
            .message()
            .pieces()
            .iter()
            .map(|piece| match piece {
                Piece::Lit(text) => text,
                Piece::Arg(i) => &args[i],
            })
            .collect();
        // Build the row's value from its own rendering, then check it *is* that row.
        let error = iam::Error::decode(entry.code(), &message)
            .unwrap_or_else(|e| panic!("{}: {e}", entry.code()));
        assert!(std::ptr::eq(error.entry(), entry), "{}", entry.code());
        assert_eq!(error.to_string(), message);
        let rendered: Vec<String> = error.args().map(|(_, v)| v.to_string()).collect();
        assert_eq!(rendered, args, "{}", entry.code());

        // Encode then decode: the same value, from either shape.
        let vendor = serde_json::to_vec(&error).unwrap();
        assert_eq!(
            iam::Error::from_json(&vendor).unwrap(),
            error,
            "{}",
            entry.code()
        );
        let problem = serde_json::to_vec(&Problem::new(&error)).unwrap();
        assert_eq!(
            iam::Error::from_json(&problem).unwrap(),
            error,
            "{}",
            entry.code()
        );
        let typed: iam::Error = serde_json::from_slice(&vendor).unwrap();
        assert_eq!(typed, error);
        // The group enum decodes it too.
        let body = ErrorBody::from_json(&vendor).unwrap();
        assert_eq!(iam::Error::decode_body(&body).unwrap(), error);
    }
    assert_eq!(with_params, 2, "LOGIN.0001 and LOGIN.0002 carry arguments");
}

#[test]
fn received_bodies_in_either_shape() {
    let body = ErrorBody::from_json(
        br#"{"error_code":"LOGIN.0002","error_msg":"Invalid account name or password. Remaining attempts: 1","request_id":"r1","extra":[1,2]}"#,
    )
    .unwrap();
    assert_eq!(body.code(), "LOGIN.0002");
    assert_eq!(body.request_id(), Some("r1"));
    let problem = ErrorBody::from_json(
        br#"{"type":"https://example.invalid/x","title":"t","status":400,"detail":"Application disabled.","code":"APP.0003","args":{}}"#,
    )
    .unwrap();
    assert_eq!(
        iam::Error::decode_body(&problem).unwrap(),
        iam::App::disabled().into()
    );

    let malformed = iam::Error::from_json(b"{\"error_code\": 3}").unwrap_err();
    assert!(
        matches!(malformed.reason(), Reason::MalformedBody(why) if why.contains("invalid type")),
        "{malformed}"
    );
    let missing = iam::Error::from_json(b"{\"error_code\": \"APP.0001\"}").unwrap_err();
    assert!(
        matches!(missing.reason(), Reason::MalformedBody(why) if why.contains("error_msg")),
        "{missing}"
    );
    let err =
        serde_json::from_str::<iam::Error>(r#"{"error_code":"NOPE","error_msg":"x"}"#).unwrap_err();
    assert!(err.to_string().contains("no row has this code"), "{err}");

    // Escaped members (here every character of the code, and a `\u` in the message and in an
    // argument) decode as their text, from a slice, from a reader's owned strings and
    // through `ErrorBody`.
    let escaped = br#"{"error_code":"\u004cOGIN.0001","error_msg":"User has been locked due to multiple login failures. It will be unlocked in \u0035 minutes and 30 seconds."}"#;
    let locked = iam::Error::from(iam::Login::locked(5, 30));
    assert_eq!(iam::Error::from_json(escaped), Ok(locked.clone()));
    assert_eq!(
        serde_json::from_reader::<_, iam::Error>(&escaped[..]).unwrap(),
        locked
    );
    let body = ErrorBody::from_json(escaped).unwrap();
    assert_eq!(body.code(), "LOGIN.0001");
    assert_eq!(iam::Error::decode_body(&body), Ok(locked));
    let args = br#"{"code":"LOGIN.0002","detail":"Reworded: 2 attempts left.","args":{"remaining_attempts":"\u0032"}}"#;
    assert_eq!(
        iam::Error::from_json(args),
        Ok(iam::Login::bad_credentials(2).into())
    );
}

#[derive(Debug)]
struct DbDown;

impl std::fmt::Display for DbDown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "connection to db-primary.internal:5432 refused (password for svc_iam rejected)",
        )
    }
}

impl std::error::Error for DbDown {}

#[test]
fn a_cause_is_reported_but_never_displayed_or_serialized() {
    let error = iam::Com::system_busy().with_source(DbDown);
    let source = std::error::Error::source(&error).unwrap();
    assert!(source.downcast_ref::<DbDown>().is_some());
    assert!(
        format!("{error:?}").contains("DbDown"),
        "Debug, for logs, shows it"
    );
    assert_eq!(error.to_string(), "System busy. Please try again later.");
    assert_eq!(error.code(), "COM.0002");
    for body in [
        serde_json::to_string(&error).unwrap(),
        serde_json::to_string(&Problem::new(&error)).unwrap(),
        serde_json::to_string(&Body::new(&error).request_id("r")).unwrap(),
    ] {
        assert!(
            !body.contains("db-primary") && !body.contains("svc_iam"),
            "{body}"
        );
        assert!(
            body.contains("System busy. Please try again later."),
            "{body}"
        );
    }
}

#[test]
fn causes_convert_with_question_mark_and_convert() {
    fn lookup(found: bool) -> Result<(), iam::App> {
        if found {
            Ok(())
        } else {
            Err(iam::App::not_found())
        }
    }
    fn handler(found: bool, db_ok: bool) -> Result<(), WithSource<iam::Error>> {
        lookup(found)?; // a group error, no cause
        if !db_ok {
            return Err(iam::Com::system_busy()
                .with_source("pool exhausted")
                .convert());
        }
        Ok(())
    }
    let plain = handler(false, true).unwrap_err();
    assert!(plain.cause().is_none());
    assert_eq!(plain.error(), &iam::Error::App(iam::App::NotFound));
    let caused = handler(true, false).unwrap_err();
    assert_eq!(caused.cause().unwrap().to_string(), "pool exhausted");
    let (error, _) = caused.into_parts();
    assert_eq!(error.code(), "COM.0002");
}

/// A small deterministic generator (no extra dependency): messages built from the IAM
/// templates with odd arguments, then mutated.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

#[test]
fn decoding_arbitrary_messages_never_panics_and_what_decodes_is_stable() {
    const ODD: &[&str] = &[
        "",
        "0",
        "03",
        "+3",
        "4294967296",
        " 5",
        "-1",
        "x",
        "minutes and ",
        "é",
    ];
    let entries = iam::CATALOG.entries();
    let mut rng = Lcg(0x5eed);
    let mut decoded = 0;
    for _ in 0..5_000 {
        let entry = &entries[rng.next(entries.len())];
        let mut message: String = entry
            .message()
            .pieces()
            .iter()
            .map(|piece| match piece {
                Piece::Lit(text) => text.to_string(),
                Piece::Arg(_) => ODD[rng.next(ODD.len())].to_string(),
            })
            .collect();
        // Sometimes damage it: cut at a char boundary or insert a byte.
        match rng.next(4) {
            0 => {
                let cut = rng.next(message.len() + 1);
                let cut = (0..=cut)
                    .rev()
                    .find(|&i| message.is_char_boundary(i))
                    .unwrap();
                message.truncate(cut);
            }
            1 => message.insert(0, ' '),
            _ => {}
        }
        match iam::Error::decode(entry.code(), &message) {
            // Decoding may normalise (`03` → 3), but what it returns is a fixed point.
            Ok(error) => {
                decoded += 1;
                assert_eq!(error.code(), entry.code());
                let again = iam::Error::decode(entry.code(), &error.to_string()).unwrap();
                assert_eq!(again, error, "{message:?}");
            }
            Err(undecoded) => assert_eq!(undecoded.message(), message),
        }
    }
    assert!(
        decoded > 1_000,
        "the generator mostly builds valid messages: {decoded}"
    );
}
