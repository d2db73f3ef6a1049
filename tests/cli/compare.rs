//! `compare` as a contract: every format on the example pair (one organisation a year apart) and
//! on a quick-versus-full pair, parsed by real parsers where they exist, snapshots of what people
//! read, hostile text kept in its place, and bad input refused with exit 2 naming the file.

use crate::common;

use assert_cmd::Command;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

const BEFORE: &str = "examples/advocacy-quick-2025.toml";
const AFTER: &str = "examples/advocacy-quick-2026.toml";
/// A full assessment of another organisation: compared with the quick one it shares 16
/// recommendations and leaves 32 out.
const FULL: &str = "examples/federation-full-2026.toml";

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80");
    c
}

fn compare(before: &str, after: &str, format: &str) -> String {
    String::from_utf8(compare_bytes(before, after, format)).unwrap()
}

/// The same in any format, a Word document too.
fn compare_bytes(before: &str, after: &str, format: &str) -> Vec<u8> {
    let out = bin()
        .args(["compare", before, after, "--format", format])
        .output()
        .unwrap();
    common::succeeded(out)
}

fn json(before: &str, after: &str) -> Value {
    serde_json::from_str(&compare(before, after, "json")).unwrap()
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

#[test]
fn table_reads_at_80_columns() {
    let out = compare(BEFORE, AFTER, "table");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "over 80 columns: {line:?}");
    }
    assert!(!out.contains('\u{1b}'), "no colour with NO_COLOR");
    common::assert_snapshot!("advocacy.table", out);
}

#[test]
fn markdown_snapshot() {
    common::assert_snapshot!("advocacy.markdown", compare(BEFORE, AFTER, "markdown"));
}

#[test]
fn plain_layout_for_screen_readers() {
    let out = compare(BEFORE, AFTER, "plain");
    for c in out.chars() {
        assert!(
            !('\u{2500}'..='\u{259F}').contains(&c) && c != '\u{1b}',
            "box drawing, bar or colour {c:?} in plain output"
        );
    }
    assert!(!out.contains("->"), "arrows are read out as symbols");
    assert!(out.contains(
        "Global China strategy: readiness rose from 42.9% to 76.2%. That closes 58.3% of the gap that remained."
    ));
    assert!(out.contains("R12 Rethink how you claim impact in China-related work: before not applicable, after not applicable."));
    let flag = bin()
        .args(["--plain", "--color", "always", "compare", BEFORE, AFTER])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(flag.stdout).unwrap(), out);
    common::assert_snapshot!("advocacy.plain", out);
}

#[test]
fn json_has_every_field() {
    let d = json(BEFORE, AFTER);
    assert_eq!(d["schema_version"], 2);
    assert_eq!(d["like_for_like"], true);
    assert_eq!(d["same_organisation"], true);
    assert_eq!(d["warnings"].as_array().unwrap().len(), 0);
    for (side, date) in [("before", "2025-10-14"), ("after", "2026-10-20")] {
        let s = &d[side];
        assert_eq!(s["questionnaire"]["id"], "quick");
        assert_eq!(s["questionnaire"]["version"], "1.0");
        assert_eq!(s["organisation"], "Open Rivers Alliance");
        assert_eq!(s["respondent"], "Senior leadership team");
        assert_eq!(s["date"], date);
    }
    // Progress follows its definition from the two scores.
    let o = &d["overall"];
    let (b, a) = (o["before"].as_f64().unwrap(), o["after"].as_f64().unwrap());
    assert!(a > b);
    assert!(close(&o["progress"], 100.0 * (a - b) / (100.0 - b)));
    assert!(close(&o["change"], a - b));

    let areas = d["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 8);
    for area in areas {
        for key in [
            "id", "title", "part", "before", "after", "change", "progress",
        ] {
            assert!(area.get(key).is_some(), "area without {key}: {area}");
        }
    }
    // Communications went from 33.3% to 100%: the whole remaining gap closed.
    let comms = areas.iter().find(|x| x["id"] == "communications").unwrap();
    assert!(close(&comms["progress"], 100.0));

    let items = d["items"].as_array().unwrap();
    assert_eq!(items.len(), 16);
    let r01 = &items[0];
    assert_eq!(r01["recommendation"], "R01");
    assert_eq!(r01["before"]["level"], 1);
    assert_eq!(r01["after"]["level"], 3);
    assert_eq!(r01["before"]["status"], "answered");
    assert_eq!(r01["change"], 2);
    let r29 = items.iter().find(|x| x["recommendation"] == "R29").unwrap();
    assert_eq!(r29["before"]["status"], "unknown");
    assert_eq!(r29["before"]["level"], Value::Null);
    assert_eq!(r29["change"], Value::Null);
    let r12 = items.iter().find(|x| x["recommendation"] == "R12").unwrap();
    assert_eq!(r12["after"]["status"], "na");

    assert_eq!(ids(&d["gaps_closed"]), ["R01", "R11", "R23"]);
    // R29 and R41 were don't know in 2025: gaps now identified, not new gaps.
    assert!(ids(&d["new_gaps"]).is_empty());
    assert_eq!(ids(&d["gaps_identified"]), ["R29", "R41"]);
    // The gaps closed are not counted again as improvements.
    assert_eq!(ids(&d["improvements"]), ["R02", "R06", "R08", "R22", "R30"]);
    assert!(ids(&d["regressions"]).is_empty());
    // Each item names the one list it is in, and the lists hold each item once.
    let mut listed = 0;
    for key in [
        "gaps_closed",
        "new_gaps",
        "gaps_identified",
        "improvements",
        "regressions",
    ] {
        listed += ids(&d[key]).len();
    }
    let categorised = items.iter().filter(|i| !i["category"].is_null()).count();
    assert_eq!(listed, categorised);
    assert_eq!(r01["category"], "gap_closed");
    assert_eq!(r29["category"], "gap_identified");
    assert_eq!(r12["category"], Value::Null);
    let r02 = items.iter().find(|x| x["recommendation"] == "R02").unwrap();
    assert_eq!(r02["category"], "improved");
    assert!(ids(&d["left_out"]["before_only"]).is_empty());
    assert!(ids(&d["left_out"]["after_only"]).is_empty());
}

#[test]
fn quick_against_full_compares_the_common_recommendations_only() {
    let d = json(FULL, AFTER);
    assert_eq!(d["like_for_like"], false);
    assert_eq!(d["same_organisation"], false);
    assert!(
        d["warnings"][0]
            .as_str()
            .unwrap()
            .contains("different organisations")
    );
    let items = d["items"].as_array().unwrap();
    assert_eq!(items.len(), 16);
    let before_only = ids(&d["left_out"]["before_only"]);
    assert_eq!(before_only.len(), 32);
    assert!(before_only.contains(&"R03") && before_only.contains(&"R48"));
    assert!(ids(&d["left_out"]["after_only"]).is_empty());
    for i in items {
        let r = i["recommendation"].as_str().unwrap();
        assert!(!before_only.contains(&r), "{r} both compared and left out");
    }
    // The full file's score here covers the 16 common recommendations, not its 48.
    let own: Value = serde_json::from_slice(
        &bin()
            .args(["report", "--answers", FULL, "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(!close(
        &d["overall"]["before"],
        own["overall"]["score"].as_f64().unwrap()
    ));

    // And the other way round.
    let d = json(AFTER, FULL);
    assert_eq!(ids(&d["left_out"]["after_only"]).len(), 32);
    assert!(ids(&d["left_out"]["before_only"]).is_empty());

    let table = compare(FULL, AFTER, "table");
    assert!(table.contains("Warning: the two files name different organisations"));
    assert!(table.contains("Only the 16 recommendations both ask about are compared"));
    assert!(table.contains("Asked only before (full 1.0), so left out: 32 recommendations"));
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "over 80 columns: {line:?}");
    }
    let md = compare(FULL, AFTER, "markdown");
    assert!(md.contains("## Left out of the comparison"));
    assert!(md.contains("- **R03** "));
}

#[test]
fn csv_has_one_row_per_compared_recommendation() {
    for (before, after) in [(BEFORE, AFTER), (FULL, AFTER), (AFTER, FULL)] {
        let text = compare(before, after, "csv");
        assert!(text.ends_with("\r\n"));
        // CRLF after every record (no note in these files spans lines).
        assert!(!text.replace("\r\n", "").contains('\n'));
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header[0], "id");
        assert!(header.contains(&"change".to_string()));
        assert!(header.contains(&"gap_closed".to_string()));
        let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), 16, "{before} vs {after}");
        assert!(rows.iter().all(|r| r.len() == header.len()));
    }
    let text = compare(BEFORE, AFTER, "csv");
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let header = rd.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().unwrap();
    let r01 = &rows[0];
    assert_eq!(&r01[col("id")], "R01");
    assert_eq!(&r01[col("level_before")], "1");
    assert_eq!(&r01[col("level_after")], "3");
    assert_eq!(&r01[col("change")], "2");
    assert_eq!(&r01[col("gap_closed")], "yes");
    // Listed once, as a gap closed: its change of level is in `change`.
    assert_eq!(&r01[col("improved")], "no");
    assert_eq!(&r01[col("regressed")], "no");
    let flags = [
        "gap_closed",
        "new_gap",
        "gap_identified",
        "improved",
        "regressed",
    ];
    for row in &rows {
        let yes = flags.iter().filter(|f| &row[col(f)] == "yes").count();
        assert!(yes <= 1, "{row:?}");
    }
    let r29 = rows.iter().find(|r| &r[0] == "R29").unwrap();
    assert_eq!(&r29[col("gap_identified")], "yes");
    assert_eq!(&r29[col("new_gap")], "no");
}

#[test]
fn markdown_tables_are_well_formed() {
    for (before, after) in [(BEFORE, AFTER), (FULL, AFTER)] {
        let md = compare(before, after, "markdown");
        let mut tables = 0;
        let mut cells = 0;
        let mut header_cells = 0;
        let mut html = Vec::new();
        for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Table(_)) => tables += 1,
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => cells = 0,
                Event::End(TagEnd::TableHead) => header_cells = cells,
                Event::End(TagEnd::TableRow) => assert_eq!(cells, header_cells, "ragged row"),
                Event::Start(Tag::TableCell) => cells += 1,
                Event::Html(h) | Event::InlineHtml(h) => html.push(h.to_string()),
                _ => {}
            }
        }
        assert_eq!(tables, 2, "areas and recommendations");
        assert!(html.is_empty(), "raw HTML in Markdown: {html:?}");
    }
}

#[test]
fn html_is_self_contained() {
    for (before, after) in [(BEFORE, AFTER), (FULL, AFTER)] {
        let out = compare(before, after, "html");
        assert!(out.starts_with("<!DOCTYPE html>"));
        assert!(out.contains(
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#
        ));
        assert!(!out.contains("<script"), "no script");
        assert!(
            !out.contains("http://") && !out.contains("https://"),
            "no URL"
        );
        // The only links are the contents list's, to the page's own sections.
        assert!(
            !out.contains("src=")
                && out.matches("href=").count() == out.matches("href=\"#").count(),
            "no request"
        );
        assert!(
            !out.contains("url(") && !out.contains("@import"),
            "no CSS request"
        );
        // One bar pair per area in the chart.
        assert_eq!(out.matches("<svg").count(), 1);
        assert_eq!(
            out.matches(">before</tspan>").count() + out.matches(" before</text>").count(),
            8
        );
    }
}

#[test]
fn output_file_takes_its_format_from_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.json");
    let out = bin()
        .args(["compare", BEFORE, AFTER, "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("Wrote the json comparison"), "{stderr}");
    let d: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(d["items"].as_array().unwrap().len(), 16);
}

/// `text` with the spans from each `open` to the next `close` taken out.
fn without(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        rest = rest[i..]
            .find(close)
            .map_or("", |j| &rest[i + j + close.len()..]);
    }
    out.push_str(rest);
    out
}

/// The prose of an output, tables and charts left out, as one run of text: what a reader reads
/// as sentences.
fn prose(format: &str, out: &str) -> String {
    match format {
        "table" => out
            .lines()
            .filter(|l| !l.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)))
            .collect::<Vec<_>>()
            .join(" "),
        "markdown" => out
            .lines()
            .filter(|l| !l.starts_with('|'))
            .collect::<Vec<_>>()
            .join(" "),
        "html" => {
            // The chart's description is read aloud; its drawn labels are not sentences.
            let desc = out
                .split("<desc")
                .nth(1)
                .and_then(|d| d.split_once('>'))
                .and_then(|(_, d)| d.split_once("</desc>"))
                .map_or("", |(d, _)| d);
            let body = out.split("<body>").nth(1).unwrap();
            let body = without(&without(body, "<svg", "</svg>"), "<table", "</table>");
            // Every tag ends a run of text, as if a sentence ended there: the large figures
            // and the paragraphs are read one at a time.
            let mut text = String::new();
            for part in body.split('<') {
                text.push_str(". ");
                text.push_str(part.split_once('>').map_or(part, |(_, t)| t));
            }
            format!("{text} {desc}")
        }
        _ => out.replace('\n', " "),
    }
}

#[test]
fn one_percentage_a_sentence() {
    for (before, after) in [(BEFORE, AFTER), (AFTER, BEFORE), (FULL, AFTER)] {
        for format in ["table", "plain", "markdown", "html"] {
            let text = prose(format, &compare(before, after, format));
            for sentence in text.split(". ") {
                let n = sentence.matches('%').count();
                // A move from one score to another is one figure; anything else stands alone.
                let a_move = n == 2 && sentence.contains(" from ") && sentence.contains(" to ");
                assert!(
                    n <= 1 || a_move,
                    "{format}, {before} -> {after}: {sentence:?}"
                );
            }
        }
    }
    let back = compare(AFTER, BEFORE, "plain");
    assert!(back.contains(
        "Overall readiness fell from 55.4% to 30.4%. The gap that remained grew by 56.0%."
    ));
}

#[test]
fn every_text_format_opens_with_the_summary() {
    for format in ["table", "plain", "markdown", "html"] {
        // Lines joined and spaces squeezed, so that a sentence wrapped on a terminal is found.
        let out = compare(BEFORE, AFTER, format)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let at = |s: &str| {
            out.find(s)
                .unwrap_or_else(|| panic!("{format}: no {s:?} in\n{out}"))
        };
        let order = [
            "Open Rivers Alliance, assessed on 2025-10-14 and again on 2026-10-20.",
            "Overall readiness rose from 30.4% to 55.4%. That closes 35.9% of the gap that remained.",
            "Needs attention now",
            "Nothing has slipped back: no new gaps and no regressions.",
            "Gaps now identified",
            "Build two-way partnerships with Chinese NGOs",
            "Improved",
            "Research how Chinese finance affects people and the environment",
            "5 other recommendations moved up without closing a gap.",
            "Below: each area, the 16 recommendations compared, every change, and the method.",
            "Readiness by area",
            "Recommendations compared",
        ];
        for pair in order.windows(2) {
            assert!(at(pair[0]) < at(pair[1]), "{format}: {pair:?}");
        }
    }
    // On a terminal of 24 lines the whole summary is on the first screen, the command's own
    // line included.
    let table = compare(BEFORE, AFTER, "table");
    let last = table
        .lines()
        .position(|l| l.starts_with("in full") || l.starts_with("Below:"))
        .unwrap();
    assert!(last + 1 < 23, "the summary ends on line {}", last + 1);
}

#[test]
fn the_summary_names_at_most_five_and_counts_the_rest() {
    // The example's answers all at target, then all at 0: sixteen new gaps.
    let dir = tempfile::tempdir().unwrap();
    let all = |level: u8| {
        let original = std::fs::read_to_string(BEFORE).unwrap();
        let mut t = String::new();
        for line in original.lines() {
            if line.starts_with("level = ") {
                t.push_str(&format!("level = {level}\n"));
            } else if !line.starts_with("reason = ") {
                t.push_str(line);
                t.push('\n');
            }
        }
        t
    };
    let (high, low) = (dir.path().join("high.toml"), dir.path().join("low.toml"));
    std::fs::write(&high, all(3)).unwrap();
    std::fs::write(&low, all(0)).unwrap();
    let (high, low) = (high.to_str().unwrap(), low.to_str().unwrap());
    let d = json(high, low);
    let new_gaps = ids(&d["new_gaps"]).len();
    assert!(new_gaps > 5, "{new_gaps}");
    assert!(ids(&d["regressions"]).is_empty());
    for format in ["table", "plain", "markdown", "html"] {
        let out = compare(high, low, format)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let summary = out.split("Readiness by area").next().unwrap();
        assert_eq!(
            summary.matches("now below target").count(),
            5,
            "{format}:\n{summary}"
        );
        assert!(
            summary.contains(&format!("and {} more, listed in full below.", new_gaps - 5)),
            "{format}:\n{summary}"
        );
        assert!(summary.contains("Overall readiness fell from 100.0% to 0.0%."));
    }
}

#[test]
fn the_same_files_give_byte_identical_output() {
    for format in common::formats() {
        assert_eq!(
            compare_bytes(FULL, AFTER, format),
            compare_bytes(FULL, AFTER, format),
            "{format}"
        );
    }
}

#[test]
fn hostile_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(AFTER).unwrap();
    let hostile = original
        .replace(
            "organisation = \"Open Rivers Alliance\"",
            "organisation = \"<script>alert(1)</script> | *Acme*\"",
        )
        .replace(
            "note = \"A half-time Global China coordinator started in June.\"",
            "note = \"=HYPERLINK(\\\"x\\\") <b>bold</b> | pipe\"",
        );
    assert_ne!(hostile, original);
    let path = dir.path().join("hostile.toml");
    std::fs::write(&path, hostile).unwrap();
    let p = path.to_str().unwrap();

    let html = compare(BEFORE, p, "html");
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(html.contains("different organisations"));

    let md = compare(BEFORE, p, "markdown");
    assert!(!md.contains("<script>") && !md.contains("<b>"));
    assert!(md.contains("&lt;script&gt;"));
    assert!(md.contains("\\| pipe"));

    let csv_text = compare(BEFORE, p, "csv");
    let mut rd = csv::Reader::from_reader(csv_text.as_bytes());
    let header = rd.headers().unwrap().clone();
    let note = header.iter().position(|h| h == "note_after").unwrap();
    let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().unwrap();
    let r06 = rows.iter().find(|r| &r[0] == "R06").unwrap();
    assert!(r06[note].starts_with("'="), "{}", &r06[note]);

    let table = compare(BEFORE, p, "table");
    assert!(table.contains("Warning: the two files name different organisations"));
    let plain = compare(BEFORE, p, "plain");
    assert!(plain.contains("Warning: the two files name different organisations"));
    assert!(!plain.contains("Warning: Warning"));
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let not_answers = dir.path().join("notes.toml");
    std::fs::write(&not_answers, "title = \"meeting notes\"\n").unwrap();
    let missing = dir.path().join("missing.toml");
    let cases = [
        (missing.to_str().unwrap(), AFTER, "missing.toml"),
        (BEFORE, missing.to_str().unwrap(), "missing.toml"),
        (not_answers.to_str().unwrap(), AFTER, "notes.toml"),
        (BEFORE, "README.md", "README.md"),
    ];
    for (before, after, named) in cases {
        let out = bin().args(["compare", before, after]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{before} {after}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(stderr.contains(named), "{named} not named: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}
