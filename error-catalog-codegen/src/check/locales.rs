//! Translations (`locale "zh-CN" { … }` and `locale "zh-CN" file "…";`): each checked against
//! the row it translates. A translation's placeholders must be exactly its source's (the same
//! parameters, by position or by name as the source may name them, in any order a language
//! needs); every problem names the locale and the code.

use std::fmt::Display;

use error_catalog_layout::locale::LanguageTag;
use proc_macro2::TokenStream;
use syn::{Attribute, Ident, LitStr, Meta};

use crate::diag::Errors;
use crate::front::ast::{Field, LocaleBody, LocaleDecl, Str, TranslatedRow, Value};
use crate::front::file;
use crate::front::row_attrs;
use crate::hash::FnvMap;
use crate::model::{Locale, Piece, Row, Template, Translation};
use crate::names;
use crate::template::{self, Dialect, Key, Part};

const COLUMNS: &[&str] = &["message", "description", "solution"];
const FILE_COLUMNS: &[&str] = &["code", "message", "description", "solution", "dialect"];

/// How many codes a "missing translation" error lists before "and N more".
const LISTED: usize = 10;

/// The table's own language: `#[error_catalog(locale = "…")]`, canonical, or `en`.
pub(super) fn source(lit: Option<&LitStr>, errors: &mut Errors) -> String {
    let Some(lit) = lit else {
        return "en".into();
    };
    let value = lit.value();
    match LanguageTag::parse(&value) {
        Ok(tag) => tag.to_string(),
        Err(e) => {
            errors.at(lit, format!("`locale = {value:?}`: {e}"));
            "en".into()
        }
    }
}

/// The checked translations, and the `include_bytes!` of their files.
pub(super) fn check(
    decls: Vec<LocaleDecl>,
    rows: &[Row],
    all_codes: &FnvMap<String, ()>,
    dialect: Dialect,
    source: &str,
    errors: &mut Errors,
) -> (Vec<Locale>, TokenStream) {
    let mut index: FnvMap<&str, Option<usize>> = FnvMap::default();
    for (i, row) in rows.iter().enumerate() {
        // A code several rows share (`#[shared_code]`) cannot say which row it translates.
        index
            .entry(row.code.as_str())
            .and_modify(|e| *e = None)
            .or_insert(Some(i));
    }
    let codes: Vec<&str> = index.keys().copied().collect();
    let mut locales: Vec<Locale> = Vec::new();
    let mut includes = TokenStream::new();
    for decl in decls {
        let Some(tag) = tag(&decl.tag, source, errors) else {
            continue;
        };
        if locales.iter().any(|l| l.tag == tag) {
            errors.at(
                &decl.tag,
                format!("locale {tag:?} is declared twice; put all its translations in one `locale \"{tag}\" {{ … }}`"),
            );
            continue;
        }
        let (required, block_dialect) = attrs(&decl.attrs, &tag, errors);
        let dialect = block_dialect.unwrap_or(dialect);
        let translated = match decl.body {
            LocaleBody::Inline(list) => list,
            LocaleBody::File(path) => {
                let (list, include) = from_file(&path, &tag, errors);
                includes.extend(include);
                list
            }
        };
        let mut out: Vec<Option<Translation>> = (0..rows.len()).map(|_| None).collect();
        for t in translated {
            let whose = Whose(&tag, &t);
            let Some(&found) = index.get(t.code.value.as_str()) else {
                if all_codes.contains_key(&t.code.value) {
                    // The row itself failed and was reported.
                    continue;
                }
                let hint = match names::did_you_mean(&t.code.value, &codes) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "translations name a row of the table by its code".to_string(),
                };
                errors.at(
                    &t.code,
                    format!("{whose}: no row has code `{}`; {hint}", t.code.value),
                );
                continue;
            };
            let Some(i) = found else {
                errors.at(&t.code, format!("{whose}: code `{}` is shared by several rows (`#[shared_code]`), so a translation by code cannot say which; give the rows their own codes to translate them", t.code.value));
                continue;
            };
            if out[i].is_some() {
                errors.at(
                    &t.code,
                    format!("{whose}: translated twice in this locale; keep one"),
                );
                continue;
            }
            out[i] = translation(&t, &rows[i], dialect, &whose, errors);
        }
        if required {
            missing(&out, rows, &tag, &decl.keyword, errors);
        }
        locales.push(Locale { tag, rows: out });
    }
    (locales, includes)
}

/// How diagnostics name a translation: `locale "zh-CN", row LOGIN.0001`.
struct Whose<'a>(&'a str, &'a TranslatedRow);

impl Display for Whose<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.1.origin {
            Some(origin) => write!(
                f,
                "{origin}: locale {:?}, row {}",
                self.0, self.1.code.value
            ),
            None => write!(f, "locale {:?}, row {}", self.0, self.1.code.value),
        }
    }
}

/// The tag, well-formed and in canonical case; not the table's own language.
fn tag(lit: &Str, source: &str, errors: &mut Errors) -> Option<String> {
    match LanguageTag::parse(&lit.value) {
        Ok(tag) => {
            let tag = tag.to_string();
            if tag.eq_ignore_ascii_case(source) {
                errors.at(lit, format!("locale {tag:?} is the table's own language (`#[error_catalog(locale = \"{source}\")]`); its texts are the rows themselves"));
                return None;
            }
            Some(tag)
        }
        Err(e) => {
            errors.at(lit, format!("locale {:?}: {e}", lit.value));
            None
        }
    }
}

/// `#[required]` (every row needs a translated message) and `#[dialect = "…"]` on a block.
fn attrs(attrs: &[Attribute], tag: &str, errors: &mut Errors) -> (bool, Option<Dialect>) {
    let (mut required, mut dialect) = (false, None);
    let whose = format!("locale {tag:?}");
    for attr in attrs {
        match &attr.meta {
            Meta::Path(p) if p.is_ident("required") => required = true,
            Meta::NameValue(nv) if nv.path.is_ident("dialect") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(lit),
                    ..
                }) => dialect = row_attrs::dialect(lit, &whose, errors),
                other => errors.at(other, format!("{whose}: `dialect` takes a string, such as `#[dialect = \"printf\"]`")),
            },
            _ if attr.path().is_ident("doc") => {}
            _ => errors.at(
                attr,
                format!("{whose}: unsupported attribute; a locale takes `#[required]` (every row must be translated) and `#[dialect = \"…\"]`"),
            ),
        }
    }
    (required, dialect)
}

/// One row's translation, checked against the row.
fn translation(
    t: &TranslatedRow,
    row: &Row,
    dialect: Dialect,
    whose: &dyn Display,
    errors: &mut Errors,
) -> Option<Translation> {
    let before = errors.len();
    let mut dialect = dialect;
    for attr in &t.attrs {
        match &attr.meta {
            Meta::NameValue(nv) if nv.path.is_ident("dialect") => {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(lit),
                    ..
                }) = &nv.value
                {
                    dialect = row_attrs::dialect(lit, whose, errors).unwrap_or(dialect);
                    continue;
                }
                errors.at(
                    attr,
                    format!("{whose}: write the dialect as `#[dialect = \"printf\"]`"),
                );
            }
            _ => errors.at(
                attr,
                format!("{whose}: unsupported attribute; a translation takes `#[dialect = \"…\"]`"),
            ),
        }
    }
    let mut out = Translation::default();
    let mut seen: Vec<String> = Vec::new();
    for Field { key, value } in &t.columns {
        let name = key.to_string();
        if !COLUMNS.contains(&name.as_str()) {
            let hint = match names::did_you_mean(&name, COLUMNS) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "a translation has `message`, `description` and `solution`".into(),
            };
            errors.at(key, format!("{whose}: unknown column `{name}`; {hint}"));
            continue;
        }
        if seen.contains(&name) {
            errors.at(
                key,
                format!("{whose}: column `{name}` is given twice; keep one"),
            );
            continue;
        }
        seen.push(name.clone());
        let Value::Str(text) = value else {
            errors.at(
                value,
                format!("{whose}: `{name}` takes a string literal, as in `{name}: \"…\"`"),
            );
            continue;
        };
        match name.as_str() {
            "message" => {
                out.message = template(text, &row.message, row, dialect, "message", whose, errors)
            }
            "description" => {
                out.description = template(
                    text,
                    &row.description,
                    row,
                    dialect,
                    "description",
                    whose,
                    errors,
                )
            }
            _ => out.solution = Some(text.value.clone()),
        }
    }
    (errors.len() == before).then_some(out)
}

/// A translated column: scanned with its dialect, its placeholders resolved to the row's
/// parameters and compared with the source column's.
fn template(
    text: &Str,
    source: &Template,
    row: &Row,
    dialect: Dialect,
    column: &str,
    whose: &dyn Display,
    errors: &mut Errors,
) -> Option<Template> {
    let parts = match template::scan_with(&text.value, dialect) {
        Ok(parts) => parts,
        Err(list) => {
            for e in list {
                errors.at(
                    text,
                    format!("{whose}: in the {column}, {}", e.describe(&text.value)),
                );
            }
            return None;
        }
    };
    // A parameter is named as the source may name it: by position or by name.
    let param_of = |key: &Key| match key {
        Key::Index(i) => (*i < row.params.len()).then_some(*i),
        Key::Name(n) => (row.params.iter()).position(|p| unraw(&p.ident) == *n),
    };
    let mut pieces = Vec::with_capacity(parts.len());
    let mut used = vec![false; row.params.len()];
    let mut ok = true;
    for part in parts {
        match part {
            Part::Lit(lit) => pieces.push(Piece::Lit(lit)),
            Part::Hole { key, .. } => match param_of(&key) {
                Some(i) => {
                    used[i] = true;
                    pieces.push(Piece::Arg(i));
                }
                None => {
                    ok = false;
                    errors.at(text, format!("{whose}: the {column} uses placeholder `{}`, which is not a parameter of the row ({}); a translation uses the source's placeholders", dialect.spell(&key), params_list(row)));
                }
            },
        }
    }
    let mut wanted = vec![false; row.params.len()];
    for piece in &source.pieces {
        if let Piece::Arg(i) = piece {
            wanted[*i] = true;
        }
    }
    for (i, p) in row.params.iter().enumerate() {
        let name = unraw(&p.ident);
        match (wanted[i], used[i]) {
            (true, false) => {
                ok = false;
                errors.at(text, format!("{whose}: the {column} leaves out parameter `{name}`, which the source's {column} shows; a translation shows every argument the source does (in any order)"));
            }
            (false, true) => {
                ok = false;
                errors.at(text, format!("{whose}: the {column} shows parameter `{name}`, which the source's {column} does not; a translation shows the same arguments as the source"));
            }
            _ => {}
        }
    }
    ok.then(|| Template {
        source: text.value.clone(),
        pieces,
    })
}

/// A parameter's name as placeholders spell it (`r#type` is `type`).
fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#")
        .map_or_else(|| name.clone(), str::to_string)
}

fn params_list(row: &Row) -> String {
    if row.params.is_empty() {
        return "it has none".into();
    }
    let list: Vec<String> = (row.params.iter().enumerate())
        .map(|(i, p)| format!("`{}` = {{{i}}}", unraw(&p.ident)))
        .collect();
    list.join(", ")
}

/// `#[required]`: the codes whose message the locale does not translate.
fn missing(out: &[Option<Translation>], rows: &[Row], tag: &str, at: &Ident, errors: &mut Errors) {
    let missing: Vec<&str> = (rows.iter().zip(out))
        .filter(|(_, t)| t.as_ref().is_none_or(|t| t.message.is_none()))
        .map(|(r, _)| r.code.as_str())
        .collect();
    if missing.is_empty() {
        return;
    }
    let mut listed: Vec<String> = missing
        .iter()
        .take(LISTED)
        .map(|c| format!("`{c}`"))
        .collect();
    if missing.len() > LISTED {
        listed.push(format!("and {} more", missing.len() - LISTED));
    }
    errors.at(
        at,
        format!("locale {tag:?} is `#[required]` but does not translate the message of {} row(s): {}; translate them, or remove `#[required]` to fall back to the source language", missing.len(), listed.join(", ")),
    );
}

/// The translations of `locale "…" file "…";`: one per line, by code.
fn from_file(path: &Str, tag: &str, errors: &mut Errors) -> (Vec<TranslatedRow>, TokenStream) {
    let lit = LitStr::new(&path.value, path.span());
    let option = format!("locale {tag:?} file");
    let Some((records, name, include)) = file::read(&lit, &option, "translation file", errors)
    else {
        return (Vec::new(), TokenStream::new());
    };
    let Some(records) = records else {
        return (Vec::new(), include);
    };
    let Some((first, rest)) = records.split_first() else {
        errors.at(
            &lit,
            format!(
                "translation file `{name}` is empty; its first line names the columns ({})",
                FILE_COLUMNS.join(", ")
            ),
        );
        return (Vec::new(), include);
    };
    let mut columns: Vec<(&str, usize)> = Vec::new();
    for (i, field) in first.fields.iter().enumerate() {
        let key = field.trim().to_ascii_lowercase();
        match FILE_COLUMNS.iter().find(|c| **c == key) {
            Some(c) if !columns.iter().any(|(k, _)| k == c) => columns.push((c, i)),
            _ => {
                errors.at(&lit, format!("{name}:{}: unexpected column {field:?} in the header; a translation file has the columns {}", first.line, FILE_COLUMNS.join(", ")));
                return (Vec::new(), include);
            }
        }
    }
    let Some(&(_, code_at)) = columns.iter().find(|(c, _)| *c == "code") else {
        errors.at(&lit, format!("{name}:{}: the header has no `code` column; the first line names the columns, e.g. `code\tmessage\tdescription\tsolution`", first.line));
        return (Vec::new(), include);
    };
    let span = path.span();
    let list = rest
        .iter()
        .map(|record| {
            let cell = |at: usize| record.fields.get(at).map_or("", String::as_str);
            let mut attrs: Vec<Attribute> = Vec::new();
            let mut fields = Vec::new();
            for &(column, at) in &columns {
                let text = cell(at);
                match column {
                    "code" => {}
                    // An empty cell is a column the translation does not give.
                    _ if text.is_empty() => {}
                    "dialect" => {
                        let d = LitStr::new(text, span);
                        attrs.push(syn::parse_quote_spanned!(span=> #[dialect = #d]));
                    }
                    _ => fields.push(Field {
                        key: Ident::new(column, span),
                        value: Value::Str(Str::with_value(text, span)),
                    }),
                }
            }
            TranslatedRow {
                attrs,
                code: Str::with_value(cell(code_at), span),
                columns: fields,
                origin: Some(format!("{name}:{}", record.line)),
            }
        })
        .collect();
    (list, include)
}
