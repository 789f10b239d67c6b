//! Unit tests of the checker through `expand`.

use proc_macro2::TokenStream;
use quote::quote;

/// The messages of the `compile_error!`s that `#[error_catalog(attr)] item` expands to.
fn errors_with(attr: TokenStream, item: TokenStream) -> Vec<String> {
    let out = crate::expand(attr, item);
    let file: syn::File = syn::parse2(out).expect("the expansion parses");
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.segments.last()?.ident == "compile_error" => {
                Some(m.mac.parse_body::<syn::LitStr>().ok()?.value())
            }
            _ => None,
        })
        .collect()
}

fn errors(table: TokenStream) -> Vec<String> {
    errors_with(
        quote!(),
        quote!(
            mod m {
                catalog! { #table }
            }
        ),
    )
}

fn one_error(table: TokenStream) -> String {
    let list = errors(table);
    assert_eq!(list.len(), 1, "{list:#?}");
    list.into_iter().next().unwrap_or_default()
}

#[test]
fn a_prefix_that_makes_no_type_name_can_name_its_group() {
    assert_eq!(
        errors(quote!(401 "2FA.0001" TwoFa::expired message: "Expired.";)),
        Vec::<String>::new()
    );
    assert_eq!(
        errors(quote!(
            group TwoFa { prefix: "2FA" }
            401 "2FA.0001" expired message: "Expired.";
        )),
        Vec::<String>::new()
    );
    let error = one_error(quote!(401 "2FA.0001" expired message: "Expired.";));
    assert!(
        error.contains("`2FA` cannot become a Rust type name"),
        "{error}"
    );
}

#[test]
fn a_disagreeing_group_is_compared_with_the_declared_one() {
    let error = one_error(quote!(
        group Auth { prefix: "LOGIN" }
        400 "LOGIN.0001" Login::locked message: "Locked.";
    ));
    assert!(error.contains("puts the row in group `Auth`"), "{error}");
    let error = one_error(quote!(400 "A.1" Self::a message: "x";));
    assert!(error.contains("`Self` is a Rust keyword"), "{error}");
}

#[test]
fn one_mistake_makes_one_error() {
    for table in [
        quote!(400 "A.1" a mesage: "x";),
        quote!(400 "A.1" a message: MESSAGE;),
        quote!(400 "A.1" a message: b"x";),
        quote!(group A { status: 700 } "A.1" a message: "x"; "A.2" b message: "y";),
        quote!(400 "A.1" a(x, x) message: "{0}";),
        quote!(400 "A.1" a(self) message: "{0}";),
        quote!(400 "A.1" a message: "x"; 400 "A.1" a message: "x";),
        quote!(400 "A.1" a message: "{1} {1}";),
        quote!(group A { status } 400 "A.1" a message: "x";),
    ] {
        one_error(table);
    }
    let list = errors_with(
        quote!(status = "400"),
        quote!(
            mod m {
                catalog! { "A.1" a message: "x"; }
            }
        ),
    );
    assert_eq!(list.len(), 1, "{list:#?}");
    let list = errors_with(
        quote!(status = 400 error = E),
        quote!(
            mod m {
                catalog! { "A.1" a message: "x"; }
            }
        ),
    );
    assert_eq!(list.len(), 1, "{list:#?}");
}

#[test]
fn every_mistake_of_a_row_is_reported() {
    let list = errors(quote!(400 "A.1" NotSnake message: "{x  y}", colour: "red";));
    assert_eq!(list.len(), 3, "{list:#?}");
}

#[test]
fn raw_placeholders_make_raw_parameters() {
    let out = crate::expand(
        quote!(),
        quote!(
            mod m {
                catalog! { 400 "A.1" a message: "of {r#type}"; }
            }
        ),
    );
    assert!(out.to_string().contains("r#type"), "{out}");
    assert!(!out.to_string().contains("compile_error"), "{out}");
    let error = one_error(quote!(400 "A.1" a message: "of {r#self}";));
    assert!(error.contains("malformed"), "{error}");
}

#[test]
fn names_that_are_not_identifiers_are_errors_not_panics() {
    for table in [
        quote!(400 "A.1" a message: "{a²}";),
        quote!(400 "A.1" a message: "{Ⓐ}";),
        quote!(400 "A.1" a message: "{r#a b}";),
        quote!(400 "Ⓐ.1" a message: "x";),
        quote!(400 "x²y.1" a message: "x";),
    ] {
        one_error(table);
    }
    // A raw keyword is an identifier, but a lowercase one makes no type name.
    assert!(
        one_error(quote!(group r#type { prefix: "T" } 400 "T.1" a message: "x";))
            .contains("group `r#type` is not an UpperCamelCase name")
    );
}

#[test]
fn collisions_follow_rust_namespaces() {
    let item = |decl: TokenStream| {
        errors_with(
            quote!(),
            quote!(mod m { #decl catalog! { 400 "LOGIN.1" a message: "x"; } }),
        )
    };
    assert!(item(quote!(
        fn Login() {}
    ))
    .is_empty());
    assert!(item(quote!(
        struct CATALOG {}
    ))
    .is_empty());
    assert_eq!(
        item(quote!(
            struct Login {}
        ))
        .len(),
        1
    );
    assert_eq!(
        item(quote!(
            struct Login;
        ))
        .len(),
        1
    );
    assert_eq!(
        item(quote!(
            const CATALOG: u8 = 0;
        ))
        .len(),
        1
    );
    assert_eq!(
        item(quote!(
            trait Error {}
        ))
        .len(),
        1
    );
}

#[test]
fn group_settings() {
    let error = one_error(quote!(group A { status: 400, status: 401 } "A.1" a message: "x";));
    assert!(error.contains("given twice"), "{error}");
    let error = one_error(quote!(group A { prefix: "" } 400 "A.1" a message: "x";));
    assert!(error.contains("prefix is empty"), "{error}");
    let error = one_error(quote!(#[foo] group A {} 400 "A.1" a message: "x";));
    assert!(error.contains("unsupported attribute `#[foo]`"), "{error}");
}

#[test]
fn syntax_errors_name_the_row() {
    for table in [
        quote!(400 "A.1" a(x: ) message: "{0}";),
        quote!(400 "A.1" a(1) message: "{0}";),
        quote!(400 "A.1" a(x y) message: "{0}";),
        quote!(400 "A.1" a message: ;),
        quote!(400 "A.1" a message: "x",, solution: "y";),
        quote!(400 "A.1"),
    ] {
        let error = one_error(table);
        assert!(error.starts_with("row A.1: "), "{error}");
    }
    let error = one_error(quote!("400" "A.1" a message: "x";));
    assert!(error.contains("status is written as a string"), "{error}");
}

#[test]
fn a_bad_group_declaration_does_not_swallow_the_next_row() {
    let list = errors(quote!(
        group A { status }
        400 "B.1" NotSnake message: "x";
    ));
    assert_eq!(list.len(), 2, "{list:#?}");
}

#[test]
fn attribute_options() {
    let list = errors_with(
        quote!(eror = E, status = 400, status = 401, derive = Eq),
        quote!(
            mod m {
                catalog! { "A.1" a message: "x"; }
            }
        ),
    );
    assert_eq!(list.len(), 3, "{list:#?}");
    assert!(list[0].contains("did you mean `error`?"), "{list:#?}");
    assert!(list[1].contains("given twice"), "{list:#?}");
    assert!(
        list[2].contains("derive(Clone, PartialEq, Eq)"),
        "{list:#?}"
    );
}

#[test]
fn collisions_are_found_among_any_items() {
    // Items the scanner must step over whole: a braced `const` value, macros with each
    // delimiter, generics with a const block, a nested module defining `Login` (not a clash).
    let list = errors_with(
        quote!(),
        quote!(
            #[allow(dead_code)]
            pub(crate) mod m {
                #![allow(unused)]
                const A: u8 = { 1 };
                macro_rules! mac {
                    () => {
                        struct Login;
                    };
                }
                macro_rules! paren ( () => {} );
                impl<T> From<T> for Wrap<T>
                where
                    T: Into<S<{ 1 }>>,
                {
                    fn from(t: T) -> Self {
                        Wrap(t)
                    }
                }
                extern "C" {
                    fn abs(x: i32) -> i32;
                }
                mod inner {
                    pub struct Login;
                }
                use inner::{self as Login2, Login as Error};
                pub(crate) static CATALOG: u8 = 0;
                catalog! { 400 "LOGIN.1" a message: "x"; }
                struct Wrap<T>(T);
            }
        ),
    );
    assert_eq!(list.len(), 2, "{list:#?}");
    assert!(list[0].contains("the import `Error` collides"), "{list:#?}");
    assert!(list[1].contains("`CATALOG` collides"), "{list:#?}");
}

#[test]
fn the_module_passes_through_unchanged() {
    let out = crate::expand(
        quote!(),
        quote!(
            /// Docs.
            pub(crate) mod m {
                #![allow(unused)]
                const A: u8 = { 1 };
                macro_rules! paren ( () => {} );
                catalog! { 400 "LOGIN.1" a message: "x"; }
                fn after() {}
            }
        ),
    );
    let file: syn::File = syn::parse2(out).expect("the expansion parses");
    let syn::Item::Mod(module) = &file.items[0] else {
        panic!("a module")
    };
    assert_eq!(
        module.attrs.len(),
        3,
        "the doc, the table's doc and `#![allow]`"
    );
    let items = &module.content.as_ref().unwrap().1;
    let text: Vec<String> = items[..3].iter().map(|i| quote!(#i).to_string()).collect();
    assert_eq!(
        text,
        [
            quote!(
                const A: u8 = { 1 };
            )
            .to_string(),
            quote!(
                macro_rules! paren ( () => {} );
            )
            .to_string(),
            quote!(
                fn after() {}
            )
            .to_string(),
        ]
    );
}

#[test]
fn attribute_options_in_each_form() {
    let ok = |attr: TokenStream| {
        errors_with(
            attr,
            quote!(
                mod m {
                    catalog! { 400 "A.1" a message: "x"; }
                }
            ),
        )
    };
    assert_eq!(
        ok(quote!(
            error = "E",
            crate = "::error_catalog",
            derive(Clone, Eq, PartialEq)
        )),
        Vec::<String>::new()
    );
    let list = ok(quote!(
        "lit",
        error = "not an ident",
        derive(1),
        status = none
    ));
    assert_eq!(list.len(), 3, "{list:#?}");
    assert!(list[0].contains("not a literal"), "{list:#?}");
    assert!(list[1].contains("`error = IamError`"), "{list:#?}");
    assert!(
        list[2].contains("derive(Clone, PartialEq, Eq)"),
        "{list:#?}"
    );
    let list = ok(quote!(error = ));
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(
        list[0].contains("write options as `name = value`"),
        "{list:#?}"
    );
}

mod fallback;
mod limits;
mod options;
