use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        401 "2FA.0001" code_expired message: "The one-time code has expired.";
    }
}

fn main() {}
