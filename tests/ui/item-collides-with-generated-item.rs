use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    pub struct Login;

    catalog! {
        400 "LOGIN.0001" locked message: "User has been locked.";
    }
}

fn main() {}
