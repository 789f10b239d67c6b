use error_catalog::error_catalog;

#[error_catalog]
mod errors {
    catalog! {
        400 "ORG.0001" not_found message: "Organization does not exist.";
        700 "ORG.0002" parent_not_found message: "Parent organization does not exist.";
        400 "ORG.0003" CodeExists message: "Organization code already exists.";
        400 "ORG.0004" name_required mesage: "Organization name required.";
        400 "ORG.0005" locked(minutes: u32) message: "Locked for {0} minutes and {1} seconds.";
        400 "ORG.0001" same_as_parent message: "Organization and its parent must be different.";
        400 "ORG.0006" not_found message: "Organization was deleted.";
        400 "ORG.0007" invalid_code message: "Code {code:?} is invalid.";
        400 "ORG.0008" invalid_name message: "Name {0} is invalid" "extra";
        400 "ORG.0009" cannot_delete message: "Organizations cannot be deleted.";
    }
}

fn main() {}
