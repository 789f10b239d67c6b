//! Rows pasted exactly as vendors publish them (issue 14): no message, prose descriptions,
//! `{}` placeholders, placeholder names that are not identifiers, alternatives in braces. The
//! same rows inline and in a file, checked through Display, the exports and decode.

use error_catalog::{error_catalog, Catalog, CatalogError, Decode, Status};

#[error_catalog(group = Cloud)]
pub mod inline {
    catalog! {
        400 "InvalidAction" invalid_action
            message: "",
            description: "The action or operation requested is not valid. Verify that the action is typed correctly.";
        404 "NoSuchVersion" no_such_version message: "";
        404 "InstanceNotFound" instance_not_found
            message: "The instance {id} does not exist.",
            description: "No instance with the ID {ID} exists in this region; {Reason} is returned in the response.";
        500 "DiskAttachFailed" disk_attach_failed
            message: "Attaching disk {0} failed.",
            description: "The {fault cause} is given in {1}.";
        404 "KeyNotFound" key_not_found
            message: "Cannot find {} in {}.",
            description: "Lookups use `{}` for an empty filter.";
        400 "NameBadChars" name_bad_chars
            message: "Name '{}' holds characters outside [{}] or `{}`.";
        413 "MessageTooLarge" message_too_large
            message: "The message size {message size} exceeds the limit of {max size} bytes.",
            description: "Split messages larger than {max size} bytes.";
        400 "FieldBadType" field_bad_type message: "Field {field} must be of type {type}.";
        409 "BucketConflict" bucket_conflict
            message: "Cannot {create/update} bucket {bucket} while it is being deleted.";
        404/500 "RouteTableInUse" route_table_in_use
            message: "The route table {id} is in use or does not exist.";
        400/404/409 "SubnetConflict" subnet_conflict
            message: "Subnet {cidr} overlaps an existing subnet or was not found.";
    }
}

#[error_catalog(file = "tests/data/verbatim.tsv", group = Cloud)]
pub mod file {}

/// A SQLSTATE-style list published with code and description only (no message column).
#[error_catalog(file = "tests/data/no-message.csv", group = Db, status = none)]
pub mod no_message_column {}

/// The published cells, byte for byte: code, message, description (as in the TSV file).
fn published() -> Vec<[String; 3]> {
    let text = std::fs::read_to_string("tests/data/verbatim.tsv").unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            [cells[1], cells[3], cells[4]].map(String::from)
        })
        .collect()
}

fn both() -> [&'static Catalog; 2] {
    [&inline::CATALOG, &file::CATALOG]
}

#[test]
fn every_cell_comes_back_verbatim() {
    for catalog in both() {
        let rows = published();
        assert_eq!(catalog.iter().len(), rows.len());
        for [code, message, description] in rows {
            let entry = catalog.get(&code).unwrap();
            assert_eq!(entry.message().source(), message, "{code}");
            // A row without a description shows its message's text there, as before.
            let description = if description.is_empty() {
                &message
            } else {
                &description
            };
            assert_eq!(entry.description().source(), *description, "{code}");
        }
    }
}

#[test]
fn a_row_without_a_message_shows_its_description_else_its_code() {
    let error = inline::Cloud::invalid_action();
    let described = "The action or operation requested is not valid. Verify that the action is typed correctly.";
    assert_eq!(error.to_string(), described);
    assert_eq!(error.entry().message().source(), "");
    assert_eq!(
        inline::Cloud::no_such_version().to_string(),
        "NoSuchVersion"
    );
    assert_eq!(file::Cloud::no_such_version().to_string(), "NoSuchVersion");
    // Decode takes what Display (and the wire) sent.
    assert_eq!(
        inline::Error::decode("InvalidAction", described).unwrap(),
        error.into()
    );
    assert_eq!(
        file::Error::decode("NoSuchVersion", "NoSuchVersion").unwrap(),
        file::Cloud::no_such_version().into()
    );
    // The exports keep the cell empty, as published.
    let csv = inline::CATALOG.to_csv();
    let line = csv.lines().find(|l| l.contains("NoSuchVersion")).unwrap();
    assert!(line.contains(",,"), "{line}");
    let markdown = inline::CATALOG.to_markdown();
    let line = markdown
        .lines()
        .find(|l| l.contains("NoSuchVersion"))
        .unwrap();
    assert!(line.starts_with("| 404 | NoSuchVersion |  |"), "{line}");
    let db = no_message_column::Db::invalid_xml_content();
    assert_eq!(db.to_string(), "2200N");
    assert_eq!(
        no_message_column::Db::floating_point_exception().to_string(),
        "An arithmetic operation on floating-point values failed, e.g. {x}/0.0."
    );
}

#[test]
fn prose_descriptions_are_kept_as_written() {
    let error = inline::Cloud::instance_not_found("i-0abc");
    assert_eq!(error.to_string(), "The instance i-0abc does not exist.");
    assert_eq!(
        error.description().to_string(),
        "No instance with the ID {ID} exists in this region; {Reason} is returned in the response."
    );
    let error = file::Cloud::disk_attach_failed("vol-9");
    assert_eq!(
        error.description().to_string(),
        "The {fault cause} is given in {1}."
    );
    // A description that shows the message's placeholders is a template.
    let error = file::Cloud::message_too_large("9000000", 8_388_608);
    assert_eq!(
        error.description().to_string(),
        "Split messages larger than 8388608 bytes."
    );
}

#[test]
fn unnumbered_placeholders_take_positions() {
    let error = inline::Cloud::key_not_found("user:42", "sessions");
    assert_eq!(error.to_string(), "Cannot find user:42 in sessions.");
    assert_eq!(
        error.description().to_string(),
        "Lookups use `{}` for an empty filter."
    );
    let params = error.entry().params();
    assert_eq!(params.get(0).unwrap().name(), "arg0");
    assert_eq!(params.get(1).unwrap().name(), "arg1");
    let error = file::Cloud::name_bad_chars("a*b");
    assert_eq!(
        error.to_string(),
        "Name 'a*b' holds characters outside [{}] or `{}`."
    );
    for catalog_error in [
        inline::Error::from(inline::Cloud::key_not_found("k", "t")),
        inline::Cloud::name_bad_chars("x y").into(),
    ] {
        let back = inline::Error::decode(catalog_error.code(), &catalog_error.to_string());
        assert_eq!(back.unwrap(), catalog_error);
    }
}

#[test]
fn names_that_are_not_identifiers_get_derived_parameters() {
    let error = inline::Cloud::message_too_large(9_000_000, 8_388_608);
    assert_eq!(
        error.to_string(),
        "The message size 9000000 exceeds the limit of 8388608 bytes."
    );
    let params = error.entry().params();
    assert_eq!(params.get(0).unwrap().name(), "message_size");
    assert_eq!(params.get(1).unwrap().name(), "max_size");
    let error = file::Cloud::field_bad_type("age", "integer");
    assert_eq!(error.to_string(), "Field age must be of type integer.");
    assert_eq!(error.entry().params().get(1).unwrap().name(), "type");
    // A reworded message still decodes by the parameters' names.
    let back = inline::Error::decode_with_args(
        "MessageTooLarge",
        "Message too large.",
        &[("message_size", "9000000"), ("max_size", "8388608")],
    );
    assert_eq!(
        back.unwrap(),
        inline::Cloud::message_too_large(9_000_000, 8_388_608).into()
    );
}

#[test]
fn alternatives_in_braces_are_text() {
    let inline = inline::Cloud::bucket_conflict("logs");
    let file = file::Cloud::bucket_conflict("logs");
    for error in [&inline as &dyn CatalogError, &file] {
        assert_eq!(
            error.to_string(),
            "Cannot {create/update} bucket logs while it is being deleted."
        );
        assert_eq!(error.entry().params().len(), 1);
    }
    let back = file::Error::decode(
        "BucketConflict",
        "Cannot {create/update} bucket logs while it is being deleted.",
    );
    assert_eq!(back.unwrap(), file::Cloud::bucket_conflict("logs").into());
}

#[test]
fn several_statuses_keep_the_first_for_responses_and_list_all() {
    let codes = |entry: &error_catalog::Entry| -> Vec<u16> {
        entry.statuses().map(Status::as_u16).collect()
    };
    for catalog in both() {
        let entry = catalog.get("RouteTableInUse").unwrap();
        assert_eq!(entry.status().unwrap().as_u16(), 404);
        assert_eq!(codes(entry), [404, 500]);
        let entry = catalog.get("SubnetConflict").unwrap();
        assert_eq!(codes(entry), [400, 404, 409]);
        // One status: itself alone.
        assert_eq!(codes(catalog.get("KeyNotFound").unwrap()), [404]);
        // The exports show the cell as published.
        let markdown = catalog.to_markdown();
        assert!(
            markdown.contains("| 404/500 | RouteTableInUse |"),
            "{markdown}"
        );
        assert!(catalog.to_csv().contains("\r\n400/404/409,SubnetConflict,"));
    }
    let error = inline::Cloud::route_table_in_use("rtb-1");
    assert_eq!(error.status().unwrap().as_u16(), 404);
    assert_eq!(
        file::Cloud::subnet_conflict("10.0.0.0/16")
            .status()
            .unwrap()
            .as_u16(),
        400
    );
    assert!(no_message_column::CATALOG
        .iter()
        .all(|e| e.statuses().next().is_none()));
}

#[test]
fn the_wire_carries_the_fallback_and_the_primary_status() {
    use error_catalog::wire::Problem;
    let error = inline::Cloud::invalid_action();
    let body = serde_json::to_value(&error).unwrap();
    assert_eq!(body["error_code"], "InvalidAction");
    assert_eq!(
        body["error_msg"],
        "The action or operation requested is not valid. Verify that the action is typed correctly."
    );
    let back = inline::Error::from_json(&serde_json::to_vec(&error).unwrap()).unwrap();
    assert_eq!(back, error.into());
    let problem = serde_json::to_value(Problem::new(inline::Cloud::route_table_in_use("rtb-1")));
    let problem = problem.unwrap();
    assert_eq!(problem["status"], 404, "{problem}");
    assert_eq!(
        problem["detail"],
        "The route table rtb-1 is in use or does not exist."
    );
}

#[test]
fn the_json_export_lists_several_statuses_on_such_rows_only() {
    let rows: serde_json::Value = serde_json::from_str(&inline::CATALOG.to_json()).unwrap();
    let row = |code: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(row("RouteTableInUse")["status"], 404);
    assert_eq!(
        row("RouteTableInUse")["statuses"],
        serde_json::json!([404, 500])
    );
    assert_eq!(
        row("SubnetConflict")["statuses"],
        serde_json::json!([400, 404, 409])
    );
    assert!(row("KeyNotFound").get("statuses").is_none());
    assert_eq!(row("NoSuchVersion")["message"], "");
}
