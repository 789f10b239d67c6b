use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
        400 "ORG.0002" not_found message: "Parent organization does not exist.";
    }
}

fn main() {}
