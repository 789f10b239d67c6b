//! The whole macro core over arbitrary token streams: whatever the table holds (and whatever
//! the attribute says), `expand` returns tokens and never panics.
//!
//! Input: the first byte picks where the text goes. Even: all of it is the table, inside
//! `#[error_catalog] pub mod m { catalog! { … } }`. Odd: up to the first newline is the
//! attribute's arguments, the rest the table.
#![no_main]

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (attr, table) = if mode % 2 == 1 {
        text.split_once('\n').unwrap_or((text, ""))
    } else {
        ("", text)
    };
    let (Ok(attr), Ok(table)) = (TokenStream::from_str(attr), TokenStream::from_str(table)) else {
        return;
    };
    let item = TokenStream::from_str("pub mod m { catalog! { } }").unwrap();
    // Put the table's tokens into the `catalog!` braces.
    let item = splice(item, table);
    let out = error_catalog_codegen::expand(attr, item);
    assert!(!out.is_empty());
});

fn splice(item: TokenStream, table: TokenStream) -> TokenStream {
    use proc_macro2::{Group, TokenTree};
    item.into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) if g.stream().is_empty() => {
                TokenTree::Group(Group::new(g.delimiter(), table.clone()))
            }
            TokenTree::Group(g) => {
                TokenTree::Group(Group::new(g.delimiter(), splice(g.stream(), table.clone())))
            }
            other => other,
        })
        .collect()
}
