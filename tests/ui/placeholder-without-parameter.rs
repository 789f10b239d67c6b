use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0001" locked(minutes: u32)
            message: "Unlocked in {0} minutes and {1} seconds.";
    }
}

fn main() {}
