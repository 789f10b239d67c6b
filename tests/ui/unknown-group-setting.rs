use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        group Org { status: 400, prefx: "ORG" }
        "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn main() {}
