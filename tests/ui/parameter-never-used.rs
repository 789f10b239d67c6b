use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
            message: "Unlocked in {0} minutes.";
    }
}

fn main() {}
