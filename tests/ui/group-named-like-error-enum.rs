use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        500 "ERROR.0001" internal message: "Internal error.";
    }
}

fn main() {}
