use error_catalog::error_catalog;

// The path is relative to the crate trybuild builds, in target/tests/trybuild/.
#[error_catalog(file = "../../../../tests/ui/several-statuses.tsv")]
mod errors {}

fn main() {}
