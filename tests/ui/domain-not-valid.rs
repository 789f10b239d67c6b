use error_catalog::error_catalog;

#[error_catalog(domain = "iam example com")]
mod shop {
    catalog! {
        404 "CART.0003" not_found message: "Cart not found.";
    }
}

#[error_catalog(domain = "")]
mod store {
    catalog! {
        404 "CART.0003" not_found message: "Cart not found.";
    }
}

#[error_catalog(domain = iam)]
mod depot {
    catalog! {
        404 "CART.0003" not_found message: "Cart not found.";
    }
}

fn main() {}
