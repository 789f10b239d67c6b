use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        99 "ORG.0001" not_found message: "Organization does not exist.";
        600 "ORG.0002" parent_not_found message: "Parent organization does not exist.";
        1000 "ORG.0003" code_exists message: "Organization code already exists.";
    }
}

fn main() {}
