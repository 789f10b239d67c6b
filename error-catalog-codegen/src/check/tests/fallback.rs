//! With errors that all belong to rows, the rows that checked are still generated.

use proc_macro2::TokenStream;
use quote::quote;

/// The expansion of `#[error_catalog(attr)] mod m { catalog! { table } }`, parsed back: the
/// messages of its `compile_error!`s, and the module's items.
fn expansion(attr: TokenStream, table: TokenStream) -> (Vec<String>, Vec<syn::Item>) {
    let out = crate::expand(
        attr,
        quote!(
            mod m {
                catalog! { #table }
            }
        ),
    );
    let file: syn::File = syn::parse2(out).expect("the expansion parses");
    let mut errors = Vec::new();
    let mut items = Vec::new();
    for item in file.items {
        match item {
            syn::Item::Macro(m)
                if m.mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "compile_error") =>
            {
                errors.push(
                    m.mac
                        .parse_body::<syn::LitStr>()
                        .expect("a message")
                        .value(),
                );
            }
            syn::Item::Mod(m) => items = m.content.map(|(_, items)| items).unwrap_or_default(),
            other => panic!("unexpected item {}", quote!(#other)),
        }
    }
    (errors, items)
}

/// The variants of enum `name` among `items`, or `None` if there is no such enum.
fn variants(items: &[syn::Item], name: &str) -> Option<Vec<String>> {
    items.iter().find_map(|item| match item {
        syn::Item::Enum(e) if e.ident == name => {
            Some(e.variants.iter().map(|v| v.ident.to_string()).collect())
        }
        _ => None,
    })
}

fn has_static(items: &[syn::Item], name: &str) -> bool {
    items
        .iter()
        .any(|item| matches!(item, syn::Item::Static(s) if s.ident == name))
}

#[test]
fn a_bad_row_leaves_the_good_rows_generated() {
    let (errors, items) = expansion(
        quote!(),
        quote!(
            400 "LOGIN.1" locked(minutes: u32) message: "Locked for {minutes} minutes.";
            400 "LOGIN.2" expired message: "Expired {";
            404 "ORG.1" not_found message: "No such organization.";
            400 "BAD.1" broken message: "a } b";
        ),
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("row LOGIN.2:"), "{errors:#?}");
    assert!(errors[1].starts_with("row BAD.1:"), "{errors:#?}");
    // The good rows keep their types; the bad row's variant is missing, and so is the group
    // whose only row is bad (an empty enum could not be rendered).
    assert_eq!(variants(&items, "Login"), Some(vec!["Locked".to_string()]));
    assert_eq!(variants(&items, "Org"), Some(vec!["NotFound".to_string()]));
    assert_eq!(variants(&items, "Bad"), None);
    assert_eq!(
        variants(&items, "Error"),
        Some(vec!["Login".to_string(), "Org".to_string()])
    );
    assert!(has_static(&items, "CATALOG"));
    // The constructor of the row with parameters is generated too.
    let ctor = items.iter().any(|item| match item {
        syn::Item::Impl(i) => i
            .items
            .iter()
            .any(|item| matches!(item, syn::ImplItem::Fn(f) if f.sig.ident == "locked")),
        _ => false,
    });
    assert!(ctor);
}

#[test]
fn a_row_that_does_not_parse_leaves_the_others_generated() {
    let (errors, items) = expansion(
        quote!(),
        quote!(
            400 "LOGIN.1" locked message "Locked.";
            400 "LOGIN.2" expired message: "Expired.";
        ),
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(variants(&items, "Login"), Some(vec!["Expired".to_string()]));
}

#[test]
fn of_two_rows_with_one_code_or_name_the_first_is_generated() {
    let (errors, items) = expansion(
        quote!(),
        quote!(
            400 "A.1" first message: "x";
            400 "A.1" second message: "y";
            400 "A.2" first message: "z";
            400 "A.3" third message: "w";
        ),
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(
        variants(&items, "A"),
        Some(vec!["First".to_string(), "Third".to_string()])
    );
}

#[test]
fn a_catalog_wide_mistake_generates_nothing() {
    // An option, a group declaration, a collision with the module's items: the generated
    // items could be wrong everywhere (or collide), so none is emitted.
    for (attr, table) in [
        (quote!(status = 4000), quote!("A.1" a message: "x";)),
        (quote!(crate = 1), quote!(400 "A.1" a message: "x";)),
        (
            quote!(),
            quote!(group A { prefix: "A", status: 1 } 400 "A.1" a message: "x";),
        ),
        (
            quote!(),
            quote!(group Auth { prefix = "A" } 400 "A.1" a message: "x";),
        ),
        (
            quote!(),
            quote!(group Error {} 400 "ERROR.1" a message: "x"; 400 "B.1" b message: "{";),
        ),
    ] {
        let (errors, items) = expansion(attr.clone(), table.clone());
        assert!(!errors.is_empty(), "{attr} {table}");
        assert!(
            !has_static(&items, "CATALOG"),
            "{attr} {table}: {errors:#?}"
        );
    }
    let out = crate::expand(
        quote!(),
        quote!(
            mod m {
                pub struct A;
                catalog! { 400 "A.1" a message: "x"; 400 "B.1" b message: "{"; }
            }
        ),
    );
    let file: syn::File = syn::parse2(out).expect("parses");
    let syn::Item::Mod(m) = file.items.last().expect("the module") else {
        panic!("no module");
    };
    let items = &m.content.as_ref().expect("a body").1;
    assert!(!has_static(items, "CATALOG"));
    assert_eq!(variants(items, "A"), None);
}

#[test]
fn every_row_bad_generates_nothing() {
    let (errors, items) = expansion(quote!(), quote!(400 "A.1" a message: "{";));
    assert_eq!(errors.len(), 1);
    assert!(items.is_empty(), "{}", quote!(#(#items)*));
}

#[test]
fn a_bad_line_of_a_catalog_file_leaves_the_other_rows_generated() {
    let path = std::env::temp_dir().join(format!("fallback-{}.tsv", std::process::id()));
    std::fs::write(
        &path,
        "status\tcode\tname\tmessage\n400\tA.1\tfirst\tx\n4x0\tA.2\tsecond\ty\n400\tA.3\tthird\tz\n",
    )
    .expect("a temporary file");
    let file = path.to_string_lossy().into_owned();
    let (errors, items) = expansion(quote!(file = #file), quote!());
    let _ = std::fs::remove_file(&path);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains(":3: row A.2: status `4x0`"),
        "{errors:#?}"
    );
    assert_eq!(
        variants(&items, "A"),
        Some(vec!["First".to_string(), "Third".to_string()])
    );
}
