//! One catalog row, as a view into its catalog's table.

use core::fmt;

use error_catalog_layout::{row, PARAM};

use crate::status::Status;
use crate::table::Table;
use crate::template::Template;

/// One parameter of a row: its name and its Rust type as written in the table.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, who)
///             message: "{who} is locked for {minutes} minutes.";
///         400 "LOGIN.0002" expired
///             message: "Session expired {0} seconds ago.";
///     }
/// }
///
/// let params = iam::CATALOG.get("LOGIN.0001").unwrap().params();
/// let params: Vec<(&str, &str)> = params.iter().map(|p| (p.name(), p.ty())).collect();
/// assert_eq!(params, [("minutes", "u32"), ("who", "Text")]);
/// let positional = iam::CATALOG.get("LOGIN.0002").unwrap().params();
/// assert_eq!(positional.get(0).unwrap().name(), "arg0");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    name: &'static str,
    ty: &'static str,
}

impl Param {
    #[doc(hidden)]
    pub const fn __new(name: &'static str, ty: &'static str) -> Self {
        Param { name, ty }
    }

    /// The parameter's name: the declared name, the `{name}` of a named placeholder, or
    /// `arg0`, `arg1`… for positional placeholders of a row that declares no parameters.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The parameter's Rust type as written (`"u32"`), or `"Text"` for the default type.
    pub const fn ty(&self) -> &'static str {
        self.ty
    }
}

/// A row's parameters, in constructor order: a list that can be indexed and iterated.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
///             message: "Unlocked in {0} minutes and {1} seconds.";
///         404 "APP.0001" not_found message: "Application does not exist.";
///     }
/// }
///
/// let params = iam::CATALOG.get("LOGIN.0001").unwrap().params();
/// assert_eq!(params.len(), 2);
/// assert_eq!(params.get(1).unwrap().name(), "seconds");
/// assert!(params.get(2).is_none());
/// let names: Vec<&str> = params.into_iter().map(|p| p.name()).collect();
/// assert_eq!(names, ["minutes", "seconds"]);
/// assert!(iam::CATALOG.get("APP.0001").unwrap().params().is_empty());
/// ```
#[derive(Clone, Copy)]
pub struct Params {
    table: &'static Table,
    at: usize,
    len: usize,
}

impl Params {
    /// The parameter at `index`, or `None` past the end.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Param> {
        (index < self.len).then(|| {
            let at = self.at + index * PARAM;
            Param::__new(self.table.text(at), self.table.text(at + 2))
        })
    }
}

crate::list::list_iter!(
    /// The iterator over a row's [`Params`]: [`Params::iter`], or `for param in params`.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog]
    /// mod iam {
    ///     catalog! { 400 "LOGIN.0001" locked(minutes: u32) message: "Locked {minutes}."; }
    /// }
    ///
    /// let mut iter = iam::CATALOG.get("LOGIN.0001").unwrap().params().iter();
    /// assert_eq!(iter.len(), 1);
    /// assert_eq!(iter.next().map(|p| p.ty()), Some("u32"));
    /// assert_eq!(iter.next(), None);
    /// ```
    ParamsIter,
    Params,
    Param
);

/// One row of a catalog, as data: everything the table says about it.
///
/// A view into the catalog's table (see `table.rs`): copying it is cheap, and every text it
/// returns is `'static`.
///
/// ```
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog]
/// mod iam {
///     catalog! {
///         /// Too many failed sign-ins.
///         400 "LOGIN.0001" locked(minutes: u32)
///             message: "Locked for {minutes} minutes.",
///             description: "The account is locked for {minutes} minutes.",
///             solution: "Unlock and try again.";
///     }
/// }
///
/// let entry = iam::Login::locked(5).entry();
/// assert_eq!(entry.code(), "LOGIN.0001");
/// assert_eq!(entry.status().unwrap().as_u16(), 400);
/// assert_eq!((entry.group(), entry.variant(), entry.name()), ("Login", "Locked", "locked"));
/// assert_eq!(entry.message().source(), "Locked for {minutes} minutes.");
/// assert_eq!(entry.description().source(), "The account is locked for {minutes} minutes.");
/// assert_eq!(entry.solution(), "Unlock and try again.");
/// assert_eq!(entry.params().get(0).unwrap().name(), "minutes");
/// assert_eq!(entry.doc(), "Too many failed sign-ins.");
/// assert_eq!(iam::CATALOG.get("LOGIN.0001"), Some(entry));
/// ```
#[derive(Clone, Copy)]
pub struct Entry {
    table: &'static Table,
    row: u32,
}

impl Entry {
    #[doc(hidden)]
    pub const fn __new(table: &'static Table, row: u32) -> Self {
        Entry { table, row }
    }

    #[inline]
    fn field(&self, field: usize) -> usize {
        Table::field(self.row, field)
    }

    #[inline]
    fn text(&self, field: usize) -> &'static str {
        self.table.text(self.field(field))
    }

    pub(crate) fn table(&self) -> &'static Table {
        self.table
    }

    /// The row's position in its catalog's table order.
    pub(crate) fn row(&self) -> usize {
        self.row as usize
    }

    /// The error code, verbatim (`"LOGIN.0001"`).
    #[inline]
    pub fn code(&self) -> &'static str {
        self.text(row::CODE)
    }

    /// The HTTP status, or `None` in a catalog without HTTP statuses. For a row published
    /// with several (`404/500`), the first: the one responses carry.
    #[inline]
    pub fn status(&self) -> Option<Status> {
        // No status (`NO_STATUS`, 0) is outside `Status`'s range too.
        let word = self.table.word(self.field(row::STATUS));
        Status::new(error_catalog_layout::status_at(word, 0)).ok()
    }

    /// Every status the vendor lists for this row, primary first: `404/500` gives 404 then
    /// 500; a row with one status gives it alone, a catalog without statuses nothing.
    pub fn statuses(&self) -> impl Iterator<Item = Status> + Clone + use<> {
        let word = self.table.word(self.field(row::STATUS));
        (0..error_catalog_layout::STATUSES)
            .map_while(move |i| Status::new(error_catalog_layout::status_at(word, i)).ok())
    }

    /// The name of the group enum the row belongs to (`"Login"`).
    #[inline]
    pub fn group(&self) -> &'static str {
        self.text(row::GROUP)
    }

    /// The name of the row's variant (`"Locked"`).
    #[inline]
    pub fn variant(&self) -> &'static str {
        self.text(row::VARIANT)
    }

    /// The name of the row's constructor (`"locked"`).
    #[inline]
    pub fn name(&self) -> &'static str {
        self.text(row::NAME)
    }

    /// The message template.
    #[inline]
    pub fn message(&self) -> Template {
        Template::__from_table(self.table, self.table.words(self.field(row::MESSAGE)))
    }

    /// Renders the message with the given arguments (`Display` of the generated types).
    #[inline(always)]
    pub(crate) fn render_message<'a>(
        &self,
        f: &mut fmt::Formatter<'_>,
        arg: impl Fn(usize) -> Option<crate::Value<'a>>,
    ) -> fmt::Result {
        let words = self.table.words(self.field(row::MESSAGE));
        Template::render_from_table(self.table, words, f, arg)
    }

    /// The description template (the message's text when the row gives none).
    #[inline]
    pub fn description(&self) -> Template {
        Template::__from_table(self.table, self.table.words(self.field(row::DESCRIPTION)))
    }

    /// The solution, verbatim (empty when the row gives none).
    #[inline]
    pub fn solution(&self) -> &'static str {
        self.text(row::SOLUTION)
    }

    /// The row's parameters, in constructor order.
    #[inline]
    pub fn params(&self) -> Params {
        let at = self.field(row::PARAMS);
        let [first, len] = self.table.words(at);
        Params {
            table: self.table,
            at: self.table.param(first as usize),
            len: len as usize,
        }
    }

    /// The row's doc comment lines, joined with `\n` (empty when it has none).
    #[inline]
    pub fn doc(&self) -> &'static str {
        self.text(row::DOC)
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.code())
            .field("status", &self.status())
            .field("group", &self.group())
            .field("variant", &self.variant())
            .field("message", &self.message().source())
            .finish_non_exhaustive()
    }
}

/// Two views of the same row of the same catalog.
impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.table, other.table) && self.row == other.row
    }
}

impl Eq for Entry {}
