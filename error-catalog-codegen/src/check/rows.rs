//! One row: its name, attributes and columns, checked into the model.

use super::params::KeyLookup;
use super::*;
use crate::diag::messages::{self, RowName};

impl Checker<'_> {
    /// Checks one row, reporting every problem it has; its code if there was any. The row's
    /// texts move into the model.
    pub(super) fn row(&mut self, mut row: ast::Row) -> Result<Row, String> {
        let Some(checked) = self.check_row(&row) else {
            return Err(std::mem::take(&mut row.code.value));
        };
        let [message, description, solution] =
            checked
                .columns
                .map(|at| match at.map(|at| &mut row.columns[at].value) {
                    Some(Value::Str(s)) => std::mem::take(&mut s.value),
                    _ => String::new(),
                });
        let description = match checked.description {
            Some(pieces) => Template {
                source: description,
                pieces,
            },
            None => Template {
                // A description column that is the message's text: its own copy serves.
                source: if checked.columns[1].is_some() {
                    description
                } else {
                    message.clone()
                },
                pieces: checked.message.clone(),
            },
        };
        let mut message = Template {
            source: message,
            pieces: checked.message,
        };
        if message.source.is_empty() {
            // A row published without a message: the exports keep the cell empty, `Display`,
            // the wire and decode use the description, else the code.
            let shown = if description.source.is_empty() {
                &row.code.value
            } else {
                &description.source
            };
            message.pieces = vec![Piece::Lit(shown.clone())];
        }
        Ok(Row {
            code: std::mem::take(&mut row.code.value),
            code_span: row.code.span(),
            status: checked.status,
            more_statuses: checked.more_statuses,
            group: checked.group,
            ctor: row.name,
            variant: checked.variant,
            ctor_name: checked.ctor_name,
            variant_name: checked.variant_name,
            params: checked.params,
            message,
            description,
            solution,
            docs: checked.docs,
            shared_code: checked.shared_code,
            grpc: checked.grpc,
            since: checked.since,
            since_from_lock: false,
            lifecycle: checked.lifecycle,
            origin: row.origin.take(),
        })
    }

    fn check_row(&mut self, row: &ast::Row) -> Option<Checked> {
        let code = &row.code.value;
        let whose = whose(row);
        self.errors.begin_row();
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
            self.resolve_group(row, &whose, code)
        };
        let status = match &row.status {
            Some(lit) => options::status(lit, &whose, self.errors),
            None => {
                let group_default = group.map_or(StatusDefault::Unset, |g| self.groups[g].status);
                match group_default.or(self.default_status) {
                    StatusDefault::Status(status) => Some(status),
                    // `status = none`, or an invalid default reported already.
                    StatusDefault::NoStatus => None,
                    StatusDefault::Unset => {
                        if let Some(g) = group {
                            let g = &self.groups[g].ident;
                            self.errors.at(
                                &row.code,
                                format!("{whose} has no HTTP status; start the row with one (`400 \"{code}\" …`), or set a default with `group {g} {{ status: 400 }}` or `#[error_catalog(status = 400)]`, or declare a catalog without HTTP statuses with `#[error_catalog(status = none)]`"),
                            );
                        }
                        None
                    }
                }
            }
        };
        let more_statuses = self.more_statuses(row, status, &whose);
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
        // Many catalogs repeat the message as the description: its parts are the message's.
        let description = columns
            .description
            .filter(|lit| message.is_none_or(|m| m.value != lit.value))
            .and_then(|lit| {
                let (params, _) = params.as_ref()?;
                Some(Template {
                    source: String::new(),
                    pieces: self.description(lit, &params.keys, &whose, dialect),
                })
            });
        if self.errors.end_row(row.code.span(), &whose) {
            return None;
        }
        let ((params, parts), (variant, variant_name, ctor_name)) = (params?, names?);
        Some(Checked {
            status,
            more_statuses,
            group: group?,
            variant,
            variant_name,
            ctor_name,
            message: pieces_of(parts, &params.keys),
            description: description.map(|d| d.pieces),
            params: params.list,
            docs: attrs.docs,
            shared_code: attrs.shared_code,
            grpc: attrs.grpc.or(group.and_then(|g| self.groups[g].grpc)),
            since: attrs.since,
            lifecycle: attrs.lifecycle,
            columns: columns.at,
        })
    }

    /// The description's pieces. A description is documentation first: it is a template only
    /// when it scans and shows at least one of the message's placeholders, and then each of
    /// its placeholders must be the message's. Any other description (`{ID}` beside the
    /// message's `{id}`, `{fault cause}`, `{1}` with no `{1}` in the message, a stray `}`) is
    /// prose: one literal, its text exactly as written.
    fn description(
        &mut self,
        lit: &Str,
        keys: &Vec<Vec<Key>>,
        whose: &dyn Display,
        dialect: Dialect,
    ) -> Vec<Piece> {
        let prose = || vec![Piece::Lit(lit.value.clone())];
        let Ok(parts) = template::scan_with(&lit.value, dialect) else {
            return prose();
        };
        let holes = || {
            parts.iter().filter_map(|p| match p {
                Part::Hole { key, .. } => Some(key),
                Part::Lit(_) => None,
            })
        };
        if !holes().any(|key| keys.contains(key)) {
            return prose();
        }
        for key in holes().filter(|key| !keys.contains(key)) {
            self.errors.at(
                lit,
                format!("{whose}: the description shows the message's placeholders and also `{}`, which the message does not have; a description can only show the message's arguments (a description with none of them is kept as plain text)", dialect.spell(key)),
            );
        }
        pieces_of(parts, keys)
    }

    /// The statuses after the first of `404/500`: each in range, none repeated, at most two
    /// (`error_catalog_layout::STATUSES`, what the row's status word holds).
    fn more_statuses(
        &mut self,
        row: &ast::Row,
        primary: Option<u16>,
        whose: &dyn Display,
    ) -> Vec<u16> {
        let mut list: Vec<u16> = Vec::with_capacity(row.more_statuses.len());
        for lit in &row.more_statuses {
            let Some(status) = options::status(lit, whose, self.errors) else {
                continue;
            };
            if primary == Some(status) || list.contains(&status) {
                self.errors.at(
                    lit,
                    format!("{whose}: status {status} is listed twice; list each status once"),
                );
            } else if list.len() + 1 >= error_catalog_layout::STATUSES {
                self.errors.at(lit, format!("{whose}: a row lists at most three statuses (`400/404/500`); keep the primary one first and drop `{status}`"));
            } else {
                list.push(status);
            }
        }
        list
    }

    /// The doc comments among `attrs`; any other attribute is reported.
    pub(super) fn doc_attrs(
        &mut self,
        attrs: &[Attribute],
        whose: &dyn Display,
        what: &str,
    ) -> Vec<Attribute> {
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

    /// The variant's identifier and its text, and the constructor's text, after checking the
    /// name (the constructor's).
    pub(super) fn row_name(
        &mut self,
        name: &Ident,
        whose: &dyn Display,
    ) -> Option<(Ident, String, String)> {
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
        Some((Ident::new(&variant, name.span()), variant, text))
    }

    pub(super) fn columns<'r>(&mut self, row: &'r ast::Row, whose: &dyn Display) -> Columns<'r> {
        let mut columns = Columns::default();
        let mut seen = [false; ROW_COLUMNS.len()];
        for (at, field) in row.columns.iter().enumerate() {
            // Read once: comparing a compiler `Ident` with a `str` formats it on each compare.
            let key = field.key.to_string();
            let Some(index) = ROW_COLUMNS.iter().position(|c| key == *c) else {
                // `mesage: "…"` is the message, misspelt: one error, not also "no message".
                if unknown_key(&field.key, ROW_COLUMNS, whose, self.errors) == Some("message") {
                    columns.message_reported = true;
                }
                continue;
            };
            let key = ROW_COLUMNS[index];
            if std::mem::replace(&mut seen[index], true) {
                self.errors
                    .at(&field.key, messages::given_twice(whose, "column", &key));
                continue;
            }
            let slot = match index {
                0 => &mut columns.message,
                1 => &mut columns.description,
                _ => &mut columns.solution,
            };
            match string_value(field, whose, self.errors) {
                Some(lit) => {
                    *slot = Some(lit);
                    columns.at[index] = Some(at);
                }
                None if index == 0 => columns.message_reported = true,
                None => {}
            }
        }
        columns
    }
}

/// How diagnostics name `row` (`diag::messages::RowName`).
pub(super) fn whose(row: &ast::Row) -> RowName<'_> {
    RowName {
        origin: row.origin.as_deref(),
        code: &row.code.value,
        number: row.number,
        name: &row.name,
    }
}

#[derive(Default)]
pub(super) struct Columns<'r> {
    message: Option<&'r Str>,
    /// A `message` column was there but reported (not a string, or a misspelt key).
    message_reported: bool,
    description: Option<&'r Str>,
    solution: Option<&'r Str>,
    /// Where the message, description and solution are in the row's columns.
    at: [Option<usize>; 3],
}

/// A checked row, its texts still in the parsed row.
pub(super) struct Checked {
    status: Option<u16>,
    more_statuses: Vec<u16>,
    group: usize,
    variant: Ident,
    /// The variant's text.
    variant_name: String,
    /// The constructor's text, as written (`r#type` for a raw identifier).
    ctor_name: String,
    params: Vec<model::Param>,
    message: Vec<Piece>,
    /// `None`: the description is the message (absent, or the same text).
    description: Option<Vec<Piece>>,
    docs: Vec<Attribute>,
    shared_code: Option<Span>,
    grpc: Option<u8>,
    since: Option<String>,
    lifecycle: row_attrs::Lifecycle,
    columns: [Option<usize>; 3],
}
