use error_catalog::error_catalog;

// Only `two` is at fault: `one` is not told that no other row has its code.
#[error_catalog]
mod errors {
    catalog! {
        #[shared_code]
        401 "AUTH.0007" one message: "Token expired.";
        #[shared_code]
        403 "AUTH.0007" two message: "Policy {0 denies this.";
    }
}

fn main() {}
