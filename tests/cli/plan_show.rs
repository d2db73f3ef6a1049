//! `plan show` and `plan export` as a contract: a plan drafted from each example, shown on a
//! fixed day in every format (the text formats snapshotted, Word and the workbook read back),
//! overdue flags where due dates have passed and only there, the documented CSV headers, and an
//! iCalendar file with CRLF lines folded at 75 octets whose UIDs survive a second export and an
//! edit. Bad plans are refused with exit 2 and the line and column.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// The day every test sees the plans on: after every due date of the 2025 example, before the
/// first of the 2026 examples'.
const TODAY: &str = "2026-12-01";

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .current_dir(ROOT);
    c
}

/// The examples' answers files (`examples/*.toml`), by name.
fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    found.sort();
    assert!(found.len() >= 3, "{found:?}");
    found
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// A plan drafted from `answers` into `dir`.
fn draft(dir: &Path, answers: &Path) -> PathBuf {
    let plan = dir.join(format!("{}-plan.toml", stem(answers)));
    let out = bin()
        .args(["plan", "--answers"])
        .arg(answers)
        .arg("-o")
        .arg(&plan)
        .output()
        .unwrap();
    common::succeeded(out);
    plan
}

fn run(args: &[&str], plan: &Path) -> Vec<u8> {
    let out = bin()
        .args(["plan", args[0]])
        .arg(plan)
        .args(&args[1..])
        .output()
        .unwrap();
    common::succeeded(out)
}

fn show(plan: &Path, format: &str) -> Vec<u8> {
    run(&["show", "--today", TODAY, "--format", format], plan)
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// The formats `plan show --format` takes: the report's, and the workbook.
fn show_formats() -> Vec<String> {
    common::accepted_values(&["plan", "show", "x.toml", "--format"])
}

#[test]
fn every_format_of_every_example() {
    let formats = show_formats();
    let mut expected: Vec<String> = common::formats().map(str::to_string).to_vec();
    expected.push("xlsx".into());
    assert_eq!(formats, expected);
    let dir = tempfile::tempdir().unwrap();
    for answers in examples() {
        let plan = draft(dir.path(), &answers);
        let name = stem(&answers);
        for format in &formats {
            let bytes = show(&plan, format);
            // The same bytes on a second run: no clock, no randomness.
            assert_eq!(
                bytes,
                show(&plan, format),
                "{name} {format} differs run to run"
            );
            match format.as_str() {
                "docx" => {
                    let xml = &crate::docx::parts(&bytes)["word/document.xml"];
                    for heading in ["First 90 days", "3-6 months", "6-12 months and later"] {
                        assert!(xml.contains(heading), "{name}.docx lacks {heading}");
                    }
                    assert!(
                        xml.contains("The plan over time"),
                        "{name}.docx lacks the chart"
                    );
                }
                "xlsx" => workbook_has_every_action(&bytes, &plan),
                _ => {
                    common::assert_snapshot!(format!("{name}_{format}"), text(bytes));
                }
            }
        }
    }
}

/// The workbook, read back: a header row, then one row per action with its id and status.
fn workbook_has_every_action(bytes: &[u8], plan: &Path) {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Plan").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0..3], ["Phase", "Id", "Recommendation"]);
    let json: Value = serde_json::from_slice(&show(plan, "json")).unwrap();
    let actions = json["counts"]["actions"].as_u64().unwrap() as usize;
    assert_eq!(rows.len(), actions + 1, "one row per action");
    let overdue = rows.iter().filter(|r| r[7] == "overdue").count() as u64;
    assert_eq!(overdue, json["counts"]["overdue"].as_u64().unwrap());
}

/// Replace the due date of the action for `rec` in the plan file.
fn set_due(plan: &Path, rec: &str, due: &str) {
    let text = std::fs::read_to_string(plan).unwrap();
    let at = text
        .find(&format!("recommendation = \"{rec}\""))
        .unwrap_or_else(|| panic!("no action for {rec}"));
    let (head, tail) = text.split_at(at);
    let start = tail.find("due = \"").unwrap() + "due = \"".len();
    let end = start + tail[start..].find('"').unwrap();
    let edited = format!("{head}{}{due}{}", &tail[..start], &tail[end..]);
    std::fs::write(plan, edited).unwrap();
}

/// The actions of a `plan show --format json` by recommendation: (due, overdue).
fn overdue_flags(plan: &Path) -> Vec<(String, String, bool)> {
    let json: Value = serde_json::from_slice(&show(plan, "json")).unwrap();
    json["phases"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["actions"].as_array().unwrap().iter())
        .map(|a| {
            (
                a["recommendation"].as_str().unwrap().to_string(),
                a["due"].as_str().unwrap_or_default().to_string(),
                a["overdue"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn overdue_flags_past_dates_and_not_today_or_later() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/advocacy-quick-2026.toml"),
    );
    let flags = overdue_flags(&plan);
    let ids: Vec<String> = flags.iter().map(|f| f.0.clone()).collect();
    // Due the day before, on the day, and after it.
    set_due(&plan, &ids[0], "2026-11-30");
    set_due(&plan, &ids[1], TODAY);
    set_due(&plan, &ids[2], "2027-03-01");
    let flags = overdue_flags(&plan);
    for (id, due, overdue) in &flags {
        assert_eq!(*overdue, due.as_str() < TODAY, "{id} due {due}");
    }
    assert!(flags[0].2 && !flags[1].2 && !flags[2].2, "{flags:?}");
    // A closed action is never overdue, whatever its date.
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen("status = \"not started\"", "status = \"done\"", 1),
    )
    .unwrap();
    assert!(!overdue_flags(&plan)[0].2);
    // The table says it too, and the summary counts it.
    let table = text_of(&plan, &["show", "--today", "2027-03-02"]);
    assert!(table.contains("overdue"), "{table}");
    let before = text_of(&plan, &["show", "--today", "2020-01-01"]);
    assert!(
        before.contains("No open action is overdue on 2020-01-01."),
        "{before}"
    );
}

fn text_of(plan: &Path, args: &[&str]) -> String {
    text(run(args, plan))
}

#[test]
fn the_table_reads_at_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/federation-full-2026.toml"),
    );
    let out = text_of(&plan, &["show", "--today", TODAY]);
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "over 80 columns: {line:?}");
    }
    assert!(out.contains("no owner yet"));
}

/// The first line of a CSV, without the byte-order mark, as its cells.
fn header(bytes: &[u8]) -> Vec<String> {
    let text = text(bytes.to_vec());
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    first.iter().map(str::to_string).collect()
}

#[test]
fn csv_headers_are_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/advocacy-quick-2025.toml"),
    );
    let doc = std::fs::read_to_string(Path::new(ROOT).join("docs/plan.md")).unwrap();
    let csv = run(&["export", "--format", "csv"], &plan);
    assert!(
        csv.starts_with("\u{feff}".as_bytes()),
        "a BOM for spreadsheets"
    );
    assert_eq!(header(&csv), icso_assess::plan::csv::HEADER);
    let asana = run(&["export", "--format", "asana"], &plan);
    let jira = run(&["export", "--format", "jira"], &plan);
    // No byte-order mark: an importer would read it as part of the first column's name.
    assert!(asana.starts_with(b"Name,") && jira.starts_with(b"Summary,"));
    assert_eq!(
        header(&asana),
        ["Name", "Description", "Section", "Assignee", "Due Date"]
    );
    assert_eq!(
        header(&jira),
        [
            "Summary",
            "Description",
            "Assignee",
            "Due date",
            "Labels",
            "Labels",
            "Labels"
        ]
    );
    let shown = show(&plan, "csv");
    let mut with_overdue = icso_assess::plan::csv::HEADER.to_vec();
    with_overdue.push("overdue");
    assert_eq!(header(&shown), with_overdue);
    // docs/plan.md lists each header as the files have it.
    for line in [
        icso_assess::plan::csv::HEADER.join(","),
        with_overdue.join(","),
        "Name,Description,Section,Assignee,Due Date".to_string(),
        "Summary,Description,Assignee,Due date,Labels,Labels,Labels".to_string(),
    ] {
        assert!(doc.contains(&line), "docs/plan.md lacks the header {line}");
    }
    // Asana's dates month first, Jira's as the plan writes them; labels without spaces.
    let asana = text(asana);
    assert!(asana.contains(",01/12/2026\r\n"), "{asana}");
    let mut rows = csv::Reader::from_reader(jira.as_slice());
    for row in rows.records() {
        let row = row.unwrap();
        assert_eq!(&row[4], "icso-assess");
        for label in [&row[4], &row[5], &row[6]] {
            assert!(!label.is_empty() && !label.contains(' '), "{label:?}");
        }
        assert!(
            row[3].len() == 10 && row[3].as_bytes()[4] == b'-',
            "{:?}",
            &row[3]
        );
    }
}

/// The calendar's content lines, unfolded, checking CRLF and the 75-octet fold on the way.
fn unfolded(ics: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(ics).unwrap();
    assert!(text.ends_with("\r\n"));
    let physical: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break: {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().unwrap().push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

fn uids(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_calendar_is_folded_crlf_and_keeps_its_uids() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/federation-full-2026.toml"),
    );
    // Long and awkward text: a note to fold, with the characters TEXT escapes, and non-ASCII.
    let text = std::fs::read_to_string(&plan).unwrap();
    let note =
        "Réunion; with partners, at 10:00 \\\\ see \\\"memo\\\" then call Zoë back — \\n twice. "
            .repeat(4);
    std::fs::write(
        &plan,
        text.replacen("notes = \"\"", &format!("notes = \"{note}\""), 1),
    )
    .unwrap();
    let first = run(&["export", "--format", "ics"], &plan);
    let second = run(&["export", "--format", "ics"], &plan);
    assert_eq!(first, second, "the same bytes twice");
    let lines = unfolded(&first);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    let json: Value = serde_json::from_slice(&show(&plan, "json")).unwrap();
    assert_eq!(events as u64, json["counts"]["actions"].as_u64().unwrap());
    let ids = uids(&lines);
    assert_eq!(ids.len(), events);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "every event its own UID");
    let escaped = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:") && l.contains("Réunion"))
        .expect("the note in a description");
    assert!(
        escaped.contains(
            "Réunion\\; with partners\\, at 10:00 \\\\ see \"memo\" then call Zoë back — \\n twice."
        ),
        "{escaped}"
    );
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with("DTSTAMP:") || l == "DTSTAMP:20260930T000000Z")
    );
    // Edited owners and dates keep every UID, so a calendar updates its events.
    let edited = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("owner = \"\"", "owner = \"Head of programmes\"");
    std::fs::write(&plan, edited).unwrap();
    set_due(
        &plan,
        json["phases"][0]["actions"][0]["recommendation"]
            .as_str()
            .unwrap(),
        "2027-05-05",
    );
    let after = unfolded(&run(&["export", "--format", "ics"], &plan));
    assert_eq!(uids(&after), ids);
    assert!(after.iter().any(|l| l == "DTSTART;VALUE=DATE:20270505"));
}

#[test]
fn bad_plans_are_refused_with_the_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(
        &plan,
        "format = 1\n\n[[action]]\nrecommendation = \"R06\"\nstatus = \"later\"\n",
    )
    .unwrap();
    for args in [
        vec!["show"],
        vec!["show", "--format", "html"],
        vec!["export", "--format", "ics"],
    ] {
        let out = bin()
            .args(["plan", args[0]])
            .arg(&plan)
            .args(&args[1..])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("plan.toml:5:10: action 1 has status \"later\""),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
    let out = bin()
        .args(["plan", "show", "--today", "2026-02-30"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Drafting and updating keep their command line beside the new subcommands.
    let out = bin()
        .args(["plan", "-o", "x.toml", "show"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The plan of the 2025 assessment, updated after the 2026 one (so some gaps are closed), with
/// an owner, a status of each kind and a note, as people leave it after a few months.
#[test]
fn a_plan_followed_up() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/advocacy-quick-2025.toml"),
    );
    let out = bin()
        .args([
            "plan",
            "--answers",
            "examples/advocacy-quick-2026.toml",
            "--update",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    common::succeeded(out);
    let text = std::fs::read_to_string(&plan).unwrap();
    assert!(text.contains("closed = "), "the update closed no gap");
    let text = text
        .replacen("owner = \"\"", "owner = \"Head of policy\"", 1)
        .replacen("status = \"not started\"", "status = \"done\"", 1)
        .replacen("status = \"not started\"", "status = \"in progress\"", 1)
        .replacen(
            "status = \"not started\"\nreason = \"\"",
            "status = \"dropped\"\nreason = \"A partner network leads on this; we join its calls.\"",
            1,
        )
        .replacen("notes = \"\"", "notes = \"Budget agreed in March.\"", 1);
    std::fs::write(&plan, text).unwrap();
    for format in ["table", "plain", "markdown"] {
        let shown = String::from_utf8(show(&plan, format)).unwrap();
        common::assert_snapshot!(format!("followed_up_{format}"), shown);
    }
    let html = String::from_utf8(show(&plan, "html")).unwrap();
    for part in [
        "class=\"overdue\"",
        "class=\"closed\"",
        "st-dropped",
        "Why dropped",
    ] {
        assert!(html.contains(part), "the page lacks {part}");
    }
}

/// Text people typed stays text: no spreadsheet formula in the CSVs, no markup on the page; a
/// terminal escape never gets that far, the plan's loader refuses it.
#[test]
fn hostile_text_stays_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let plan = draft(
        dir.path(),
        &Path::new(ROOT).join("examples/advocacy-quick-2025.toml"),
    );
    let text = std::fs::read_to_string(&plan).unwrap().replacen(
        "owner = \"\"",
        "owner = \"=HYPERLINK(\\\"http://x\\\")\"\nnotes = \"<script>alert(1)</script>\"",
        1,
    );
    // The action already had `notes`: keep the hostile one.
    let text = text.replacen("notes = \"\"\n", "", 1);
    std::fs::write(&plan, &text).unwrap();
    for format in ["csv", "asana", "jira"] {
        let out = String::from_utf8(run(&["export", "--format", format], &plan)).unwrap();
        assert!(out.contains("'=HYPERLINK"), "{format}: {out}");
    }
    let ics = unfolded(&run(&["export", "--format", "ics"], &plan)).join("\n");
    // In a calendar, text as written (escaped as TEXT is), markup included.
    assert!(ics.contains("Owner: =HYPERLINK(\"http://x\")\\n"), "{ics}");
    assert!(ics.contains("<script>alert(1)</script>"), "{ics}");
    let html = String::from_utf8(show(&plan, "html")).unwrap();
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    std::fs::write(&plan, text.replacen("<script>", "\\u001b[31m", 1)).unwrap();
    let out = bin()
        .args(["plan", "export", "--format", "ics"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("U+001B (escape)")
    );
}
