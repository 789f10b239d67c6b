//! Compile-fail cases: each `tests/ui/*.rs` must fail with exactly its `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
