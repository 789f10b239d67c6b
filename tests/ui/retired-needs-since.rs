use error_catalog::error_catalog;

#[error_catalog]
mod shop {
    catalog! {
        // When it was retired is part of the record.
        #[retired(note = "carts no longer expire")]
        410 "CART.0004" expired message: "The cart expired.";
        404 "CART.0002" not_found message: "Cart not found.";
    }
}

fn main() {}
