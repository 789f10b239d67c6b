use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        #[dialect = 5]
        400 "APP.0001" number message: "Bad.";
        #[dialects = "printf"]
        400 "APP.0002" typo message: "Bad.";
        #[dialect = "literal"]
        400 "APP.0003" literal(user) message: "User {user}.";
        #[dialect = "pyhton"]
        400 "APP.0004" unknown message: "Bad.";
    }
}

fn main() {}
