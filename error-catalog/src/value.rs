//! Argument values: what a row's parameters hold and how they render.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt;

/// A borrowed view of one argument, as renderers and serializers see it.
///
/// Numbers stay numbers and text stays text, so wire formats can keep the real type
/// (a `u32` serializes as a JSON number).
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, Value};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         409 "CART.0001" out_of_stock(left: u32, item)
///             message: "Only {0} left of {item}.";
///     }
/// }
///
/// let error = shop::Cart::out_of_stock(3, "apples");
/// assert!(matches!(error.arg(0), Some(Value::UInt(3))));
/// assert!(matches!(error.arg(1), Some(Value::Str("apples"))));
/// assert!(error.arg(2).is_none());
/// // `Display` honours the formatter's flags; in a message an argument is shown plainly.
/// assert_eq!(format!("[{:>4}]", error.arg(0).unwrap()), "[   3]");
/// assert_eq!(format!("{:?}", error.arg(1).unwrap()), "\"apples\"");
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Value<'a> {
    /// Text.
    Str(&'a str),
    /// A signed integer.
    Int(i64),
    /// An unsigned integer.
    UInt(u64),
    /// A floating point number.
    Float(f64),
    /// A boolean.
    Bool(bool),
    /// A character.
    Char(char),
    /// Any other displayable value.
    Display(&'a dyn fmt::Display),
}

impl Value<'_> {
    /// Writes the value as an argument of a message: its plain `Display` text whatever flags
    /// the outer formatter carries (`{:>20}` pads nothing inside), as `write!` formats each
    /// argument of its format string, and as hand-written `Display` impls behave.
    #[inline]
    pub(crate) fn write_arg(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Str(s) => f.write_str(s),
            Value::Int(n) => f.write_str(itoa::Buffer::new().format(n)),
            Value::UInt(n) => f.write_str(itoa::Buffer::new().format(n)),
            Value::Float(n) => write!(f, "{n}"),
            Value::Bool(b) => f.write_str(if b { "true" } else { "false" }),
            Value::Char(c) => fmt::Write::write_char(f, c),
            Value::Display(d) => write!(f, "{d}"),
        }
    }
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Str(s) => f.write_str(s),
            Value::Int(n) => fmt::Display::fmt(&n, f),
            Value::UInt(n) => fmt::Display::fmt(&n, f),
            Value::Float(n) => fmt::Display::fmt(&n, f),
            Value::Bool(b) => fmt::Display::fmt(&b, f),
            Value::Char(c) => fmt::Display::fmt(&c, f),
            Value::Display(d) => d.fmt(f),
        }
    }
}

impl fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Str(s) => fmt::Debug::fmt(s, f),
            Value::Display(d) => write!(f, "Display({d})"),
            other => fmt::Display::fmt(&other, f),
        }
    }
}

/// A type that can be a catalog row's parameter.
///
/// Implemented for the integers (`i128` and `u128` included: a [`Value::Int`]/[`Value::UInt`]
/// while they fit 64 bits, displayed text beyond), floats, `bool`, `char`, `String`,
/// `&'static str`, `Cow<'static, str>`, `Box<str>` and [`Text`]. For a type of your own,
/// `impl Arg for MyId {}` is enough: it renders through `Display`. Override [`Arg::parse`] to
/// let clients decode it back from a received message.
///
/// The numbers parse only from the text they render to (`5`, not `+5`, `05` or `5.0`), so a
/// decoded value re-renders to exactly the message received.
///
/// ```
/// use error_catalog::{error_catalog, Arg, CatalogError};
///
/// #[error_catalog]
/// mod orders {
///     use core::fmt;
///     use error_catalog::Arg;
///
///     catalog! {
///         404 "ORDER.0001" not_found(id: OrderId) message: "Order {0} does not exist.";
///     }
///
///     #[derive(Debug, Clone, PartialEq)]
///     pub struct OrderId(pub u64);
///
///     impl fmt::Display for OrderId {
///         fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///             write!(f, "#{}", self.0)
///         }
///     }
///
///     impl Arg for OrderId {
///         fn parse(text: &str) -> Option<Self> {
///             text.strip_prefix('#')?.parse().ok().map(OrderId)
///         }
///     }
/// }
/// use orders::OrderId;
///
/// let error = orders::Order::not_found(OrderId(42));
/// assert_eq!(error.to_string(), "Order #42 does not exist.");
/// // `parse` lets a client decode the message back into the typed error.
/// let decoded = orders::Error::decode("ORDER.0001", "Order #42 does not exist.");
/// assert_eq!(decoded, Ok(orders::Error::Order(error)));
/// assert_eq!(<u32 as Arg>::parse("42"), Some(42));
/// assert_eq!(<u8 as Arg>::parse("300"), None);
/// assert_eq!(<u32 as Arg>::parse("+42"), None); // not how 42 renders
/// ```
pub trait Arg: fmt::Display {
    /// The value as renderers and serializers see it.
    fn value(&self) -> Value<'_>
    where
        Self: Sized,
    {
        Value::Display(self)
    }

    /// Reads the value back from its rendered text (used when decoding a received message).
    /// `None` when the text is not a valid value; the default cannot parse anything.
    fn parse(text: &str) -> Option<Self>
    where
        Self: Sized,
    {
        let _ = text;
        None
    }
}

/// Reads a number back only from the text it renders to: `5`, not `+5`, `05` or `5.0e0`.
/// A decoded value re-renders to exactly the received text, so a message that decodes is the
/// message that would have been sent; a non-canonical number was not rendered by a catalog.
fn parse_canonical<T: core::str::FromStr + fmt::Display>(text: &str) -> Option<T> {
    let value: T = text.parse().ok()?;
    // Compared without allocating: the rendering is written into a comparer.
    struct Same<'t>(&'t str);
    impl fmt::Write for Same<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            match self.0.strip_prefix(s) {
                Some(rest) => {
                    self.0 = rest;
                    Ok(())
                }
                None => Err(fmt::Error),
            }
        }
    }
    let mut rest = Same(text);
    (fmt::write(&mut rest, format_args!("{value}")).is_ok() && rest.0.is_empty()).then_some(value)
}

/// [`parse_canonical`] for an integer, with the same answers, without rendering the value:
/// an integer renders as an optional `-` and digits with no leading zero, and `-0` as `0`.
/// (Rendering to compare was a fifth of decoding a row with two numbers.)
fn parse_integer<T: core::str::FromStr>(text: &str) -> Option<T> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = match digits.as_bytes() {
        [b'0'] => digits.len() == text.len(),
        [b'1'..=b'9', ..] => true,
        _ => false,
    };
    if canonical {
        text.parse().ok()
    } else {
        None
    }
}

macro_rules! numeric_args {
    ($variant:ident as $wide:ty, $parse:ident: $($ty:ty),*) => {$(
        impl Arg for $ty {
            fn value(&self) -> Value<'_> {
                Value::$variant(*self as $wide)
            }
            fn parse(text: &str) -> Option<Self> {
                $parse(text)
            }
        }
    )*};
}
numeric_args!(Int as i64, parse_integer: i8, i16, i32, i64, isize);
numeric_args!(UInt as u64, parse_integer: u8, u16, u32, u64, usize);
numeric_args!(Float as f64, parse_canonical: f32, f64);

// The 128-bit integers: a number while it fits the 64-bit value, text beyond (a JSON number
// past 64 bits would lose digits in most readers).
macro_rules! wide_args {
    ($($variant:ident as $wide:ty: $ty:ty),*) => {$(
        impl Arg for $ty {
            fn value(&self) -> Value<'_> {
                <$wide>::try_from(*self).map_or(Value::Display(self), Value::$variant)
            }
            fn parse(text: &str) -> Option<Self> {
                parse_integer(text)
            }
        }
    )*};
}
wide_args!(Int as i64: i128, UInt as u64: u128);

impl Arg for bool {
    fn value(&self) -> Value<'_> {
        Value::Bool(*self)
    }
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

impl Arg for char {
    fn value(&self) -> Value<'_> {
        Value::Char(*self)
    }
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

impl Arg for String {
    fn value(&self) -> Value<'_> {
        Value::Str(self)
    }
    fn parse(text: &str) -> Option<Self> {
        Some(text.to_string())
    }
}

impl Arg for Box<str> {
    fn value(&self) -> Value<'_> {
        Value::Str(self)
    }
    fn parse(text: &str) -> Option<Self> {
        Some(text.into())
    }
}

impl Arg for Cow<'static, str> {
    fn value(&self) -> Value<'_> {
        Value::Str(self)
    }
    fn parse(text: &str) -> Option<Self> {
        Some(Cow::Owned(text.to_string()))
    }
}

impl Arg for &'static str {
    fn value(&self) -> Value<'_> {
        Value::Str(self)
    }
}

/// The default parameter type, used for every parameter a row does not give a type.
///
/// Constructors take `impl Into<Text>`, so a call site passes what it has:
/// - `&'static str` literals are kept by reference (no allocation, via [`Text::from_static`]
///   or `From<&'static str>`); `String`, `Box<str>` and `Cow<'static, str>` are moved in;
/// - integers, floats, `bool` and `char` are stored inline as numbers (no allocation, and
///   they serialize as numbers);
/// - anything else that implements `Display` goes through [`Text::display`] (one allocation),
///   or `format_args!(…)`.
///
/// ```
/// use error_catalog::{error_catalog, Text, Value};
///
/// #[error_catalog]
/// mod shop {
///     catalog! {
///         400 "CART.0002" bad_coupon message: "Coupon {code} is not valid.";
///     }
/// }
///
/// // `code` has no declared type, so it is a `Text`: pass what you have.
/// let from_literal = shop::Cart::bad_coupon("SPRING");
/// let from_string = shop::Cart::bad_coupon(String::from("SPRING"));
/// let from_number = shop::Cart::bad_coupon(2024);
/// let from_display = shop::Cart::bad_coupon(Text::display(std::net::Ipv4Addr::LOCALHOST));
/// assert_eq!(from_literal, from_string);
/// assert_eq!(from_number.to_string(), "Coupon 2024 is not valid.");
/// assert_eq!(from_display.to_string(), "Coupon 127.0.0.1 is not valid.");
///
/// // Numbers stay numbers; equality is by rendering.
/// let shop::Cart::BadCoupon { code } = from_number else { unreachable!() };
/// assert!(matches!(code.as_value(), Value::Int(2024)));
/// assert_eq!(code.as_str(), None);
/// assert_eq!(code, Text::from("2024"));
/// assert_eq!(Text::from_static("SPRING").as_str(), Some("SPRING"));
/// ```
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Str(Cow<'static, str>),
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Char(char),
}

impl Text {
    /// Text that borrows a `'static` string: no allocation.
    pub const fn from_static(text: &'static str) -> Self {
        Text(Repr::Str(Cow::Borrowed(text)))
    }

    /// Renders any displayable value once, into owned text.
    pub fn display(value: impl fmt::Display) -> Self {
        Text(Repr::Str(Cow::Owned(value.to_string())))
    }

    /// The value, as renderers and serializers see it.
    pub fn as_value(&self) -> Value<'_> {
        match &self.0 {
            Repr::Str(s) => Value::Str(s),
            Repr::Int(n) => Value::Int(*n),
            Repr::UInt(n) => Value::UInt(*n),
            Repr::Float(n) => Value::Float(*n),
            Repr::Bool(b) => Value::Bool(*b),
            Repr::Char(c) => Value::Char(*c),
        }
    }

    /// The text itself when it holds text (not a number).
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Repr::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_value(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_value(), f)
    }
}

/// Two texts are equal when they render the same: `Text::from(3)` equals `Text::from("3")`,
/// which is what a client that decoded the rendered message gets back.
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Repr::Str(a), Repr::Str(b)) => a == b,
            _ => self.to_string() == other.to_string(),
        }
    }
}

impl Eq for Text {}

/// Hashes what `Eq` compares: the rendered text.
impl core::hash::Hash for Text {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        match &self.0 {
            Repr::Str(s) => str::hash(s, state),
            _ => str::hash(&self.to_string(), state),
        }
    }
}

impl Arg for Text {
    fn value(&self) -> Value<'_> {
        self.as_value()
    }
    fn parse(text: &str) -> Option<Self> {
        Some(Text(Repr::Str(Cow::Owned(text.to_string()))))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Text::from_static(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(Repr::Str(Cow::Owned(text)))
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text(Repr::Str(Cow::Owned(text.clone())))
    }
}

impl From<Box<str>> for Text {
    fn from(text: Box<str>) -> Self {
        Text(Repr::Str(Cow::Owned(text.into())))
    }
}

impl From<Cow<'static, str>> for Text {
    fn from(text: Cow<'static, str>) -> Self {
        Text(Repr::Str(text))
    }
}

impl From<fmt::Arguments<'_>> for Text {
    fn from(args: fmt::Arguments<'_>) -> Self {
        match args.as_str() {
            Some(s) => Text::from_static(s),
            None => Text::display(args),
        }
    }
}

macro_rules! text_from_numbers {
    ($variant:ident as $wide:ty: $($ty:ty),*) => {$(
        impl From<$ty> for Text {
            fn from(n: $ty) -> Self {
                Text(Repr::$variant(n as $wide))
            }
        }
    )*};
}
text_from_numbers!(Int as i64: i8, i16, i32, i64, isize);
text_from_numbers!(UInt as u64: u8, u16, u32, u64, usize);
text_from_numbers!(Float as f64: f32, f64);

impl From<bool> for Text {
    fn from(b: bool) -> Self {
        Text(Repr::Bool(b))
    }
}

impl From<char> for Text {
    fn from(c: char) -> Self {
        Text(Repr::Char(c))
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn text_keeps_numbers_as_numbers() {
        assert!(matches!(Text::from(3u32).as_value(), Value::UInt(3)));
        assert!(matches!(Text::from(-3i8).as_value(), Value::Int(-3)));
        assert_eq!(Text::from("x").as_str(), Some("x"));
        assert_eq!(Text::from(3u32).as_str(), None);
        assert_eq!(Text::from(2.5f64).to_string(), "2.5");
    }

    #[test]
    fn text_equality_is_by_rendering() {
        assert_eq!(Text::from(3u8), Text::from("3"));
        assert_ne!(Text::from(3u8), Text::from("4"));
        let hash = |t: &Text| {
            use core::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::hash::DefaultHasher>::default().hash_one(t)
        };
        assert_eq!(hash(&Text::from(-30i32)), hash(&Text::from("-30")));
        assert_eq!(
            Text::display(format_args!("{}-{}", 1, 2)),
            Text::from("1-2")
        );
    }

    /// A decoded number re-renders to the received text: `+5`, `05`, `-0`, `1e2`, `1.0`
    /// are not what a catalog renders, so they do not decode.
    #[test]
    fn numbers_decode_only_from_their_rendering() {
        assert_eq!(<u32 as Arg>::parse("5"), Some(5));
        for text in ["+5", "05", "00", " 5", "5 "] {
            assert_eq!(<u32 as Arg>::parse(text), None, "{text}");
        }
        assert_eq!(<i32 as Arg>::parse("-5"), Some(-5));
        assert_eq!(<i32 as Arg>::parse("-0"), None);
        assert_eq!(<f64 as Arg>::parse("2.5"), Some(2.5));
        for text in ["1e2", "1.0", "+1", "2.50", "infinity"] {
            assert_eq!(<f64 as Arg>::parse(text), None, "{text}");
        }
        assert_eq!(<f64 as Arg>::parse("100"), Some(100.0));
        assert_eq!(
            <u128 as Arg>::parse(&u128::MAX.to_string()),
            Some(u128::MAX)
        );
        assert_eq!(<i128 as Arg>::parse("+1"), None);
    }

    /// The integers' syntactic check answers as rendering and comparing does.
    #[test]
    fn integers_parse_as_rendering_would_check() {
        let texts = [
            "0",
            "-0",
            "00",
            "5",
            "-5",
            "05",
            "-05",
            "+5",
            "+0",
            "-",
            "",
            " 5",
            "5 ",
            "1_0",
            "255",
            "256",
            "-128",
            "-129",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "-9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "٣",
            "1e2",
            "0x10",
        ];
        fn agree<T: core::str::FromStr + fmt::Display + PartialEq + fmt::Debug>(text: &str) {
            assert_eq!(
                parse_integer::<T>(text),
                parse_canonical::<T>(text),
                "{text}"
            );
        }
        for text in texts {
            agree::<u8>(text);
            agree::<i8>(text);
            agree::<u32>(text);
            agree::<i64>(text);
            agree::<u64>(text);
            agree::<i128>(text);
        }
    }

    #[test]
    fn wide_integers_are_numbers_while_they_fit() {
        assert!(matches!(5i128.value(), Value::Int(5)));
        assert!(matches!(5u128.value(), Value::UInt(5)));
        assert!(matches!(u128::MAX.value(), Value::Display(_)));
        assert_eq!(u128::MAX.value().to_string(), u128::MAX.to_string());
        assert_eq!(i128::MIN.value().to_string(), i128::MIN.to_string());
    }

    #[test]
    fn parse_round_trips_primitives() {
        assert_eq!(<u32 as Arg>::parse("42"), Some(42));
        assert_eq!(<u32 as Arg>::parse("-1"), None);
        assert_eq!(<u8 as Arg>::parse("300"), None);
        assert_eq!(<String as Arg>::parse("a b"), Some("a b".to_string()));
    }
}
