//! The interactive session against the world outside it, in a pseudo-terminal: SIGTERM, SIGHUP
//! and `kill -INT` save the answer in progress, restore the terminal and exit 128+signal; a
//! second session on the same file is refused, saying who holds it; and a file changed on disk
//! by someone else is never overwritten.
#![cfg(unix)]

use icso_assess::answers::{self, State};
use icso_assess::assess::order;
use icso_assess::catalogue::{self, Data, DataSource};
use rexpect::session::{Options, PtySession, spawn_with_options};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const TIMEOUT_MS: u64 = 10_000;
const ENTER: &str = "\r";
/// The level screen's help line, which marks it.
const LEVEL: &str = "0-4 level";
const IMPORTANCE: &str = "How important is this for your organisation?";

fn data() -> Data {
    catalogue::load(&DataSource::Builtin).expect("built-in data loads")
}

/// The binary in a pseudo-terminal, run by a shell that afterwards prints its exit status and
/// the terminal's settings, so a test can see both once the binary has gone.
fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty cols 80 rows 24; echo \"shell=$$.\"; stty -a; echo end-of-stty; \"$0\" \"$@\"; echo \"exit=$?\"; stty -a; echo end-of-stty")
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("spawn icso-assess in a pty")
}

fn expect(s: &mut PtySession, needle: &str) -> String {
    s.exp_string(needle)
        .unwrap_or_else(|e| panic!("waiting for {needle:?}: {e}"))
}

fn send(s: &mut PtySession, keys: &str) {
    s.send(keys).expect("send keys");
    s.flush().expect("flush keys");
}

/// The pid of the icso-assess the shell started; call first, before any other wait.
fn child_pid(s: &mut PtySession) -> String {
    let (_, shown) = s.exp_regex(r"shell=\d+\.").expect("the shell says its pid");
    let shell = shown
        .trim_start_matches("shell=")
        .trim_end_matches('.')
        .to_string();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // The shell runs `stty` first: wait for the child that is icso-assess itself.
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        let ours = children.split_whitespace().find(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|comm| comm.trim() == "icso-assess")
        });
        if let Some(pid) = ours {
            return pid.to_string();
        }
        assert!(
            Instant::now() < deadline,
            "the shell started no icso-assess"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn kill(pid: &str, signal: &str) {
    let status = Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// A new quick assessment up to question 1, with every profile question at its first option.
fn to_first_question(s: &mut PtySession, data: &Data) {
    let q = data.questionnaire("quick").unwrap();
    expect(s, "Organisation name");
    send(s, "Acme Relief\r");
    expect(s, "Who is answering?");
    send(s, "Leadership team\r");
    for p in &q.profile {
        let start: String = p.question.chars().take(30).collect();
        expect(s, &start);
        send(s, "1");
    }
    expect(s, LEVEL);
}

/// Choose level 2 and stop at the importance prompt: the answer is in progress, not saved.
fn choose_level_two(s: &mut PtySession) {
    send(s, "2");
    expect(s, IMPORTANCE);
    // Let the prompt take the terminal (raw mode) before the signal comes.
    std::thread::sleep(Duration::from_millis(300));
}

/// What the binary showed before it ended, its exit status, and the `stty -a` the shell
/// printed afterwards.
fn after_exit(s: &mut PtySession) -> (String, i32, String) {
    let (shown, status) = s
        .exp_regex(r"exit=\d+")
        .unwrap_or_else(|e| panic!("waiting for the exit status: {e}"));
    let code = status.trim_start_matches("exit=").parse().unwrap_or(-1);
    let stty = expect(s, "end-of-stty");
    (shown, code, stty)
}

fn signal_saves_and_restores(signal: &str, number: i32) {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let first = q.questions[order(&data, q)[0]].id.clone();
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["assess", "--questionnaire", "quick"]);
    let pid = child_pid(&mut s);
    let before = expect(&mut s, "end-of-stty");
    to_first_question(&mut s, &data);
    choose_level_two(&mut s);
    kill(&pid, signal);

    let (shown, code, stty) = after_exit(&mut s);
    assert_eq!(code, 128 + number, "exit status after {signal}: {shown}");
    // The terminal is as the session found it: line editing, echo and signals as before.
    let settings = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|w| {
                w.trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_lowercase())
            })
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        settings(&stty),
        settings(&before),
        "terminal settings after {signal}"
    );
    assert!(settings(&stty).iter().any(|w| w == "icanon"), "{stty}");
    if number != 1 {
        assert!(
            shown.contains("Stopped. 1 answer saved in assessment.toml")
                && shown.trim_end().ends_with("Resume with: icso-assess"),
            "the resume hint after {signal}: {shown}"
        );
    }
    let saved =
        answers::load(&dir.path().join("assessment.toml"), &data).expect("saved file loads");
    assert_eq!(
        saved.answers[&first].state,
        State::Level(2),
        "after {signal}"
    );
    assert!(
        !dir.path().join(".assessment.toml.lock").exists(),
        "the lock file is removed after {signal}"
    );
}

#[test]
fn sigterm_saves_the_answer_in_progress() {
    signal_saves_and_restores("TERM", 15);
}

#[test]
fn sighup_saves_the_answer_in_progress() {
    signal_saves_and_restores("HUP", 1);
}

#[test]
fn sigint_from_kill_saves_the_answer_in_progress() {
    signal_saves_and_restores("INT", 2);
}

#[test]
fn a_second_session_on_the_same_file_is_refused() {
    let data = data();
    let dir = tempfile::tempdir().unwrap();
    let mut first = spawn(dir.path(), &["assess", "--questionnaire", "quick"]);
    let _ = child_pid(&mut first);
    to_first_question(&mut first, &data);

    let mut second = spawn(dir.path(), &["assess"]);
    let (shown, code, _) = after_exit(&mut second);
    assert_eq!(code, 2, "{shown}");
    assert!(
        shown.contains("assessment.toml is open in another icso-assess, started ")
            && shown.contains(" UTC, process "),
        "{shown}"
    );

    // The first session goes on and keeps its answer.
    let q = data.questionnaire("quick").unwrap();
    let id = q.questions[order(&data, q)[0]].id.clone();
    choose_level_two(&mut first);
    send(&mut first, ENTER);
    expect(&mut first, "Note (optional)");
    send(&mut first, ENTER);
    expect(&mut first, LEVEL);
    send(&mut first, "\x03");
    let (shown, code, _) = after_exit(&mut first);
    assert_eq!(code, 130, "{shown}");
    let saved = answers::load(&dir.path().join("assessment.toml"), &data).unwrap();
    assert_eq!(saved.answers[&id].state, State::Level(2));
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let id = q.questions[order(&data, q)[0]].id.clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("assessment.toml");
    let mut s = spawn(dir.path(), &["assess", "--questionnaire", "quick"]);
    let _ = child_pid(&mut s);
    to_first_question(&mut s, &data);
    // Someone else writes the file meanwhile (an editor, a sync client, another tool).
    let theirs = format!(
        "{}# edited elsewhere\n",
        std::fs::read_to_string(&file).unwrap()
    );
    std::fs::write(&file, &theirs).unwrap();
    choose_level_two(&mut s);
    send(&mut s, ENTER);
    expect(&mut s, "Note (optional)");
    send(&mut s, ENTER);
    let (shown, code, _) = after_exit(&mut s);
    assert_eq!(code, 2, "{shown}");
    assert!(
        shown.contains("assessment.toml was changed by another program since this session last saved it, so it was not overwritten; this session's answers are in "),
        "{shown}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "their file is left as it is"
    );
    let aside = dir.path().join("assessment.unsaved-1.toml");
    let ours = answers::load(&aside, &data).expect("this session's answers load");
    assert_eq!(ours.answers[&id].state, State::Level(2));
}
