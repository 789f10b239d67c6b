//! The annotated module, read at token level: outer attributes, visibility, `mod`, its name
//! and its body split into items (see `items.rs`). Everything except the `catalog!` table
//! passes through as written.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;

use crate::diag::Errors;
use crate::front::items::{self, Kind};

pub struct Module {
    /// Outer attributes, as written.
    pub attrs: TokenStream,
    /// From the visibility to the name: `pub(crate) mod errors`.
    pub head: TokenStream,
    pub ident: Ident,
    /// The span of the body's braces.
    pub body_span: Span,
    /// `#![…]` at the start of the body.
    pub inner_attrs: TokenStream,
    /// The body's items, the `catalog!` tables taken out.
    pub items: Vec<items::Item>,
    /// Each `catalog! { … }` of the body: the macro's name and its delimited rows (the front
    /// end takes the first out to parse it).
    pub tables: Vec<(Ident, Group)>,
}

/// The module `#[error_catalog]` is on, or, when it is on something else (or on `mod x;`),
/// the error reported into `errors` and the tokens to emit in place of the item.
pub fn parse(item: TokenStream, errors: &mut Errors) -> Result<Module, TokenStream> {
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let attrs_len = items::outer_attrs_len(&tokens);
    let mut at = attrs_len + items::visibility_len(&tokens[attrs_len..]);
    if matches!(tokens.get(at), Some(TokenTree::Ident(kw)) if kw == "unsafe") {
        at += 1;
    }
    let (mod_token, ident) = match &tokens[at.min(tokens.len())..] {
        [TokenTree::Ident(kw), TokenTree::Ident(ident), ..] if kw == "mod" => (kw, ident),
        _ => {
            errors.at(
                first_tokens(&tokens[attrs_len..]),
                format!("#[error_catalog] goes on an inline module holding a `catalog! {{ … }}` table, not on {}: `#[error_catalog] pub mod errors {{ catalog! {{ … }} }}`", describe(item)),
            );
            return Err(tokens.into_iter().collect());
        }
    };
    let attrs: TokenStream = tokens[..attrs_len].iter().cloned().collect();
    let head: TokenStream = tokens[attrs_len..at + 2].iter().cloned().collect();
    let body = match tokens.get(at + 2) {
        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => body,
        semi => {
            let semi: TokenStream = semi.cloned().into_iter().collect();
            errors.at(
                quote!(#mod_token #ident #semi),
                format!("#[error_catalog] needs the module's body inline: write `mod {ident} {{ catalog! {{ … }} }}` instead of `mod {ident};`"),
            );
            // Emitting `mod errors;` again would make rustc load the file once more and
            // report its `catalog!` as an unknown macro; an empty module keeps the one error.
            return Err(quote!(#attrs #head {}));
        }
    };
    let inside: Vec<TokenTree> = body.stream().into_iter().collect();
    let inner_len = items::inner_attrs_len(&inside);
    let inner_attrs = inside[..inner_len].iter().cloned().collect();
    let mut tables = Vec::new();
    let mut kept = Vec::new();
    for item in items::scan(inside[inner_len..].iter().cloned().collect()) {
        match item.macro_call() {
            Some((name, rows)) if name == "catalog" => tables.push((name.clone(), rows.clone())),
            _ => kept.push(item),
        }
    }
    Ok(Module {
        attrs,
        head,
        ident: ident.clone(),
        body_span: body.span(),
        inner_attrs,
        items: kept,
        tables,
    })
}

impl Module {
    /// The module as written, `doc` added after its outer attributes and `generated` at the
    /// end of its body, the `catalog!` tables left out.
    pub fn emit(&self, doc: Option<TokenStream>, generated: TokenStream) -> TokenStream {
        let Module {
            attrs,
            head,
            inner_attrs,
            ..
        } = self;
        let mut body = inner_attrs.clone();
        for item in &self.items {
            body.extend(item.tokens.iter().cloned());
        }
        body.extend(generated);
        let mut body = Group::new(Delimiter::Brace, body);
        body.set_span(self.body_span);
        quote!(#attrs #doc #head #body)
    }
}

fn describe(item: TokenStream) -> &'static str {
    match items::scan(item).first().map(|item| item.kind) {
        Some(Kind::Struct) => "a struct",
        Some(Kind::Enum) => "an enum",
        Some(Kind::Fn) => "a function",
        Some(Kind::Impl) => "an impl block",
        Some(Kind::Trait) => "a trait",
        Some(Kind::Const | Kind::Static) => "a constant",
        Some(Kind::Use) => "a `use`",
        _ => "this item",
    }
}

/// The tokens up to the first brace group, so that an error spans `pub struct Foo` rather
/// than a whole body.
fn first_tokens(tokens: &[TokenTree]) -> TokenStream {
    let rest: TokenStream = tokens
        .iter()
        .take_while(|tt| !matches!(tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
        .cloned()
        .collect();
    if rest.is_empty() {
        tokens.iter().cloned().collect()
    } else {
        rest
    }
}
