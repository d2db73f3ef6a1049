//! `icso-assess assess` end to end in a pseudo-terminal: the real binary, real keys (arrows,
//! Enter, Esc, Ctrl-C), the saved answers file after an interruption and after resuming, and
//! the errors that must come before the first question.
#![cfg(unix)]

use icso_assess::answers::{self, Answers, State};
use icso_assess::assess::{order, suggested_importance};
use icso_assess::catalogue::{self, Data, DataSource};
use icso_assess::questionnaire::{Importance, Questionnaire};
use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
/// Generous, so a loaded machine does not fail the test; a passing run never waits this long.
const TIMEOUT_MS: u64 = 10_000;

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// The level screen's help line, which marks it.
const LEVEL: &str = "0-4 level";
const IMPORTANCE: &str = "How important is this for your organisation?";
const NOTE: &str = "Note (optional)";
const EVIDENCE: &str = "What shows this?";
const REASON: &str = "Why does this not apply to you?";
/// The keys of the level screen after the five levels.
const NOT_APPLICABLE: &str = "n";
const DONT_KNOW: &str = "d";
const SKIP: &str = "s";

fn data() -> Data {
    catalogue::load(&DataSource::Builtin).expect("built-in data loads")
}

/// rexpect hands over each byte as a char (Latin-1), so compare against text spelled the same
/// way; ASCII is unchanged.
fn wire(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Start the binary in a pseudo-terminal of `cols` columns, under umask 022 (the usual one, so
/// the modes of what it saves are known: answers 0600, reports 0644). A fresh pty is 0x0, so
/// `stty` sets a real size first, then `exec` replaces the shell with the binary (same process,
/// same exit status).
fn spawn(dir: &Path, cols: u16, args: &[&str]) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "umask 022 && stty cols {cols} rows 50 && exec \"$0\" \"$@\""
        ))
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("spawn icso-assess in a pty")
}

/// Wait for `needle`; the text shown since the last wait.
fn expect(s: &mut PtySession, needle: &str) -> String {
    s.exp_string(&wire(needle))
        .unwrap_or_else(|e| panic!("waiting for {needle:?}: {e}"))
}

fn send(s: &mut PtySession, keys: &str) {
    s.send(keys).expect("send keys");
    s.flush().expect("flush keys");
}

/// Esc alone: give the terminal library time to tell it from the start of an arrow key.
fn esc(s: &mut PtySession) {
    send(s, ESC);
    std::thread::sleep(Duration::from_millis(300));
}

/// Choose a level (or profile option) by its key: a digit chooses at once.
fn pick(s: &mut PtySession, level: usize) {
    send(s, &level.to_string());
}

/// Wait for the level prompt of question `pos` (0-based) of `total`; checks that the question
/// shown is that one, not a stale render of the one before.
fn at_question(s: &mut PtySession, pos: usize, total: usize) {
    let (_, shown) = s
        .exp_regex(r"Question \d+ of \d+")
        .unwrap_or_else(|e| panic!("waiting for question {}: {e}", pos + 1));
    assert_eq!(
        shown,
        format!("Question {} of {total}", pos + 1),
        "wrong question shown"
    );
    expect(s, LEVEL);
}

/// Read to the end and return (everything shown, exit code).
fn finish(s: &mut PtySession) -> (String, i32) {
    let rest = s
        .exp_eof()
        .unwrap_or_else(|e| panic!("waiting for the program to end: {e}"));
    match s.process().wait().expect("wait for icso-assess") {
        WaitStatus::Exited(_, code) => (rest, code),
        other => panic!("icso-assess did not exit normally: {other:?}"),
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn quick(data: &Data) -> &Questionnaire {
    data.questionnaire("quick").expect("quick questionnaire")
}

/// Answer a level (and the suggested importance, no note, no evidence) for question `pos`.
fn answer_level(s: &mut PtySession, pos: usize, total: usize, level: usize) {
    at_question(s, pos, total);
    pick(s, level);
    expect(s, IMPORTANCE);
    send(s, ENTER);
    expect(s, NOTE);
    send(s, ENTER);
    if level >= 3 {
        expect(s, EVIDENCE);
        send(s, ENTER);
    }
}

#[test]
fn interrupt_save_resume_and_finish() {
    let data = data();
    let q = quick(&data);
    let ord = order(&data, q);
    let total = ord.len();
    assert!(total >= 8, "the scenario needs at least 8 quick questions");
    let id = |pos: usize| q.questions[ord[pos]].id.clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("assessment.toml");

    // Profile: option i % n of question i, so not always the first option.
    let profile: BTreeMap<String, String> = q
        .profile
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), p.options[i % p.options.len()].id.clone()))
        .collect();
    // Question 5 gets an importance other than the one the profile suggests.
    let with_profile = Answers {
        profile: profile.clone(),
        ..Answers::default()
    };
    let suggested = suggested_importance(q, &with_profile, &q.questions[ord[4]].recommendation);
    let at = Importance::ALL
        .iter()
        .position(|i| *i == suggested)
        .unwrap();
    let (key, chosen) = if at == 0 {
        (DOWN, Importance::ALL[1])
    } else {
        (UP, Importance::ALL[at - 1])
    };

    // First session, 80 columns: a new assessment in the default file.
    let mut s = spawn(dir.path(), 80, &["assess", "--questionnaire", "quick"]);
    expect(&mut s, "Organisation name");
    send(&mut s, "Acme Relief\r");
    expect(&mut s, "Who is answering?");
    send(&mut s, "Leadership team\r");
    for (i, p) in q.profile.iter().enumerate() {
        // A prefix: a long question wraps at 80 columns.
        let start: String = p.question.chars().take(30).collect();
        expect(&mut s, &start);
        pick(&mut s, i % p.options.len() + 1);
    }

    // 1: level 2 with a note.
    at_question(&mut s, 0, total);
    pick(&mut s, 2);
    expect(&mut s, IMPORTANCE);
    send(&mut s, ENTER);
    expect(&mut s, NOTE);
    send(&mut s, "first note\r");
    // 2: Esc goes back to 1, with level 2 and the note kept; change it to 3.
    at_question(&mut s, 1, total);
    esc(&mut s);
    at_question(&mut s, 0, total);
    pick(&mut s, 3);
    expect(&mut s, IMPORTANCE);
    send(&mut s, ENTER);
    expect(&mut s, NOTE);
    expect(&mut s, "first note");
    send(&mut s, ENTER);
    // Level 3: what shows it.
    expect(&mut s, EVIDENCE);
    send(&mut s, "Board minutes, March 2026\r");
    // 2: not applicable, with a reason.
    at_question(&mut s, 1, total);
    send(&mut s, NOT_APPLICABLE);
    expect(&mut s, REASON);
    send(&mut s, "No offices outside our home country\r");
    // 3: don't know.
    at_question(&mut s, 2, total);
    send(&mut s, DONT_KNOW);
    expect(&mut s, IMPORTANCE);
    send(&mut s, ENTER);
    expect(&mut s, NOTE);
    send(&mut s, ENTER);
    // 4: skipped for now.
    at_question(&mut s, 3, total);
    send(&mut s, SKIP);
    // 5: level 1, importance moved off the suggestion.
    at_question(&mut s, 4, total);
    pick(&mut s, 1);
    expect(&mut s, IMPORTANCE);
    send(&mut s, key);
    send(&mut s, ENTER);
    expect(&mut s, NOTE);
    send(&mut s, ENTER);
    // 6: Ctrl-C.
    at_question(&mut s, 5, total);
    send(&mut s, CTRL_C);
    let shown = expect(&mut s, "Resume with:");
    assert!(
        shown.contains("4 answers saved in assessment.toml"),
        "no stop message in {shown:?}"
    );
    let (_, code) = finish(&mut s);
    assert_eq!(code, 130, "Ctrl-C exits 130");

    assert_eq!(mode(&file), 0o600, "the answers file is private");
    let saved = answers::load(&file, &data).expect("the saved file loads");
    assert_eq!(saved.questionnaire, "quick");
    assert_eq!(saved.organisation, "Acme Relief");
    assert_eq!(saved.respondent, "Leadership team");
    assert_eq!(saved.profile, profile);
    let ids: BTreeSet<String> = saved.answers.keys().cloned().collect();
    assert_eq!(ids, BTreeSet::from([id(0), id(1), id(2), id(4)]));
    let a = &saved.answers[&id(0)];
    assert_eq!(a.state, State::Level(3), "the changed answer is saved");
    assert_eq!(a.note.as_deref(), Some("first note"));
    assert_eq!(a.importance, None, "the suggestion is not stored");
    assert_eq!(
        saved.answers[&id(1)].state,
        State::NotApplicable("No offices outside our home country".into())
    );
    assert_eq!(saved.answers[&id(2)].state, State::Unknown);
    let a = &saved.answers[&id(4)];
    assert_eq!(a.state, State::Level(1));
    assert_eq!(a.importance, Some(chosen));
    assert_eq!(a.note, None);

    // Second session, 200 columns: resume at the first unanswered question (the skipped one).
    let mut s = spawn(
        dir.path(),
        200,
        &["assess", "--file", file.to_str().unwrap()],
    );
    let before = expect(&mut s, &format!("Question 4 of {total}"));
    assert!(
        !before.contains(&format!(" of {total}")) && !before.contains("Organisation name"),
        "something was asked before the first unanswered question: {before:?}"
    );
    let screen = expect(&mut s, LEVEL);
    assert!(screen.contains("Resuming the assessment"), "{screen:?}");
    pick(&mut s, 1);
    expect(&mut s, IMPORTANCE);
    send(&mut s, ENTER);
    expect(&mut s, NOTE);
    send(&mut s, "resumed\r");
    // The answered question 5 is passed over.
    for pos in 5..total {
        answer_level(&mut s, pos, total, pos % 5);
    }
    let end = expect(&mut s, "f Finish");
    for part in [
        "Your assessment is complete",
        "Overall readiness",
        "most urgent",
        "First step:",
    ] {
        assert!(end.contains(part), "the end screen lacks {part:?}: {end:?}");
    }
    // Save the HTML report under the name offered, then finish.
    send(&mut s, "h");
    expect(&mut s, "Save the report as");
    send(&mut s, ENTER);
    expect(&mut s, "Saved the html report to");
    expect(&mut s, "f Finish");
    send(&mut s, "f");
    let (rest, code) = finish(&mut s);
    assert_eq!(code, 0, "finished: exit 0; output {rest:?}");
    assert!(rest.contains("Your answers are in"), "{rest:?}");

    assert_eq!(mode(&file), 0o600, "the answers stay private");
    let report = dir.path().join("assessment-report.html");
    assert_eq!(
        mode(&report),
        0o644,
        "the report is shared as the umask allows"
    );
    let done = answers::load(&file, &data).expect("the final file loads");
    assert_eq!(done.answers.len(), total, "every question answered");
    assert_eq!(done.organisation, "Acme Relief");
    assert_eq!(done.profile, profile);
    // What was answered before the interruption is unchanged.
    for pos in [0, 1, 2, 4] {
        assert_eq!(done.answers[&id(pos)], saved.answers[&id(pos)]);
    }
    assert_eq!(done.answers[&id(0)].state, State::Level(3));
    assert_eq!(done.answers[&id(0)].note.as_deref(), Some("first note"));
    assert!(
        matches!(done.answers[&id(1)].state, State::NotApplicable(ref r) if r == "No offices outside our home country")
    );
    assert_eq!(done.answers[&id(2)].state, State::Unknown);
    assert_eq!(done.answers[&id(3)].state, State::Level(1));
    assert_eq!(done.answers[&id(3)].note.as_deref(), Some("resumed"));
    assert_eq!(done.answers[&id(4)].importance, Some(chosen));
    for pos in 5..total {
        let level = u8::try_from(pos % 5).unwrap();
        assert_eq!(
            done.answers[&id(pos)].state,
            State::Level(level),
            "question {}",
            pos + 1
        );
    }
    // Only the answers and the report are left behind: no temporary files.
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["assessment-report.html", "assessment.toml"]);
}

#[test]
fn esc_in_a_text_prompt_and_ctrl_c_before_any_question() {
    let data = data();
    let q = quick(&data);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("two words.toml");
    let mut s = spawn(
        dir.path(),
        80,
        &[
            "assess",
            "--questionnaire",
            "quick",
            "--file",
            "two words.toml",
        ],
    );
    expect(&mut s, "Organisation name");
    send(&mut s, "Acme\r");
    expect(&mut s, "Who is answering?");
    esc(&mut s);
    // Back at the name, with what was typed pre-filled.
    expect(&mut s, "Organisation name");
    expect(&mut s, "Acme");
    send(&mut s, ENTER);
    expect(&mut s, "Who is answering?");
    send(&mut s, "Board\r");
    let first: String = q.profile[0].question.chars().take(30).collect();
    expect(&mut s, &first);
    send(&mut s, CTRL_C);
    let shown = expect(&mut s, "Resume with:");
    assert!(
        shown.contains("0 answers saved in two words.toml"),
        "{shown:?}"
    );
    // The resume command is quoted so it can be pasted into a shell.
    expect(&mut s, "--file 'two words.toml'");
    let (_, code) = finish(&mut s);
    assert_eq!(code, 130);

    assert_eq!(mode(&file), 0o600);
    let saved = answers::load(&file, &data).expect("the saved file loads");
    assert_eq!(
        (saved.organisation.as_str(), saved.respondent.as_str()),
        ("Acme", "Board")
    );
    assert!(saved.profile.is_empty() && saved.answers.is_empty());
}

#[test]
fn without_a_terminal_points_to_template_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["assess", "--questionnaire", "quick"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run icso-assess");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    assert!(stderr.contains("template"), "{stderr}");
    assert!(stderr.contains("report --answers"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file written"
    );
}

#[test]
fn a_corrupt_answers_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.toml");
    let corrupt = b"format = 1\nquestionnaire = \"quick\"\n[answers.R01\nlevel = 2\n";
    std::fs::write(&file, corrupt).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();

    let mut s = spawn(dir.path(), 80, &["assess", "--file", "answers.toml"]);
    let (shown, code) = finish(&mut s);
    assert_eq!(code, 2, "{shown:?}");
    assert!(shown.contains("error: answers.toml:3:"), "{shown:?}");
    assert!(shown.contains("the file was left as it is"), "{shown:?}");
    for prompt in ["Resuming", "Organisation name", LEVEL] {
        assert!(
            !shown.contains(prompt),
            "got as far as {prompt:?}: {shown:?}"
        );
    }
    assert_eq!(
        std::fs::read(&file).unwrap(),
        corrupt,
        "the file is unchanged"
    );
    assert_eq!(mode(&file), 0o644, "its mode too");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no stray files"
    );
}

/// A place the answers cannot be saved must fail before the first question, not after ten
/// answers.
fn fails_before_the_first_question(dir: &Path, file: &str, reason: &str) {
    let mut s = spawn(
        dir,
        80,
        &["assess", "--questionnaire", "quick", "--file", file],
    );
    let (shown, code) = finish(&mut s);
    assert_eq!(code, 2, "{shown:?}");
    assert!(
        shown.contains(&format!("error: cannot save answers to {file}: {reason}")),
        "{shown:?}"
    );
    for prompt in ["A new assessment", "Organisation name"] {
        assert!(
            !shown.contains(prompt),
            "got as far as {prompt:?}: {shown:?}"
        );
    }
}

#[test]
fn an_unwritable_place_fails_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    fails_before_the_first_question(
        dir.path(),
        "missing/answers.toml",
        "the folder does not exist",
    );
    assert!(!dir.path().join("missing").exists());

    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes into read-only folders anyway; then the case above has to do.
    let root = std::fs::write(locked.join("probe"), b"").is_ok();
    if !root {
        fails_before_the_first_question(dir.path(), "locked/answers.toml", "permission denied");
    }
    let left = std::fs::read_dir(&locked).unwrap().count();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        left,
        usize::from(root),
        "nothing written in the read-only folder"
    );
}
