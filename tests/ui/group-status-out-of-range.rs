use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        group Org { status: 4000 }
        "ORG.0001" not_found message: "Organization does not exist.";
        "ORG.0002" parent_not_found message: "Parent organization does not exist.";
    }
}

fn main() {}
