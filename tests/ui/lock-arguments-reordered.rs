use error_catalog::error_catalog;

// The catalog as shipped is in locks/shop-v1.lock (the path is relative to the crate trybuild
// builds, in target/tests/trybuild/); this version reorders CART.0003's arguments.
#[error_catalog(lock = "../../../../tests/ui/locks/shop-v1.lock")]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        400 "CART.0003" too_many(got: u32, max: u32) message: "At most {max} items, got {got}.";
        #[retired(since = "1.1.0", note = "carts no longer expire")]
        410 "CART.0004" expired message: "The cart expired.";
    }
}

fn main() {}
