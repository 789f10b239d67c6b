use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
    }
    catalog! {
        400 "APP.0001" not_found message: "Application does not exist.";
    }
}

fn main() {}
