use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    #[allow(unused_imports)]
    use core::fmt::{Error, Write as Login};
    #[allow(unused_imports)]
    use std::collections::*;

    catalog! {
        400 "LOGIN.0001" locked message: "User has been locked.";
    }
}

fn main() {}
