// While one row is wrong, the rows that checked are still generated: the code below uses
// them (types, constructors, `?` into the module enum, the registry) and gets no error of
// its own; only the bad row's error shows.
use error_catalog::{error_catalog, CatalogError};

#[error_catalog]
mod errors {
    catalog! {
        400 "LOGIN.0001" locked(minutes: u32) message: "Locked for {minutes} minutes.";
        400 "LOGIN.0002" expired message: "Session expired {";
        404 "ORG.0001" not_found message: "Organization does not exist.";
    }
}

fn check(locked: bool) -> Result<(), errors::Error> {
    if locked {
        Err(errors::Login::locked(5))?;
    }
    Err(errors::Org::not_found())?
}

fn main() {
    let error = check(true).unwrap_err();
    assert_eq!(error.code(), "LOGIN.0001");
    assert_eq!(errors::CATALOG.len(), 2);
    let _: Option<&error_catalog::Entry> = errors::CATALOG.get("ORG.0001");
    let _ = format!("{error} {error:?}");
}
