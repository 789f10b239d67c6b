use error_catalog::error_catalog;

#[error_catalog(file = "tests/data/catalog.xlsx")]
mod errors {}

fn main() {}
