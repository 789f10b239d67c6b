//! gRPC over a real loopback connection: a tonic server whose handler returns catalog
//! errors, a tonic client that decodes each received status back into the typed error.
//!
//! The service is written by hand with tonic's building blocks and a `prost::Message`
//! derive, so neither the test nor the build needs `protoc` (tonic-build would).

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use error_catalog::{error_catalog, CatalogError, Decode, Entry, Reason, Value};
use example::iam;
use tonic::codegen::http;
use tonic::{Code, Status};
use tonic_types::StatusExt;

/// The request: which row to fail with, and its message rendered with sample arguments.
#[derive(Clone, PartialEq, prost::Message)]
struct FailRequest {
    #[prost(string, tag = "1")]
    code: String,
    #[prost(string, tag = "2")]
    message: String,
    /// Attach an internal cause, which must not reach the client.
    #[prost(bool, tag = "3")]
    with_cause: bool,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Empty {}

const FAIL: &str = "/probe.Probe/Fail";

/// The handler: an application function that fails with a catalog error.
fn fail(request: &FailRequest) -> Result<Empty, error_catalog::WithSource<iam::Error>> {
    let error = iam::Error::decode(&request.code, &request.message).expect("a catalog row");
    if request.with_cause {
        return Err(error.with_source(std::io::Error::other("db password is hunter2")));
    }
    Err(error)?
}

/// The service: one unary method, routed by path, as tonic-build would generate it.
#[derive(Clone)]
struct Probe;

impl tower::Service<http::Request<tonic::body::Body>> for Probe {
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        Box::pin(async move {
            if request.uri().path() != FAIL {
                return Ok(Status::unimplemented("no such method").into_http());
            }
            let method = tower::service_fn(|request: tonic::Request<FailRequest>| async move {
                fail(request.get_ref())
                    .map(tonic::Response::new)
                    .map_err(Status::from)
            });
            let mut grpc = tonic::server::Grpc::new(tonic_prost::ProstCodec::default());
            Ok(grpc.unary(method, request).await)
        })
    }
}

/// A row's message rendered with sample arguments: integers from 7, text with the
/// characters that would confuse a parser of the message.
struct Sample(&'static Entry);

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params = self.0.params();
        self.0.message().render(f, |i| {
            let param = params.get(i)?;
            Some(match param.ty() {
                "u8" | "u16" | "u32" | "u64" | "usize" => Value::UInt(7 + i as u64),
                _ => Value::Str("a. b, {c} \"d\""),
            })
        })
    }
}

fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// Starts the server on a loopback port and calls `Fail` once per request, returning each
/// status the client received.
fn call_all(requests: Vec<FailRequest>) -> Vec<Status> {
    block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let incoming = tonic::codegen::tokio_stream::wrappers::TcpListenerStream::new(listener);
        let server =
            tokio::spawn(tonic::transport::Server::builder().serve_with_incoming(Probe, incoming));
        let exchange = async {
            let channel = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
                .unwrap()
                .connect()
                .await
                .unwrap();
            let mut client = tonic::client::Grpc::new(channel);
            let mut statuses = Vec::new();
            for request in requests {
                client.ready().await.unwrap();
                let answer: Result<tonic::Response<Empty>, Status> = client
                    .unary(
                        tonic::Request::new(request),
                        http::uri::PathAndQuery::from_static(FAIL),
                        tonic_prost::ProstCodec::default(),
                    )
                    .await;
                statuses.push(answer.expect_err("the handler always fails"));
            }
            statuses
        };
        // A bound so that a hung server fails the test instead of hanging it.
        let statuses = tokio::time::timeout(std::time::Duration::from_secs(60), exchange)
            .await
            .expect("the server answered");
        server.abort();
        statuses
    })
}

fn request(entry: &'static Entry, with_cause: bool) -> FailRequest {
    FailRequest {
        code: entry.code().to_string(),
        message: Sample(entry).to_string(),
        with_cause,
    }
}

#[test]
fn every_iam_row_crosses_the_wire_and_decodes_back_with_its_arguments() {
    let requests = iam::CATALOG.iter().map(|e| request(e, false)).collect();
    let statuses = call_all(requests);
    assert_eq!(statuses.len(), 75);
    let mut with_args = 0;
    for (entry, status) in iam::CATALOG.iter().zip(&statuses) {
        let sent = iam::Error::decode(entry.code(), &Sample(entry).to_string()).unwrap();
        assert_eq!(status.code(), entry.grpc_code(), "{}", entry.code());
        assert_eq!(status.message(), sent.to_string(), "{}", entry.code());
        let info = status.get_details_error_info().expect("an ErrorInfo");
        assert_eq!(info.reason, entry.code());
        assert_eq!(info.domain, "iam.example.invalid");
        let expected: std::collections::HashMap<String, String> = sent
            .args()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        assert_eq!(info.metadata, expected, "{}", entry.code());
        with_args += usize::from(!expected.is_empty());
        let help = status.get_details_help().expect("a Help link");
        assert_eq!(
            help.links[0].url,
            format!("https://example.invalid/iam/errors/{}", entry.code())
        );
        let received = iam::Error::from_status(status).unwrap();
        assert_eq!(received, sent, "{}", entry.code());
        let text = |e: &iam::Error| -> Vec<(&str, String)> {
            e.args().map(|(n, v)| (n, v.to_string())).collect()
        };
        assert_eq!(text(&received), text(&sent), "{}", entry.code());
    }
    assert_eq!(with_args, 2, "LOGIN.0001 and LOGIN.0002 carry arguments");
}

#[test]
fn locked_sends_its_arguments_by_name_and_statuses_map_by_the_documented_table() {
    let entry = iam::CATALOG.get("LOGIN.0001").unwrap();
    let status = Status::from(iam::Error::from(iam::Login::locked(5, 30)));
    assert_eq!(status.code(), Code::InvalidArgument);
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.metadata["minutes"], "5");
    assert_eq!(info.metadata["seconds"], "30");
    assert_eq!(
        help_description(&status),
        entry.solution(),
        "the Help link is described by the row's solution"
    );
    assert_eq!(
        iam::Error::from_status(&status),
        Ok(iam::Login::locked(5, 30).into())
    );
    // The group enum decodes its own rows through the trait, and refuses the others.
    assert_eq!(
        iam::Login::from_status(&status),
        Ok(iam::Login::locked(5, 30))
    );
    let other = Status::from(iam::App::not_found());
    assert_eq!(
        iam::Login::from_status(&other).unwrap_err().reason(),
        &Reason::OtherType
    );
}

fn help_description(status: &Status) -> String {
    status.get_details_help().unwrap().links[0]
        .description
        .clone()
}

#[test]
fn a_cause_never_reaches_the_client() {
    let entry = iam::CATALOG.get("LOGIN.0002").unwrap();
    let statuses = call_all(vec![request(entry, true)]);
    let status = &statuses[0];
    let everything = format!("{status:?} {:?}", status.details());
    assert!(!everything.contains("hunter2"), "{everything}");
    assert_eq!(
        iam::Error::from_status(status),
        Ok(iam::Login::bad_credentials(7).into())
    );
}

#[test]
fn without_error_info_the_message_decodes_and_anything_else_is_undecoded() {
    // A server that sends only a code and the message.
    let plain = Status::new(
        Code::InvalidArgument,
        "Invalid account name or password. Remaining attempts: 2",
    );
    let decoded = iam::Error::from_status(&plain);
    let expected = iam::Error::decode(
        "LOGIN.0002",
        "Invalid account name or password. Remaining attempts: 2",
    );
    assert_eq!(decoded, expected);
    assert!(decoded.is_ok());

    // The same text under a gRPC code no row maps to.
    let wrong_code = Status::new(Code::DataLoss, plain.message());
    let undecoded = iam::Error::from_status(&wrong_code).unwrap_err();
    assert_eq!(undecoded.reason(), &Reason::Mismatch);
    assert_eq!(undecoded.message(), plain.message());

    // Anything a server may send: never a panic, always a typed `Undecoded`.
    let info = |reason: &str, domain: &str, metadata: &[(&str, &str)]| {
        let metadata: std::collections::HashMap<String, String> = metadata
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Status::with_error_details(
            Code::InvalidArgument,
            "whatever",
            tonic_types::ErrorDetails::with_error_info(reason, domain, metadata),
        )
    };
    let cases = [
        (
            info("LOGIN.0001", "elsewhere.example", &[]),
            Reason::OtherDomain("elsewhere.example".into()),
        ),
        (
            info("NOPE.0001", "iam.example.invalid", &[]),
            Reason::UnknownCode,
        ),
        (
            info("LOGIN.0001", "iam.example.invalid", &[("minutes", "5")]),
            Reason::Mismatch,
        ),
        (
            info(
                "LOGIN.0001",
                "iam.example.invalid",
                &[("minutes", "5"), ("secs", "1")],
            ),
            Reason::BadArgument("seconds"),
        ),
        (
            info(
                "LOGIN.0001",
                "iam.example.invalid",
                &[("minutes", "five"), ("seconds", "1")],
            ),
            Reason::BadArgument("minutes"),
        ),
        (
            Status::with_details(
                Code::Internal,
                "x",
                b"\xff\xff not protobuf".to_vec().into(),
            ),
            Reason::Mismatch,
        ),
    ];
    for (status, reason) in cases {
        let undecoded = iam::Error::from_status(&status).unwrap_err();
        assert_eq!(undecoded.reason(), &reason, "{status:?}");
    }
}

/// gRPC codes set in the table win over the status's mapping.
#[error_catalog(domain = "shop.example.com")]
mod shop {
    catalog! {
        group Cart { grpc: "FAILED_PRECONDITION" }
        409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
        #[grpc = "ALREADY_EXISTS"]
        409 "CART.0002" exists message: "The cart exists.";
        409 "STOCK.0001" conflict message: "Stock changed; try again.";
        418 "STOCK.0002" teapot message: "Short and stout.";
    }
}

#[test]
fn rows_and_groups_override_the_mapped_code() {
    let codes: Vec<Code> = shop::CATALOG.iter().map(Entry::grpc_code).collect();
    assert_eq!(
        codes,
        [
            Code::FailedPrecondition,
            Code::AlreadyExists,
            Code::Aborted,
            Code::FailedPrecondition
        ]
    );
    let status = Status::from(shop::Cart::out_of_stock(3));
    assert_eq!(status.code(), Code::FailedPrecondition);
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.domain, "shop.example.com");
    // No `docs_url`: no Help.
    assert!(status.get_details_help().is_none());
    assert_eq!(
        shop::Error::from_status(&status),
        Ok(shop::Cart::out_of_stock(3).into())
    );
    // The message fallback looks among the rows of the received code only.
    let plain = Status::new(Code::AlreadyExists, "The cart exists.");
    assert_eq!(
        shop::Error::from_status(&plain),
        Ok(shop::Cart::exists().into())
    );
    let plain = Status::new(Code::Aborted, "The cart exists.");
    assert!(shop::Error::from_status(&plain).is_err());
}

#[test]
fn the_http_mapping_follows_google_rpc_code() {
    use error_catalog::grpc::code_for_http;
    use error_catalog::Status as Http;
    let map = |s: u16| code_for_http(Some(Http::new(s).unwrap()));
    for (http, code) in [
        (400, Code::InvalidArgument),
        (401, Code::Unauthenticated),
        (403, Code::PermissionDenied),
        (404, Code::NotFound),
        (409, Code::Aborted),
        (429, Code::ResourceExhausted),
        (499, Code::Cancelled),
        (500, Code::Internal),
        (501, Code::Unimplemented),
        (503, Code::Unavailable),
        (504, Code::DeadlineExceeded),
        (418, Code::FailedPrecondition),
        (507, Code::Internal),
        (302, Code::Unknown),
    ] {
        assert_eq!(map(http), code, "{http}");
    }
    assert_eq!(code_for_http(None), Code::Unknown);
}

#[test]
fn a_localized_message_in_the_callers_language() {
    let error = iam::Login::locked(5, 30);
    let status = error_catalog::grpc::to_status_in(&error, "zh-Hans-CN, zh-CN");
    // The status's message stays the developers' (the source); the person reads the detail.
    assert_eq!(status.message(), error.to_string());
    let localized = status
        .get_details_localized_message()
        .expect("a LocalizedMessage");
    // `zh-Hans-CN, zh-CN` is not one tag: it falls back to the catalog's own language.
    assert_eq!(localized.locale, "en");
    let status = error_catalog::grpc::to_status_in(&error, "zh-CN");
    let localized = status.get_details_localized_message().unwrap();
    assert_eq!(localized.locale, "zh-CN");
    assert_eq!(localized.message, error.message_in("zh-CN").to_string());
    assert_ne!(localized.message, error.to_string());
    // The code, ErrorInfo and decoding are the same in every language.
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    assert_eq!(iam::Error::from_status(&status).unwrap(), error.into());
    // Without a locale there is no LocalizedMessage.
    let plain = tonic::Status::from(iam::Login::locked(5, 30));
    assert!(plain.get_details_localized_message().is_none());
}
