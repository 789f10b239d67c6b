use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        404 "Key.0001" key_not_found message: "Cannot find {} in {1}.";
    }
}

fn main() {}
