use error_catalog::error_catalog;

// Codes without a `PREFIX.` need a group: per row (`Db::name`) or for the catalog.
#[error_catalog(status = none)]
mod errors {
    catalog! {
        "23505" unique_violation message: "duplicate key";
        "ContainerNotFound" Storage::container_not_found message: "no container";
    }
}

fn main() {}
