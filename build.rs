//! Writes the catalogs the runtime benches compare (`benches/runtime.rs`) into `OUT_DIR`, from
//! the same generator as the build-time comparison (`scripts/catalogs.rs`). Only the benches
//! include them, so tests pay for writing the text, not for compiling it.

#[path = "scripts/catalogs.rs"]
mod catalogs;

use std::path::Path;

fn main() {
    for input in [
        "scripts/catalogs.rs",
        "tests/data/iam-error-codes.tsv",
        "examples/iam_errors.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let iam = catalogs::iam_rows(
        &read("tests/data/iam-error-codes.tsv"),
        &read("examples/iam_errors.rs"),
    );
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    let write = |name: &str, text: String| std::fs::write(out.join(name), text).expect(name);
    let r75 = catalogs::rows(&iam, 75);
    let r500 = catalogs::rows(&iam, 500);
    let r2025 = catalogs::rows(&iam, 2025);
    write("thiserror_75.rs", catalogs::thiserror(&r75, "thiserror_75"));
    write("ours_500.rs", catalogs::ours(&r500, "ours_500"));
    write("ours_2025.rs", catalogs::ours(&r2025, "ours_2025"));
    write(
        "thiserror_2025.rs",
        catalogs::thiserror(&r2025, "thiserror_2025"),
    );
    let mut lookup = catalogs::lookup_match(&r2025, "match_2025");
    lookup.push_str(&catalogs::lookup_match(&r75, "match_75"));
    write("lookup.rs", lookup);
    let codes: Vec<String> = r2025.iter().map(|r| catalogs::lit(&r.code)).collect();
    write("codes_2025.rs", format!("&[{}]", codes.join(", ")));
}
