//! The generated API on small catalogs written for each feature: placeholders, the default
//! argument type, declared parameters, group declarations and attribute options.

use error_catalog::{error_catalog, CatalogError, Text, Value};

#[error_catalog]
mod shop {
    catalog! {
        /// Stock ran out between browsing and checkout.
        409 "CART.0001" out_of_stock
            message: "Only {0} left of {1}.",
            description: "The shop has {0} of {1} in stock.",
            solution: "Lower the quantity.";
        400 "CART.0002" bad_coupon
            message: "Coupon {code} is not valid for {{VIP}} customers.";
        404 "CART.0003" not_found
            message: "Cart not found.";
        422 "ORDER.0001" too_large(max: u64, requested: u64)
            message: "Requested {requested}, the limit is {0}.";
        500 "ORDER.0002" mixed
            message: "{0} then {name} then {1} then {name} again";
    }

    /// Items beside the table are kept.
    pub fn helper() -> &'static str {
        "kept"
    }
}

#[test]
fn untyped_placeholders_become_text_parameters() {
    let error = shop::Cart::out_of_stock(3u8, "apples");
    assert_eq!(error.to_string(), "Only 3 left of apples.");
    assert_eq!(
        error.description().to_string(),
        "The shop has 3 of apples in stock."
    );
    assert_eq!(error.status().unwrap().as_u16(), 409);
    let shop::Cart::OutOfStock { arg0, arg1 } = &error else {
        panic!("{error:?}")
    };
    assert!(
        matches!(arg0.as_value(), Value::UInt(3)),
        "numbers stay numbers"
    );
    assert_eq!(arg1.as_str(), Some("apples"));
}

#[test]
fn the_default_argument_type_takes_what_callers_have() {
    let owned = String::from("owned");
    let uuid_like = std::net::Ipv4Addr::LOCALHOST;
    let a = shop::Cart::bad_coupon(owned.clone());
    let b = shop::Cart::bad_coupon(&owned);
    let c = shop::Cart::bad_coupon(Text::display(uuid_like));
    let d = shop::Cart::bad_coupon(format_args!("{}-{}", "X", 1));
    let e = shop::Cart::bad_coupon(-7i64);
    assert_eq!(a, b);
    assert_eq!(
        a.to_string(),
        "Coupon owned is not valid for {VIP} customers."
    );
    assert_eq!(
        c.to_string(),
        "Coupon 127.0.0.1 is not valid for {VIP} customers."
    );
    assert_eq!(
        d.to_string(),
        "Coupon X-1 is not valid for {VIP} customers."
    );
    assert_eq!(e.to_string(), "Coupon -7 is not valid for {VIP} customers.");
}

#[test]
fn declared_parameters_bind_by_position_and_by_name() {
    let error = shop::Order::too_large(10, 12);
    assert_eq!(error.to_string(), "Requested 12, the limit is 10.");
    assert!(matches!(
        error,
        shop::Order::TooLarge {
            max: 10,
            requested: 12
        }
    ));
    let names: Vec<_> = error
        .entry()
        .params()
        .iter()
        .map(|p| (p.name(), p.ty()))
        .collect();
    assert_eq!(names, [("max", "u64"), ("requested", "u64")]);
}

#[test]
fn repeated_and_mixed_placeholders() {
    let error = shop::Order::mixed("a", "b", "n");
    assert_eq!(error.to_string(), "a then n then b then n again");
    let names: Vec<_> = error.entry().params().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["arg0", "arg1", "name"]);
}

#[test]
fn rows_without_arguments_have_const_constructors() {
    const NOT_FOUND: shop::Cart = shop::Cart::not_found();
    assert_eq!(NOT_FOUND.to_string(), "Cart not found.");
    assert_eq!(NOT_FOUND.description().to_string(), "Cart not found.");
    assert_eq!(NOT_FOUND.solution(), "", "no solution column: empty");
    assert_eq!(shop::helper(), "kept");
}

#[test]
fn row_docs_reach_the_registry() {
    let entry = shop::CATALOG.get("CART.0001").unwrap();
    assert_eq!(entry.doc(), "Stock ran out between browsing and checkout.");
    assert_eq!(shop::CATALOG.get("CART.0002").unwrap().doc(), "");
}

#[error_catalog(error = DbError, status = 500, derive(Clone, PartialEq, Eq, Hash))]
pub mod db {
    catalog! {
        /// Errors raised by constraint checks.
        group Integrity { status: 409 }
        group Conn { prefix: "08" }

        "23505" Integrity::unique_violation message: "Duplicate key {key}.";
        "23503" Integrity::foreign_key_violation message: "Missing parent row.";
        "08.001" Conn::refused message: "Connection refused.";
        503 "08.006" Conn::lost message: "Connection lost.";
        "XX.0001" internal message: "Internal error.";
    }
}

#[test]
fn group_defaults_catalog_defaults_and_explicit_groups() {
    use std::collections::HashSet;
    let status = |e: &dyn CatalogError| e.status().unwrap().as_u16();
    assert_eq!(
        status(&db::Integrity::unique_violation("id")),
        409,
        "group default"
    );
    assert_eq!(status(&db::Conn::refused()), 500, "catalog default");
    assert_eq!(status(&db::Conn::lost()), 503, "row overrides");
    assert_eq!(status(&db::Xx::internal()), 500, "derived group");
    let error: db::DbError = db::Integrity::foreign_key_violation().into();
    assert_eq!(error.code(), "23503");
    // The extra derives were applied.
    let set: HashSet<db::DbError> = [error.clone(), error].into_iter().collect();
    assert_eq!(set.len(), 1);
}

#[test]
fn lookup_is_exact_and_sorted_index_handles_any_order() {
    for code in ["23505", "23503", "08.001", "08.006", "XX.0001"] {
        assert_eq!(db::CATALOG.get(code).unwrap().code(), code);
    }
    assert!(db::CATALOG.get("23504").is_none());
    assert!(db::CATALOG.get("ZZ").is_none());
    assert!(db::CATALOG.get("0").is_none());
}

#[test]
fn status_type_checks_its_range() {
    use error_catalog::Status;
    assert!(Status::new(99).is_err());
    assert_eq!(Status::try_from(404).unwrap().to_string(), "404");
    assert_eq!(u16::from(Status::new(200).unwrap()), 200);
}

/// `Debug` comes from the runtime's shared renderer, not `derive(Debug)`: it must print what
/// the derive would (variant name, then fields by name with their values' `Debug`).
#[test]
fn debug_prints_like_the_derive() {
    assert_eq!(format!("{:?}", shop::Cart::not_found()), "NotFound");
    assert_eq!(
        format!("{:?}", shop::Order::too_large(10, 12)),
        "TooLarge { max: 10, requested: 12 }"
    );
    assert_eq!(
        format!("{:?}", shop::Cart::out_of_stock(3u8, "apples")),
        r#"OutOfStock { arg0: 3, arg1: "apples" }"#
    );
    assert_eq!(
        format!("{:#?}", shop::Cart::bad_coupon("A\"B")),
        "BadCoupon {\n    code: \"A\\\"B\",\n}"
    );
    let error: shop::Error = shop::Order::too_large(1, 2).into();
    assert_eq!(
        format!("{error:?}"),
        "Order(TooLarge { max: 1, requested: 2 })"
    );
}

/// `catalog()` comes from the row (its table points back at the registry), for the group
/// enums, the module enum and the entry itself.
#[test]
fn catalog_reached_from_errors_and_entries() {
    let group = shop::Order::too_large(1, 2);
    assert!(std::ptr::eq(group.catalog(), &shop::CATALOG));
    let module: shop::Error = group.into();
    assert!(std::ptr::eq(module.catalog(), &shop::CATALOG));
    let entry = shop::CATALOG.get("CART.0003").unwrap();
    assert!(std::ptr::eq(entry.catalog(), &shop::CATALOG));
    assert_eq!(shop::CATALOG.position(entry), Some(2));
    // Units have no arguments; the trait's default says so.
    assert!(shop::Cart::not_found().arg(0).is_none());
}

#[error_catalog(status = 400)]
mod kinds {
    catalog! {
        "K.0001" each(i: i64, u: u64, f: f64, b: bool, c: char, t: error_catalog::Text, d: super::Celsius)
            message: "i={0} u={1} f={2} b={3} c={4} t={5} d={6}.";
        "K.0002" plain message: "Plain text, {{braces}} kept.";
    }
}

/// A parameter type of the user's: it renders through its own `Display`.
#[derive(Debug, Clone, PartialEq)]
pub struct Celsius(f64);

impl std::fmt::Display for Celsius {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

impl error_catalog::Arg for Celsius {}

#[test]
fn arguments_render_as_write_renders_them_whatever_the_outer_flags() {
    let e = kinds::K::each(
        -12,
        u64::MAX,
        2.5,
        true,
        'é',
        Text::from("x"),
        Celsius(21.0),
    );
    let expected = format!(
        "i={} u={} f={} b={} c={} t={} d={}.",
        -12,
        u64::MAX,
        2.5,
        true,
        'é',
        "x",
        "21.0°C"
    );
    assert_eq!(e.to_string(), expected);
    // As with a hand-written `write!(f, "…{}…", x)`: width, fill, precision and sign of the
    // outer formatter reach neither the text nor the arguments.
    for rendered in [
        format!("{e:>90}"),
        format!("{e:*<90.3}"),
        format!("{e:+}"),
        format!("{e:08}"),
    ] {
        assert_eq!(rendered, expected);
    }
    let plain = kinds::K::plain();
    assert_eq!(format!("{plain:>40}"), "Plain text, {braces} kept.");
}
