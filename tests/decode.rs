//! Decoding on catalogs written for the matching rules: text arguments, repeated and named
//! placeholders, adjacent placeholders, typed parameters.

use error_catalog::{error_catalog, CatalogError, Decode, Reason, Text};

#[error_catalog(docs_url = "https://example.com/shop/errors#")]
mod shop {
    catalog! {
        409 "CART.0001" out_of_stock
            message: "Only {0} left of {1}.";
        400 "CART.0002" bad_coupon
            message: "Coupon {code} is not valid for {{VIP}} customers.";
        422 "ORDER.0001" too_large(max: u64, requested: u64)
            message: "Requested {requested}, the limit is {0}.";
        500 "ORDER.0002" mixed
            message: "{0} then {name} then {1} then {name} again";
        400 "ORDER.0003" glued
            message: "Batch {0}{1} failed.";
        400 "ORDER.0005" negative(delta: i32, ok: bool, grade: char)
            message: "Delta {0}, ok {1}, grade {2}";
    }
}

fn round_trip(error: shop::Error) {
    let message = error.to_string();
    let back = shop::Error::decode(error.code(), &message).unwrap();
    assert_eq!(back, error);
    assert_eq!(back.to_string(), message);
}

#[test]
fn text_arguments_come_back_as_text() {
    let error = shop::Error::decode("CART.0001", "Only 3 left of green apples.").unwrap();
    assert_eq!(error, shop::Cart::out_of_stock(3, "green apples").into());
    // Text equality is by rendering: the received "3" equals the number 3 sent.
    round_trip(shop::Cart::out_of_stock(3u8, "pears").into());
    round_trip(shop::Cart::bad_coupon("SPRING-24").into());
    // An argument holding the final literal still decodes: the last literal is anchored at
    // the end of the message.
    round_trip(shop::Cart::out_of_stock("1.5", "v1.2.").into());
}

#[test]
fn escaped_braces_and_named_placeholders() {
    let error =
        shop::Error::decode("CART.0002", "Coupon X1 is not valid for {VIP} customers.").unwrap();
    assert_eq!(error, shop::Cart::bad_coupon("X1").into());
    round_trip(shop::Order::too_large(10, 12).into());
    round_trip(shop::Order::negative(-4, true, 'B').into());
    assert_eq!(
        shop::Error::decode("ORDER.0005", "Delta 4, ok yes, grade B")
            .unwrap_err()
            .reason(),
        &Reason::BadArgument("ok")
    );
}

#[test]
fn repeated_placeholders_must_agree() {
    round_trip(shop::Order::mixed("a", "b", "n").into());
    let differs = shop::Error::decode("ORDER.0002", "a then n then b then m again");
    assert_eq!(differs.unwrap_err().reason(), &Reason::Mismatch);
}

#[test]
fn adjacent_placeholders_are_refused_not_guessed() {
    let error = shop::Order::glued("A", "7");
    assert_eq!(error.to_string(), "Batch A7 failed.");
    let refused = shop::Error::decode("ORDER.0003", "Batch A7 failed.").unwrap_err();
    assert_eq!(refused.reason(), &Reason::Ambiguous);
    assert_eq!(refused.message(), "Batch A7 failed.");
}

#[test]
fn group_enums_decode_only_their_rows() {
    let cart =
        <shop::Cart as Decode>::decode("CART.0002", "Coupon Z is not valid for {VIP} customers.");
    assert_eq!(cart.unwrap(), shop::Cart::bad_coupon(Text::from("Z")));
    let other = <shop::Cart as Decode>::decode("ORDER.0001", "Requested 2, the limit is 1.");
    assert_eq!(other.unwrap_err().reason(), &Reason::OtherType);
}

#[test]
fn docs_url_is_the_problem_type_prefix() {
    assert_eq!(
        shop::CATALOG.docs_url(),
        Some("https://example.com/shop/errors#")
    );
    let problem = serde_json::to_value(error_catalog::wire::Problem::new(
        shop::Cart::out_of_stock(1, "x"),
    ))
    .unwrap();
    assert_eq!(problem["type"], "https://example.com/shop/errors#CART.0001");
    assert_eq!(problem["title"], "Only {arg0} left of {arg1}.");
    assert_eq!(problem["args"], serde_json::json!({"arg0": 1, "arg1": "x"}));
}

#[error_catalog(status = 500)]
mod bare {
    catalog! {
        "E1" E1::plain message: "Plain.";
    }
}

#[test]
fn without_docs_url_the_problem_has_no_type() {
    assert_eq!(bare::CATALOG.docs_url(), None);
    let problem =
        serde_json::to_value(error_catalog::wire::Problem::new(bare::E1::plain())).unwrap();
    assert!(problem.get("type").is_none(), "{problem}");
    assert_eq!(problem["status"], 500);
}

// A renamed runtime path reaches the hooks too (`crate = …`).
use error_catalog as errs;

#[error_catalog(crate = crate::errs, status = 404)]
mod renamed {
    catalog! {
        "NF.0001" missing(id: u64) message: "No item {0}.";
    }
}

#[test]
fn a_renamed_runtime_path_works_for_decoding_and_serde() {
    let error = renamed::Error::decode("NF.0001", "No item 42.").unwrap();
    assert_eq!(error, renamed::Nf::missing(42).into());
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        r#"{"error_code":"NF.0001","error_msg":"No item 42."}"#
    );
}

/// A vendor that reuses one code for several causes: each row of the code is tried in table
/// order, and the first whose message and types fit wins.
#[error_catalog]
mod vendor {
    use error_catalog::Text;

    catalog! {
        #[shared_code]
        400 "PARAM.0001" missing(name: Text) message: "Parameter {0} is missing.";
        400 "PARAM.0002" other message: "Something else.";
        #[shared_code]
        400 "PARAM.0001" too_long(name: Text, max: u32) message: "Parameter {0} is longer than {1}.";
        #[shared_code]
        422 "PARAM.0001" out_of_range(value: i64) message: "Value {0} out of range.";
    }
}

#[test]
fn a_shared_code_decodes_to_the_row_whose_message_fits() {
    let first = vendor::Error::decode("PARAM.0001", "Parameter id is missing.").unwrap();
    assert_eq!(first, vendor::Param::missing(Text::from("id")).into());
    let second = vendor::Error::decode("PARAM.0001", "Parameter id is longer than 8.").unwrap();
    assert_eq!(second, vendor::Param::too_long(Text::from("id"), 8).into());
    let third = vendor::Error::decode("PARAM.0001", "Value -3 out of range.").unwrap();
    assert_eq!(third, vendor::Param::out_of_range(-3).into());
    assert_eq!(third.status().unwrap().as_u16(), 422);
    // The last row's reason is the one reported when no row fits.
    let none = vendor::Error::decode("PARAM.0001", "Value x out of range.").unwrap_err();
    assert_eq!(none.reason(), &Reason::BadArgument("value"));
    let none = vendor::Error::decode("PARAM.0001", "No such text.").unwrap_err();
    assert_eq!(none.reason(), &Reason::Mismatch);
}
