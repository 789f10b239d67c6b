//! Catalogs kept in files: each module below loads `tests/data/*` and is checked against the
//! file's own text, so a cell that does not come back verbatim fails.

use error_catalog::{error_catalog, CatalogError};

/// PostgreSQL-style SQLSTATE list: CSV with quoted fields, no status column, printf messages.
#[error_catalog(file = "tests/data/sqlstate.csv", status = none, dialect = "printf", group = Db)]
pub mod sqlstate {}

/// A CJK catalog as a TSV export, with some cells empty.
#[error_catalog(file = "tests/data/cjk.tsv")]
pub mod cjk {}

/// A cloud-API catalog: `AuthFailure.SignatureFailure` codes, a group column, a shared code,
/// no description column, and an inline table that documents one of the file's groups.
#[error_catalog(file = "tests/data/cloud-api.tsv", dialect = "printf")]
pub mod cloud {
    catalog! {
        /// Codes the vendor files under no prefix.
        group Common {}
    }
}

#[test]
fn csv_rows_with_quotes_and_line_breaks() {
    let error = sqlstate::Db::unique_violation("users_pkey");
    assert_eq!(
        error.to_string(),
        "duplicate key value violates unique constraint \"users_pkey\""
    );
    assert_eq!(error.status(), None);
    assert_eq!(
        error.description().to_string(),
        "A row with the same key already exists, so the insert or update was refused."
    );
    let deadlock = sqlstate::CATALOG.get("40P01").unwrap();
    assert_eq!(
        deadlock.description().source(),
        "Two transactions wait for each other;\none of them was rolled back."
    );
    assert_eq!(
        sqlstate::Schema::undefined_table("t").to_string(),
        "relation \"t\" does not exist"
    );
    assert_eq!(
        sqlstate::Db::query_canceled().to_string(),
        "canceling statement due to statement timeout (100% of the budget used)"
    );
    assert_eq!(sqlstate::CATALOG.len(), 7);
    // No description cell: the description is the message.
    let fk = sqlstate::CATALOG.get("23503").unwrap();
    assert_eq!(fk.description().source(), fk.message().source());
}

#[test]
fn tsv_rows_are_verbatim() {
    let text = include_str!("../data/cjk.tsv");
    let mut lines = text.lines();
    lines.next();
    for (line, entry) in lines.zip(cjk::CATALOG.iter()) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(entry.status().unwrap().as_u16().to_string(), cells[0]);
        assert_eq!(entry.code(), cells[1]);
        assert_eq!(entry.name(), cells[2]);
        assert_eq!(entry.message().source(), cells[3]);
        let description = if cells[4].is_empty() {
            cells[3]
        } else {
            cells[4]
        };
        assert_eq!(entry.description().source(), description);
        assert_eq!(entry.solution(), cells[5]);
    }
    assert_eq!(cjk::CATALOG.len(), 4);
    assert_eq!(
        cjk::账户::locked(10).to_string(),
        "账户已锁定，请于10分钟后重试！"
    );
    assert_eq!(
        cjk::认证::forbidden("/账单").description().to_string(),
        "当前用户无权访问「/账单」。"
    );
    assert_eq!(
        cjk::認証::conflict("太郎").to_string(),
        "ユーザー名「太郎」は既に使用されています。"
    );
}

#[test]
fn cloud_api_codes_groups_and_shared_codes() {
    let error = cloud::AuthFailure::signature_failure("(bad hmac)");
    assert_eq!(
        error.to_string(),
        "The request signature does not conform to specifications. (bad hmac)"
    );
    assert_eq!(error.code(), "AuthFailure.SignatureFailure");
    assert_eq!(error.status().unwrap().as_u16(), 401);
    let shared: Vec<_> = cloud::CATALOG.get_all("InvalidParameterValue").collect();
    assert_eq!(shared.len(), 2);
    assert_eq!(shared[1].status().unwrap().as_u16(), 422);
    assert_eq!(
        cloud::Common::invalid_parameter_format("id", "[a-z]+").to_string(),
        "Parameter id must match the pattern [a-z]+."
    );
    assert_eq!(
        cloud::Common::dry_run_operation()
            .status()
            .unwrap()
            .as_u16(),
        200
    );
    assert_eq!(
        cloud::SvcModSub::upstream_timeout(3000u32).to_string(),
        "Upstream gateway timed out after 3000 ms."
    );
    assert_eq!(
        cloud::CATALOG
            .get("ResourceNotFound.InstanceNotExist")
            .unwrap()
            .group(),
        "ResourceNotFound"
    );
    let error: cloud::Error = cloud::Common::dry_run_operation().into();
    assert_eq!(error.code(), "DryRunOperation");
}
