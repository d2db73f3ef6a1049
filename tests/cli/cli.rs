//! The command line as a contract: `--help`, `list`, `show`, `validate` and `template` on the
//! built-in data, with snapshots of what people read, and clean errors for bad data.

use crate::common;
use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "80");
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "line over {width} columns: {line:?}"
        );
    }
}

#[test]
fn help_lists_every_command() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    common::assert_snapshot!("help", out);
}

#[test]
fn list_json_has_the_whole_guide() {
    let (code, out, _) = run(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let items: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), 48);
    for (i, item) in items.iter().enumerate() {
        let n = i as u64 + 1;
        assert_eq!(item["number"], n);
        assert_eq!(item["id"], format!("R{n:02}"));
        let (part, area, sub) = match n {
            1..=5 => ("01", "strategy", None),
            6..=10 => ("01", "people", None),
            11..=14 => ("01", "communications", None),
            15..=22 => ("02", "collaboration", None),
            23..=29 => ("03", "belt-and-road", Some("3.1")),
            30..=37 => ("03", "technology", Some("3.2")),
            38..=43 => ("03", "chinese-ngos", Some("3.3")),
            _ => ("03", "global-governance", Some("3.4")),
        };
        assert_eq!(item["part"], part, "{item}");
        assert_eq!(item["area"], area, "{item}");
        assert_eq!(item["subtheme"].as_str(), sub, "{item}");
    }
    let subpoints: Vec<String> = items
        .iter()
        .flat_map(|i| {
            i["subpoints"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
        })
        .collect();
    let expected = [
        "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "22.1", "22.2", "22.3", "23.1", "23.2", "40.1",
        "40.2", "43.1", "43.2", "43.3", "43.4", "46.1", "46.2",
    ];
    assert_eq!(subpoints, expected);
    let keys: Vec<&str> = items
        .iter()
        .flat_map(|i| i["key"].as_array().unwrap())
        .map(|k| k.as_str().unwrap())
        .collect();
    for k in ["K1", "K2", "K3", "K4", "K5", "K6", "K7"] {
        assert!(keys.contains(&k), "{k} links to nothing");
    }
}

#[test]
fn list_filters() {
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        assert_eq!(code, 0, "{err}");
        let items: Vec<Value> = serde_json::from_str(&out).unwrap();
        items
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&["--part", "02"]),
        (15..=22).map(|n| format!("R{n}")).collect::<Vec<_>>()
    );
    assert_eq!(ids(&["--part", "2"]).len(), 8);
    assert_eq!(
        ids(&["--subtheme", "3.2"]),
        (30..=37).map(|n| format!("R{n}")).collect::<Vec<_>>()
    );
    assert_eq!(
        ids(&["--area", "communications"]),
        ["R11", "R12", "R13", "R14"]
    );
    assert_eq!(ids(&["--key", "K3"]), ["R04"]);
    assert!(!ids(&["--tag", "climate"]).is_empty());
    assert_eq!(
        ids(&["--part", "03", "--key", "K7"]),
        ["R26", "R44", "R45", "R46"]
    );
}

#[test]
fn list_rejects_unknown_filters_with_the_choices() {
    let (code, _, err) = run(&["list", "--area", "comms"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: no area \"comms\"; use --area with one of: strategy"),
        "{err}"
    );
}

#[test]
fn list_table_and_markdown_read_well() {
    let (code, out, _) = run(&["list"]);
    assert_eq!(code, 0);
    assert_fits(&out, 80);
    common::assert_snapshot!("list_table_80", out);
    let (code, out, _) = run(&["list", "--format", "markdown", "--part", "01"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 16);
    assert!(out.lines().all(|l| l.starts_with('|') && l.ends_with('|')));
}

#[test]
fn show_reads_well_at_80_columns() {
    let (code, out, _) = run(&["show", "R23"]);
    assert_eq!(code, 0);
    assert_fits(&out, 80);
    for part in [
        "R23",
        "23.1",
        "23.2",
        "A first step within a month",
        "K5",
        "Asked in",
        "full (question R23)",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
    common::assert_snapshot!("show_r23_80", out);
    let (_, by_number, _) = run(&["show", "23"]);
    assert_eq!(by_number, out);
}

#[test]
fn show_unknown_recommendation_is_a_clear_error() {
    let (code, out, err) = run(&["show", "R99"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("no recommendation \"R99\"") && err.contains("R01 to R48"),
        "{err}"
    );
}

#[test]
fn builtin_data_passes_validate() {
    let (code, out, _) = run(&["validate", "--strict"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "ok: the built-in data is valid (48 recommendations, 2 questionnaires)\n"
    );
    let (code, out, _) = run(&["validate", "--data", ".", "--format", "json"]);
    assert_eq!((code, out.trim()), (0, "[]"));
}

#[test]
fn overview_without_a_command_when_not_interactive() {
    let (code, out, _) = run(&[]);
    assert_eq!(code, 0);
    assert!(out.contains("48 recommendations"));
    assert_fits(&out, 80);
}

#[test]
fn closed_pipe_is_not_an_error() {
    // `icso-assess list | head -1`: the reader goes away early.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' list --format markdown | head -1",
            env!("CARGO_BIN_EXE_icso-assess")
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the built-in data with one file replaced, for bad-input cases.
fn broken_data(file: &str, content: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["recommendations", "questionnaires"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        for entry in std::fs::read_dir(sub).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(sub).join(entry.file_name())).unwrap();
        }
    }
    std::fs::write(dir.path().join(file), content).unwrap();
    dir
}

fn list_with(dir: &Path) -> (i32, String) {
    let out = bin().args(["list", "--data"]).arg(dir).output().unwrap();
    assert!(out.stdout.is_empty());
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn bad_data_gets_a_clean_error_naming_file_and_line() {
    let alias_bomb = {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            s.push_str(&format!(
                "a{i}: &a{i} [{}]\n",
                vec![format!("*a{}", i - 1); 10].join(", ")
            ));
        }
        s
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "recommendations/99-bad.yaml",
            b"parts: [\n  - id: \"01\"\n".to_vec(),
            "99-bad.yaml:",
        ),
        (
            "recommendations/99-bad.yaml",
            b"parts:\n\t- id: \"09\"\n".to_vec(),
            "99-bad.yaml:2:1: line is indented with a tab",
        ),
        (
            "recommendations/99-bad.yaml",
            vec![b'#'; 1024 * 1024 + 10],
            "99-bad.yaml: is 1048586 bytes, over the limit",
        ),
        (
            "recommendations/99-bad.yaml",
            alias_bomb.into_bytes(),
            "99-bad.yaml:",
        ),
        (
            "recommendations/99-bad.yaml",
            b"tags:\n  - id: x\n    id: y\n    title: X\n".to_vec(),
            "99-bad.yaml:3:",
        ),
        (
            "recommendations/99-bad.yaml",
            b"tags:\n  - id: x\n    title: X\n    colour: red\n".to_vec(),
            "99-bad.yaml:4:",
        ),
        (
            "recommendations/99-bad.yaml",
            b"tags:\n  - id: x\n    title: [a, b]\n".to_vec(),
            "99-bad.yaml:3:",
        ),
        (
            "recommendations/99-bad.yaml",
            b"".to_vec(),
            "99-bad.yaml: the file is empty",
        ),
        (
            "recommendations/99-bad.yaml",
            b"\xff\xfe\x00".to_vec(),
            "99-bad.yaml: is not UTF-8",
        ),
    ];
    for (file, content, expected) in cases {
        let dir = broken_data(file, &content);
        let (code, err) = list_with(dir.path());
        assert_eq!(code, 2, "{expected}: {err}");
        assert!(err.starts_with("error: the data in "), "{err}");
        assert!(err.contains(expected), "expected {expected:?} in {err}");
        assert!(err.contains("run `icso-assess validate --data"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn missing_or_empty_data_folders_are_runtime_errors() {
    let empty = tempfile::tempdir().unwrap();
    let (code, err) = list_with(empty.path());
    assert_eq!(code, 2);
    assert!(err.contains("has no recommendations/ folder"), "{err}");

    std::fs::create_dir(empty.path().join("recommendations")).unwrap();
    std::fs::create_dir(empty.path().join("questionnaires")).unwrap();
    let (code, err) = list_with(empty.path());
    assert_eq!(code, 2);
    assert!(err.contains("holds no .yaml files"), "{err}");

    let (code, err) = list_with(Path::new("/nonexistent/icso"));
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot read data folder /nonexistent/icso"),
        "{err}"
    );

    let out = bin()
        .args(["validate", "--data", "/nonexistent/icso"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn report_without_answers_uses_assessment_toml_here_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("report")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("no answers file given, and there is no assessment.toml in this folder; run `icso-assess` to answer the questions"),
        "{err}"
    );
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/advocacy-quick-2026.toml"),
        dir.path().join("assessment.toml"),
    )
    .unwrap();
    let out = bin()
        .args(["report", "--format", "markdown"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with("Reporting on assessment.toml in this folder"),
        "{err}"
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Open Rivers Alliance")
    );
}
