//! The catalog as JSON, through serde_json (feature `json`).
//!
//! The `Serialize` impls are on private views of the rows, not on `Entry` itself, so the
//! export's shape stays its own and does not fix how `Entry` serializes elsewhere.

use alloc::string::String;

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::catalog::Catalog;
use crate::entry::{Entry, Param};

impl Catalog {
    /// The catalog as a pretty-printed JSON array, one object per row in table order:
    /// `status` (a number, or `null` for a row without one), `code`, `message`,
    /// `description`, `solution` (the table's text verbatim, placeholders included) and
    /// `parameters` (`[{"name": "minutes", "type": "u32"}, …]`). Needs the `json` feature.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod shop {
    ///     catalog! {
    ///         409 "CART.0001" out_of_stock(left: u32)
    ///             message: "Only {0} left.",
    ///             solution: "Lower the quantity, or wait.";
    ///         404 "CART.0003" not_found message: "Cart *not* found.", solution: "Create a cart | retry.";
    ///     }
    /// }
    ///
    /// let rows: serde_json::Value = serde_json::from_str(&shop::CATALOG.to_json()).unwrap();
    /// assert_eq!(rows[0]["status"], 409);
    /// assert_eq!(rows[0]["message"], "Only {0} left.");
    /// assert_eq!(rows[0]["parameters"], serde_json::json!([{"name": "left", "type": "u32"}]));
    /// assert_eq!(rows[1]["description"], "Cart *not* found.");
    /// ```
    pub fn to_json(&self) -> String {
        self.to_json_in(self.source_locale())
    }

    /// [`Catalog::to_json`] with the texts in `locale` (`"zh-CN"`): each row's translation
    /// found along the tag's fallbacks, else the source's.
    pub fn to_json_in(&self, locale: &str) -> String {
        // Strings, numbers and string keys only: serializing this view cannot fail.
        serde_json::to_string_pretty(&Rows(self, locale)).unwrap_or_default()
    }
}

struct Rows<'a>(&'a Catalog, &'a str);
struct Row<'a>(&'a Entry, &'a str);
struct Params(crate::Params);
struct Retired {
    since: &'static str,
    note: &'static str,
}

impl Serialize for Retired {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut retired = serializer.serialize_struct("Retired", 2)?;
        retired.serialize_field("since", self.since)?;
        retired.serialize_field("note", self.note)?;
        retired.end()
    }
}
struct ParamView(Param);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for entry in self.0.iter() {
            seq.serialize_element(&Row(entry, self.1))?;
        }
        seq.end()
    }
}

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.0;
        let mut row = serializer.serialize_struct("Row", 6)?;
        row.serialize_field("status", &entry.status().map(|s| s.as_u16()))?;
        // `404/500`: `status` stays the primary one (a number, as for every row) and
        // `statuses` lists them all, only on such a row.
        if entry.statuses().nth(1).is_some() {
            let all: alloc::vec::Vec<u16> = entry.statuses().map(|s| s.as_u16()).collect();
            row.serialize_field("statuses", &all)?;
        }
        row.serialize_field("code", entry.code())?;
        let locale = self.1;
        row.serialize_field("message", entry.message_in(locale).source())?;
        row.serialize_field("description", entry.description_in(locale).source())?;
        row.serialize_field("solution", entry.solution_in(locale))?;
        row.serialize_field("parameters", &Params(entry.params()))?;
        // As the other exports: only a table that marks lifecycles changes the rows' shape.
        if entry.catalog().has_lifecycle() {
            lifecycle(entry, &mut row)?;
        }
        row.end()
    }
}

/// `since`, `deprecated` and `retired`, each where the row has it.
fn lifecycle<S: SerializeStruct>(entry: &Entry, row: &mut S) -> Result<(), S::Error> {
    if let Some(since) = entry.since() {
        row.serialize_field("since", since)?;
    }
    match entry.lifecycle() {
        crate::Lifecycle::Active => Ok(()),
        crate::Lifecycle::Deprecated { note } => row.serialize_field("deprecated", note),
        crate::Lifecycle::Retired { since, note } => {
            row.serialize_field("retired", &Retired { since, note })
        }
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for param in self.0 {
            seq.serialize_element(&ParamView(param))?;
        }
        seq.end()
    }
}

impl Serialize for ParamView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut param = serializer.serialize_struct("Param", 2)?;
        param.serialize_field("name", self.0.name())?;
        param.serialize_field("type", self.0.ty())?;
        param.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::fixture;
    use serde_json::{json, Value};

    #[test]
    fn rows_keep_their_text_types_and_missing_status() {
        let value: Value = serde_json::from_str(&fixture::CATALOG.to_json()).unwrap();
        assert_eq!(
            value[0],
            json!({
                "status": 400,
                "code": "LOGIN.0001",
                "message": "Locked for {0} minutes.",
                "description": "Locked for {0} minutes.",
                "solution": "Wait.",
                "parameters": [{"name": "minutes", "type": "u32"}],
            })
        );
        assert_eq!(value[1]["message"], fixture::NASTY);
        assert_eq!(value[2]["status"], Value::Null);
        assert_eq!(value.as_array().unwrap().len(), 3);
    }
}
