//! The workshop's flow driven by a scripted prompter on examples/federation: only the
//! disagreements are discussed, most urgent first; each needs a justification; Esc steps back;
//! the rest take the combined level; the consensus loads, reports and compares; anonymous
//! screens name no respondent; a resumed session continues where it stopped.

use crate::common;

use anyhow::Result;
use icso_assess::analysis::aggregate::{self, inputs, lower_median};
use icso_assess::answers::{self, Answers, Source, State};
use icso_assess::assess::Store;
use icso_assess::catalogue::{self, Data, DataSource};
use icso_assess::prompt::{Prompter, Reply, Screen};
use icso_assess::questionnaire::Questionnaire;
use icso_assess::workshop::{Flow, Group, Outcome};
use proptest::prelude::*;
use std::collections::VecDeque;
use std::path::PathBuf;

#[derive(Debug, Clone)]
enum Act {
    Pick(usize),
    Type(String),
    Enter,
    Esc,
    CtrlC,
}

fn typed(s: &str) -> Act {
    Act::Type(s.to_string())
}

#[derive(Default)]
struct Script {
    acts: VecDeque<Act>,
    /// Everything shown, in order: headings, messages, screens (with `?` text) and prompts.
    shown: Vec<String>,
    /// The question of every select, in order.
    asked: Vec<String>,
}

impl Prompter for Script {
    fn heading(&mut self, lines: &[String]) {
        self.shown.extend(lines.iter().cloned());
    }
    fn say(&mut self, text: &str) {
        self.shown.push(text.to_string());
    }
    fn choose(&mut self, screen: &Screen) -> Reply<usize> {
        self.shown.extend(screen.context.iter().cloned());
        self.shown.push(screen.question.clone());
        self.shown
            .extend(screen.choices.iter().map(|c| c.label.clone()));
        self.shown.extend(screen.more.iter().cloned());
        self.asked.push(screen.question.clone());
        match self.acts.pop_front() {
            Some(Act::Pick(n)) => {
                assert!(
                    n < screen.choices.len(),
                    "no choice {n} at {:?}",
                    screen.question
                );
                Reply::Value(n)
            }
            Some(Act::Enter) => Reply::Value(screen.start.expect("Enter with nothing chosen")),
            Some(Act::Esc) => Reply::Back,
            Some(Act::CtrlC) => Reply::Interrupt,
            other => panic!(
                "expected a select action at {:?}, got {other:?}",
                screen.question
            ),
        }
    }
    fn text(&mut self, message: &str, initial: &str, _help: &str) -> Reply<String> {
        self.shown.push(format!("{message} [{initial}]"));
        self.asked.push(message.to_string());
        match self.acts.pop_front() {
            Some(Act::Type(s)) => Reply::Value(s),
            Some(Act::Enter) => Reply::Value(initial.to_string()),
            Some(Act::Esc) => Reply::Back,
            Some(Act::CtrlC) => Reply::Interrupt,
            other => panic!("expected a text action at {message:?}, got {other:?}"),
        }
    }
    fn width(&self) -> usize {
        80
    }
}

#[derive(Default)]
struct Memory {
    saves: Vec<Answers>,
}

impl Store for Memory {
    fn save(&mut self, answers: &Answers, _q: &Questionnaire) -> Result<()> {
        self.saves.push(answers.clone());
        Ok(())
    }
}

fn data() -> Data {
    catalogue::load(&DataSource::Builtin).unwrap()
}

/// The federation's four respondents, combined.
fn federation(data: &Data) -> (&Questionnaire, aggregate::Aggregate) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/federation");
    let files = inputs::files(&[dir]).unwrap();
    let (q, respondents) =
        inputs::load(&files, data, &icso_assess::io::crypt::Keys::none()).unwrap();
    let combined = aggregate::combine(&data.catalogue, q, respondents);
    (q, combined)
}

fn run(g: &Group, start: Answers, acts: Vec<Act>) -> (Outcome, Script, Memory) {
    let mut script = Script {
        acts: acts.into(),
        ..Script::default()
    };
    let mut store = Memory::default();
    let outcome = Flow::new(g, &mut script, &mut store).run(start).unwrap();
    assert!(script.acts.is_empty(), "acts left over: {:?}", script.acts);
    (outcome, script, store)
}

/// Agree level `level` on the next disagreement with a justification and no evidence.
fn agree(level: usize, why: &str) -> Vec<Act> {
    vec![Act::Pick(level), typed(why), typed("")]
}

#[test]
fn only_disagreements_are_discussed_then_the_rest_confirmed() {
    let data = data();
    let (q, agg) = federation(&data);
    let g = Group::new(&data, q, &agg.summary, &agg.combined, 2, false);
    // Independently: the questions whose levels spread by 2 or more.
    let spread: Vec<&str> = agg
        .summary
        .questions
        .iter()
        .filter(|s| s.spread.is_some_and(|w| w >= 2))
        .map(|s| s.question.as_str())
        .collect();
    assert!(spread.len() >= 3, "the example needs disagreements");
    assert_eq!(g.discuss.len(), spread.len());

    let mut acts = vec![Act::Enter];
    // The first: Esc at the justification goes back to the level; an empty one is refused.
    acts.extend([
        Act::Pick(1),
        Act::Esc,
        Act::Pick(2),
        typed("  "),
        typed("One office only"),
    ]);
    acts.push(typed("Network charter; ; Minutes, May 2026"));
    for n in 1..g.discuss.len() {
        acts.extend(agree(n % 5, &format!("Reason {n}")));
    }
    acts.push(Act::Pick(0)); // accept every combined level
    let blank = g.blank("2026-12-01");
    let (outcome, script, store) = run(&g, blank, acts);
    let Outcome::Finished(done) = outcome else {
        panic!("not finished")
    };
    assert!(
        script
            .shown
            .iter()
            .any(|s| s.starts_with("A justification is required")),
        "an empty justification was accepted"
    );
    // Saved after each disagreement and after the confirmation.
    assert_eq!(store.saves.len(), g.discuss.len() + 1);
    assert_eq!(store.saves.last(), Some(&done));

    let first = &done.answers[&q.questions[g.discuss[0]].id];
    assert_eq!(first.state, State::Level(2));
    assert_eq!(
        first.source,
        Some(Source::Agreed {
            justification: "One office only".into()
        })
    );
    assert_eq!(first.evidence, ["Network charter", "Minutes, May 2026"]);
    for (pos, &n) in g.discuss.iter().enumerate().skip(1) {
        let a = &done.answers[&q.questions[n].id];
        let want = match pos % 5 {
            l @ 0..=4 => State::Level(u8::try_from(l).unwrap()),
            _ => unreachable!(),
        };
        assert_eq!(a.state, want, "{}", q.questions[n].id);
    }
    // The rest: the combined answer, marked with how many it combines.
    for n in g.agreeing() {
        let id = &q.questions[n].id;
        let a = &done.answers[id];
        assert_eq!(a.state, agg.combined.answers[id].state, "{id}");
        assert!(
            matches!(a.source, Some(Source::Median { of: 4 })),
            "{id}: {:?}",
            a.source
        );
    }
    assert_eq!(done.workshop.as_ref().unwrap().participants, 4);
    assert!(done.workshop.as_ref().unwrap().names.is_empty());
    assert_eq!(done.respondent, "Workshop: 4 respondents");

    // Anonymous: no respondent's name on any screen.
    for r in &agg.summary.respondents {
        for s in &script.shown {
            assert!(!s.contains(&r.label), "{} shown in {s:?}", r.label);
        }
    }

    // The file as written loads, reports and compares.
    let text = answers::to_toml(&done, q);
    assert!(text.starts_with("# icso-assess consensus file of a workshop."));
    let back = answers::parse("consensus.toml", &text, &data).unwrap();
    assert_eq!(back, done);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("consensus.toml");
    std::fs::write(&path, &text).unwrap();
    let bin = env!("CARGO_BIN_EXE_icso-assess");
    let out = std::process::Command::new(bin)
        .args(["report", "--format", "json", "--answers"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = std::process::Command::new(bin)
        .arg("compare")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/federation-full-2026.toml"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Given back to aggregate as a respondent, it is named for what it is.
    let out = std::process::Command::new(bin)
        .arg("aggregate")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/federation"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("holds a workshop's agreed answers"),
        "{stderr}"
    );
}

#[test]
fn named_screens_say_who_chose_what_and_the_file_keeps_the_names() {
    let data = data();
    let (q, agg) = federation(&data);
    let g = Group::new(&data, q, &agg.summary, &agg.combined, 2, true);
    let (outcome, script, _) = run(&g, g.blank("2026-12-01"), vec![Act::Enter, Act::CtrlC]);
    let Outcome::Interrupted(a) = outcome else {
        panic!()
    };
    let names = &a.workshop.as_ref().unwrap().names;
    assert_eq!(names.len(), 4);
    assert!(
        script.shown.iter().any(|s| s.contains("Bangkok office (")),
        "{:#?}",
        script.shown
    );
}

#[test]
fn a_resumed_session_continues_at_the_first_open_disagreement() {
    let data = data();
    let (q, agg) = federation(&data);
    let g = Group::new(&data, q, &agg.summary, &agg.combined, 2, false);
    let mut acts = vec![Act::Enter];
    acts.extend(agree(3, "First"));
    acts.extend(agree(1, "Second"));
    acts.push(Act::CtrlC);
    let (Outcome::Interrupted(partial), _, _) = run(&g, g.blank("2026-12-01"), acts) else {
        panic!("not interrupted")
    };
    assert_eq!(partial.answers.len(), 2);
    // Resume: the overview offers to continue at the third; Esc there goes back to the second,
    // with its level and justification offered again.
    let acts = vec![
        Act::Enter,
        Act::Esc,
        Act::Enter,
        Act::Enter,
        Act::Enter,
        Act::CtrlC,
    ];
    let (outcome, script, store) = run(&g, partial.clone(), acts);
    assert!(
        script.shown.iter().any(|s| s.starts_with(&format!(
            "Continue at disagreement 3 of {}",
            g.discuss.len()
        ))),
        "{:#?}",
        script.shown
    );
    assert!(
        script.shown.iter().any(|s| s.contains("[Second]")),
        "the justification was not offered again"
    );
    let Outcome::Interrupted(after) = outcome else {
        panic!()
    };
    assert_eq!(after.answers, partial.answers);
    assert_eq!(
        store.saves.len(),
        1,
        "saved again after the second, unchanged"
    );
}

#[test]
fn a_wider_spread_discusses_fewer_questions() {
    let data = data();
    let (q, agg) = federation(&data);
    let two = Group::new(&data, q, &agg.summary, &agg.combined, 2, false);
    let one = Group::new(&data, q, &agg.summary, &agg.combined, 1, false);
    let three = Group::new(&data, q, &agg.summary, &agg.combined, 3, false);
    assert!(one.discuss.len() > two.discuss.len());
    assert!(three.discuss.len() < two.discuss.len());
    assert!(three.discuss.iter().all(|n| two.discuss.contains(n)));
}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig::with_cases(24)))]

    /// Whatever the group agrees, discussed questions keep it and the others keep the lower
    /// median of the levels given.
    #[test]
    fn discussed_keep_what_was_agreed_and_the_rest_the_lower_median(
        levels in proptest::collection::vec(0usize..7, 20),
        spread in 1u8..4,
    ) {
        let data = data();
        let (q, agg) = federation(&data);
        let g = Group::new(&data, q, &agg.summary, &agg.combined, spread, false);
        let mut acts = vec![Act::Enter];
        for pos in 0..g.discuss.len() {
            acts.extend(agree(levels[pos % levels.len()], "Agreed"));
        }
        acts.push(Act::Pick(0));
        let (Outcome::Finished(done), _, _) = run(&g, g.blank("2026-12-01"), acts) else {
            panic!("not finished")
        };
        for (pos, &n) in g.discuss.iter().enumerate() {
            let want = match levels[pos % levels.len()] {
                l @ 0..=4 => State::Level(u8::try_from(l).unwrap()),
                5 => State::NotApplicable("Agreed".into()),
                _ => State::Unknown,
            };
            prop_assert_eq!(&done.answers[&q.questions[n].id].state, &want);
        }
        for n in g.agreeing() {
            let id = &q.questions[n].id;
            let mut given: Vec<u8> = agg
                .summary
                .answers_to(id)
                .filter_map(|(_, a)| match a?.state {
                    State::Level(l) => Some(l),
                    _ => None,
                })
                .collect();
            if let Some(median) = lower_median(&mut given) {
                prop_assert_eq!(&done.answers[id].state, &State::Level(median));
            }
        }
    }
}

#[test]
fn the_command_checks_its_files_first_then_asks_for_a_terminal() {
    // Without a terminal: `output()` gives the command no standard input.
    let refused = |args: &[&str]| {
        let out = common::icso(args);
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let mixed = refused(&[
        "workshop",
        "examples/federation",
        "examples/advocacy-quick-2025.toml",
    ]);
    assert!(mixed.contains("different questionnaires"), "{mixed}");
    let alone = refused(&["workshop", "examples/federation"]);
    assert!(
        alone.contains("needs a terminal") && alone.contains("workshop pack"),
        "{alone}"
    );
}
