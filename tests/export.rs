//! The published page generated from the code: the example tool's Markdown, JSON and CSV
//! parsed back must give the vendor's 75 rows, every cell identical to the seed copy; the
//! HTML must escape whatever a cell holds; `explain` and the tool's arguments behave.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use error_catalog::error_catalog;

/// The vendor's rows from `tests/data/iam-error-codes.tsv`: status, code, message,
/// description, solution.
fn seed() -> Vec<[String; 5]> {
    let mut lines = include_str!("data/iam-error-codes.tsv").lines();
    assert_eq!(
        lines.next(),
        Some("status\tcode\tmessage\tdescription\tsolution")
    );
    let rows: Vec<[String; 5]> = lines
        .map(|line| {
            let cells: Vec<String> = line.split('\t').map(String::from).collect();
            cells
                .try_into()
                .unwrap_or_else(|_| panic!("5 cells: {line}"))
        })
        .collect();
    assert_eq!(rows.len(), 75);
    rows
}

/// Runs the example tool as `iam_errors ARGS…`: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = example::cli(&args, &mut out, &mut err).unwrap();
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn stdout_of(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
    out
}

/// Parses a Markdown table back into rows of cells, undoing the exporter's escapes: a cell
/// ends at a `|` without a backslash; `\x` is `x`, `<br>` a newline, `&#N;` character N.
fn parse_markdown_table(text: &str) -> Vec<Vec<String>> {
    let mut lines = text.lines().skip_while(|l| !l.starts_with('|'));
    let header = split_row(lines.next().expect("a header row"));
    assert_eq!(
        header,
        [
            "Status Code",
            "Error Codes",
            "Error Message",
            "Description",
            "Solution"
        ]
    );
    assert_eq!(lines.next(), Some("|---|---|---|---|---|"));
    lines
        .take_while(|l| l.starts_with('|'))
        .map(split_row)
        .collect()
}

fn split_row(line: &str) -> Vec<String> {
    let inner = line
        .strip_prefix('|')
        .and_then(|l| l.strip_suffix('|'))
        .unwrap_or_else(|| panic!("a table row: {line}"));
    let mut cells = Vec::new();
    let mut raw = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                raw.push(c);
                raw.extend(chars.next());
            }
            '|' => cells.push(unescape(raw.trim_matches(' '))),
            _ => raw.push(c),
        }
        if c == '|' {
            raw.clear();
        }
    }
    cells.push(unescape(raw.trim_matches(' ')));
    cells
}

fn unescape(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("<br>") {
            out.push('\n');
            rest = after;
        } else if let (Some(after), Some(end)) = (rest.strip_prefix("&#"), rest.find(';')) {
            let n: u32 = after[..end - 2]
                .parse()
                .expect("a numeric character reference");
            out.push(char::from_u32(n).unwrap());
            rest = &rest[end + 1..];
        } else if c == '\\' {
            let escaped = rest[1..].chars().next().expect("a character after `\\`");
            out.push(escaped);
            rest = &rest[1 + escaped.len_utf8()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, _) => field.push(c),
        }
    }
    assert!(
        record.is_empty() && field.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

#[test]
fn markdown_from_the_tool_gives_back_the_vendor_page() {
    let page = stdout_of(&["markdown"]);
    assert!(page.starts_with("# Error Codes\n\n"));
    let rows = parse_markdown_table(&page);
    assert_eq!(rows, seed().map_rows());
}

#[test]
fn json_from_the_tool_gives_back_the_vendor_page() {
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&["json"])).unwrap();
    let rows = json.as_array().expect("an array of rows");
    let seed = seed();
    assert_eq!(rows.len(), seed.len());
    for (row, [status, code, message, description, solution]) in rows.iter().zip(seed) {
        assert_eq!(row["status"], status.parse::<u16>().unwrap(), "{code}");
        assert_eq!(row["code"], code.as_str());
        assert_eq!(row["message"], message.as_str(), "{code}");
        assert_eq!(row["description"], description.as_str(), "{code}");
        assert_eq!(row["solution"], solution.as_str(), "{code}");
        assert_eq!(row.as_object().unwrap().len(), 6, "{code}: no other keys");
        let params = row["parameters"].as_array().unwrap();
        let placeholders = message.matches('{').count();
        assert_eq!(
            params.len(),
            placeholders,
            "{code}: one parameter per placeholder"
        );
    }
    let locked = rows.iter().find(|r| r["code"] == "LOGIN.0001").unwrap();
    assert_eq!(
        locked["parameters"],
        serde_json::json!([
            {"name": "minutes", "type": "u32"},
            {"name": "seconds", "type": "u32"}
        ])
    );
}

#[test]
fn csv_from_the_tool_gives_back_the_vendor_page() {
    let records = parse_csv(&stdout_of(&["csv"]));
    assert_eq!(
        records[0],
        [
            "Status Code",
            "Error Codes",
            "Error Message",
            "Description",
            "Solution"
        ]
    );
    assert_eq!(records[1..], seed().map_rows());
}

/// Rows as plain vectors, to compare with what a parser gives back.
trait MapRows {
    fn map_rows(self) -> Vec<Vec<String>>;
}

impl MapRows for Vec<[String; 5]> {
    fn map_rows(self) -> Vec<Vec<String>> {
        self.into_iter().map(Vec::from).collect()
    }
}

/// Text a careless exporter would break: the table grammar takes any string literal.
#[error_catalog]
mod tricky {
    catalog! {
        400 "X.0001" pipes message: "a|b||c |", solution: "\\| then \\\\|";
        400 "X.0002" spaces message: "  two leading, one trailing ", solution: "\ttab edges\t";
        400 "X.0003" lines message: "line one\nline two\r\nthree", solution: "";
        400 "X.0004" markup
            message: "<script>alert(\"pwned\")</script> & <b>bold</b> &amp; 'q' <br>",
            description: "AT&T < 5 > 3, &#32; `code` *stars* _under_ id_token a * b [l](x) ~~s~~",
            solution: "\"quoted\" & </td></tr><tr><td>";
        400 "x.0001" twin message: "The lower-case twin of X.0001.";
    }
}

fn tricky_rows() -> Vec<Vec<String>> {
    tricky::CATALOG
        .iter()
        .map(|e| {
            vec![
                e.status().unwrap().to_string(),
                e.code().to_string(),
                e.message().source().to_string(),
                e.description().source().to_string(),
                e.solution().to_string(),
            ]
        })
        .collect()
}

#[test]
fn markdown_and_csv_escaping_round_trips_awkward_text() {
    let table = tricky::CATALOG.markdown_table();
    assert_eq!(
        table.lines().count(),
        2 + tricky::CATALOG.len(),
        "one line per row:\n{table}"
    );
    assert_eq!(parse_markdown_table(&table), tricky_rows());
    assert_eq!(parse_csv(&tricky::CATALOG.to_csv())[1..], tricky_rows());
    // No raw HTML survives into the Markdown (a renderer would run it): every `<` that opens
    // a tag is backslash-escaped, except the exporter's own `<br>` for a newline.
    for (i, _) in table.match_indices('<') {
        let next = table[i + 1..].chars().next().unwrap_or(' ');
        if !(next.is_ascii_alphabetic() || next == '/') {
            continue;
        }
        let escaped = table[..i].ends_with('\\');
        assert!(
            escaped || table[i..].starts_with("<br>"),
            "raw `<` at {i}:\n{table}"
        );
    }
    assert!(table.contains("\\<script>alert"));
}

/// What a real Markdown reader (CommonMark with GFM tables) shows in each cell: the text,
/// with `<br>` as a newline. Any other markup (emphasis, code, links, raw HTML) fails.
fn rendered_cells(markdown: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows = Vec::new();
    let table = markdown.find('|').expect("a table");
    for event in Parser::new_ext(&markdown[table..], Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => rows.last_mut().unwrap().push(String::new()),
            Event::Text(text) => rows.last_mut().unwrap().last_mut().unwrap().push_str(&text),
            Event::InlineHtml(html) if &*html == "<br>" => {
                rows.last_mut().unwrap().last_mut().unwrap().push('\n')
            }
            Event::Start(Tag::Table(_))
            | Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {}
            other => panic!("markup in a cell: {other:?}\n{markdown}"),
        }
    }
    rows.remove(0);
    rows
}

#[test]
fn a_markdown_reader_shows_the_exact_text() {
    assert_eq!(
        rendered_cells(&tricky::CATALOG.to_markdown()),
        tricky_rows()
    );
    assert_eq!(rendered_cells(&stdout_of(&["markdown"])), seed().map_rows());
}

#[test]
fn html_escapes_every_cell() {
    let html = tricky::CATALOG.to_html();
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own filter"
    );
    assert!(html.contains(
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; \
         &amp;amp; &#39;q&#39; &lt;br&gt;"
    ));
    assert!(html.contains("&quot;quoted&quot; &amp; &lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;"));
    assert!(html.contains("AT&amp;T &lt; 5 &gt; 3, &amp;#32;"));
    assert!(
        html.contains(">  two leading, one trailing </td>"),
        "spaces kept"
    );
    assert!(
        html.contains(">line one\nline two\r\nthree</td>"),
        "line breaks kept"
    );
    assert_eq!(html.matches("<tr>").count(), 1 + tricky::CATALOG.len());
}

#[test]
fn html_from_the_tool_is_one_page_with_every_row() {
    let html = stdout_of(&["html"]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    for [_, code, message, _, _] in seed() {
        assert!(html.contains(&format!(">{code}</td>")), "{code}");
        assert!(html.contains(&format!(">{message}</td>")), "{code}");
    }
}

#[test]
fn explain_prints_the_whole_row_in_any_case() {
    let text = stdout_of(&["explain", "login.0002"]);
    assert!(text.starts_with("LOGIN.0002 (HTTP 400)\n"), "{text}");
    assert!(
        text.contains("Message      Invalid account name or password. Remaining attempts: {0}\n")
    );
    assert!(
        text.contains("Solution     Check whether the entered user name or password is correct.\n")
    );
    assert!(text.contains("Parameters   remaining_attempts: u32\n"));
    assert!(text.contains("In Rust      iam::Login::bad_credentials(remaining_attempts)\n"));
    // The catalog's `docs_url` followed by the code: the problem+json `type` of the row.
    assert!(text.contains("Docs         https://example.invalid/iam/errors/LOGIN.0002\n"));
    assert!(
        text.contains("the message tells how many attempts remain"),
        "row doc"
    );
}

#[test]
fn explain_prefers_the_exact_case() {
    let code = |asked| tricky::CATALOG.explain(asked).entries()[0].code();
    assert_eq!(code("x.0001"), "x.0001");
    assert_eq!(code("X.0001"), "X.0001");
    assert_eq!(code("x.0002"), "X.0002");
}

#[test]
fn explain_an_unknown_code_names_the_nearest() {
    let (code, out, err) = run(&["explain", "PARAM.017"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("error: `PARAM.017` is not a code of catalog `iam` (75 codes).\n"));
    assert!(err.contains("PARAM.0017"), "{err}");
    // A prefix lists the codes that start with it.
    assert_eq!(
        example::iam::CATALOG.explain("captcha").nearest(),
        [
            "CAPTCHA.0002",
            "CAPTCHA.0003",
            "CAPTCHA.0004",
            "CAPTCHA.0005",
            "CAPTCHA.0006",
            "CAPTCHA.0007"
        ]
    );
}

#[test]
fn bad_arguments_get_the_usage_and_a_failure_code() {
    for args in [
        &["bogus"][..],
        &["explain"],
        &["markdown", "extra"],
        &["explain", "A", "B"],
        &["--json"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains("usage: iam_errors"), "{args:?}: {err}");
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: iam_errors"));
}

/// A catalog without HTTP statuses, with a code the vendor reuses for two rows.
#[error_catalog(status = none)]
mod sqlstate {
    catalog! {
        "23505" Db::unique_violation message: "duplicate key value violates unique constraint";
        #[shared_code]
        "42P01" Db::undefined_table message: "relation does not exist";
        #[shared_code]
        "42P01" Db::undefined_view message: "view does not exist";
    }
}

#[test]
fn a_catalog_without_statuses_gets_no_invented_one() {
    let catalog = &sqlstate::CATALOG;
    let markdown = catalog.markdown_table();
    assert!(markdown.contains(
        "| — | 23505 | duplicate key value violates unique constraint | duplicate key value violates unique constraint |  |\n"
    ));
    assert!(catalog.to_csv().contains("\r\n,23505,duplicate key"));
    let json: serde_json::Value = serde_json::from_str(&catalog.to_json()).unwrap();
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|row| row["status"].is_null()));
    assert!(catalog.to_html().contains(
        "<td data-label=\"Status Code\">—</td><td data-label=\"Error Codes\">23505</td>"
    ));
    assert!(catalog
        .explain("23505")
        .to_string()
        .starts_with("23505 (no HTTP status)\n"));
}

#[test]
fn explain_a_shared_code_shows_every_row() {
    let explanation = sqlstate::CATALOG.explain("42p01");
    let names: Vec<&str> = explanation.entries().iter().map(|e| e.name()).collect();
    assert_eq!(names, ["undefined_table", "undefined_view"]);
    let text = explanation.to_string();
    assert!(text.contains("Message      relation does not exist\n"));
    assert!(text.contains("Message      view does not exist\n"));
    // Both rows, in table order, in every export.
    let rows = parse_markdown_table(&sqlstate::CATALOG.markdown_table());
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (rows[1][1].as_str(), rows[2][1].as_str()),
        ("42P01", "42P01")
    );
}

#[test]
fn changes_from_the_tool_compare_with_the_lock_file() {
    // The example's table is exactly its lock (examples/iam_errors.lock): nothing changed.
    assert_eq!(
        stdout_of(&["changes"]),
        "No error code changes since the lock file (examples/iam_errors.lock).\n"
    );
    assert_eq!(run(&["changes", "x"]).0, 2);
}
