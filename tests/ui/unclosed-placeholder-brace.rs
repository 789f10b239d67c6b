use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        423 "LOGIN.0001" locked message: "Locked for {0 minutes.";
    }
}

fn main() {}
