//! One catalog per placeholder dialect, plus per-row overrides: the same parameters, checks
//! and rendering whatever the notation, and the source kept verbatim.

use error_catalog::{error_catalog, CatalogError, Piece};

#[error_catalog(dialect = "printf")]
mod c_service {
    catalog! {
        404 "USER.0001" not_found message: "User %s not found in %s.";
        429 "USER.0002" throttled(retry_after: u32) message: "Slow down: retry in %d s (100%% busy).";
        409 "USER.0003" swapped message: "%2$s comes before %1$s.";
        400 "USER.0004" long_int message: "Offset %ld is past %zu.";
        /// The vendor's text has `{}` that means nothing: braces are text in this dialect.
        400 "USER.0005" braces message: "Body {} is empty.";
        #[dialect = "default"]
        400 "USER.0006" mixed_catalog message: "Field {field} is required.";
    }
}

#[error_catalog(dialect = "python")]
mod py_service {
    catalog! {
        404 "PY.0001" missing message: "No such bucket: %(bucket)s (region %(region)s).";
        400 "PY.0002" in_order message: "%s then %s";
        400 "PY.0003" percent message: "Quota at 100%%, %(name)s.";
        /// A keyword as a placeholder name becomes a raw identifier.
        400 "PY.0004" keyword message: "Unknown type %(type)s.";
        400 "PY.0005" declared(r#type) message: "Unknown type %(type)s.";
    }
}

#[error_catalog(dialect = "shell")]
mod sh_service {
    catalog! {
        404 "SH.0001" missing message: "Path ${path} not found for $user.";
        402 "SH.0002" pay message: "Costs US$ 5 or $$5 in ${currency}.";
    }
}

#[error_catalog(dialect = "java")]
mod java_service {
    catalog! {
        400 "JAVA.0001" too_many message: "Found {0,number,integer} files in ''{1}''.";
        400 "JAVA.0002" quoted message: "Use '{'name'}' or {0}.";
        // MessageFormat reads an unmatched `'` as quoting the rest: no argument here.
        400 "JAVA.0003" apostrophe message: "It's {0}.";
        400 "JAVA.0004" dated(when: u64) message: "Expired on {0,date,short}.";
    }
}

mod literal_rows {
    use error_catalog::error_catalog;

    #[error_catalog]
    pub mod svc {
        catalog! {
            #[dialect = "literal"]
            400 "JSON.0001" empty_object message: "Expected {} or {\"id\": 1}, got %s and ${x}.";
            400 "JSON.0002" normal message: "Field {0} is required.";
        }
    }
}

#[test]
fn printf_conversions_take_arguments_in_order() {
    let error = c_service::User::not_found("ann", "eu-1");
    assert_eq!(error.to_string(), "User ann not found in eu-1.");
    assert_eq!(error.entry().message().source(), "User %s not found in %s.");
    let c_service::User::NotFound { arg0, arg1 } = &error else {
        panic!("{error:?}")
    };
    assert_eq!((arg0.as_str(), arg1.as_str()), (Some("ann"), Some("eu-1")));
    assert_eq!(
        c_service::User::throttled(30).to_string(),
        "Slow down: retry in 30 s (100% busy)."
    );
    assert_eq!(
        c_service::User::swapped("a", "b").to_string(),
        "b comes before a."
    );
    assert_eq!(
        c_service::User::long_int(7, 5).to_string(),
        "Offset 7 is past 5."
    );
    assert_eq!(c_service::User::braces().to_string(), "Body {} is empty.");
    assert_eq!(
        c_service::User::mixed_catalog("email").to_string(),
        "Field email is required."
    );
    let pieces = c_service::User::swapped("a", "b")
        .entry()
        .message()
        .pieces();
    assert_eq!(
        pieces.iter().collect::<Vec<_>>(),
        [
            Piece::Arg(1),
            Piece::Lit(" comes before "),
            Piece::Arg(0),
            Piece::Lit(".")
        ]
    );
}

#[test]
fn python_names_and_order() {
    let error = py_service::Py::missing("logs", "us-east");
    assert_eq!(error.to_string(), "No such bucket: logs (region us-east).");
    let names: Vec<&str> = error.entry().params().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["bucket", "region"]);
    assert_eq!(py_service::Py::in_order(1, 2).to_string(), "1 then 2");
    assert_eq!(
        py_service::Py::percent("ann").to_string(),
        "Quota at 100%, ann."
    );
    let keyword = py_service::Py::keyword("blob");
    assert_eq!(keyword.to_string(), "Unknown type blob.");
    assert_eq!(keyword.entry().params().get(0).unwrap().name(), "type");
    let py_service::Py::Keyword { r#type } = &keyword else {
        panic!("{keyword:?}")
    };
    assert_eq!(r#type.as_str(), Some("blob"));
    assert_eq!(py_service::Py::declared("x").to_string(), "Unknown type x.");
    assert_eq!(
        py_service::Py::percent("ann").entry().message().source(),
        "Quota at 100%%, %(name)s."
    );
}

#[test]
fn shell_variables() {
    assert_eq!(
        sh_service::Sh::missing("/tmp", "ann").to_string(),
        "Path /tmp not found for ann."
    );
    assert_eq!(
        sh_service::Sh::pay("EUR").to_string(),
        "Costs US$ 5 or $5 in EUR."
    );
}

#[test]
fn java_message_format() {
    assert_eq!(
        java_service::Java::too_many(3, "src").to_string(),
        "Found 3 files in 'src'."
    );
    assert_eq!(
        java_service::Java::quoted("x").to_string(),
        "Use {name} or x."
    );
    assert_eq!(java_service::Java::apostrophe().to_string(), "Its {0}.");
    assert!(java_service::Java::apostrophe().entry().params().is_empty());
    assert_eq!(java_service::Java::dated(20).to_string(), "Expired on 20.");
    assert_eq!(
        java_service::Java::dated(20).entry().message().source(),
        "Expired on {0,date,short}."
    );
}

#[test]
fn literal_rows_keep_every_brace() {
    use literal_rows::svc;
    let error = svc::Json::empty_object();
    assert_eq!(
        error.to_string(),
        "Expected {} or {\"id\": 1}, got %s and ${x}."
    );
    assert!(error.entry().message().is_literal());
    assert_eq!(svc::Json::normal("id").to_string(), "Field id is required.");
}
