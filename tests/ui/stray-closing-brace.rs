use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "PARAM.0001" bad_json message: "Expected a JSON object, found `}`.";
    }
}

fn main() {}
