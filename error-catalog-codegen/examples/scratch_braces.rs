// Scratch measurement, not committed: 400,000 × `a}` in one message, expanded in process.
use std::str::FromStr;
use std::time::Instant;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(400_000, |a| a.parse().unwrap());
    let message = "a}".repeat(n);
    let start = Instant::now();
    let errors = error_catalog_codegen::template::scan(&message).unwrap_err();
    println!("scan: {:.2?} ({} errors)", start.elapsed(), errors.len());
    let start = Instant::now();
    let total: usize = error_catalog_codegen::template::describe_all(&message, &errors)
        .map(|m| m.len())
        .sum();
    println!("describe_all: {:.2?} ({total} bytes)", start.elapsed());
    let item = format!("mod m {{ catalog! {{ 400 \"A.1\" a message: {message:?}; }} }}");
    let item = proc_macro2::TokenStream::from_str(&item).unwrap();
    let start = Instant::now();
    let out = error_catalog_codegen::expand(proc_macro2::TokenStream::new(), item);
    println!("expand: {:.2?}", start.elapsed());
    let start = Instant::now();
    let n = out.into_iter().count();
    println!("tokens: {n} in {:.2?}", start.elapsed());
}
