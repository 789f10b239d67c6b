use error_catalog::error_catalog;

// A translation of a code the table does not have.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        locale "zh-CN" { "CART.0003" message: "未找到购物车。"; }
    }
}

fn main() {}
