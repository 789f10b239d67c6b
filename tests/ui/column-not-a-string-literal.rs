use error_catalog::error_catalog;

const MESSAGE: &str = "Organization does not exist.";

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: MESSAGE;
    }
}

fn main() {}
