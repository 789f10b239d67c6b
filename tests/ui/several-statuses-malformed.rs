use error_catalog::error_catalog;

// Each mistake in a status list names its row.
#[error_catalog]
mod errors {
    catalog! {
        404/ "Vpc.0105" vpc_busy message: "The VPC is busy.";
        404/700 "Vpc.0106" vpc_gone message: "The VPC is gone.";
        404/404 "Vpc.0107" vpc_twice message: "The VPC is listed twice.";
        400/404/409/500 "Vpc.0108" vpc_many message: "The VPC has four statuses.";
    }
}

fn main() {}
