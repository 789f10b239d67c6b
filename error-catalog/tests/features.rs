//! Generated code against whichever runtime features are on: `cargo test -p error-catalog
//! --no-default-features` checks that a catalog compiles and decodes with none of them (the
//! integration hooks expand to nothing), `--all-features` with all of them.

use error_catalog::{error_catalog, CatalogError, Reason, WithSource};

#[error_catalog(docs_url = "https://example.invalid/errors/")]
mod iot {
    catalog! {
        503 "DEV.0001" offline(device, minutes: u16)
            message: "Device {0} has been offline for {minutes} minutes.";
    }
}

#[test]
fn decodes_and_carries_causes_with_any_feature_set() {
    let error = iot::Dev::offline("pump-3", 12);
    let back = iot::Error::decode("DEV.0001", &error.to_string()).unwrap();
    assert_eq!(back, error.clone().into());
    let miss = iot::Error::decode("DEV.0001", "Device pump-3 is fine.").unwrap_err();
    assert_eq!(miss.reason(), &Reason::Mismatch);

    let caused: WithSource<iot::Error> = error.with_source("radio link lost").convert();
    assert_eq!(
        caused.to_string(),
        "Device pump-3 has been offline for 12 minutes."
    );
    assert_eq!(caused.cause().unwrap().to_string(), "radio link lost");
    assert_eq!(
        iot::CATALOG.docs_url(),
        Some("https://example.invalid/errors/")
    );
}

#[cfg(feature = "json")]
#[test]
fn serializes_when_json_is_on() {
    let body = serde_json::to_string(&iot::Dev::offline("p", 1)).unwrap();
    assert_eq!(
        body,
        r#"{"error_code":"DEV.0001","error_msg":"Device p has been offline for 1 minutes."}"#
    );
}
