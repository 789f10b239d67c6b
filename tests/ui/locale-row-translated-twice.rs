use error_catalog::error_catalog;

// One code translated twice in one locale.
#[error_catalog]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item) message: "Only {0} of {item} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        locale "zh-CN" {
            "CART.0002" message: "未找到购物车。";
            "CART.0002" message: "没有购物车。";
        }
    }
}

fn main() {}
