use error_catalog::error_catalog;

// A translation into the table's own language.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        locale "en" { "CART.0002" message: "No cart."; }
    }
}

fn main() {}
