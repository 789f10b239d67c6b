//! Writes the crates of the build-time comparison (`scripts/bench-build.sh` compiles and runs
//! this with plain `rustc`): a workspace with, for each size, `ours-N` (the `#[error_catalog]`
//! table), `thiserror-N` (the same rows by hand), `floor-N` (the types alone, no macro: the
//! least any crate offering them costs) and `registry-N` (the floor plus the least a registry
//! needs: the row of a value, the value of a row, the rows as data), plus `stack-ours` and
//! `stack-thiserror` (one row each, for the clean build of each side's dependency stack).
//!
//! Usage: gen-catalogs REPO OUT SIZE...

#[path = "catalogs.rs"]
mod catalogs;

use std::fs;
use std::path::Path;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    // Rewriting identical text would only bump the mtime; the script touches on purpose.
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).unwrap();
    }
}

/// Appended to every crate: the body that `bench-build.sh`'s `*-fn` loops edit (`1` <-> `2`),
/// after the catalog so that the edit moves no span of it.
const UNRELATED: &str = "\n/// Not part of the catalog: the incremental loops of bench-build.sh edit its body.\npub fn unrelated() -> u32 {\n    1\n}\n";

fn krate(out: &Path, name: &str, dep: &str, lib: &str) {
    let lib = &format!("{lib}{UNRELATED}");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dep}\n"
    );
    write(&out.join(name).join("Cargo.toml"), &manifest);
    write(&out.join(name).join("src/lib.rs"), lib);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    assert!(args.len() >= 3, "usage: gen-catalogs REPO OUT SIZE...");
    let repo = Path::new(&args[0]);
    let out = Path::new(&args[1]);
    let sizes: Vec<usize> = args[2..].iter().map(|s| s.parse().expect("size")).collect();
    let tsv = fs::read_to_string(repo.join("tests/data/iam-error-codes.tsv")).unwrap();
    let example = fs::read_to_string(repo.join("examples/iam_errors.rs")).unwrap();
    let iam = catalogs::iam_rows(&tsv, &example);
    let runtime = repo.join("error-catalog").canonicalize().unwrap();
    let ours_dep = format!("error-catalog = {{ path = {:?} }}", runtime.display().to_string());
    let thiserror_dep = "thiserror = \"2\"";

    let mut members = vec!["stack-ours".to_string(), "stack-thiserror".to_string()];
    let one = catalogs::rows(&iam, 1);
    krate(out, "stack-ours", &ours_dep, &catalogs::ours(&one, "cat"));
    krate(out, "stack-thiserror", thiserror_dep, &catalogs::thiserror(&one, "cat"));
    for &n in &sizes {
        let rows = catalogs::rows(&iam, n);
        krate(out, &format!("ours-{n}"), &ours_dep, &catalogs::ours(&rows, "cat"));
        krate(out, &format!("thiserror-{n}"), thiserror_dep, &catalogs::thiserror(&rows, "cat"));
        krate(out, &format!("floor-{n}"), "", &catalogs::floor(&rows, "cat"));
        let registry = catalogs::registry_floor(&rows, "cat");
        krate(out, &format!("registry-{n}"), "", &registry);
        members.push(format!("ours-{n}"));
        members.push(format!("thiserror-{n}"));
        members.push(format!("floor-{n}"));
        members.push(format!("registry-{n}"));
    }
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    write(
        &out.join("Cargo.toml"),
        &format!("[workspace]\nmembers = [{}]\nresolver = \"2\"\n", list.join(", ")),
    );
}
