//! Localized catalogs: a translation's texts per row, found along the locale's fallback chain.
//!
//! Each translation is a table of the catalog's own layout (`error_catalog_layout::translation`
//! says which of its rows' columns it gives), generated only for a catalog that declares
//! translations: a catalog without any pays nothing but two empty fields of `Catalog`.

use alloc::string::String;
use alloc::vec::Vec;

use error_catalog_layout::{row, translation};

use crate::catalog::Catalog;
use crate::entry::Entry;
use crate::locale::fallbacks;
use crate::table::Table;
use crate::template::Template;

/// One translation of a catalog, as the macro lists it.
#[doc(hidden)]
#[derive(Debug)]
pub struct LocaleTable {
    /// The BCP 47 tag, canonical (`zh-CN`).
    pub tag: &'static str,
    pub table: &'static Table,
}

impl Catalog {
    /// The language of the table's own texts (`#[error_catalog(locale = "…")]`, `"en"` by
    /// default).
    pub fn source_locale(&self) -> &'static str {
        self.__source_locale()
    }

    /// Every language the catalog speaks: the source language first, then each translation in
    /// the order the table declares them.
    pub fn locales(&self) -> impl Iterator<Item = &'static str> + '_ {
        core::iter::once(self.source_locale()).chain(self.__locales().iter().map(|l| l.tag))
    }

    /// The translation whose tag is `tag` (ASCII case-insensitive, as tags compare).
    fn translation(&self, tag: &str) -> Option<&'static Table> {
        let found = self
            .__locales()
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(tag));
        found.map(|l| l.table)
    }

    /// The locale that texts in `tag` come from, for a row or the whole catalog: the first of
    /// `tag`'s fallbacks that the catalog has, else the source language. What a response's
    /// `Content-Language` says.
    pub fn resolve_locale(&self, tag: &str) -> &'static str {
        for candidate in fallbacks(tag) {
            if let Some(found) = self.locales().find(|l| l.eq_ignore_ascii_case(candidate)) {
                return found;
            }
        }
        self.source_locale()
    }
}

impl Catalog {
    /// Which codes each translation lacks, as Markdown: a table with one line per locale
    /// (messages, descriptions and solutions translated, out of the rows that have one in
    /// the source), then each locale's untranslated messages by code. `""` for a catalog
    /// without translations.
    pub fn coverage_markdown(&self) -> String {
        use core::fmt::Write as _;
        if self.__locales().is_empty() {
            return String::new();
        }
        let count = |f: &dyn Fn(&Entry) -> bool| self.iter().filter(|e| f(e)).count();
        let has_description = count(&|e| !e.description().source().is_empty());
        let has_solution = count(&|e| !e.solution().is_empty());
        let mut out = String::from("# Translation coverage\n\n");
        let _ = writeln!(
            out,
            "Source language: `{}`, {} rows.\n\n| Locale | Messages | Descriptions | Solutions |\n|---|---|---|---|",
            self.source_locale(),
            self.len()
        );
        let mut missing = String::new();
        for l in self.__locales() {
            let has = |e: &Entry, bit| {
                l.table
                    .word(Table::field(e.row() as u32, translation::PRESENT))
                    & bit
                    != 0
            };
            let messages = count(&|e| has(e, translation::MESSAGE));
            let descriptions = count(&|e| has(e, translation::DESCRIPTION));
            let solutions = count(&|e| has(e, translation::SOLUTION));
            let _ = writeln!(
                out,
                "| `{}` | {messages} / {} | {descriptions} / {has_description} | {solutions} / {has_solution} |",
                l.tag,
                self.len()
            );
            let lacking: Vec<&str> = (self.iter())
                .filter(|e| !has(e, translation::MESSAGE))
                .map(|e| e.code())
                .collect();
            if !lacking.is_empty() {
                let _ = write!(
                    missing,
                    "\n## `{}`: {} message(s) not translated\n\n",
                    l.tag,
                    lacking.len()
                );
                for code in lacking {
                    let _ = writeln!(missing, "- `{}`", code.replace('`', "'"));
                }
            }
        }
        out.push_str(&missing);
        out
    }
}

impl Entry {
    /// The table and row that give this row's `column` (a [`translation`] bit) in `tag`:
    /// the first fallback of `tag` whose translation has it; `None` for the source's.
    fn translated(&self, tag: &str, column: u32) -> Option<&'static Table> {
        let catalog = self.catalog();
        for candidate in fallbacks(tag) {
            if candidate.eq_ignore_ascii_case(catalog.source_locale()) {
                return None;
            }
            if let Some(table) = catalog.translation(candidate) {
                let present = table.word(Table::field(self.row() as u32, translation::PRESENT));
                if present & column != 0 {
                    return Some(table);
                }
            }
        }
        None
    }

    /// The message in `tag` (`zh-CN`, `pt-BR`…): the translation of the first of the tag's
    /// fallbacks (`zh-Hant-TW`, `zh-Hant`, `zh`) that has one, else the source's. Its pieces
    /// index the same parameters as [`Entry::message`].
    pub fn message_in(&self, tag: &str) -> Template {
        match self.translated(tag, translation::MESSAGE) {
            Some(table) => template(table, self.row(), row::MESSAGE),
            None => self.message(),
        }
    }

    /// The description in `tag`, found as [`Entry::message_in`] finds the message.
    pub fn description_in(&self, tag: &str) -> Template {
        match self.translated(tag, translation::DESCRIPTION) {
            Some(table) => template(table, self.row(), row::DESCRIPTION),
            None => self.description(),
        }
    }

    /// The solution in `tag`, found as [`Entry::message_in`] finds the message.
    pub fn solution_in(&self, tag: &str) -> &'static str {
        match self.translated(tag, translation::SOLUTION) {
            Some(table) => table.text(Table::field(self.row() as u32, row::SOLUTION)),
            None => self.solution(),
        }
    }

    /// Every template the row's message has: the source's, then each translation's, for
    /// decoding a message in any language the catalog ships.
    pub(crate) fn messages(&self) -> impl Iterator<Item = Template> + '_ {
        let row = self.row();
        let translated = (self.catalog().__locales().iter())
            .filter(move |l| {
                l.table.word(Table::field(row as u32, translation::PRESENT)) & translation::MESSAGE
                    != 0
            })
            .map(move |l| template(l.table, row, row::MESSAGE));
        core::iter::once(self.message()).chain(translated)
    }
}

fn template(table: &'static Table, row: usize, field: usize) -> Template {
    Template::__from_table(table, table.words(Table::field(row as u32, field)))
}
