//! Codes of every shape, how they become groups, shared codes, and catalogs without the
//! usual columns.

use error_catalog::{error_catalog, CatalogError};

#[error_catalog(status = none, group = Db)]
mod sqlstate {
    catalog! {
        /// SQLSTATE classes have no HTTP mapping.
        "23505" unique_violation message: "duplicate key value violates unique constraint";
        "40P01" deadlock_detected message: "deadlock detected";
        "1100" Legacy::old_code message: "old error";
        503 "HA.0001" standby message: "the server is a read-only standby";
    }
}

#[error_catalog(group = General)]
mod shapes {
    catalog! {
        400 "SVC.MOD-SUB.4000003" bad_input message: "Bad input.";
        401 "AuthFailure.SignatureFailure" signature message: "Signature mismatch.";
        401 "AuthFailure.TokenFailure" token message: "Token invalid.";
        404 "ContainerNotFound" container_not_found message: "The specified container does not exist.";
        200 "DryRunOperation" dry_run message: "Would have succeeded.";
        299 "A.B.C.D" odd_status message: "Non-standard status.";
        599 "GATEWAY.1" network_timeout message: "Network connect timeout.";
        102 "GATEWAY.2" processing message: "Processing.";
        group Ext { prefix: "x-ext" }
        418 "x-ext.1" teapot message: "I'm a teapot.";
    }
}

#[error_catalog]
mod shared {
    catalog! {
        /// The vendor uses one code for two causes.
        #[shared_code]
        400 "InvalidParameter" Param::missing message: "Parameter {0} is missing.";
        #[shared_code]
        422 "InvalidParameter" Param::malformed
            message: "Parameter {0} is malformed.",
            description: "The value of {0} does not match its pattern.";
        404 "OTHER.1" unrelated message: "Other.";
    }
}

#[test]
fn status_less_catalogs_have_no_status() {
    let error = sqlstate::Db::unique_violation();
    assert_eq!(error.status(), None);
    assert_eq!(error.code(), "23505");
    assert_eq!(sqlstate::CATALOG.get("40P01").unwrap().status(), None);
    assert_eq!(sqlstate::CATALOG.get("1100").unwrap().group(), "Legacy");
    // A row may still give a status.
    assert_eq!(sqlstate::Ha::standby().status().unwrap().as_u16(), 503);
    // Missing columns: the description is the message, the solution is empty.
    let entry = sqlstate::CATALOG.get("23505").unwrap();
    assert_eq!(entry.description().source(), entry.message().source());
    assert_eq!(entry.solution(), "");
}

#[test]
fn groups_come_from_the_prefix_before_the_last_dot() {
    let group = |code: &str| shapes::CATALOG.get(code).unwrap().group();
    assert_eq!(group("SVC.MOD-SUB.4000003"), "SvcModSub");
    assert_eq!(group("AuthFailure.SignatureFailure"), "AuthFailure");
    assert_eq!(group("ContainerNotFound"), "General");
    assert_eq!(group("A.B.C.D"), "ABC");
    assert_eq!(group("x-ext.1"), "Ext");
    let error: shapes::Error = shapes::AuthFailure::signature().into();
    assert_eq!(error.code(), "AuthFailure.SignatureFailure");
    assert_eq!(
        shapes::General::container_not_found().code(),
        "ContainerNotFound"
    );
}

#[test]
fn any_status_inside_http_range() {
    let status = |code: &str| {
        shapes::CATALOG
            .get(code)
            .unwrap()
            .status()
            .unwrap()
            .as_u16()
    };
    assert_eq!(status("DryRunOperation"), 200);
    assert_eq!(status("A.B.C.D"), 299);
    assert_eq!(status("GATEWAY.1"), 599);
    assert_eq!(status("GATEWAY.2"), 102);
}

#[test]
fn shared_codes_return_every_row() {
    let all: Vec<_> = shared::CATALOG.get_all("InvalidParameter").collect();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].name(), "missing");
    assert_eq!(all[1].name(), "malformed");
    // `get` is the first row in table order.
    assert_eq!(
        shared::CATALOG.get("InvalidParameter").unwrap().name(),
        "missing"
    );
    let a = shared::Param::missing("id");
    let b = shared::Param::malformed("id");
    assert_eq!(a.code(), b.code());
    assert_eq!(a.status().unwrap().as_u16(), 400);
    assert_eq!(b.status().unwrap().as_u16(), 422);
    assert_eq!(
        b.description().to_string(),
        "The value of id does not match its pattern."
    );
    assert_eq!(shared::CATALOG.get_all("OTHER.1").count(), 1);
    assert_eq!(shared::CATALOG.get_all("NOPE").count(), 0);
}
