//! `Deserialize` for a received error body, in either shape (feature `serde`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

use super::ErrorBody;
use crate::decode::Decode;

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BodyVisitor)
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = ErrorBody;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error body with `error_code` and `error_msg` (or `code` and `detail`)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ErrorBody, A::Error> {
        // The vendor's members win over the problem+json ones when a body has both.
        let (mut error_code, mut code) = (None, None);
        let (mut error_msg, mut detail) = (None, None);
        let mut request_id = None;
        let mut args = None;
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Args => {
                    args = Some(map.next_value::<Args>()?.0);
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
            *slot = Some(map.next_value::<String>()?);
        }
        let code = error_code
            .or(code)
            .ok_or_else(|| A::Error::missing_field("error_code"))?;
        let message = error_msg
            .or(detail)
            .ok_or_else(|| A::Error::missing_field("error_msg"))?;
        Ok(ErrorBody {
            code,
            message,
            request_id,
            args,
        })
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

/// problem+json's `args`: an object of scalars, each kept as text for [`crate::Arg::parse`];
/// a value of another kind (an array, an object, `null`) is left out.
struct Args(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Args {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ArgsVisitor;
        impl<'de> Visitor<'de> for ArgsVisitor {
            type Value = Args;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of arguments")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Args, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    if let Scalar(Some(value)) = map.next_value::<Scalar>()? {
                        out.push((name, value));
                    }
                }
                Ok(Args(out))
            }
        }
        deserializer.deserialize_map(ArgsVisitor)
    }
}

/// A JSON scalar as text; `None` for anything else, which is skipped rather than an error.
struct Scalar(Option<String>);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(Some(v.into())))
            }
            fn visit_bool<E: Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(Some(alloc::string::ToString::to_string(&v))))
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(Some(alloc::string::ToString::to_string(&v))))
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(Some(alloc::string::ToString::to_string(&v))))
            }
            fn visit_f64<E: Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(Some(alloc::string::ToString::to_string(&v))))
            }
            fn visit_unit<E: Error>(self) -> Result<Scalar, E> {
                Ok(Scalar(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar(None))
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
    let body = ErrorBody::deserialize(deserializer)?;
    T::decode_body(&body).map_err(D::Error::custom)
}
