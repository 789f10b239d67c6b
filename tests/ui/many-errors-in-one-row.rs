use error_catalog::error_catalog;

// Past ten errors in one row, the rest are counted in one line (and past a hundred in the
// catalog, in one last line).
#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" braces message: "{ }{ }{ }{ }{ }{ }{ }{ }{ }{ }{ }{ }{ }{ }";
    }
}

fn main() {}
