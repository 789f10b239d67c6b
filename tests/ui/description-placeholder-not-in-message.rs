use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0002" bad_credentials
            message: "Invalid account name or password.",
            description: "Invalid password for {account}.";
    }
}

fn main() {}
