//! `report` as a contract: every format on the example assessments is snapshot-tested, parsed
//! by a real parser where one exists (GFM tables, CSV, JSON), deterministic, and bad inputs get
//! a clean error with nothing written.

use crate::common;

use assert_cmd::Command;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

const EXAMPLES: [&str; 2] = ["advocacy-quick-2026", "federation-full-2026"];

fn report(example: &str, format: &str) -> Vec<u8> {
    let out = Command::cargo_bin("icso-assess")
        .unwrap()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .args([
            "report",
            "--answers",
            &format!("examples/{example}.toml"),
            "--format",
            format,
        ])
        .output()
        .unwrap();
    common::succeeded(out)
}

fn text(example: &str, format: &str) -> String {
    String::from_utf8(report(example, format)).unwrap()
}

fn questions(example: &str) -> usize {
    if example.contains("quick") { 16 } else { 48 }
}

#[test]
fn every_format_is_snapshot_tested() {
    for example in EXAMPLES {
        for format in common::text_formats() {
            common::assert_snapshot!(format!("{example}.{format}"), text(example, format));
        }
    }
}

#[test]
fn the_same_answers_give_byte_identical_output() {
    for format in common::formats() {
        assert_eq!(
            report(EXAMPLES[1], format),
            report(EXAMPLES[1], format),
            "{format}"
        );
    }
}

#[test]
fn markdown_parses_as_gfm_with_well_formed_tables() {
    for example in EXAMPLES {
        let md = text(example, "markdown");
        let mut tables = 0;
        let mut cells_in_row = 0;
        let mut header_cells = 0;
        let mut in_head = false;
        let mut html = Vec::new();
        for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Table(_)) => tables += 1,
                Event::Start(Tag::TableHead) => {
                    in_head = true;
                    cells_in_row = 0;
                }
                Event::End(TagEnd::TableHead) => {
                    in_head = false;
                    header_cells = cells_in_row;
                }
                Event::Start(Tag::TableRow) => cells_in_row = 0,
                Event::End(TagEnd::TableRow) => {
                    assert_eq!(cells_in_row, header_cells, "ragged row in {example}")
                }
                Event::Start(Tag::TableCell) => cells_in_row += 1,
                Event::Html(h) | Event::InlineHtml(h) => html.push(h.to_string()),
                _ => {}
            }
            let _ = in_head;
        }
        assert!(tables >= 5, "{example}: only {tables} tables");
        assert!(html.is_empty(), "{example}: raw HTML in Markdown: {html:?}");
    }
}

#[test]
fn csv_has_one_row_per_question_with_crlf() {
    for example in EXAMPLES {
        let bytes = report(example, "csv");
        let text = String::from_utf8(bytes.clone()).unwrap();
        let text = text
            .strip_prefix('\u{FEFF}')
            .unwrap_or_else(|| panic!("{example}: no UTF-8 byte-order mark first"));
        // Every record ends with CRLF; a bare LF is only ever inside a quoted cell (between two
        // references of an answer's evidence), never a record's end.
        assert!(text.ends_with("\r\n"), "{example}: not CRLF");
        for (n, line) in text.split("\r\n").enumerate() {
            if line.contains('\n') {
                assert_eq!(
                    line.matches('"').count() % 2,
                    0,
                    "{example}: record {n} has a line break outside a quoted cell"
                );
            }
        }
        assert_eq!(text.matches("\r\n").count(), questions(example) + 1);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(
            header.join(","),
            "organisation,respondent,date,questionnaire,questionnaire_version,area_name,area_id,\
             part,question,recommendation,number,title,status,level,target,importance,gap,band,\
             priority,first_step,note,evidence,claim_to_check"
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), questions(example), "{example}");
        let doc: Value = serde_json::from_str(&self::text(example, "json")).unwrap();
        for (row, item) in rows.iter().zip(doc["items"].as_array().unwrap()) {
            for cell in row.iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{example}: formula-like cell {cell:?}"
                );
            }
            // Every row says whose it is, and agrees with the JSON report.
            assert_eq!(&row[0], doc["organisation"].as_str().unwrap());
            assert_eq!(&row[1], doc["respondent"].as_str().unwrap());
            assert_eq!(&row[2], doc["date"].as_str().unwrap());
            assert_eq!(&row[3], doc["questionnaire"]["id"].as_str().unwrap());
            assert_eq!(&row[4], doc["questionnaire"]["version"].as_str().unwrap());
            assert_eq!(&row[6], item["area"].as_str().unwrap());
            assert_eq!(&row[8], item["question"].as_str().unwrap());
            assert_eq!(&row[9], item["recommendation"].as_str().unwrap());
            assert_eq!(&row[12], item["status"].as_str().unwrap());
            assert_eq!(&row[17], item["band"].as_str().unwrap());
            assert!(!row[5].is_empty() && !row[19].is_empty(), "{row:?}");
        }
    }
}

#[test]
fn json_is_the_whole_scored_model() {
    for example in EXAMPLES {
        let v: Value = serde_json::from_str(&text(example, "json")).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["questionnaire"]["version"], "1.0");
        assert_eq!(v["catalogue_fingerprint"].as_str().unwrap().len(), 16);
        assert_eq!(v["areas"].as_array().unwrap().len(), 8);
        assert_eq!(v["key"].as_array().unwrap().len(), 7);
        let items = v["items"].as_array().unwrap();
        assert_eq!(items.len(), questions(example));
        for item in items {
            let status = item["status"].as_str().unwrap();
            assert!(["answered", "na", "unknown", "unanswered"].contains(&status));
            for field in [
                "question",
                "recommendation",
                "level",
                "target",
                "importance",
                "weight",
                "gap",
                "priority",
                "band",
            ] {
                assert!(item.get(field).is_some(), "{field} missing");
            }
        }
        let c = &v["overall"]["coverage"];
        let sum: u64 = ["answered", "na", "unknown", "unanswered"]
            .iter()
            .map(|k| c[k].as_u64().unwrap())
            .sum();
        assert_eq!(sum, c["total"].as_u64().unwrap());
        let (low, score, high) = (
            v["overall"]["low"].as_f64().unwrap(),
            v["overall"]["score"].as_f64().unwrap(),
            v["overall"]["high"].as_f64().unwrap(),
        );
        assert!(low <= score && score <= high);
    }
}

#[test]
fn html_is_self_contained() {
    let html = text(EXAMPLES[1], "html");
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("<svg"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let out = Command::cargo_bin("icso-assess")
        .unwrap()
        .args([
            "report",
            "--answers",
            "examples/advocacy-quick-2026.toml",
            "-o",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"),
        "format from the extension"
    );
    // Its mode: tests/cli/permissions.rs.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temp files left behind");
}

#[test]
fn bad_inputs_get_clean_errors_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let other = write(
        "other.toml",
        b"format = 1\nquestionnaire = \"quik\"\nquestionnaire_version = \"1.0\"\norganisation = \"\"\nrespondent = \"\"\ndate = \"\"\n",
    );
    let empty = write("empty.toml", b"");
    let binary = write("binary.toml", &[0, 159, 146, 150, 0, 1, 2]);
    let level = write(
        "level.toml",
        b"format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\norganisation = \"\"\nrespondent = \"\"\ndate = \"\"\n\n[answers.R01]\nlevel = 7\n",
    );
    let folder = dir.path().display().to_string();
    let cases = [
        (
            other.as_str(),
            "other.toml:2:",
            "questionnaire \"quik\" does not exist",
        ),
        (empty.as_str(), "empty.toml", "empty"),
        (binary.as_str(), "binary.toml", "not UTF-8"),
        (
            level.as_str(),
            "level.toml:9:9:",
            "level 7; levels run 0 to 4",
        ),
        (folder.as_str(), &*folder, "folder"),
    ];
    for (file, place, words) in cases {
        let out_path = dir.path().join("out.md");
        let out = Command::cargo_bin("icso-assess")
            .unwrap()
            .args(["report", "--answers", file, "-o"])
            .arg(&out_path)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{file}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains(place) && err.contains(words),
            "{file}: {err}"
        );
        assert!(!out_path.exists(), "{file}: output written");
    }
    let out = Command::cargo_bin("icso-assess")
        .unwrap()
        .args([
            "report",
            "--answers",
            "examples/advocacy-quick-2026.toml",
            "-o",
            "/nonexistent/folder/r.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("the folder /nonexistent/folder does not exist")
    );
}
