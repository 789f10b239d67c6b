use error_catalog::error_catalog;

// `r#Login` is `Login`: it collides with the group enum as the bare name would.
#[error_catalog]
mod errors {
    pub struct r#Login;
    pub use std::fmt::{self as r#CATALOG};

    catalog! {
        400 "LOGIN.1" locked message: "Locked.";
    }
}

fn main() {}
