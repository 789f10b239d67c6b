//! The catalog's rows as data, for the runtime's `Table`: one string with every text, each
//! distinct text once, and little-endian `u32` words that locate them, laid out as the
//! `error-catalog-layout` crate says (the runtime reads it through the same names). Two
//! literals cost rustc next to nothing to read, where a struct literal per row dominated a
//! catalog's type checking (BENCHMARKS.md).

use error_catalog_layout::{self as layout, row, Header, ARG, NO_STATUS, PARAM, PIECE, WHOLE};
use quote::ToTokens;

use crate::hash::FnvMap;
use crate::model::{Catalog, Locale, Piece, Row, Template};

pub struct Encoded {
    pub text: String,
    pub data: Vec<u8>,
}

#[derive(Default)]
struct Writer<'a> {
    text: String,
    seen: FnvMap<&'a str, u32>,
    pieces: Vec<u32>,
    params: Vec<u32>,
}

impl<'a> Writer<'a> {
    /// Offset and length of `s` in the text, adding it the first time.
    fn text(&mut self, s: &'a str) -> [u32; 2] {
        // Empty texts (most docs, some solutions) all point at the start: zero words, the
        // shortest bytes in the data literal.
        if s.is_empty() {
            return [0, 0];
        }
        let len = s.len() as u32;
        if let Some(&at) = self.seen.get(s) {
            return [at, len];
        }
        let at = self.text.len() as u32;
        self.text.push_str(s);
        self.seen.insert(s, at);
        [at, len]
    }

    /// Where the template's pieces start (in pieces) and how many there are; [`WHOLE`] for
    /// a template that is one literal, its source (most rows), which lists no pieces.
    fn pieces(&mut self, template: &'a Template) -> [u32; 2] {
        if let [Piece::Lit(text)] = template.pieces.as_slice() {
            if *text == template.source {
                return [WHOLE, 1];
            }
        }
        let start = (self.pieces.len() / PIECE) as u32;
        for piece in &template.pieces {
            let words = match piece {
                Piece::Lit(text) => self.text(text),
                Piece::Arg(i) => [*i as u32, ARG],
            };
            self.pieces.extend(words);
        }
        [start, template.pieces.len() as u32]
    }
}

pub fn encode(catalog: &Catalog, types: &[Vec<String>], docs: &[String]) -> Encoded {
    // Every name the rows refer to, made before the writer that borrows them.
    let names: Vec<(&str, &str, Vec<String>)> = (catalog.rows.iter())
        .map(|row| {
            let params = (row.params.iter())
                .map(|p| crate::names::name_of(&p.ident))
                .collect();
            (row.variant_name.as_str(), row.ctor_name.as_str(), params)
        })
        .collect();
    let groups: Vec<String> = catalog.groups.iter().map(|g| g.ident.to_string()).collect();
    let mut w = Writer::default();
    // About eight texts a row, most of them distinct: sized once rather than rehashed.
    w.seen.reserve(catalog.rows.len() * 8);
    let mut rows = Vec::with_capacity(catalog.rows.len() * row::WORDS);
    for (i, r) in catalog.rows.iter().enumerate() {
        let (variant, ctor, params) = &names[i];
        let mut words = [0u32; row::WORDS];
        let mut put = |at: usize, value: &[u32]| words[at..at + value.len()].copy_from_slice(value);
        put(row::CODE, &w.text(&r.code));
        put(row::STATUS, &[status_word(r)]);
        put(row::GROUP, &w.text(&groups[r.group]));
        put(row::VARIANT, &w.text(variant));
        put(row::NAME, &w.text(ctor));
        put(row::MESSAGE, &w.text(&r.message.source));
        put(row::MESSAGE + row::TEMPLATE_PIECES, &w.pieces(&r.message));
        put(row::DESCRIPTION, &w.text(&r.description.source));
        put(
            row::DESCRIPTION + row::TEMPLATE_PIECES,
            &w.pieces(&r.description),
        );
        put(row::SOLUTION, &w.text(&r.solution));
        // Where the row's parameters start, or zero for a row without any (as an empty text).
        let start = if params.is_empty() {
            0
        } else {
            w.params.len() / PARAM
        };
        put(row::PARAMS, &[start as u32, params.len() as u32]);
        for (name, ty) in params.iter().zip(&types[i]) {
            let name = w.text(name);
            let ty = w.text(ty);
            w.params.extend(name.into_iter().chain(ty));
        }
        put(row::DOC, &w.text(&docs[i]));
        put(row::GROUP_INDEX, &[r.group as u32]);
        rows.extend(words);
    }
    let order = code_order(&catalog.rows);
    let index = code_index(&catalog.rows);
    finish(w, rows, order, index)
}

/// One locale's table: the catalog's layout, each row holding the translation's message,
/// description and solution (the source's where it gives none) and which of them it gives;
/// no codes, parameters or perfect hash, which the catalog's own table has.
pub fn encode_locale(catalog: &Catalog, locale: &Locale) -> Encoded {
    use error_catalog_layout::translation;
    let mut w = Writer::default();
    let mut rows = Vec::with_capacity(catalog.rows.len() * row::WORDS);
    for t in &locale.rows {
        let mut words = [0u32; row::WORDS];
        let mut put = |at: usize, value: &[u32]| words[at..at + value.len()].copy_from_slice(value);
        let t = t.as_ref();
        let message = t.and_then(|t| t.message.as_ref());
        let description = t.and_then(|t| t.description.as_ref());
        let solution = t.and_then(|t| t.solution.as_deref());
        let bit = |given: bool, bit: u32| if given { bit } else { 0 };
        let present = bit(message.is_some(), translation::MESSAGE)
            | bit(description.is_some(), translation::DESCRIPTION)
            | bit(solution.is_some(), translation::SOLUTION);
        put(translation::PRESENT, &[present]);
        if let Some(m) = message {
            put(row::MESSAGE, &w.text(&m.source));
            put(row::MESSAGE + row::TEMPLATE_PIECES, &w.pieces(m));
        }
        if let Some(d) = description {
            put(row::DESCRIPTION, &w.text(&d.source));
            put(row::DESCRIPTION + row::TEMPLATE_PIECES, &w.pieces(d));
        }
        put(row::SOLUTION, &w.text(solution.unwrap_or_default()));
        rows.extend(words);
    }
    let order = (0..catalog.rows.len() as u32).collect();
    let index = super::phf::Table::default();
    finish(w, rows, order, index)
}

/// The header and the sections, as bytes.
fn finish(w: Writer<'_>, rows: Vec<u32>, order: Vec<u32>, index: super::phf::Table) -> Encoded {
    let header = Header {
        rows: rows.len() / row::WORDS,
        pieces: w.pieces.len() / PIECE,
        params: w.params.len() / PARAM,
        displacements: index.displacements.len(),
        slots: index.slots.len(),
        seed: index.seed,
        text_len: w.text.len(),
    };
    // The sections in the layout's order, each where the header says it starts.
    let mut words = Vec::with_capacity(header.words());
    words.extend(header.to_words());
    for (at, section) in [
        (header.rows_at(), &rows),
        (header.pieces_at(), &w.pieces),
        (header.params_at(), &w.params),
        (header.order_at(), &order),
        (header.displacements_at(), &index.displacements),
        (header.slots_at(), &index.slots),
    ] {
        debug_assert_eq!(words.len(), at);
        words.extend_from_slice(section);
    }
    debug_assert_eq!(words.len(), header.words());
    let mut data = Vec::with_capacity(words.len() * 4);
    for word in words {
        data.extend_from_slice(&word.to_le_bytes());
    }
    // Every span and index, not only the header the runtime checks in const (debug builds:
    // every test build of the macro).
    debug_assert_eq!(
        layout::validate(&w.text, &data),
        Ok(header),
        "the table the macro wrote does not follow its layout"
    );
    Encoded { text: w.text, data }
}

/// The row's status word (`layout::status_word`): its statuses, primary first; a row with
/// one status writes its number, one without writes `NO_STATUS`.
fn status_word(row: &Row) -> u32 {
    match (row.status, row.more_statuses.as_slice()) {
        (None, _) => NO_STATUS,
        (Some(status), []) => u32::from(status),
        (Some(status), more) => {
            let all: Vec<u16> = std::iter::once(status)
                .chain(more.iter().copied())
                .collect();
            layout::status_word(&all)
        }
    }
}

/// Each row's parameter types as the runtime reports them: as written, or `Text`.
pub fn param_types(row: &Row) -> Vec<String> {
    (row.params.iter())
        .map(|p| match &p.ty {
            Some(ty) => ty.to_token_stream().to_string(),
            None => "Text".to_string(),
        })
        .collect()
}

/// The rows' indexes sorted by code (stable: rows sharing a code stay in table order).
fn code_order(rows: &[Row]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..rows.len() as u32).collect();
    order.sort_by(|&a, &b| rows[a as usize].code.cmp(&rows[b as usize].code));
    order
}

/// The perfect hash of the codes (`phf.rs`), each to its first row in table order.
fn code_index(rows: &[Row]) -> super::phf::Table {
    let mut seen = std::collections::HashSet::new();
    let keys: Vec<(&str, u32)> = (rows.iter().enumerate())
        .filter(|(_, row)| seen.insert(row.code.as_str()))
        .map(|(i, row)| (row.code.as_str(), i as u32))
        .collect();
    super::phf::build(&keys)
}
