//! Turns the checked model into tokens: one enum per group (variants and constructors), the
//! module's error enum, and the registry with the rows as data (`table.rs`). The trait impls
//! are the runtime's `macro_rules!` (`impls.rs` there), given each group's rows as a list;
//! rendering, `Debug` and decoding are shared code in the runtime crate.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs;
use crate::model::{Catalog, Group, Row};
use crate::table;

pub fn items(catalog: &Catalog) -> TokenStream {
    let groups = catalog.groups.iter().map(|g| group(catalog, g));
    let error_enum = error_enum(catalog);
    let registry = registry(catalog);
    quote! {
        #(#groups)*
        #error_enum
        #registry
    }
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

fn group(catalog: &Catalog, group: &Group) -> TokenStream {
    let krate = &catalog.krate;
    let ident = &group.ident;
    let rows: Vec<&Row> = group.rows.iter().map(|&i| &catalog.rows[i]).collect();
    let docs = &group.docs;
    let summary = format!(
        " Errors of group `{ident}` in catalog `{}`: {} row(s), codes {}.",
        catalog.module,
        rows.len(),
        rows.iter()
            .map(|r| format!("`{}`", r.code.replace('`', "'")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // The rows' tables are on the variants and the whole table on the module; a third copy
    // here would only add to the expansion (BENCHMARKS.md).
    let table = " Each variant's docs show its row; the module's docs show the whole table.";
    let derive = derives(catalog, false);
    let variants = rows.iter().map(|row| variant(catalog, row));
    let ctors = rows.iter().map(|row| constructor(catalog, row));
    let error = &catalog.error_name;
    let indexed = group.rows.iter().map(|&i| (i, &catalog.rows[i]));
    let (units, fields): (Vec<_>, Vec<_>) = indexed.partition(|(_, row)| row.params.is_empty());
    let units = units.iter().map(|(i, row)| {
        let (v, i) = (&row.variant, Literal::usize_unsuffixed(*i));
        quote!(#v = #i)
    });
    let fields = fields.iter().map(|(i, row)| {
        let (v, i) = (&row.variant, Literal::usize_unsuffixed(*i));
        let each = row.params.iter().enumerate().map(|(p, param)| {
            let field = &param.ident;
            let bind = format_ident!("__ec_{}", p);
            let p = Literal::usize_unsuffixed(p);
            quote!(#field: #bind = #p)
        });
        quote!(#v = #i { #(#each),* })
    });
    quote! {
        #(#docs)*
        #[doc = #summary]
        #[doc = #table]
        #derive
        pub enum #ident {
            #(#variants)*
        }

        impl #ident {
            #(#ctors)*
        }

        #krate::__ec_group! {
            #ident in #error,
            units [#(#units),*],
            fields [#(#fields),*]
        }
    }
}

fn param_type(catalog: &Catalog, param: &crate::model::Param) -> TokenStream {
    let krate = &catalog.krate;
    match &param.ty {
        Some(ty) => quote!(#ty),
        None => quote!(#krate::Text),
    }
}

fn variant(catalog: &Catalog, row: &Row) -> TokenStream {
    let v = &row.variant;
    let docs = &row.docs;
    let table = docs::literal(&docs::row_table(row));
    if row.params.is_empty() {
        return quote! {
            #(#docs)*
            #[doc = #table]
            #v,
        };
    }
    let fields = row.params.iter().map(|p| {
        let ident = &p.ident;
        let ty = param_type(catalog, p);
        let doc = format!(
            " The `{}` argument of the message.",
            ident.to_string().trim_start_matches("r#")
        );
        quote!(#[doc = #doc] #ident: #ty)
    });
    quote! {
        #(#docs)*
        #[doc = #table]
        #v { #(#fields),* },
    }
}

fn constructor(catalog: &Catalog, row: &Row) -> TokenStream {
    let krate = &catalog.krate;
    let ctor = &row.ctor;
    let v = &row.variant;
    // The row's docs and table are on the variant; one line here keeps the expansion small.
    let name = v.to_string();
    let name = name.trim_start_matches("r#");
    let doc = format!(
        " Constructs [`{name}`](Self::{name}): `{}`.",
        row.code.replace('`', "'")
    );
    if row.params.is_empty() {
        return quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn #ctor() -> Self {
                Self::#v
            }
        };
    }
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
    quote! {
        #[doc = #doc]
        #[must_use]
        #[inline]
        #many
        pub fn #ctor(#(#args),*) -> Self {
            Self::#v { #(#inits),* }
        }
    }
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
    let decode_doc = crate::wire::decode_doc(catalog);
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
    let name = catalog.module.to_string();
    let doc = format!(
        " The rows of catalog `{name}`, in table order, with lookup by code ({} rows).",
        catalog.rows.len()
    );
    let docs_url = crate::wire::docs_url(catalog);
    quote! {
        #[doc = #doc]
        pub static CATALOG: #krate::Catalog = {
            static TABLE: #krate::__private::Table = #krate::__private::Table::__new(&CATALOG, #text, #data);
            static ENTRIES: [#krate::Entry; #count] = #krate::__private::entries(&TABLE);
            #krate::Catalog::__new(#name, &ENTRIES, &TABLE)#docs_url
        };
    }
}
