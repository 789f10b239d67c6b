use error_catalog::error_catalog;

// A lock file with a broken line: the error names the file and line.
#[error_catalog(lock = "../../../../tests/ui/locks/malformed.lock")]
mod shop {
    catalog! {
        404 "CART.0002" not_found message: "Cart not found.";
    }
}

fn main() {}
