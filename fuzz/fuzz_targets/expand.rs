//! The whole macro core over arbitrary token streams: whatever the annotated module holds (its
//! own items, the table, the attribute's arguments), `expand` returns tokens and never panics.
//!
//! Input: the first byte is the mode. Its low bit set: up to the first newline is the
//! attribute's arguments. Then, by `(mode >> 1) % 4`, the rest of the text is
//! - 0: the table, in `#[error_catalog] pub mod m { catalog! { … } }`;
//! - 1: up to the next newline, the module's own items (use trees, nested modules, macro
//!   calls, attributes…) put before the table, then the table;
//! - 2: the module's whole body (items and any `catalog!` of its own);
//! - 3: the whole annotated item (attributes, visibility, `mod`, or anything else).
#![no_main]

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (attr, text) = if mode & 1 == 1 {
        text.split_once('\n').unwrap_or((text, ""))
    } else {
        ("", text)
    };
    let Ok(attr) = TokenStream::from_str(attr) else {
        return;
    };
    let item = match (mode >> 1) % 4 {
        0 => {
            let Ok(table) = TokenStream::from_str(text) else {
                return;
            };
            module(TokenStream::new(), table)
        }
        1 => {
            let (items, table) = text.split_once('\n').unwrap_or((text, ""));
            let (Ok(items), Ok(table)) = (TokenStream::from_str(items), TokenStream::from_str(table))
            else {
                return;
            };
            module(items, table)
        }
        2 => {
            let Ok(body) = TokenStream::from_str(text) else {
                return;
            };
            wrap(body)
        }
        _ => {
            let Ok(item) = TokenStream::from_str(text) else {
                return;
            };
            item
        }
    };
    let out = error_catalog_codegen::expand(attr, item);
    assert!(!out.is_empty());
});

/// `pub mod m { items catalog! { table } }`, built from tokens (no re-lexing of a template).
fn module(items: TokenStream, table: TokenStream) -> TokenStream {
    let mut body = items;
    body.extend([
        TokenTree::Ident(Ident::new("catalog", Span::call_site())),
        TokenTree::Punct(Punct::new('!', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Brace, table)),
    ]);
    wrap(body)
}

/// `pub mod m { body }`.
fn wrap(body: TokenStream) -> TokenStream {
    [
        TokenTree::Ident(Ident::new("pub", Span::call_site())),
        TokenTree::Ident(Ident::new("mod", Span::call_site())),
        TokenTree::Ident(Ident::new("m", Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Brace, body)),
    ]
    .into_iter()
    .collect()
}
