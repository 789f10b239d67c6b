//! A small IAM server whose errors come from the catalog in `iam_errors.rs`.
//!
//! Run it: `cargo run --example iam_server` (port 3000, or `IAM_SERVER_PORT`), then:
//!
//! ```text
//! curl -i 127.0.0.1:3000/apps/billing
//! curl -i 127.0.0.1:3000/login/alice/wrong          # 3 times, then it is locked
//! curl -i -H 'Accept: application/problem+json' 127.0.0.1:3000/login/alice/wrong
//! curl -i 127.0.0.1:3000/health
//! ```

#[allow(dead_code)]
#[path = "iam_errors.rs"]
mod catalog;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::header::ACCEPT;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use error_catalog::response::AcceptLanguage;
use error_catalog::wire::Body;
use error_catalog::{CatalogError, WithSource};

pub use catalog::iam;

/// Failed sign-ins allowed before an account is locked.
const ATTEMPTS: u32 = 3;

/// Remaining attempts per account name.
#[derive(Clone, Default)]
pub struct Accounts(Arc<Mutex<HashMap<String, u32>>>);

/// The server's routes.
pub fn app() -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/apps/{id}", get(app_by_id))
        .route("/login/{user}/{password}", get(login))
        .route("/orgs/{id}", get(org))
        .with_state(Accounts::default())
}

/// Only the `iam` application exists: any other id is `APP.0001`, sent as the vendor body.
/// Errors answer in the caller's language (`Accept-Language`: the catalog ships English and
/// Chinese); the code and the arguments are the same in every language.
async fn app_by_id(
    lang: AcceptLanguage,
    Path(id): Path<String>,
) -> Result<String, Body<iam::Error>> {
    if id == "iam" {
        Ok("application iam".into())
    } else {
        Err(lang.body(iam::App::not_found().into()))
    }
}

/// The password is `hunter2`; wrong ones count down, then the account is locked. The client
/// picks the body shape with `Accept`.
async fn login(
    State(accounts): State<Accounts>,
    Path((user, password)): Path<(String, String)>,
    lang: AcceptLanguage,
    headers: HeaderMap,
) -> Response {
    let outcome = {
        let mut accounts = accounts.0.lock().unwrap_or_else(|e| e.into_inner());
        let remaining = accounts.entry(user).or_insert(ATTEMPTS);
        if *remaining == 0 {
            Err(iam::Error::from(iam::Login::locked(5, 30)))
        } else if password != "hunter2" {
            *remaining -= 1;
            Err(iam::Login::bad_credentials(*remaining).into())
        } else {
            *remaining = ATTEMPTS;
            Ok("signed in")
        }
    };
    match outcome {
        Ok(text) => text.into_response(),
        Err(error) => negotiate(&headers, &lang, error),
    }
}

/// An internal failure: the client gets `COM.0002`; the cause goes to the log, never into
/// the response.
async fn org(Path(id): Path<u32>) -> Result<String, WithSource<iam::Error>> {
    let cause = std::io::Error::other(format!(
        "org store: replica orgs-2.internal timed out reading org {id}"
    ));
    let error = iam::Com::system_busy().with_source(cause).convert();
    if let Some(cause) = error.cause() {
        eprintln!("GET /orgs/{id}: {} ({cause})", error.code());
    }
    Err(error)
}

/// Problem details when the client asks for `application/problem+json`, the vendor body
/// otherwise.
fn negotiate(headers: &HeaderMap, lang: &AcceptLanguage, error: impl CatalogError) -> Response {
    let wants_problem = headers
        .get_all(ACCEPT)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|value| value.contains("application/problem+json"));
    if wants_problem {
        lang.problem(error).into_response()
    } else {
        lang.body(error).into_response()
    }
}

fn main() -> std::io::Result<()> {
    let port: u16 = match std::env::var("IAM_SERVER_PORT") {
        Ok(port) => port.parse().map_err(std::io::Error::other)?,
        Err(_) => 3000,
    };
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(async {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            println!("IAM server on http://{}", listener.local_addr()?);
            axum::serve(listener, app()).await
        })
}
