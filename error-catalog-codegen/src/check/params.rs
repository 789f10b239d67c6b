//! A row's parameters: declared or taken from the placeholders, and the template pieces.

use super::*;

impl Checker<'_> {
    pub(super) fn scan(
        &mut self,
        lit: &Str,
        whose: &dyn Display,
        column: &str,
        dialect: Dialect,
    ) -> Option<Vec<Part>> {
        let source = &lit.value;
        match template::scan_with(source, dialect) {
            Ok(parts) => Some(parts),
            Err(list) => {
                // `describe_all`: linear in the text however many errors it has, and lazy.
                let mut messages = template::describe_all(source, &list);
                for done in 0..list.len() {
                    if self.errors.full() {
                        // Past the limit: counted, not described (each description
                        // quotes the text around the mistake).
                        self.errors.hide(list.len() - done);
                        break;
                    }
                    if let Some(message) = messages.next() {
                        self.errors
                            .at(lit, format!("{whose}: in the {column}, {message}"));
                    }
                }
                None
            }
        }
    }

    /// The row's parameters: declared in `name(…)`, or taken from the message's placeholders;
    /// with the message's parts, scanned once.
    pub(super) fn params(
        &mut self,
        row: &ast::Row,
        message: &Str,
        whose: &dyn Display,
        dialect: Dialect,
    ) -> Option<(ParamSet, Vec<Part>)> {
        let parts = self.scan(message, whose, "message", dialect)?;
        let holes: Vec<&Key> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Hole { key, .. } => Some(key),
                Part::Lit(_) => None,
            })
            .collect();
        let params = match &row.params {
            Some(declared) => self.declared_params(declared, &holes, message, whose, dialect),
            None => self.inferred_params(&holes, message, whose, dialect),
        };
        params.map(|params| (params, parts))
    }

    pub(super) fn declared_params(
        &mut self,
        declared: &ast::Params,
        holes: &[&Key],
        message: &Str,
        whose: &dyn Display,
        dialect: Dialect,
    ) -> Option<ParamSet> {
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
            } else if !seen.insert(names::unraw(&name).to_string()) {
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
                Key::Name(names::unraw(&name).to_string()),
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
                                let near = names::unraw(near);
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
                let name = names::name_of(&p.name);
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
        // Each mistake above was reported: a keyword or duplicate, a placeholder without a
        // parameter, or a parameter never used.
        if reported.contains(&true) || !missing.is_empty() || used.contains(&false) {
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

    pub(super) fn inferred_params(
        &mut self,
        holes: &[&Key],
        message: &Str,
        whose: &dyn Display,
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

pub(super) struct ParamSet {
    pub(super) list: Vec<model::Param>,
    /// For each parameter, the placeholder keys that name it.
    pub(super) keys: Vec<Vec<Key>>,
}

pub(super) trait KeyLookup {
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

pub(super) fn pieces_of(parts: Vec<Part>, keys: &Vec<Vec<Key>>) -> Vec<Piece> {
    parts
        .into_iter()
        .map(|part| match part {
            Part::Lit(text) => Piece::Lit(text),
            Part::Hole { key, .. } => Piece::Arg(keys.index_of(&key).unwrap_or_default()),
        })
        .collect()
}
