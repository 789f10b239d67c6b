use error_catalog::error_catalog;

#[error_catalog]
mod shop {
    catalog! {
        #[retired(since = "1.1.0", note = "carts no longer expire")]
        410 "CART.0004" expired message: "The cart expired.";
        404 "CART.0002" not_found message: "Cart not found.";
    }
}

fn main() {
    // Still in the registry (and decodable), but no longer constructible.
    assert!(shop::CATALOG.get("CART.0004").is_some());
    let _ = shop::Cart::expired();
}
