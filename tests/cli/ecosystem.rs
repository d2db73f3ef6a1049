//! Fitting the ecosystem: committed schemas are current and every data file points at its
//! schema; shell completions and the man page are generated and well formed; `init-data`
//! writes a copy that validates; `--plain` output has no box drawing, bars or colour.

use crate::common;

use assert_cmd::Command;
use icso_assess::schema::{self, Kind};

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "80");
    c
}

fn stdout(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    String::from_utf8(common::succeeded(out)).unwrap()
}

#[test]
fn committed_schemas_are_current() {
    for kind in Kind::ALL {
        let path = format!("schemas/{}", kind.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed,
            schema::text(kind),
            "{path} is stale: run `icso-assess schema {} > {path}`",
            kind.name()
        );
        assert_eq!(stdout(&["schema", kind.name()]), committed);
        let v: serde_json::Value = serde_json::from_str(&committed).unwrap();
        assert_eq!(v["$schema"], "http://json-schema.org/draft-07/schema#");
    }
}

#[test]
fn every_data_file_points_at_its_schema() {
    for (dir, kind) in [
        ("recommendations", "recommendations"),
        ("questionnaires", "questionnaire"),
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let first = text.lines().next().unwrap_or("");
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema=../schemas/{kind}.schema.json"),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn bash_completion_is_valid_bash() {
    let script = stdout(&["completions", "bash"]);
    assert!(script.contains("icso-assess") && script.contains("report"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("icso-assess.bash");
    std::fs::write(&path, script).unwrap();
    let status = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success(), "bash -n rejects the completion script");
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(
            stdout(&["completions", shell]).contains("icso-assess"),
            "{shell}"
        );
    }
}

#[test]
fn man_page_renders() {
    let page = stdout(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH"), "not roff");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("icso-assess.1");
    std::fs::write(&path, &page).unwrap();
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-P-bcou"])
        .arg(&path)
        .output();
    match out {
        Ok(out) => {
            assert!(out.status.success());
            let text = String::from_utf8_lossy(&out.stdout);
            for part in [
                "NAME",
                "SYNOPSIS",
                "SUBCOMMANDS",
                "icso-assess-report(1)",
                "--plain",
            ] {
                assert!(
                    text.contains(part),
                    "{part} missing from the rendered page:\n{text}"
                );
            }
        }
        // groff is part of the machine's base image; say so clearly if it ever is not.
        Err(e) => panic!("groff is needed to check the man page: {e}"),
    }
}

#[test]
fn init_data_writes_a_copy_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("our-data");
    common::succeeded(bin().args(["init-data"]).arg(&target).output().unwrap());
    for kind in Kind::ALL {
        assert!(target.join("schemas").join(kind.file_name()).is_file());
    }
    let out = bin()
        .args(["validate", "--strict", "--data"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A second run refuses to overwrite.
    let out = bin().args(["init-data"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not empty"));
}

fn assert_plain(text: &str) {
    for c in text.chars() {
        assert!(
            !('\u{2500}'..='\u{259F}').contains(&c),
            "box drawing or bar {c:?} in plain output"
        );
        assert!(c != '\u{1b}', "colour in plain output");
    }
}

#[test]
fn plain_output_for_screen_readers() {
    let report = stdout(&[
        "--plain",
        "--color",
        "always",
        "report",
        "--answers",
        "examples/advocacy-quick-2026.toml",
    ]);
    assert_plain(&report);
    assert!(report.contains("Overall readiness: 55% of target."));
    assert_eq!(
        report,
        stdout(&[
            "report",
            "--format",
            "plain",
            "--answers",
            "examples/advocacy-quick-2026.toml"
        ])
    );
    let list = stdout(&["--plain", "list"]);
    assert_plain(&list);
    assert_eq!(list.lines().count(), 49);
    assert_eq!(list, stdout(&["list", "--format", "plain"]));
    assert_plain(&stdout(&["--plain", "show", "R04"]));
}

#[test]
fn colour_follows_the_flags_and_environment() {
    let esc = |s: &str| s.contains('\u{1b}');
    assert!(esc(&stdout(&["--color", "always", "show", "R04"])));
    assert!(!esc(&stdout(&["--color", "never", "show", "R04"])));
    assert!(!esc(&stdout(&["show", "R04"])), "not a terminal: no colour");
    let forced = bin()
        .env("CLICOLOR_FORCE", "1")
        .args(["show", "R04"])
        .output()
        .unwrap();
    assert!(esc(&String::from_utf8_lossy(&forced.stdout)));
    let both = bin()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .args(["show", "R04"])
        .output()
        .unwrap();
    assert!(
        !esc(&String::from_utf8_lossy(&both.stdout)),
        "NO_COLOR wins"
    );
}
