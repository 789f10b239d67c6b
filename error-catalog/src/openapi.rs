//! OpenAPI (feature `utoipa`): the wire shapes are utoipa schemas, and a catalog describes
//! its error responses.
//!
//! - [`Body`] (and the received [`ErrorBody`]) and [`Problem`] implement `ToSchema`
//!   (`ErrorBody`, `ProblemDetails`).
//! - Every generated enum implements `utoipa::IntoResponses`: one response per HTTP status
//!   its rows answer with (`default` for rows without one), described by the list of those
//!   rows' codes and descriptions, with an example body per code in both media types
//!   (`application/json`, the vendor body; `application/problem+json`). A group enum lists
//!   its own rows, the module's error enum all of them, so
//!   `#[utoipa::path(…, responses(iam::Login))]` documents exactly what a handler returning
//!   `iam::Login` can answer.
//! - [`Catalog::openapi`] is the whole catalog as one OpenAPI 3.1 document: the two schemas
//!   and one response per status under `components`.
//!
//! Examples are rendered with sample arguments: `1` for a number, `true`, `'x'`, and the
//! parameter's name for text; they serialize exactly as a server sends that error.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::schema::{AdditionalProperties, SchemaFormat};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, InfoBuilder, ObjectBuilder, OpenApi, OpenApiBuilder, Paths,
    RefOr, Response, ResponseBuilder, Schema, Type,
};
use utoipa::{PartialSchema, ToSchema};

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::error::CatalogError;
use crate::value::Value;
use crate::wire::{Body, ErrorBody, Problem, JSON, PROBLEM_JSON};

fn string(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
}

/// The vendor body's schema, for [`Body`] and [`ErrorBody`].
fn vendor_schema() -> RefOr<Schema> {
    ObjectBuilder::new()
        .description(Some("A catalog error as the vendor's body."))
        .property("error_code", string("The error code, verbatim."))
        .required("error_code")
        .property("error_msg", string("The rendered message."))
        .required("error_msg")
        .property(
            "request_id",
            string("The request's id, when the server sets one."),
        )
        .into()
}

impl<E> PartialSchema for Body<E> {
    fn schema() -> RefOr<Schema> {
        vendor_schema()
    }
}

impl<E> ToSchema for Body<E> {
    fn name() -> alloc::borrow::Cow<'static, str> {
        "ErrorBody".into()
    }
}

impl PartialSchema for ErrorBody {
    fn schema() -> RefOr<Schema> {
        vendor_schema()
    }
}

impl ToSchema for ErrorBody {
    fn name() -> alloc::borrow::Cow<'static, str> {
        "ErrorBody".into()
    }
}

impl<E> PartialSchema for Problem<E> {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .description(Some("A catalog error as RFC 9457 problem details."))
            .property(
                "type",
                string("The catalog's documentation URL followed by the code.")
                    .format(Some(SchemaFormat::Custom("uri".into()))),
            )
            .property(
                "title",
                string("The row's message template, placeholders written `{name}`."),
            )
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .description(Some("The row's HTTP status.")),
            )
            .property("detail", string("The rendered message."))
            .required("detail")
            .property("code", string("The error code, verbatim."))
            .required("code")
            .property(
                "args",
                ObjectBuilder::new()
                    .description(Some("The arguments by parameter name, with their types."))
                    .additional_properties(Some(AdditionalProperties::FreeForm(true))),
            )
            .required("args")
            .property(
                "request_id",
                string("The request's id, when the server sets one."),
            )
            .into()
    }
}

impl<E> ToSchema for Problem<E> {
    fn name() -> alloc::borrow::Cow<'static, str> {
        "ProblemDetails".into()
    }
}

/// A row with sample arguments, serialized by the same code as a real error.
struct Sample(&'static Entry);

impl CatalogError for Sample {
    fn entry(&self) -> &'static Entry {
        self.0
    }

    fn arg(&self, index: usize) -> Option<Value<'_>> {
        let param = self.0.params().get(index)?;
        Some(match param.ty() {
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => Value::UInt(1),
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => Value::Int(1),
            "f32" | "f64" => Value::Float(1.5),
            "bool" => Value::Bool(true),
            "char" => Value::Char('x'),
            _ => Value::Str(param.name()),
        })
    }
}

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.message().render(f, |i| self.arg(i))
    }
}

impl fmt::Debug for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Sample").field(&self.0.code()).finish()
    }
}

/// A row's description with each placeholder written `{name}`.
struct Described(&'static Entry);

impl fmt::Display for Described {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::wire::named(f, self.0.description(), self.0)
    }
}

/// The example of `entry` in one media type: the body, summarised by the code and described
/// by the row's description.
fn example(entry: &'static Entry, body: serde_json::Value) -> ExampleBuilder {
    let description = Described(entry).to_string();
    ExampleBuilder::new()
        .summary(entry.code())
        .description(description)
        .value(Some(body))
}

/// One status's response: its rows' codes, each with an example body in both media types.
fn response(entries: &[&'static Entry]) -> Response {
    let mut description = String::from("One of the catalog's errors:\n");
    let mut vendor = Vec::with_capacity(entries.len());
    let mut problem = Vec::with_capacity(entries.len());
    for &entry in entries {
        description.push_str(&format!("\n- `{}`: {}", entry.code(), Described(entry)));
        let sample = Sample(entry);
        // Only an argument's own `Display` failing makes serializing fail; samples cannot.
        let body = serde_json::to_value(Body::new(&sample)).unwrap_or_default();
        vendor.push((entry.code(), example(entry, body)));
        let body = serde_json::to_value(Problem::new(&sample)).unwrap_or_default();
        problem.push((entry.code(), example(entry, body)));
    }
    ResponseBuilder::new()
        .description(description)
        .content(
            JSON,
            ContentBuilder::new()
                .schema(Some(Body::<()>::schema()))
                .examples_from_iter(vendor)
                .build(),
        )
        .content(
            PROBLEM_JSON,
            ContentBuilder::new()
                .schema(Some(Problem::<()>::schema()))
                .examples_from_iter(problem)
                .build(),
        )
        .build()
}

/// The responses of `catalog`'s rows in `group` (all rows for `None`), by status: what the
/// generated `IntoResponses` impls return.
pub fn responses(
    catalog: &'static Catalog,
    group: Option<&str>,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<String, Vec<&'static Entry>> = BTreeMap::new();
    for entry in catalog {
        if group.is_some_and(|g| g != entry.group()) {
            continue;
        }
        let status = match entry.status() {
            Some(status) => status.as_u16().to_string(),
            None => "default".to_string(),
        };
        by_status.entry(status).or_default().push(entry);
    }
    by_status
        .into_iter()
        .map(|(status, entries)| (status, RefOr::T(response(&entries))))
        .collect()
}

impl Catalog {
    /// The whole catalog as an OpenAPI 3.1 document: the `ErrorBody` and `ProblemDetails`
    /// schemas and, under `components.responses`, one response per status named
    /// `<catalog>.<status>` (`iam.400`), each listing its codes with their descriptions and
    /// an example body per code. No paths: merge it into the service's document
    /// (`OpenApi::merge`) and refer to the responses from its operations. The `info`
    /// version is `"1"`: set your own.
    pub fn openapi(&'static self) -> OpenApi {
        let mut components = ComponentsBuilder::new()
            .schema(<Body<()> as ToSchema>::name(), Body::<()>::schema())
            .schema(<Problem<()> as ToSchema>::name(), Problem::<()>::schema());
        for (status, response) in responses(self, None) {
            components = components.response(format!("{}.{status}", self.name()), response);
        }
        let info = InfoBuilder::new()
            .title(format!("{} errors", self.name()))
            .version("1")
            .description(Some(format!(
                "The {} rows of error catalog `{}`.",
                self.len(),
                self.name()
            )))
            .build();
        OpenApiBuilder::new()
            .info(info)
            .paths(Paths::new())
            .components(Some(components.build()))
            .build()
    }
}
