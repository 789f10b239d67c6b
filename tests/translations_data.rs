//! The IAM example's Simplified Chinese translation (`examples/iam_errors.zh-CN.tsv`) against
//! the English catalog: one row per code, every code known, every column that is non-empty
//! in English translated, and each translation using exactly its English column's
//! placeholders (in any order, as Chinese needs).

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use std::collections::BTreeSet;

use example::iam;

const ZH_CN: &str = include_str!("../examples/iam_errors.zh-CN.tsv");

/// The placeholders of a template, sorted (a multiset: `{0} {0}` differs from `{0}`).
/// `{{` and `}}` are literal braces; an unclosed `{` or a stray `}` is an error. Deliberately
/// simple: the catalog's own dialects are checked by the macro, this only compares sets.
fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        let after = &rest[i + 1..];
        if rest[i..].starts_with("{{") || rest[i..].starts_with("}}") {
            rest = &after[1..];
        } else if rest[i..].starts_with('}') {
            return Err(format!("a stray `}}` in {text:?}"));
        } else {
            let end = after
                .find('}')
                .ok_or_else(|| format!("an unclosed `{{` in {text:?}"))?;
            found.push(&after[..end]);
            rest = &after[end + 1..];
        }
    }
    found.sort_unstable();
    Ok(found)
}

#[test]
fn placeholder_reader() {
    assert_eq!(placeholders("in {1} and {0}, {0}"), Ok(vec!["0", "0", "1"]));
    assert_eq!(placeholders("{{literal}} {name}"), Ok(vec!["name"]));
    assert_eq!(placeholders("none"), Ok(vec![]));
    assert!(placeholders("{open").is_err());
    assert!(placeholders("stray}").is_err());
}

struct Row<'a> {
    line: usize,
    code: &'a str,
    columns: [&'a str; 3],
}

fn rows() -> Vec<Row<'static>> {
    let mut lines = ZH_CN.lines();
    assert_eq!(
        lines.next(),
        Some("code\tmessage\tdescription\tsolution"),
        "the header"
    );
    lines
        .enumerate()
        .map(|(i, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 4, "line {}: four cells: {line:?}", i + 2);
            Row {
                line: i + 2,
                code: cells[0],
                columns: [cells[1], cells[2], cells[3]],
            }
        })
        .collect()
}

#[test]
fn one_row_per_code_of_the_catalog() {
    let rows = rows();
    assert_eq!(rows.len(), 75);
    assert_eq!(rows.len(), iam::CATALOG.len());
    let mut seen = BTreeSet::new();
    for row in &rows {
        assert!(
            seen.insert(row.code),
            "line {}: {} twice",
            row.line,
            row.code
        );
        assert!(
            iam::CATALOG.get(row.code).is_some(),
            "line {}: {} is not in the catalog",
            row.line,
            row.code
        );
    }
}

#[test]
fn every_column_translated_with_its_placeholders() {
    let names = ["message", "description", "solution"];
    let mut problems = Vec::new();
    for row in rows() {
        let Some(entry) = iam::CATALOG.get(row.code) else {
            continue; // reported by the test above
        };
        let english = [
            entry.message().source(),
            entry.description().source(),
            entry.solution(),
        ];
        for ((name, source), translated) in names.iter().zip(english).zip(row.columns) {
            let at = format!("line {} ({} {name})", row.line, row.code);
            if translated.trim().is_empty() != source.trim().is_empty() {
                problems.push(format!("{at}: empty in one language only"));
            }
            match (placeholders(source), placeholders(translated)) {
                (Ok(a), Ok(b)) if a != b => {
                    problems.push(format!("{at}: placeholders {b:?}, English has {a:?}"));
                }
                (Ok(_), Err(e)) | (Err(e), _) => problems.push(format!("{at}: {e}")),
                _ => {}
            }
            // A translation, not a copy: only the row whose message is its own code stays.
            if translated == source && !(row.code == "PARAM.0017" && *name == "message") {
                problems.push(format!("{at}: same as the English {source:?}"));
            }
            if translated != translated.trim() {
                problems.push(format!("{at}: leading or trailing whitespace"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_arguments_stay_in_the_chinese_rows() {
    let rows = rows();
    let locked = rows.iter().find(|r| r.code == "LOGIN.0001").unwrap();
    assert_eq!(
        locked.columns[0],
        "由于多次登录失败，该用户已被锁定，将于 {0} 分 {1} 秒后解锁。"
    );
    let param17 = rows.iter().find(|r| r.code == "PARAM.0017").unwrap();
    assert_eq!(param17.columns[0], "PARAM.0017");
}
