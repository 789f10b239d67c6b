use error_catalog::error_catalog;

// A lock file that was never written: the error says how to create it.
#[error_catalog(lock = "../../../../tests/ui/locks/never-written.lock")]
mod shop {
    catalog! {
        404 "CART.0002" not_found message: "Cart not found.";
    }
}

fn main() {}
