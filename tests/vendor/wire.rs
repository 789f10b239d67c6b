//! Exports and decoding of vendor catalogs: bodies carry the text verbatim, whatever the
//! placeholder dialect or script, and a received code and message come back as the typed
//! error, including the right row of a shared code.

use error_catalog::wire::Problem;
use error_catalog::{error_catalog, CatalogError, Decode};

#[error_catalog(dialect = "printf")]
pub mod cloud {
    catalog! {
        #[shared_code]
        400 "InvalidParameter" Param::missing(name) message: "Parameter %s is missing.";
        #[shared_code]
        422 "InvalidParameter" Param::malformed(name, pattern: u32)
            message: "Parameter %s does not match pattern #%d.";
        #[dialect = "shell"]
        404 "Bucket.NotFound" not_found message: "Bucket ${bucket} (${region}) not found; US$ 5 due.";
        #[dialect = "java"]
        409 "Bucket.Busy" busy message: "Bucket ''{0}'' is busy for {1,number} s.";
        400 "Bucket.Cjk" cjk message: "存储桶「%s」不存在，请检查名称！";
    }
}

#[error_catalog(status = none, group = Db)]
pub mod sqlstate {
    catalog! {
        "23505" unique_violation message: "duplicate key value violates unique constraint \"{0}\"";
    }
}

fn round_trip(error: cloud::Error) {
    let back = cloud::Error::decode(error.code(), &error.to_string()).unwrap();
    assert_eq!(back, error);
}

#[test]
fn every_dialect_decodes_back() {
    round_trip(cloud::Param::missing("id").into());
    round_trip(cloud::Param::malformed("id", 7).into());
    round_trip(cloud::Bucket::not_found("logs", "eu-1").into());
    round_trip(cloud::Bucket::busy("logs", 30).into());
    round_trip(cloud::Bucket::cjk("日志").into());
}

#[test]
fn a_shared_code_decodes_to_the_row_whose_message_matches() {
    let error = cloud::Error::decode(
        "InvalidParameter",
        "Parameter id does not match pattern #3.",
    )
    .unwrap();
    assert_eq!(error, cloud::Param::malformed("id", 3u32).into());
    assert_eq!(error.status().unwrap().as_u16(), 422);
    let error = cloud::Error::decode("InvalidParameter", "Parameter id is missing.").unwrap();
    assert_eq!(error.status().unwrap().as_u16(), 400);
}

#[test]
fn bodies_carry_non_ascii_text_verbatim() {
    let error = cloud::Bucket::cjk("日志");
    let body = serde_json::to_value(&error).unwrap();
    assert_eq!(body["error_code"], "Bucket.Cjk");
    assert_eq!(body["error_msg"], "存储桶「日志」不存在，请检查名称！");
    let json = serde_json::to_vec(&error).unwrap();
    let back = cloud::Error::from_json(&json).unwrap();
    assert_eq!(back, error.into());
}

#[test]
fn a_status_less_row_has_no_status_member() {
    let problem = serde_json::to_value(Problem::new(sqlstate::Db::unique_violation("pk"))).unwrap();
    assert!(problem.get("status").is_none(), "{problem}");
    assert_eq!(
        problem["detail"],
        "duplicate key value violates unique constraint \"pk\""
    );
    assert_eq!(problem["code"], "23505");
}
