use error_catalog::error_catalog;

// A name or group cell is taken as written: `a // x` is not the name `a`.
// trybuild builds in target/tests/trybuild/<crate>/, so the path climbs back to the repository.
#[error_catalog(file = "../../../../tests/data/ui-cells.tsv", status = 400)]
mod errors {}

fn main() {}
