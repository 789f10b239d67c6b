use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400i8 "APP.1" a message: "A.";
        404f32 "APP.2" b message: "B.";
        group Db { status: 500_u16 }
        "DB.1" c message: "C.";
    }
}

fn main() {}
