//! `plan`: drafting from every example (snapshot), updating after the next assessment without
//! changing a byte people wrote, and bad plan files named by line and column.

use crate::common;
use std::path::Path;

use crate::common::icso;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn draft(answers: &str, to: &Path) -> String {
    let out = icso(&["plan", "--answers", answers, "-o", s(to)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(to).unwrap()
}

#[test]
fn drafts_of_every_example() {
    let dir = tempfile::tempdir().unwrap();
    for example in [
        "advocacy-quick-2025",
        "advocacy-quick-2026",
        "federation-full-2026",
    ] {
        let path = dir.path().join(format!("{example}.plan.toml"));
        let text = draft(&format!("examples/{example}.toml"), &path);
        // One action per gap of the report, computed independently from its JSON.
        let json = icso(&[
            "report",
            "--answers",
            &format!("examples/{example}.toml"),
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let gaps = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["gap"].as_u64().is_some_and(|g| g > 0))
            .count();
        assert_eq!(text.matches("\n[[action]]\n").count(), gaps, "{example}");
        common::assert_snapshot!(example, text);
    }
}

#[test]
fn an_existing_plan_is_never_drafted_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, "mine").unwrap();
    let out = icso(&[
        "plan",
        "--answers",
        "examples/advocacy-quick-2025.toml",
        "-o",
        s(&path),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--update"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
}

#[test]
fn update_adds_new_gaps_marks_closed_ones_and_keeps_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let drafted = draft("examples/advocacy-quick-2025.toml", &path);
    // People edit: an owner, a note with a quote, a changed date, a status, a comment, spacing.
    let edited = drafted
        .replacen(
            "owner = \"\"",
            "owner = \"Head of policy\"   # agreed in March",
            1,
        )
        .replacen(
            "notes = \"\"",
            "notes = \"\"\"Started with the \"Nairobi\" office;\nsee the minutes.\"\"\"",
            1,
        )
        .replacen("status = \"not started\"", "status = \"in progress\"", 2)
        .replacen("due = \"2026-01-12\"", "due = \"2026-02-28\"", 1)
        + "\n# our own comment at the end\n";
    std::fs::write(&path, &edited).unwrap();
    let out = icso(&[
        "plan",
        "--answers",
        "examples/advocacy-quick-2026.toml",
        "--update",
        s(&path),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let updated = std::fs::read_to_string(&path).unwrap();
    assert_ne!(updated, edited);
    // Take out what the update added: `closed` lines and the new actions at the end. What is
    // left is the edited file, byte for byte.
    let (kept, added) = updated.split_at(
        edited.len() + updated.matches("\nclosed = ").count() * "closed = \"2026-10-20\"\n".len(),
    );
    let without_closed: String = kept
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("closed = "))
        .collect();
    assert_eq!(without_closed, edited);
    let closed = updated.matches("\nclosed = \"2026-10-20\"").count();
    let new = added.matches("\n[[action]]\n").count();
    assert!(
        closed > 0 && new > 0,
        "closed {closed}, new {new}: {stderr}"
    );
    assert!(
        stderr.contains(&format!("{new} new action"))
            && stderr.contains(&format!("{closed} marked closed")),
        "{stderr}"
    );
    // A gap closed in 2026 is marked: R01 reached its target (2 -> 3).
    let at = updated
        .find("recommendation = \"R01\"")
        .expect("an action for R01");
    let table = &updated[at..updated[at..]
        .find("[[action]]")
        .map_or(updated.len(), |e| at + e)];
    assert!(table.contains("closed = \"2026-10-20\""), "{table}");
    // Again: nothing more to add or close, and the file is unchanged.
    let again = icso(&[
        "plan",
        "--answers",
        "examples/advocacy-quick-2026.toml",
        "--update",
        s(&path),
    ]);
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), updated);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("is up to date with these answers"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

/// A plan drafted in another language has its comments and its content (titles, first tasks)
/// in that language, and its keys and values as in English: it reads back and updates as the
/// English one does, and shows and exports the same JSON and CSV whatever language reads it.
#[test]
fn a_plan_drafted_in_another_language_loads_and_updates_as_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let run = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let out = icso(&all);
        assert!(
            out.status.success(),
            "{lang} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    // What `plan::load` reads: every line but the comments, and but the guide's words, which
    // come in the language of the plan.
    let data = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| !l.starts_with("title = ") && !l.starts_with("first_task = "))
            .map(|l| l.split("  # ").next().unwrap_or(l).to_owned())
            .collect()
    };
    let step = |lang: &str| {
        let path = dir.path().join(format!("{lang}.plan.toml"));
        let p = s(&path);
        run(
            lang,
            &[
                "plan",
                "--answers",
                "examples/advocacy-quick-2025.toml",
                "-o",
                p,
            ],
        );
        let drafted = std::fs::read_to_string(&path).unwrap();
        run(
            lang,
            &[
                "plan",
                "--answers",
                "examples/advocacy-quick-2026.toml",
                "--update",
                p,
            ],
        );
        let updated = std::fs::read_to_string(&path).unwrap();
        let show_json = |reader: &str| {
            let args = [
                "plan",
                "show",
                p,
                "--today",
                "2026-12-01",
                "--format",
                "json",
            ];
            run(reader, &args)
        };
        let show = show_json(lang);
        let csv = run(lang, &["plan", "export", p, "--format", "csv"]);
        // The same file read in English: the data formats do not follow the reader's language.
        let show_en = show_json("en");
        let csv_en = run("en", &["plan", "export", p, "--format", "csv"]);
        // Titles and first tasks are the guide's words, in the reader's language; the rest
        // (keys, phases, statuses, dates, numbers) is the same.
        let structure = |bytes: &[u8]| -> Vec<String> {
            String::from_utf8_lossy(bytes)
                .lines()
                .filter(|l| !l.contains("\"title\"") && !l.contains("\"first_task\""))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(
            structure(&show),
            structure(&show_en),
            "{lang}: plan show --format json"
        );
        let header = |bytes: &[u8]| {
            String::from_utf8_lossy(bytes)
                .lines()
                .next()
                .map(str::to_owned)
        };
        assert_eq!(
            header(&csv),
            header(&csv_en),
            "{lang}: plan export --format csv"
        );
        (drafted, updated)
    };
    let english = step("en");
    for lang in ["fr", "es", "en-XA"] {
        let theirs = step(lang);
        assert_ne!(theirs.0, english.0, "{lang}: the comments are translated");
        assert!(!theirs.0.contains("Edit it freely"), "{lang}: {}", theirs.0);
        assert_eq!(data(&theirs.0), data(&english.0), "{lang}: drafted");
        assert_eq!(data(&theirs.1), data(&english.1), "{lang}: updated");
        assert_ne!(
            theirs.0, english.0,
            "{lang}: the guide's words are in the plan's language"
        );
    }
}

/// `plan --update` on `text`: its exit code and standard error.
fn refused(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, text).unwrap();
    let out = icso(&[
        "plan",
        "--answers",
        "examples/advocacy-quick-2026.toml",
        "--update",
        s(&path),
    ]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the plan was changed"
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_plans_are_named_by_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("good.toml");
    let good = draft("examples/advocacy-quick-2025.toml", &path);
    let line_of = |needle: &str| good[..good.find(needle).unwrap()].matches('\n').count() + 1;
    for (old, new, column, expect) in [
        (
            "status = \"not started\"",
            "status = \"waiting\"",
            10,
            "has status \"waiting\"; use one of",
        ),
        (
            "due = \"2026-01-12\"",
            "due = \"2026-02-30\"",
            7,
            "is not a day of the calendar",
        ),
        (
            "due = \"2026-01-12\"",
            "due = \"soon\"",
            7,
            "is not a date written YYYY-MM-DD",
        ),
        (
            "recommendation = \"R06\"",
            "recommendation = \"R99\"",
            18,
            "the guide does not have",
        ),
        (
            "owner = \"\"",
            "owners = \"\"",
            1,
            "unknown field \"owners\"",
        ),
        (
            "status = \"not started\"",
            "status = \"dropped\"",
            10,
            "dropped but gives no reason",
        ),
        ("level = 0", "level = 7", 9, "must be a level from 0 to 4"),
    ] {
        let line = line_of(old);
        let (code, stderr) = refused(&good.replacen(old, new, 1));
        assert_eq!(code, Some(2), "{new}: {stderr}");
        assert!(
            stderr.contains(&format!("plan.toml:{line}:{column}: ")) && stderr.contains(expect),
            "{new}: want line {line} column {column} and {expect:?} in {stderr}"
        );
    }
    let (code, stderr) = refused("format = 1\n[[action]\n");
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("plan.toml:2:") && stderr.contains("not valid TOML"),
        "{stderr}"
    );

    // 50 MB: refused before it is read whole.
    let big = dir.path().join("big.toml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let out = icso(&[
        "plan",
        "--answers",
        "examples/advocacy-quick-2026.toml",
        "--update",
        s(&big),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("big.toml"), "{stderr}");
}
