//! The workspace's root package: it only holds the IAM example (`examples/`), the
//! integration and UI tests (`tests/`) and the benchmarks. The library is the
//! `error-catalog` crate.

/// The README's Rust snippets, compiled and run as doc tests so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The guides' Rust snippets (`docs/`), likewise.
#[cfg(doctest)]
#[doc = include_str!("../docs/evolving.md")]
#[doc = include_str!("../docs/localization.md")]
#[doc = include_str!("../docs/grpc.md")]
#[doc = include_str!("../docs/openapi.md")]
#[doc = include_str!("../docs/vendor-shapes.md")]
#[doc = include_str!("../docs/files.md")]
pub struct GuideDoctests;
