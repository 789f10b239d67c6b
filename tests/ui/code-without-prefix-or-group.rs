use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        409 "23505" unique_violation message: "Duplicate key value violates unique constraint.";
    }
}

fn main() {}
