//! The table's grammar, parsed from the tokens of `catalog! { … }`.
//!
//! ```text
//! table   := item*
//! item    := group | row
//! group   := attr* "group" Ident "{" (key ":" literal),* "}"        keys: status, prefix, grpc
//! row     := attr* status? code (Group "::")? name params? column,* ";"
//! status  := integer literal (100..=599)
//! code    := string literal
//! params  := "(" (name (":" Type)?),* ")"
//! column  := key ":" string literal                                   keys: message, description, solution
//! attr    := doc comment | #[dialect = "…"] | #[shared_code] | #[grpc = "…"]   (rows; row_attrs.rs)
//! ```
//!
//! Parsing is syntax only; everything about meaning (ranges, placeholders, duplicates) is
//! checked in `check.rs`. A row that does not parse is reported and skipped up to its `;` (a
//! group declaration up to its `{ … }`), so the items after it are still parsed and checked.
//! Every syntax error names the row (by its code) or the group it is in.

use proc_macro2::{Delimiter, Group, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{token, Attribute, Ident, Lit, LitFloat, LitInt, LitStr, Path, Token, Type, TypePath};

use crate::diag::Errors;

pub struct Table {
    pub items: Vec<Item>,
}

pub enum Item {
    Group(GroupDecl),
    Row(Row),
    Locale(LocaleDecl),
}

/// `locale "zh-CN" { "LOGIN.0001" message: "…"; … }` or `locale "zh-CN" file "zh-CN.tsv";`:
/// one language's texts for rows of the table, by code.
pub struct LocaleDecl {
    pub attrs: Vec<Attribute>,
    pub keyword: Ident,
    pub tag: Str,
    pub body: LocaleBody,
}

pub enum LocaleBody {
    Inline(Vec<TranslatedRow>),
    File(Str),
}

/// A translation of one row: its code, then columns as a row's (`message: "…"`, …).
pub struct TranslatedRow {
    pub attrs: Vec<Attribute>,
    pub code: Str,
    pub columns: Vec<Field>,
    /// `zh-CN.tsv:12` for a translation read from a file.
    pub origin: Option<String>,
}

pub struct GroupDecl {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    pub fields: Vec<Field>,
}

/// `key: value` in a group declaration or a row; the value is any run of tokens so that a
/// wrong kind of value is reported by the checker with the row's name, not as a syntax error.
pub struct Field {
    pub key: Ident,
    pub value: Value,
}

pub enum Value {
    Str(Str),
    Int(Int),
    /// Anything else, up to the next `,` or `;`: reported by the checker.
    Other(TokenStream),
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Str(s) => s.to_tokens(tokens),
            Value::Int(i) => i.to_tokens(tokens),
            Value::Other(other) => other.to_tokens(tokens),
        }
    }
}

/// A number literal where an integer is expected, with its base-10 digits (`LitInt` would
/// parse them into a big integer). Only its span is kept of the token: it is there to point
/// diagnostics at. A suffix (`400i8`) or a float (`404f32`) is kept for the checker to
/// report: a status has no type, and `404f32` is no status.
pub struct Int {
    pub span: Span,
    pub digits: String,
    /// `i8` of `400i8`; empty without a suffix.
    pub suffix: Box<str>,
    /// A float (`404f32`, `4e2`): its `digits` are empty.
    pub float: bool,
    /// The literal as written, when it is a float or has a suffix (for messages).
    pub written: Option<Box<str>>,
}

impl Int {
    /// The integer (or float) literal `token` is, or `None` for any other literal.
    pub fn new(token: &Literal) -> Option<Int> {
        let repr = token.to_string();
        if !repr.is_empty() && repr.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Int::with_digits(&repr, token.span()));
        }
        match Lit::new(token.clone()) {
            Lit::Int(lit) => Some(Int::from_lit(&lit)),
            Lit::Float(_) => Some(Int {
                span: token.span(),
                digits: String::new(),
                suffix: Box::default(),
                float: true,
                written: Some(repr.into()),
            }),
            _ => None,
        }
    }

    pub fn from_lit(lit: &LitInt) -> Int {
        Int {
            span: lit.span(),
            digits: lit.base10_digits().to_string(),
            suffix: lit.suffix().into(),
            float: false,
            written: (!lit.suffix().is_empty()).then(|| lit.to_string().into()),
        }
    }

    /// `digits`, spanned at `span` (rows read from a file).
    pub fn with_digits(digits: &str, span: Span) -> Int {
        Int {
            span,
            digits: digits.to_string(),
            suffix: Box::default(),
            float: false,
            written: None,
        }
    }

    /// The literal as written, for messages: `400`, `400i8`, `404f32`.
    pub fn written(&self) -> &str {
        self.written.as_deref().unwrap_or(&self.digits)
    }
}

/// A string literal with its value, unescaped once (`LitStr::value` re-parses the literal on
/// every call). Only its span is kept of the token: it is there to point diagnostics at.
#[derive(Clone)]
pub struct Str {
    pub span: Span,
    pub value: String,
    /// Text after the closing quote (`"x"suffix`), which the checker reports.
    pub suffix: Box<str>,
}

impl Str {
    /// The string literal `token` is, or `None` for any other literal.
    pub fn new(token: &Literal) -> Option<Str> {
        let mut repr = token.to_string();
        // Fast path: a plain `"…"` without escapes is its own value (a CR LF line break
        // inside is an LF in the value: syn's path).
        let bytes = repr.as_bytes();
        // `contains` on bytes is a `memchr`, fast even in the unoptimised macro.
        if bytes.len() >= 2
            && bytes[0] == b'"'
            && bytes[bytes.len() - 1] == b'"'
            && !bytes.contains(&b'\\')
            && !bytes.contains(&b'\r')
        {
            repr.pop();
            repr.remove(0);
            return Some(Str {
                span: token.span(),
                value: repr,
                suffix: Box::default(),
            });
        }
        // Escapes, raw strings, suffixes: syn knows them all. Other literals are no strings.
        if !matches!(bytes.first(), Some(b'"' | b'r')) {
            return None;
        }
        match Lit::new(token.clone()) {
            Lit::Str(lit) => Some(Str::from_lit(&lit)),
            _ => None,
        }
    }

    pub fn from_lit(lit: &LitStr) -> Str {
        Str {
            span: lit.span(),
            value: lit.value(),
            suffix: lit.suffix().into(),
        }
    }

    /// `value`, spanned at `span` (rows read from a file).
    pub fn with_value(value: &str, span: Span) -> Str {
        Str {
            span,
            value: value.to_string(),
            suffix: Box::default(),
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }
}

/// For `Errors::at`: a stand-in token at the literal's place.
fn spanned_at(span: Span, tokens: &mut TokenStream) {
    let mut token = Literal::u8_unsuffixed(0);
    token.set_span(span);
    token.to_tokens(tokens);
}

impl ToTokens for Int {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        spanned_at(self.span, tokens);
    }
}

impl ToTokens for Str {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        spanned_at(self.span, tokens);
    }
}

pub struct Row {
    /// 1-based position among the table's rows, counting rows that failed to parse, so a
    /// row without a code can still be named.
    pub number: usize,
    pub attrs: Vec<Attribute>,
    pub status: Option<Int>,
    /// `404/500`: the statuses after the first (primary) one, as listed.
    pub more_statuses: Vec<Int>,
    pub code: Str,
    pub group: Option<Ident>,
    pub name: Ident,
    pub params: Option<Params>,
    pub columns: Vec<Field>,
    /// `errors.tsv:12` for a row read from a file; `None` for a row of the inline table.
    pub origin: Option<String>,
}

pub struct Params {
    pub list: Vec<Param>,
}

pub struct Param {
    pub name: Ident,
    pub ty: Option<Type>,
}

/// Parses the whole table, reporting each bad item into `errors` and carrying on. `close` is
/// the span of the table's closing brace, where an item cut short is reported.
///
/// The table is first cut into items: a row ends at its `;`, a group declaration at its
/// `{ … }` (and a `;` after it). A row that failed to parse is thus skipped up to its `;`,
/// and the next item parses from its own first token.
pub fn table(tokens: TokenStream, close: Span, errors: &mut Errors) -> Table {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut items = Vec::new();
    let mut rows = 0;
    let mut rest = &tokens[..];
    while !rest.is_empty() {
        let (this, after) = rest.split_at(item_len(rest));
        rest = after;
        if let Some(mut row) = plain_row(this) {
            rows += 1;
            row.number = rows;
            items.push(Item::Row(row));
            continue;
        }
        if nests_deeper(this, MAX_NESTING) {
            rows += 1;
            let code = this.iter().find_map(|tt| match tt {
                TokenTree::Literal(lit) => Str::new(lit),
                _ => None,
            });
            let whose = code.map_or_else(
                || "a table item".to_string(),
                |c| format!("row {}", c.value),
            );
            let tokens: TokenStream = this.iter().take(3).cloned().collect();
            errors.at(
                tokens,
                format!("{whose} nests `<…>` and brackets more than {MAX_NESTING} levels deep, which the macro does not read (syn's parser recurses once per level); simplify the type"),
            );
            continue;
        }
        // The general parser, on this item alone; in braces spanned at the table's closing
        // brace, so that syn reports a missing token there, as it would in the whole table.
        let mut group = Group::new(Delimiter::Brace, this.iter().cloned().collect());
        group.set_span(close);
        let parser = |input: ParseStream| {
            let content;
            syn::braced!(content in input);
            item(&content)
        };
        match parser.parse2(TokenStream::from(TokenTree::Group(group))) {
            Ok(mut parsed) => {
                if let Item::Row(row) = &mut parsed {
                    rows += 1;
                    row.number = rows;
                }
                items.push(parsed);
            }
            Err(error) => {
                rows += 1;
                // A row that failed to parse is that row's error (the other rows are still
                // generated); a group declaration's concerns every row that would be in it.
                if is_group(this) {
                    errors.push(error);
                } else {
                    errors.row_push(error);
                }
            }
        }
    }
    Table { items }
}

/// How deep `<…>` and delimited groups may nest in what is handed to syn. syn parses types
/// and expressions by recursion, a stack frame or more per level: 1,600 levels of `A<A<…>>`
/// overflowed the stack (found by the fuzzer), which would crash rustc rather than give an
/// error. No catalog needs a tenth of this.
pub const MAX_NESTING: usize = 64;

/// `true` when `<…>` and groups in `tokens` nest more than `limit` levels deep. Recurses only
/// into groups and stops at `limit`, so it cannot overflow itself.
pub fn nests_deeper(tokens: &[TokenTree], limit: usize) -> bool {
    fn walk(tokens: TokenStream, base: usize, limit: usize) -> bool {
        let mut angle = 0usize;
        for tt in tokens {
            match &tt {
                TokenTree::Punct(p) if p.as_char() == '<' => angle += 1,
                // Also the `>` of `->`: an under-count, never an over-count.
                TokenTree::Punct(p) if p.as_char() == '>' => angle = angle.saturating_sub(1),
                TokenTree::Group(g)
                    if base + angle + 1 > limit || walk(g.stream(), base + angle + 1, limit) =>
                {
                    return true;
                }
                _ => {}
            }
            if base + angle > limit {
                return true;
            }
        }
        false
    }
    walk(tokens.iter().cloned().collect(), 0, limit)
}

/// How many tokens the item at the start of `tokens` takes: a row up to its `;`, a group
/// declaration up to its `{ … }` and a `;` after it (or up to a `;` before any braces).
fn item_len(tokens: &[TokenTree]) -> usize {
    let mut i = attrs_len(tokens);
    // Group declarations and locale blocks end at their braces.
    let is_group = is_group(tokens)
        || matches!(tokens.get(i), Some(TokenTree::Ident(word)) if word == "locale");
    while i < tokens.len() {
        i += 1;
        match &tokens[i - 1] {
            TokenTree::Punct(p) if p.as_char() == ';' => return i,
            TokenTree::Group(g) if is_group && g.delimiter() == Delimiter::Brace => {
                if matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ';') {
                    i += 1;
                }
                return i;
            }
            _ => {}
        }
    }
    i
}

/// How many tokens the outer attributes at the start of `tokens` take.
fn attrs_len(tokens: &[TokenTree]) -> usize {
    let mut i = 0;
    while let [TokenTree::Punct(hash), TokenTree::Group(attr), ..] = &tokens[i..] {
        if hash.as_char() != '#' || attr.delimiter() != Delimiter::Bracket {
            break;
        }
        i += 2;
    }
    i
}

/// `true` if the item at the start of `tokens` is a group declaration.
fn is_group(tokens: &[TokenTree]) -> bool {
    matches!(tokens.get(attrs_len(tokens)), Some(TokenTree::Ident(word)) if word == "group")
}

/// The common row, `400 "CODE" name message: "…", solution: "…";` (optionally `Group::name`),
/// read straight off its tokens: no attributes, a parameter list (if any) of plain names
/// (`plain_params`), every column a string literal. `None` for any other item, which the general parser then reads (and reports
/// what is wrong with). Most rows of a large table take this path, which costs a fraction
/// of building syn's token buffer and parsing speculatively.
fn plain_row(tokens: &[TokenTree]) -> Option<Row> {
    let is = |tt: &TokenTree, c: char| matches!(tt, TokenTree::Punct(p) if p.as_char() == c);
    let [TokenTree::Literal(first), rest @ ..] = tokens else {
        return None;
    };
    let (status, code, rest) = match Str::new(first) {
        Some(code) => (None, code, rest),
        None => {
            let [TokenTree::Literal(code), rest @ ..] = rest else {
                return None;
            };
            (Some(Int::new(first)?), Str::new(code)?, rest)
        }
    };
    let [TokenTree::Ident(name), tail @ ..] = rest else {
        return None;
    };
    let mut rest = tail;
    let mut name = name.clone();
    let mut group = None;
    if let [TokenTree::Punct(colon), second, TokenTree::Ident(ident), after @ ..] = rest {
        if colon.as_char() == ':' && colon.spacing() == Spacing::Joint && is(second, ':') {
            group = Some(std::mem::replace(&mut name, ident.clone()));
            rest = after;
        }
    }
    let mut params = None;
    if let [TokenTree::Group(list), after @ ..] = rest {
        if list.delimiter() != Delimiter::Parenthesis {
            return None;
        }
        params = Some(plain_params(list)?);
        rest = after;
    }
    let mut columns = Vec::with_capacity(3);
    loop {
        match rest {
            [] => break,
            [semi] if is(semi, ';') => break,
            [TokenTree::Ident(key), TokenTree::Punct(colon), TokenTree::Literal(value), after @ ..]
                if colon.as_char() == ':' && colon.spacing() == Spacing::Alone =>
            {
                columns.push(Field {
                    key: key.clone(),
                    value: Value::Str(Str::new(value)?),
                });
                rest = match after {
                    [comma, more @ ..] if is(comma, ',') => more,
                    [] => after,
                    [semi] if is(semi, ';') => after,
                    _ => return None,
                };
            }
            _ => return None,
        }
    }
    Some(Row {
        number: 0,
        attrs: Vec::new(),
        status,
        more_statuses: Vec::new(),
        code,
        group,
        name,
        params,
        columns,
        origin: None,
    })
}

/// A parameter list of names, each bare or with a one-word type, `(minutes: u32, seconds)`,
/// read straight off its tokens; `None` for any other list (a path or generic type, a
/// keyword as the type…), which the general parser then reads.
fn plain_params(list: &Group) -> Option<Params> {
    let tokens: Vec<TokenTree> = list.stream().into_iter().collect();
    let mut rest = &tokens[..];
    let mut params = Vec::new();
    while let [TokenTree::Ident(name), after @ ..] = rest {
        let mut ty = None;
        rest = after;
        if let [TokenTree::Punct(colon), TokenTree::Ident(word), after @ ..] = rest {
            if colon.as_char() != ':' || colon.spacing() != Spacing::Alone {
                return None;
            }
            // Not `Self`, `_`, `dyn`…: those syn reads as other kinds of type, or rejects.
            if !crate::names::is_identifier(&word.to_string()) {
                return None;
            }
            ty = Some(Type::Path(TypePath {
                attrs: Vec::new(),
                qself: None,
                path: Path::from(word.clone()),
            }));
            rest = after;
        }
        params.push(Param {
            name: name.clone(),
            ty,
        });
        match rest {
            [TokenTree::Punct(comma), after @ ..] if comma.as_char() == ',' => rest = after,
            _ => break,
        }
    }
    rest.is_empty().then_some(Params { list: params })
}

/// An error at the next token, or at `fallback` when the input has run out (rather than
/// syn's "unexpected end of input" pointing at the table's closing brace).
fn error_at(input: ParseStream, fallback: Span, message: impl std::fmt::Display) -> syn::Error {
    if input.is_empty() {
        syn::Error::new(fallback, message)
    } else {
        input.error(message)
    }
}

/// Replaces a parse error's message, keeping where it points.
fn reword(message: impl std::fmt::Display) -> impl FnOnce(syn::Error) -> syn::Error {
    move |e| syn::Error::new(e.span(), message)
}

fn item(input: ParseStream) -> syn::Result<Item> {
    let attrs = input.call(Attribute::parse_outer).map_err(reword(
        "expected an outer attribute such as a doc comment `/// …` before a row or group",
    ))?;
    if input.peek(Ident::peek_any) && input.fork().call(Ident::parse_any)? == "group" {
        return group(input, attrs).map(Item::Group);
    }
    if input.peek(Ident::peek_any) && input.peek2(LitStr) {
        let fork = input.fork();
        if fork.call(Ident::parse_any)? == "locale" {
            return locale(input, attrs).map(Item::Locale);
        }
    }
    row(input, attrs).map(Item::Row)
}

fn group(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<GroupDecl> {
    let keyword = input.call(Ident::parse_any)?;
    let name: Ident = input.parse().map_err(|_| {
        error_at(
            input,
            keyword.span(),
            "expected the group's name after `group`, a CamelCase identifier (not a keyword), e.g. `group Login { status: 400 }`",
        )
    })?;
    let whose = format!("group `{name}`");
    if !input.peek(token::Brace) {
        return Err(error_at(input, name.span(), format!(
            "{whose}: expected the settings in braces after the name, e.g. `group {name} {{ status: 400, prefix: \"LOGIN\" }}`"
        )));
    }
    let content;
    syn::braced!(content in input);
    let fields = comma_list(
        &content,
        |input| field(input, &whose, FieldOf::Group),
        || {
            format!("{whose}: expected `,` between settings, as in `{{ status: 400, prefix: \"LOGIN\" }}`")
        },
    )?;
    // A `;` after the braces is tolerated: people write one out of habit.
    let _: Option<Token![;]> = input.parse()?;
    Ok(GroupDecl {
        attrs,
        name,
        fields,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum FieldOf {
    Row,
    Group,
}

/// A row's column: the row's name for messages is only formatted on an error.
fn field_of_row(input: ParseStream, whose: &impl Fn() -> String) -> syn::Result<Field> {
    let fork = input.fork();
    let key = fork.call(Ident::parse_any);
    if let Ok(key) = key {
        if fork.peek(Token![:]) && !fork.peek(Token![::]) {
            fork.parse::<Token![:]>()?;
            if let Some(value) = value(&fork) {
                syn::parse::discouraged::Speculative::advance_to(input, &fork);
                return Ok(Field { key, value });
            }
        }
    }
    field(input, &whose(), FieldOf::Row)
}

fn field(input: ParseStream, whose: &str, of: FieldOf) -> syn::Result<Field> {
    let key = input.call(Ident::parse_any).map_err(reword(match of {
        FieldOf::Row => format!(
            "{whose}: expected a column such as `message: \"…\"`, `description: \"…\"` or `solution: \"…\"`"
        ),
        FieldOf::Group => {
            format!("{whose}: expected a setting such as `status: 400` or `prefix: \"LOGIN\"`")
        }
    }))?;
    let example = match (of, key.to_string().as_str()) {
        (FieldOf::Group, "status") => format!("{key}: 400"),
        (FieldOf::Group, "prefix") => format!("{key}: \"LOGIN\""),
        _ => format!("{key}: \"…\""),
    };
    input.parse::<Token![:]>().map_err(reword(format!(
        "{whose}: expected `:` after `{key}`, as in `{example}`"
    )))?;
    let value = value(input).ok_or_else(|| {
        error_at(
            input,
            key.span(),
            format!("{whose}: expected a value after `{key}:`, as in `{example}`"),
        )
    })?;
    Ok(Field { key, value })
}

/// A column's or setting's value: one literal, or the tokens up to the next `,` or `;`.
/// `None` when there is none.
fn value(input: ParseStream) -> Option<Value> {
    input
        .step(|cursor| {
            let end = |c: syn::buffer::Cursor| {
                c.eof()
                    || c.punct()
                        .is_some_and(|(p, _)| matches!(p.as_char(), ',' | ';'))
            };
            if let Some((literal, rest)) = cursor.literal() {
                if let Some(value) = Str::new(&literal) {
                    return Ok((Some(Value::Str(value)), rest));
                }
                if let Some(int) = Int::new(&literal) {
                    return Ok((Some(Value::Int(int)), rest));
                }
            }
            let mut other = TokenStream::new();
            let mut rest = *cursor;
            while !end(rest) {
                let Some((tt, next)) = rest.token_tree() else {
                    break;
                };
                other.extend([tt]);
                rest = next;
            }
            Ok(((!other.is_empty()).then_some(Value::Other(other)), rest))
        })
        .ok()
        .flatten()
}

/// A string literal token, unescaped.
fn string(input: ParseStream) -> syn::Result<Str> {
    input.step(|cursor| {
        cursor
            .literal()
            .and_then(|(literal, rest)| Some((Str::new(&literal)?, rest)))
            .ok_or_else(|| cursor.error("expected a string literal"))
    })
}

fn row(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<Row> {
    // A float in the status's place (`404f32`) is read as one, for the checker to report.
    let status = if input.peek(LitInt) || input.peek(LitFloat) {
        input.step(|cursor| match cursor.literal() {
            Some((literal, rest)) => Ok((Int::new(&literal), rest)),
            None => Err(cursor.error("expected a status")),
        })?
    } else {
        None
    };
    // `404/500`: the vendor answers this code with either; the first is the primary status.
    let mut more_statuses = Vec::new();
    while status.is_some() && input.peek(Token![/]) {
        let slash = input.parse::<Token![/]>()?;
        // Peeked, not parsed: a failed `LitInt` parse consumes the literal (the code).
        if !input.peek(LitInt) {
            let code = string(&input.fork()).map_or_else(|_| String::new(), |c| c.value);
            let row = if code.is_empty() {
                "row".into()
            } else {
                format!("row {code}")
            };
            return Err(syn::Error::new(
                slash.span,
                format!("{row}: expected another status after `/`, as in `404/500 \"{code}\" …`"),
            ));
        }
        more_statuses.push(Int::from_lit(&input.parse()?));
    }
    let code = string(input).map_err(reword(
        "expected a row: `STATUS \"CODE\" name message: \"…\", solution: \"…\";` (the code is a string literal, e.g. \"LOGIN.0001\")",
    ))?;
    // Only formatted when there is an error to report.
    let whose = || {
        if code.value.is_empty() {
            "row with an empty code".to_string()
        } else {
            format!("row {}", code.value)
        }
    };
    let name_error = |input: ParseStream| -> syn::Error {
        let whose = whose();
        let mut message = format!("{whose}: expected the row's name after the code, a snake_case identifier such as `not_found` (optionally `Group::not_found`)");
        if let Ok(lit) = string(&input.fork()) {
            let value = lit.value;
            let looks_like_status = code
                .value
                .parse::<u16>()
                .is_ok_and(|n| (100..=599).contains(&n));
            if status.is_none() && looks_like_status {
                // `"400" "LOGIN.0001" …`: point at the quoted status, not at the code.
                return syn::Error::new(
                    code.span(),
                    format!("row {value}: the status is written as a string; write it as a number: `{} \"{value}\" …`", code.value),
                );
            } else if crate::names::is_identifier(&value) {
                message = format!("{whose}: the row's name is an identifier, not a string; write `{value}` without quotes");
            }
        }
        error_at(input, code.span(), message)
    };
    let mut name = input
        .call(Ident::parse_any)
        .map_err(|_| name_error(input))?;
    let mut group = None;
    if input.peek(Token![::]) {
        input.parse::<Token![::]>()?;
        group = Some(name);
        name = input
            .call(Ident::parse_any)
            .map_err(|_| name_error(input))?;
    }
    let params = if input.peek(token::Paren) {
        let whose = whose();
        let content;
        syn::parenthesized!(content in input);
        let list = comma_list(
            &content,
            |input| param(input, &whose),
            || {
                format!("{whose}: expected `,` between parameters, as in `{name}(minutes: u32, seconds)`")
            },
        )?;
        Some(Params { list })
    } else {
        None
    };
    let columns = columns(input, &whose, "row")?;
    let _: Option<Token![;]> = input.parse()?;
    Ok(Row {
        number: 0,
        attrs,
        status,
        more_statuses,
        code,
        group,
        name,
        params,
        columns,
        origin: None,
    })
}

fn locale(input: ParseStream, attrs: Vec<Attribute>) -> syn::Result<LocaleDecl> {
    const FORM: &str = "`locale \"zh-CN\" { \"LOGIN.0001\" message: \"…\"; }` or `locale \"zh-CN\" file \"errors.zh-CN.tsv\";`";
    let keyword = input.call(Ident::parse_any)?;
    let tag = string(input)?;
    let whose = format!("locale {:?}", tag.value);
    let body = if input.peek(token::Brace) {
        let content;
        syn::braced!(content in input);
        let mut rows = Vec::new();
        while !content.is_empty() {
            rows.push(translated_row(&content, &whose)?);
        }
        let _: Option<Token![;]> = input.parse()?;
        LocaleBody::Inline(rows)
    } else if input.peek(Ident::peek_any) && input.fork().call(Ident::parse_any)? == "file" {
        input.call(Ident::parse_any)?;
        let path = string(input).map_err(reword(format!(
            "{whose}: expected the file's path after `file`, as in {FORM}"
        )))?;
        let _: Option<Token![;]> = input.parse()?;
        LocaleBody::File(path)
    } else {
        return Err(error_at(
            input,
            tag.span(),
            format!("{whose}: expected the translations in braces, or `file \"…\"`: {FORM}"),
        ));
    };
    if !input.is_empty() {
        return Err(input.error(format!(
            "{whose}: unexpected tokens after the translations; write {FORM}"
        )));
    }
    Ok(LocaleDecl {
        attrs,
        keyword,
        tag,
        body,
    })
}

/// A row's or a translation's columns, up to its `;` (`what` names it in the message).
fn columns(input: ParseStream, whose: &impl Fn() -> String, what: &str) -> syn::Result<Vec<Field>> {
    let mut columns = Vec::new();
    while !input.is_empty() && !input.peek(Token![;]) {
        columns.push(field_of_row(input, whose)?);
        if input.is_empty() || input.peek(Token![;]) {
            break;
        }
        input.parse::<Token![,]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                format!(
                    "{}: expected `,` between columns or `;` at the end of the {what}",
                    whose()
                ),
            )
        })?;
    }
    Ok(columns)
}

fn translated_row(input: ParseStream, locale: &str) -> syn::Result<TranslatedRow> {
    let attrs = input.call(Attribute::parse_outer)?;
    let code = string(input).map_err(reword(format!(
        "{locale}: expected a translation: the row's code, then its columns, as in `\"LOGIN.0001\" message: \"…\", solution: \"…\";`"
    )))?;
    let whose = || format!("{locale}, row {}", code.value);
    let columns = columns(input, &whose, "translation")?;
    let _: Option<Token![;]> = input.parse()?;
    Ok(TranslatedRow {
        attrs,
        code,
        columns,
        origin: None,
    })
}

/// `item, item, …` with an optional trailing comma, filling a whole delimited group.
fn comma_list<T>(
    input: ParseStream,
    mut item: impl FnMut(ParseStream) -> syn::Result<T>,
    missing_comma: impl FnOnce() -> String,
) -> syn::Result<Vec<T>> {
    let mut list = Vec::new();
    while !input.is_empty() {
        list.push(item(input)?);
        if input.is_empty() {
            break;
        }
        if !input.peek(Token![,]) {
            return Err(input.error(missing_comma()));
        }
        input.parse::<Token![,]>()?;
    }
    Ok(list)
}

fn param(input: ParseStream, whose: &str) -> syn::Result<Param> {
    let name = input.call(Ident::parse_any).map_err(reword(format!(
        "{whose}: expected a parameter name, as in `(minutes: u32, seconds)`"
    )))?;
    let ty = if input.peek(Token![:]) {
        input.parse::<Token![:]>()?;
        Some(input.parse().map_err(reword(format!(
            "{whose}: expected the type of parameter `{name}` after `:`, as in `{name}: u32`, or leave out `: Type` for text"
        )))?)
    } else {
        None
    };
    Ok(Param { name, ty })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn rows_and_groups_parse() {
        let mut errors = Errors::new();
        let table = table(
            quote! {
                /// Docs.
                group Login { status: 400 }
                400 "LOGIN.0001" locked(minutes: u32, seconds)
                    message: "in {0} and {1}", solution: "wait";
                "23505" Db::unique_violation message: "dup",
            },
            Span::call_site(),
            &mut errors,
        );
        assert!(errors.is_empty());
        assert_eq!(table.items.len(), 3);
        let Item::Row(row) = &table.items[1] else {
            panic!()
        };
        assert_eq!(row.code.value, "LOGIN.0001");
        assert_eq!(row.params.as_ref().unwrap().list.len(), 2);
        assert_eq!(row.columns.len(), 2);
        let Item::Row(row) = &table.items[2] else {
            panic!()
        };
        assert_eq!(row.group.as_ref().unwrap(), "Db");
        assert!(row.status.is_none());
    }

    #[test]
    fn a_bad_row_is_skipped_and_the_rest_parsed() {
        let mut errors = Errors::new();
        let table = table(
            quote! {
                400 "A.1" a message: "x";
                400 400 "A.2" b message: "y";
                400 "A.3" "c" message: "z";
                400 "A.4" d message: "w";
            },
            Span::call_site(),
            &mut errors,
        );
        assert_eq!(errors.len(), 2);
        assert_eq!(table.items.len(), 2);
        // Rows keep their place in the table, skipped ones counted.
        let Item::Row(last) = &table.items[1] else {
            panic!()
        };
        assert_eq!(last.number, 4);
    }

    /// The fast path reads exactly what the general parser reads, and leaves to it every row
    /// it does not take.
    #[test]
    fn plain_rows_parse_as_the_general_parser_parses_them() {
        let summary = |row: &Row| {
            format!(
                "{:?} {} {:?} {} {:?} {:?}",
                row.status.as_ref().map(|s| &s.digits),
                row.code.value,
                row.group.as_ref().map(Ident::to_string),
                row.name,
                row.params.as_ref().map(|p| p
                    .list
                    .iter()
                    .map(|p| format!("{}: {}", p.name, p.ty.to_token_stream()))
                    .collect::<Vec<_>>()),
                row.columns
                    .iter()
                    .map(|f| match &f.value {
                        Value::Str(s) => format!("{}={}", f.key, s.value),
                        _ => format!("{}=?", f.key),
                    })
                    .collect::<Vec<_>>(),
            )
        };
        for (row, plain) in [
            (quote!(400 "A.1" a message: "x", solution: "y";), true),
            (quote!("A.1" G::a message: "x\n\u{e9}",), true),
            (
                quote!(400 "A.1" r#type message: r"raw", description: "d"),
                true,
            ),
            (quote!(400 "A.1" a message: "x", ;), true),
            (quote!(400 "A.1" a(x) message: "{x}";), true),
            (quote!(400 "A.1" a(x: u32, r#type,) message: "";), true),
            (quote!(400 "A.1" a() message: "";), true),
            (quote!(400 "A.1" a(x: Vec<u8>) message: "";), false),
            (
                quote!(400 "A.1" a(x: std::string::String) message: "";),
                false,
            ),
            (quote!(400 "A.1" a(x: Self, y: _) message: "";), false),
            (quote!(400 "A.1" a(x: r#u32) message: "";), false),
            (quote!(400 "A.1" a(x y) message: "";), false),
            (quote!(400 "A.1" a(x:) message: "";), false),
            (quote!(400 "A.1" a(,) message: "";), false),
            (quote!(400 "A.1" a[x] message: "";), false),
            (quote!(#[shared_code] 400 "A.1" a message: "x";), false),
            (quote!(400 "A.1" a message: X;), false),
            (quote!(400 "A.1" a message: "x" "y";), false),
            (quote!("400" "A.1" a message: "x";), false),
            (quote!(400 "A.1" a message "x";), false),
            (quote!(group A { status: 400 };), false),
            (quote!(400 "A.1" a message: "x" solution: "y";), false),
        ] {
            let tokens: Vec<TokenTree> = row.clone().into_iter().collect();
            assert_eq!(item_len(&tokens), tokens.len(), "{row}");
            let fast = plain_row(&tokens).map(|r| summary(&r));
            assert_eq!(fast.is_some(), plain, "{row}");
            if let Some(fast) = fast {
                let general = Parser::parse2(item, row.clone()).ok();
                let Some(Item::Row(general)) = general else {
                    panic!("{row}")
                };
                assert_eq!(fast, summary(&general), "{row}");
            }
        }
    }

    #[test]
    fn nesting_is_measured_without_recursing_past_the_limit() {
        let depth = |text: &str, limit| {
            let tokens: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
            nests_deeper(&tokens, limit)
        };
        assert!(!depth("a(x: Vec<Vec<u8>>, y: [(u8, u8); 2])", 4));
        assert!(depth("a(x: Vec<Vec<Vec<u8>>>)", 3));
        assert!(depth("((((()))))", 4));
        assert!(!depth("((((()))))", 5));
        assert!(!depth("f: fn() -> u8, g: fn() -> u8", 2));
        let deep = format!("x: {}u8{}", "A<".repeat(5000), ">".repeat(5000));
        assert!(depth(&deep, MAX_NESTING));
    }

    #[test]
    fn string_values_are_what_syn_makes_of_them() {
        for repr in [
            "\"plain {0} text\"",
            "\"esc\\n\\\"q\\\" \\u{e9}\"",
            "\"line\r\nbreak\"",
            "r#\"raw \\n \"q\"\"#",
            "\"suffix\"x",
            "\"\"",
        ] {
            let token: Literal = repr.parse().unwrap();
            let ours = Str::new(&token).unwrap();
            let Lit::Str(theirs) = Lit::new(token) else {
                panic!("{repr}")
            };
            assert_eq!(ours.value, theirs.value(), "{repr}");
            assert_eq!(&*ours.suffix, theirs.suffix(), "{repr}");
        }
        assert!(Str::new(&"400".parse().unwrap()).is_none());
        assert!(Str::new(&"b\"x\"".parse().unwrap()).is_none());
        let int = Int::new(&"0x1F4".parse().unwrap()).unwrap();
        assert_eq!(int.digits, "500");
        assert_eq!(Int::new(&"404".parse().unwrap()).unwrap().digits, "404");
        assert!(Int::new(&"\"404\"".parse().unwrap()).is_none());
    }
}
