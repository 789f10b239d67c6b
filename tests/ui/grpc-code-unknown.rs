use error_catalog::error_catalog;

// Every bad gRPC code in one build: misspelt, in the wrong case, a success, not a string,
// and on a group.
#[error_catalog]
mod shop {
    catalog! {
        group Cart { grpc: "ABORTD" }
        group Stock { grpc: 10 }
        #[grpc = "NotFound"]
        404 "CART.0003" not_found message: "Cart not found.";
        #[grpc = "OK"]
        200 "CART.0004" fine message: "Fine.";
        #[grpc = ABORTED]
        409 "CART.0005" busy message: "Busy.";
        #[grpc("ABORTED")]
        409 "CART.0006" busier message: "Busier.";
        #[grpc = "TEAPOT"]
        409 "STOCK.0001" teapot message: "Short and stout.";
    }
}

fn main() {}
