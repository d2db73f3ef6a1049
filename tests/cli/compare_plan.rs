//! `compare BEFORE AFTER --plan PLAN`: a plan drafted from the first assessment, edited as people
//! do (some actions done, one in progress, one dropped with its reason), followed up against the
//! second in every format; the two lists and the shares per phase checked against values worked
//! out here from the files themselves; a plan that cannot be used refused with exit 2, naming
//! the line and column, before anything is written.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const BEFORE: &str = "examples/advocacy-quick-2025.toml";
const AFTER: &str = "examples/advocacy-quick-2026.toml";

/// The edits: R06 and R11 done and their levels rose; R45 and R15 done and their levels stayed;
/// R30 in progress; R38 dropped.
const DONE: [&str; 4] = ["R06", "R11", "R45", "R15"];
const IN_PROGRESS: &str = "R30";
const DROPPED: &str = "R38";
const REASON: &str = "No Chinese NGO works in our programme countries yet.";

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80");
    c
}

/// A plan drafted from BEFORE into `dir`, as `plan -o` writes it.
fn drafted(dir: &Path) -> PathBuf {
    let path = dir.join("plan.toml");
    let out = bin()
        .args(["plan", "--answers", BEFORE, "-o"])
        .arg(&path)
        .output()
        .unwrap();
    common::succeeded(out);
    path
}

/// `text` with the `field` of the action for `id` set to `value` (a TOML value as written).
fn set(text: &str, id: &str, field: &str, value: &str) -> String {
    let start = text
        .find(&format!("recommendation = \"{id}\""))
        .unwrap_or_else(|| panic!("no action for {id}"));
    let end = text[start..]
        .find("[[action]]")
        .map_or(text.len(), |i| start + i);
    let block = &text[start..end];
    let line_start = block
        .find(&format!("\n{field} = "))
        .unwrap_or_else(|| panic!("no {field} in {id}'s action"))
        + 1;
    let line_end = line_start + block[line_start..].find('\n').unwrap();
    format!(
        "{}{field} = {value}{}",
        &text[..start + line_start],
        &text[start + line_end..]
    )
}

/// The drafted plan, edited: DONE done, IN_PROGRESS in progress, DROPPED dropped with REASON.
fn edited(dir: &Path) -> PathBuf {
    let path = drafted(dir);
    let mut text = std::fs::read_to_string(&path).unwrap();
    for id in DONE {
        text = set(&text, id, "status", "\"done\"");
    }
    text = set(&text, IN_PROGRESS, "status", "\"in progress\"");
    text = set(&text, DROPPED, "status", "\"dropped\"");
    text = set(&text, DROPPED, "reason", &format!("\"{REASON}\""));
    std::fs::write(&path, text).unwrap();
    path
}

fn compare(plan: &Path, format: &str) -> Vec<u8> {
    let out = bin()
        .args(["compare", BEFORE, AFTER, "--format", format, "--plan"])
        .arg(plan)
        .output()
        .unwrap();
    common::succeeded(out)
}

fn compare_text(plan: &Path, format: &str) -> String {
    String::from_utf8(compare(plan, format)).unwrap()
}

fn toml_file(path: &str) -> toml::Table {
    std::fs::read_to_string(path).unwrap().parse().unwrap()
}

/// Each recommendation's level in an answers file (the quick questionnaire's question ids are
/// its recommendations'), for those answered with a level.
fn levels(path: &str) -> BTreeMap<String, i64> {
    toml_file(path)["answers"]
        .as_table()
        .unwrap()
        .iter()
        .filter_map(|(id, a)| Some((id.clone(), a.get("level")?.as_integer()?)))
        .collect()
}

/// (recommendation, phase, status) of each action of the plan, in its order.
fn actions(plan: &Path) -> Vec<(String, String, String)> {
    let t: toml::Table = std::fs::read_to_string(plan).unwrap().parse().unwrap();
    t["action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let s = |k: &str| a[k].as_str().unwrap().to_string();
            (s("recommendation"), s("phase"), s("status"))
        })
        .collect()
}

/// What the two lists and the shares should be, worked out from the files alone.
struct Expected {
    /// Done, and the level after is no higher than before (both rated).
    done_not_moved: Vec<String>,
    /// The level rose (both rated) and no action for it is in progress or done, in the
    /// guide's order.
    moved_no_action: Vec<String>,
    /// Per phase, in the plan file's words: (done, planned = not dropped).
    shares: Vec<(String, usize, usize)>,
}

fn expected(plan: &Path) -> Expected {
    let (before, after) = (levels(BEFORE), levels(AFTER));
    let acts = actions(plan);
    let done_not_moved = acts
        .iter()
        .filter(|(id, _, status)| {
            status == "done"
                && matches!((before.get(id), after.get(id)), (Some(b), Some(a)) if a <= b)
        })
        .map(|(id, _, _)| id.clone())
        .collect();
    // The ids sort in the guide's order (R01..R48, two digits).
    let moved_no_action = before
        .iter()
        .filter(|(id, b)| after.get(*id).is_some_and(|a| a > b))
        .filter(|(id, _)| {
            !acts
                .iter()
                .any(|(r, _, s)| r == *id && (s == "done" || s == "in progress"))
        })
        .map(|(id, _)| id.clone())
        .collect();
    let shares = ["first 90 days", "3-6 months", "6-12 months"]
        .into_iter()
        .filter_map(|phase| {
            let of: Vec<_> = acts.iter().filter(|(_, p, _)| p == phase).collect();
            if of.is_empty() {
                return None;
            }
            let done = of.iter().filter(|(_, _, s)| s == "done").count();
            let planned = of.iter().filter(|(_, _, s)| s != "dropped").count();
            Some((phase.to_string(), done, planned))
        })
        .collect();
    Expected {
        done_not_moved,
        moved_no_action,
        shares,
    }
}

/// The headings of the plan's section that end a list, as the text layouts start them.
const HEADINGS: [&str; 4] = [
    "Done, but the level did not move",
    "The level moved with no action",
    "Dropped",
    "Every action",
];

/// The recommendation ids listed under the heading that starts with `title`, up to the next
/// one: in the table, plain and Markdown layouts an item starts with its id (after an indent,
/// a bullet or bold); its wrapped lines and the legend do not.
fn listed(out: &str, title: &str) -> Vec<String> {
    let heading = |l: &str| {
        let l = l.trim_start_matches("### ");
        HEADINGS.iter().any(|h| l.starts_with(h))
    };
    let mut lines = out
        .lines()
        .skip_while(|l| !l.trim_start_matches("### ").starts_with(title));
    lines
        .next()
        .unwrap_or_else(|| panic!("no {title:?} in {out}"));
    lines
        .take_while(|l| !heading(l))
        .filter_map(|l| {
            let item = l.trim_start_matches(['-', ' ', '*']);
            let id = item.get(..3)?;
            let is_id = id.starts_with('R') && id[1..].bytes().all(|b| b.is_ascii_digit());
            // A wrapped line is indented deeper than the item it continues.
            let wrapped = l.starts_with("      ");
            (is_id && !wrapped).then(|| id.to_string())
        })
        .collect()
}

/// The same on the HTML page: the bold ids of the list after the heading.
fn listed_html(out: &str, title: &str) -> Vec<String> {
    let start = out
        .find(&format!("<h3>{title} "))
        .unwrap_or_else(|| panic!("no {title:?} heading"));
    let rest = &out[start..];
    let end = rest.find("</div>").unwrap();
    rest[..end]
        .split("<strong>")
        .skip(1)
        .map(|s| s[..3].to_string())
        .collect()
}

fn json_ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_expected_values_are_not_trivial() {
    // The test checks something only if the edits give both lists members and leave some out.
    let dir = tempfile::tempdir().unwrap();
    let e = expected(&edited(dir.path()));
    assert_eq!(e.done_not_moved, ["R45", "R15"]);
    assert!(e.moved_no_action.len() >= 3, "{:?}", e.moved_no_action);
    assert!(!e.moved_no_action.contains(&"R06".to_string()));
    assert!(!e.moved_no_action.contains(&IN_PROGRESS.to_string()));
    assert_eq!(e.shares.len(), 3);
}

#[test]
fn every_text_format_is_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let plan = edited(dir.path());
    for format in common::text_formats() {
        let out = compare_text(&plan, format);
        if format == "table" {
            for line in out.lines() {
                assert!(line.chars().count() <= 80, "over 80 columns: {line:?}");
            }
        }
        common::assert_snapshot!(format!("advocacy.{format}"), out);
    }
}

#[test]
fn the_lists_match_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let plan = edited(dir.path());
    let e = expected(&plan);

    let d: Value = serde_json::from_slice(&compare(&plan, "json")).unwrap();
    let p = &d["plan"];
    assert_eq!(json_ids(&p["done_not_moved"]), e.done_not_moved);
    let moved: Vec<String> = p["moved_without_action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["recommendation"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(moved, e.moved_no_action);
    let dropped = p["dropped"].as_array().unwrap();
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0]["recommendation"], DROPPED);
    assert_eq!(dropped[0]["reason"], REASON);
    // One row per action, in the plan's order, its levels from the files.
    let (before, after) = (levels(BEFORE), levels(AFTER));
    let acts = actions(&plan);
    let rows = p["actions"].as_array().unwrap();
    assert_eq!(rows.len(), acts.len());
    for (row, (id, phase, status)) in rows.iter().zip(&acts) {
        assert_eq!(row["recommendation"], id.as_str());
        assert_eq!(row["phase"], phase.as_str());
        assert_eq!(row["status"], status.as_str());
        assert_eq!(
            row["level_before"].as_i64(),
            before.get(id).copied(),
            "{id}"
        );
        assert_eq!(row["level_after"].as_i64(), after.get(id).copied(), "{id}");
        assert_eq!(row["done_not_moved"], e.done_not_moved.contains(id), "{id}");
    }

    for format in ["table", "plain", "markdown"] {
        let out = compare_text(&plan, format);
        assert_eq!(
            listed(&out, "Done, but the level did not move"),
            e.done_not_moved,
            "{format}"
        );
        assert_eq!(
            listed(&out, "The level moved with no action"),
            e.moved_no_action,
            "{format}"
        );
        assert_eq!(listed(&out, "Dropped"), [DROPPED], "{format}");
        // The terminal wraps it: compare the words.
        let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains(REASON), "{format}");
    }
    let html = compare_text(&plan, "html");
    assert_eq!(
        listed_html(&html, "Done, but the level did not move"),
        e.done_not_moved
    );
    assert_eq!(
        listed_html(&html, "The level moved with no action"),
        e.moved_no_action
    );
    assert_eq!(listed_html(&html, "Dropped"), [DROPPED]);

    // The CSV flags the same recommendations.
    let csv = compare_text(&plan, "csv");
    let mut rows = csv_rows(csv.trim_start_matches('\u{feff}')).into_iter();
    let header = rows.next().unwrap();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, moved, not_moved) = (
        col("id"),
        col("moved_without_action"),
        col("done_not_moved"),
    );
    let rows: Vec<Vec<String>> = rows.collect();
    let flagged = |c: usize| -> Vec<String> {
        rows.iter()
            .filter(|r| r[c] == "yes")
            .map(|r| r[id].clone())
            .collect()
    };
    assert_eq!(flagged(moved), e.moved_no_action);
    // The CSV is in the guide's order, the plan's list in the plan's.
    let mut expected_not_moved = e.done_not_moved.clone();
    expected_not_moved.sort();
    assert_eq!(flagged(not_moved), expected_not_moved);
}

/// The records of an RFC 4180 text (quoted fields may hold commas, quotes doubled, CRLF).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_shares_per_phase_match_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = edited(dir.path());
    let e = expected(&plan);
    let d: Value = serde_json::from_slice(&compare(&plan, "json")).unwrap();
    let phases = d["plan"]["phases"].as_array().unwrap();
    assert_eq!(phases.len(), e.shares.len());
    for (p, (phase, done, planned)) in phases.iter().zip(&e.shares) {
        assert_eq!(p["phase"], phase.as_str());
        assert_eq!(p["done"].as_u64(), Some(*done as u64));
        assert_eq!(p["planned"].as_u64(), Some(*planned as u64));
        let share = p["share_done"].as_f64().unwrap();
        assert!((share - 100.0 * *done as f64 / *planned as f64).abs() < 1e-9);
    }
    // Said the same way in every reader's format: "First 90 days: 3 of 6 done".
    for format in ["table", "plain", "markdown", "html"] {
        let out = compare_text(&plan, format);
        for (phase, done, planned) in &e.shares {
            let label = if phase == "first 90 days" {
                "First 90 days"
            } else {
                phase
            };
            let line = format!("{label}: {done} of {planned} done");
            assert!(out.contains(&line), "{format}: no {line:?}");
        }
    }
    // The Word document has the section and its shares too.
    let docx = common::readable(icso_assess::report::Format::Docx, &compare(&plan, "docx"));
    let docx = String::from_utf8(docx).unwrap();
    assert!(docx.contains("The action plan"));
    assert!(docx.contains(&format!(
        "{}: {} of {} done",
        "First 90 days", e.shares[0].1, e.shares[0].2
    )));
}

#[test]
fn without_plan_nothing_changes() {
    // The snapshots of compare.rs and golden.rs hold the output without --plan; here, that no
    // trace of a plan is in it.
    for format in common::text_formats() {
        let out = bin()
            .args(["compare", BEFORE, AFTER, "--format", format])
            .output()
            .unwrap();
        let out = String::from_utf8(common::succeeded(out)).unwrap();
        assert!(!out.contains("action plan"), "{format}");
        assert!(!out.contains("\"plan\""), "{format}");
        assert!(!out.contains("action_status"), "{format}");
    }
}

/// The line and column (from 1) where `needle` starts in `text`.
fn at(text: &str, needle: &str) -> (usize, usize) {
    let i = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    let line = text[..i].matches('\n').count() + 1;
    let column = i - text[..i].rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, column)
}

/// Run `compare --plan plan -o dir/out.html`: (exit code, standard error, whether the output
/// was written).
fn run_with(dir: &Path, plan: &Path) -> (Option<i32>, String, bool) {
    let target = dir.join("out.html");
    let out = bin()
        .args(["compare", BEFORE, AFTER, "--plan"])
        .arg(plan)
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    let written = target.exists();
    if written {
        std::fs::remove_file(&target).unwrap();
    }
    (
        out.status.code(),
        String::from_utf8(out.stderr).unwrap(),
        written,
    )
}

#[test]
fn a_plan_that_cannot_be_used_is_refused_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let plan = drafted(dir.path());
    let good = std::fs::read_to_string(&plan).unwrap();
    let cases = [
        (
            set(&good, "R06", "status", "\"finished\""),
            "status = \"finished\"",
            "\"finished\"",
            "use one of",
        ),
        (
            set(&good, "R06", "due", "\"next week\""),
            "due = \"next week\"",
            "\"next week\"",
            "YYYY-MM-DD",
        ),
        (
            set(&good, "R06", "due", "\"2026-02-30\""),
            "due = \"2026-02-30\"",
            "\"2026-02-30\"",
            "not a day of the calendar",
        ),
        (
            good.replace("recommendation = \"R06\"", "recommendation = \"R99\""),
            "recommendation = \"R99\"",
            "\"R99\"",
            "R01 to R48",
        ),
    ];
    let bad = dir.path().join("bad.toml");
    for (text, line_text, value, fix) in cases {
        std::fs::write(&bad, &text).unwrap();
        // Where the value starts on the line that holds it.
        let (line, column) = at(&text, line_text);
        let column = column + line_text.find(value).unwrap();
        let (code, stderr, written) = run_with(dir.path(), &bad);
        assert_eq!(code, Some(2), "{stderr}");
        assert!(!written, "output written despite {stderr}");
        let place = format!("bad.toml:{line}:{column}: ");
        assert!(stderr.contains(&place), "{place:?} not in {stderr}");
        assert!(stderr.contains(fix), "{fix:?} not in {stderr}");
        assert!(stderr.starts_with("error: "), "{stderr}");
    }
}

#[test]
fn a_plan_over_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    let file = std::fs::File::create(&big).unwrap();
    // Sparse: 50 MB on paper, nothing on disk.
    file.set_len(50 * 1024 * 1024).unwrap();
    drop(file);
    let (code, stderr, written) = run_with(dir.path(), &big);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!written);
    assert!(stderr.contains("big.toml"), "{stderr}");
    assert!(stderr.contains("over the limit"), "{stderr}");
    assert!(stderr.contains("plan -o plan.toml"), "no fix in {stderr}");
}

#[test]
fn a_plan_for_another_organisation_is_followed_up_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let plan = drafted(dir.path());
    let text = std::fs::read_to_string(&plan).unwrap().replace(
        "organisation = \"Open Rivers Alliance\"",
        "organisation = \"Other Org\"",
    );
    std::fs::write(&plan, &text).unwrap();
    let (line, column) = at(&text, "\"Other Org\"");
    let (code, stderr, written) = run_with(dir.path(), &plan);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(written);
    let place = format!("warning: {}:{line}:{column}: ", "plan.toml");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("warning: ") && l.contains(&place[9..])),
        "{place:?} not in {stderr}"
    );
    assert!(stderr.contains("\"Other Org\""), "{stderr}");
    // The document says it too, where the other warnings are.
    let out = compare_text(&plan, "plain");
    assert!(
        out.contains("Warning: the action plan is for Other Org"),
        "{out}"
    );
    let d: Value = serde_json::from_slice(&compare(&plan, "json")).unwrap();
    assert_eq!(d["plan"]["same_organisation"], false);
    assert_eq!(d["warnings"].as_array().unwrap().len(), 1);
}

#[test]
fn the_plan_is_never_overwritten_by_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let plan = drafted(dir.path());
    let before = std::fs::read(&plan).unwrap();
    let out = bin()
        .args(["compare", BEFORE, AFTER, "--format", "markdown", "--plan"])
        .arg(&plan)
        .arg("-o")
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}
