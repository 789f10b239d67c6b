//! The workspace's root package: it only holds the IAM example (`examples/`), the
//! integration and UI tests (`tests/`) and the benchmarks. The library is the
//! `error-catalog` crate.

/// The README's Rust snippets, compiled and run as doc tests so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
