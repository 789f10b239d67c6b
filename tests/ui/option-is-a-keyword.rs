use error_catalog::error_catalog;

#[error_catalog(error = Self, group = self)]
mod errors {
    catalog! {
        "23505" unique_violation message: "duplicate key";
    }
}

fn main() {}
