//! Gathers every diagnostic of one expansion, so a catalog with three bad rows reports three
//! errors in one build.

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

#[derive(Default)]
pub struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    pub fn new() -> Self {
        Errors::default()
    }

    pub fn push(&mut self, error: syn::Error) {
        self.list.push(error);
    }

    /// An error pointed at `tokens` (its whole span, start to end).
    pub fn at<T: quote::ToTokens, M: Display>(&mut self, tokens: T, message: M) {
        self.list.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn span<M: Display>(&mut self, span: Span, message: M) {
        self.list.push(syn::Error::new(span, message));
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn to_compile_errors(&self) -> TokenStream {
        self.list.iter().map(syn::Error::to_compile_error).collect()
    }
}
