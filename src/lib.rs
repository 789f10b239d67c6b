//! The workspace's root package: it only holds the IAM example (`examples/`), the
//! integration and UI tests (`tests/`) and the benchmarks. The library is the
//! `error-catalog` crate.
