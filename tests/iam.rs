//! The IAM example's catalog against the vendor's page (a copy of its rows in
//! `tests/data/iam-error-codes.tsv`): every row, verbatim, in the vendor's order.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use error_catalog::CatalogError;
use example::iam;

struct SeedRow {
    status: u16,
    code: String,
    message: String,
    description: String,
    solution: String,
}

fn seed() -> Vec<SeedRow> {
    let text = include_str!("data/iam-error-codes.tsv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("status\tcode\tmessage\tdescription\tsolution")
    );
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 5, "{line}");
            SeedRow {
                status: cells[0].parse().unwrap(),
                code: cells[1].into(),
                message: cells[2].into(),
                description: cells[3].into(),
                solution: cells[4].into(),
            }
        })
        .collect()
}

#[test]
fn every_vendor_row_is_in_the_catalog_verbatim_and_in_order() {
    let seed = seed();
    assert_eq!(seed.len(), 75);
    assert_eq!(iam::CATALOG.len(), 75);
    for (row, entry) in seed.iter().zip(iam::CATALOG.entries()) {
        assert_eq!(entry.code(), row.code);
        assert_eq!(
            entry.status().map(|s| s.as_u16()),
            Some(row.status),
            "{}",
            row.code
        );
        assert_eq!(entry.message().source(), row.message, "{}", row.code);
        assert_eq!(
            entry.description().source(),
            row.description,
            "{}",
            row.code
        );
        assert_eq!(entry.solution(), row.solution, "{}", row.code);
    }
}

#[test]
fn rows_without_placeholders_display_their_message_verbatim() {
    for entry in iam::CATALOG.iter().filter(|e| e.params().is_empty()) {
        // The message is a single literal piece equal to the source text.
        assert!(entry.message().is_literal(), "{}", entry.code());
        let rendered: String = entry
            .message()
            .pieces()
            .iter()
            .map(|p| match p {
                error_catalog::Piece::Lit(text) => text,
                error_catalog::Piece::Arg(_) => unreachable!(),
            })
            .collect();
        assert_eq!(rendered, entry.message().source());
    }
}

#[test]
fn eleven_groups_from_the_code_prefixes() {
    let mut groups: Vec<&str> = iam::CATALOG.iter().map(|e| e.group()).collect();
    groups.dedup();
    assert_eq!(
        groups,
        [
            "App",
            "AppAccount",
            "AppOrg",
            "AppRole",
            "Captcha",
            "Com",
            "Login",
            "Mobile",
            "Org",
            "Page",
            "Param"
        ]
    );
}

#[test]
fn the_odd_row_keeps_its_code_as_message() {
    let error = iam::Param::social_id_required();
    assert_eq!(error.to_string(), "PARAM.0017");
    assert_eq!(
        error.description().to_string(),
        "The social ID cannot be empty."
    );
    assert_eq!(error.code(), "PARAM.0017");
}

#[test]
fn locked_renders_its_arguments_in_message_and_description() {
    let error = iam::Login::locked(5, 30);
    let expected = "User has been locked due to multiple login failures. It will be unlocked in 5 minutes and 30 seconds.";
    assert_eq!(error.to_string(), expected);
    assert_eq!(error.description().to_string(), expected);
    assert_eq!(error.code(), "LOGIN.0001");
    assert_eq!(error.status().unwrap().as_u16(), 400);
    assert_eq!(error.solution(), "Unlock and try again.");
    let args: Vec<String> = error
        .args()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    assert_eq!(args, ["minutes=5", "seconds=30"]);
    assert!(matches!(
        error,
        iam::Login::Locked {
            minutes: 5,
            seconds: 30
        }
    ));
}

#[test]
fn module_error_converts_from_every_group_and_delegates() {
    fn handler(attempts: u32) -> Result<(), iam::Error> {
        if attempts == 0 {
            Err(iam::Login::bad_credentials(0))?;
        }
        Err(iam::Captcha::token_expired().into())
    }
    let error = handler(0).unwrap_err();
    assert!(matches!(
        error,
        iam::Error::Login(iam::Login::BadCredentials {
            remaining_attempts: 0
        })
    ));
    assert_eq!(
        error.to_string(),
        "Invalid account name or password. Remaining attempts: 0"
    );
    assert_eq!(error.code(), "LOGIN.0002");
    let error = handler(1).unwrap_err();
    assert_eq!(error.code(), "CAPTCHA.0003");
    assert_eq!(error.entry().group(), "Captcha");
    assert_eq!(error.entry().name(), "token_expired");
    assert_eq!(error, iam::Error::from(iam::Captcha::token_expired()));
}

#[test]
fn registry_lookup_by_code() {
    let entry = iam::CATALOG.get("ORG.0017").unwrap();
    assert_eq!(
        entry.message().source(),
        "Organization and its parent must be different."
    );
    assert!(iam::CATALOG.get("ORG.0013").is_none());
    assert!(iam::CATALOG.get("org.0017").is_none(), "lookup is exact");
    assert!(iam::CATALOG.get("").is_none());
    assert_eq!(iam::CATALOG.get_all("LOGIN.0001").count(), 1);
    // Every row is found by its own code, at its own position.
    for (i, entry) in iam::CATALOG.iter().enumerate() {
        let found = iam::CATALOG.get(entry.code()).unwrap();
        assert_eq!(iam::CATALOG.position(found), Some(i));
    }
    assert_eq!(iam::CATALOG.name(), "iam");
}

#[test]
fn the_entry_of_a_value_is_its_row_in_the_registry() {
    let error = iam::AppOrg::invalid_name();
    let entry = error.entry();
    assert!(std::ptr::eq(
        entry,
        iam::CATALOG.get("APP_ORG.0012").unwrap()
    ));
    assert_eq!(entry.variant(), "InvalidName");
    assert!(std::ptr::eq(error.catalog(), &iam::CATALOG));
}

#[test]
fn works_as_the_source_of_a_thiserror_application_error() {
    #[derive(Debug, thiserror::Error)]
    enum AppError {
        #[error("identity service refused the request")]
        Iam(#[from] iam::Error),
        #[error("database unavailable")]
        Db,
    }
    fn call() -> Result<(), AppError> {
        Err(iam::Error::from(iam::Login::locked(1, 2)))?;
        Err(AppError::Db)
    }
    let error = call().unwrap_err();
    assert_eq!(error.to_string(), "identity service refused the request");
    let source = std::error::Error::source(&error).unwrap();
    assert_eq!(
        source.to_string(),
        "User has been locked due to multiple login failures. It will be unlocked in 1 minutes and 2 seconds."
    );
    assert!(source.downcast_ref::<iam::Error>().is_some());
    assert!(matches!(error, AppError::Iam(iam::Error::Login(_))));
}

#[test]
fn errors_are_send_sync_static() {
    fn assert_bounds<T: Send + Sync + 'static + std::error::Error>() {}
    assert_bounds::<iam::Error>();
    assert_bounds::<iam::Login>();
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(iam::Page::invalid_page_size());
    assert_eq!(boxed.to_string(), "Number of records per page is invalid.");
}

#[test]
fn lookup_by_code_finds_every_row_and_misses_others() {
    for (i, entry) in iam::CATALOG.iter().enumerate() {
        let found = iam::CATALOG.get(entry.code());
        let found = found.unwrap_or_else(|| panic!("{} not found", entry.code()));
        assert_eq!(iam::CATALOG.position(found), Some(i), "{}", entry.code());
        let owned = entry.code().to_string();
        assert!(
            iam::CATALOG.get(&owned[..owned.len() - 1]).is_none(),
            "{owned}"
        );
        assert!(iam::CATALOG.get(&format!("{owned}0")).is_none(), "{owned}");
        assert!(iam::CATALOG.get(&owned.to_lowercase()).is_none(), "{owned}");
    }
    assert!(iam::CATALOG.get("").is_none());
    assert!(iam::CATALOG.get("NOPE.0001").is_none());
}
