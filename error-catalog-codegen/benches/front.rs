//! In-process time of the macro's front end alone (options, module, table parsed and
//! checked into the model; no code generated), at each catalog size.
//! `cargo bench -p error-catalog-codegen --bench front`.

#[path = "../../scripts/bench_harness.rs"]
mod bench_harness;
#[path = "../../scripts/catalogs.rs"]
mod catalogs;

use std::str::FromStr;

use proc_macro2::TokenStream;

fn main() {
    let bench = bench_harness::Bench::from_args();
    let iam = catalogs::iam_rows(
        include_str!("../../tests/data/iam-error-codes.tsv"),
        include_str!("../../examples/iam_errors.rs"),
    );
    for n in [75, 500, 2025, 10000] {
        let source = catalogs::ours(&catalogs::rows(&iam, n), "cat");
        // The item without its `#[error_catalog]` line: what the macro receives.
        let (_, item) = source.split_once('\n').expect("attribute line");
        let item = TokenStream::from_str(item).expect("generated source parses");
        assert!(
            error_catalog_codegen::parse_and_check(TokenStream::new(), item.clone()),
            "{n} rows: the catalog does not check"
        );
        // `FRONT_CALLS=20 … 2025`: that many calls at that size and nothing else, for counting
        // instructions (`perf stat -e instructions:u`), steadier than time on a busy machine.
        if let Some(calls) = std::env::var("FRONT_CALLS")
            .ok()
            .and_then(|c| c.parse().ok())
        {
            if bench_harness_filter_matches(n) {
                for _ in 0..calls {
                    std::hint::black_box(error_catalog_codegen::parse_and_check(
                        TokenStream::new(),
                        item.clone(),
                    ));
                }
            }
            continue;
        }
        bench.run(&format!("parse and check {n} rows"), || {
            error_catalog_codegen::parse_and_check(TokenStream::new(), item.clone())
        });
    }
}

/// The size given as the first argument that is not a flag (all sizes without one).
fn bench_harness_filter_matches(n: usize) -> bool {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .is_none_or(|size| size == n.to_string())
}
