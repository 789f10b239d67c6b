//! `Serialize` for the wire shapes and argument values (feature `serde`).

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Body, ErrorBody, Problem};
use crate::decode::Undecoded;
use crate::error::{CatalogError, Rendered};
use crate::source::WithSource;
use crate::value::Value;

/// Numbers stay numbers, text stays text.
impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Str(s) => serializer.serialize_str(s),
            Value::Int(n) => serializer.serialize_i64(n),
            Value::UInt(n) => serializer.serialize_u64(n),
            Value::Float(n) => serializer.serialize_f64(n),
            Value::Bool(b) => serializer.serialize_bool(b),
            Value::Char(c) => serializer.serialize_char(c),
            Value::Display(d) => serializer.collect_str(d),
        }
    }
}

fn vendor_body<S: Serializer>(
    serializer: S,
    code: &str,
    message: &dyn core::fmt::Display,
    request_id: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(2 + usize::from(request_id.is_some())))?;
    map.serialize_entry("error_code", code)?;
    map.serialize_entry("error_msg", &Collect(message))?;
    if let Some(id) = request_id {
        map.serialize_entry("request_id", id)?;
    }
    map.end()
}

/// Serializes a `Display` as a string without allocating.
struct Collect<'a>(&'a dyn core::fmt::Display);

impl Serialize for Collect<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

impl<E: CatalogError> Serialize for Body<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.error.entry();
        let template = self
            .locale
            .map_or_else(|| entry.message(), |l| entry.message_in(l));
        let message = Rendered::new(template, &self.error);
        vendor_body(
            serializer,
            self.error.code(),
            &message,
            self.request_id.as_deref(),
        )
    }
}

impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        vendor_body(
            serializer,
            &self.code,
            &self.message,
            self.request_id.as_deref(),
        )
    }
}

/// The body it was received as: a proxy forwards what it could not decode unchanged.
impl Serialize for Undecoded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        vendor_body(serializer, self.code(), &self.message(), None)
    }
}

/// The inner error's body: the source is never serialized.
impl<E: CatalogError> Serialize for WithSource<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Body::new(self.error()).serialize(serializer)
    }
}

struct ArgsMap<'a, E>(&'a E);

impl<E: CatalogError> Serialize for ArgsMap<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.args())
    }
}

impl<E: CatalogError> Serialize for Problem<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = &self.error;
        let entry = error.entry();
        let docs = error.catalog().docs_url();
        let status = entry.status();
        let len = 4
            + usize::from(docs.is_some())
            + usize::from(status.is_some())
            + usize::from(self.request_id.is_some());
        let mut map = serializer.serialize_map(Some(len))?;
        if let Some(base) = docs {
            map.serialize_entry("type", &Collect(&TypeUrl(base, entry.code())))?;
        }
        let message = self
            .locale
            .map_or_else(|| entry.message(), |l| entry.message_in(l));
        map.serialize_entry("title", &Collect(&LocalTitle(entry, message)))?;
        if let Some(status) = status {
            map.serialize_entry("status", &status.as_u16())?;
        }
        map.serialize_entry("detail", &Collect(&Rendered::new(message, error)))?;
        map.serialize_entry("code", entry.code())?;
        map.serialize_entry("args", &ArgsMap(error))?;
        if let Some(id) = &self.request_id {
            map.serialize_entry("request_id", id)?;
        }
        map.end()
    }
}

/// What the generated `Serialize` impls call: the vendor body.
#[doc(hidden)]
pub fn serialize_error<E: CatalogError, S: Serializer>(
    error: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    Body::new(error).serialize(serializer)
}

/// `title` from the message in the body's language.
struct LocalTitle(&'static crate::Entry, crate::Template);

impl core::fmt::Display for LocalTitle {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        super::problem::named(f, self.1, self.0)
    }
}

/// `type`: the catalog's documentation URL followed by the code.
struct TypeUrl(&'static str, &'static str);

impl core::fmt::Display for TypeUrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0)?;
        f.write_str(self.1)
    }
}
