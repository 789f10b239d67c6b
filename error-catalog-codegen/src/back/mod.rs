//! Turns the checked model into tokens: one enum per group (variants and constructors), the
//! module's error enum, and the registry with the rows as data (`table.rs`). The trait impls
//! are the runtime's `macro_rules!` (`impls.rs` there), given each group's rows as a list;
//! rendering, `Debug` and decoding are shared code in the runtime crate.

mod docs;
mod phf;
mod table;

// A `Group` of tokens is one token that `quote!` interpolates without copying its contents.
use proc_macro2::{
    Delimiter, Group as TokenGroup, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree,
};
use quote::{format_ident, quote, ToTokens};

use crate::model::{Catalog, ChangeKind, Group, Lifecycle, Row};

pub fn items(catalog: &Catalog) -> TokenStream {
    // Built by appending owned streams: `quote!`'s `#stream` copies every token of an
    // interpolated stream, and an expansion nested three deep copied each row's tokens three
    // times (most of the expansion's time, BENCHMARKS.md). Interpolating a `Group` is cheap.
    let mut out = TokenStream::new();
    for g in &catalog.groups {
        group(catalog, g, &mut out);
    }
    out.extend(error_enum(catalog));
    out.extend(registry(catalog));
    out
}

/// `#[derive(…)]` for an enum: the options' derives, plus `Debug` where asked (the group
/// enums get theirs from the runtime's shared renderer, not a match arm per variant).
fn derives(catalog: &Catalog, debug: bool) -> TokenStream {
    let extra = &catalog.derives;
    match (debug, extra.is_empty()) {
        (true, _) => quote!(#[derive(Debug #(, #extra)*)]),
        (false, true) => TokenStream::new(),
        (false, false) => quote!(#[derive(#(#extra),*)]),
    }
}

/// A lone punctuation token.
fn punct(c: char) -> TokenTree {
    TokenTree::Punct(Punct::new(c, Spacing::Alone))
}

/// `#[doc = doc]`, pushed onto `out`.
fn push_doc(out: &mut TokenStream, doc: Literal) {
    let attr = [
        TokenTree::Ident(Ident::new("doc", Span::call_site())),
        punct('='),
        TokenTree::Literal(doc),
    ];
    out.extend([
        punct('#'),
        TokenTree::Group(TokenGroup::new(
            Delimiter::Bracket,
            attr.into_iter().collect(),
        )),
    ]);
}

fn group(catalog: &Catalog, group: &Group, out: &mut TokenStream) {
    let krate = &catalog.krate;
    let ident = &group.ident;
    let docs = &group.docs;
    let summary = format!(
        " Errors of group `{ident}` in catalog `{}`: {} row(s), codes {}.",
        catalog.module,
        group.rows.len(),
        (group.rows.iter())
            .map(|&i| format!("`{}`", catalog.rows[i].code.replace('`', "'")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let summary = docs::literal(&summary);
    // The rows' tables are on the variants and the whole table on the module; a third copy
    // here would only add to the expansion (BENCHMARKS.md).
    let table =
        docs::literal(" Each variant's docs show its row; the module's docs show the whole table.");
    let derive = derives(catalog, false);
    let error = &catalog.error_name;
    let mut variants = TokenStream::new();
    let mut ctors = TokenStream::new();
    let mut units = TokenStream::new();
    let mut fields = TokenStream::new();
    for &i in &group.rows {
        let row = &catalog.rows[i];
        variant(catalog, row, &mut variants);
        let (v, index) = (&row.variant, Literal::usize_unsuffixed(i));
        let plain = matches!(row.lifecycle, Lifecycle::Active);
        if row.params.is_empty() && plain {
            // The constructor is written by the runtime's `__ec_group!` from this entry. Its
            // doc line is written here: `concat!` and `stringify!` in the macro cost rustc
            // more than the literal (BENCHMARKS.md).
            let doc = docs::literal(&constructor_doc(row));
            units.extend([
                TokenTree::Ident(v.clone()),
                TokenTree::Ident(row.ctor.clone()),
                TokenTree::Literal(doc),
                punct('='),
                TokenTree::Literal(index),
                punct(','),
            ]);
            continue;
        }
        // A retired row keeps its variant (clients still decode it) but has no constructor.
        if !matches!(row.lifecycle, Lifecycle::Retired { .. }) {
            constructor(catalog, row, &mut ctors);
        }
        let each = row.params.iter().enumerate().map(|(p, param)| {
            let field = &param.ident;
            let bind = format_ident!("__ec_{}", p);
            let p = Literal::usize_unsuffixed(p);
            quote!(#field: #bind = #p)
        });
        fields.extend(quote!(#v = #index { #(#each),* },));
    }
    let variants = TokenGroup::new(Delimiter::Brace, variants);
    let units = TokenGroup::new(Delimiter::Bracket, units);
    let fields = TokenGroup::new(Delimiter::Bracket, fields);
    out.extend(quote! {
        #(#docs)*
        #[doc = #summary]
        #[doc = #table]
        #derive
        pub enum #ident #variants
    });
    if !ctors.is_empty() {
        let ctors = TokenGroup::new(Delimiter::Brace, ctors);
        // As for the unit rows' constructors (the runtime's `__ec_group!`): a row may be
        // named like its group.
        out.extend(quote!(#[allow(clippy::self_named_constructors)] impl #ident #ctors));
    }
    out.extend(quote! {
        #krate::__ec_group! {
            #ident in #error,
            units #units,
            fields #fields
        }
    });
}

fn param_type(catalog: &Catalog, param: &crate::model::Param) -> TokenStream {
    let krate = &catalog.krate;
    match &param.ty {
        Some(ty) => quote!(#ty),
        None => quote!(#krate::Text),
    }
}

fn variant(catalog: &Catalog, row: &Row, out: &mut TokenStream) {
    let v = &row.variant;
    let docs = &row.docs;
    let table = docs::literal(&docs::row_table(row));
    if let Some(line) = docs::lifecycle_line(row) {
        push_doc(out, docs::literal(&line));
    }
    if row.params.is_empty() {
        // Most rows: pushed token by token, without a stream of their own to copy from.
        docs.iter().for_each(|attr| attr.to_tokens(out));
        push_doc(out, table);
        out.extend([TokenTree::Ident(v.clone()), punct(',')]);
        return;
    }
    let fields = row.params.iter().map(|p| {
        let ident = &p.ident;
        let ty = param_type(catalog, p);
        let doc = format!(
            " The `{}` argument of the message.",
            crate::names::name_of(ident)
        );
        let doc = docs::literal(&doc);
        quote!(#[doc = #doc] #ident: #ty)
    });
    out.extend(quote! {
        #(#docs)*
        #[doc = #table]
        #v { #(#fields),* },
    });
}

/// The one line of a constructor's docs (the row's docs and table are on its variant),
/// linked by an HTML anchor, as the module's table is (`docs::catalog_table` says why).
fn constructor_doc(row: &Row) -> String {
    let name = crate::names::unraw(&row.variant_name);
    let code = row.code.replace('`', "'");
    format!(" Constructs <a href=\"#variant.{name}\"><code>{name}</code></a>: `{code}`.")
}

/// The constructor of a row with parameters (those of unit rows are the runtime's).
fn constructor(catalog: &Catalog, row: &Row, out: &mut TokenStream) {
    let krate = &catalog.krate;
    let ctor = &row.ctor;
    let v = &row.variant;
    let doc = docs::literal(&constructor_doc(row));
    let args = row.params.iter().map(|p| {
        let ident = &p.ident;
        match &p.ty {
            Some(ty) => quote!(#ident: #ty),
            None => quote!(#ident: impl ::core::convert::Into<#krate::Text>),
        }
    });
    let inits = row.params.iter().map(|p| {
        let ident = &p.ident;
        match &p.ty {
            Some(_) => quote!(#ident),
            None => quote!(#ident: ::core::convert::Into::into(#ident)),
        }
    });
    let many = (row.params.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let deprecated = match &row.lifecycle {
        Lifecycle::Deprecated { attr, .. } => attr.to_token_stream(),
        _ => TokenStream::new(),
    };
    // A deprecated unit row's constructor is written here (the runtime's are not deprecated),
    // still `const` as the others.
    let constness = row.params.is_empty().then(|| quote!(const));
    out.extend(quote! {
        #[doc = #doc]
        #deprecated
        #[must_use]
        #[inline]
        #many
        pub #constness fn #ctor(#(#args),*) -> Self {
            Self::#v { #(#inits),* }
        }
    });
}

fn error_enum(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    let ident = &catalog.error_name;
    let derive = derives(catalog, true);
    let groups: Vec<_> = catalog.groups.iter().map(|g| &g.ident).collect();
    let doc = format!(
        " Every error of catalog `{}`: one variant per group, with `From` from each group enum so that `?` converts.",
        catalog.module
    );
    let variant_docs = groups
        .iter()
        .map(|g| format!(" An error of group [`{g}`]."));
    let lists = catalog.groups.iter().enumerate().map(|(i, g)| {
        let (ident, i) = (&g.ident, Literal::u32_unsuffixed(i as u32));
        quote!(#ident = #i)
    });
    let decode_doc = docs::decode_doc(catalog);
    quote! {
        #[doc = #doc]
        #derive
        pub enum #ident {
            #(#[doc = #variant_docs] #groups(#groups),)*
        }

        #krate::__ec_module! {
            #ident,
            #[doc = #decode_doc]
            groups [#(#lists),*]
        }
    }
}

/// The static registry: the rows as data (`table.rs`), their entries and the catalog, the
/// first two inside the catalog's initializer so that their names cannot meet the user's.
fn registry(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    let count = Literal::usize_unsuffixed(catalog.rows.len());
    let types: Vec<Vec<String>> = catalog.rows.iter().map(table::param_types).collect();
    let docs: Vec<String> = (catalog.rows.iter())
        .map(|row| {
            (row.doc_lines().iter())
                .map(|l| l.strip_prefix(' ').unwrap_or(l))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    let encoded = table::encode(catalog, &types, &docs);
    let text = docs::literal(&encoded.text);
    let data = Literal::byte_string(&encoded.data);
    let name = crate::names::name_of(&catalog.module);
    let doc = format!(
        " The rows of catalog `{name}`, in table order, with lookup by code ({} rows).",
        catalog.rows.len()
    );
    let docs_url = docs::docs_url(catalog);
    let grpc = docs::grpc(catalog);
    let lifecycle = lifecycle(catalog);
    let changes = changes(catalog);
    let lock = &catalog.lock_include;
    let locale_files = &catalog.locale_includes;
    let (locale_tables, locales) = locales(catalog, &count);
    quote! {
        #lock
        #locale_files
        #[doc = #doc]
        pub static CATALOG: #krate::Catalog = {
            static TABLE: #krate::__private::Table = #krate::__private::Table::__new(&CATALOG, #text, #data, #count);
            static ENTRIES: [#krate::Entry; #count] = #krate::__private::entries(&TABLE);
            #locale_tables
            #krate::Catalog::__new(#name, &ENTRIES, &TABLE)#docs_url #grpc #lifecycle #changes #locales
        };
    }
}

/// One table per translation (`LOCALE_0`, …, inside the catalog's initializer) and the
/// builder call that lists them; nothing for a catalog without translations, which then pays
/// nothing for the feature.
fn locales(catalog: &Catalog, count: &Literal) -> (TokenStream, TokenStream) {
    let krate = &catalog.krate;
    if catalog.locales.is_empty() && catalog.source_locale == "en" {
        return (TokenStream::new(), TokenStream::new());
    }
    let mut statics = TokenStream::new();
    let mut list = Vec::new();
    for (i, locale) in catalog.locales.iter().enumerate() {
        let encoded = table::encode_locale(catalog, locale);
        let text = docs::literal(&encoded.text);
        let data = Literal::byte_string(&encoded.data);
        let ident = format_ident!("LOCALE_{}", i);
        statics.extend(quote! {
            static #ident: #krate::__private::Table = #krate::__private::Table::__new(&CATALOG, #text, #data, #count);
        });
        let tag = &locale.tag;
        list.push(quote!(#krate::__private::LocaleTable { tag: #tag, table: &#ident }));
    }
    let source = &catalog.source_locale;
    (statics, quote!(.__with_locales(#source, &[#(#list),*])))
}

/// The catalog's own rustdoc: one table of every row.
pub fn catalog_doc(catalog: &Catalog) -> proc_macro2::Literal {
    docs::literal(&docs::catalog_table(catalog))
}

/// `.__with_releases(…)` and `.__with_lifecycle(&[…])` for the rows with a release or a
/// state; nothing for a catalog without any, which then pays nothing for the feature.
fn lifecycle(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    let mut out = releases(catalog);
    let list: Vec<TokenStream> = (catalog.rows.iter().enumerate())
        .filter(|(_, r)| !matches!(r.lifecycle, Lifecycle::Active))
        .map(|(i, row)| {
            let i = Literal::u32_unsuffixed(i as u32);
            let state = match &row.lifecycle {
                Lifecycle::Active => quote!(#krate::Lifecycle::Active),
                Lifecycle::Deprecated { note, .. } => {
                    quote!(#krate::Lifecycle::Deprecated { note: #note })
                }
                Lifecycle::Retired { since, note } => {
                    quote!(#krate::Lifecycle::Retired { since: #since, note: #note })
                }
            };
            quote!(#krate::__private::RowLife { row: #i, state: #state })
        })
        .collect();
    if list.is_empty() && out.is_empty() {
        return out;
    }
    // The exports add a column only where the table itself speaks of lifecycles: releases
    // that only the lock file knows keep the vendor's page as published.
    let shown = catalog.rows.iter().any(|r| {
        !matches!(r.lifecycle, Lifecycle::Active) || (r.since.is_some() && !r.since_from_lock)
    });
    out.extend(quote!(.__with_lifecycle(&[#(#list),*], #shown)));
    out
}

/// The rows' releases as the runtime's `Releases` reads them: the distinct texts, then two
/// bytes per row.
fn releases(catalog: &Catalog) -> TokenStream {
    let mut distinct: Vec<&str> = Vec::new();
    let mut by_row = Vec::with_capacity(2 * catalog.rows.len());
    for row in &catalog.rows {
        let k = match row.since.as_deref() {
            None => 0,
            Some(since) => match distinct.iter().position(|d| *d == since) {
                Some(at) => at + 1,
                None => {
                    distinct.push(since);
                    distinct.len()
                }
            },
        };
        // More than 65,535 distinct releases do not fit; such rows show none.
        let k = u16::try_from(k).unwrap_or(0);
        by_row.extend(k.to_le_bytes());
    }
    if distinct.is_empty() {
        return TokenStream::new();
    }
    let by_row = Literal::byte_string(&by_row);
    quote!(.__with_releases(&[#(#distinct),*], #by_row))
}

/// `.__with_changes(&[…])`: the changelog against the lock file, when there is one.
fn changes(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    if catalog.changes.is_empty() {
        return TokenStream::new();
    }
    let list = catalog.changes.iter().map(|c| {
        let row = Literal::u32_unsuffixed(c.row as u32);
        let kind = match &c.kind {
            ChangeKind::Added => quote!(Added),
            ChangeKind::Deprecated => quote!(Deprecated),
            ChangeKind::Retired => quote!(Retired),
            ChangeKind::Reworded(before) => quote!(Reworded { before: #before }),
        };
        quote!((#row, #krate::ChangeKind::#kind))
    });
    quote!(.__with_changes(&[#(#list),*]))
}
