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
/// The hidden static of entries that `expand.rs` generates (its `ENTRIES`).
const ENTRIES: &str = "__ERROR_CATALOG_ENTRIES";

/// What a group declaration says, once checked.
struct GroupInfo {
    ident: Ident,
    status: Option<u16>,
    /// The declaration sets a status, even one reported as invalid: its rows then do not
    /// repeat that error as "no status".
    status_given: bool,
    prefix: Option<String>,
    docs: Vec<Attribute>,
}

struct Checker<'a> {
    errors: &'a mut Errors,
    groups: Vec<GroupInfo>,
    by_name: HashMap<String, usize>,
    by_prefix: HashMap<String, usize>,
    default_status: Option<u16>,
    /// `#[error_catalog(status = …)]` is present, even if reported as invalid (or `none`).
    default_status_given: bool,
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
    let default_status = default_status(options.status.as_ref(), errors);
    let dialect = options
        .dialect
        .as_ref()
        .and_then(|lit| row_attrs::dialect(lit, "the catalog", errors))
        .unwrap_or_default();
    let docs_url = options
        .docs_url
        .as_ref()
        .and_then(|lit| crate::args::docs_url(lit, errors));
    let mut checker = Checker {
        errors,
        groups: Vec::new(),
        by_name: HashMap::new(),
        by_prefix: HashMap::new(),
        default_status,
        default_status_given: options.status_given,
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
    let duplicates = check_duplicate_codes(&rows, errors);
    check_duplicate_names(&rows, &groups, &duplicates, errors);
    check_generated_names(&groups, &rows, &error_name, module, errors);
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
        docs_url,
    })
}

/// `status = 400` (a default) or `status = none` (a catalog without HTTP statuses: rows
/// without a status have none, which `default_status_given` keeps from being an error).
fn default_status(expr: Option<&Expr>, errors: &mut Errors) -> Option<u16> {
    match expr? {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Int(lit), ..
        }) => status(lit, "the catalog's default status", errors),
        // `args` accepts no other form than an integer or `none`.
        _ => None,
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

/// `false` (and reported) for a string literal with a suffix, such as `"LOGIN.0001"x`.
fn no_suffix(lit: &LitStr, whose: &str, what: &str, errors: &mut Errors) -> bool {
    if lit.suffix().is_empty() {
        return true;
    }
    errors.at(
        lit,
        format!(
            "{whose}: {what} has the suffix `{}` after its closing quote; remove it",
            lit.suffix()
        ),
    );
    false
}

fn string_value<'v>(field: &'v Field, whose: &str, errors: &mut Errors) -> Option<&'v LitStr> {
    match &field.value {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        }) => no_suffix(s, whose, &format!("`{}`", field.key), errors).then_some(s),
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

/// Reports an unknown key; returns the known key it is probably a misspelling of.
fn unknown_key(
    key: &Ident,
    known: &[&'static str],
    whose: &str,
    errors: &mut Errors,
) -> Option<&'static str> {
    let name = key.to_string();
    let near = names::did_you_mean(&name, known);
    let hint = match near {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("expected one of: {}", known.join(", ")),
    };
    errors.at(key, format!("{whose}: unknown column `{name}`; {hint}"));
    near
}

impl Checker<'_> {
    fn group_decl(&mut self, decl: GroupDecl) {
        let whose = format!("group `{}`", decl.name);
        let name = decl.name.to_string();
        if self.by_name.contains_key(&name) {
            self.errors.at(
                &decl.name,
                format!("{whose} is declared twice; merge the two declarations into one"),
            );
            return;
        }
        let docs = self.doc_attrs(&decl.attrs, &whose, "group declarations");
        let mut status = None;
        let mut prefix = None;
        let mut seen: Vec<String> = Vec::new();
        for field in &decl.fields {
            let key = field.key.to_string();
            if GROUP_FIELDS.contains(&key.as_str()) {
                if seen.contains(&key) {
                    self.errors.at(
                        &field.key,
                        format!("{whose}: setting `{key}` is given twice; keep one"),
                    );
                    continue;
                }
                seen.push(key.clone());
            }
            match key.as_str() {
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
                        if value.is_empty() {
                            self.errors.at(
                                lit,
                                format!("{whose}: the prefix is empty; write the part of the codes before their last `.`, such as `prefix: \"LOGIN\"` for \"LOGIN.0001\""),
                            );
                        } else if let Some(&other) = self.by_prefix.get(&value) {
                            let other = &self.groups[other].ident;
                            self.errors.at(
                                lit,
                                format!(
                                    "{whose}: prefix {value:?} already belongs to group `{other}`; a prefix maps to one group, so remove one of the two"
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
            status_given: seen.iter().any(|k| k == "status"),
            prefix,
            docs,
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
            status_given: false,
            prefix: None,
            docs: Vec::new(),
        });
        i
    }

    /// The group a row belongs to: the one it names, or the one its code's prefix derives.
    fn resolve_group(&mut self, row: &parse::Row, whose: &str, code: &str) -> Option<usize> {
        let prefix = names::code_prefix(code);
        let derived = prefix.map(|p| match self.by_prefix.get(p) {
            Some(&i) => Derived::Declared(i),
            None => names::upper_camel(p).map_or(Derived::Invalid, Derived::Name),
        });
        let Some(explicit) = &row.group else {
            return match derived {
                Some(Derived::Declared(i)) => Some(i),
                Some(Derived::Name(name)) => {
                    Some(self.group_index(Ident::new(&name, row.code.span())))
                }
                Some(Derived::Invalid) => {
                    let prefix = prefix.unwrap_or_default();
                    self.errors.at(
                        &row.code,
                        format!("{whose}: the prefix `{prefix}` cannot become a Rust type name; name the group in the row (`{}`), or map the prefix to a group: `group Name {{ prefix: \"{prefix}\" }}`", suggest_explicit(row)),
                    );
                    None
                }
                None if self.default_group.is_some() => {
                    let ident = self.default_group.clone()?;
                    Some(self.group_index(ident))
                }
                None => {
                    self.errors.at(
                        &row.code,
                        format!("{whose}: the code has no `PREFIX.` to derive a group from; name the group: `{}`, or set one for all such codes with `#[error_catalog(group = Name)]`", suggest_explicit(row)),
                    );
                    None
                }
            };
        };
        let text = explicit.to_string();
        if names::is_keyword(&text) {
            self.errors.at(
                explicit,
                format!("{whose}: `{text}` is a Rust keyword and cannot name a group; use a CamelCase name instead, such as `Group::{}`", row.name),
            );
            return None;
        }
        let derived_name = match &derived {
            // No prefix, or one that makes no type name: the row must name its group.
            None | Some(Derived::Invalid) => return Some(self.group_index(explicit.clone())),
            Some(Derived::Declared(i)) => self.groups[*i].ident.to_string(),
            Some(Derived::Name(name)) => name.clone(),
        };
        if text == derived_name {
            return Some(self.group_index(explicit.clone()));
        }
        let prefix = prefix.unwrap_or_default();
        let fix = match derived {
            Some(Derived::Declared(_)) => format!(
                "remove `{explicit}::` (group `{derived_name}` declares `prefix: \"{prefix}\"`)"
            ),
            _ => format!(
                "remove `{explicit}::`, or declare `group {explicit} {{ prefix: \"{prefix}\" }}`"
            ),
        };
        self.errors.at(
            explicit,
            format!(
                "{whose}: the code's prefix `{prefix}` puts the row in group `{derived_name}`, but the row names group `{explicit}`; {fix}"
            ),
        );
        None
    }

    /// Checks one row, reporting every problem it has; `None` if there was any.
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
        no_suffix(&row.code, &whose, "the code", self.errors);
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
                // An invalid status on the group or the catalog was reported already.
                let reported =
                    group.is_some_and(|g| self.groups[g].status_given) || self.default_status_given;
                if let Some(g) = group.filter(|_| inherited.is_none() && !reported) {
                    let g = &self.groups[g].ident;
                    self.errors.at(
                        &row.code,
                        format!("{whose} has no HTTP status; start the row with one (`400 \"{code}\" …`), or set a default with `group {g} {{ status: 400 }}` or `#[error_catalog(status = 400)]`, or declare a catalog without HTTP statuses with `#[error_catalog(status = none)]`"),
                    );
                }
                inherited
            }
        };
        let names = self.row_name(&row.name, &whose);
        let columns = self.columns(row, &whose);
        let message = columns.message;
        if message.is_none() && !columns.message_reported {
            self.errors.at(
                &row.name,
                format!("{whose} has no `message` column; add `message: \"…\"` with the text as published"),
            );
        }
        let params = message.and_then(|message| self.params(row, message, &whose, dialect));
        let description = columns.description.and_then(|lit| {
            let parts = self.scan(lit, &whose, "description", dialect)?;
            let params = params.as_ref()?;
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
            Some(Template {
                source: lit.value(),
                pieces: pieces_of(&parts, &params.keys),
            })
        });
        if self.errors.len() > before {
            return None;
        }
        let (message, params, (ctor, variant)) = (message?, params?, names?);
        let message_pieces = pieces(message, &params.keys, dialect);
        let description = description.unwrap_or_else(|| Template {
            source: message.value(),
            pieces: message_pieces.clone(),
        });
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

    /// The doc comments among `attrs`; any other attribute is reported.
    fn doc_attrs(&mut self, attrs: &[Attribute], whose: &str, what: &str) -> Vec<Attribute> {
        let mut docs = Vec::new();
        for attr in attrs {
            if attr.path().is_ident("doc") {
                docs.push(attr.clone());
            } else {
                self.errors.at(
                    attr,
                    format!(
                        "{whose}: unsupported attribute `#[{}]`; {what} take only doc comments (`///`)",
                        attr.path().to_token_stream().to_string().replace(' ', "")
                    ),
                );
            }
        }
        docs
    }

    /// The constructor and variant identifiers, after checking the name.
    fn row_name(&mut self, name: &Ident, whose: &str) -> Option<(Ident, Ident)> {
        let text = name.to_string();
        let bare = text.strip_prefix("r#").unwrap_or(&text);
        if names::is_keyword(&text) {
            let lower = text.to_lowercase();
            let instead = if names::is_raw_keyword(&lower) {
                format!("`{lower}_error` or `r#{lower}`")
            } else if lower == "_" {
                "`not_found`".to_string()
            } else {
                format!("`{lower}_error`")
            };
            self.errors.at(
                name,
                format!("{whose}: `{text}` is a Rust keyword and cannot name a constructor; choose another name, such as {instead}"),
            );
            return None;
        }
        if !names::is_snake_case(bare) {
            let mut snake = names::camel_to_snake(bare);
            while snake.contains("__") {
                snake = snake.replace("__", "_");
            }
            let fix = if names::is_snake_case(&snake)
                && names::is_identifier(&snake)
                && names::is_identifier(&names::snake_to_camel(&snake))
            {
                format!("write `{snake}`")
            } else {
                "use lowercase words joined by single underscores, such as `not_found`".to_string()
            };
            self.errors.at(
                name,
                format!("{whose}: the name `{text}` must be snake_case (it names the constructor; the variant becomes its CamelCase form); {fix}"),
            );
            return None;
        }
        let variant = names::snake_to_camel(bare);
        if !names::is_identifier(&variant) {
            self.errors.at(name, format!("{whose}: the name `{text}` makes the variant name `{variant}`, which is not a Rust identifier; start the name with a letter, such as `not_found`"));
            return None;
        }
        Some((name.clone(), Ident::new(&variant, name.span())))
    }

    fn columns<'r>(&mut self, row: &'r parse::Row, whose: &str) -> Columns<'r> {
        let mut columns = Columns::default();
        let mut seen: Vec<String> = Vec::new();
        for field in &row.columns {
            let key = field.key.to_string();
            let slot = match key.as_str() {
                "message" => &mut columns.message,
                "description" => &mut columns.description,
                "solution" => &mut columns.solution,
                _ => {
                    // `mesage: "…"` is the message, misspelt: one error, not also "no message".
                    if unknown_key(&field.key, ROW_COLUMNS, whose, self.errors) == Some("message") {
                        columns.message_reported = true;
                    }
                    continue;
                }
            };
            if seen.contains(&key) {
                self.errors.at(
                    &field.key,
                    format!("{whose}: column `{key}` is given twice; keep one"),
                );
                continue;
            }
            seen.push(key.clone());
            match string_value(field, whose, self.errors) {
                Some(lit) => {
                    if key == "message" && lit.value().is_empty() {
                        self.errors.at(
                            lit,
                            format!(
                                "{whose}: the message is empty; write the message as published"
                            ),
                        );
                    }
                    *slot = Some(lit);
                }
                None if key == "message" => columns.message_reported = true,
                None => {}
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
        // Parameters already reported (keyword, duplicate): not also "never used".
        let mut reported = vec![false; declared.list.len()];
        for (i, p) in declared.list.iter().enumerate() {
            let name = p.name.to_string();
            if names::is_keyword(&name) {
                let instead = if names::is_raw_keyword(&name) {
                    format!("`{name}_value` or `r#{name}`")
                } else {
                    format!("`{}_value`", name.to_lowercase().trim_matches('_'))
                };
                self.errors.at(
                    &p.name,
                    format!("{whose}: parameter `{name}` is a Rust keyword; rename it, such as {instead}"),
                );
                reported[i] = true;
            } else if !seen.insert(name.trim_start_matches("r#").to_string()) {
                self.errors.at(
                    &p.name,
                    format!("{whose}: parameter `{name}` is declared twice; give each parameter its own name"),
                );
                reported[i] = true;
            }
        }
        let mut used = reported.clone();
        let mut keys = Vec::new();
        for (i, p) in declared.list.iter().enumerate() {
            let name = p.name.to_string();
            keys.push(vec![
                Key::Index(i),
                Key::Name(name.trim_start_matches("r#").to_string()),
            ]);
        }
        let names: Vec<String> = declared.list.iter().map(|p| p.name.to_string()).collect();
        let mut missing: Vec<&Key> = Vec::new();
        for &hole in holes {
            match keys.iter().position(|k| k.contains(hole)) {
                Some(i) => used[i] = true,
                None if missing.contains(&hole) => {}
                None => {
                    missing.push(hole);
                    let help = match hole {
                        Key::Index(_) if names.is_empty() => "the row declares no parameters; declare them in `name(…)`, or remove the `()` to take the parameters from the message".to_string(),
                        Key::Index(_) => {
                            let list = names
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ");
                            let first = dialect.spell(&Key::Index(0));
                            let declared = match names.len() {
                                1 => format!("1 parameter ({list}), which is `{first}`"),
                                n => format!(
                                    "{n} parameters ({list}), which are `{first}` to `{}`",
                                    dialect.spell(&Key::Index(n - 1))
                                ),
                            };
                            format!("the row declares {declared}; add a parameter for `{}`, or fix the number", dialect.spell(hole))
                        }
                        Key::Name(n) => {
                            let near = names::did_you_mean(
                                n,
                                &names.iter().map(String::as_str).collect::<Vec<_>>(),
                            )
                            .map(|near| {
                                let near = near.trim_start_matches("r#");
                                format!("did you mean `{}`? Otherwise, ", dialect.spell(&Key::Name(near.to_string())))
                            })
                            .unwrap_or_default();
                            format!("{near}add `{n}` to the row's parameters: `(…, {n})`")
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
        for (i, (p, used)) in declared.list.iter().zip(&used).enumerate() {
            if !used {
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
                // `{r#type}` names a parameter `type`: it becomes `r#type`.
                ident: names::ident(name, message.span()),
                ty: None,
            });
            keys.push(vec![Key::Name(name.to_string())]);
        }
        Some(ParamSet { list, keys })
    }
}

/// The group a code's prefix leads to.
enum Derived {
    /// A declared group whose `prefix:` is this prefix.
    Declared(usize),
    /// The prefix in UpperCamelCase.
    Name(String),
    /// A prefix that makes no type name (`23505.1`, `1A.1`).
    Invalid,
}

fn suggest_explicit(row: &parse::Row) -> String {
    format!("\"{}\" Group::{}", row.code.value(), row.name)
}

#[derive(Default)]
struct Columns<'r> {
    message: Option<&'r LitStr>,
    /// A `message` column was there but reported (not a string, or a misspelt key).
    message_reported: bool,
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

/// Reports every row whose code an earlier row already has, unless each row with the code is
/// marked `#[shared_code]`; returns the reported rows' indexes. A marked row whose code is
/// unique is reported too, so the mark stays truthful.
fn check_duplicate_codes(rows: &[Row], errors: &mut Errors) -> Vec<usize> {
    let mut by_code: HashMap<&str, Vec<&Row>> = HashMap::new();
    for row in rows {
        by_code.entry(&row.code).or_default().push(row);
    }
    let mut duplicates = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let same = &by_code[row.code.as_str()];
        let whose = row.whose();
        match (same.len(), row.shared_code) {
            (1, Some(span)) => errors.span(
                span,
                format!("{whose}: `#[shared_code]` but no other row has code `{}`; remove the attribute", row.code),
            ),
            (1, None) | (_, Some(_)) => {}
            (_, None) => {
                let first = same[0];
                if !std::ptr::eq(first, row) {
                    errors.span(
                        row.code_span,
                        format!(
                            "{whose}: duplicate code; row `{}` already has code `{}`; give each row its own code, or, if the vendor really uses it for several rows, mark each of them `#[shared_code]`",
                            first.ctor, row.code
                        ),
                    );
                    duplicates.push(i);
                } else if same[1..].iter().all(|r| r.shared_code.is_some()) {
                    // The later rows are all marked: this first one is the one to fix.
                    errors.span(
                        row.code_span,
                        format!("{whose}: code `{}` is shared with rows marked `#[shared_code]`; mark this row `#[shared_code]` too", row.code),
                    );
                }
            }
        }
    }
    duplicates
}

/// Names must be unique within a group; a row already reported as a duplicate code is
/// left out (a copied row would otherwise be reported twice).
fn check_duplicate_names(rows: &[Row], groups: &[Group], skip: &[usize], errors: &mut Errors) {
    for group in groups {
        let mut seen: HashMap<String, &Row> = HashMap::new();
        for &i in group.rows.iter().filter(|i| !skip.contains(i)) {
            let row = &rows[i];
            let variant = row.variant.to_string();
            if let Some(earlier) = seen.get(&variant) {
                let what = if earlier.ctor == row.ctor {
                    format!("the name `{}`", row.ctor)
                } else {
                    format!(
                        "the name `{}` makes variant `{}`, as `{}`",
                        row.ctor, row.variant, earlier.ctor
                    )
                };
                errors.at(
                    &row.ctor,
                    format!(
                        "{}: {what} is already used in group `{}` by row {}; names must be unique within a group, so rename one of them",
                        row.whose(), group.ident, earlier.code
                    ),
                );
            } else {
                seen.insert(variant, row);
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Namespace {
    Type,
    Value,
}

/// Generated items must not collide with each other or with the module's own items. Types
/// (the enums) and values (the statics) live in separate namespaces, as in rustc.
fn check_generated_names(
    groups: &[Group],
    rows: &[Row],
    error_name: &Ident,
    module: &syn::ItemMod,
    errors: &mut Errors,
) {
    let mut generated: Vec<(String, Namespace, String)> = groups
        .iter()
        .map(|g| {
            (
                g.ident.to_string(),
                Namespace::Type,
                format!("group enum `{}`", g.ident),
            )
        })
        .collect();
    for group in groups {
        if group.ident == *error_name {
            let prefix = group
                .rows
                .first()
                .and_then(|&i| names::code_prefix(&rows[i].code))
                .filter(|p| names::upper_camel(p).is_some_and(|n| group.ident == n));
            let module_enum = names::upper_camel(&module.ident.to_string())
                .map(|m| format!("{m}Error"))
                .filter(|n| group.ident != n)
                .unwrap_or_else(|| "CatalogError".to_string());
            let fix = match prefix {
                Some(prefix) => format!("rename the enum with `#[error_catalog(error = {module_enum})]`, or map the prefix to another group name: `group {}Group {{ prefix: \"{prefix}\" }}`", group.ident),
                None => format!("rename the enum with `#[error_catalog(error = {module_enum})]`, or rename the group"),
            };
            let from = match prefix {
                Some(prefix) => format!(" (from the code prefix `{prefix}`)"),
                None => String::new(),
            };
            errors.at(
                &group.ident,
                format!(
                    "group `{}`{from} has the same name as the module's error enum `{error_name}`; {fix}",
                    group.ident
                ),
            );
        }
    }
    generated.push((
        error_name.to_string(),
        Namespace::Type,
        format!("error enum `{error_name}`"),
    ));
    generated.push((
        "CATALOG".into(),
        Namespace::Value,
        "static `CATALOG`".into(),
    ));
    generated.push((
        ENTRIES.into(),
        Namespace::Value,
        format!("hidden static `{ENTRIES}`"),
    ));
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        use Namespace::{Type, Value};
        let (ident, spaces): (&Ident, &[Namespace]) = match item {
            syn::Item::Struct(i) => match i.fields {
                // A unit or tuple struct is also a value (its constructor).
                syn::Fields::Named(_) => (&i.ident, &[Type]),
                _ => (&i.ident, &[Type, Value]),
            },
            syn::Item::Enum(i) => (&i.ident, &[Type]),
            syn::Item::Type(i) => (&i.ident, &[Type]),
            syn::Item::Union(i) => (&i.ident, &[Type]),
            syn::Item::Trait(i) => (&i.ident, &[Type]),
            syn::Item::TraitAlias(i) => (&i.ident, &[Type]),
            syn::Item::Mod(i) => (&i.ident, &[Type]),
            syn::Item::Static(i) => (&i.ident, &[Value]),
            syn::Item::Const(i) => (&i.ident, &[Value]),
            syn::Item::Fn(i) => (&i.sig.ident, &[Value]),
            _ => continue,
        };
        let clash = generated
            .iter()
            .find(|(name, space, _)| ident == name && spaces.contains(space));
        if let Some((_, _, what)) = clash {
            errors.at(ident, format!("`{ident}` collides with the {what} that `#[error_catalog]` generates in this module; rename this item"));
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    /// The messages of the `compile_error!`s that `#[error_catalog(attr)] item` expands to.
    fn errors_with(attr: TokenStream, item: TokenStream) -> Vec<String> {
        let out = crate::expand(attr, item);
        let file: syn::File = syn::parse2(out).expect("the expansion parses");
        file.items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Macro(m) if m.mac.path.segments.last()?.ident == "compile_error" => {
                    Some(m.mac.parse_body::<syn::LitStr>().ok()?.value())
                }
                _ => None,
            })
            .collect()
    }

    fn errors(table: TokenStream) -> Vec<String> {
        errors_with(
            quote!(),
            quote!(
                mod m {
                    catalog! { #table }
                }
            ),
        )
    }

    fn one_error(table: TokenStream) -> String {
        let list = errors(table);
        assert_eq!(list.len(), 1, "{list:#?}");
        list.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn a_prefix_that_makes_no_type_name_can_name_its_group() {
        assert_eq!(
            errors(quote!(401 "2FA.0001" TwoFa::expired message: "Expired.";)),
            Vec::<String>::new()
        );
        assert_eq!(
            errors(quote!(
                group TwoFa { prefix: "2FA" }
                401 "2FA.0001" expired message: "Expired.";
            )),
            Vec::<String>::new()
        );
        let error = one_error(quote!(401 "2FA.0001" expired message: "Expired.";));
        assert!(
            error.contains("`2FA` cannot become a Rust type name"),
            "{error}"
        );
    }

    #[test]
    fn a_disagreeing_group_is_compared_with_the_declared_one() {
        let error = one_error(quote!(
            group Auth { prefix: "LOGIN" }
            400 "LOGIN.0001" Login::locked message: "Locked.";
        ));
        assert!(error.contains("puts the row in group `Auth`"), "{error}");
        let error = one_error(quote!(400 "A.1" Self::a message: "x";));
        assert!(error.contains("`Self` is a Rust keyword"), "{error}");
    }

    #[test]
    fn one_mistake_makes_one_error() {
        for table in [
            quote!(400 "A.1" a mesage: "x";),
            quote!(400 "A.1" a message: MESSAGE;),
            quote!(400 "A.1" a message: b"x";),
            quote!(group A { status: 700 } "A.1" a message: "x"; "A.2" b message: "y";),
            quote!(400 "A.1" a(x, x) message: "{0}";),
            quote!(400 "A.1" a(self) message: "{0}";),
            quote!(400 "A.1" a message: "x"; 400 "A.1" a message: "x";),
            quote!(400 "A.1" a message: "{1} {1}";),
            quote!(group A { status } 400 "A.1" a message: "x";),
        ] {
            one_error(table);
        }
        let list = errors_with(
            quote!(status = "400"),
            quote!(
                mod m {
                    catalog! { "A.1" a message: "x"; }
                }
            ),
        );
        assert_eq!(list.len(), 1, "{list:#?}");
        let list = errors_with(
            quote!(status = 400 error = E),
            quote!(
                mod m {
                    catalog! { "A.1" a message: "x"; }
                }
            ),
        );
        assert_eq!(list.len(), 1, "{list:#?}");
    }

    #[test]
    fn every_mistake_of_a_row_is_reported() {
        let list = errors(quote!(400 "A.1" NotSnake message: "{x y}", colour: "red";));
        assert_eq!(list.len(), 3, "{list:#?}");
    }

    #[test]
    fn raw_placeholders_make_raw_parameters() {
        let out = crate::expand(
            quote!(),
            quote!(
                mod m {
                    catalog! { 400 "A.1" a message: "of {r#type}"; }
                }
            ),
        );
        assert!(out.to_string().contains("r#type"), "{out}");
        assert!(!out.to_string().contains("compile_error"), "{out}");
        let error = one_error(quote!(400 "A.1" a message: "of {r#self}";));
        assert!(error.contains("malformed"), "{error}");
    }

    #[test]
    fn names_that_are_not_identifiers_are_errors_not_panics() {
        for table in [
            quote!(400 "A.1" a message: "{a²}";),
            quote!(400 "A.1" a message: "{Ⓐ}";),
            quote!(400 "A.1" a message: "{r#a b}";),
            quote!(400 "Ⓐ.1" a message: "x";),
            quote!(400 "x²y.1" a message: "x";),
        ] {
            one_error(table);
        }
        assert_eq!(
            errors(quote!(group r#type { prefix: "T" } 400 "T.1" a message: "x";)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn collisions_follow_rust_namespaces() {
        let item = |decl: TokenStream| {
            errors_with(
                quote!(),
                quote!(mod m { #decl catalog! { 400 "LOGIN.1" a message: "x"; } }),
            )
        };
        assert!(item(quote!(
            fn Login() {}
        ))
        .is_empty());
        assert!(item(quote!(
            struct CATALOG {}
        ))
        .is_empty());
        assert_eq!(
            item(quote!(
                struct Login {}
            ))
            .len(),
            1
        );
        assert_eq!(
            item(quote!(
                struct Login;
            ))
            .len(),
            1
        );
        assert_eq!(
            item(quote!(
                const CATALOG: u8 = 0;
            ))
            .len(),
            1
        );
        assert_eq!(
            item(quote!(
                trait Error {}
            ))
            .len(),
            1
        );
    }

    #[test]
    fn group_settings() {
        let error = one_error(quote!(group A { status: 400, status: 401 } "A.1" a message: "x";));
        assert!(error.contains("given twice"), "{error}");
        let error = one_error(quote!(group A { prefix: "" } 400 "A.1" a message: "x";));
        assert!(error.contains("prefix is empty"), "{error}");
        let error = one_error(quote!(#[foo] group A {} 400 "A.1" a message: "x";));
        assert!(error.contains("unsupported attribute `#[foo]`"), "{error}");
    }

    #[test]
    fn syntax_errors_name_the_row() {
        for table in [
            quote!(400 "A.1" a(x: ) message: "{0}";),
            quote!(400 "A.1" a(1) message: "{0}";),
            quote!(400 "A.1" a(x y) message: "{0}";),
            quote!(400 "A.1" a message: ;),
            quote!(400 "A.1" a message: "x",, solution: "y";),
            quote!(400 "A.1"),
        ] {
            let error = one_error(table);
            assert!(error.starts_with("row A.1: "), "{error}");
        }
        let error = one_error(quote!("400" "A.1" a message: "x";));
        assert!(error.contains("status is written as a string"), "{error}");
    }

    #[test]
    fn a_bad_group_declaration_does_not_swallow_the_next_row() {
        let list = errors(quote!(
            group A { status }
            400 "B.1" NotSnake message: "x";
        ));
        assert_eq!(list.len(), 2, "{list:#?}");
    }

    #[test]
    fn attribute_options() {
        let list = errors_with(
            quote!(eror = E, status = 400, status = 401, derive = Eq),
            quote!(
                mod m {
                    catalog! { "A.1" a message: "x"; }
                }
            ),
        );
        assert_eq!(list.len(), 3, "{list:#?}");
        assert!(list[0].contains("did you mean `error`?"), "{list:#?}");
        assert!(list[1].contains("given twice"), "{list:#?}");
        assert!(
            list[2].contains("derive(Clone, PartialEq, Eq)"),
            "{list:#?}"
        );
    }
}
