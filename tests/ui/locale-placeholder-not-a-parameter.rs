use error_catalog::error_catalog;

// A placeholder the row has no parameter for.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        locale "zh-CN" { "CART.0001" message: "{item} 仅剩 {0} 件，{2}。"; }
    }
}

fn main() {}
