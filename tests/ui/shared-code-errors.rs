use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        // Two rows reuse a code, and neither says so.
        400 "APP.0001" first message: "First.";
        422 "APP.0001" second message: "Second.";
        // Only the second row is marked.
        400 "APP.0002" third message: "Third.";
        #[shared_code]
        422 "APP.0002" fourth message: "Fourth.";
        // Marked, but no other row has the code.
        #[shared_code]
        400 "APP.0003" alone message: "Alone.";
        #[shared_code(yes)]
        400 "APP.0004" argument message: "Argument.";
    }
}

fn main() {}
