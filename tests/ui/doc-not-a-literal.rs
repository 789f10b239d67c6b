use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        #[doc = include_str!("../data/ui-cells.tsv")]
        400 "APP.1" a message: "A.";
        #[doc = concat!("fine: ", 1, " literal")]
        400 "APP.2" b message: "B.";
    }
}

fn main() {}
