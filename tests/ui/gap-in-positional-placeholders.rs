use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0001" locked message: "Unlocked in {0} minutes and {2} seconds.";
    }
}

fn main() {}
