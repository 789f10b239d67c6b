//! What the wire needs from the macro: the docs URL passed to the registry and the docs of
//! `decode`. Decoding itself (one match arm per row, in the runtime's `__ec_group!`), causes
//! and the integrations (`__impl_integrations!`, selected by the runtime's features) are
//! expanded from the runtime's `macro_rules!`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Catalog;

/// The docs of the module enum's inherent `decode`.
pub fn decode_doc(catalog: &Catalog) -> String {
    format!(
        " The error of catalog `{}` that a server sent as `code` and `message`, with its arguments recovered from the message; an [`Undecoded`]({krate_doc}::Undecoded) (code, message and reason) when no row of this catalog renders that way. Never panics.",
        catalog.module,
        krate_doc = krate_doc_path(catalog),
    )
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
    fn each_row_listed_once_for_the_runtime_impls() {
        let out = expand(quote!());
        // Each row once, in the group's invocation of the runtime's impls; its decode arm
        // is expanded there (tests/decode.rs checks the behaviour).
        assert!(
            out.contains(
                "__ec_group ! { Cart in Error , units [NotFound not_found r\" Constructs [`NotFound`](Self::NotFound): `CART.0003`.\" = 1 ,] , fields [OutOfStock = 0 { count : __ec_0 = 0 } ,] }"
            ),
            "{out}"
        );
        assert!(out.contains("groups [Cart = 0]"), "{out}");
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
