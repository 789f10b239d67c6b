use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "PARAM.0003" type message: "Unknown type.";
    }
}

fn main() {}
