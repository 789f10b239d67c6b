use error_catalog::error_catalog;

// The catalog as shipped is in locks/shop-v1.lock (the path is relative to the crate trybuild
// builds, in target/tests/trybuild/); this version renames an argument of CART.0003.
#[error_catalog(lock = "../../../../tests/ui/locks/shop-v1.lock")]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        400 "CART.0003" too_many(limit: u32, got: u32) message: "At most {limit} items, got {got}.";
        #[retired(since = "1.1.0", note = "carts no longer expire")]
        410 "CART.0004" expired message: "The cart expired.";
    }
}

fn main() {}
