#![deny(deprecated)]
use error_catalog::error_catalog;

#[error_catalog]
mod shop {
    catalog! {
        #[deprecated(note = "use `not_found`")]
        404 "CART.0005" missing message: "No cart.";
        404 "CART.0002" not_found message: "Cart not found.";
    }
}

fn main() {
    let _ = shop::Cart::missing();
}
