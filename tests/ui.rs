//! The macro's compile errors: one case per mistake under `tests/ui/`, each with the
//! diagnostics a user should see. Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test --test ui`, then read every one.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
