use error_catalog::error_catalog;

#[error_catalog(status = nothing)]
mod errors {
    catalog! {
        "23505" Db::unique_violation message: "duplicate key";
    }
}

fn main() {}
