//! Localized catalogs at run time: translations inline and from a file, the fallback along a
//! tag, a right-to-left language, placeholders reordered by a translation, decoding a message
//! in any shipped language.

use error_catalog::{error_catalog, CatalogError};

#[error_catalog]
pub mod shop {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32, item)
            message: "Only {0} of {item} left.",
            description: "The store has {0} left.",
            solution: "Order fewer.";
        404 "CART.0002" not_found message: "Cart not found.";
        400 "CART.0003" too_many(max: u32, got: u32) message: "At most {max} items, got {got}.";

        locale "zh-CN" {
            // Chinese puts the item first: the placeholders change order.
            "CART.0001" message: "{item} 仅剩 {0} 件。", description: "库存仅剩 {0} 件。", solution: "请减少数量。";
            "CART.0002" message: "未找到购物车。";
        }
        locale "zh-Hant" {
            "CART.0002" message: "找不到購物車。";
        }
        // Right to left; positions instead of names, and printf's notation.
        #[dialect = "printf"]
        locale "ar" {
            "CART.0003" message: "الحد الأقصى %1$s عنصر، وصل %2$s.";
        }
    }
}

#[test]
fn locales_are_listed_source_first() {
    assert_eq!(shop::CATALOG.source_locale(), "en");
    let locales: Vec<&str> = shop::CATALOG.locales().collect();
    assert_eq!(locales, ["en", "zh-CN", "zh-Hant", "ar"]);
}

#[test]
fn messages_render_in_each_language_with_the_same_arguments() {
    let e = shop::Cart::out_of_stock(3, "tea");
    assert_eq!(e.to_string(), "Only 3 of tea left.");
    assert_eq!(e.message_in("zh-CN").to_string(), "tea 仅剩 3 件。");
    assert_eq!(e.description_in("zh-CN").to_string(), "库存仅剩 3 件。");
    assert_eq!(e.solution_in("zh-CN"), "请减少数量。");
    // No French: the source's text.
    assert_eq!(e.message_in("fr").to_string(), "Only 3 of tea left.");
    let e = shop::Cart::too_many(5, 7);
    assert_eq!(e.message_in("ar").to_string(), "الحد الأقصى 5 عنصر، وصل 7.");
    assert_eq!(
        e.message_in("ar-EG").to_string(),
        "الحد الأقصى 5 عنصر، وصل 7."
    );
    // A row the locale does not translate falls back to the source.
    assert_eq!(e.message_in("zh-CN").to_string(), "At most 5 items, got 7.");
}

#[test]
fn fallback_follows_the_tag() {
    let e = shop::Cart::not_found();
    assert_eq!(e.message_in("zh-Hant-TW").to_string(), "找不到購物車。");
    assert_eq!(e.message_in("zh-CN").to_string(), "未找到购物车。");
    assert_eq!(e.message_in("ZH-cn").to_string(), "未找到购物车。");
    assert_eq!(shop::CATALOG.resolve_locale("zh-Hant-TW"), "zh-Hant");
    assert_eq!(shop::CATALOG.resolve_locale("zh-CN-x-test"), "zh-CN");
    assert_eq!(shop::CATALOG.resolve_locale("de-CH"), "en");
}

#[test]
fn a_message_in_any_shipped_language_decodes_to_the_same_error() {
    let e = shop::Cart::out_of_stock(3, "tea");
    for locale in ["en", "zh-CN"] {
        let text = e.message_in(locale).to_string();
        let decoded = shop::Error::decode("CART.0001", &text).unwrap();
        assert_eq!(decoded, shop::Error::from(e.clone()), "{locale}: {text}");
    }
    let e = shop::Cart::too_many(5, 7);
    let decoded = shop::Error::decode("CART.0003", &e.message_in("ar").to_string()).unwrap();
    assert_eq!(decoded, shop::Error::from(e));
    assert!(shop::Error::decode("CART.0001", "tea 仅剩 x 件。").is_err());
}
