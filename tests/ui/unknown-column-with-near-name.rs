use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found mesage: "Organization does not exist.";
    }
}

fn main() {}
