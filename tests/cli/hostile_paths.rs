//! Hostile paths and places, through the real binary: an output that is one of the command's
//! own inputs (however spelled), two outputs on one file, a full disk during init-data, and
//! folder names that carry escape sequences or line breaks into what the tool prints.
#![cfg(unix)]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const EXAMPLE: &str = "examples/advocacy-quick-2026.toml";
const EARLIER: &str = "examples/advocacy-quick-2025.toml";

fn run(dir: &Path, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run icso-assess")
}

fn os(parts: &[&str]) -> Vec<OsString> {
    parts.iter().map(OsString::from).collect()
}

fn refs(args: &[OsString]) -> Vec<&std::ffi::OsStr> {
    args.iter().map(OsString::as_os_str).collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A folder with copies of two examples as a.toml and b.toml, and a subfolder.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(ROOT).join(EXAMPLE), dir.path().join("a.toml")).unwrap();
    std::fs::copy(Path::new(ROOT).join(EARLIER), dir.path().join("b.toml")).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::hard_link(dir.path().join("a.toml"), dir.path().join("hard.toml")).unwrap();
    std::os::unix::fs::symlink("a.toml", dir.path().join("link.toml")).unwrap();
    dir
}

/// Every file of `dir` (not recursive) with its bytes.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    all.sort();
    all
}

#[test]
fn an_output_that_is_an_input_is_refused_before_anything_is_written() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["report", "--answers", "a.toml", "-o", "a.toml"],
            "that is the answers file given to --answers",
        ),
        (
            &["report", "--answers", "a.toml", "-o", "./a.toml"],
            "that is the answers file",
        ),
        (
            &["report", "--answers", "a.toml", "-o", "sub/../a.toml"],
            "that is the answers file",
        ),
        (
            &["report", "--answers", "a.toml", "-o", "hard.toml"],
            "that is the answers file",
        ),
        (
            &[
                "report",
                "--answers",
                "a.toml",
                "--format",
                "json",
                "-o",
                "link.toml",
            ],
            "that is the answers file",
        ),
        (
            &["report", "--answers", "hard.toml", "-o", "a.toml"],
            "that is the answers file",
        ),
        (
            &["compare", "b.toml", "a.toml", "-o", "b.toml"],
            "that is the earlier answers file (BEFORE)",
        ),
        (
            &["compare", "b.toml", "a.toml", "-o", "sub/../a.toml"],
            "that is the later answers file (AFTER)",
        ),
        (
            &["aggregate", "a.toml", "b.toml", "-o", "b.toml"],
            "that is one of the answers files being combined",
        ),
        (
            &["aggregate", ".", "-o", "a.toml", "--format", "csv"],
            "that is one of the answers files being combined",
        ),
        (
            &[
                "aggregate",
                "a.toml",
                "b.toml",
                "--save-combined",
                "hard.toml",
            ],
            "that is one of the answers files being combined",
        ),
        (
            &[
                "aggregate",
                "a.toml",
                "b.toml",
                "-o",
                "c.toml",
                "--save-combined",
                "sub/../c.toml",
            ],
            "the report (-o) and the combined answers (--save-combined) would both be written to",
        ),
        (
            &["template", "--questionnaire", "quick", "-o", "a.toml"],
            "already exists",
        ),
    ];
    for (args, want) in cases {
        let dir = workspace();
        let before = contents(dir.path());
        let out = run(dir.path(), &refs(&os(args)));
        let message = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {message}");
        assert!(message.contains(want), "{args:?}: {message}");
        assert!(
            out.stdout.is_empty(),
            "{args:?}: nothing on standard output"
        );
        assert_eq!(contents(dir.path()), before, "{args:?} changed a file");
    }
}

#[test]
fn a_data_file_is_an_input_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = run(dir.path(), &refs(&os(&["init-data", "data"])));
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::copy(Path::new(ROOT).join(EXAMPLE), dir.path().join("a.toml")).unwrap();
    let guide = data.join("recommendations/00-guide.yaml");
    let before = std::fs::read(&guide).unwrap();
    for args in [
        &[
            "--data",
            "data",
            "report",
            "--answers",
            "a.toml",
            "-o",
            "data/recommendations/00-guide.yaml",
        ][..],
        &[
            "--data",
            "data",
            "report",
            "--answers",
            "a.toml",
            "-o",
            "data/questionnaires/../recommendations/00-guide.yaml",
        ],
        &[
            "--data",
            "data",
            "compare",
            "a.toml",
            "a.toml",
            "-o",
            "data/questionnaires/quick.yaml",
        ],
    ] {
        let out = run(dir.path(), &refs(&os(args)));
        let message = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {message}");
        assert!(
            message.contains("that is a data file of --data"),
            "{args:?}: {message}"
        );
    }
    assert_eq!(std::fs::read(&guide).unwrap(), before);
}

#[test]
fn init_data_on_a_full_disk_leaves_nothing_and_a_rerun_works() {
    let dir = tempfile::tempdir().unwrap();
    // A file-size limit stands in for a full disk: each write past it fails (EFBIG), as
    // writes fail with ENOSPC; the signal it would raise is ignored, as a shell's trap does.
    for (target, existed) in [("new/data", false), ("empty", true)] {
        let path = dir.path().join(target);
        if existed {
            std::fs::create_dir(&path).unwrap();
        }
        let out = Command::new("sh")
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 40; exec \"$0\" init-data \"$1\"")
            .arg(BIN)
            .arg(&path)
            .current_dir(dir.path())
            .output()
            .unwrap();
        let message = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{message}");
        assert!(message.starts_with("error: cannot write "), "{message}");
        assert!(
            !message.contains(".icso-assess-"),
            "no temporary file named: {message}"
        );
        if existed {
            assert_eq!(
                std::fs::read_dir(&path).unwrap().count(),
                0,
                "the folder is empty again"
            );
        } else {
            assert!(
                !dir.path().join("new").exists(),
                "created folders are removed"
            );
        }
        let again = run(
            dir.path(),
            &refs(&[OsString::from("init-data"), path.clone().into()]),
        );
        assert!(
            again.status.success(),
            "the rerun works: {}",
            stderr(&again)
        );
        let check = run(
            dir.path(),
            &refs(&[
                OsString::from("--data"),
                path.into(),
                "validate".into(),
                "--strict".into(),
            ]),
        );
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}

/// Nothing a terminal would act on: C0 controls but the line break, DEL, C1 controls,
/// bidirectional controls.
fn terminal_safe(bytes: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}');
        if bad {
            return Err(format!("U+{:04X} in {text:?}", c as u32));
        }
    }
    Ok(())
}

#[test]
fn folder_names_with_escapes_and_line_breaks_are_printed_clean() {
    let names: Vec<Vec<u8>> = vec![
        b"t\x1b]0;owned\x07itle".to_vec(),
        b"clear\x1b[2J".to_vec(),
        b"x\n::error file=evil.yaml::forged".to_vec(),
        "rlo\u{202E}lmth.yaml".as_bytes().to_vec(),
        b"tab\tand space".to_vec(),
    ];
    for name in names {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join(OsString::from_vec(name.clone()));
        let mut outputs = vec![run(
            dir.path(),
            &refs(&[OsString::from("init-data"), data.clone().into()]),
        )];
        assert!(outputs[0].status.success(), "{}", stderr(&outputs[0]));
        outputs.push(run(
            dir.path(),
            &refs(&[
                OsString::from("--data"),
                data.clone().into(),
                "validate".into(),
            ]),
        ));
        assert!(outputs[1].status.success());
        // A data file that fails: the folder name is in the findings and the summary.
        std::fs::write(data.join("questionnaires/quick.yaml"), "id: [").unwrap();
        outputs.push(run(
            dir.path(),
            &refs(&[
                OsString::from("--data"),
                data.clone().into(),
                "validate".into(),
            ]),
        ));
        outputs.push(run(
            dir.path(),
            &refs(&[OsString::from("--data"), data.clone().into(), "list".into()]),
        ));
        outputs.push(run(
            dir.path(),
            &refs(&[
                OsString::from("--data"),
                data.clone().into(),
                "validate".into(),
                "--json".into(),
            ]),
        ));
        for out in &outputs {
            for stream in [&out.stdout, &out.stderr] {
                terminal_safe(stream).unwrap_or_else(|e| panic!("{name:?}: {e}"));
                let text = String::from_utf8_lossy(stream);
                assert!(
                    !text.lines().any(|l| l.starts_with("::error")),
                    "{name:?}: a forged line: {text}"
                );
            }
        }
        // The hint to paste is quoted for a shell.
        let hint = stderr(&outputs[0]);
        if name.contains(&b' ') {
            assert!(hint.contains("validate --data '"), "{hint}");
        }
    }
}

#[test]
fn a_failed_save_of_combined_answers_names_its_own_option() {
    let dir = workspace();
    let out = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1; exec \"$0\" aggregate a.toml b.toml --save-combined c.toml -o -")
        .arg(BIN)
        .current_dir(dir.path())
        .output()
        .unwrap();
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{message}");
    assert!(
        message.contains("error: cannot save answers to c.toml: ")
            && message
                .trim_end()
                .ends_with("choose another place with --save-combined"),
        "{message}"
    );
    assert!(
        !message.contains("--file") && !message.contains(".icso-assess-"),
        "{message}"
    );
    assert!(!dir.path().join("c.toml").exists());
}
