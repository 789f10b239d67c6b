//! OpenAPI: the example tool's `openapi` document parsed back, the responses a group enum
//! gives `#[utoipa::path]`, and the wire shapes' schemas against what a server really sends.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use error_catalog::wire::{Body, Problem};
use error_catalog::{CatalogError, Decode};
use example::iam;
use serde_json::Value;
use utoipa::{IntoResponses, OpenApi, PartialSchema, ToSchema};

/// The document `iam_errors openapi` prints.
fn document() -> String {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = example::cli(&["openapi".to_string()], &mut out, &mut err).unwrap();
    assert_eq!((code, err.as_slice()), (0, &b""[..]));
    String::from_utf8(out).unwrap()
}

#[test]
fn the_document_lists_every_code_with_its_status_and_example() {
    let text = document();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], "iam errors");
    assert!(doc["info"]["version"].is_string());
    // A 3.1 document needs paths, components or webhooks; it has the first two.
    assert!(doc["paths"].is_object());
    let responses = doc["components"]["responses"].as_object().unwrap();
    for name in responses.keys() {
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "a component name OpenAPI allows: {name}"
        );
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("ErrorBody") && schemas.contains_key("ProblemDetails"));

    let mut seen = 0;
    for entry in &iam::CATALOG {
        let status = entry.status().unwrap().as_u16();
        let response = &responses[&format!("iam.{status}")];
        let description = response["description"].as_str().unwrap();
        assert!(
            description.contains(&format!("- `{}`: ", entry.code())),
            "{} in {description}",
            entry.code()
        );
        let vendor = &response["content"]["application/json"]["examples"][entry.code()];
        assert_eq!(vendor["summary"], entry.code());
        let body = &vendor["value"];
        assert_eq!(body["error_code"], entry.code());
        // The example is a body the client decodes back into this row.
        let decoded = iam::Error::from_json(body.to_string().as_bytes()).unwrap();
        assert_eq!(decoded.code(), entry.code());
        assert_eq!(body["error_msg"], decoded.to_string());
        let problem =
            &response["content"]["application/problem+json"]["examples"][entry.code()]["value"];
        assert_eq!(problem["status"], status);
        assert_eq!(problem["code"], entry.code());
        assert_eq!(
            problem["type"],
            format!("https://example.invalid/iam/errors/{}", entry.code())
        );
        seen += 1;
    }
    assert_eq!(seen, 75);
    let examples: usize = responses
        .values()
        .map(|r| {
            r["content"]["application/json"]["examples"]
                .as_object()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(examples, 75, "each code under exactly one status");

    // Sample arguments: numbers are 1.
    let locked = &responses["iam.400"]["content"]["application/problem+json"]["examples"]
        ["LOGIN.0001"]["value"];
    assert_eq!(
        locked["args"],
        serde_json::json!({"minutes": 1, "seconds": 1})
    );
    assert!(
        responses["iam.400"]["description"]
            .as_str()
            .unwrap()
            .contains("It will be unlocked in {minutes} minutes and {seconds} seconds."),
        "descriptions show their placeholders by name"
    );

    // utoipa's own model reads it back, and writes it out again unchanged.
    let parsed: utoipa::openapi::OpenApi = serde_json::from_str(&text).unwrap();
    let again: Value = serde_json::from_str(&parsed.to_json().unwrap()).unwrap();
    assert_eq!(again, doc);
}

/// A handler documented with the responses of the group it returns.
#[utoipa::path(
    post,
    path = "/sign-in",
    responses((status = 200, description = "Signed in"), iam::Login)
)]
#[allow(dead_code)]
fn sign_in() -> Result<(), iam::Login> {
    Err(iam::Login::locked(5, 30))
}

#[derive(OpenApi)]
#[openapi(paths(sign_in), components(schemas(error_catalog::wire::ErrorBody)))]
struct Api;

#[test]
fn a_path_lists_the_responses_of_the_group_it_returns() {
    let doc = serde_json::to_value(Api::openapi()).unwrap();
    let responses = &doc["paths"]["/sign-in"]["post"]["responses"];
    assert_eq!(responses["200"]["description"], "Signed in");
    let examples = responses["400"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    let codes: Vec<&str> = examples.keys().map(String::as_str).collect();
    let login: Vec<&str> = iam::CATALOG
        .iter()
        .filter(|e| e.group() == "Login")
        .map(|e| e.code())
        .collect();
    assert!(!login.is_empty());
    let mut sorted = login.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "the Login rows and no others");
    // The module's enum: every row.
    let all: usize = iam::Error::responses()
        .values()
        .map(|r| {
            let r = serde_json::to_value(r).unwrap();
            r["content"]["application/json"]["examples"]
                .as_object()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(all, 75);
    assert_eq!(
        doc["components"]["schemas"]["ErrorBody"],
        serde_json::to_value(Body::<()>::schema()).unwrap()
    );
}

/// The members a schema declares, and those it requires.
fn members(schema: utoipa::openapi::RefOr<utoipa::openapi::Schema>) -> (Vec<String>, Vec<String>) {
    let schema = serde_json::to_value(schema).unwrap();
    let props = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let required = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    (props, required)
}

#[test]
fn the_schemas_describe_what_a_server_sends() {
    assert_eq!(<Body<iam::Error> as ToSchema>::name(), "ErrorBody");
    assert_eq!(<Problem<iam::Error> as ToSchema>::name(), "ProblemDetails");
    let error: iam::Error = iam::Login::locked(5, 30).into();
    let cases = [
        (
            Body::<()>::schema(),
            serde_json::to_value(Body::new(&error).request_id("r-1")).unwrap(),
        ),
        (
            Problem::<()>::schema(),
            serde_json::to_value(Problem::new(&error).request_id("r-1")).unwrap(),
        ),
    ];
    for (schema, sent) in cases {
        let (props, required) = members(schema);
        let sent: Vec<&String> = sent.as_object().unwrap().keys().collect();
        for key in &sent {
            assert!(props.contains(key), "{key} is declared");
        }
        for key in &required {
            assert!(sent.contains(&key), "{key} is always sent");
        }
    }
}
