//! Gathers every diagnostic of one expansion, so a catalog with three bad rows reports three
//! errors in one build, up to a limit per row and per catalog (as rustc stops listing after a
//! while): past it, errors are counted, not built, and one final "and N more" line says so.
//! The wording of the messages shared by several stages is in `messages.rs`.
//!
//! An error either belongs to one row (reported while the row is checked, or with `row_at`)
//! or to the catalog as a whole; with only the former, the rows without errors are still
//! generated (`only_rows`).

pub mod messages;

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// Errors shown for one row; the rest of the row's are summed up in one line. A message
/// with a million stray braces would otherwise give a million `compile_error!`s.
pub const ROW_LIMIT: usize = 10;
/// Errors shown for the whole catalog; the rest are summed up in one final line.
pub const CATALOG_LIMIT: usize = 100;

#[derive(Default)]
pub struct Errors {
    list: Vec<syn::Error>,
    /// Every error reported, shown or not: what `len` and `is_empty` count.
    reported: usize,
    /// Of those, the errors that belong to one row.
    of_rows: usize,
    /// Errors not shown because the catalog's limit was reached.
    hidden: usize,
    /// The row being checked: its errors shown and hidden so far.
    row: Option<RowCount>,
}

#[derive(Clone, Copy)]
struct RowCount {
    shown: usize,
    hidden: usize,
}

impl Errors {
    pub fn new() -> Self {
        Errors::default()
    }

    pub fn push(&mut self, error: syn::Error) {
        self.record(false, || error);
    }

    /// An error pointed at `tokens` (its whole span, start to end).
    pub fn at<T: quote::ToTokens, M: Display>(&mut self, tokens: T, message: M) {
        self.record(false, || syn::Error::new_spanned(tokens, message));
    }

    pub fn span<M: Display>(&mut self, span: Span, message: M) {
        self.record(false, || syn::Error::new(span, message));
    }

    /// An error that belongs to one row (outside `begin_row`: a row that failed to parse,
    /// a duplicate), so that the other rows are still generated.
    pub fn row_push(&mut self, error: syn::Error) {
        self.record(true, || error);
    }

    /// `row_push` of an error at `span`.
    pub fn row_span<M: Display>(&mut self, span: Span, message: M) {
        self.record(true, || syn::Error::new(span, message));
    }

    /// `row_push` of an error pointed at `tokens`.
    pub fn row_at<T: quote::ToTokens, M: Display>(&mut self, tokens: T, message: M) {
        self.record(true, || syn::Error::new_spanned(tokens, message));
    }

    /// `true` once no more errors would be shown (for this row, or at all): a caller with
    /// many errors to report stops formatting them and counts the rest with `hide`.
    pub fn full(&self) -> bool {
        self.row.is_some_and(|row| row.shown >= ROW_LIMIT) || self.list.len() >= CATALOG_LIMIT
    }

    /// Counts `n` errors that are reported but not built (`full` said they would not show).
    pub fn hide(&mut self, n: usize) {
        self.reported += n;
        if self.row.is_some() {
            self.of_rows += n;
        }
        match &mut self.row {
            Some(row) if row.shown >= ROW_LIMIT => row.hidden += n,
            _ => self.hidden += n,
        }
    }

    fn record(&mut self, for_row: bool, make: impl FnOnce() -> syn::Error) {
        if self.full() {
            if for_row && self.row.is_none() {
                self.of_rows += 1;
            }
            self.hide(1);
            return;
        }
        self.reported += 1;
        if let Some(row) = &mut self.row {
            row.shown += 1;
            self.of_rows += 1;
        } else if for_row {
            self.of_rows += 1;
        }
        self.list.push(make());
    }

    /// `true` if every error so far belongs to one row or another (or there is none): the
    /// catalog as a whole is sound, and its rows without errors can be generated.
    pub fn only_rows(&self) -> bool {
        self.reported == self.of_rows
    }

    /// Starts counting the errors of one row, against `ROW_LIMIT`.
    pub fn begin_row(&mut self) {
        self.row = Some(RowCount {
            shown: 0,
            hidden: 0,
        });
    }

    /// Ends the row `begin_row` started: if some of its errors were not shown, one line at
    /// `span` says how many. `true` if the row had any error.
    pub fn end_row(&mut self, span: Span, whose: &dyn Display) -> bool {
        let Some(row) = self.row.take() else {
            return false;
        };
        if row.hidden > 0 {
            if self.list.len() < CATALOG_LIMIT {
                let message = messages::more_in_row(whose, row.hidden);
                self.list.push(syn::Error::new(span, message));
            } else {
                self.hidden += row.hidden;
            }
        }
        row.shown + row.hidden > 0
    }

    pub fn is_empty(&self) -> bool {
        self.reported == 0
    }

    /// How many errors were reported, shown or not.
    pub fn len(&self) -> usize {
        self.reported
    }

    /// The `compile_error!`s, and a last one for the errors past the catalog's limit.
    pub fn to_compile_errors(&self) -> TokenStream {
        let mut out: TokenStream = self.list.iter().map(syn::Error::to_compile_error).collect();
        if self.hidden > 0 {
            let more = syn::Error::new(Span::call_site(), messages::more_in_catalog(self.hidden));
            out.extend(more.to_compile_error());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(errors: &Errors) -> Vec<String> {
        let file: syn::File = syn::parse2(errors.to_compile_errors()).expect("compile_error!s");
        file.items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Macro(m) => Some(m.mac.parse_body::<syn::LitStr>().ok()?.value()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_row_shows_its_first_errors_and_counts_the_rest() {
        let mut errors = Errors::new();
        errors.begin_row();
        for i in 0..ROW_LIMIT + 5 {
            errors.span(Span::call_site(), format!("error {i}"));
        }
        assert!(errors.end_row(Span::call_site(), &"row A.1"));
        let shown = messages(&errors);
        assert_eq!(shown.len(), ROW_LIMIT + 1, "{shown:#?}");
        assert_eq!(shown[0], "error 0");
        assert!(
            shown[ROW_LIMIT].starts_with("row A.1: … and 5 more errors"),
            "{}",
            shown[ROW_LIMIT]
        );
        assert_eq!(errors.len(), ROW_LIMIT + 5);
        // A row without errors says so, and adds no line.
        errors.begin_row();
        assert!(!errors.end_row(Span::call_site(), &"row A.2"));
        assert_eq!(messages(&errors).len(), ROW_LIMIT + 1);
    }

    #[test]
    fn a_catalog_shows_its_first_errors_and_counts_the_rest() {
        let mut errors = Errors::new();
        for i in 0..CATALOG_LIMIT * 3 {
            errors.begin_row();
            errors.span(Span::call_site(), format!("error {i}"));
            errors.end_row(Span::call_site(), &"row");
        }
        errors.hide(7);
        let shown = messages(&errors);
        assert_eq!(shown.len(), CATALOG_LIMIT + 1);
        let last = &shown[CATALOG_LIMIT];
        assert!(
            last.starts_with(&format!("… and {} more errors", CATALOG_LIMIT * 2 + 7)),
            "{last}"
        );
        assert_eq!(errors.len(), CATALOG_LIMIT * 3 + 7);
    }
}
