use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0002" bad_credentials message: "Remaining attempts: { }";
    }
}

fn main() {}
