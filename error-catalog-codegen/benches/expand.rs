//! In-process expansion time of `#[error_catalog]` at each catalog size, so that a regression
//! in the macro core shows without a full build. `cargo bench -p error-catalog-codegen`.
//! The catalogs are the ones of the build-time comparison (`scripts/catalogs.rs`).
//! `-- "parse and check"` times the front end alone (options, module and table parsed and
//! checked into the model, no code generated).

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
        let (_, item_source) = source.split_once('\n').expect("attribute line");
        let item = TokenStream::from_str(item_source).expect("generated source parses");
        let out = error_catalog_codegen::expand(TokenStream::new(), item.clone());
        let text = out.to_string();
        assert!(!text.contains("compile_error"), "{n} rows: {text:.400}");
        if n == 75 {
            println!(
                "expansion of {n} rows: {} tokens in, {} tokens out",
                count(&item),
                count(&out)
            );
        }
        let check = || error_catalog_codegen::parse_and_check(TokenStream::new(), item.clone());
        assert!(check(), "{n} rows: the catalog does not check");
        // `FRONT_CALLS=20 … 2025`: that many front-end calls at that size and nothing timed,
        // for `perf stat -e task-clock` (CPU time, steadier than wall time on a busy machine).
        if let Some(calls) = std::env::var("FRONT_CALLS")
            .ok()
            .and_then(|c| c.parse().ok())
        {
            let size = std::env::args().skip(1).find(|a| !a.starts_with('-'));
            if size.is_none_or(|size| size == n.to_string()) {
                (0..calls).for_each(|_: u32| {
                    std::hint::black_box(check());
                });
            }
            continue;
        }
        // A fresh stream for each call, as rustc hands a macro: a clone would share its
        // token vectors, which the macro's first pass over them then has to copy.
        let fresh = || TokenStream::from_str(item_source).expect("generated source parses");
        bench.run_with_input(&format!("expand {n} rows"), fresh, |item| {
            error_catalog_codegen::expand(TokenStream::new(), item)
        });
        bench.run_with_input(&format!("parse and check {n} rows"), fresh, |item| {
            error_catalog_codegen::parse_and_check(TokenStream::new(), item)
        });
    }
}

/// Token trees, counting those inside groups.
fn count(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|tt| match tt {
            proc_macro2::TokenTree::Group(g) => 1 + count(&g.stream()),
            _ => 1,
        })
        .sum()
}
