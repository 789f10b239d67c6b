//! The generated code behind decoding, causes and the optional integrations (serde, axum).
//!
//! Per row this adds one match arm (the row's index to its variant, each field parsed by the
//! runtime's `Captures::parse`); matching messages against templates is runtime code. The
//! integrations are one `__impl_integrations!` invocation per type: the runtime defines that
//! hook according to *its* features, which generated code cannot test.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Catalog, Group};

pub fn items(catalog: &Catalog) -> TokenStream {
    let groups = catalog.groups.iter().map(|g| group(catalog, g));
    let module = module_enum(catalog);
    quote! {
        #(#groups)*
        #module
    }
}

fn group(catalog: &Catalog, group: &Group) -> TokenStream {
    let krate = &catalog.krate;
    let ident = &group.ident;
    let error = &catalog.error_name;
    let arms = group.rows.iter().map(|&i| {
        let row = &catalog.rows[i];
        let v = &row.variant;
        let index = Literal::usize_unsuffixed(i);
        if row.params.is_empty() {
            return quote!(#index => Self::#v,);
        }
        let fields = row.params.iter().enumerate().map(|(p, param)| {
            let field = &param.ident;
            let p = Literal::usize_unsuffixed(p);
            quote!(#field: __ec_args.parse(#p)?)
        });
        quote!(#index => Self::#v { #(#fields),* },)
    });
    let decode = decode_impl(
        catalog,
        ident,
        quote! {
            let _ = __ec_args;
            ::core::option::Option::Some(match __ec_row {
                #(#arms)*
                _ => return ::core::option::Option::None,
            })
        },
    );
    quote! {
        #decode

        impl ::core::convert::From<#ident> for #krate::WithSource<#error> {
            #[inline]
            fn from(__ec_error: #ident) -> Self {
                #krate::WithSource::from(#error::from(__ec_error))
            }
        }

        #krate::__impl_integrations! { #ident }
    }
}

fn module_enum(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    let ident = &catalog.error_name;
    let arms = catalog.groups.iter().map(|group| {
        let g = &group.ident;
        let rows = group.rows.iter().map(|&i| Literal::usize_unsuffixed(i));
        quote! {
            #(#rows)|* => <#g as #krate::Decode>::__from_row(__ec_row, __ec_args).map(Self::#g),
        }
    });
    let doc = format!(
        " The error of catalog `{}` that a server sent as `code` and `message`, with its arguments recovered from the message; an [`Undecoded`]({krate_doc}::Undecoded) (code, message and reason) when no row of this catalog renders that way. Never panics.",
        catalog.module,
        krate_doc = krate_doc_path(catalog),
    );
    let decode = decode_impl(
        catalog,
        ident,
        quote! {
            match __ec_row {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        },
    );
    quote! {
        impl #ident {
            #[doc = #doc]
            #[inline]
            pub fn decode(
                __ec_code: &::core::primitive::str,
                __ec_message: &::core::primitive::str,
            ) -> ::core::result::Result<Self, #krate::Undecoded> {
                <Self as #krate::Decode>::decode(__ec_code, __ec_message)
            }
        }

        #decode

        #krate::__impl_integrations! { #ident }
    }
}

/// `impl Decode for #ident`, with `body` as `__from_row` (it sees `__ec_row` and `__ec_args`:
/// reserved names, since a binding named like a const of the user's module is a const pattern).
fn decode_impl(catalog: &Catalog, ident: &proc_macro2::Ident, body: TokenStream) -> TokenStream {
    let krate = &catalog.krate;
    quote! {
        impl #krate::Decode for #ident {
            #[inline]
            fn __catalog() -> &'static #krate::Catalog {
                &CATALOG
            }
            #[inline]
            fn __from_row(
                __ec_row: ::core::primitive::usize,
                __ec_args: &#krate::Captures<'_>,
            ) -> ::core::option::Option<Self> {
                #body
            }
        }
    }
}

/// The runtime's path as rustdoc link text (`::error_catalog` → `error_catalog`).
fn krate_doc_path(catalog: &Catalog) -> String {
    catalog
        .krate
        .to_string()
        .replace(' ', "")
        .trim_start_matches("::")
        .to_string()
}

/// The registry's extra builder call for the catalog's documentation URL.
pub fn docs_url(catalog: &Catalog) -> TokenStream {
    match &catalog.docs_url {
        Some(url) => quote!(.__with_docs_url(#url)),
        None => TokenStream::new(),
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn expand(attr: proc_macro2::TokenStream) -> String {
        let item = quote! {
            mod shop {
                catalog! {
                    409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
                    404 "CART.0003" not_found message: "Cart not found.";
                }
            }
        };
        crate::expand(attr, item).to_string()
    }

    #[test]
    fn one_decode_arm_per_row_and_one_hook_per_type() {
        let out = expand(quote!());
        assert!(
            out.contains("0 => Self :: OutOfStock { count : __ec_args . parse (0) ? }"),
            "{out}"
        );
        assert!(out.contains("1 => Self :: NotFound"), "{out}");
        assert_eq!(
            out.matches("__impl_integrations !").count(),
            2,
            "Cart and Error"
        );
        assert!(!out.contains("__with_docs_url"));
    }

    #[test]
    fn docs_url_is_checked_and_passed_to_the_registry() {
        let out = expand(quote!(docs_url = "https://example.com/errors/"));
        assert!(
            out.contains(". __with_docs_url (\"https://example.com/errors/\")"),
            "{out}"
        );
        for bad in [
            "",
            "errors/",
            "https://example.com/a b",
            "1http://x",
            "mailto:",
        ] {
            let out = expand(quote!(docs_url = #bad));
            assert!(out.contains("is not an absolute URL"), "{bad}: {out}");
        }
        let out = expand(quote!(docs_url = "urn:example:errors:"));
        assert!(!out.contains("compile_error"), "{out}");
    }
}
