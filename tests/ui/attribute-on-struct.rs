use error_catalog::error_catalog;

#[error_catalog]
pub struct Errors {
    code: &'static str,
}

fn main() {}
