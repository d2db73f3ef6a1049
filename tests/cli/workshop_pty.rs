//! `icso-assess workshop examples/federation` end to end in a pseudo-terminal at 80x24: agree two
//! disagreements, stop with Ctrl-C, resume, agree the rest, confirm the questions without
//! disagreement; the consensus file then loads with its sources and justifications.
#![cfg(unix)]

use icso_assess::answers::{self, Source};
use icso_assess::catalogue::{self, DataSource};
use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const TIMEOUT_MS: u64 = 10_000;
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";
const WHY: &str = "Why does the group agree on this level?";
const WHAT_SHOWS: &str = "What shows it?";

fn spawn(dir: &Path, out: &Path) -> PtySession {
    let federation = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/federation");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty cols 80 rows 24 && exec \"$0\" \"$@\"")
        .arg(BIN)
        .arg("workshop")
        .arg(&federation)
        .arg("-o")
        .arg(out)
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

fn exit_code(s: &mut PtySession) -> i32 {
    let _ = s.exp_eof();
    match s.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

/// At disagreement `pos` (1-based) of `total`: agree `level` with a justification.
fn agree(s: &mut PtySession, pos: usize, total: usize, level: &str, why: &str) {
    expect(s, &format!("Disagreement {pos} of {total}"));
    expect(s, "0-4 level");
    send(s, level);
    expect(s, WHY);
    send(s, &format!("{why}{ENTER}"));
    expect(s, WHAT_SHOWS);
    send(s, ENTER);
}

#[test]
fn agree_two_stop_resume_and_confirm_the_rest() {
    let data = catalogue::load(&DataSource::Builtin).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("consensus.toml");

    let mut s = spawn(dir.path(), &out);
    let overview = expect(&mut s, "Where do you want to start?");
    let total: usize = overview
        .split("questions need discussion")
        .next()
        .and_then(|before| before.split_whitespace().last())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of disagreements in {overview:?}"));
    assert!(total >= 3, "{overview}");
    send(&mut s, ENTER);
    agree(
        &mut s,
        1,
        total,
        "2",
        "Only Bangkok works with the networks",
    );
    agree(
        &mut s,
        2,
        total,
        "3",
        "Two offices meet peers every quarter",
    );
    expect(&mut s, &format!("Disagreement 3 of {total}"));
    send(&mut s, CTRL_C);
    expect(&mut s, "2 questions agreed so far");
    expect(&mut s, "Resume with:");
    assert_eq!(exit_code(&mut s), 130);
    let partial = answers::load(&out, &data).expect("the partial consensus loads");
    assert_eq!(partial.answers.len(), 2);

    let mut s = spawn(dir.path(), &out);
    expect(&mut s, &format!("Continue at disagreement 3 of {total}"));
    send(&mut s, ENTER);
    for pos in 3..=total {
        agree(
            &mut s,
            pos,
            total,
            "1",
            &format!("Agreed in the room ({pos})"),
        );
    }
    expect(&mut s, "Accept the combined levels?");
    send(&mut s, "a");
    expect(&mut s, "Next: icso-assess report --answers");
    assert_eq!(exit_code(&mut s), 0);

    let done = answers::load(&out, &data).expect("the consensus loads");
    let agreed: Vec<&str> = done
        .answers
        .values()
        .filter_map(|a| match &a.source {
            Some(Source::Agreed { justification }) => Some(justification.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(agreed.len(), total);
    assert!(agreed.contains(&"Only Bangkok works with the networks"));
    let median = done
        .answers
        .values()
        .filter(|a| matches!(a.source, Some(Source::Median { .. })))
        .count();
    assert_eq!(agreed.len() + median, done.answers.len());
    assert!(median > 30, "{median}");
    assert_eq!(done.workshop.unwrap().participants, 4);
}
