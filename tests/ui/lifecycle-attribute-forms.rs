use error_catalog::error_catalog;

// Each lifecycle attribute written wrong, one row each: all reported in one build.
#[error_catalog]
mod shop {
    catalog! {
        #[since(1.0)]
        404 "CART.0001" a message: "A.";
        #[since = ""]
        404 "CART.0002" b message: "B.";
        #[deprecated = 3]
        404 "CART.0003" c message: "C.";
        #[deprecated(reason = "x")]
        404 "CART.0004" d message: "D.";
        #[retired]
        404 "CART.0005" e message: "E.";
        #[retired(since = "1.0", since = "1.1")]
        404 "CART.0006" f message: "F.";
        #[deprecated]
        #[retired(since = "1.0")]
        404 "CART.0007" g message: "G.";
        #[retierd(since = "1.0")]
        404 "CART.0008" h message: "H.";
    }
}

fn main() {}
