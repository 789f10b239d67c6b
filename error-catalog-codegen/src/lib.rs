//! The parser, checker and code generator behind `#[error_catalog]`.
//!
//! This crate does not depend on `proc_macro`, so the whole pipeline (parse → check →
//! expand) runs in ordinary tests, benchmarks and fuzzers. Users depend on `error-catalog`,
//! never on this crate.

mod args;
mod check;
mod delimited;
mod docs;
mod errors;
mod expand;
mod file_catalog;
mod model;
mod names;
mod parse;
mod phf;
mod row_attrs;
mod table;
pub mod template;
mod wire;

use proc_macro2::TokenStream;
use quote::quote;
use syn::Item;

use crate::errors::Errors;

/// Expands `#[error_catalog(attr)] item`. Never panics: every problem becomes a
/// `compile_error!`, and the module's own items are still emitted so that one mistake in
/// the table does not turn into a cascade of unrelated errors.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let options = args::parse(attr, &mut errors);
    let mut module = match syn::parse2::<Item>(item.clone()) {
        Ok(Item::Mod(module)) => module,
        other => {
            let what = match &other {
                Ok(item) => describe(item),
                Err(_) => "this item",
            };
            errors.at(
                first_tokens(&item),
                format!("#[error_catalog] goes on an inline module holding a `catalog! {{ … }}` table, not on {what}: `#[error_catalog] pub mod errors {{ catalog! {{ … }} }}`"),
            );
            let errors = errors.to_compile_errors();
            return quote!(#errors #item);
        }
    };
    let Some((_, items)) = &mut module.content else {
        let (mod_token, ident, semi) = (module.mod_token, &module.ident, &module.semi);
        errors.at(
            quote!(#mod_token #ident #semi),
            format!("#[error_catalog] needs the module's body inline: write `mod {} {{ catalog! {{ … }} }}` instead of `mod {};`", module.ident, module.ident),
        );
        let errors = errors.to_compile_errors();
        // Emitting `mod errors;` again would make rustc load the file once more and report
        // its `catalog!` as an unknown macro; an empty module keeps the one error.
        let syn::ItemMod {
            attrs, vis, ident, ..
        } = &module;
        return quote!(#errors #(#attrs)* #vis #mod_token #ident {});
    };
    let mut tables = Vec::new();
    items.retain(|item| match item {
        Item::Macro(mac) if mac.mac.path.is_ident("catalog") => {
            tables.push(mac.clone());
            false
        }
        _ => true,
    });
    for extra in tables.iter().skip(1) {
        errors.at(
            &extra.mac.path,
            format!(
                "module `{}` has more than one `catalog!` table; put all rows in one table",
                module.ident
            ),
        );
    }
    // `file = "…"`: the rows come from a file; an inline table is then optional (it may
    // still declare groups).
    let loaded = options
        .file
        .as_ref()
        .map(|lit| file_catalog::load(lit, &mut errors));
    if let Some(Some(loaded)) = &loaded {
        if let Ok(item) = syn::parse2::<Item>(loaded.include.clone()) {
            items.push(item);
        }
    }
    let table = match tables.into_iter().next() {
        Some(table) => Some(parse::table(table.mac.tokens, &mut errors)),
        None if loaded.is_some() => Some(parse::Table { items: Vec::new() }),
        None => None,
    };
    let Some(mut table) = table else {
        errors.at(
            &module.ident,
            format!("module `{}` has no `catalog! {{ … }}` table; add one with the rows, e.g. `catalog! {{ 400 \"APP.0001\" not_found message: \"Application does not exist.\"; }}`", module.ident),
        );
        let errors = errors.to_compile_errors();
        return quote!(#errors #module);
    };
    if let Some(Some(loaded)) = loaded {
        table
            .items
            .extend(loaded.rows.into_iter().map(parse::Item::Row));
    }
    let model = check::catalog(&options, &module, table, &mut errors);
    match model {
        Some(model) if errors.is_empty() => {
            let generated = expand::items(&model);
            let table = docs::catalog_table(&model);
            module.attrs.push(syn::parse_quote!(#[doc = #table]));
            with_items(module, generated)
        }
        _ => {
            let errors = errors.to_compile_errors();
            quote!(#errors #module)
        }
    }
}

/// The module with the generated items appended to its body. Written out rather than
/// parsed back into `syn` items: re-parsing the output cost more than generating it.
fn with_items(module: syn::ItemMod, generated: TokenStream) -> TokenStream {
    let syn::ItemMod {
        attrs,
        vis,
        unsafety,
        mod_token,
        ident,
        content,
        ..
    } = module;
    let (outer, inner): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|a| matches!(a.style, syn::AttrStyle::Outer));
    let items = content.map(|(_, items)| items).unwrap_or_default();
    quote! {
        #(#outer)*
        #vis #unsafety #mod_token #ident {
            #(#inner)*
            #(#items)*
            #generated
        }
    }
}

fn describe(item: &Item) -> &'static str {
    match item {
        Item::Struct(_) => "a struct",
        Item::Enum(_) => "an enum",
        Item::Fn(_) => "a function",
        Item::Impl(_) => "an impl block",
        Item::Trait(_) => "a trait",
        Item::Const(_) | Item::Static(_) => "a constant",
        Item::Use(_) => "a `use`",
        _ => "this item",
    }
}

/// The tokens up to the first brace group, after any outer attributes, so that an error
/// spans `pub struct Foo` rather than a whole body.
fn first_tokens(item: &TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    let mut tokens = item.clone().into_iter().peekable();
    while matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '#') {
        let mut attr = tokens.clone();
        attr.next();
        if !matches!(attr.next(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
        {
            break;
        }
        tokens = attr;
    }
    let rest: TokenStream = tokens
        .take_while(|tt| !matches!(tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
        .collect();
    if rest.is_empty() {
        item.clone()
    } else {
        rest
    }
}
