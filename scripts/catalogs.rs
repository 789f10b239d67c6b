//! Catalogs for the benchmarks, both ways: the `#[error_catalog]` table and the same rows
//! written by hand the way a thiserror user would. Shared by `build.rs` (the runtime benches)
//! and `scripts/gen-catalogs.rs` (the build-time comparison), so both measure the same code.
//!
//! Rows come from the vendor's 75 IAM rows (`tests/data/iam-error-codes.tsv`, text verbatim),
//! with the constructor names and parameters of `examples/iam_errors.rs`. Past 75 rows the IAM
//! rows repeat with fresh codes: copy `k` (from 2) appends `k` to every prefix, so `APP.0001`
//! becomes `APP2.0001` in group `App2`, and every group keeps the IAM shape.

#![allow(dead_code)]

use std::fmt::Write as _;

pub struct Row {
    pub status: u16,
    pub code: String,
    pub message: String,
    pub description: String,
    pub solution: String,
    pub name: String,
    /// `(name, type)`; no type means the default (`Text` for us, `String` for thiserror).
    pub params: Vec<(String, Option<String>)>,
}

/// The 75 IAM rows: texts from the TSV, names and parameters from the example's table.
pub fn iam_rows(tsv: &str, example: &str) -> Vec<Row> {
    let names = example_names(example);
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 5, "bad TSV line: {line}");
            let (name, params) = names
                .iter()
                .find(|(code, _, _)| code == cells[1])
                .map(|(_, n, p)| (n.clone(), p.clone()))
                .unwrap_or_else(|| panic!("{} is not in the example", cells[1]));
            Row {
                status: cells[0].parse().expect("status"),
                code: cells[1].to_string(),
                message: cells[2].to_string(),
                description: cells[3].to_string(),
                solution: cells[4].to_string(),
                name,
                params,
            }
        })
        .collect()
}

type Names = Vec<(String, String, Vec<(String, Option<String>)>)>;

/// `400 "LOGIN.0001" locked(minutes: u32, seconds: u32)` lines of the example's table.
fn example_names(example: &str) -> Names {
    let mut out = Vec::new();
    for line in example.lines().map(str::trim) {
        let Some((status, rest)) = line.split_once(' ') else {
            continue;
        };
        if status.len() != 3 || !status.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(rest) = rest.strip_prefix('"') else {
            continue;
        };
        let (code, rest) = rest.split_once('"').expect("code literal");
        let rest = rest.trim();
        let (name, params) = match rest.split_once('(') {
            Some((name, list)) => {
                let list = list.trim_end_matches(')');
                let params = list
                    .split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(|p| match p.split_once(':') {
                        Some((n, t)) => (n.trim().to_string(), Some(t.trim().to_string())),
                        None => (p.to_string(), None),
                    })
                    .collect();
                (name.trim().to_string(), params)
            }
            None => (rest.to_string(), Vec::new()),
        };
        out.push((code.to_string(), name, params));
    }
    out
}

/// `n` rows: the IAM rows, then copies of them with fresh prefixes.
pub fn rows(iam: &[Row], n: usize) -> Vec<Row> {
    (0..n)
        .map(|i| {
            let base = &iam[i % iam.len()];
            let copy = i / iam.len();
            let code = if copy == 0 {
                base.code.clone()
            } else {
                let (prefix, number) = base.code.rsplit_once('.').expect("PREFIX.NUMBER");
                format!("{prefix}{}.{number}", copy + 1)
            };
            Row {
                status: base.status,
                code,
                message: base.message.clone(),
                description: base.description.clone(),
                solution: base.solution.clone(),
                name: base.name.clone(),
                params: base.params.clone(),
            }
        })
        .collect()
}

/// A Rust string literal holding `text` exactly.
pub fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// The table, as a user writes it.
pub fn ours(rows: &[Row], module: &str) -> String {
    let mut s = String::new();
    writeln!(
        s,
        "#[::error_catalog::error_catalog]\npub mod {module} {{\n    catalog! {{"
    )
    .unwrap();
    for row in rows {
        let params = if row.params.is_empty() {
            String::new()
        } else {
            format!("({})", declared(row, None).join(", "))
        };
        writeln!(
            s,
            "        {} {} {}{params}\n            message: {},\n            description: {},\n            solution: {};",
            row.status,
            lit(&row.code),
            row.name,
            lit(&row.message),
            lit(&row.description),
            lit(&row.solution)
        )
        .unwrap();
    }
    s.push_str("    }\n}\n");
    s
}

/// `name: Type` for each parameter; an untyped one gets `default`, or stays bare.
fn declared(row: &Row, default: Option<&str>) -> Vec<String> {
    (row.params.iter())
        .map(|(n, t)| match t.as_deref().or(default) {
            Some(t) => format!("{n}: {t}"),
            None => n.clone(),
        })
        .collect()
}

/// `APP_ACCOUNT2` → `AppAccount2` (the group name our macro derives).
pub fn camel(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(|seg| {
            let mut c = seg.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            std::iter::once(first)
                .chain(c.flat_map(char::to_lowercase))
                .collect::<String>()
        })
        .collect()
}

/// The group of a row: its code's prefix in camel case.
pub fn group(row: &Row) -> String {
    camel(row.code.rsplit_once('.').expect("PREFIX.NUMBER").0)
}

/// A thiserror format string for one of our templates: `{0}` becomes `{field}`, `{{` stays.
fn thiserror_format(template: &str, params: &[(String, Option<String>)]) -> String {
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push_str("{{");
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push_str("}}");
            }
            '{' => {
                let mut inner = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    inner.push(c);
                }
                let field = match inner.parse::<usize>() {
                    Ok(i) => params[i].0.clone(),
                    Err(_) => inner,
                };
                write!(out, "{{{field}}}").unwrap();
            }
            c => out.push(c),
        }
    }
    out
}

/// The rows grouped by prefix, in table order of first appearance.
pub fn groups(rows: &[Row]) -> Vec<(String, Vec<&Row>)> {
    let mut groups: Vec<(String, Vec<&Row>)> = Vec::new();
    for row in rows {
        let g = group(row);
        match groups.iter_mut().find(|(name, _)| *name == g) {
            Some((_, list)) => list.push(row),
            None => groups.push((g, vec![row])),
        }
    }
    groups
}

/// The same catalog by hand, thiserror's way: one enum per prefix with `#[error("…")]`,
/// `code()` and `status()` matches, one constructor per row, and a module enum with `From`.
pub fn thiserror(rows: &[Row], module: &str) -> String {
    let mut s = String::new();
    writeln!(s, "pub mod {module} {{").unwrap();
    let groups = groups(rows);
    for (name, rows) in &groups {
        writeln!(
            s,
            "    #[derive(Debug, Clone, PartialEq, ::thiserror::Error)]\n    pub enum {name} {{"
        )
        .unwrap();
        for row in rows {
            let format = thiserror_format(&row.message, &row.params);
            write!(
                s,
                "        #[error({})]\n        {}",
                lit(&format),
                camel(&row.name)
            )
            .unwrap();
            variant_fields(&mut s, row);
        }
        writeln!(s, "    }}\n\n    impl {name} {{").unwrap();
        for row in rows {
            constructor(&mut s, row);
        }
        let code = |row: &&Row| lit(&row.code);
        let status = |row: &&Row| row.status.to_string();
        method(&mut s, "code(&self) -> &'static str", rows, code);
        method(&mut s, "status(&self) -> u16", rows, status);
        s.push_str("    }\n\n");
    }
    s.push_str(
        "    #[derive(Debug, Clone, PartialEq, ::thiserror::Error)]\n    pub enum Error {\n",
    );
    for (name, _) in &groups {
        writeln!(
            s,
            "        #[error(transparent)]\n        {name}(#[from] {name}),"
        )
        .unwrap();
    }
    s.push_str("    }\n\n    impl Error {\n        pub fn code(&self) -> &'static str {\n            match self {\n");
    for (name, _) in &groups {
        writeln!(s, "                Self::{name}(e) => e.code(),").unwrap();
    }
    s.push_str("            }\n        }\n\n        pub fn status(&self) -> u16 {\n            match self {\n");
    for (name, _) in &groups {
        writeln!(s, "                Self::{name}(e) => e.status(),").unwrap();
    }
    s.push_str("            }\n        }\n    }\n}\n");
    s
}

/// The reference floor of the build-time comparison (`floor-N`): the API alone, with no
/// macro and no table: the same enums with `derive(Debug, Clone, PartialEq)`, the same
/// constructors, one-line `Display` bodies (`write_str` of nothing), empty `Error` impls and
/// `From` into the module enum. Not a usable error type: it measures what any crate offering
/// these types costs rustc, so that the distance of both real sides from it shows.
#[allow(dead_code)] // Written by gen-catalogs.rs only, not by the benches' build script.
pub fn floor(rows: &[Row], module: &str) -> String {
    floor_with(rows, module, false)
}

/// The floor plus the least any registry API needs (`registry-N`), still with no macro: per
/// group a `Rows` impl with the row of a value (a `match`) and the value of a row from its
/// arguments' texts (a `match`), the module enum's two dispatching to them, and the rows'
/// code, status and message as one static array. Between it and `ours-N` is what the macro,
/// the docs, the `const` constructors, `arg` and the full registry cost.
#[allow(dead_code)]
pub fn registry_floor(rows: &[Row], module: &str) -> String {
    floor_with(rows, module, true)
}

fn floor_with(rows: &[Row], module: &str, registry: bool) -> String {
    let mut s = String::new();
    writeln!(s, "pub mod {module} {{").unwrap();
    let groups = groups(rows);
    let display = |s: &mut String, name: &str| {
        writeln!(
            s,
            "    impl ::core::fmt::Display for {name} {{\n        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{\n            f.write_str(\"\")\n        }}\n    }}\n\n    impl ::core::error::Error for {name} {{}}\n"
        )
        .unwrap();
    };
    // Table positions of each group's rows, as the generated code has them.
    let index = |row: &Row| rows.iter().position(|r| std::ptr::eq(r, row)).unwrap();
    for (name, group_rows) in &groups {
        writeln!(
            s,
            "    #[derive(Debug, Clone, PartialEq)]\n    pub enum {name} {{"
        )
        .unwrap();
        for row in group_rows {
            write!(s, "        {}", camel(&row.name)).unwrap();
            variant_fields(&mut s, row);
        }
        writeln!(s, "    }}\n\n    impl {name} {{").unwrap();
        for row in group_rows {
            constructor(&mut s, row);
        }
        s.push_str("    }\n\n");
        display(&mut s, name);
        writeln!(s, "    impl ::core::convert::From<{name}> for Error {{\n        fn from(e: {name}) -> Self {{\n            Self::{name}(e)\n        }}\n    }}\n").unwrap();
        if registry {
            writeln!(s, "    impl Rows for {name} {{\n        fn row(&self) -> usize {{\n            match self {{").unwrap();
            for row in group_rows {
                writeln!(
                    s,
                    "                Self::{} {{ .. }} => {},",
                    camel(&row.name),
                    index(row)
                )
                .unwrap();
            }
            s.push_str("            }\n        }\n\n        fn from_row(row: usize, args: &[&str]) -> Option<Self> {\n            let _ = args;\n            Some(match row {\n");
            for row in group_rows {
                let fields: Vec<String> = (row.params.iter().enumerate())
                    .map(|(p, (n, t))| match t {
                        Some(_) => format!("{n}: args.get({p})?.parse().ok()?"),
                        None => format!("{n}: (*args.get({p})?).into()"),
                    })
                    .collect();
                let value = match fields.is_empty() {
                    true => format!("Self::{}", camel(&row.name)),
                    false => format!("Self::{} {{ {} }}", camel(&row.name), fields.join(", ")),
                };
                writeln!(s, "                {} => {value},", index(row)).unwrap();
            }
            s.push_str("                _ => return None,\n            })\n        }\n    }\n\n");
        }
    }
    s.push_str("    #[derive(Debug, Clone, PartialEq)]\n    pub enum Error {\n");
    for (name, _) in &groups {
        writeln!(s, "        {name}({name}),").unwrap();
    }
    s.push_str("    }\n\n");
    display(&mut s, "Error");
    if registry {
        s.push_str("    pub trait Rows: Sized {\n        fn row(&self) -> usize;\n        fn from_row(row: usize, args: &[&str]) -> Option<Self>;\n    }\n\n");
        s.push_str("    impl Rows for Error {\n        fn row(&self) -> usize {\n            match self {\n");
        for (name, _) in &groups {
            writeln!(s, "                Self::{name}(e) => e.row(),").unwrap();
        }
        s.push_str("            }\n        }\n\n        fn from_row(row: usize, args: &[&str]) -> Option<Self> {\n            match GROUP_OF[row] {\n");
        for (g, (name, _)) in groups.iter().enumerate() {
            writeln!(
                s,
                "                {g} => {name}::from_row(row, args).map(Self::{name}),"
            )
            .unwrap();
        }
        s.push_str("                _ => None,\n            }\n        }\n    }\n\n");
        let group_of: Vec<String> = (rows.iter())
            .map(|r| {
                groups
                    .iter()
                    .position(|(name, _)| *name == group(r))
                    .unwrap()
                    .to_string()
            })
            .collect();
        writeln!(
            s,
            "    pub static GROUP_OF: [u16; {}] = [{}];\n",
            rows.len(),
            group_of.join(", ")
        )
        .unwrap();
        writeln!(
            s,
            "    pub static ROWS: [(&str, u16, &str); {}] = [",
            rows.len()
        )
        .unwrap();
        for row in rows {
            writeln!(
                s,
                "        ({}, {}, {}),",
                lit(&row.code),
                row.status,
                lit(&row.message)
            )
            .unwrap();
        }
        s.push_str("    ];\n");
    }
    s.push_str("}\n");
    s
}

/// A variant's fields (` { name: Type, … }`, none for a row without parameters) and its comma.
fn variant_fields(s: &mut String, row: &Row) {
    if !row.params.is_empty() {
        let fields: Vec<String> = (row.params.iter())
            .map(|(n, t)| format!("{n}: {}", t.as_deref().unwrap_or("String")))
            .collect();
        write!(s, " {{ {} }}", fields.join(", ")).unwrap();
    }
    s.push_str(",\n");
}

/// A row's constructor as both hand-written sides have it (`impl Into<String>` for an
/// untyped parameter).
fn constructor(s: &mut String, row: &Row) {
    let variant = camel(&row.name);
    let args = declared(row, Some("impl Into<String>"));
    let inits: Vec<String> = (row.params.iter())
        .map(|(n, t)| match t {
            Some(_) => n.clone(),
            None => format!("{n}: {n}.into()"),
        })
        .collect();
    let body = if row.params.is_empty() {
        format!("Self::{variant}")
    } else {
        format!("Self::{variant} {{ {} }}", inits.join(", "))
    };
    writeln!(
        s,
        "        pub fn {}({}) -> Self {{\n            {body}\n        }}",
        row.name,
        args.join(", ")
    )
    .unwrap();
}

/// `pub fn <signature> { match self { Self::Variant { .. } => <value>, … } }`.
fn method(s: &mut String, signature: &str, rows: &[&Row], value: impl Fn(&&Row) -> String) {
    writeln!(
        s,
        "\n        pub fn {signature} {{\n            match self {{"
    )
    .unwrap();
    for row in rows {
        let (variant, value) = (camel(&row.name), value(row));
        writeln!(s, "                Self::{variant} {{ .. }} => {value},").unwrap();
    }
    s.push_str("            }\n        }\n");
}

/// A hand-written lookup: a `match` from code to table position.
pub fn lookup_match(rows: &[Row], name: &str) -> String {
    let mut s = format!("pub fn {name}(code: &str) -> Option<usize> {{\n    match code {{\n");
    for (i, row) in rows.iter().enumerate() {
        writeln!(s, "        {} => Some({i}),", lit(&row.code)).unwrap();
    }
    s.push_str("        _ => None,\n    }\n}\n");
    s
}
