use error_catalog::error_catalog;

#[error_catalog(file = "tests/data/no-such-catalog.tsv")]
mod errors {}

fn main() {}
