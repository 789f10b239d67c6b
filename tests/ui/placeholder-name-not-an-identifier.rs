use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "PARAM.0003" too_large message: "The area must be below {max_m²}.";
    }
}

fn main() {}
