use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "PARAM.0001" bad_field message: "Field {field.name} is invalid.";
    }
}

fn main() {}
