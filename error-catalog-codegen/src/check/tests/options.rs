//! Options are validated once, with our own messages for what rustc would otherwise report.

use proc_macro2::TokenStream;
use quote::quote;

use super::errors_with;

fn option_errors(attr: TokenStream) -> Vec<String> {
    errors_with(
        attr,
        quote!(
            mod m {
                catalog! { 400 "A.1" a message: "x"; }
            }
        ),
    )
}

#[test]
fn keywords_cannot_name_the_error_enum_or_the_default_group() {
    for (attr, option, keyword) in [
        (quote!(error = Self), "error", "Self"),
        (quote!(error = self), "error", "self"),
        (quote!(error = "Self"), "error", "Self"),
        (quote!(error = crate), "error", "crate"),
        (quote!(group = self), "group", "self"),
        (quote!(group = super), "group", "super"),
        (quote!(group = "type"), "group", "type"),
    ] {
        let list = option_errors(attr.clone());
        assert_eq!(list.len(), 1, "{attr}: {list:#?}");
        assert!(
            list[0].starts_with(&format!(
                "#[error_catalog(…)]: `{option} = {keyword}`: `{keyword}` is a Rust keyword"
            )),
            "{attr}: {}",
            list[0]
        );
    }
    // The rows the reported option would have applied to do not each repeat it.
    let list = errors_with(
        quote!(group = self, status = none),
        quote!(
            mod m {
                catalog! { "23505" a message: "x"; "23506" b message: "y"; }
            }
        ),
    );
    assert_eq!(list.len(), 1, "{list:#?}");
    // A raw identifier is an identifier.
    assert_eq!(option_errors(quote!(error = r#Type)), Vec::<String>::new());
}

#[test]
fn debug_among_the_derives_is_accepted_once() {
    for attr in [
        quote!(derive(Debug)),
        quote!(derive(Debug, Clone)),
        quote!(derive(core::fmt::Debug, Hash, Eq, PartialEq)),
    ] {
        let out = crate::expand(
            attr.clone(),
            quote!(
                mod m {
                    catalog! { 400 "A.1" a message: "x"; }
                }
            ),
        )
        .to_string();
        assert!(!out.contains("compile_error"), "{attr}: {out}");
        // The error enum derives `Debug` once; the group enums get theirs from the runtime.
        assert_eq!(out.matches("Debug").count(), 1, "{attr}: {out}");
    }
}

#[test]
fn a_derive_given_twice_is_reported() {
    let list = option_errors(quote!(derive(Clone, Hash, Clone)));
    assert_eq!(
        list,
        ["#[error_catalog(…)]: derive `Clone` is given twice; keep one"]
    );
    let list = option_errors(quote!(derive(self)));
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(
        list[0].contains("`self` is a Rust keyword, not a derive"),
        "{list:#?}"
    );
}

#[test]
fn a_suffixed_default_status_is_reported() {
    let list = option_errors(quote!(status = 400u16));
    assert_eq!(
        list,
        ["#[error_catalog(…)]: option `status` is written `status = 400` or `status = none`"]
    );
}
