use error_catalog::error_catalog;

#[error_catalog(dialect = "java")]
mod errors {
    catalog! {
        400 "APP.0001" choice message: "{0,choice,0#no files|1#one file}";
        400 "APP.0002" kind message: "{0,money}";
        400 "APP.0003" named message: "Hello {user}";
        400 "APP.0004" unclosed message: "Hello {0";
        400 "APP.0005" gap message: "Only {1}.";
        400 "APP.0006" unused(user, reason) message: "User {0}.";
    }
}

fn main() {}
