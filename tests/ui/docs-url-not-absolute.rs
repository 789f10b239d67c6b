use error_catalog::error_catalog;

#[error_catalog(docs_url = "errors page/")]
mod shop {
    catalog! {
        404 "CART.0003" not_found message: "Cart not found.";
    }
}

fn main() {}
