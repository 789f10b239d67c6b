//! The catalog's rows as data, for the runtime's `Table` (`error-catalog/src/table.rs`, which
//! documents the layout): one string with every text, each distinct text once, and
//! little-endian `u32` words that locate them. Two literals cost rustc next to nothing to
//! read, where a struct literal per row dominated a catalog's type checking (BENCHMARKS.md).

use quote::ToTokens;

use crate::hash::FnvMap;
use crate::model::{Catalog, Piece, Row, Template};

/// Words per row, and the order of a row's fields: must match the runtime's `table::row`.
const ROW: usize = 24;
const HEADER: usize = 11;
/// Second word of a piece that is a parameter (the runtime's `table::ARG`, which says why
/// `~~~~`).
const ARG: u32 = 0x7E7E_7E7E;
/// First word of the pieces of a template that is its source as one literal (`table::WHOLE`).
const WHOLE: u32 = 0x7E7E_7E7E;

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
        let start = (self.pieces.len() / 2) as u32;
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
                .map(|p| p.ident.to_string().trim_start_matches("r#").to_string())
                .collect();
            (row.variant_name.as_str(), row.ctor_name.as_str(), params)
        })
        .collect();
    let groups: Vec<String> = catalog.groups.iter().map(|g| g.ident.to_string()).collect();
    let mut w = Writer::default();
    // About eight texts a row, most of them distinct: sized once rather than rehashed.
    w.seen.reserve(catalog.rows.len() * 8);
    let mut rows = Vec::with_capacity(catalog.rows.len() * ROW);
    for (i, row) in catalog.rows.iter().enumerate() {
        let (variant, ctor, params) = &names[i];
        rows.extend(w.text(&row.code));
        rows.push(status_word(row));
        rows.extend(w.text(&groups[row.group]));
        rows.extend(w.text(variant));
        rows.extend(w.text(ctor));
        rows.extend(w.text(&row.message.source));
        rows.extend(w.pieces(&row.message));
        rows.extend(w.text(&row.description.source));
        rows.extend(w.pieces(&row.description));
        rows.extend(w.text(&row.solution));
        // Where the row's parameters start, or zero for a row without any (as an empty text).
        let start = if params.is_empty() {
            0
        } else {
            w.params.len() / 4
        };
        rows.push(start as u32);
        rows.push(params.len() as u32);
        for (name, ty) in params.iter().zip(&types[i]) {
            let name = w.text(name);
            let ty = w.text(ty);
            w.params.extend(name.into_iter().chain(ty));
        }
        rows.extend(w.text(&docs[i]));
        rows.push(row.group as u32);
    }
    let order = code_order(&catalog.rows);
    let index = code_index(&catalog.rows);
    let mut words = vec![0u32; HEADER];
    let section = |words: &mut Vec<u32>, body: &[u32]| {
        let at = words.len() as u32;
        words.extend_from_slice(body);
        at
    };
    let rows_at = section(&mut words, &rows);
    let pieces_at = section(&mut words, &w.pieces);
    let params_at = section(&mut words, &w.params);
    let order_at = section(&mut words, &order);
    let displacements_at = section(&mut words, &index.displacements);
    let slots_at = section(&mut words, &index.slots);
    words[..HEADER].copy_from_slice(&[
        catalog.rows.len() as u32,
        rows_at,
        pieces_at,
        params_at,
        order_at,
        displacements_at,
        index.displacements.len() as u32,
        slots_at,
        index.slots.len() as u32,
        index.seed as u32,
        (index.seed >> 32) as u32,
    ]);
    let mut data = Vec::with_capacity(words.len() * 4);
    for word in words {
        data.extend_from_slice(&word.to_le_bytes());
    }
    Encoded { text: w.text, data }
}

/// The row's status word (the runtime's `Entry::statuses`): the primary status in bits 0-9,
/// the others of `404/500` in bits 10-19 and 20-29, zero where there is none. A row with one
/// status writes its number, as before.
fn status_word(row: &Row) -> u32 {
    let more = row.more_statuses.iter().enumerate();
    more.fold(u32::from(row.status.unwrap_or(0)), |word, (i, &s)| {
        word | u32::from(s) << (10 * (i + 1))
    })
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
