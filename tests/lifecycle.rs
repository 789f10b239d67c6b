//! A catalog as a versioned contract, at run time: `v1` is the release its lock file
//! (`tests/data/shop-v1.lock`, written by `ERROR_CATALOG_LOCK=update cargo build`) records;
//! `v2` is the next version, checked against that same lock: it rewords, deprecates, retires
//! and adds, and breaks nothing, so it compiles. A v1 client decodes what a v2 server sends.

#![allow(deprecated)]

use error_catalog::{CatalogError, ChangeKind, Decode, Lifecycle};

#[error_catalog::error_catalog(lock = "tests/data/shop-v1.lock")]
pub mod v1 {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
        404 "CART.0002" not_found message: "Cart not found.";
        410 "CART.0003" expired message: "The cart expired.";
        400 "CART.0004" too_many(max: u32, got: u32) message: "At most {max} items, got {got}.";
    }
}

#[error_catalog::error_catalog(lock = "tests/data/shop-v1.lock")]
pub mod v2 {
    catalog! {
        409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left in stock.";
        #[deprecated(note = "use CART.0005")]
        404 "CART.0002" not_found message: "Cart not found.";
        #[retired(since = "0.2.0", note = "carts no longer expire")]
        410 "CART.0003" expired message: "The cart expired.";
        400 "CART.0004" too_many(max: u32, got: u32) message: "At most {max} items, got {got}.";
        #[since = "0.2.0"]
        404 "CART.0005" gone(id: String) message: "Cart {id} not found.";
    }
}

#[test]
fn the_changelog_lists_every_allowed_change() {
    let changes: Vec<(&str, ChangeKind)> = v2::CATALOG
        .changes()
        .map(|c| (c.entry().code(), c.kind()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "CART.0001",
                ChangeKind::Reworded {
                    before: "Only {0} left."
                }
            ),
            ("CART.0002", ChangeKind::Deprecated),
            ("CART.0003", ChangeKind::Retired),
            ("CART.0005", ChangeKind::Added),
        ]
    );
    assert_eq!(
        v2::CATALOG.changes_markdown(),
        "## Error code changes\n\
         \n### Added\n\n- `CART.0005` (404): \"Cart {id} not found.\"\n\
         \n### Deprecated\n\n- `CART.0002` (404): use CART.0005\n\
         \n### Retired\n\n- `CART.0003` (410): retired in 0.2.0: carts no longer expire\n\
         \n### Reworded\n\n- `CART.0001` (409): \"Only {0} left.\" → \"Only {0} left in stock.\"\n"
    );
    // The lock describes v1 exactly: nothing changed.
    assert_eq!(v1::CATALOG.changes().count(), 0);
    assert_eq!(v1::CATALOG.changes_markdown(), "");
}

#[test]
fn entries_carry_their_lifecycle_and_release() {
    let get = |code| v2::CATALOG.get(code).unwrap();
    assert_eq!(get("CART.0001").lifecycle(), Lifecycle::Active);
    assert_eq!(get("CART.0001").since(), Some("0.1.0"), "from the lock");
    assert_eq!(
        get("CART.0002").lifecycle(),
        Lifecycle::Deprecated {
            note: "use CART.0005"
        }
    );
    assert_eq!(
        get("CART.0003").lifecycle(),
        Lifecycle::Retired {
            since: "0.2.0",
            note: "carts no longer expire"
        }
    );
    assert_eq!(get("CART.0005").since(), Some("0.2.0"), "its own #[since]");
    // The deprecated constructor still works (this file allows the warning).
    assert_eq!(v2::Cart::not_found().code(), "CART.0002");
}

#[test]
fn exports_show_the_lifecycle() {
    let md = v2::CATALOG.to_markdown();
    assert!(
        md.contains("| Solution | Lifecycle |\n|---|---|---|---|---|---|\n"),
        "{md}"
    );
    assert!(
        md.contains("| retired in 0.2.0: carts no longer expire (since 0.1.0) |"),
        "{md}"
    );
    let csv = v2::CATALOG.to_csv();
    assert!(
        csv.contains(",deprecated: use CART.0005 (since 0.1.0)\r\n"),
        "{csv}"
    );
    let html = v2::CATALOG.to_html();
    assert!(html.contains("<th scope=\"col\">Lifecycle</th>"), "{html}");
    let json: serde_json::Value = serde_json::from_str(&v2::CATALOG.to_json()).unwrap();
    assert_eq!(json[2]["retired"]["since"], "0.2.0");
    assert_eq!(json[1]["deprecated"], "use CART.0005");
    assert_eq!(json[4]["since"], "0.2.0");
    assert!(json[0].get("retired").is_none());
    let explained = v2::CATALOG.explain("CART.0003").to_string();
    assert!(
        explained.contains("Lifecycle    retired in 0.2.0: carts no longer expire"),
        "{explained}"
    );
}

#[test]
fn a_retired_code_still_decodes() {
    let old = v2::Error::decode("CART.0003", "The cart expired.").unwrap();
    assert_eq!(old, v2::Error::Cart(v2::Cart::Expired));
}

#[test]
fn a_v1_client_decodes_every_v2_body_of_a_code_it_knew() {
    // Everything a v2 server can still send (the retired code has no constructor).
    let sent: Vec<v2::Error> = vec![
        v2::Cart::out_of_stock(3).into(),
        v2::Cart::not_found().into(),
        v2::Cart::too_many(10, 12).into(),
    ];
    for error in &sent {
        let problem = serde_json::to_vec(&error_catalog::wire::Problem::new(error)).unwrap();
        let decoded =
            v1::Error::from_json(&problem).unwrap_or_else(|e| panic!("{}: {e:?}", error.code()));
        assert_eq!(decoded.code(), error.code());
        assert_eq!(decoded.args().count(), error.args().count());
        for ((name_a, a), (name_b, b)) in decoded.args().zip(error.args()) {
            assert_eq!((name_a, a.to_string()), (name_b, b.to_string()));
        }
    }
    // The reworded message alone (the vendor body has no arguments) cannot give them back,
    // and says so rather than guessing.
    let body = serde_json::to_vec(&sent[0]).unwrap();
    let undecoded = v1::Error::from_json(&body).unwrap_err();
    assert_eq!(undecoded.reason(), &error_catalog::Reason::Mismatch);
    // Unchanged rows decode from either shape.
    let body = serde_json::to_vec(&sent[2]).unwrap();
    assert_eq!(
        v1::Error::from_json(&body).unwrap(),
        v1::Error::from(v1::Cart::too_many(10, 12))
    );
}

#[test]
fn a_locked_catalog_keeps_the_vendor_page() {
    // v1 has releases from its lock only: no Lifecycle column, and the JSON rows keep their
    // six keys; `explain` and the entries still tell the release.
    assert!(!v1::CATALOG.has_lifecycle());
    assert!(v1::CATALOG
        .to_markdown()
        .contains("| Solution |\n|---|---|---|---|---|\n"));
    let json: serde_json::Value = serde_json::from_str(&v1::CATALOG.to_json()).unwrap();
    assert_eq!(json[0].as_object().unwrap().len(), 6);
    assert_eq!(v1::CATALOG.get("CART.0001").unwrap().since(), Some("0.1.0"));
    assert!(v1::CATALOG
        .explain("CART.0001")
        .to_string()
        .contains("Lifecycle    since 0.1.0\n"));
}
