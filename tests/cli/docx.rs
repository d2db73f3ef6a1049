//! The Word export end to end: the real binary writes .docx files for `report`, `compare` and
//! `aggregate`, and they are read back (unzipped, their XML searched) for what a reader needs:
//! Word headings, the priorities table with every priority's title and first step, text from
//! outside escaped. A Word document is refused on a terminal and fine in a pipe. This module is
//! also the reader the other tests use for binary formats (`parts`), and the one place a new
//! binary format must be given its read-back test.

use icso_assess::catalogue::{self, DataSource};
use icso_assess::report::Format;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const FULL: &str = "examples/federation-full-2026.toml";
const BEFORE: &str = "examples/advocacy-quick-2025.toml";
const AFTER: &str = "examples/advocacy-quick-2026.toml";

/// The parts of a .docx package by name, as text: what the other tests read of a binary format.
pub fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .unwrap_or_else(|e| panic!("{} is not UTF-8 text: {e}", entry.name()));
        parts.insert(entry.name().to_string(), text);
    }
    parts
}

fn icso(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("run icso-assess")
}

/// Run `args` with `-o DIR/name` added; the file written, after checking what was said.
fn written(dir: &Path, name: &str, args: &[&str]) -> Vec<u8> {
    let path = dir.join(name);
    let mut all = args.to_vec();
    all.extend(["-o", path.to_str().unwrap()]);
    let out = icso(&all);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{all:?}: {err}");
    assert!(out.stdout.is_empty());
    assert!(err.contains("Wrote the docx "), "{err}");
    std::fs::read(&path).unwrap()
}

/// Text as docx-rs writes it inside the XML.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The body's tables, each as its XML.
fn tables(doc: &str) -> Vec<&str> {
    doc.split("<w:tbl>")
        .skip(1)
        .map(|t| &t[..t.find("</w:tbl>").expect("a closed table")])
        .collect()
}

fn paragraphs_in(doc: &str, style: &str) -> usize {
    doc.matches(&format!(r#"<w:pStyle w:val="{style}" />"#))
        .count()
}

#[test]
fn a_report_reads_back_with_headings_priorities_and_first_steps() {
    let dir = tempfile::tempdir().unwrap();
    let docx = written(dir.path(), "r.docx", &["report", "--answers", FULL]);
    let parts = parts(&docx);
    let doc = &parts["word/document.xml"];
    let styles = &parts["word/styles.xml"];
    assert_eq!(paragraphs_in(doc, "Title"), 1);
    assert!(paragraphs_in(doc, "Heading1") >= 8, "the report's sections");
    assert!(paragraphs_in(doc, "Heading2") >= 8, "the areas of the gaps");
    assert!(styles.contains(r#"w:styleId="Heading1"><w:name w:val="heading 1" />"#));
    assert!(styles.contains(r#"w:styleId="Heading2"><w:name w:val="heading 2" />"#));

    // The summary's priorities, from the JSON of the same answers: the high and medium bands,
    // in rank order, at most five.
    let json: Value =
        serde_json::from_slice(&icso(&["report", "--answers", FULL, "--format", "json"]).stdout)
            .unwrap();
    let mut top: Vec<(u64, String, String)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| matches!(i["band"].as_str(), Some("high" | "medium")))
        .filter_map(|i| {
            let rank = i["rank"].as_u64()?;
            let id = i["recommendation"].as_str().unwrap().to_string();
            Some((rank, id, i["title"].as_str().unwrap().to_string()))
        })
        .collect();
    top.sort();
    top.truncate(5);
    assert_eq!(top.len(), 5);
    let data = catalogue::load(&DataSource::Builtin).unwrap();
    // The document's words in order; an abbreviation spelled out at its first use only adds
    // words, so each title's words are looked for in order.
    let words = words_of(&strip_tags(doc));
    let summary = words
        .iter()
        .position(|w| w == "summary")
        .expect("a summary");
    let mut at = summary;
    for (rank, id, title) in &top {
        let step = &data.catalogue.recommendation(id).unwrap().first_step;
        at = in_order(&words, at, &words_of(title)).unwrap_or_else(|| {
            panic!("priority {rank} {id} {title:?} not in the summary, in order")
        });
        let after_step = in_order(&words, at, &words_of(step))
            .unwrap_or_else(|| panic!("no first step under {id}: {step:?}"));
        // The step comes before the next priority's title.
        if let Some((_, _, next)) = top.iter().find(|(r, _, _)| r > rank) {
            let next_at = in_order(&words, at, &words_of(next)).unwrap_or(usize::MAX);
            assert!(
                after_step <= next_at,
                "{id}'s first step is under the next one"
            );
        }
    }
    // The headings of the summary's list and of the sections that follow are Word headings.
    assert!(doc.contains(">What matters now<"));
    assert!(doc.contains(">Later<"));
}

/// The text of an XML part, its tags dropped: runs carry their own spaces, and each paragraph
/// ends in one.
fn strip_tags(xml: &str) -> String {
    let mut out = String::new();
    for (n, piece) in xml.split('<').enumerate() {
        let text = if n == 0 {
            piece
        } else {
            let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
            if tag == "/w:p" {
                out.push(' ');
            }
            text
        };
        out.push_str(text);
    }
    out.replace("&apos;", "'").replace("&amp;", "&")
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Where `needle`'s words end, found in order in `hay` from `from`: its first word, then each
/// next one within a few words (an abbreviation spelled out adds at most a few).
fn in_order(hay: &[String], from: usize, needle: &[String]) -> Option<usize> {
    let first = &needle[0];
    let mut start = from;
    while let Some(p) = hay[start..].iter().position(|w| w == first) {
        let mut at = start + p + 1;
        let ok = needle[1..].iter().all(|w| {
            match hay[at..hay.len().min(at + 8)].iter().position(|h| h == w) {
                Some(k) => {
                    at += k + 1;
                    true
                }
                None => false,
            }
        });
        if ok {
            return Some(at);
        }
        start += p + 1;
    }
    None
}

#[test]
fn the_format_comes_from_the_flag_or_the_extension_and_a_pipe_takes_it() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["report", "--answers", FULL];
    let by_extension = written(dir.path(), "r.docx", &args);
    let upper = written(dir.path(), "R.DOCX", &args);
    let flagged = written(
        dir.path(),
        "r.bin",
        &[&args[..], &["--format", "docx"]].concat(),
    );
    let piped = icso(&[&args[..], &["--format", "docx"]].concat());
    assert!(piped.status.success());
    assert!(by_extension.starts_with(b"PK\x03\x04"), "a zip archive");
    assert_eq!(by_extension, upper);
    assert_eq!(by_extension, flagged);
    assert_eq!(by_extension, piped.stdout);
    // `list` has no -o: a pipe takes it too.
    let list = icso(&["list", "--format", "docx"]);
    assert!(list.status.success());
    assert!(parts(&list.stdout)["word/document.xml"].contains("R48"));
}

#[test]
fn compare_and_aggregate_write_word_documents() {
    let dir = tempfile::tempdir().unwrap();
    let compare = parts(&written(dir.path(), "c.docx", &["compare", BEFORE, AFTER]));
    let doc = &compare["word/document.xml"];
    assert!(doc.contains(">Open Rivers Alliance<"));
    assert!(paragraphs_in(doc, "Heading1") >= 4);
    for words in [
        ">Readiness by area",
        ">Recommendations compared<",
        " after<",
    ] {
        assert!(doc.contains(words), "no {words} in the comparison");
    }
    assert!(tables(doc).len() >= 3);
    assert!(compare["word/footer1.xml"].contains("Open Rivers Alliance"));

    let aggregate = parts(&written(
        dir.path(),
        "a.docx",
        &["aggregate", "examples/federation"],
    ));
    let doc = &aggregate["word/document.xml"];
    for words in [
        ">Respondents (4)<",
        ">Where respondents disagree<",
        ">Nairobi office<",
        ">What matters now<",
    ] {
        assert!(doc.contains(words), "no {words} in the aggregate");
    }
}

#[test]
fn text_from_the_answers_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(Path::new(ROOT).join(FULL)).unwrap();
    let org = r#"<w:p><w:r><w:t>pwned</w:t></w:r></w:p> & "Co" 'x'"#;
    let hostile = original.replacen(
        "organisation = \"Hands Together International\"",
        &format!("organisation = '''{org}'''"),
        1,
    );
    assert_ne!(hostile, original);
    let answers = dir.path().join("hostile.toml");
    std::fs::write(&answers, hostile).unwrap();
    let docx = written(
        dir.path(),
        "h.docx",
        &["report", "--answers", answers.to_str().unwrap()],
    );
    let parts = parts(&docx);
    for part in ["word/document.xml", "word/footer1.xml"] {
        let text = &parts[part];
        assert!(
            !text.contains("<w:t>pwned"),
            "markup from the answers in {part}"
        );
        assert!(text.contains(&xml(org)), "the name, escaped, in {part}");
    }
}

/// A pseudo-terminal runs the command: a Word document is refused there, naming the fix, before
/// anything is read or written.
#[cfg(unix)]
#[test]
fn a_word_document_is_refused_on_a_terminal() {
    use rexpect::process::WaitStatus;
    use rexpect::session::{Options, spawn_with_options};
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("combined.toml");
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["report", "--answers", FULL, "--format", "docx"],
            "-o report.docx",
        ),
        (
            vec!["compare", BEFORE, AFTER, "--format", "docx"],
            "-o comparison.docx",
        ),
        (
            vec![
                "aggregate",
                "examples/federation",
                "--format",
                "docx",
                "--save-combined",
                saved.to_str().unwrap(),
            ],
            "-o report.docx",
        ),
        (vec!["list", "--format", "docx"], "> recommendations.docx"),
    ];
    for (args, fix) in cases {
        let mut cmd = Command::new(BIN);
        cmd.args(&args).current_dir(ROOT).env("NO_COLOR", "1");
        let options = Options::new().timeout_ms(Some(10_000));
        let mut s = spawn_with_options(cmd, options).expect("spawn in a pty");
        let shown = s.exp_eof().unwrap();
        let code = match s.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("{args:?}: {other:?}"),
        };
        assert_eq!(code, 2, "{args:?}: {shown}");
        assert!(
            shown.contains("a Word document (--format docx) cannot be shown on a terminal")
                && shown.contains(fix),
            "{args:?}: {shown}"
        );
        assert!(!shown.contains("PK"), "{args:?} wrote the archive: {shown}");
    }
    assert!(
        !saved.exists(),
        "aggregate saved the combined answers before refusing"
    );
}

/// Every format that is not text is read back by a test of its own; the text formats are
/// snapshot-tested (tests/cli/golden.rs). A new binary format belongs here.
#[test]
fn every_binary_format_is_read_back_here() {
    let binary: Vec<Format> = Format::ALL.into_iter().filter(|f| !f.is_text()).collect();
    assert_eq!(
        binary,
        [Format::Docx],
        "give the new binary format a read-back test here"
    );
    assert_eq!(
        Format::from_extension(Path::new("r.docx")),
        Some(Format::Docx)
    );
    assert_eq!(Format::Docx.extension(), "docx");
}
