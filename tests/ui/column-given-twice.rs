use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found
            message: "Organization does not exist.",
            solution: "Check whether the organization exists.",
            solution: "Create the organization first.";
    }
}

fn main() {}
