use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0002" bad_credentials
            message: "Invalid password for {user}.",
            description: "The password of {user} does not match; {account} stays locked.";
    }
}

fn main() {}
