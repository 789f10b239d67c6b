use error_catalog::error_catalog;

#[error_catalog(dialect = "prinft")]
mod errors {
    catalog! {
        400 "APP.0001" bad message: "Bad %s.";
    }
}

fn main() {}
