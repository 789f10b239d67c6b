//! Hooks the generated code invokes once per module, with every generated type: their bodies
//! (one impl per type) depend on this crate's features, which the user's crate cannot name
//! (a `#[cfg(feature = "serde")]` in generated code would test the *user's* features). Each
//! hook has one definition per feature state, selected here. Parameters have reserved `__ec_`
//! names: macro_rules hygiene does not stop an identifier pattern from resolving to a const
//! of the caller's module.

/// Every optional integration for each of the generated types, invoked once per module with
/// all of them: an invocation per type cost `cargo check` about 1% at 2,025 rows with every
/// feature off (BENCHMARKS.md, round five), where a feature that is off now costs one
/// invocation per module.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_integrations {
    ($($ty:ty),*) => {
        $crate::__impl_serde! { $($ty),* }
        $crate::__impl_axum! { $($ty),* }
        $crate::__impl_tonic! { $($ty),* }
    };
}

/// The optional integrations of the group enums only.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_group_integrations {
    ($($group:ident),*) => {
        $crate::__impl_utoipa! {
            $($group, ::core::option::Option::Some(::core::stringify!($group));)*
        }
    };
}

/// The optional integrations of the module's error enum only.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_module_integrations {
    ($ty:ty) => {
        $crate::__impl_tonic_module! { $ty }
        $crate::__impl_utoipa! { $ty, ::core::option::Option::None; }
    };
}

/// `Serialize` (the vendor body) and `Deserialize` (a body, decoded).
///
/// ```
/// # #[cfg(feature = "json")]
/// # fn main() {
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0002" bad_credentials(remaining_attempts: u32)
///             message: "Invalid password. Remaining attempts: {0}";
///     }
/// }
///
/// let error = iam::Error::from(iam::Login::bad_credentials(2));
/// let json = serde_json::to_string(&error).unwrap();
/// assert_eq!(json, r#"{"error_code":"LOGIN.0002","error_msg":"Invalid password. Remaining attempts: 2"}"#);
/// assert_eq!(serde_json::from_str::<iam::Error>(&json).unwrap(), error);
/// assert_eq!(serde_json::from_str::<iam::Login>(&json).unwrap(), iam::Login::bad_credentials(2));
///
/// // A body that does not decode is a deserialization error that says why.
/// let unknown = serde_json::from_str::<iam::Error>(r#"{"error_code": "X.1", "error_msg": "?"}"#);
/// assert!(unknown.unwrap_err().to_string().contains("no row has this code"));
/// # }
/// # #[cfg(not(feature = "json"))]
/// # fn main() {}
/// ```
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($ty:ty),*) => {
        $(
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S: $crate::__private::serde::Serializer>(
                    &self,
                    __ec_serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    $crate::__private::serialize_error(self, __ec_serializer)
                }
            }

            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    __ec_deserializer: D,
                ) -> ::core::result::Result<Self, D::Error> {
                    $crate::__private::deserialize_error(__ec_deserializer)
                }
            }
        )*
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($ty:tt)*) => {};
}

/// `IntoResponse`: the vendor body as `application/json` with the row's status.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($($ty:ty),*) => {
        $(
            impl $crate::__private::axum_core::response::IntoResponse for $ty {
                fn into_response(self) -> $crate::__private::axum_core::response::Response {
                    $crate::__private::into_response(&self)
                }
            }
        )*
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($($ty:tt)*) => {};
}

/// `From<…> for tonic::Status`: the row's gRPC code, message and details.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($($ty:ty),*) => {
        $(
            impl ::core::convert::From<$ty> for $crate::__private::tonic::Status {
                fn from(__ec_error: $ty) -> Self {
                    $crate::__private::to_status(&__ec_error)
                }
            }
        )*
    };
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($($ty:tt)*) => {};
}

/// An inherent `from_status`, so that decoding a status needs no import.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic_module {
    ($ty:ty) => {
        impl $ty {
            /// Decodes a received gRPC status: the row and its arguments from its
            /// `ErrorInfo` exactly, or from its message when it carries none; anything else
            /// is an `Undecoded`, never a panic (`error_catalog::grpc::from_status`).
            #[inline]
            pub fn from_status(
                __ec_status: &$crate::__private::tonic::Status,
            ) -> ::core::result::Result<Self, $crate::Undecoded> {
                $crate::__private::from_status(__ec_status)
            }
        }
    };
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic_module {
    ($ty:ty) => {};
}

/// `utoipa::IntoResponses`: the responses of the type's rows (`$group`: a group enum's name,
/// or `None` for the module's error enum, whose rows are all the catalog's).
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($ty:ty, $group:expr;)*) => {
        $(
            impl $crate::__private::utoipa::IntoResponses for $ty {
                fn responses() -> $crate::__private::OpenApiResponses {
                    $crate::__private::openapi_responses(<$ty as $crate::Decode>::__catalog(), $group)
                }
            }
        )*
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($ty:tt)*) => {};
}
