use error_catalog::error_catalog;

// A translation in its own dialect, with a malformed placeholder.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        #[dialect = "printf"]
        locale "zh-CN" { "CART.0001" message: "%2$s 仅剩 %1$ 件。"; }
    }
}

fn main() {}
