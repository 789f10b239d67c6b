use error_catalog::error_catalog;

#[error_catalog(docs_url = https)]
mod shop {
    catalog! {
        404 "CART.0003" not_found message: "Cart not found.";
    }
}

fn main() {}
