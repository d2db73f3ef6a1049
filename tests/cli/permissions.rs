//! Who may read what the tool writes, under a known umask: reports (and `init-data`'s copy of
//! the guide) get the mode any program gives a new file, 0666 less the umask, so colleagues can
//! open a shared copy; answers files (`--save-combined`, templates) stay 0600 whatever the
//! umask. Saves made by `assess` are checked in `assess_pty.rs`, which runs under umask 022.
#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn example(name: &str) -> PathBuf {
    Path::new(ROOT).join("examples").join(name)
}

/// Run the binary in `dir` under `umask`. A shell sets it in the child: the umask belongs to
/// the whole process, and this test process runs tests on many threads.
fn run<S: AsRef<OsStr>>(dir: &Path, umask: &str, args: &[S]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run icso-assess");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// The names in `dir`, sorted: no temporary file may be left beside the outputs.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn reports_get_the_mode_the_umask_gives() {
    let dir = tempfile::tempdir().unwrap();
    let answers = example("advocacy-quick-2026.toml");
    for (umask, want) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let path = dir.path().join(format!("r-{umask}.html"));
        run(
            dir.path(),
            umask,
            &[
                "report".as_ref(),
                "--answers".as_ref(),
                answers.as_os_str(),
                "-o".as_ref(),
                path.as_os_str(),
            ],
        );
        assert_eq!(mode(&path), want, "report -o under umask {umask}");
    }
    // compare writes through the same path as report and aggregate.
    run(
        dir.path(),
        "022",
        &[
            "compare".as_ref(),
            example("advocacy-quick-2025.toml").as_os_str(),
            answers.as_os_str(),
            "-o".as_ref(),
            "c.csv".as_ref(),
        ],
    );
    assert_eq!(mode(&dir.path().join("c.csv")), 0o644);
    assert_eq!(
        names(dir.path()),
        ["c.csv", "r-022.html", "r-027.html", "r-077.html"]
    );
}

#[test]
fn a_replaced_report_takes_the_new_mode() {
    let dir = tempfile::tempdir().unwrap();
    let answers = example("advocacy-quick-2026.toml");
    for old in [0o600, 0o666] {
        let path = dir.path().join("r.html");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(old)).unwrap();
        run(
            dir.path(),
            "022",
            &[
                "report".as_ref(),
                "--answers".as_ref(),
                answers.as_os_str(),
                "-o".as_ref(),
                path.as_os_str(),
            ],
        );
        assert_eq!(mode(&path), 0o644, "replacing a {old:o} file");
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>"),
            "not replaced: {html:.40}"
        );
    }
    assert_eq!(names(dir.path()), ["r.html"]);
}

#[test]
fn combined_answers_are_private_and_their_report_shared() {
    let dir = tempfile::tempdir().unwrap();
    // An old, wider file in the way becomes private too.
    let saved = dir.path().join("combined.toml");
    std::fs::write(&saved, "old").unwrap();
    std::fs::set_permissions(&saved, std::fs::Permissions::from_mode(0o644)).unwrap();
    run(
        dir.path(),
        "022",
        &[
            "aggregate".as_ref(),
            example("federation").as_os_str(),
            "--save-combined".as_ref(),
            saved.as_os_str(),
            "-o".as_ref(),
            "r.md".as_ref(),
        ],
    );
    assert_eq!(mode(&saved), 0o600, "--save-combined");
    assert!(
        std::fs::read_to_string(&saved)
            .unwrap()
            .contains("Combined: 4 respondents")
    );
    assert_eq!(mode(&dir.path().join("r.md")), 0o644, "aggregate -o");
    assert_eq!(names(dir.path()), ["combined.toml", "r.md"]);
}

#[test]
fn templates_are_private_and_the_guide_copy_shared() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), "022", &["template", "-o", "t.toml"]);
    assert_eq!(mode(&dir.path().join("t.toml")), 0o600, "template -o");
    run(dir.path(), "022", &["init-data", "data"]);
    let mut files = 0;
    let mut folders = vec![dir.path().join("data")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files += 1;
                assert_eq!(mode(&path), 0o644, "{}", path.display());
            }
        }
    }
    assert!(files > 3, "init-data wrote {files} files");
}
