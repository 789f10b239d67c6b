//! `Deserialize` for a received error body, in either shape (feature `serde`).

use alloc::string::String;
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
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
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
        })
    }
}

enum Key {
    ErrorCode,
    Code,
    ErrorMsg,
    Detail,
    RequestId,
    Other,
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
