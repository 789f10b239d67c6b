use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        group r#login { prefix: "LOGIN", status: 400 }
        "LOGIN.1" locked message: "Locked.";
        400 "1" billing_db::unpaid message: "Unpaid.";
    }
}

fn main() {}
