use error_catalog::error_catalog;

#[error_catalog(dialect = "printf")]
mod errors {
    catalog! {
        400 "APP.0001" width message: "Padded %5d and %.2f.";
        400 "APP.0002" percent message: "50%! off";
        400 "APP.0003" mixed message: "%1$s and %s";
        400 "APP.0004" gap message: "Only %2$s.";
        400 "APP.0005" unused(user, reason) message: "User %s.";
        400 "APP.0006" unknown(user) message: "User %s, %s.";
    }
}

fn main() {}
