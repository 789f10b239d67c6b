use error_catalog::error_catalog;

#[error_catalog(derive(Clone, self))]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn main() {}
