use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "PARAM.0003" bad_type message: "Unknown type {_}.";
    }
}

fn main() {}
