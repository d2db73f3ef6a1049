//! The interactive flow driven by a scripted prompter: order area by area, Esc back with the
//! previous answer pre-selected, skip, not applicable with a reason, importance suggested by
//! the profile, Ctrl-C, resume at the first unanswered question, and review.

use crate::common;

use anyhow::Result;
use icso_assess::answers::{Answers, State};
use icso_assess::assess::{Flow, Outcome, Start, Store, order};
use icso_assess::catalogue::{self, Data, DataSource};
use icso_assess::prompt::{Prompter, Reply, Screen};
use icso_assess::questionnaire::{Importance, Questionnaire};
use std::collections::VecDeque;

#[derive(Debug, Clone)]
enum Act {
    /// Choose option n.
    Pick(usize),
    /// Press Enter on whatever is pre-selected.
    Enter,
    Type(&'static str),
    Esc,
    CtrlC,
}

/// How the scripts name a level screen.
const LEVEL: &str = "level";

#[derive(Default)]
struct Script {
    acts: VecDeque<Act>,
    /// (message, start) of every select, in order.
    selects: Vec<(String, Option<usize>)>,
    texts: Vec<(String, String)>,
    said: Vec<String>,
}

impl Prompter for Script {
    fn heading(&mut self, lines: &[String]) {
        // Kept with the messages, one line each, as a reader sees them in order.
        self.said.extend(lines.iter().cloned());
    }
    fn say(&mut self, text: &str) {
        self.said.push(text.to_string());
    }
    fn choose(&mut self, screen: &Screen) -> Reply<usize> {
        // Level screens ask the question itself; they are told apart by their keys.
        let message = if screen.help.starts_with("0-4 level") {
            LEVEL
        } else {
            screen.question.as_str()
        };
        self.selects.push((message.to_string(), screen.start));
        match self
            .acts
            .pop_front()
            .unwrap_or_else(|| panic!("script ran out at select {message:?}"))
        {
            Act::Pick(n) => {
                assert!(n < screen.choices.len());
                Reply::Value(n)
            }
            Act::Enter => Reply::Value(
                screen
                    .start
                    .unwrap_or_else(|| panic!("Enter with nothing chosen at {message:?}")),
            ),
            Act::Esc => Reply::Back,
            Act::CtrlC => Reply::Interrupt,
            other => panic!("expected a select action at {message:?}, got {other:?}"),
        }
    }
    fn text(&mut self, message: &str, initial: &str, _help: &str) -> Reply<String> {
        self.texts.push((message.to_string(), initial.to_string()));
        match self
            .acts
            .pop_front()
            .unwrap_or_else(|| panic!("script ran out at text {message:?}"))
        {
            Act::Type(s) => Reply::Value(s.to_string()),
            Act::Enter => Reply::Value(initial.to_string()),
            Act::Esc => Reply::Back,
            Act::CtrlC => Reply::Interrupt,
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

fn run(data: &Data, start: Start, review: bool, acts: Vec<Act>) -> (Outcome, Script, Memory) {
    let mut script = Script {
        acts: acts.into(),
        ..Script::default()
    };
    let mut store = Memory::default();
    let outcome = Flow::new(data, &mut script, &mut store)
        .run(start, review)
        .unwrap();
    assert!(script.acts.is_empty(), "unused script: {:?}", script.acts);
    (outcome, script, store)
}

fn new_quick() -> Start {
    Start::New {
        questionnaire: Some("quick".into()),
        date: "2026-11-29".into(),
        organisation: String::new(),
    }
}

/// Organisation, respondent and the four profile answers: no presence, advocacy, single, BRI yes.
fn setup() -> Vec<Act> {
    vec![
        Act::Type("Open Rivers"),
        Act::Type("Leadership"),
        Act::Pick(2),
        Act::Pick(0),
        Act::Pick(1),
        Act::Pick(0),
    ]
}

/// Answer one question with a level, accepting the suggested importance, with no note (and no
/// evidence, asked at levels 3 and 4).
fn level(n: usize) -> Vec<Act> {
    let mut acts = vec![Act::Pick(n), Act::Enter, Act::Type("")];
    if n >= 3 {
        acts.push(Act::Type(""));
    }
    acts
}

#[test]
fn a_whole_quick_assessment_in_area_order() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let mut acts = setup();
    for i in 0..q.questions.len() {
        acts.extend(level(i % 5));
    }
    let (outcome, script, store) = run(&data, new_quick(), false, acts);
    let Outcome::Finished(a) = outcome else {
        panic!("not finished")
    };
    assert_eq!(a.answers.len(), q.questions.len());
    assert_eq!(
        (
            a.organisation.as_str(),
            a.respondent.as_str(),
            a.date.as_str()
        ),
        ("Open Rivers", "Leadership", "2026-11-29")
    );
    assert_eq!(a.profile["orientation"], "advocacy");
    // Saved after the respondent, each profile answer and each question, and at the end.
    assert_eq!(store.saves.len(), 1 + 4 + q.questions.len() + 1);
    assert_eq!(store.saves.last().unwrap(), &a);
    // The heading runs Question 1 of 16 .. 16 of 16, area by area in the guide's order.
    let progress: Vec<&String> = script
        .said
        .iter()
        .filter(|s| s.starts_with("Question "))
        .collect();
    assert_eq!(progress.len(), q.questions.len());
    assert!(
        progress[0].starts_with("Question 1 of 16  "),
        "{}",
        progress[0]
    );
    assert!(
        progress[15].starts_with("Question 16 of 16  "),
        "{}",
        progress[15]
    );
    let parts: Vec<&String> = script
        .said
        .iter()
        .filter(|s| s.starts_with("Part "))
        .collect();
    assert!(parts[0].starts_with("Part 01 "), "{}", parts[0]);
    assert!(parts[15].starts_with("Part 03 "), "{}", parts[15]);
    let areas: Vec<usize> = order(&data, q)
        .iter()
        .map(|&i| {
            data.catalogue.area_index(
                &data
                    .catalogue
                    .recommendation(&q.questions[i].recommendation)
                    .unwrap()
                    .area,
            )
        })
        .collect();
    assert!(areas.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn esc_goes_back_with_the_previous_answer_preselected() {
    let data = data();
    let mut acts = setup();
    acts.extend(level(2)); // first question: 2
    acts.push(Act::Esc); // at the second question's level: back
    acts.extend([Act::Pick(3), Act::Enter, Act::Type("changed")]); // first question again: 3
    acts.push(Act::Type("")); // no evidence
    acts.push(Act::CtrlC);
    let (outcome, script, _) = run(&data, new_quick(), false, acts);
    let Outcome::Interrupted(a) = outcome else {
        panic!("expected interrupted")
    };
    let first = &a.answers.values().next().unwrap();
    assert_eq!(first.state, State::Level(3));
    assert_eq!(first.note.as_deref(), Some("changed"));
    let level_selects: Vec<Option<usize>> = script
        .selects
        .iter()
        .filter(|(m, _)| m == LEVEL)
        .map(|(_, s)| *s)
        .collect();
    // A first answer starts on nothing; the revisited question starts at its answer.
    assert_eq!(
        level_selects,
        [None, None, Some(2), None],
        "the revisited question starts at its answer"
    );
}

#[test]
fn esc_inside_a_question_steps_back_within_it_and_then_to_the_profile() {
    let data = data();
    let mut acts = setup();
    // Level 1, then Esc at importance back to level, pick 4, Esc at the note back to importance...
    acts.extend([
        Act::Pick(1),
        Act::Esc,
        Act::Pick(4),
        Act::Enter,
        Act::Esc,
        Act::Enter,
        Act::Type(""),
        Act::Type(""),
    ]);
    // At the second question, Esc twice: back to the first question, then back to the last profile question.
    acts.extend([Act::Esc, Act::Esc, Act::Pick(1), Act::CtrlC]);
    let (outcome, script, _) = run(&data, new_quick(), false, acts);
    let Outcome::Interrupted(a) = outcome else {
        panic!()
    };
    assert_eq!(a.answers.values().next().unwrap().state, State::Level(4));
    assert_eq!(a.profile["bri-countries"], "no");
    assert_eq!(
        script
            .selects
            .iter()
            .filter(|(m, _)| m.contains("Belt and Road"))
            .count(),
        2
    );
}

#[test]
fn skip_not_applicable_and_dont_know() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let ord = order(&data, q);
    let ids: Vec<&str> = ord.iter().map(|&i| q.questions[i].id.as_str()).collect();
    let mut acts = setup();
    acts.push(Act::Pick(7)); // skip the first
    acts.extend([Act::Pick(5), Act::Type(""), Act::Type("no such work")]); // n/a, blank reason re-asked
    acts.extend([Act::Pick(6), Act::Enter, Act::Type("ask finance")]); // don't know
    acts.push(Act::CtrlC);
    let (outcome, script, store) = run(&data, new_quick(), false, acts);
    let Outcome::Interrupted(a) = outcome else {
        panic!()
    };
    assert!(!a.answers.contains_key(ids[0]));
    assert_eq!(
        a.answers[ids[1]].state,
        State::NotApplicable("no such work".into())
    );
    assert_eq!(a.answers[ids[2]].state, State::Unknown);
    assert_eq!(a.answers[ids[2]].note.as_deref(), Some("ask finance"));
    assert!(
        script
            .said
            .iter()
            .any(|s| s.contains("Please type something"))
    );
    assert_eq!(store.saves.last().unwrap(), &a);

    // Resume continues at the first unanswered question: the skipped one.
    let acts = vec![Act::CtrlC];
    let (_, script, _) = run(&data, Start::Resume(a.clone()), false, acts);
    let progress: Vec<&String> = script
        .said
        .iter()
        .filter(|s| s.starts_with("Question "))
        .collect();
    assert!(progress[0].starts_with("Question 1 of 16"), "{progress:?}");

    // Answering it moves on past the answered ones to the fourth.
    let mut acts = level(1);
    acts.push(Act::CtrlC);
    let (_, script, _) = run(&data, Start::Resume(a), false, acts);
    let progress: Vec<&String> = script
        .said
        .iter()
        .filter(|s| s.starts_with("Question "))
        .collect();
    assert!(progress[1].starts_with("Question 4 of 16"), "{progress:?}");
    // And says so.
    assert!(
        script
            .said
            .iter()
            .any(|s| s.starts_with("Skipped ahead over 2 questions you had already answered")),
        "{:?}",
        script.said
    );
}

#[test]
fn importance_is_suggested_by_the_profile_and_stored_only_when_changed() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let ord = order(&data, q);
    let r45 = ord
        .iter()
        .position(|&i| q.questions[i].id == "R45")
        .unwrap();
    let mut a = Answers {
        questionnaire: "quick".into(),
        questionnaire_version: q.version.clone(),
        organisation: "X".into(),
        respondent: "Y".into(),
        date: "2026-01-01".into(),
        ..Answers::default()
    };
    for (k, v) in [
        ("china-presence", "none"),
        ("orientation", "advocacy"),
        ("structure", "single"),
        ("bri-countries", "no"),
    ] {
        a.profile.insert(k.into(), v.into());
    }
    for &i in &ord[..r45] {
        a.answers.insert(
            q.questions[i].id.clone(),
            icso_assess::answers::Answer::level(1),
        );
    }
    // R45 (the last question) is high for advocacy organisations: the prompt starts on High.
    let acts = vec![Act::Pick(1), Act::Enter, Act::Type("")];
    let (outcome, script, _) = run(&data, Start::Resume(a.clone()), false, acts);
    let importance = script
        .selects
        .iter()
        .find(|(m, _)| m.starts_with("How important"))
        .unwrap();
    assert_eq!(importance.1, Some(2));
    let Outcome::Finished(done) = outcome else {
        panic!()
    };
    assert_eq!(
        done.answers["R45"].importance, None,
        "accepting the suggestion stores nothing"
    );

    let acts = vec![Act::Pick(1), Act::Pick(0), Act::Type("")];
    let (outcome, _, _) = run(&data, Start::Resume(a), false, acts);
    let Outcome::Finished(done) = outcome else {
        panic!()
    };
    assert_eq!(done.answers["R45"].importance, Some(Importance::Low));
}

#[test]
fn review_walks_through_every_answer_prefilled() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let mut acts = setup();
    for _ in 0..q.questions.len() {
        acts.extend(level(3));
    }
    let (Outcome::Finished(a), _, _) = run(&data, new_quick(), false, acts) else {
        panic!()
    };
    let mut acts = Vec::new();
    for _ in 0..q.questions.len() {
        acts.extend([Act::Enter, Act::Enter, Act::Enter, Act::Enter]);
    }
    let (outcome, script, _) = run(&data, Start::Resume(a.clone()), true, acts);
    assert_eq!(outcome, Outcome::Finished(a));
    let starts: Vec<Option<usize>> = script
        .selects
        .iter()
        .filter(|(m, _)| m == LEVEL)
        .map(|(_, s)| *s)
        .collect();
    assert_eq!(starts, vec![Some(3); q.questions.len()]);
}

#[test]
fn levels_3_and_4_ask_for_evidence_which_esc_leaves_and_review_keeps() {
    let data = data();
    let mut acts = setup();
    // Level 4, no change of importance, a note; at the evidence, Esc back to the note, which
    // keeps what was typed; then two references with a blank one between.
    acts.extend([
        Act::Pick(4),
        Act::Enter,
        Act::Type("our policy"),
        Act::Esc,
        Act::Enter,
        Act::Type(" Board minutes, March 2026 ;; https://example.org/policy "),
    ]);
    // Level 2: no evidence asked; then level 1 and stop.
    acts.extend([Act::Pick(2), Act::Enter, Act::Type("")]);
    acts.push(Act::CtrlC);
    let (outcome, script, _) = run(&data, new_quick(), false, acts);
    let Outcome::Interrupted(a) = outcome else {
        panic!("expected interrupted")
    };
    let ids = order(&data, data.questionnaire("quick").unwrap());
    let q = data.questionnaire("quick").unwrap();
    let first = &a.answers[&q.questions[ids[0]].id];
    assert_eq!(first.note.as_deref(), Some("our policy"));
    assert_eq!(
        first.evidence,
        ["Board minutes, March 2026", "https://example.org/policy"]
    );
    assert!(a.answers[&q.questions[ids[1]].id].evidence.is_empty());
    let evidence_asked: Vec<&(String, String)> = script
        .texts
        .iter()
        .filter(|(m, _)| m.starts_with("What shows this?"))
        .collect();
    // Asked twice for the first question (before and after Esc), never for level 2.
    assert_eq!(evidence_asked.len(), 2, "{:?}", script.texts);
    // Review shows the references as typed, separated by ;
    let mut review = vec![Act::Enter, Act::Enter, Act::Enter, Act::Enter];
    review.extend([Act::Enter, Act::Enter, Act::Enter, Act::CtrlC]);
    let (_, script, _) = run(&data, Start::Resume(a.clone()), true, review);
    assert!(
        script
            .texts
            .iter()
            .any(|(m, initial)| m.starts_with("What shows this?")
                && initial == "Board minutes, March 2026; https://example.org/policy"),
        "{:?}",
        script.texts
    );
}

#[test]
fn a_new_assessment_can_choose_its_questionnaire() {
    let data = data();
    let full = data
        .questionnaires
        .iter()
        .position(|q| q.id == "full")
        .unwrap();
    let acts = vec![
        Act::Pick(full),
        Act::Type("Org"),
        Act::Esc,
        Act::Esc,
        Act::Enter,
        Act::Enter,
        Act::Type("Team"),
        Act::CtrlC,
    ];
    let (outcome, script, _) = run(
        &data,
        Start::New {
            questionnaire: None,
            date: "2026-01-01".into(),
            organisation: String::new(),
        },
        false,
        acts,
    );
    let Outcome::Interrupted(a) = outcome else {
        panic!()
    };
    assert_eq!(a.questionnaire, "full");
    assert_eq!(
        (a.organisation.as_str(), a.respondent.as_str()),
        ("Org", "Team")
    );
    // Quick is offered first; back at the prompt, the cursor is on the earlier choice.
    let starts: Vec<usize> = script
        .selects
        .iter()
        .filter(|(m, _)| m == "Which questionnaire?")
        .filter_map(|(_, s)| *s)
        .collect();
    let quick = data
        .questionnaires
        .iter()
        .position(|q| q.id == "quick")
        .unwrap();
    assert_eq!(starts, [quick, full]);
}

#[test]
fn ctrl_c_after_choosing_a_level_keeps_it() {
    let data = data();
    let q = data.questionnaire("quick").unwrap();
    let ord = order(&data, q);
    let ids: Vec<&str> = ord.iter().map(|&i| q.questions[i].id.as_str()).collect();

    // Level 2 chosen, Ctrl-C at the importance.
    let mut acts = setup();
    acts.extend([Act::Pick(2), Act::CtrlC]);
    let (outcome, _, store) = run(&data, new_quick(), false, acts);
    let Outcome::Interrupted(a) = outcome else {
        panic!()
    };
    assert_eq!(a.answers[ids[0]].state, State::Level(2));
    assert_eq!(a.answers[ids[0]].importance, None);
    assert_eq!(store.saves.last().unwrap(), &a, "saved before stopping");

    // Level 3 and a changed importance, Ctrl-C at the note: both kept, the old note too.
    let mut a = a;
    a.answers.get_mut(ids[0]).unwrap().note = Some("earlier note".into());
    let acts = vec![Act::Pick(3), Act::Pick(0), Act::CtrlC];
    let (outcome, _, store) = run(&data, Start::Resume(a.clone()), true, acts);
    let Outcome::Interrupted(b) = outcome else {
        panic!()
    };
    let kept = &b.answers[ids[0]];
    assert_eq!(kept.state, State::Level(3));
    assert_eq!(kept.importance, Some(Importance::Low));
    assert_eq!(kept.note.as_deref(), Some("earlier note"));
    assert_eq!(store.saves.last().unwrap(), &b);

    // Not applicable needs its reason: Ctrl-C there leaves the previous answer as it was.
    let acts = vec![Act::Pick(5), Act::CtrlC];
    let (outcome, _, store) = run(&data, Start::Resume(b.clone()), true, acts);
    let Outcome::Interrupted(c) = outcome else {
        panic!()
    };
    assert_eq!(c.answers[ids[0]], b.answers[ids[0]]);
    assert!(store.saves.is_empty(), "nothing changed, nothing written");
}

/// A person typing whatever they like: each text prompt first gets the hostile text, and when
/// the flow offers it back (cleaned, or to shorten) they accept it cut to 150 characters (or
/// type "x" when asked again for a required text).
struct Typist {
    texts: VecDeque<String>,
    /// The first question's level option: 0-4, or 5 for not applicable (asks a reason).
    level: usize,
    offered_back: usize,
    last_message: String,
}

impl Prompter for Typist {
    fn say(&mut self, _text: &str) {}
    fn choose(&mut self, screen: &Screen) -> Reply<usize> {
        if screen.help.starts_with("0-4 level") {
            if self.texts.is_empty() {
                return Reply::Interrupt;
            }
            return Reply::Value(self.level);
        }
        Reply::Value(screen.start.unwrap_or(0))
    }
    fn text(&mut self, message: &str, initial: &str, _help: &str) -> Reply<String> {
        if message == self.last_message {
            self.offered_back += 1;
            let kept: String = initial.chars().take(150).collect();
            // Asked again for a blank required text: type something.
            return Reply::Value(if kept.is_empty() { "x".into() } else { kept });
        }
        self.last_message = message.to_string();
        match self.texts.pop_front() {
            Some(t) => Reply::Value(t),
            None => Reply::Interrupt,
        }
    }
    fn width(&self) -> usize {
        80
    }
}

/// Saves what the real store saves: the file's text.
#[derive(Default)]
struct Files {
    last: Option<String>,
}

impl Store for Files {
    fn save(&mut self, answers: &Answers, q: &Questionnaire) -> Result<()> {
        self.last = Some(icso_assess::answers::to_toml(answers, q));
        Ok(())
    }
}

/// Typed text: any characters (controls, bidi, tags, line breaks, tabs), often long.
fn typed() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<char>(), 0..2600).prop_map(|v| v.into_iter().collect()),
        proptest::collection::vec(
            prop_oneof![
                Just('a'),
                Just(' '),
                Just('\t'),
                Just('\n'),
                Just('\u{1b}'),
                Just('\u{202E}'),
                Just('\u{E0041}'),
                Just('\u{FE0F}'),
                Just('\u{AD}'),
                Just('\u{3164}'),
                Just('代'),
            ],
            0..2300
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

proptest::proptest! {
    #![proptest_config(common::seeded(proptest::prelude::ProptestConfig::with_cases(48)))]
    #[test]
    fn any_text_the_flow_accepts_loads_back(
        organisation in typed(),
        respondent in typed(),
        third in typed(),
        not_applicable in proptest::bool::ANY,
    ) {
        let data = data();
        // The third text is the not-applicable reason, or the note after a level.
        let mut p = Typist {
            texts: [organisation, respondent, third].into_iter().collect(),
            level: if not_applicable { 5 } else { 2 },
            offered_back: 0,
            last_message: String::new(),
        };
        let mut store = Files::default();
        let outcome = Flow::new(&data, &mut p, &mut store).run(new_quick(), false).unwrap();
        let Outcome::Interrupted(kept) = outcome else { panic!("expected a stop") };
        let text = store.last.expect("saved");
        let loaded = icso_assess::answers::parse("typed.toml", &text, &data);
        proptest::prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), text);
        proptest::prop_assert_eq!(loaded.unwrap(), kept);
    }
}
