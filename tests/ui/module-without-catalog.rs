use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    pub struct NotFound;
}

fn main() {}
