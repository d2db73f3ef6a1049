//! What a person sees in `assess`, through a pseudo-terminal and a screen model (vt100), at
//! 80x24, 60x20 and 200x50: the heading of every question stays on screen, every choice is
//! visible, digits choose a level, other letters change nothing, Enter on an unchosen profile
//! question records nothing, and the run ends on a summary with the most urgent priorities and
//! their first steps, never on the scoring method. The accessible mode (`--plain`) is checked
//! for cursor movement. Each kind of screen is snapshotted at 80x24.
#![cfg(unix)]

use crate::common;
use icso_assess::answers;
use icso_assess::assess::order;
use icso_assess::catalogue::{self, Data, DataSource};
use rexpect::session::{Options, PtySession, spawn_with_options};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const CTRL_C: &str = "\x03";

fn data() -> Data {
    catalogue::load(&DataSource::Builtin).expect("built-in data loads")
}

/// A running session and the screen it has drawn so far.
struct Tty {
    s: PtySession,
    vt: vt100::Parser,
    cols: u16,
}

impl Tty {
    fn spawn(dir: &Path, cols: u16, rows: u16, args: &[&str]) -> Tty {
        Tty::spawn_with(dir, cols, rows, args, &[])
    }

    fn spawn_with(dir: &Path, cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Tty {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "stty cols {cols} rows {rows} && exec \"$0\" \"$@\""
            ))
            .arg(BIN)
            .args(args)
            .current_dir(dir)
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1")
            .env("PAGER", "cat")
            .env_remove("COLUMNS")
            .env_remove("LINES")
            .envs(env.iter().copied());
        let options = Options::new()
            .timeout_ms(Some(10_000))
            .strip_ansi_escape_codes(false);
        let s = spawn_with_options(cmd, options).expect("spawn icso-assess in a pty");
        let size = |n: u16| NonZeroU16::new(n).expect("a size");
        Tty {
            s,
            vt: vt100::Parser::new(size(rows), size(cols), 0),
            cols,
        }
    }

    /// Feed what the program printed into the screen model; true if anything came.
    fn pump(&mut self) -> bool {
        let mut got = false;
        while let Some(c) = self.s.try_read() {
            // rexpect hands over each byte as a char (Latin-1).
            self.vt
                .process(&[u8::try_from(u32::from(c)).unwrap_or(b'?')]);
            got = true;
        }
        got
    }

    fn screen(&self) -> String {
        self.vt.screen().contents()
    }

    /// Wait until the screen shows `needle` and has stopped changing; the screen.
    fn wait(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut quiet_since = Instant::now();
        loop {
            if self.pump() {
                quiet_since = Instant::now();
            }
            let screen = self.screen();
            if screen.contains(needle) && quiet_since.elapsed() > Duration::from_millis(80) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waiting for {needle:?} at {} columns; the screen:\n{screen}",
                self.cols
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn send(&mut self, keys: &str) {
        self.s.send(keys).expect("send keys");
        self.s.flush().expect("flush keys");
    }

    /// Send keys, then wait for the screen to show `needle`.
    fn press(&mut self, keys: &str, needle: &str) -> String {
        self.send(keys);
        self.wait(needle)
    }

    fn exit_code(&mut self) -> i32 {
        let _ = self.s.exp_eof();
        match self.s.process().wait().expect("wait") {
            rexpect::process::WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit normally: {other:?}"),
        }
    }
}

/// The quick questionnaire from the start at one size: every question's heading and choices are
/// on screen; returns the end screen.
fn whole_run(cols: u16, rows: u16, snapshots: bool) -> (tempfile::TempDir, String) {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let ord = order(&data, q);
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        dir.path(),
        cols,
        rows,
        &["assess", "--questionnaire", "quick"],
    );
    t.wait("Organisation name");
    t.press("Acme Relief\r", "Who is answering?");
    t.press("Leadership team\r", "About your organisation · 1 of 4");
    // The help line is drawn last: wait for it, so a loaded machine snapshots the whole screen.
    let first = t.wait("Press a number");
    if snapshots {
        common::assert_snapshot!("profile_80x24", first);
    }
    for (i, p) in q.profile.iter().enumerate() {
        let screen = t.wait(&format!("About your organisation · {} of 4", i + 1));
        for option in &p.options {
            let start: String = option.label.chars().take(20).collect();
            assert!(
                screen.contains(&start),
                "{cols}x{rows}: {start:?} not on\n{screen}"
            );
        }
        // Enter with nothing chosen records nothing and stays on the question.
        let after = t.press(ENTER, "Nothing is chosen yet");
        assert!(after.contains(&format!("About your organisation · {} of 4", i + 1)));
        let next = if i + 1 < q.profile.len() {
            format!("About your organisation · {} of 4", i + 2)
        } else {
            "Question 1 of 16".to_string()
        };
        t.press(&(i % p.options.len() + 1).to_string(), &next);
    }
    let saved = answers::load(&dir.path().join("assessment.toml"), &data).unwrap();
    assert_eq!(
        saved.profile.len(),
        4,
        "one answer per profile question, no more"
    );

    for (pos, &index) in ord.iter().enumerate() {
        let question = &q.questions[index];
        let screen = t.wait(&format!("Question {} of 16", pos + 1));
        let rec = data
            .catalogue
            .recommendation(&question.recommendation)
            .unwrap();
        assert!(
            screen.contains(&format!("{}  ", rec.id)),
            "{cols}x{rows}: the heading lacks {}:\n{screen}",
            rec.id
        );
        let lines: Vec<&str> = screen.lines().collect();
        assert!(
            lines
                .first()
                .is_some_and(|l| l.starts_with(&format!("Question {} of 16", pos + 1))),
            "{cols}x{rows}: the heading is not on top:\n{screen}"
        );
        for choice in [
            "0 Not started",
            "4 Embedded",
            "n Not applicable to us",
            "d Don't know",
            "s Skip for now",
        ] {
            assert!(
                screen.contains(choice),
                "{cols}x{rows}: {choice:?} not on\n{screen}"
            );
        }
        let start: String = question.text.chars().take(20).collect();
        assert!(
            screen.contains(&start),
            "{cols}x{rows}: the question is not on\n{screen}"
        );
        if pos == 0 {
            // Letters the help line does not name do nothing (no filtering to nothing).
            t.send("x");
            std::thread::sleep(Duration::from_millis(150));
            t.pump();
            assert!(
                t.screen().contains("4 Embedded"),
                "{cols}x{rows}: a letter changed the choices"
            );
            // Moving shows the highlighted level's own description.
            let moved = t.press(DOWN, "> 0 Not started");
            assert!(
                moved.contains(
                    question.levels[0]
                        .chars()
                        .take(15)
                        .collect::<String>()
                        .as_str()
                ),
                "{moved}"
            );
            if snapshots {
                common::assert_snapshot!("question_80x24", moved);
            }
        }
        let level = (pos % 5).to_string();
        let importance = t.press(&level, "How important is this for your organisation?");
        if snapshots && pos == 0 {
            common::assert_snapshot!("importance_80x24", importance);
        }
        let note = t.press(ENTER, "Note (optional)");
        if snapshots && pos == 0 {
            common::assert_snapshot!("note_80x24", note);
        }
        if pos % 5 >= 3 {
            // Levels 3 and 4 claim the practice is in place: the evidence is asked next.
            let evidence = t.press(ENTER, "What shows this?");
            assert!(
                evidence.contains("separated by ;") && evidence.contains("Esc back"),
                "{cols}x{rows}: the evidence prompt is cut:\n{evidence}"
            );
            if snapshots && pos == 3 {
                common::assert_snapshot!("evidence_80x24", evidence);
            }
        }
        t.send(ENTER);
    }
    let end = t.wait("f Finish");
    // The plan, drafted next to the answers, from the end screen.
    let drafted = t.press("p", "Drafted an action plan");
    assert!(drafted.contains("assessment-plan.toml"), "{drafted}");
    assert!(dir.path().join("assessment-plan.toml").exists());
    t.wait("f Finish");
    t.press("f", "Your answers are in");
    assert_eq!(t.exit_code(), 0);
    (dir, end)
}

/// A pager that shows everything, then END-OF-REPORT, and waits for Enter, as less waits for q.
fn waiting_pager(dir: &Path) -> std::path::PathBuf {
    let pager = dir.join("pager.sh");
    std::fs::write(
        &pager,
        "#!/bin/sh\ncat\necho END-OF-REPORT\nread x < /dev/tty\n",
    )
    .unwrap();
    std::fs::set_permissions(&pager, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    pager
}

fn check_end_screen(end: &str, cols: u16) {
    assert!(end.starts_with("Your assessment is complete"), "{end}");
    assert!(end.contains("Overall readiness: "), "{end}");
    assert!(end.contains("most urgent"), "{end}");
    assert!(end.contains("First step: "), "{end}");
    for choice in [
        "Save the full report as a web page",
        "Read the full report here",
        "p Draft an action plan from the",
        "f Finish",
    ] {
        assert!(end.contains(choice), "{cols}: {choice:?} not on\n{end}");
    }
    assert!(
        !end.contains("Priority = "),
        "the formula is not the last thing: {end}"
    );
}

#[test]
fn a_whole_run_at_80x24() {
    let (dir, end) = whole_run(80, 24, true);
    check_end_screen(&end, 80);
    common::assert_snapshot!("end_80x24", end);
    let data = data();
    let saved = answers::load(&dir.path().join("assessment.toml"), &data).unwrap();
    assert_eq!(saved.answers.len(), 16);
}

#[test]
fn a_whole_run_at_60x20() {
    let (_, end) = whole_run(60, 20, false);
    check_end_screen(&end, 60);
}

#[test]
fn a_whole_run_at_200x50() {
    let (_, end) = whole_run(200, 50, false);
    check_end_screen(&end, 200);
    // Roomy: the summary of the recommendation is shown, not folded.
}

#[test]
fn the_end_screen_saves_the_report_with_its_full_path_and_reads_it_in_a_pager() {
    let data = data();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/advocacy-quick-2026.toml"),
        dir.path().join("assessment.toml"),
    )
    .unwrap();
    let q = data.questionnaire("quick").unwrap();
    let saved = answers::load(&dir.path().join("assessment.toml"), &data).unwrap();
    let skipped = q.questions.len() - saved.answers.len();
    // A pager that shows everything and waits for Enter, as less waits for q.
    let pager = dir.path().join("pager.sh");
    std::fs::write(
        &pager,
        "#!/bin/sh\ncat\necho END-OF-REPORT\nread x < /dev/tty\n",
    )
    .unwrap();
    std::fs::set_permissions(&pager, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut t = Tty::spawn_with(
        dir.path(),
        80,
        24,
        &["assess"],
        &[("PAGER", pager.to_str().unwrap())],
    );
    // Skip whatever is unanswered: then the end screen.
    for _ in 0..skipped {
        t.wait("s Skip for now");
        t.send("s");
    }
    let end = t.wait("f Finish");
    check_end_screen(&end, 80);
    t.press("h", "Save the report as");
    let saved = t.press(ENTER, "Saved the html report to");
    let full = dir
        .path()
        .canonicalize()
        .unwrap()
        .join("assessment-report.html");
    let shown: String = saved.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        shown.contains(&format!("Saved the html report to {}", full.display())),
        "{saved}"
    );
    assert!(shown.contains("Open it in your web browser"), "{saved}");
    assert!(std::fs::read_to_string(&full).unwrap().contains("<html"));
    // Saving again asks before replacing, with a real hint line.
    t.press("h", "Save the report as");
    let ask = t.press(ENTER, "already exists. Replace it?");
    assert!(
        ask.contains("y replace it · n choose another name"),
        "{ask}"
    );
    t.press("y", "Saved the html report to");
    // Another format: a Word document beside the answers, to edit and print.
    t.press("o", "Which format?");
    t.press("w", "Save the report as");
    let saved = t.press(ENTER, "Saved the docx report to");
    let shown: String = saved.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.contains("Open it in Word or LibreOffice"), "{saved}");
    let docx = std::fs::read(full.with_extension("docx")).unwrap();
    assert!(crate::docx::parts(&docx)["word/document.xml"].contains("Heading1"));
    // The pager shows the full report, then the summary comes back.
    let page = t.press("r", "END-OF-REPORT");
    assert!(page.contains("key recommendation"), "{page}");
    t.press(ENTER, "f Finish");
    t.press("f", "Your answers are in");
    assert_eq!(t.exit_code(), 0);
    let _ = CTRL_C;
}

#[test]
fn the_accessible_mode_moves_no_cursor() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty cols 80 rows 24 && exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(["--plain", "assess", "--questionnaire", "quick"])
        .current_dir(dir.path())
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1");
    let mut s = spawn_with_options(
        cmd,
        Options::new()
            .timeout_ms(Some(10_000))
            .strip_ansi_escape_codes(false),
    )
    .unwrap();
    let mut transcript = String::new();
    let mut step = |s: &mut PtySession, wait: &str, keys: &str| {
        transcript.push_str(&s.exp_string(wait).unwrap_or_else(|e| panic!("{wait}: {e}")));
        transcript.push_str(wait);
        s.send_line(keys).unwrap();
    };
    step(&mut s, "Organisation name", "Acme");
    step(&mut s, "Who is answering?", "Board");
    for _ in &q.profile {
        step(&mut s, "and press Enter.", "1");
    }
    step(&mut s, "Question 1 of 16", "");
    step(&mut s, "Type your answer (0, 1, 2, 3, 4, n, d, s)", "3");
    step(&mut s, "How important", "");
    step(&mut s, "Note (optional)", "a note");
    step(&mut s, "What shows this?", "Board minutes; staff handbook");
    step(&mut s, "Question 2 of 16", "q");
    transcript.push_str(&s.exp_eof().unwrap_or_default());
    for csi in ['A', 'B', 'C', 'D', 'H', 'J', 'K'] {
        let moves = (1..10).any(|n| transcript.contains(&format!("\x1b[{n}{csi}")))
            || transcript.contains(&format!("\x1b[{csi}"));
        assert!(
            !moves,
            "cursor movement CSI {csi} in the accessible mode:\n{transcript:?}"
        );
    }
    let saved = answers::load(&dir.path().join("assessment.toml"), &data).unwrap();
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(
        saved.answers.values().next().unwrap().note.as_deref(),
        Some("a note")
    );
    assert_eq!(
        saved.answers.values().next().unwrap().evidence,
        ["Board minutes", "staff handbook"]
    );
}

#[test]
fn next_year_starts_a_new_file_and_leaves_the_old_one_alone() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("assessment.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/advocacy-quick-2026.toml"),
        &old,
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/advocacy-quick-2025.toml"),
        dir.path().join("assessment-2025.toml"),
    )
    .unwrap();
    let before = std::fs::read(&old).unwrap();
    let pager = waiting_pager(dir.path());
    let mut t = Tty::spawn_with(
        dir.path(),
        80,
        24,
        &[],
        &[("PAGER", pager.to_str().unwrap())],
    );
    let menu = t.wait("q Quit");
    let year = &icso_assess::commands::assess::today()[..4];
    common::assert_snapshot!(
        "home_80x24",
        menu.replace(&format!("assessment-{year}"), "assessment-YEAR")
    );
    assert!(
        menu.contains("Opened assessment.toml (Open Rivers Alliance, 2026-10-20, finished)"),
        "{menu}"
    );
    assert!(
        menu.contains("p Compare with an earlier assessment"),
        "{menu}"
    );
    // The comparison with last year, in the pager, then back to the menu.
    t.press("p", "Compare with which assessment?");
    let page = t.press(ENTER, "END-OF-REPORT");
    assert!(
        page.contains("Progress is the share of the remaining gap closed"),
        "{page}"
    );
    t.press(ENTER, "q Quit");
    // A new assessment: its own file, last year's organisation offered.
    t.press("n", "Organisation name");
    let screen = t.wait("Open Rivers Alliance");
    assert!(
        screen.contains(&format!("saved to assessment-{year}.toml")),
        "{screen}"
    );
    t.press(ENTER, "Who is answering?");
    t.press("Board\r", "About your organisation · 1 of 4");
    t.send(CTRL_C);
    assert_eq!(t.exit_code(), 130);
    assert_eq!(
        std::fs::read(&old).unwrap(),
        before,
        "the old assessment is byte-identical"
    );
    let new = answers::load(&dir.path().join(format!("assessment-{year}.toml")), &data()).unwrap();
    assert_eq!(new.organisation, "Open Rivers Alliance");
    assert_eq!(new.respondent, "Board");
    assert!(new.answers.is_empty());
}

/// A report longer than the screen goes through the pager on a terminal, so the reader starts
/// at its summary; piped, it goes to standard output as it is.
#[test]
fn a_long_report_on_a_terminal_opens_at_its_summary_in_the_pager() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/advocacy-quick-2026.toml");
    // A pager that keeps what it was given and waits for Enter, as less waits for q.
    let pager = dir.path().join("keep.sh");
    std::fs::write(
        &pager,
        "#!/bin/sh\ncat > \"$(dirname \"$0\")/paged.txt\"\necho END-OF-REPORT\nread x < /dev/tty\n",
    )
    .unwrap();
    std::fs::set_permissions(&pager, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let args = ["report", "--answers", example.to_str().unwrap()];
    let mut t = Tty::spawn_with(
        dir.path(),
        80,
        24,
        &args,
        &[("PAGER", pager.to_str().unwrap())],
    );
    let shown = t.wait("END-OF-REPORT");
    // The pager got the whole report, title and summary first.
    let report = std::fs::read_to_string(dir.path().join("paged.txt")).unwrap();
    assert!(
        report.starts_with("China readiness report: Open Rivers Alliance"),
        "{report}"
    );
    let summary = report.find("What matters now").expect("the summary");
    assert!(summary < report.find("All questions by area").unwrap());
    assert!(
        !shown.contains("What matters now"),
        "the pager, not the command, showed it"
    );
    t.send(ENTER);
    assert_eq!(t.exit_code(), 0);

    // Piped, no pager: the report goes to standard output as it is.
    let piped = std::process::Command::new(env!("CARGO_BIN_EXE_icso-assess"))
        .args(args)
        .env("PAGER", pager.to_str().unwrap())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&piped.stdout).starts_with("China readiness report"));
    assert!(!String::from_utf8_lossy(&piped.stdout).contains("END-OF-REPORT"));
}
