use error_catalog::error_catalog;

#[error_catalog]
#[path = "support/errors.rs"]
mod errors;

fn main() {}
