//! `aggregate` as a contract: every format on the four answers files of examples/federation,
//! snapshots of the disagreement section, `--save-combined`, `--anonymise` (no respondent or file
//! named in any format, letters drawn anew each run), and every error case named in the
//! command's promise (different questionnaires or versions, a respondent twice, a bad file, too
//! few files).

use crate::common;

use assert_cmd::Command;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;
use std::path::{Path, PathBuf};

const FOLDER: &str = "examples/federation";

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Exit code, standard output and standard error.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The federation example in one format; it must succeed with nothing on standard error.
fn federation(format: &str) -> String {
    String::from_utf8(federation_bytes(format)).unwrap()
}

/// The same in any format, a Word document too.
fn federation_bytes(format: &str) -> Vec<u8> {
    let out = bin()
        .args(["aggregate", FOLDER, "--format", format])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(err, "", "no warnings for the example");
    out.stdout
}

/// The text from the line starting with `from` up to the line starting with `to`.
fn section<'t>(text: &'t str, from: &str, to: &str) -> &'t str {
    let start = text
        .find(&format!("\n{from}"))
        .unwrap_or_else(|| panic!("no {from:?} in:\n{text}"))
        + 1;
    let end = text[start..]
        .find(&format!("\n{to}"))
        .map_or(text.len(), |e| start + e + 1);
    &text[start..end]
}

/// An answers file written from the federation example with `edit` applied to its text.
fn variant(dir: &Path, name: &str, source: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let text = std::fs::read_to_string(Path::new(FOLDER).join(source)).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, edit(text)).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn the_example_files_are_valid() {
    let files: Vec<String> = ["bangkok", "beijing", "nairobi", "secretariat"]
        .iter()
        .map(|f| format!("{FOLDER}/{f}.toml"))
        .collect();
    let mut args = vec!["validate", "--answers"];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn table_shows_respondents_and_disagreements() {
    let out = federation("table");
    assert!(out.starts_with("China readiness report: Hands Together International\n"));
    assert!(out.contains("Respondent: Combined: 4 respondents"));
    assert!(out.contains("Date: 2026-10-02"), "the latest date");
    // (The Beijing office's label wraps in its cell at 80 columns.)
    for label in ["Secretariat", "Nairobi office", "Bangkok office", "Beijing"] {
        assert!(
            section(&out, "Respondents (4)", "Readiness by area").contains(label),
            "{label}"
        );
    }
    assert!(out.contains("service delivery (3 of 4 answers)"));
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "over 80 columns: {line:?}");
    }
    common::assert_snapshot!(
        "disagreements.table",
        section(&out, "Where respondents disagree", "All questions by area")
    );
}

#[test]
fn markdown_is_well_formed_gfm() {
    let md = federation("markdown");
    common::assert_snapshot!(
        "disagreements.markdown",
        section(
            &md,
            "## Where respondents disagree",
            "## All questions by area"
        )
    );
    let mut tables = 0;
    let (mut head, mut cells, mut in_head) = (0, 0, false);
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::TableHead) => {
                in_head = true;
                cells = 0;
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                head = cells;
            }
            Event::Start(Tag::TableRow) => cells = 0,
            Event::End(TagEnd::TableRow) if !in_head => {
                assert_eq!(cells, head, "a row with another number of cells")
            }
            Event::Start(Tag::TableCell) => cells += 1,
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the Markdown: {h}"),
            _ => {}
        }
    }
    let disagreements = section(
        &md,
        "## Where respondents disagree",
        "## All questions by area",
    )
    .matches("\n### ")
    .count();
    // Respondents, areas, key recommendations, one per disagreement, one per area: the
    // priorities are a list in the summary.
    assert_eq!(tables, 3 + disagreements + 8, "{md}");
    assert_eq!(disagreements, 10);
}

#[test]
fn html_is_self_contained_with_the_two_sections() {
    let html = federation("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'"#)
    );
    assert!(!html.contains("<script"));
    let at = |id: &str| {
        html.find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert!(at("summary") < at("respondents"));
    assert!(at("respondents") < at("later"));
    assert!(at("later") < at("disagreements"));
    assert!(at("disagreements") < at("gaps"));
    assert!(html.contains("Beijing representative office"));
    assert!(html.contains("Bangkok hosts a regional network"));
}

#[test]
fn csv_has_one_row_per_question_with_the_statistics() {
    let out = federation("csv");
    let out = out
        .strip_prefix('\u{FEFF}')
        .expect("a byte-order mark first");
    let mut rd = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header.join(","),
        "organisation,respondent,date,questionnaire,questionnaire_version,area_name,area_id,\
         part,question,recommendation,number,title,status,level,target,importance,gap,band,\
         priority,first_step,note,evidence,claim_to_check,n,median,min,max,spread,na_count,\
         unknown_count"
    );
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 48);
    // The four files name one organisation and answered from 22 September to 2 October.
    for r in &rows {
        assert_eq!(
            r.iter().take(5).collect::<Vec<_>>(),
            [
                "Hands Together International",
                "Combined: 4 respondents",
                "2026-09-22/2026-10-02",
                "full",
                "1.0"
            ]
        );
    }
    let row = |id: &str| rows.iter().find(|r| &r[at("question")] == id).unwrap();
    let stats =
        |r: &csv::StringRecord| r.iter().skip(at("n")).map(String::from).collect::<Vec<_>>();
    // R04: Secretariat 3, Nairobi 1, Bangkok 2, Beijing 4 -> lower median 2, spread 3.
    let r04 = row("R04");
    assert_eq!(&r04[at("status")], "answered");
    assert_eq!(&r04[at("level")], "2");
    assert_eq!(stats(r04), ["4", "2", "1", "4", "3", "0", "0"]);
    // R19: n/a for all four.
    let r19 = row("R19");
    assert_eq!(&r19[at("status")], "na");
    assert!(
        r19[at("note")].starts_with("n/a: marked not applicable by all 4 respondents: "),
        "{}",
        &r19[at("note")]
    );
    assert_eq!(stats(r19), ["0", "", "", "", "", "4", "0"]);
    // R32: three n/a and one don't know: don't know wins.
    let r32 = row("R32");
    assert_eq!(&r32[at("status")], "unknown");
    assert_eq!(stats(r32), ["0", "", "", "", "", "3", "1"]);
}

#[test]
fn json_parses_with_the_aggregate_object() {
    let doc: Value = serde_json::from_str(&federation("json")).unwrap();
    assert_eq!(doc["respondent"], "Combined: 4 respondents");
    let agg = &doc["aggregate"];
    assert_eq!(agg["respondent_count"], 4);
    assert_eq!(agg["disagreement_spread"], 2);
    let respondents = agg["respondents"].as_array().unwrap();
    let labels: Vec<&str> = respondents
        .iter()
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    // Folder order: files sorted by name.
    assert_eq!(
        labels,
        [
            "Bangkok office",
            "Beijing representative office",
            "Nairobi office",
            "Secretariat"
        ]
    );
    assert_eq!(respondents[0]["file"], "examples/federation/bangkok.toml");
    assert!(respondents[0]["score"].as_f64().is_some());
    assert_eq!(respondents[0]["coverage"]["total"], 48);

    let questions = agg["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 48);
    let r33 = questions.iter().find(|q| q["question"] == "R33").unwrap();
    assert_eq!(r33["median"], 3);
    assert_eq!(r33["target"], 4, "the targets set were 4 and 4");

    let disagreements = agg["disagreements"].as_array().unwrap();
    // Spread 3: R04, R08, R21, R36; spread 2: R05, R11, R17, R26, R33, R40.
    assert_eq!(disagreements.len(), 10);
    let order: Vec<(u64, f64)> = disagreements
        .iter()
        .map(|d| {
            (
                d["spread"].as_u64().unwrap(),
                d["priority"].as_f64().unwrap(),
            )
        })
        .collect();
    assert!(
        order
            .windows(2)
            .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 >= w[1].1)),
        "spread then priority, descending: {order:?}"
    );
    let first = &disagreements[0];
    assert_eq!(first["answers"].as_array().unwrap().len(), 4);
    assert_eq!(first["answers"][0]["respondent"], "Bangkok office");
    assert_eq!(first["answers"][0]["status"], "answered");

    // The profile: the most common answer of each profile question.
    let orientation = agg["profile"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["question"] == "orientation")
        .unwrap();
    assert_eq!(orientation["option"], "service-delivery");
    assert_eq!(orientation["count"], 3);

    // A plain report has no aggregate object.
    let (code, plain, _) = run(&[
        "report",
        "--answers",
        "examples/federation/nairobi.toml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let plain: Value = serde_json::from_str(&plain).unwrap();
    assert!(plain.get("aggregate").is_none());
}

#[test]
fn files_and_folders_mix_and_output_is_deterministic() {
    let (code, from_files, _) = run(&[
        "aggregate",
        "examples/federation/bangkok.toml",
        "examples/federation/beijing.toml",
        "examples/federation/nairobi.toml",
        "examples/federation/secretariat.toml",
        "--format",
        "markdown",
    ]);
    assert_eq!(code, 0);
    assert_eq!(from_files, federation("markdown"));
    for format in common::formats() {
        assert_eq!(
            federation_bytes(format),
            federation_bytes(format),
            "{format}"
        );
    }
}

#[test]
fn save_combined_writes_a_private_answers_file_that_reports_again() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("combined.toml");
    let report = dir.path().join("combined.md");
    let (code, out, err) = run(&[
        "aggregate",
        FOLDER,
        "--save-combined",
        s(&saved),
        "-o",
        s(&report),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert!(
        err.contains("Saved the combined answers of 4 respondents to"),
        "{err}"
    );
    assert!(
        err.contains("Wrote the markdown report of 4 respondents to"),
        "{err}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&saved).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("respondent = \"Combined: 4 respondents\""));
    assert!(text.contains("organisation = \"Hands Together International\""));
    assert!(text.contains("date = \"2026-10-02\""));
    assert!(text.contains("orientation = \"service-delivery\""));
    assert!(
        !text.contains("note = "),
        "the combined answers carry no notes"
    );

    let (code, out, err) = run(&["validate", "--answers", s(&saved)]);
    assert_eq!(code, 0, "{out}{err}");
    // Reporting the saved answers gives the same scores as the aggregate.
    let (code, again, _) = run(&["report", "--answers", s(&saved), "--format", "json"]);
    assert_eq!(code, 0);
    let again: Value = serde_json::from_str(&again).unwrap();
    let agg: Value = serde_json::from_str(&federation("json")).unwrap();
    assert_eq!(again["overall"], agg["overall"]);
    assert_eq!(again["items"], agg["items"]);

    // The saved file must not replace one of the inputs.
    let (code, _, err) = run(&[
        "aggregate",
        FOLDER,
        "--save-combined",
        "examples/federation/nairobi.toml",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("is one of the answers files being combined"),
        "{err}"
    );
}

#[test]
fn fewer_than_two_files_is_a_usage_error() {
    let (code, out, err) = run(&["aggregate", "examples/federation/nairobi.toml"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.starts_with("error: aggregate needs at least two answers files, and got 1 (examples/federation/nairobi.toml)"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(&["aggregate", s(dir.path())]);
    assert_eq!(code, 2);
    assert!(
        err.contains("holds no answers files (*.toml, *.xlsx"),
        "{err}"
    );

    let (code, _, err) = run(&["aggregate"]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage"), "{err}");
}

#[test]
fn files_of_different_questionnaires_or_versions_are_refused() {
    let (code, out, err) = run(&["aggregate", FOLDER, "examples/advocacy-quick-2026.toml"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.contains("the answers files are from different questionnaires or versions: full version 1.0 in examples/federation/bangkok.toml, examples/federation/beijing.toml, examples/federation/nairobi.toml and 1 more; quick version 1.0 in examples/advocacy-quick-2026.toml"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let old = variant(dir.path(), "old.toml", "nairobi.toml", |t| {
        t.replace(
            "questionnaire_version = \"1.0\"",
            "questionnaire_version = \"0.9\"",
        )
    });
    let (code, _, err) = run(&["aggregate", "examples/federation/bangkok.toml", s(&old)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("full version 1.0 in examples/federation/bangkok.toml; full version 0.9 in"),
        "{err}"
    );
    assert!(err.contains("old.toml"), "{err}");
}

#[test]
fn the_same_respondent_twice_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let copy = variant(dir.path(), "nairobi-copy.toml", "nairobi.toml", |t| t);
    let (code, out, err) = run(&["aggregate", FOLDER, s(&copy), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with("warning: respondent \"Nairobi office\" answers in 2 files, examples/federation/nairobi.toml and "),
        "{err}"
    );
    assert!(err.contains("nairobi-copy.toml"), "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["aggregate"]["respondent_count"], 5);
    let labels: Vec<&str> = doc["aggregate"]["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"Nairobi office (examples/federation/nairobi.toml)"),
        "{labels:?}"
    );
}

#[test]
fn different_organisations_warn_and_use_the_most_common() {
    let dir = tempfile::tempdir().unwrap();
    let other = variant(dir.path(), "other.toml", "beijing.toml", |t| {
        t.replace(
            "organisation = \"Hands Together International\"",
            "organisation = \"Hands Together China\"",
        )
    });
    let (code, out, err) = run(&[
        "aggregate",
        "examples/federation/bangkok.toml",
        "examples/federation/nairobi.toml",
        s(&other),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("warning: the files name 2 organisations; the combined answers use the most common, \"Hands Together International\" (2 of 3 files)"), "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["organisation"], "Hands Together International");
}

#[test]
fn an_unreadable_or_invalid_file_is_named_never_dropped() {
    let (code, out, err) = run(&[
        "aggregate",
        "examples/federation/bangkok.toml",
        "examples/federation/missing.toml",
    ]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: cannot read answers file examples/federation/missing.toml: does not exist\n"
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = variant(dir.path(), "bad.toml", "nairobi.toml", |t| {
        t.replacen("level = 2", "level = 7", 1)
    });
    let worse = variant(dir.path(), "worse.toml", "beijing.toml", |t| {
        t.replacen("level = 3", "level = \"three\"", 1)
    });
    let (code, _, err) = run(&["aggregate", "examples/federation/bangkok.toml", s(&bad)]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.toml:"), "{err}");
    assert!(err.contains("[level-out-of-range]"), "{err}");

    // Several bad files: the first in full, the others named.
    let (code, _, err) = run(&[
        "aggregate",
        "examples/federation/bangkok.toml",
        s(&bad),
        s(&worse),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: 2 of 3 answers files cannot be used; the first: "),
        "{err}"
    );
    assert!(err.contains("worse.toml"), "{err}");
}

#[cfg(unix)]
#[test]
fn output_to_a_pipe_is_written_in_place() {
    // `-o /dev/null` and named pipes must be written to, not replaced by a regular file.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.fifo");
    common::mkfifo(&fifo);
    // The reader is there first: a named pipe without one is refused at once.
    let reader = common::fifo_reader(&fifo);
    let (code, _, err) = run(&["aggregate", FOLDER, "--format", "json", "-o", s(&fifo)]);
    assert_eq!(code, 0, "{err}");
    let text = String::from_utf8(reader.join().unwrap()).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["aggregate"]["respondent_count"], 4);
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

/// The example's respondents, as their files name them.
const RESPONDENTS: [&str; 4] = [
    "Bangkok office",
    "Beijing representative office",
    "Nairobi office",
    "Secretariat",
];

/// The example's files, each with a respondent and a file name found nowhere else in any report
/// (the example's own names also turn up in its notes, which `--anonymise` leaves as written):
/// the folder, then each file's name stem and respondent.
fn marked_federation() -> (tempfile::TempDir, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let mut marks = Vec::new();
    for (n, (file, respondent)) in ["bangkok", "beijing", "nairobi", "secretariat"]
        .iter()
        .zip(RESPONDENTS)
        .enumerate()
    {
        let stem = format!("quokkafile{n}");
        let name = format!("Zephyrine Marchetti{n}");
        variant(
            dir.path(),
            &format!("{stem}.toml"),
            &format!("{file}.toml"),
            |t| {
                t.replace(
                    &format!("respondent = \"{respondent}\""),
                    &format!("respondent = \"{name}\""),
                )
            },
        );
        marks.push((stem, name));
    }
    (dir, marks)
}

/// What a reader of `format` reads of `bytes`: the text formats as they are, a Word document's
/// parts with their XML tags taken out (so that a name split over two runs is still found).
fn read_as(format: &str, bytes: &[u8]) -> String {
    if format != "docx" {
        return String::from_utf8(bytes.to_vec()).unwrap();
    }
    let mut text = String::new();
    for xml in crate::docx::parts(bytes).values() {
        let mut in_tag = false;
        for c in xml.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
    }
    text
}

/// `aggregate ARGS --format FORMAT` that had to succeed: what a reader reads, and standard error.
/// On a terminal wide enough that no path wraps in its table cell.
fn aggregate_as(format: &str, args: &[&str]) -> (String, String) {
    let out = bin()
        .env("COLUMNS", "200")
        .arg("aggregate")
        .args(args)
        .args(["--format", format])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{format}: {err}");
    (read_as(format, &out.stdout), err)
}

const NOTES_WARNING: &str = "warning: --anonymise replaces respondents' names, but notes, evidence and not-applicable reasons are shown as written and may identify people; read them before sharing\n";

#[test]
fn anonymised_outputs_in_every_format_name_no_respondent_and_no_file() {
    let (dir, marks) = marked_federation();
    let folder = s(dir.path());
    let letters = [
        "Respondent A",
        "Respondent B",
        "Respondent C",
        "Respondent D",
    ];
    for format in common::formats() {
        // Without --anonymise, the names are there to be found: this test can fail.
        let (named, _) = aggregate_as(format, &[folder]);
        if format != "csv" {
            for (stem, name) in &marks {
                assert!(named.contains(name.as_str()), "{format}: {name}");
                assert!(named.contains(stem.as_str()), "{format}: {stem}");
            }
        }

        let (out, err) = aggregate_as(format, &[folder, "--anonymise"]);
        let lower = out.to_lowercase();
        for (stem, name) in &marks {
            // Each part alone, in any case: no first name, surname or file stem.
            for part in name.split(' ').chain([stem.as_str()]) {
                assert!(
                    !lower.contains(&part.to_lowercase()),
                    "{format} names {part:?}"
                );
            }
        }
        let tmp = dir.path().file_name().unwrap().to_str().unwrap();
        for path in [folder, tmp, ".toml"] {
            assert!(!out.contains(path), "{format} shows {path:?}");
        }
        // The CSV has a row a question and none a respondent; every other format lists them.
        if format != "csv" {
            for letter in letters {
                assert!(out.contains(letter), "{format}: no {letter}");
            }
            assert!(!out.contains("Respondent E"), "{format}");
        }
        assert_eq!(err, NOTES_WARNING, "{format}: the warning, once");

        // The example as it is: its respondents and files are not named either (its notes name
        // places, not respondents).
        let (out, _) = aggregate_as(format, &[FOLDER, "--anonymise"]);
        for name in RESPONDENTS
            .iter()
            .copied()
            .chain([FOLDER, "bangkok.toml", "secretariat.toml"])
        {
            assert!(!out.contains(name), "{format} names {name:?}");
        }
    }
}

#[test]
fn anonymised_letters_are_drawn_anew_but_each_stays_with_its_respondent() {
    // Strip what depends on who is who: what is left must not change with the letters. (The
    // combined answers quote the reason and list the evidence of the respondents in the
    // letters' order: the reason is left out and the evidence sorted.)
    let rest = |doc: &Value| {
        let mut doc = doc.clone();
        for item in doc["items"].as_array_mut().unwrap() {
            let item = item.as_object_mut().unwrap();
            item.remove("reason");
            if let Some(Value::Array(evidence)) = item.get_mut("evidence") {
                evidence.sort_by_key(|e| e.as_str().unwrap().to_string());
            }
        }
        let agg = doc["aggregate"].as_object_mut().unwrap();
        agg.remove("respondents");
        agg.remove("anonymised");
        for d in agg["disagreements"].as_array_mut().unwrap() {
            d.as_object_mut().unwrap().remove("answers");
        }
        doc
    };
    let named: Value = serde_json::from_str(&federation("json")).unwrap();
    // Each respondent by their own score, which differs for the four.
    let by_score: Vec<(f64, usize)> = named["aggregate"]["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(n, r)| (r["score"].as_f64().unwrap(), n))
        .collect();
    let mut mappings = std::collections::BTreeSet::new();
    for _ in 0..12 {
        let (code, out, err) = run(&["aggregate", FOLDER, "--anonymise", "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(rest(&doc), rest(&named));
        let agg = &doc["aggregate"];
        assert_eq!(agg["anonymised"], true);
        let respondents = agg["respondents"].as_array().unwrap();
        let labels: Vec<&str> = respondents
            .iter()
            .map(|r| r["label"].as_str().unwrap())
            .collect();
        assert_eq!(
            labels,
            [
                "Respondent A",
                "Respondent B",
                "Respondent C",
                "Respondent D"
            ]
        );
        // Letter number -> file number, through the score.
        let mapping: Vec<usize> = respondents
            .iter()
            .map(|r| {
                for field in ["file", "respondent", "organisation", "date"] {
                    assert_eq!(r[field], "", "{field}");
                }
                let score = r["score"].as_f64().unwrap();
                by_score.iter().find(|(s, _)| *s == score).unwrap().1
            })
            .collect();
        // Every disagreement gives each letter the answers of the file behind it.
        for (d, plain) in agg["disagreements"]
            .as_array()
            .unwrap()
            .iter()
            .zip(named["aggregate"]["disagreements"].as_array().unwrap())
        {
            for (letter, answer) in d["answers"].as_array().unwrap().iter().enumerate() {
                let mut expected = plain["answers"][mapping[letter]].clone();
                expected["respondent"] = Value::from(labels[letter]);
                assert_eq!(answer, &expected, "{}", d["question"]);
            }
        }
        mappings.insert(mapping);
    }
    // 24 orders, drawn afresh each run: twelve runs all alike would be 1 in 24^11. (An order
    // that followed the files would give the same mapping every time.)
    assert!(mappings.len() > 1, "{mappings:?}");
}

#[test]
fn anonymised_save_combined_names_nobody_and_warns_only_about_own_words() {
    let (dir, marks) = marked_federation();
    let saved = dir.path().join("combined.toml");
    let out = dir.path().join("report.md");
    let (code, _, err) = run(&[
        "aggregate",
        s(dir.path()),
        "--anonymise",
        "--save-combined",
        s(&saved),
        "-o",
        s(&out),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with(NOTES_WARNING), "{err}");
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("respondent = \"Combined: 4 respondents\""));
    assert!(text.contains("organisation = \"Hands Together International\""));
    for (stem, name) in &marks {
        assert!(!text.contains(stem.as_str()), "{stem}");
        assert!(!text.contains(name.as_str()), "{name}");
    }
    assert!(
        !text.contains("note = "),
        "the combined answers carry no notes"
    );

    // Files with no note and no not-applicable reason: nothing written as is, so no warning.
    let quiet = tempfile::tempdir().unwrap();
    for file in ["bangkok", "nairobi"] {
        variant(
            quiet.path(),
            &format!("{file}.toml"),
            &format!("{file}.toml"),
            |t| {
                t.lines()
                    .filter(|l| {
                        !["note = ", "reason = ", "evidence = "]
                            .iter()
                            .any(|k| l.starts_with(k))
                    })
                    .map(|l| {
                        if l == "level = \"n/a\"" {
                            "level = 2"
                        } else {
                            l
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            },
        );
    }
    let (code, out, err) = run(&[
        "aggregate",
        s(quiet.path()),
        "--anonymise",
        "--format",
        "plain",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
    assert!(out.contains("Respondent B"), "{out}");
}

#[test]
fn anonymised_letters_go_past_z() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..28 {
        variant(
            dir.path(),
            &format!("office{n:02}.toml"),
            "nairobi.toml",
            |t| {
                t.replace(
                    "respondent = \"Nairobi office\"",
                    &format!("respondent = \"Office {n}\""),
                )
            },
        );
    }
    let (code, out, err) = run(&[
        "aggregate",
        s(dir.path()),
        "--anonymise",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let labels: Vec<&str> = doc["aggregate"]["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.len(), 28);
    assert_eq!(labels[0], "Respondent A");
    assert_eq!(labels[25], "Respondent Z");
    assert_eq!(labels[26..], ["Respondent AA", "Respondent AB"]);
    assert!(!out.contains("Office "), "no respondent named");
}
