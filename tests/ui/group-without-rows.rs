use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        group Login { status: 400 }
        400 "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn main() {}
