// The body of `attribute-on-module-without-body.rs`'s `mod errors;`.
catalog! {
    400 "ORG.0001" not_found message: "Organization does not exist.";
}
