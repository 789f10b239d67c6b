//! The trait impls of every generated type, as `macro_rules!` the generated code invokes once
//! per type with its rows as a compact list. rustc expands these natively; written out by the
//! proc macro they were most of its output and of its time (a debug build of the macro
//! creating each token across the proc-macro bridge; BENCHMARKS.md). Bindings and parameters
//! have reserved `__ec_` names: an identifier pattern resolves to a const of the caller's
//! module if one has that name. `CATALOG` is the caller's (items resolve at the call site).

/// The constructors of `$group`'s variants without fields, then `CatalogError`, `Display`,
/// `Error`, `Debug` (as `derive(Debug)` would print it) and `Decode` (whose module type gives
/// `From` into `WithSource<$error>`); its integrations come from `__ec_module!`, with every
/// group's. `units` are its variants without fields, each with its constructor, the
/// constructor's doc line and its row; `fields` its variants with fields, each field with its
/// binding and index.
///
/// What a group enum gets from it:
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, Decode};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///         404 "LOGIN.0004" unknown_user message: "User does not exist.";
///     }
/// }
///
/// // A row without fields has a `const` constructor.
/// const UNKNOWN: iam::Login = iam::Login::unknown_user();
/// assert_eq!(UNKNOWN.code(), "LOGIN.0004");
///
/// let locked = iam::Login::locked(5, 30);
/// assert_eq!(locked.to_string(), "Unlocked in 5 minutes and 30 seconds.");
/// assert_eq!(format!("{locked:?}"), "Locked { minutes: 5, seconds: 30 }");
/// assert_eq!(format!("{UNKNOWN:?}"), "UnknownUser");
/// let as_error: &dyn core::error::Error = &locked;
/// assert!(as_error.source().is_none());
/// assert_eq!(iam::Login::decode("LOGIN.0004", "User does not exist."), Ok(UNKNOWN));
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __ec_group {
    (
        $group:ident in $error:ident,
        units [$($uv:ident $uc:ident $doc:literal = $ui:literal,)*],
        fields [$($fv:ident = $fi:literal { $($field:ident : $bind:ident = $p:literal),* },)*]
    ) => {
        // A constructor is its row's name, and a vendor may name a row like its group
        // (`"PF.1" pf` in group `Pf`): that is the catalog's naming, not a mistake.
        #[allow(clippy::self_named_constructors)]
        impl $group {
            $(
                #[doc = $doc]
                #[must_use]
                #[inline]
                pub const fn $uc() -> Self {
                    Self::$uv
                }
            )*
        }

        impl $crate::CatalogError for $group {
            #[inline]
            fn entry(&self) -> &'static $crate::Entry {
                CATALOG.__entry(match self {
                    $(Self::$uv => $ui,)*
                    $(Self::$fv { .. } => $fi,)*
                })
            }
            $crate::__ec_arg! { $($fv { $($field : $bind = $p),* })* }
        }

        impl ::core::fmt::Display for $group {
            #[inline]
            fn fmt(&self, __ec_f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::fmt_message(self, __ec_f)
            }
        }

        impl ::core::error::Error for $group {}

        impl ::core::fmt::Debug for $group {
            #[inline]
            fn fmt(&self, __ec_f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::fmt_debug(self, __ec_f)
            }
        }

        impl $crate::Decode for $group {
            type __Module = $error;
            #[inline]
            fn __from_row(
                __ec_row: ::core::primitive::usize,
                __ec_args: &$crate::Captures<'_>,
            ) -> ::core::option::Option<Self> {
                let _ = __ec_args;
                ::core::option::Option::Some(match __ec_row {
                    $($ui => Self::$uv,)*
                    $($fi => Self::$fv { $($field: __ec_args.parse($p)?),* },)*
                    _ => return ::core::option::Option::None,
                })
            }
        }

    };
}

/// `CatalogError::arg` for a group with variants with fields; nothing (the trait's `None`)
/// for a group of unit variants, most groups of most catalogs.
#[doc(hidden)]
#[macro_export]
macro_rules! __ec_arg {
    () => {};
    ($($fv:ident { $($field:ident : $bind:ident = $p:literal),* })+) => {
        #[inline]
        fn arg(
            &self,
            __ec_index: ::core::primitive::usize,
        ) -> ::core::option::Option<$crate::Value<'_>> {
            #[allow(unreachable_patterns)]
            match self {
                $(Self::$fv { $($field: $bind),* } => match __ec_index {
                    $($p => ::core::option::Option::Some($crate::Arg::value($bind)),)*
                    _ => ::core::option::Option::None,
                },)*
                _ => ::core::option::Option::None,
            }
        }
    };
}

/// The impls of the module's error enum `$error`: `From` each group, `CatalogError`,
/// `Display`, `Error`, `Decode` (through each row's group index in the table), an inherent
/// `decode` with the given docs, and the integrations of every group and of `$error`, in one
/// invocation each (the hooks take lists).
///
/// What the module's error enum gets from it:
///
/// ```
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(error = IamError)]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32) message: "Unlocked in {0} minutes.";
///         404 "APP.0001" not_found message: "Application does not exist.";
///     }
/// }
///
/// let errors: Vec<iam::IamError> = vec![iam::Login::locked(5).into(), iam::App::not_found().into()];
/// let codes: Vec<&str> = errors.iter().map(|e| e.code()).collect();
/// assert_eq!(codes, ["LOGIN.0001", "APP.0001"]);
/// assert_eq!(errors[0].to_string(), "Unlocked in 5 minutes.");
/// assert_eq!(errors[0].args().next().map(|(name, value)| (name, value.to_string())), Some(("minutes", "5".into())));
/// // `decode` needs no import of `Decode`.
/// assert_eq!(iam::IamError::decode("APP.0001", "Application does not exist."), Ok(errors[1].clone()));
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __ec_module {
    (
        $error:ident,
        $(#[$decode_doc:meta])*
        groups [$($group:ident = $index:literal),*]
    ) => {
        $(impl ::core::convert::From<$group> for $error {
            #[inline]
            fn from(__ec_error: $group) -> Self {
                Self::$group(__ec_error)
            }
        })*

        impl $crate::CatalogError for $error {
            #[inline]
            fn entry(&self) -> &'static $crate::Entry {
                match self {
                    $(Self::$group(__ec_error) => $crate::CatalogError::entry(__ec_error),)*
                }
            }
            #[inline]
            fn arg(
                &self,
                __ec_index: ::core::primitive::usize,
            ) -> ::core::option::Option<$crate::Value<'_>> {
                match self {
                    $(Self::$group(__ec_error) => $crate::CatalogError::arg(__ec_error, __ec_index),)*
                }
            }
        }

        impl ::core::fmt::Display for $error {
            #[inline]
            fn fmt(&self, __ec_f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    $(Self::$group(__ec_error) => ::core::fmt::Display::fmt(__ec_error, __ec_f),)*
                }
            }
        }

        impl ::core::error::Error for $error {}

        impl $error {
            $(#[$decode_doc])*
            #[inline]
            pub fn decode(
                __ec_code: &::core::primitive::str,
                __ec_message: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::Undecoded> {
                <Self as $crate::Decode>::decode(__ec_code, __ec_message)
            }
        }

        impl $crate::Decode for $error {
            type __Module = Self;
            #[inline]
            fn __catalog() -> &'static $crate::Catalog {
                &CATALOG
            }
            #[inline]
            fn __from_row(
                __ec_row: ::core::primitive::usize,
                __ec_args: &$crate::Captures<'_>,
            ) -> ::core::option::Option<Self> {
                match CATALOG.__group_of(__ec_row) {
                    $($index => <$group as $crate::Decode>::__from_row(__ec_row, __ec_args)
                        .map(Self::$group),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        $crate::__impl_integrations! { $($group,)* $error }
        $crate::__impl_group_integrations! { $($group),* }
        $crate::__impl_module_integrations! { $error }
    };
}
