// Scratch measurement, not committed: n × `a}` in one message, expanded in process.
use std::str::FromStr;
use std::time::Instant;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(400_000, |a| a.parse().unwrap());
    let unit = std::env::args().nth(2).unwrap_or_else(|| "a}".into());
    let message = unit.repeat(n);
    let item = format!("mod m {{ catalog! {{ 400 \"A.1\" a message: {message:?}; }} }}");
    let item = proc_macro2::TokenStream::from_str(&item).unwrap();
    let start = Instant::now();
    let out = error_catalog_codegen::expand(proc_macro2::TokenStream::new(), item);
    println!(
        "expand {n} x {unit:?}: {:.2?} wall, {} tokens",
        start.elapsed(),
        out.into_iter().count()
    );
}
