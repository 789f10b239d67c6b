use error_catalog::error_catalog;

#[error_catalog(dialect = "shell")]
mod errors {
    catalog! {
        400 "APP.0001" expansion message: "Hello ${user:-guest}";
        400 "APP.0002" unclosed message: "Hello ${user";
        400 "APP.0003" digits message: "Hello ${1}";
        400 "APP.0004" unused(user, reason) message: "User $user.";
    }
}

fn main() {}
