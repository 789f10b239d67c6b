use error_catalog::error_catalog;

#[error_catalog(dialect = "python")]
mod errors {
    catalog! {
        400 "APP.0001" mixed message: "%(user)s and %s";
        400 "APP.0002" unclosed message: "%(user";
        400 "APP.0006" bad_name message: "%(user-name)s";
        400 "APP.0004" unused(user, reason) message: "User %(user)s.";
        400 "APP.0005" unknown(user) message: "User %(name)s.";
    }
}

fn main() {}
