//! Groups: declarations, the group each row belongs to, and assembling them.

use super::*;
use crate::diag::messages;

impl Checker<'_> {
    pub(super) fn group_decl(&mut self, decl: GroupDecl) {
        let whose = format!("group `{}`", decl.name);
        // Keyed by the bare name: `group r#A` and a row's derived group `A` are one group.
        let name = names::name_of(&decl.name);
        if self.by_name.contains_key(&name) {
            self.errors.at(
                &decl.name,
                format!("{whose} is declared twice; merge the two declarations into one"),
            );
            return;
        }
        let docs = self.doc_attrs(&decl.attrs, &whose, "group declarations");
        let mut status = StatusDefault::Unset;
        let mut prefix = None;
        let mut grpc = None;
        let mut seen: Vec<String> = Vec::new();
        for field in &decl.fields {
            let key = field.key.to_string();
            if GROUP_FIELDS.contains(&key.as_str()) {
                if seen.contains(&key) {
                    self.errors
                        .at(&field.key, messages::given_twice(&whose, "setting", &key));
                    continue;
                }
                seen.push(key.clone());
            }
            match key.as_str() {
                "status" => match &field.value {
                    Value::Int(lit) => status = StatusDefault::of(lit, &whose, self.errors),
                    other => {
                        // Reported: its rows do not each repeat it as "no status".
                        status = StatusDefault::NoStatus;
                        self.errors.at(
                            other,
                            format!("{whose}: `status` takes an integer such as `status: 400`"),
                        );
                    }
                },
                "prefix" => {
                    if let Some(lit) = string_value(field, &whose, self.errors) {
                        let value = lit.value.clone();
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
                "grpc" => {
                    if let Some(lit) = string_value(field, &whose, self.errors) {
                        grpc = grpc::code(&lit.value, lit, &whose, self.errors);
                    }
                }
                _ => {
                    let hint = messages::hint(messages::near(&key, GROUP_FIELDS), GROUP_FIELDS);
                    let shown = format!("`{key}`");
                    let message = messages::unknown(&whose, "setting", &shown, &hint);
                    self.errors.at(&field.key, message);
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
            grpc,
            docs,
        });
    }

    /// Keeps `prefix` → `group` as the last lookup (reusing the string's buffer); returns `group`.
    fn remember_prefix(&mut self, prefix: &str, group: usize) -> usize {
        self.last_prefix.0.clear();
        self.last_prefix.0.push_str(prefix);
        self.last_prefix.1 = group;
        group
    }

    pub(super) fn group_index(&mut self, ident: Ident) -> usize {
        let name = names::name_of(&ident);
        if let Some(&i) = self.by_name.get(&name) {
            return i;
        }
        let i = self.groups.len();
        self.by_name.insert(name, i);
        self.groups.push(GroupInfo {
            ident,
            status: StatusDefault::Unset,
            grpc: None,
            docs: Vec::new(),
        });
        i
    }

    /// The group a row belongs to: the one it names, or the one its code's prefix derives.
    pub(super) fn resolve_group(
        &mut self,
        row: &ast::Row,
        whose: &dyn Display,
        code: &str,
    ) -> Option<usize> {
        let prefix = names::code_prefix(code);
        // Group declarations were all read before the rows, so a prefix found here once
        // leads to the same group every time.
        if let (None, Some(p)) = (&row.group, prefix) {
            if self.last_prefix.0 == p {
                return Some(self.last_prefix.1);
            }
            if let Some(&i) = self.derived.get(p) {
                return Some(self.remember_prefix(p, i));
            }
        }
        let derived = prefix.map(|p| match self.by_prefix.get(p) {
            Some(&i) => Derived::Declared(i),
            None => names::upper_camel(p).map_or(Derived::Invalid, Derived::Name),
        });
        let Some(explicit) = &row.group else {
            return match derived {
                Some(Derived::Declared(i)) => {
                    Some(self.remember_prefix(prefix.unwrap_or_default(), i))
                }
                Some(Derived::Name(name)) => {
                    let i = self.group_index(Ident::new(&name, row.code.span()));
                    let prefix = prefix.unwrap_or_default();
                    self.derived.insert(prefix.to_string(), i);
                    Some(self.remember_prefix(prefix, i))
                }
                Some(Derived::Invalid) => {
                    let prefix = prefix.unwrap_or_default();
                    self.errors.at(
                        &row.code,
                        format!("{whose}: the prefix `{prefix}` cannot become a Rust type name; name the group in the row (`{}`), or map the prefix to a group: `group Name {{ prefix: \"{prefix}\" }}`", suggest_explicit(row)),
                    );
                    None
                }
                None => match &self.default_group {
                    GroupDefault::Group(ident) => Some(self.group_index(ident.clone())),
                    // The option was reported: the row is left out, without an error of its own.
                    GroupDefault::Reported => None,
                    GroupDefault::Unset => {
                        self.errors.at(
                        &row.code,
                        format!("{whose}: the code has no `PREFIX.` to derive a group from; name the group: `{}`, or set one for all such codes with `#[error_catalog(group = Name)]`", suggest_explicit(row)),
                    );
                        None
                    }
                },
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
            Some(Derived::Declared(i)) => names::name_of(&self.groups[*i].ident),
            Some(Derived::Name(name)) => name.clone(),
        };
        if names::unraw(&text) == derived_name {
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
}

/// The group a code's prefix leads to.
pub(super) enum Derived {
    /// A declared group whose `prefix:` is this prefix.
    Declared(usize),
    /// The prefix in UpperCamelCase.
    Name(String),
    /// A prefix that makes no type name (`23505.1`, `1A.1`).
    Invalid,
}

pub(super) fn suggest_explicit(row: &ast::Row) -> String {
    format!("\"{}\" Group::{}", row.code.value, row.name)
}

pub(super) fn assemble_groups(
    infos: Vec<GroupInfo>,
    rows: &[Row],
    errors: &mut Errors,
) -> Vec<Group> {
    let mut groups: Vec<Group> = infos
        .into_iter()
        .map(|info| Group {
            ident: info.ident,
            docs: info.docs,
            rows: Vec::new(),
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        groups[row.group].rows.push(i);
    }
    // A group is a type: a name that is not UpperCamelCase (`group login`, `login::x`,
    // `#[error_catalog(group = login)]`) would make rustc warn on the generated enum.
    for group in &groups {
        let name = names::name_of(&group.ident);
        if !names::is_upper_camel(&name) {
            let fix = match names::upper_camel(&name) {
                Some(camel) => format!("write `{camel}`"),
                None => "use an UpperCamelCase name such as `Login`".to_string(),
            };
            errors.at(
                &group.ident,
                format!("group `{}` is not an UpperCamelCase name; a group is an enum, and rustc warns on `enum {}` (`non_camel_case_types`); {fix}", group.ident, group.ident),
            );
        }
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
