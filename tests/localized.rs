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
        locale "pt-BR" file "tests/data/shop.pt-BR.tsv";
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
    assert_eq!(locales, ["en", "zh-CN", "zh-Hant", "pt-BR", "ar"]);
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

#[test]
fn translations_from_a_file() {
    let e = shop::Cart::out_of_stock(2, "chá");
    assert_eq!(e.message_in("pt-BR").to_string(), "Restam apenas 2 de chá.");
    assert_eq!(
        e.message_in("pt").to_string(),
        "Only 2 of chá left.",
        "no `pt` translation"
    );
    assert_eq!(e.solution_in("pt-BR"), "Peça menos.");
    // An empty cell is a column the translation does not give: the source's.
    let e = shop::Cart::too_many(3, 4);
    assert_eq!(
        e.message_in("pt-BR").to_string(),
        "No máximo 3 itens; recebidos 4."
    );
    assert_eq!(e.solution_in("pt-BR"), "");
    assert_eq!(
        e.description_in("pt-BR").to_string(),
        "At most 3 items, got 4."
    );
}

#[test]
fn exports_and_coverage_per_locale() {
    let md = shop::CATALOG.to_markdown_in("zh-CN");
    assert!(
        md.contains(
            "| 409 | CART.0001 | {item} 仅剩 {0} 件。 | 库存仅剩 {0} 件。 | 请减少数量。 |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| 400 | CART.0003 | At most {max} items, got {got}. |"),
        "{md}"
    );
    let html = shop::CATALOG.to_html_in("ar");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{html:.80}"
    );
    assert!(html.contains("<tr id=\"CART.0003\">"));
    let json: serde_json::Value = serde_json::from_str(&shop::CATALOG.to_json_in("zh-CN")).unwrap();
    assert_eq!(json[1]["message"], "未找到购物车。");
    let csv = shop::CATALOG.to_csv_in("pt-BR");
    assert!(
        csv.contains("409,CART.0001,Restam apenas {0} de {item}.,"),
        "{csv}"
    );
    let explained = shop::CATALOG.explain_in("CART.0002", "zh-Hant").to_string();
    assert!(
        explained.contains("Message      找不到購物車。"),
        "{explained}"
    );
    let coverage = shop::CATALOG.coverage_markdown();
    assert!(
        coverage.contains(
            "| `zh-CN` | 2 / 3 | 1 / 3 | 1 / 1 |\n| `zh-Hant` | 1 / 3 | 0 / 3 | 0 / 1 |\n"
        ),
        "{coverage}"
    );
    assert!(
        coverage.contains("## `ar`: 2 message(s) not translated\n\n- `CART.0001`\n- `CART.0002`\n"),
        "{coverage}"
    );
}
