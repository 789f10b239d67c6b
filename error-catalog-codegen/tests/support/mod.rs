//! Shared by the codegen's integration tests.

use proc_macro2::{TokenStream, TokenTree};

/// The messages of the top-level `compile_error!`s in an expansion.
pub fn compile_errors(tokens: &TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    tokens
        .windows(3)
        .filter_map(|w| match w {
            [TokenTree::Ident(i), TokenTree::Punct(p), TokenTree::Group(g)]
                if i == "compile_error" && p.as_char() == '!' =>
            {
                let lit: syn::LitStr = syn::parse2(g.stream()).expect("a string message");
                Some(lit.value())
            }
            _ => None,
        })
        .collect()
}
