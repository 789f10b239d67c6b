//! The static table of rows as data: per chunk of rows, one string holding every text and
//! byte strings of little-endian `u32` offsets into it, decoded in const by the runtime's
//! `__private::{pieces, params, entries}`. rustc type-checks a handful of literals per chunk
//! instead of some twenty expressions per row (BENCHMARKS.md). The word layouts here and in
//! the runtime's `__private.rs` must agree; the integration tests read every field back.

use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Catalog, Piece, Row, Template};

/// Rows per chunk: each chunk is one const evaluation, and rustc's lint against long const
/// evaluations counts steps per evaluation (a row takes a few hundred).
const CHUNK: usize = 256;

/// The initializer of `static ENTRIES: [Entry; N]`.
pub fn entries(catalog: &Catalog) -> TokenStream {
    let krate = &catalog.krate;
    let chunks: Vec<TokenStream> = (catalog.rows.chunks(CHUNK).enumerate())
        .map(|(i, rows)| chunk(catalog, i, rows))
        .collect();
    if chunks.len() == 1 {
        return quote!({ #(#chunks)* __C0 });
    }
    let names = (0..chunks.len()).map(|i| format_ident!("__C{}", i));
    quote!({
        #(#chunks)*
        #krate::__private::concat(&[#(&#names),*])
    })
}

#[derive(Default)]
struct Encoder<'a> {
    text: String,
    spans: HashMap<&'a str, [u32; 2]>,
    rows: Vec<u8>,
    pieces: Vec<u8>,
    piece_count: u32,
    params: Vec<u8>,
    param_count: u32,
}

fn push(out: &mut Vec<u8>, words: &[u32]) {
    for w in words {
        out.extend_from_slice(&w.to_le_bytes());
    }
}

impl<'a> Encoder<'a> {
    /// The span of `s` in the chunk's text; equal strings are stored once.
    fn span(&mut self, s: &'a str) -> [u32; 2] {
        if let Some(&span) = self.spans.get(s) {
            return span;
        }
        let span = [self.text.len() as u32, s.len() as u32];
        self.text.push_str(s);
        self.spans.insert(s, span);
        span
    }

    fn template(&mut self, template: &'a Template) -> [u32; 4] {
        let [s, l] = self.span(&template.source);
        let start = self.piece_count;
        for piece in &template.pieces {
            let words = match piece {
                Piece::Lit(text) => self.span(text),
                Piece::Arg(i) => [*i as u32, u32::MAX],
            };
            push(&mut self.pieces, &words);
        }
        self.piece_count += template.pieces.len() as u32;
        [s, l, start, template.pieces.len() as u32]
    }

    fn row(&mut self, row: &'a Row, names: &'a RowNames) {
        let mut words = Vec::with_capacity(23);
        words.extend(self.span(&row.code));
        words.push(u32::from(row.status.unwrap_or(0)));
        words.extend(self.span(&names.group));
        words.extend(self.span(&names.variant));
        words.extend(self.span(&names.name));
        words.extend(self.template(&row.message));
        words.extend(self.template(&row.description));
        words.extend(self.span(&row.solution));
        words.extend([self.param_count, row.params.len() as u32]);
        for (name, ty) in &names.params {
            let mut param = self.span(name).to_vec();
            param.extend(self.span(ty));
            push(&mut self.params, &param);
        }
        self.param_count += row.params.len() as u32;
        words.extend(self.span(&names.doc));
        debug_assert_eq!(words.len(), 23, "ROW_WORDS in the runtime's __private.rs");
        push(&mut self.rows, &words);
    }
}

/// The strings of a row that the model keeps as identifiers or attributes.
struct RowNames {
    group: String,
    variant: String,
    name: String,
    params: Vec<(String, String)>,
    doc: String,
}

fn row_names(catalog: &Catalog, row: &Row) -> RowNames {
    let params = row.params.iter().map(|p| {
        let name = p.ident.to_string().trim_start_matches("r#").to_string();
        let ty = match &p.ty {
            Some(ty) => quote!(#ty).to_string(),
            None => "Text".to_string(),
        };
        (name, ty)
    });
    let doc = row
        .doc_lines()
        .iter()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    RowNames {
        group: catalog.groups[row.group].ident.to_string(),
        variant: row.variant.to_string(),
        name: row.ctor.to_string(),
        params: params.collect(),
        doc,
    }
}

fn chunk(catalog: &Catalog, index: usize, rows: &[Row]) -> TokenStream {
    let krate = &catalog.krate;
    let names: Vec<RowNames> = rows.iter().map(|r| row_names(catalog, r)).collect();
    let mut enc = Encoder::default();
    for (row, names) in rows.iter().zip(&names) {
        enc.row(row, names);
    }
    let [t, p, q, c] = ["T", "P", "Q", "C"].map(|k| format_ident!("__{}{}", k, index));
    let text = Literal::string(&enc.text);
    let (row_data, piece_data, param_data) = (
        Literal::byte_string(&enc.rows),
        Literal::byte_string(&enc.pieces),
        Literal::byte_string(&enc.params),
    );
    let (n, np, nq) = (
        Literal::usize_unsuffixed(rows.len()),
        Literal::u32_unsuffixed(enc.piece_count),
        Literal::u32_unsuffixed(enc.param_count),
    );
    quote! {
        const #t: &str = #text;
        const #p: [#krate::Piece; #np] = #krate::__private::pieces(#t, #piece_data);
        const #q: [#krate::Param; #nq] = #krate::__private::params(#t, #param_data);
        const #c: [#krate::Entry; #n] = #krate::__private::entries(#t, #row_data, &#p, &#q);
    }
}
