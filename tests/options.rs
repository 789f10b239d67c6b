//! Attribute options as rustc sees their expansion: `derive(Debug, …)` is accepted (every
//! enum implements `Debug` already, so deriving it again would be E0119), and a raw
//! identifier names the error enum.

use std::collections::HashSet;

use error_catalog::error_catalog;

#[error_catalog(error = r#Failure, derive(Debug, Clone, PartialEq, Eq, Hash))]
pub mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
        400 "ORG.0002" locked(minutes: u32) message: "Locked for {minutes} minutes.";
    }
}

#[test]
fn debug_among_the_derives_is_the_one_every_enum_has() {
    let error = errors::Org::locked(5);
    assert_eq!(format!("{error:?}"), "Locked { minutes: 5 }");
    let module: errors::Failure = error.clone().into();
    assert_eq!(format!("{module:?}"), "Org(Locked { minutes: 5 })");
    let set: HashSet<errors::Org> = [error, errors::Org::not_found()].into_iter().collect();
    assert_eq!(set.len(), 2);
}
