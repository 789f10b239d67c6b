//! The lock file's workflow end to end, in process: a catalog at 1.0.0 is locked with the
//! documented command (`ERROR_CATALOG_LOCK=update`), evolves by every allowed change, passes
//! the check, and the refreshed lock records the new release; a breaking change or an update
//! in CI fails and leaves the file as it was.
//!
//! One test in this file: it sets process environment variables, as cargo does for the macro.

use std::path::Path;
use std::str::FromStr;

use proc_macro2::TokenStream;
use support::compile_errors as errors;

mod support;

fn expand(table: &str) -> TokenStream {
    let item = format!("pub mod shop {{ catalog! {{ {table} }} }}");
    error_catalog_codegen::expand(
        TokenStream::from_str("lock = \"errors.lock\"").unwrap(),
        TokenStream::from_str(&item).unwrap(),
    )
}

const V1: &str = r#"
    409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left.";
    404 "CART.0002" not_found message: "Cart not found.";
    410 "CART.0003" expired message: "The cart expired.";
    400 "CART.0004" too_many(max: u32, got: u32) message: "At most {max} items, got {got}.";
"#;

/// Every allowed change: a reworded message (same placeholders), a deprecated row, a
/// retired row, a new row with its own release.
const V2: &str = r#"
    409 "CART.0001" out_of_stock(count: u32) message: "Only {0} left in stock.";
    #[deprecated(note = "use CART.0005")]
    404 "CART.0002" not_found message: "Cart not found.";
    #[retired(since = "1.1.0", note = "carts no longer expire")]
    410 "CART.0003" expired message: "The cart expired.";
    400 "CART.0004" too_many(max: u32, got: u32) message: "At most {max} items, got {got}.";
    #[since = "1.1.0"]
    404 "CART.0005" gone(id: String) message: "Cart {id} not found.";
"#;

fn set_mode(update: bool, ci: bool) {
    // Edition 2021: `set_var` is safe; this binary runs one test, so no thread reads them.
    match update {
        true => std::env::set_var("ERROR_CATALOG_LOCK", "update"),
        false => std::env::remove_var("ERROR_CATALOG_LOCK"),
    }
    match ci {
        true => std::env::set_var("CI", "true"),
        false => std::env::remove_var("CI"),
    }
}

fn read(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("errors.lock")).unwrap()
}

#[test]
fn lock_then_evolve_then_refresh() {
    let dir = std::env::temp_dir().join(format!("error-catalog-lock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let _ = std::fs::remove_file(dir.join("errors.lock"));
    std::env::set_var("CARGO_MANIFEST_DIR", &dir);
    std::env::set_var("CARGO_PKG_VERSION", "1.0.0");

    // An ordinary build without the file: an error that says how to create it.
    set_mode(false, false);
    let e = errors(&expand(V1));
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].contains("ERROR_CATALOG_LOCK=update cargo build"),
        "{e:?}"
    );
    assert!(!dir.join("errors.lock").exists());

    // The documented command writes it.
    set_mode(true, false);
    assert!(errors(&expand(V1)).is_empty());
    let v1 = read(&dir);
    assert!(v1.contains("code \"CART.0004\"\n  status 400\n  group Cart\n  name too_many\n  params max: u32, got: u32\n  message \"At most {max} items, got {got}.\"\n  since \"1.0.0\"\n"), "{v1}");

    // v2 passes the check against v1's lock, and the expansion carries the changelog.
    set_mode(false, false);
    let out = expand(V2);
    assert!(errors(&out).is_empty(), "{:?}", errors(&out));
    let out = out.to_string();
    for change in [
        "(0 , :: error_catalog :: ChangeKind :: Reworded { before : \"Only {0} left.\" })",
        "(1 , :: error_catalog :: ChangeKind :: Deprecated)",
        "(2 , :: error_catalog :: ChangeKind :: Retired)",
        "(4 , :: error_catalog :: ChangeKind :: Added)",
    ] {
        assert!(out.contains(change), "{change} in {out}");
    }
    assert_eq!(read(&dir), v1, "an ordinary build never writes the lock");

    // In CI the command refuses, and the lock stays as it was.
    set_mode(true, true);
    let e = errors(&expand(V2));
    assert!(
        e.iter().any(|e| e.contains("never rewritten in CI")),
        "{e:?}"
    );
    assert_eq!(read(&dir), v1);

    // A breaking change is never written, even when asked.
    set_mode(true, false);
    let broken = V2.replace("404 \"CART.0002\"", "410 \"CART.0002\"");
    let e = errors(&expand(&broken));
    assert!(
        e.iter().any(|e| e.contains("status 410 differs from 404")),
        "{e:?}"
    );
    assert_eq!(read(&dir), v1);

    // The refresh: v2's rows, the new one at its own release, the old ones at theirs.
    std::env::set_var("CARGO_PKG_VERSION", "1.1.0");
    assert!(errors(&expand(V2)).is_empty());
    let v2 = read(&dir);
    assert!(
        v2.contains("message \"Only {0} left in stock.\"\n  since \"1.0.0\"\n"),
        "{v2}"
    );
    assert!(v2.contains("name not_found\n  params -\n  message \"Cart not found.\"\n  since \"1.0.0\"\n  deprecated \"use CART.0005\"\n"), "{v2}");
    assert!(
        v2.contains("since \"1.0.0\"\n  retired \"1.1.0\"\n  note \"carts no longer expire\"\n"),
        "{v2}"
    );
    assert!(v2.contains("code \"CART.0005\"\n  status 404\n  group Cart\n  name gone\n  params id: String\n  message \"Cart {id} not found.\"\n  since \"1.1.0\"\n"), "{v2}");

    // Against the refreshed lock nothing has changed, and the retired code stays reserved.
    set_mode(false, false);
    let out = expand(V2);
    assert!(errors(&out).is_empty());
    assert!(!out.to_string().contains("__with_changes"));
    let reused = V2.replace(
        "#[retired(since = \"1.1.0\", note = \"carts no longer expire\")]",
        "",
    );
    let e = errors(&expand(&reused));
    assert!(
        e.iter().any(|e| e.contains("was retired in 1.1.0")),
        "{e:?}"
    );
    let deleted = V2.replace(
        "410 \"CART.0003\" expired message: \"The cart expired.\";",
        "",
    );
    let e = errors(&expand(&deleted));
    assert!(
        e.iter()
            .any(|e| e.contains("was retired and is gone from the table")),
        "{e:?}"
    );

    std::fs::remove_dir_all(&dir).unwrap();
}
