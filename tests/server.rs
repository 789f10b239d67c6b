//! The example server's Router, request in, response out: status, content type and body,
//! decoded back on the client side.

#[allow(dead_code)]
#[path = "../examples/iam_server.rs"]
mod server;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use error_catalog::wire::Problem;
use error_catalog::{CatalogError, Decode, Reason};
use serde_json::{json, Value};
use server::iam;
use tower::ServiceExt;

/// A received response: status, content type, body bytes.
struct Received {
    status: StatusCode,
    content_type: Option<String>,
    body: Vec<u8>,
}

impl Received {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

async fn read(response: axum::response::Response) -> Received {
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned());
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap()
        .to_vec();
    Received {
        status,
        content_type,
        body,
    }
}

async fn get(app: &Router, uri: &str, accept: Option<&str>) -> Received {
    get_in(app, uri, accept, None).await.0
}

#[test]
fn a_handler_error_is_the_vendor_body_with_the_row_status() {
    block_on(async {
        let app = server::app();
        let ok = get(&app, "/apps/iam", None).await;
        assert_eq!(ok.status, StatusCode::OK);

        let missing = get(&app, "/apps/billing", None).await;
        assert_eq!(missing.status, StatusCode::BAD_REQUEST);
        assert_eq!(missing.content_type.as_deref(), Some("application/json"));
        assert_eq!(
            missing.json(),
            json!({"error_code": "APP.0001", "error_msg": "Application does not exist."})
        );
        // The client gets the typed error back.
        let error = iam::Error::from_json(&missing.body).unwrap();
        assert_eq!(error, iam::App::not_found().into());
    });
}

#[test]
fn sign_in_counts_down_then_locks_and_the_client_decodes_each_step() {
    block_on(async {
        let app = server::app();
        for remaining in [2, 1, 0] {
            let reply = get(&app, "/login/alice/wrong", None).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST);
            assert_eq!(reply.content_type.as_deref(), Some("application/json"));
            let error = iam::Error::from_json(&reply.body).unwrap();
            assert_eq!(
                error,
                iam::Error::Login(iam::Login::BadCredentials {
                    remaining_attempts: remaining
                })
            );
        }
        let locked = get(&app, "/login/alice/hunter2", None).await;
        let error = iam::Error::from_json(&locked.body).unwrap();
        assert!(matches!(
            error,
            iam::Error::Login(iam::Login::Locked {
                minutes: 5,
                seconds: 30
            })
        ));
        // Another account is untouched.
        let bob = get(&app, "/login/bob/hunter2", None).await;
        assert_eq!(
            (bob.status, bob.body.as_slice()),
            (StatusCode::OK, &b"signed in"[..])
        );
    });
}

#[test]
fn accept_problem_json_gets_rfc_9457_problem_details() {
    block_on(async {
        let app = server::app();
        let reply = get(
            &app,
            "/login/carol/wrong",
            Some("application/problem+json, application/json;q=0.5"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            reply.content_type.as_deref(),
            Some("application/problem+json")
        );
        assert_eq!(
            reply.json(),
            json!({
                "type": "https://example.invalid/iam/errors/LOGIN.0002",
                "title": "Invalid account name or password. Remaining attempts: {remaining_attempts}",
                "status": 400,
                "detail": "Invalid account name or password. Remaining attempts: 2",
                "code": "LOGIN.0002",
                "args": {"remaining_attempts": 2}
            })
        );
        let error = iam::Error::from_json(&reply.body).unwrap();
        assert_eq!(error, iam::Login::bad_credentials(2).into());
    });
}

#[test]
fn an_internal_cause_never_reaches_the_client() {
    block_on(async {
        let reply = get(&server::app(), "/orgs/7", None).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "COM.0002's status");
        assert_eq!(reply.content_type.as_deref(), Some("application/json"));
        let text = String::from_utf8(reply.body.clone()).unwrap();
        assert!(
            !text.contains("orgs-2") && !text.contains("timed out"),
            "{text}"
        );
        assert_eq!(
            reply.json(),
            json!({"error_code": "COM.0002", "error_msg": "System busy. Please try again later."})
        );
    });
}

#[test]
fn group_and_module_enums_and_wrappers_are_responses() {
    block_on(async {
        let group = read(iam::Captcha::token_expired().into_response()).await;
        let module = read(iam::Error::from(iam::Captcha::token_expired()).into_response()).await;
        assert_eq!(group.status, StatusCode::BAD_REQUEST);
        assert_eq!(group.body, module.body);
        assert_eq!(group.content_type.as_deref(), Some("application/json"));
        let problem = read(Problem::new(iam::Captcha::token_expired()).into_response()).await;
        assert_eq!(
            problem.content_type.as_deref(),
            Some("application/problem+json")
        );
        assert_eq!(problem.json()["code"], "CAPTCHA.0003");

        // A gateway forwards what it could not decode, as 502, body unchanged.
        let undecoded = iam::Error::decode("UPSTREAM.0009", "Quota exceeded.").unwrap_err();
        assert_eq!(undecoded.reason(), &Reason::UnknownCode);
        let forwarded = read(undecoded.into_response()).await;
        assert_eq!(forwarded.status, StatusCode::BAD_GATEWAY);
        assert_eq!(
            forwarded.json(),
            json!({"error_code": "UPSTREAM.0009", "error_msg": "Quota exceeded."})
        );
        assert_eq!(
            iam::Login::locked(1, 1).http_status(),
            Some(StatusCode::BAD_REQUEST)
        );
    });
}

#[test]
fn the_server_answers_over_a_loopback_socket() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, server::app()).await });
        let exchange = async {
            let mut stream = tokio::net::TcpStream::connect(addr).await?;
            stream
                .write_all(
                    b"GET /apps/nope HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                )
                .await?;
            let mut raw = Vec::new();
            stream.read_to_end(&mut raw).await?;
            std::io::Result::Ok(raw)
        };
        // A bound so that a hung server fails the test instead of hanging it.
        let raw = tokio::time::timeout(std::time::Duration::from_secs(30), exchange)
            .await
            .expect("the server answered")
            .unwrap();
        server.abort();
        let raw = String::from_utf8(raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 400 Bad Request"), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: application/json"),
            "{head}"
        );
        let error = iam::Error::from_json(body.as_bytes()).unwrap();
        assert_eq!(error.code(), "APP.0001");
    });
}

/// A GET with `Accept` and `Accept-Language`: the response's status, headers and body.
async fn get_in(
    app: &Router,
    uri: &str,
    accept: Option<&str>,
    language: Option<&str>,
) -> (Received, Option<String>, Option<String>) {
    let mut request = Request::get(uri);
    if let Some(language) = language {
        request = request.header(header::ACCEPT_LANGUAGE, language);
    }
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT, accept);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let header_of = |name| {
        (response.headers().get(name)).map(|v: &header::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (language, vary) = (header_of(header::CONTENT_LANGUAGE), header_of(header::VARY));
    (read(response).await, language, vary)
}

#[test]
fn errors_answer_in_the_callers_language_with_the_same_code_and_arguments() {
    block_on(async {
        let app = server::app();
        for (accept_language, chosen, message) in [
            ("zh-CN", "zh-CN", "应用不存在。"),
            (
                "zh-Hans-CN;q=0.8, zh-CN;q=0.9, en;q=0.5",
                "zh-CN",
                "应用不存在。",
            ),
            (
                "fr-CH, fr;q=0.9, en;q=0.8",
                "en",
                "Application does not exist.",
            ),
            ("de", "en", "Application does not exist."),
            ("*", "en", "Application does not exist."),
            ("en;q=0.1, zh-CN;q=1", "zh-CN", "应用不存在。"),
        ] {
            let (got, language, vary) =
                get_in(&app, "/apps/billing", None, Some(accept_language)).await;
            assert_eq!(got.status, StatusCode::BAD_REQUEST, "{accept_language}");
            assert_eq!(language.as_deref(), Some(chosen), "{accept_language}");
            assert_eq!(vary.as_deref(), Some("accept-language"));
            assert_eq!(
                got.json(),
                json!({"error_code": "APP.0001", "error_msg": message}),
                "{accept_language}"
            );
            // The client decodes the body in either language to the same error.
            let decoded = iam::Error::from_json(&got.body).unwrap();
            assert_eq!(decoded, iam::Error::from(iam::App::not_found()));
        }
        // Arguments survive the language, in both shapes.
        for (user, accept) in [("ana", None), ("bo", Some("application/problem+json"))] {
            let uri = format!("/login/{user}/wrong");
            for _ in 0..2 {
                get_in(&app, &uri, accept, Some("zh-CN")).await;
            }
            let (got, language, _) = get_in(&app, &uri, accept, Some("zh-CN")).await;
            assert_eq!(language.as_deref(), Some("zh-CN"));
            let text = got.json()[if accept.is_some() {
                "detail"
            } else {
                "error_msg"
            }]
            .as_str()
            .unwrap()
            .to_owned();
            let expected = iam::Login::bad_credentials(0);
            assert_eq!(text, expected.message_in("zh-CN").to_string());
            assert_ne!(text, expected.to_string(), "Chinese, not English");
            let decoded = iam::Error::from_json(&got.body).unwrap();
            assert_eq!(decoded, iam::Error::from(expected));
            // The account is locked now: the next one answers `locked(5, 30)`.
            let (got, _, _) = get_in(&app, &uri, accept, Some("zh-CN")).await;
            let decoded = iam::Error::from_json(&got.body).unwrap();
            assert_eq!(decoded, iam::Error::from(iam::Login::locked(5, 30)));
        }
    });
}
