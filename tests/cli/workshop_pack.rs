//! The printed documents as a contract: `workshop pack` on examples/federation (HTML and Word:
//! well-formed, no script, a sheet per question whose levels spread by --spread or more as the
//! aggregate's JSON counts them, anonymous unless --named), `template --format html` for every
//! questionnaire (every question id, a box per level), and the inputs `aggregate` refuses or
//! warns about. What people read is snapshotted as text.

use crate::common;

use icso_assess::catalogue::{self, DataSource};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const FOLDER: &str = "examples/federation";

/// Exit code, standard output and standard error of a run in the repo's root.
fn run(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `workshop pack FOLDER -o DIR/name extra...`: the file written and what was said.
fn pack(dir: &Path, name: &str, extra: &[&str]) -> (Vec<u8>, String) {
    let path = dir.join(name);
    let mut args = vec!["workshop", "pack", FOLDER, "-o", path.to_str().unwrap()];
    args.extend(extra);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
    assert!(out.is_empty());
    (std::fs::read(&path).unwrap(), err)
}

fn html_pack(extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, err) = pack(dir.path(), "pack.html", extra);
    assert!(err.starts_with("Wrote the html workshop pack to "), "{err}");
    String::from_utf8(bytes).unwrap()
}

/// The aggregate's JSON of the example.
fn aggregate_json() -> Value {
    let (code, out, err) = run(&["aggregate", FOLDER, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_slice(&out).unwrap()
}

/// How many questions' levels spread by `spread` or more, counted from the JSON's fields.
fn spread_at_least(json: &Value, spread: u64) -> usize {
    json["aggregate"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["spread"].as_u64().is_some_and(|s| s >= spread))
        .count()
}

fn respondent_labels(json: &Value) -> Vec<String> {
    json["aggregate"]["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["label"].as_str().unwrap().to_string())
        .collect()
}

/// Elements HTML never closes.
const VOID: [&str; 6] = ["meta", "br", "hr", "img", "input", "link"];

/// The page's elements checked for nesting (every element closed, in order; no stray closing
/// tag; attributes quoted) with no HTML parser in the dependencies: maud writes the page, so
/// it is regular enough to read tag by tag. Returns the text a reader sees, one block a line.
fn check_html(html: &str) -> String {
    assert!(html.starts_with("<!DOCTYPE html>"), "no doctype");
    assert!(!html.to_lowercase().contains("<script"), "a script element");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "a URL"
    );
    let mut open: Vec<String> = Vec::new();
    let mut seen = String::new();
    let mut rest = &html["<!DOCTYPE html>".len()..];
    while let Some(at) = rest.find('<') {
        let text = &rest[..at];
        if !open.iter().any(|t| t == "style" || t == "title") {
            seen.push_str(text);
        }
        let end = rest[at..].find('>').expect("a tag closed") + at;
        let tag = &rest[at + 1..end];
        rest = &rest[end + 1..];
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        if let Some(name) = tag.strip_prefix('/') {
            let top = open
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(top, name, "</{name}> closes <{top}>");
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(!name.is_empty(), "<{tag}>");
            let block = ["p", "li", "h1", "h2", "h3", "dt", "dd", "tr", "div"];
            if block.contains(&name.as_str()) || tag.contains(r#"class="more""#) {
                seen.push('\n');
            }
            if matches!(name.as_str(), "td" | "th") {
                seen.push_str(" | ");
            }
            if !VOID.contains(&name.as_str()) {
                open.push(name);
            }
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
    assert_eq!(rest.trim(), "", "text after </html>");
    seen.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_html_pack_has_a_sheet_per_disagreement_in_order_of_priority() {
    let json = aggregate_json();
    let html = html_pack(&[]);
    let text = check_html(&html);
    let sheets = html
        .matches(r#"<section class="sheet disagreement">"#)
        .count();
    assert_eq!(sheets, spread_at_least(&json, 2));
    assert_eq!(sheets, 10);
    // The agenda, the overview, the confirmation and the priorities, in that order.
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("no {s:?} in\n{text}"))
    };
    assert!(at("Agenda") < at("\nOverview\n"));
    assert!(at("\nOverview\n") < at("Disagreement 1 of 10"));
    assert!(at("Disagreement 10 of 10") < at("Questions that agree"));
    assert!(at("Questions that agree") < at("Top priorities"));
    assert!(at("Top priorities") < text.rfind("\nNext steps\n").unwrap());
    // Every disagreement's recommendation has its sheet; a sheet is ticked at the agreed level.
    for d in json["aggregate"]["disagreements"].as_array().unwrap() {
        let title = format!(
            "{} {}",
            d["question"].as_str().unwrap(),
            d["title"].as_str().unwrap()
        );
        assert!(text.contains(&title), "no sheet for {title}");
    }
    assert_eq!(html.matches(r#"<div class="agreed">"#).count(), 10);
    // Sheets follow the combined priority: R21 (spread 3, priority 24) before R17 (spread 2).
    assert!(at("R21 Work more closely") < at("R17 Hold joint staff meetings"));
    // The questions that agree: every other question, a box to confirm and one to reopen.
    let confirm = &html[html.find(r#"<section class="sheet confirm">"#).unwrap()..];
    let confirm = &confirm[..confirm.find("</section>").unwrap()];
    assert_eq!(confirm.matches("<tr>").count(), 1 + 48 - 10);
    assert_eq!(confirm.matches(r#"class="tick""#).count(), 2 * (48 - 10));
    common::assert_snapshot!("federation.html.text", text);
}

#[test]
fn a_smaller_spread_gives_more_sheets() {
    let json = aggregate_json();
    let html = html_pack(&["--spread", "1"]);
    check_html(&html);
    let sheets = html
        .matches(r#"<section class="sheet disagreement">"#)
        .count();
    assert_eq!(sheets, spread_at_least(&json, 1));
    assert!(sheets > spread_at_least(&json, 2), "{sheets}");
    let html = html_pack(&["--spread", "4"]);
    assert_eq!(
        html.matches(r#"<section class="sheet disagreement">"#)
            .count(),
        spread_at_least(&json, 4)
    );
}

#[test]
fn anonymous_unless_named() {
    let json = aggregate_json();
    let labels = respondent_labels(&json);
    assert_eq!(labels.len(), 4);
    let dir = tempfile::tempdir().unwrap();
    let (docx, _) = pack(dir.path(), "pack.docx", &[]);
    let docx = crate::docx::parts(&docx)["word/document.xml"].clone();
    let anonymous = html_pack(&[]);
    for shown in [&anonymous, &docx] {
        for label in &labels {
            assert!(!shown.contains(label.as_str()), "{label} named");
        }
        for file in ["bangkok", "beijing", "nairobi", "secretariat.toml"] {
            assert!(!shown.contains(file), "{file} named");
        }
        // The notes are there, without their authors.
        assert!(shown.contains("We do not know East Asian networks at all."));
    }
    let named = html_pack(&["--named"]);
    check_html(&named);
    for label in &labels {
        assert!(named.contains(label.as_str()), "{label} not named");
    }
    assert!(named.contains("Nairobi office, level 0 Not started"));
}

#[test]
fn the_word_pack_has_a_page_per_disagreement() {
    let json = aggregate_json();
    let dir = tempfile::tempdir().unwrap();
    let (bytes, err) = pack(dir.path(), "pack.docx", &[]);
    assert!(err.starts_with("Wrote the docx workshop pack to "), "{err}");
    let parts = crate::docx::parts(&bytes);
    let doc = &parts["word/document.xml"];
    for d in json["aggregate"]["disagreements"].as_array().unwrap() {
        let title = d["title"]
            .as_str()
            .unwrap()
            .replace('&', "&amp;")
            .replace('\'', "&apos;");
        assert!(doc.contains(&title), "no {title}");
    }
    for n in 1..=10 {
        assert!(doc.contains(&format!("Disagreement {n} of 10")), "{n}");
    }
    // A page each for the disagreements, the questions that agree and the priorities.
    assert_eq!(doc.matches("<w:pageBreakBefore />").count(), 10 + 2);
    assert!(doc.contains("\u{2610}"), "tick boxes");
    // --format beats the extension; the same answers give the same bytes.
    let (again, _) = pack(dir.path(), "pack.bin", &["--format", "docx"]);
    assert_eq!(again, bytes);
}

#[test]
fn the_pack_refuses_a_format_it_does_not_write_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("pack.md");
    let (code, _, err) = run(&["workshop", "pack", FOLDER, "-o", md.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "pack.md: a workshop pack is a page to print (.html) or a Word document (.docx)"
        ),
        "{err}"
    );
    assert!(!md.exists());
    let (code, _, err) = run(&[
        "workshop",
        "pack",
        "examples/federation/bangkok.toml",
        "-o",
        "x.html",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("workshop pack needs at least two answers files"),
        "{err}"
    );
    // The interactive form parses; without a terminal it points to the pack.
    let (code, _, err) = run(&["workshop", "--spread", "3", FOLDER]);
    assert_eq!(code, 2);
    assert!(
        err.contains("needs a terminal") && err.contains("workshop pack"),
        "{err}"
    );
}

/// A copy of the federation's files in a new folder, plus `extra`.
fn folder_with(dir: &Path, extra: &[PathBuf]) -> PathBuf {
    let folder = dir.join("answers");
    std::fs::create_dir(&folder).unwrap();
    for entry in std::fs::read_dir(Path::new(ROOT).join(FOLDER)).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, folder.join(p.file_name().unwrap())).unwrap();
    }
    for p in extra {
        std::fs::copy(p, folder.join(p.file_name().unwrap())).unwrap();
    }
    folder
}

#[test]
fn respondents_of_different_questionnaires_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let quick = Path::new(ROOT).join("examples/advocacy-quick-2026.toml");
    let folder = folder_with(dir.path(), &[quick]);
    let out = dir.path().join("pack.html");
    let (code, _, err) = run(&[
        "workshop",
        "pack",
        folder.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("the answers files are from different questionnaires or versions"),
        "{err}"
    );
    assert!(err.contains("quick version 1.0 in"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_combined_file_given_as_a_respondent_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let combined = dir.path().join("combined.toml");
    let (code, _, err) = run(&[
        "aggregate",
        FOLDER,
        "--format",
        "json",
        "--save-combined",
        combined.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let folder = folder_with(dir.path(), &[combined]);
    let out = dir.path().join("pack.html");
    let (code, _, err) = run(&[
        "workshop",
        "pack",
        folder.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: ") && err.contains("holds combined answers"),
        "{err}"
    );
    assert!(out.exists());
}

#[test]
fn the_paper_questionnaire_has_every_question_and_a_box_per_level() {
    let data = catalogue::load(&DataSource::Builtin).unwrap();
    for q in &data.questionnaires {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.html", q.id));
        // The extension alone asks for the page.
        let (code, out, err) = run(&[
            "template",
            "--questionnaire",
            &q.id,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.is_empty());
        let html = std::fs::read_to_string(&path).unwrap();
        let text = check_html(&html);
        for question in &q.questions {
            assert!(
                html.contains(&format!(r#"<span class="id">{}</span>"#, question.id)),
                "{}",
                question.id
            );
        }
        let levels = q.scale.len();
        assert!(q.questions.iter().all(|x| x.levels.len() == levels));
        let options: usize = q.profile.iter().map(|p| p.options.len()).sum();
        // A box per level, for not applicable and for don't know; one per profile option.
        assert_eq!(
            html.matches(r#"<span class="tick""#).count(),
            q.questions.len() * (levels + 2) + options
        );
        assert_eq!(
            html.matches(r#"<div class="question">"#).count(),
            q.questions.len()
        );
        // Lines for the organisation, respondent and date; a reason, note and evidence a question.
        assert_eq!(
            html.matches(r#"<div class="lines one">"#).count(),
            3 + q.questions.len()
        );
        assert!(text.contains("Reason (needed if not applicable)"));
        // --format says the same, to standard output; and the file is never overwritten.
        let (code, stdout, _) = run(&["template", "--questionnaire", &q.id, "--format", "html"]);
        assert_eq!(code, 0);
        assert_eq!(String::from_utf8(stdout).unwrap(), html);
        let (code, _, err) = run(&[
            "template",
            "--questionnaire",
            &q.id,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert_eq!(code, 2);
        assert!(err.contains("already exists"), "{err}");
        if q.id == "quick" {
            common::assert_snapshot!("quick.html.text", text);
        }
    }
}
