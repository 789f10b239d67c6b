use error_catalog::error_catalog;

// A locale tag that is not BCP 47.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        locale "zh_CN" { "CART.0002" message: "未找到购物车。"; }
    }
}

fn main() {}
