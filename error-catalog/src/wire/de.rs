//! `Deserialize` for a received error body, in either shape (feature `serde`).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

use super::ErrorBody;
use crate::decode::{Decode, Undecoded};

/// A received body whose texts borrow from the input where they have no escapes: what
/// decoding reads, so that `from_json` and the generated `Deserialize` impls copy nothing
/// (two allocations and copies of the owned [`ErrorBody`] were a fifth of `from_json`).
pub(crate) struct RawBody<'de> {
    code: Cow<'de, str>,
    message: Cow<'de, str>,
    request_id: Option<Cow<'de, str>>,
    args: Option<Vec<(Cow<'de, str>, Scalar<'de>)>>,
}

impl RawBody<'_> {
    /// Decodes the body, as [`Decode::decode_body`] does.
    pub(crate) fn decode<T: Decode>(&self) -> Result<T, Undecoded> {
        let args = (self.args.as_ref()).map(|args| || args.iter().map(|(n, v)| (&**n, v.text())));
        crate::decode::decode_received(&self.code, &self.message, args)
    }

    /// Parses a JSON body (see [`ErrorBody::from_json`]).
    #[cfg(feature = "json")]
    pub(crate) fn from_json(json: &[u8]) -> Result<RawBody<'_>, String> {
        let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
        // The whole body checked as UTF-8 at once, then read as text: `from_slice` checks each
        // string member on its own, a tenth of `from_json` for a short body (BENCHMARKS.md).
        // A body that is not UTF-8 goes to `from_slice` for its error and position.
        let parsed = match core::str::from_utf8(json) {
            Ok(text) => serde_json::from_str(text),
            Err(_) => serde_json::from_slice(json),
        };
        parsed.map_err(|e| alloc::string::ToString::to_string(&e))
    }
}

impl From<RawBody<'_>> for ErrorBody {
    fn from(raw: RawBody<'_>) -> Self {
        ErrorBody {
            code: raw.code.into_owned(),
            message: raw.message.into_owned(),
            request_id: raw.request_id.map(Cow::into_owned),
            args: (raw.args).map(|args| {
                (args
                    .into_iter()
                    .map(|(n, v)| (n.into_owned(), v.text().into_owned())))
                .collect()
            }),
        }
    }
}

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawBody::deserialize(deserializer).map(ErrorBody::from)
    }
}

impl<'de> Deserialize<'de> for RawBody<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BodyVisitor)
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = RawBody<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error body with `error_code` and `error_msg` (or `code` and `detail`)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawBody<'de>, A::Error> {
        // The vendor's members win over the problem+json ones when a body has both.
        let (mut error_code, mut code) = (None, None);
        let (mut error_msg, mut detail) = (None, None);
        let mut request_id = None;
        let mut args = None;
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Args => {
                    args = Some(map.next_value::<Args<'de>>()?.0);
                    continue;
                }
                Key::ErrorCode => &mut error_code,
                Key::Code => &mut code,
                Key::ErrorMsg => &mut error_msg,
                Key::Detail => &mut detail,
                Key::RequestId => &mut request_id,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value::<Str<'de>>()?.0);
        }
        let code = error_code
            .or(code)
            .ok_or_else(|| A::Error::missing_field("error_code"))?;
        let message = error_msg
            .or(detail)
            .ok_or_else(|| A::Error::missing_field("error_msg"))?;
        Ok(RawBody {
            code,
            message,
            request_id,
            args,
        })
    }
}

/// A string member, borrowed from the input when it can be. (`Cow<str>`'s own `Deserialize`
/// always copies.)
struct Str<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor;
        impl<'de> Visitor<'de> for StrVisitor {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v.into())))
            }
            fn visit_string<E: Error>(self, v: String) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(StrVisitor)
    }
}

enum Key {
    ErrorCode,
    Code,
    ErrorMsg,
    Detail,
    RequestId,
    Args,
    Other,
}

/// problem+json's `args`: an object of scalars, each kept for [`crate::Arg::parse`] (as
/// text when it is needed: only where the message does not match); a value of another kind
/// (an array, an object, `null`) is left out.
struct Args<'de>(Vec<(Cow<'de, str>, Scalar<'de>)>);

impl<'de> Deserialize<'de> for Args<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ArgsVisitor;
        impl<'de> Visitor<'de> for ArgsVisitor {
            type Value = Args<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of arguments")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Args<'de>, A::Error> {
                let mut out = Vec::new();
                while let Some(Str(name)) = map.next_key::<Str<'de>>()? {
                    match map.next_value::<Scalar<'de>>()? {
                        Scalar::Other => {}
                        value => out.push((name, value)),
                    }
                }
                Ok(Args(out))
            }
        }
        deserializer.deserialize_map(ArgsVisitor)
    }
}

/// A JSON scalar, its number or boolean rendered as text only when asked (two allocations per
/// body otherwise, for arguments that a matching message makes unnecessary); `Other` for
/// anything else, which is skipped rather than an error.
enum Scalar<'de> {
    Text(Cow<'de, str>),
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Other,
}

impl<'de> Scalar<'de> {
    /// The value as text, as JSON wrote it for a string, as Rust renders it otherwise.
    fn text(&self) -> Cow<'_, str> {
        use alloc::string::ToString;
        match self {
            Scalar::Text(text) => Cow::Borrowed(text),
            Scalar::Bool(v) => Cow::Owned(v.to_string()),
            Scalar::I64(v) => Cow::Owned(v.to_string()),
            Scalar::U64(v) => Cow::Owned(v.to_string()),
            Scalar::F64(v) => Cow::Owned(v.to_string()),
            Scalar::Other => Cow::Borrowed(""),
        }
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Owned(v.into())))
            }
            fn visit_string<E: Error>(self, v: String) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Owned(v)))
            }
            fn visit_bool<E: Error>(self, v: bool) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<Scalar<'de>, E> {
                Ok(Scalar::I64(v))
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Scalar<'de>, E> {
                Ok(Scalar::U64(v))
            }
            fn visit_f64<E: Error>(self, v: f64) -> Result<Scalar<'de>, E> {
                Ok(Scalar::F64(v))
            }
            fn visit_unit<E: Error>(self) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Scalar<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "error_code" => Key::ErrorCode,
                    "code" => Key::Code,
                    "error_msg" => Key::ErrorMsg,
                    "detail" => Key::Detail,
                    "request_id" => Key::RequestId,
                    "args" => Key::Args,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// What the generated `Deserialize` impls call: a body, then [`Decode::decode_body`]; a
/// body that does not decode is a deserialization error that says why.
#[doc(hidden)]
pub fn deserialize_error<'de, T: Decode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let body = RawBody::deserialize(deserializer)?;
    body.decode().map_err(D::Error::custom)
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::RawBody;
    use alloc::string::{String, ToString};

    type Parsed = Result<(String, String), String>;

    fn members(body: Result<RawBody<'_>, String>) -> Parsed {
        body.map(|b| (b.code.into_owned(), b.message.into_owned()))
    }

    /// `from_json` reads a UTF-8 body as text: the same members as the byte reader, and for
    /// a body that is not UTF-8 (or not a body) the byte reader's own error.
    #[test]
    fn the_text_reader_agrees_with_the_byte_reader() {
        let bodies: [&[u8]; 7] = [
            br#"{"error_code":"A.1","error_msg":"plain"}"#,
            "{\"code\":\"A.1\",\"detail\":\"caf\u{e9} \\u00e9 \\\"q\\\" \\ud83d\\ude00\"}"
                .as_bytes(),
            b"{\"error_code\":\"A.1\",\"error_msg\":\"\xff\"}",
            b"{\"error_code\":\"A.1\",\"error_msg\":\"x\"}\xc3",
            br#"{"error_code":1,"error_msg":"x"}"#,
            b"{",
            b"",
        ];
        for body in bodies {
            let bytes = serde_json::from_slice::<RawBody<'_>>(body).map_err(|e| e.to_string());
            assert_eq!(
                members(RawBody::from_json(body)),
                members(bytes),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
