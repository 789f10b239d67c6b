//! Checks a parsed table and builds the model. Every problem is reported (pointed at the
//! offending tokens, naming the row by its code) and checking goes on, so one build shows
//! every mistake; a row with a problem is left out of the cross-row checks that would only
//! repeat it.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::{Ident, Span};
use quote::{format_ident, quote, ToTokens};
use syn::{Attribute, Expr, Lit, LitStr};

use crate::args::Options;
use crate::errors::Errors;
use crate::model::{self, Catalog, Group, Piece, Row, Template};
use crate::names;
use crate::parse::{self, Field, GroupDecl, Table};
use crate::row_attrs;
use crate::template::{self, Dialect, Key, Part};

const ROW_COLUMNS: &[&str] = &["message", "description", "solution"];
const GROUP_FIELDS: &[&str] = &["status", "prefix"];

/// What a group declaration says, once checked.
struct GroupInfo {
    ident: Ident,
    status: Option<u16>,
    prefix: Option<String>,
    docs: Vec<Attribute>,
}

struct Checker<'a> {
    errors: &'a mut Errors,
    groups: Vec<GroupInfo>,
    by_name: HashMap<String, usize>,
    by_prefix: HashMap<String, usize>,
    default_status: Option<u16>,
    /// `status = none`: rows without a status have none, rather than an error.
    statusless: bool,
    /// The catalog's placeholder dialect; a row may override it.
    dialect: Dialect,
    /// The group of codes without a `PREFIX.`.
    default_group: Option<Ident>,
}

pub fn catalog(
    options: &Options,
    module: &syn::ItemMod,
    table: Table,
    errors: &mut Errors,
) -> Option<Catalog> {
    let (default_status, statusless) = default_status(options.status.as_ref(), errors);
    let dialect = options
        .dialect
        .as_ref()
        .and_then(|lit| row_attrs::dialect(lit, "the catalog", errors))
        .unwrap_or_default();
    let mut checker = Checker {
        errors,
        groups: Vec::new(),
        by_name: HashMap::new(),
        by_prefix: HashMap::new(),
        default_status,
        statusless,
        dialect,
        default_group: options.group.clone(),
    };
    let mut rows_ast = Vec::new();
    for item in table.items {
        match item {
            parse::Item::Group(decl) => checker.group_decl(decl),
            parse::Item::Row(row) => rows_ast.push(row),
        }
    }
    let mut rows = Vec::new();
    for (index, row) in rows_ast.iter().enumerate() {
        if let Some(row) = checker.row(index, row) {
            rows.push(row);
        }
    }
    let error_name = options
        .error
        .clone()
        .unwrap_or_else(|| Ident::new("Error", Span::call_site()));
    let Checker { errors, groups, .. } = checker;
    let groups = assemble_groups(groups, &rows, errors);
    check_duplicate_codes(&rows, errors);
    check_duplicate_names(&rows, &groups, errors);
    check_generated_names(&groups, &error_name, module, errors);
    if rows_ast.is_empty() && errors.is_empty() {
        errors.at(
            &module.ident,
            format!("the catalog of module `{}` has no rows; add rows such as `400 \"APP.0001\" not_found message: \"Application does not exist.\";`", module.ident),
        );
    }
    if !errors.is_empty() {
        return None;
    }
    Some(Catalog {
        module: module.ident.clone(),
        error_name,
        krate: options
            .krate
            .as_ref()
            .map_or_else(|| quote!(::error_catalog), ToTokens::to_token_stream),
        derives: options.derive.as_ref().map_or_else(
            || vec![syn::parse_quote!(Clone), syn::parse_quote!(PartialEq)],
            |list| list.iter().cloned().collect(),
        ),
        groups,
        rows,
    })
}

/// `status = 400` (a default) or `status = none` (a catalog without HTTP statuses).
fn default_status(expr: Option<&Expr>, errors: &mut Errors) -> (Option<u16>, bool) {
    match expr {
        None => (None, false),
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Int(lit), ..
        })) => (status(lit, "the catalog's default status", errors), false),
        Some(Expr::Path(path)) if path.path.is_ident("none") => (None, true),
        Some(other) => {
            errors.at(
                other,
                "`status` takes a default HTTP status such as `status = 400`, or `status = none` for a catalog without HTTP statuses",
            );
            // Rows without a status are not reported too: the option is what needs fixing.
            (None, true)
        }
    }
}

/// A status literal in `100..=599`, or a reported error.
fn status(lit: &syn::LitInt, whose: &str, errors: &mut Errors) -> Option<u16> {
    match lit.base10_parse::<u16>() {
        Ok(n) if (100..=599).contains(&n) => Some(n),
        _ => {
            errors.at(
                lit,
                format!("{whose}: HTTP status `{}` is outside 100..=599; use a status such as 400, 404 or 500", lit.base10_digits()),
            );
            None
        }
    }
}

fn string_value<'v>(field: &'v Field, whose: &str, errors: &mut Errors) -> Option<&'v LitStr> {
    match &field.value {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        }) => Some(s),
        other => {
            errors.at(
                other,
                format!(
                    "{whose}: `{}` takes a string literal, such as `{}: \"…\"`",
                    field.key, field.key
                ),
            );
            None
        }
    }
}

fn unknown_key(key: &Ident, known: &[&str], whose: &str, errors: &mut Errors) {
    let name = key.to_string();
    let hint = match names::did_you_mean(&name, known) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("expected one of: {}", known.join(", ")),
    };
    errors.at(key, format!("{whose}: unknown column `{name}`; {hint}"));
}

impl Checker<'_> {
    fn group_decl(&mut self, decl: GroupDecl) {
        let whose = format!("group `{}`", decl.name);
        let name = decl.name.to_string();
        if self.by_name.contains_key(&name) {
            self.errors.at(
                &decl.name,
                format!("{whose} is declared twice; merge the declarations"),
            );
            return;
        }
        let mut status = None;
        let mut prefix = None;
        for field in &decl.fields {
            match field.key.to_string().as_str() {
                "status" => match &field.value {
                    Expr::Lit(syn::ExprLit {
                        lit: Lit::Int(lit), ..
                    }) => {
                        status = self::status(lit, &whose, self.errors);
                    }
                    other => self.errors.at(
                        other,
                        format!("{whose}: `status` takes an integer such as `status: 400`"),
                    ),
                },
                "prefix" => {
                    if let Some(lit) = string_value(field, &whose, self.errors) {
                        let value = lit.value();
                        if let Some(&other) = self.by_prefix.get(&value) {
                            let other = &self.groups[other].ident;
                            self.errors.at(
                                lit,
                                format!(
                                    "{whose}: prefix {value:?} already belongs to group `{other}`"
                                ),
                            );
                        } else {
                            prefix = Some(value);
                        }
                    }
                }
                _ => {
                    let known = GROUP_FIELDS;
                    let key = &field.key;
                    let hint = names::did_you_mean(&key.to_string(), known).map_or_else(
                        || format!("expected one of: {}", known.join(", ")),
                        |n| format!("did you mean `{n}`?"),
                    );
                    self.errors
                        .at(key, format!("{whose}: unknown setting `{key}`; {hint}"));
                }
            }
        }
        let index = self.groups.len();
        if let Some(prefix) = &prefix {
            self.by_prefix.insert(prefix.clone(), index);
        }
        self.by_name.insert(name, index);
        self.groups.push(GroupInfo {
            ident: decl.name,
            status,
            prefix,
            docs: decl.attrs,
        });
    }

    fn group_index(&mut self, ident: Ident) -> usize {
        let name = ident.to_string();
        if let Some(&i) = self.by_name.get(&name) {
            return i;
        }
        let i = self.groups.len();
        self.by_name.insert(name, i);
        self.groups.push(GroupInfo {
            ident,
            status: None,
            prefix: None,
            docs: Vec::new(),
        });
        i
    }

    /// The group a row belongs to: the one it names, or the one its code's prefix derives.
    fn resolve_group(&mut self, row: &parse::Row, whose: &str, code: &str) -> Option<usize> {
        let prefix = names::code_prefix(code);
        let derived = prefix.map(|p| match self.by_prefix.get(p) {
            Some(&i) => Ok(self.groups[i].ident.to_string()),
            None => names::upper_camel(p).ok_or(p),
        });
        match (&row.group, derived) {
            (Some(explicit), None) => Some(self.group_index(explicit.clone())),
            (Some(explicit), Some(Ok(derived))) if *explicit == derived => {
                Some(self.group_index(explicit.clone()))
            }
            (Some(explicit), Some(_)) => {
                let prefix = prefix.unwrap_or_default();
                self.errors.at(
                    explicit,
                    format!(
                        "{whose}: the code's prefix `{prefix}` puts the row in group `{}`, but the row names group `{explicit}`; remove `{explicit}::`, or declare `group {explicit} {{ prefix: \"{prefix}\" }}`",
                        names::upper_camel(prefix).unwrap_or_else(|| prefix.to_string()),
                    ),
                );
                None
            }
            (None, Some(Ok(derived))) => {
                let ident = Ident::new(&derived, row.code.span());
                Some(self.group_index(ident))
            }
            (None, Some(Err(prefix))) => {
                self.errors.at(
                    &row.code,
                    format!("{whose}: the prefix `{prefix}` cannot become a Rust type name; name the group: `{}`", suggest_explicit(row)),
                );
                None
            }
            (None, None) if self.default_group.is_some() => {
                let ident = self.default_group.clone()?;
                Some(self.group_index(ident))
            }
            (None, None) => {
                self.errors.at(
                    &row.code,
                    format!("{whose}: the code has no `PREFIX.` to derive a group from; name the group: `{}`, or set one for all such codes with `#[error_catalog(group = Name)]`", suggest_explicit(row)),
                );
                None
            }
        }
    }

    fn row(&mut self, index: usize, row: &parse::Row) -> Option<Row> {
        let code = row.code.value();
        let whose = if code.is_empty() {
            format!("row #{} (`{}`)", index + 1, row.name)
        } else {
            format!("row {code}")
        };
        // Rows read from a file say where: `errors.tsv:12: row X: …`.
        let whose = match &row.origin {
            Some(origin) => format!("{origin}: {whose}"),
            None => whose,
        };
        let before = self.errors.len();
        if code.is_empty() {
            self.errors.at(
                &row.code,
                format!(
                    "{whose}: the code is empty; write the code as published, e.g. \"LOGIN.0001\""
                ),
            );
        }
        let attrs = row_attrs::parse(&row.attrs, &whose, self.errors);
        let dialect = attrs.dialect.unwrap_or(self.dialect);
        let group = if code.is_empty() {
            None
        } else {
            self.resolve_group(row, &whose, &code)
        };
        let status = match &row.status {
            Some(lit) => status(lit, &whose, self.errors),
            None => {
                let inherited = group
                    .and_then(|g| self.groups[g].status)
                    .or(self.default_status);
                if inherited.is_none() && group.is_some() && !self.statusless {
                    let g = &self.groups[group.unwrap_or_default()].ident;
                    self.errors.at(
                        &row.code,
                        format!("{whose} has no HTTP status; start the row with one (`400 \"{code}\" …`), or set a default with `group {g} {{ status: 400 }}` or `#[error_catalog(status = 400)]`, or declare a catalog without HTTP statuses with `#[error_catalog(status = none)]`"),
                    );
                }
                inherited
            }
        };
        let (ctor, variant) = self.row_name(&row.name, &whose)?;
        let columns = self.columns(row, &whose);
        let message = match columns.message {
            Some(lit) => lit,
            None => {
                self.errors.at(
                    &row.name,
                    format!("{whose} has no `message` column; add `message: \"…\"` with the text as published"),
                );
                return None;
            }
        };
        let params = self.params(row, message, &whose, dialect)?;
        let message_pieces = pieces(message, &params.keys, dialect);
        let description = match columns.description {
            Some(lit) => {
                let parts = self.scan(lit, &whose, "description", dialect)?;
                for part in &parts {
                    if let Part::Hole { key, .. } = part {
                        if !params.keys.contains(key) {
                            self.errors.at(
                                lit,
                                format!("{whose}: the description uses placeholder `{}`, which the message does not have; a description can only show the message's arguments", dialect.spell(key)),
                            );
                        }
                    }
                }
                Template {
                    source: lit.value(),
                    pieces: pieces_of(&parts, &params.keys),
                }
            }
            None => Template {
                source: message.value(),
                pieces: message_pieces.clone(),
            },
        };
        if self.errors.len() > before {
            return None;
        }
        Some(Row {
            code,
            code_span: row.code.span(),
            status,
            group: group?,
            ctor,
            variant,
            params: params.list,
            message: Template {
                source: message.value(),
                pieces: message_pieces,
            },
            description,
            solution: columns.solution.map(LitStr::value).unwrap_or_default(),
            docs: attrs.docs,
            shared_code: attrs.shared_code,
            origin: row.origin.clone(),
        })
    }

    /// The constructor and variant identifiers, after checking the name.
    fn row_name(&mut self, name: &Ident, whose: &str) -> Option<(Ident, Ident)> {
        let text = name.to_string();
        let bare = text.strip_prefix("r#").unwrap_or(&text);
        if names::is_keyword(&text) {
            self.errors.at(
                name,
                format!("{whose}: `{text}` is a Rust keyword and cannot name a constructor; choose another name, such as `{text}_error`"),
            );
            return None;
        }
        if !names::is_snake_case(bare) {
            self.errors.at(
                name,
                format!("{whose}: the name `{text}` must be snake_case (it names the constructor; the variant becomes its CamelCase form); write `{}`", names::camel_to_snake(bare).replace("__", "_")),
            );
            return None;
        }
        let variant = names::snake_to_camel(bare);
        if !names::is_identifier(&variant) {
            self.errors.at(name, format!("{whose}: the name `{text}` does not make a variant name; use letters, such as `not_found`"));
            return None;
        }
        Some((name.clone(), Ident::new(&variant, name.span())))
    }

    fn columns<'r>(&mut self, row: &'r parse::Row, whose: &str) -> Columns<'r> {
        let mut columns = Columns::default();
        for field in &row.columns {
            let key = field.key.to_string();
            let slot = match key.as_str() {
                "message" => &mut columns.message,
                "description" => &mut columns.description,
                "solution" => &mut columns.solution,
                _ => {
                    unknown_key(&field.key, ROW_COLUMNS, whose, self.errors);
                    continue;
                }
            };
            if slot.is_some() {
                self.errors.at(
                    &field.key,
                    format!("{whose}: column `{key}` is given twice; keep one"),
                );
                continue;
            }
            if let Some(lit) = string_value(field, whose, self.errors) {
                if key == "message" && lit.value().is_empty() {
                    self.errors.at(
                        lit,
                        format!("{whose}: the message is empty; write the message as published"),
                    );
                }
                *slot = Some(lit);
            }
        }
        columns
    }

    fn scan(
        &mut self,
        lit: &LitStr,
        whose: &str,
        column: &str,
        dialect: Dialect,
    ) -> Option<Vec<Part>> {
        let source = lit.value();
        match template::scan_with(&source, dialect) {
            Ok(parts) => Some(parts),
            Err(list) => {
                for error in list {
                    self.errors.at(
                        lit,
                        format!("{whose}: in the {column}, {}", error.describe(&source)),
                    );
                }
                None
            }
        }
    }

    /// The row's parameters: declared in `name(…)`, or taken from the message's placeholders.
    fn params(
        &mut self,
        row: &parse::Row,
        message: &LitStr,
        whose: &str,
        dialect: Dialect,
    ) -> Option<ParamSet> {
        let parts = self.scan(message, whose, "message", dialect)?;
        let holes: Vec<&Key> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Hole { key, .. } => Some(key),
                Part::Lit(_) => None,
            })
            .collect();
        match &row.params {
            Some(declared) => self.declared_params(declared, &holes, message, whose, dialect),
            None => self.inferred_params(&holes, message, whose, dialect),
        }
    }

    fn declared_params(
        &mut self,
        declared: &parse::Params,
        holes: &[&Key],
        message: &LitStr,
        whose: &str,
        dialect: Dialect,
    ) -> Option<ParamSet> {
        let before = self.errors.len();
        let mut seen = BTreeSet::new();
        for p in &declared.list {
            let name = p.name.to_string();
            if names::is_keyword(&name) {
                self.errors.at(&p.name, format!("{whose}: parameter `{name}` is a Rust keyword; rename it, such as `{name}_value`"));
            } else if !seen.insert(name.trim_start_matches("r#").to_string()) {
                self.errors.at(
                    &p.name,
                    format!("{whose}: parameter `{name}` is declared twice"),
                );
            }
        }
        let mut used = vec![false; declared.list.len()];
        let mut keys = Vec::new();
        for (i, p) in declared.list.iter().enumerate() {
            let name = p.name.to_string();
            keys.push(vec![
                Key::Index(i),
                Key::Name(name.trim_start_matches("r#").to_string()),
            ]);
        }
        for hole in holes {
            match keys.iter().position(|k| k.contains(hole)) {
                Some(i) => used[i] = true,
                None => {
                    let list: Vec<String> =
                        declared.list.iter().map(|p| p.name.to_string()).collect();
                    let help = match hole {
                        Key::Index(_) => format!(
                            "the row declares {} parameter(s) ({}), numbered from {}",
                            list.len(),
                            list.join(", "),
                            dialect.spell(&Key::Index(0)),
                        ),
                        Key::Name(n) => {
                            format!("declare it in the row's parameter list: `(…, {n})`")
                        }
                    };
                    self.errors.at(
                        message,
                        format!(
                            "{whose}: placeholder `{}` has no matching parameter; {help}",
                            dialect.spell(hole)
                        ),
                    );
                }
            }
        }
        for (p, used) in declared.list.iter().zip(&used) {
            if !used {
                let i = declared
                    .list
                    .iter()
                    .position(|q| std::ptr::eq(p, q))
                    .unwrap_or_default();
                let name = p.name.to_string().trim_start_matches("r#").to_string();
                let spellings: Vec<String> = [
                    dialect.has_names().then(|| dialect.spell(&Key::Name(name))),
                    dialect.has_indices().then(|| dialect.spell(&Key::Index(i))),
                ]
                .into_iter()
                .flatten()
                .map(|s| format!("`{s}`"))
                .collect();
                let show = if spellings.is_empty() {
                    "the row's dialect has no placeholders, so remove it".to_string()
                } else {
                    format!("show it with {}, or remove it", spellings.join(" or "))
                };
                self.errors.at(
                    &p.name,
                    format!(
                        "{whose}: parameter `{}` is never used in the message; {show}",
                        p.name
                    ),
                );
            }
        }
        if self.errors.len() > before {
            return None;
        }
        Some(ParamSet {
            list: declared
                .list
                .iter()
                .map(|p| model::Param {
                    ident: p.name.clone(),
                    ty: p.ty.clone(),
                })
                .collect(),
            keys,
        })
    }

    fn inferred_params(
        &mut self,
        holes: &[&Key],
        message: &LitStr,
        whose: &str,
        dialect: Dialect,
    ) -> Option<ParamSet> {
        let indices: BTreeSet<usize> = holes
            .iter()
            .filter_map(|k| match k {
                Key::Index(i) => Some(*i),
                Key::Name(_) => None,
            })
            .collect();
        let mut names_in_order: Vec<&str> = Vec::new();
        for k in holes {
            if let Key::Name(n) = k {
                if !names_in_order.contains(&n.as_str()) {
                    names_in_order.push(n);
                }
            }
        }
        // Vendors' placeholder names may be Rust keywords (`%(type)s`); the generated field
        // then needs a raw identifier, which only a declared parameter list can give.
        if let Some(keyword) = names_in_order.iter().find(|n| names::is_keyword(n)) {
            self.errors.at(
                message,
                format!("{whose}: placeholder `{}` is a Rust keyword, so it cannot name a field by itself; declare the parameters with a raw identifier, e.g. `name(r#{keyword})`", dialect.spell(&Key::Name(keyword.to_string()))),
            );
            return None;
        }
        if let Some(missing) = (0..indices.len()).find(|i| !indices.contains(i)) {
            let highest = indices.iter().next_back().copied().unwrap_or_default();
            self.errors.at(
                message,
                format!(
                    "{whose}: positional placeholders skip `{}` (the message goes up to `{}`); number them from {} without gaps, or declare the parameters: `name(a, b, …)`",
                    dialect.spell(&Key::Index(missing)),
                    dialect.spell(&Key::Index(highest)),
                    dialect.spell(&Key::Index(0)),
                ),
            );
            return None;
        }
        let mut list = Vec::new();
        let mut keys = Vec::new();
        for i in 0..indices.len() {
            let name = format!("arg{i}");
            if names_in_order.contains(&name.as_str()) {
                self.errors.at(message, format!("{whose}: placeholder `{{{name}}}` clashes with the name given to `{{{i}}}`; rename it"));
                return None;
            }
            list.push(model::Param {
                ident: format_ident!("{name}", span = message.span()),
                ty: None,
            });
            keys.push(vec![Key::Index(i), Key::Name(name)]);
        }
        for name in names_in_order {
            list.push(model::Param {
                ident: format_ident!("{name}", span = message.span()),
                ty: None,
            });
            keys.push(vec![Key::Name(name.to_string())]);
        }
        Some(ParamSet { list, keys })
    }
}

fn suggest_explicit(row: &parse::Row) -> String {
    format!("\"{}\" Group::{}", row.code.value(), row.name)
}

#[derive(Default)]
struct Columns<'r> {
    message: Option<&'r LitStr>,
    description: Option<&'r LitStr>,
    solution: Option<&'r LitStr>,
}

struct ParamSet {
    list: Vec<model::Param>,
    /// For each parameter, the placeholder keys that name it.
    keys: Vec<Vec<Key>>,
}

trait KeyLookup {
    fn contains(&self, key: &Key) -> bool;
    fn index_of(&self, key: &Key) -> Option<usize>;
}

impl KeyLookup for Vec<Vec<Key>> {
    fn contains(&self, key: &Key) -> bool {
        self.index_of(key).is_some()
    }
    fn index_of(&self, key: &Key) -> Option<usize> {
        self.iter().position(|keys| keys.contains(key))
    }
}

fn pieces(lit: &LitStr, keys: &Vec<Vec<Key>>, dialect: Dialect) -> Vec<Piece> {
    // The message scanned cleanly in `params`, so scanning again cannot fail.
    let parts = template::scan_with(&lit.value(), dialect).unwrap_or_default();
    pieces_of(&parts, keys)
}

fn pieces_of(parts: &[Part], keys: &Vec<Vec<Key>>) -> Vec<Piece> {
    parts
        .iter()
        .map(|part| match part {
            Part::Lit(text) => Piece::Lit(text.clone()),
            Part::Hole { key, .. } => Piece::Arg(keys.index_of(key).unwrap_or_default()),
        })
        .collect()
}

fn assemble_groups(infos: Vec<GroupInfo>, rows: &[Row], errors: &mut Errors) -> Vec<Group> {
    let mut groups: Vec<Group> = infos
        .into_iter()
        .map(|info| {
            let _ = (info.status, info.prefix);
            Group {
                ident: info.ident,
                docs: info.docs,
                rows: Vec::new(),
            }
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        groups[row.group].rows.push(i);
    }
    // Report declared groups that received no row only when the table is otherwise clean:
    // with bad rows, an empty group is usually a follow-on of those.
    if errors.is_empty() {
        for group in &groups {
            if group.rows.is_empty() {
                errors.at(
                    &group.ident,
                    format!("group `{}` has no rows; add rows with its prefix or `{}::name`, or remove the declaration", group.ident, group.ident),
                );
            }
        }
    }
    groups
}

/// A code may appear on several rows only when each of them says `#[shared_code]`; a
/// `#[shared_code]` row whose code is unique is reported too, so the mark stays truthful.
fn check_duplicate_codes(rows: &[Row], errors: &mut Errors) {
    let mut by_code: HashMap<&str, Vec<&Row>> = HashMap::new();
    for row in rows {
        by_code.entry(&row.code).or_default().push(row);
    }
    for row in rows {
        let same = &by_code[row.code.as_str()];
        let whose = row.whose();
        match (same.len(), row.shared_code) {
            (1, Some(span)) => errors.span(
                span,
                format!("{whose}: `#[shared_code]` but no other row has code `{}`; remove the attribute", row.code),
            ),
            (1, None) => {}
            (_, Some(_)) => {}
            (_, None) => {
                let first = same[0];
                if std::ptr::eq(first, row) {
                    // Reported on the later rows, unless they are all marked.
                    if same[1..].iter().all(|r| r.shared_code.is_some()) {
                        errors.span(
                            row.code_span,
                            format!("{whose}: code `{}` is shared with other rows marked `#[shared_code]`; mark this row `#[shared_code]` too", row.code),
                        );
                    }
                } else {
                    errors.span(
                        row.code_span,
                        format!(
                            "{whose}: duplicate code; `{}` is already used by `{}`; each code must be unique, or, if the vendor really reuses it, mark every row with this code `#[shared_code]`",
                            row.code, first.ctor
                        ),
                    );
                }
            }
        }
    }
}

fn check_duplicate_names(rows: &[Row], groups: &[Group], errors: &mut Errors) {
    for group in groups {
        let mut seen: HashMap<String, &Row> = HashMap::new();
        for &i in &group.rows {
            let row = &rows[i];
            let variant = row.variant.to_string();
            if let Some(earlier) = seen.get(&variant) {
                errors.at(
                    &row.ctor,
                    format!(
                        "{}: the name `{}` is already used in group `{}` by row {}; names must be unique within a group",
                        row.whose(), row.ctor, group.ident, earlier.code
                    ),
                );
            } else {
                seen.insert(variant, row);
            }
        }
    }
}

/// Generated items must not collide with each other or with the module's own items.
fn check_generated_names(
    groups: &[Group],
    error_name: &Ident,
    module: &syn::ItemMod,
    errors: &mut Errors,
) {
    let mut generated: Vec<(String, Span, String)> = groups
        .iter()
        .map(|g| {
            (
                g.ident.to_string(),
                g.ident.span(),
                format!("group enum `{}`", g.ident),
            )
        })
        .collect();
    for group in groups {
        if group.ident == *error_name {
            errors.at(
                &group.ident,
                format!("group `{}` has the same name as the module's error enum; rename the enum with `#[error_catalog(error = {}Error)]`, or name the group differently", group.ident, group.ident),
            );
        }
    }
    generated.push((
        error_name.to_string(),
        error_name.span(),
        format!("error enum `{error_name}`"),
    ));
    generated.push((
        "CATALOG".into(),
        Span::call_site(),
        "static `CATALOG`".into(),
    ));
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        let ident = match item {
            syn::Item::Struct(i) => Some(&i.ident),
            syn::Item::Enum(i) => Some(&i.ident),
            syn::Item::Type(i) => Some(&i.ident),
            syn::Item::Static(i) => Some(&i.ident),
            syn::Item::Const(i) => Some(&i.ident),
            syn::Item::Fn(i) => Some(&i.sig.ident),
            syn::Item::Union(i) => Some(&i.ident),
            syn::Item::Trait(i) => Some(&i.ident),
            syn::Item::Mod(i) => Some(&i.ident),
            _ => None,
        };
        if let Some(ident) = ident {
            if let Some((_, _, what)) = generated.iter().find(|(name, _, _)| ident == name) {
                errors.at(ident, format!("`{ident}` collides with the {what} that `#[error_catalog]` generates in this module; rename this item"));
            }
        }
    }
}
