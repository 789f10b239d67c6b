//! A small reader for the delimited text that spreadsheets export: TSV (fields split at tabs,
//! no quoting) and CSV as RFC 4180 describes it (a field in `"…"` may hold commas, line breaks
//! and `""` for a quote).
//!
//! Hand-written rather than a dependency: every user of the macro compiles this crate, and the
//! two formats need about a hundred lines, while the `csv` crate would add its own tree.

/// One record and the line it starts on (1-based), for diagnostics.
#[derive(Debug, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    Tsv,
    Csv,
}

/// A problem at a line.
#[derive(Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Splits `text` into records, skipping blank lines and a leading byte-order mark (which
/// spreadsheet programs write into UTF-8 exports).
pub fn records(text: &str, format: Format) -> Result<Vec<Record>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        Format::Tsv => Ok(text
            .split('\n')
            .enumerate()
            .map(|(i, line)| Record {
                line: i + 1,
                fields: line
                    .strip_suffix('\r')
                    .unwrap_or(line)
                    .split('\t')
                    .map(str::to_string)
                    .collect(),
            })
            .filter(|r| !is_blank(r))
            .collect()),
        Format::Csv => csv(text),
    }
}

fn is_blank(record: &Record) -> bool {
    record.fields.len() == 1 && record.fields[0].trim().is_empty()
}

fn csv(text: &str) -> Result<Vec<Record>, SyntaxError> {
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start_line = line;
        let mut fields = Vec::new();
        loop {
            let mut field = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                let field_line = line;
                loop {
                    match chars.next() {
                        None => {
                            return Err(SyntaxError {
                                line: field_line,
                                message: "a quoted field is never closed; end it with `\"` (write `\"\"` for a quote inside it)".into(),
                            })
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                    }
                }
                if !matches!(chars.peek(), None | Some(',' | '\n' | '\r')) {
                    return Err(SyntaxError {
                        line,
                        message: "text after a quoted field's closing `\"`; quote the whole field, and write `\"\"` for a quote inside it".into(),
                    });
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if matches!(c, ',' | '\n' | '\r') {
                        break;
                    }
                    if c == '"' {
                        return Err(SyntaxError {
                            line,
                            message: "a `\"` inside an unquoted field; quote the field (`\"…\"`) and double the quote (`\"\"`)".into(),
                        });
                    }
                    field.push(c);
                    chars.next();
                }
            }
            fields.push(field);
            match chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    break;
                }
                Some('\n') => {
                    line += 1;
                    break;
                }
                _ => break,
            }
        }
        let record = Record {
            line: start_line,
            fields,
        };
        if !is_blank(&record) {
            records.push(record);
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(records: &[Record]) -> Vec<Vec<&str>> {
        records
            .iter()
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn tsv_keeps_fields_verbatim() {
        let records = records("\u{feff}a\tb\r\n\n\"x\"\t,y, \n", Format::Tsv).unwrap();
        assert_eq!(
            fields(&records),
            vec![vec!["a", "b"], vec!["\"x\"", ",y, "]]
        );
        assert_eq!(records[1].line, 3);
    }

    #[test]
    fn csv_quoting_per_rfc_4180() {
        let text = "code,message\r\n\"A.1\",\"Say \"\"hi\"\", then, go\"\n\nB.2,\"two\nlines\"\nC.3,,last\n";
        let records = records(text, Format::Csv).unwrap();
        assert_eq!(
            fields(&records),
            vec![
                vec!["code", "message"],
                vec!["A.1", "Say \"hi\", then, go"],
                vec!["B.2", "two\nlines"],
                vec!["C.3", "", "last"],
            ]
        );
        assert_eq!(
            records.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![1, 2, 4, 6]
        );
    }

    #[test]
    fn csv_errors_name_the_line() {
        let unclosed = records("a\n\"open,\nmore", Format::Csv).unwrap_err();
        assert_eq!(unclosed.line, 2);
        assert!(records("a\n\"x\"y\n", Format::Csv)
            .unwrap_err()
            .message
            .contains("after"));
        assert!(records("a\nx\"y\n", Format::Csv)
            .unwrap_err()
            .message
            .contains("inside"));
    }

    #[test]
    fn non_ascii_is_kept() {
        let records = records("用户,“引号”，全角\n", Format::Csv).unwrap();
        assert_eq!(fields(&records), vec![vec!["用户", "“引号”，全角"]]);
    }
}
