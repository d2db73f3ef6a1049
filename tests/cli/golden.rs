//! Every output of every command on every example, byte for byte: the safety net for redesigns
//! that must not change what users see (the one-document-model issue). Each run is an insta
//! snapshot under tests/snapshots/golden__*.snap; formats come from `Format::ALL`, so a new
//! format cannot go untested: the text ones here, the binary ones (Word) read back in
//! tests/cli/docx.rs, which fails for a binary format it does not know. Regenerate deliberately
//! with `INSTA_UPDATE=always cargo test --test cli golden::` and read the diff.

use crate::common;
use icso_assess::report::Format;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Standard output of a run in the repo's root, at a fixed width and with no colour; its exit
/// code is part of the snapshot.
fn run(args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("PAGER")
        .output()
        .expect("run icso-assess");
    format!(
        "exit {}\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout)
    )
}

fn answers_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| format!("examples/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

fn stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn report_in_every_format_on_every_example() {
    for file in answers_files() {
        for format in Format::ALL.into_iter().filter(|f| f.is_text()) {
            let out = run(&["report", "--answers", &file, "--format", format.name()]);
            common::assert_snapshot!(format!("report-{}-{}", stem(&file), format.name()), out);
        }
        let plain = run(&["--plain", "report", "--answers", &file]);
        common::assert_snapshot!(format!("report-{}-plain-flag", stem(&file)), plain);
    }
}

#[test]
fn compare_and_aggregate_in_every_format() {
    for format in Format::ALL.into_iter().filter(|f| f.is_text()) {
        let out = run(&[
            "compare",
            "examples/advocacy-quick-2025.toml",
            "examples/advocacy-quick-2026.toml",
            "--format",
            format.name(),
        ]);
        common::assert_snapshot!(format!("compare-{}", format.name()), out);
        let out = run(&[
            "aggregate",
            "examples/federation",
            "--format",
            format.name(),
        ]);
        common::assert_snapshot!(format!("aggregate-{}", format.name()), out);
    }
}

#[test]
fn list_show_validate_and_the_overview() {
    let text = common::text_formats();
    for format in common::accepted_values(&["list", "--format"]) {
        if !text.contains(&format.as_str()) {
            continue;
        }
        let out = run(&["list", "--format", &format]);
        common::assert_snapshot!(format!("list-{format}"), out);
    }
    common::assert_snapshot!("show-R23", run(&["show", "R23"]));
    common::assert_snapshot!("overview", run(&[]));
    common::assert_snapshot!("validate", run(&["validate"]));
    // A broken fixture: a questionnaire that points at a recommendation that does not exist.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let init = Command::new(BIN)
        .arg("init-data")
        .arg(&data)
        .output()
        .unwrap();
    assert!(init.status.success());
    let quick = data.join("questionnaires/quick.yaml");
    let text = std::fs::read_to_string(&quick).unwrap();
    std::fs::write(
        &quick,
        text.replacen("recommendation: R01", "recommendation: R99", 1),
    )
    .unwrap();
    for json in [false, true] {
        let mut args = vec!["--data", data.to_str().unwrap(), "validate"];
        if json {
            args.extend(["--format", "json"]);
        }
        let out = run(&args).replace(data.to_str().unwrap(), "DATA");
        common::assert_snapshot!(format!("validate-broken-json-{json}"), out);
    }
}
