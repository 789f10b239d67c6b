use error_catalog::error_catalog;

#[error_catalog(status = "400")]
mod errors {
    catalog! {
        "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn main() {}
