use error_catalog::error_catalog;

// `Debug` is always implemented, so asking for it is accepted; `Clone` twice is a mistake.
#[error_catalog(derive(Debug, Clone, PartialEq, Clone))]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn main() {}
