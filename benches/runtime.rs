//! Runtime cost of the generated errors next to the same catalog written by hand with
//! thiserror (`scripts/catalogs.rs` writes both): construct + render, lookup by code, sizes,
//! and the wire (a body received and decoded, an error serialized) next to plain serde.
//! `cargo bench --bench runtime` (add a substring to run only matching benchmarks).

#[path = "../scripts/bench_harness.rs"]
mod bench_harness;
#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

mod generated {
    #![allow(dead_code, clippy::all)]
    include!(concat!(env!("OUT_DIR"), "/thiserror_75.rs"));
    include!(concat!(env!("OUT_DIR"), "/thiserror_2025.rs"));
    include!(concat!(env!("OUT_DIR"), "/ours_500.rs"));
    include!(concat!(env!("OUT_DIR"), "/ours_2025.rs"));
    include!(concat!(env!("OUT_DIR"), "/lookup.rs"));
    pub const CODES_2025: &[&str] = include!(concat!(env!("OUT_DIR"), "/codes_2025.rs"));
}

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::mem::size_of;

use error_catalog::wire::Problem;
use error_catalog::{CatalogError, Decode};
use example::iam;
use generated::{ours_2025, ours_500, thiserror_2025, thiserror_75};

fn main() {
    let bench = bench_harness::Bench::from_args();
    sizes();
    render(&bench);
    lookup(&bench);
    wire(&bench);
}

fn sizes() {
    println!("size_of (bytes)                                  ours   thiserror");
    let rows = [
        (
            "Login (LOGIN.0001 holds two u32)",
            size_of::<iam::Login>(),
            size_of::<thiserror_75::Login>(),
        ),
        (
            "App (unit variants only)",
            size_of::<iam::App>(),
            size_of::<thiserror_75::App>(),
        ),
        (
            "module Error, 75 rows",
            size_of::<iam::Error>(),
            size_of::<thiserror_75::Error>(),
        ),
        (
            "module Error, 2,025 rows",
            size_of::<ours_2025::Error>(),
            size_of::<thiserror_2025::Error>(),
        ),
    ];
    for (what, ours, theirs) in rows {
        println!("  {what:<46} {ours:>5}   {theirs:>9}");
    }
}

/// Renders `error` into `out`, reused from call to call.
fn render_into(out: &mut String, error: impl std::fmt::Display) -> usize {
    out.clear();
    write!(out, "{error}").unwrap();
    out.len()
}

fn render(bench: &bench_harness::Bench) {
    // Each side renders into its own reused buffer; the two run in alternating batches.
    let (mut a, mut b) = (String::with_capacity(256), String::with_capacity(256));
    bench.compare(
        "render LOGIN.0001 (2 args)",
        || render_into(&mut a, iam::Login::locked(black_box(5), black_box(30))),
        || {
            render_into(
                &mut b,
                thiserror_75::Login::locked(black_box(5), black_box(30)),
            )
        },
    );
    bench.compare(
        "render LOGIN.0001 via module Error",
        || {
            let error = iam::Error::from(iam::Login::locked(black_box(5), black_box(30)));
            render_into(&mut a, error)
        },
        || {
            let error =
                thiserror_75::Error::from(thiserror_75::Login::locked(black_box(5), black_box(30)));
            render_into(&mut b, error)
        },
    );
    bench.compare(
        "render APP.0001 (0 args)",
        || render_into(&mut a, black_box(iam::App::not_found())),
        || render_into(&mut b, black_box(thiserror_75::App::not_found())),
    );
    bench.compare(
        "code + status of LOGIN.0001",
        || {
            let error = black_box(iam::Login::locked(5, 30));
            (error.code().len(), error.status())
        },
        || {
            let error = black_box(thiserror_75::Login::locked(5, 30));
            (error.code().len(), error.status())
        },
    );
    bench.compare(
        "code + status via module Error, 2,025 rows",
        || {
            let error = black_box(ours_2025::Error::from(
                ours_2025::Param27::social_id_required(),
            ));
            (error.code().len(), error.status())
        },
        || {
            let error = black_box(thiserror_2025::Error::from(
                thiserror_2025::Param27::social_id_required(),
            ));
            (error.code().len(), error.status())
        },
    );
}

fn lookup(bench: &bench_harness::Bench) {
    let codes = generated::CODES_2025;
    let map: HashMap<&str, usize> = codes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    // Codes owned at run time, as a request parser would hand them over.
    let hit = String::from("PARAM27.0017");
    let hit_75 = String::from("PARAM.0017");
    let miss = String::from("PARAM27.9999");
    assert_eq!(ours_2025::CATALOG.len(), 2025);
    assert!(ours_2025::CATALOG.get(&hit).is_some());
    assert!(ours_2025::CATALOG.get(&miss).is_none());
    assert_eq!(generated::match_2025(&hit), map.get(hit.as_str()).copied());
    for (name, catalog, code) in [
        ("lookup hit, 75 rows / ours", &iam::CATALOG, &hit_75),
        (
            "lookup hit, 500 rows / ours",
            &ours_500::CATALOG,
            &String::from("PARAM7.0017"),
        ),
        ("lookup hit, 2,025 rows / ours", &ours_2025::CATALOG, &hit),
        ("lookup miss, 2,025 rows / ours", &ours_2025::CATALOG, &miss),
    ] {
        bench.run(name, || {
            black_box(catalog)
                .get(black_box(code))
                .map(|e| e.code().len())
        });
    }
    // The sorted index alone (what `get_all` searches), to weigh the perfect hash against.
    for (name, catalog, code) in [
        ("lookup hit, 75 rows / sorted index", &iam::CATALOG, &hit_75),
        (
            "lookup hit, 2,025 rows / sorted index",
            &ours_2025::CATALOG,
            &hit,
        ),
        (
            "lookup miss, 2,025 rows / sorted index",
            &ours_2025::CATALOG,
            &miss,
        ),
    ] {
        bench.run(name, || {
            black_box(catalog)
                .get_all(black_box(code))
                .next()
                .map(|e| e.code().len())
        });
    }
    bench.run("lookup hit, 2,025 rows / HashMap", || {
        black_box(&map).get(black_box(hit.as_str())).copied()
    });
    bench.run("lookup miss, 2,025 rows / HashMap", || {
        black_box(&map).get(black_box(miss.as_str())).copied()
    });
    bench.run("lookup hit, 75 rows / match", || {
        generated::match_75(black_box(&hit_75))
    });
    bench.run("lookup hit, 2,025 rows / match", || {
        generated::match_2025(black_box(&hit))
    });
    bench.run("lookup miss, 2,025 rows / match", || {
        generated::match_2025(black_box(&miss))
    });
}

/// What a client without the catalog would parse a body into: the code and the message.
/// (Derived: what a user writes; the vendor shape.)
#[derive(serde::Deserialize)]
struct PlainBody {
    error_code: String,
    error_msg: String,
}

/// The same for `application/problem+json`; the other members are skipped.
#[derive(serde::Deserialize)]
struct PlainProblem {
    code: String,
    detail: String,
}

/// What a thiserror user serializes by hand: the code and the rendered message.
#[derive(serde::Serialize)]
struct HandBody<'a> {
    error_code: &'a str,
    error_msg: String,
}

fn wire(bench: &bench_harness::Bench) {
    let error = iam::Error::from(iam::Login::locked(5, 30));
    let vendor = serde_json::to_vec(&error).unwrap();
    let problem = serde_json::to_vec(&Problem::new(&error)).unwrap();
    // The body the issue measured by hand; the problem+json one carries title, status, args.
    assert_eq!(vendor.len(), 143, "{}", String::from_utf8_lossy(&vendor));
    assert_eq!(iam::Error::from_json(&vendor).as_ref(), Ok(&error));
    assert_eq!(iam::Error::from_json(&problem).as_ref(), Ok(&error));
    let plain: PlainBody = serde_json::from_slice(&vendor).unwrap();
    let plain_problem: PlainProblem = serde_json::from_slice(&problem).unwrap();
    assert_eq!(
        (plain_problem.code.as_str(), plain_problem.detail.as_str()),
        (plain.error_code.as_str(), plain.error_msg.as_str())
    );
    let (code, message) = (plain.error_code.as_str(), plain.error_msg.as_str());

    bench.compare(
        &format!("from_json, vendor body ({} B) / plain parse", vendor.len()),
        || iam::Error::from_json(black_box(&vendor)),
        || serde_json::from_slice::<PlainBody>(black_box(&vendor)),
    );
    bench.compare(
        &format!(
            "from_json, problem+json ({} B) / plain parse",
            problem.len()
        ),
        || iam::Error::from_json(black_box(&problem)),
        || serde_json::from_slice::<PlainProblem>(black_box(&problem)),
    );
    // decode alone (the code and message already parsed), as a share of the plain parse.
    bench.compare(
        "decode(code, message) / plain parse of the body",
        || iam::Error::decode(black_box(code), black_box(message)),
        || serde_json::from_slice::<PlainBody>(black_box(&vendor)),
    );
    bench.run("decode(code, message), LOGIN.0001", || {
        iam::Error::decode(black_box(code), black_box(message))
    });

    let theirs = thiserror_75::Error::from(thiserror_75::Login::locked(5, 30));
    let (mut a, mut b) = (Vec::with_capacity(512), Vec::with_capacity(512));
    assert_eq!(
        serde_json::to_vec(&HandBody {
            error_code: theirs.code(),
            error_msg: theirs.to_string()
        })
        .unwrap(),
        vendor
    );
    bench.compare(
        "serialize LOGIN.0001 / thiserror rendered + by hand",
        || {
            a.clear();
            serde_json::to_writer(&mut a, black_box(&error)).unwrap();
            a.len()
        },
        || {
            b.clear();
            let error = black_box(&theirs);
            let body = HandBody {
                error_code: error.code(),
                error_msg: error.to_string(),
            };
            serde_json::to_writer(&mut b, &body).unwrap();
            b.len()
        },
    );
    bench.run("serialize LOGIN.0001 as problem+json", || {
        a.clear();
        serde_json::to_writer(&mut a, &Problem::new(black_box(&error))).unwrap();
        a.len()
    });
}
