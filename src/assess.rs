//! The interactive assessment's flow: which screen comes next, what Esc and skip do, where a
//! resumed assessment continues, and the importance the profile suggests. It talks only to a
//! [`Prompter`] and a [`Store`], so tests can script it end to end.

use crate::answers::limits::{self, Field};
use crate::answers::{Answer, Answers, State};
use crate::catalogue::Data;
use crate::diagnostics::Code;
use crate::prompt::{Choice, Prompter, Reply, Screen};
use crate::questionnaire::{Importance, Questionnaire};
use crate::term::wrap;
use anyhow::Result;

/// Where answers are kept after every step.
pub trait Store {
    fn save(&mut self, answers: &Answers, q: &Questionnaire) -> Result<()>;

    /// What to save if the session is stopped from outside (a signal) before the next
    /// [`Store::save`]: the answers with the one in progress (a level chosen, its importance or
    /// note not yet). Not written now; the next save supersedes it.
    fn pending(&mut self, _answers: &Answers, _q: &Questionnaire) {}
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every question was offered; some may have been skipped.
    Finished(Answers),
    /// Ctrl-C: the answers so far are saved.
    Interrupted(Answers),
}

/// How to start.
#[derive(Debug, Clone)]
pub enum Start {
    /// A new assessment: the questionnaire if already chosen, and today's date.
    New {
        questionnaire: Option<String>,
        date: String,
        /// Offered as the organisation's name (last year's, for a new year's run).
        organisation: String,
    },
    /// Answers loaded from the file.
    Resume(Answers),
}

/// One screen of the flow, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Questionnaire,
    Organisation,
    Respondent,
    Profile(usize),
    Question(usize),
    Done,
}

const LEVEL_HELP: &str =
    "0-4 level · n not applicable · d don't know · s skip · ? more · Esc back · Ctrl-C stop";

/// Question ids in the order they are asked: area by area, in the guide's order.
pub fn order(data: &Data, q: &Questionnaire) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..q.questions.len()).collect();
    idx.sort_by_key(|&i| {
        let area = data
            .catalogue
            .recommendation(&q.questions[i].recommendation)
            .map_or(usize::MAX, |r| data.catalogue.area_index(&r.area));
        (area, i)
    });
    idx
}

/// The importance the profile gives a question (medium when no rule applies).
pub fn suggested_importance(
    q: &Questionnaire,
    answers: &Answers,
    recommendation: &str,
) -> Importance {
    q.profile_importance(recommendation, &|id| answers.profile_answer(id))
        .unwrap_or(Importance::Medium)
}

/// How one question ended.
enum Asked {
    /// Answered, or skipped (`None`: whatever was there before stays).
    Answered(Option<Answer>),
    Back,
    /// Ctrl-C, with the answer as far as it was given (a level chosen, importance or note not
    /// yet), so that it is saved too.
    Stopped(Option<Answer>),
}

pub struct Flow<'a> {
    data: &'a Data,
    p: &'a mut dyn Prompter,
    store: &'a mut dyn Store,
}

impl<'a> Flow<'a> {
    pub fn new(data: &'a Data, p: &'a mut dyn Prompter, store: &'a mut dyn Store) -> Self {
        Flow { data, p, store }
    }

    fn say_wrapped(&mut self, text: &str, indent: &str) {
        let w = self.p.width();
        self.p.say(&wrap(text, w, indent));
    }

    /// Run the assessment from `start`; `review` walks through every question again.
    pub fn run(&mut self, start: Start, review: bool) -> Result<Outcome> {
        let (mut answers, mut step) = match start {
            Start::New {
                questionnaire,
                date,
                organisation,
            } => {
                let mut a = Answers {
                    date,
                    organisation,
                    ..Answers::default()
                };
                let step = match questionnaire.and_then(|id| self.data.questionnaire(&id)) {
                    Some(q) => {
                        a.questionnaire = q.id.clone();
                        a.questionnaire_version = q.version.clone();
                        Step::Organisation
                    }
                    None => Step::Questionnaire,
                };
                (a, step)
            }
            Start::Resume(a) => (a, Step::Done),
        };
        let data = self.data;
        if step == Step::Done {
            // Resuming: continue at the first unanswered question, or review from the start.
            let q = self.questionnaire(&answers)?;
            let ord = order(data, q);
            let next = if review {
                Some(0)
            } else {
                ord.iter()
                    .position(|&i| !answers.answers.contains_key(&q.questions[i].id))
            };
            let missing_profile = q
                .profile
                .iter()
                .position(|p| !answers.profile.contains_key(&p.id));
            step = match (missing_profile, next) {
                (Some(p), _) => Step::Profile(p),
                (None, Some(n)) => Step::Question(n),
                (None, None) => Step::Done,
            };
        }

        loop {
            match step {
                Step::Questionnaire => {
                    self.p.heading(&["A new self-assessment".to_string()]);
                    let qs = &data.questionnaires;
                    let options: Vec<String> = qs
                        .iter()
                        .map(|q| format!("{}: {} ({} questions)", q.id, q.title, q.questions.len()))
                        .collect();
                    let start = qs
                        .iter()
                        .position(|q| q.id == answers.questionnaire)
                        .or_else(|| qs.iter().position(|q| q.id == "quick"))
                        .unwrap_or(0);
                    match self.p.select(
                        "Which questionnaire?",
                        &options,
                        start,
                        "↑↓ move · Enter choose · Ctrl-C stop",
                    ) {
                        Reply::Value(i) => {
                            answers.questionnaire = qs[i].id.clone();
                            answers.questionnaire_version = qs[i].version.clone();
                            step = Step::Organisation;
                        }
                        Reply::Back => {}
                        Reply::Interrupt => return Ok(Outcome::Interrupted(answers)),
                    }
                }
                Step::Organisation => {
                    self.p
                        .heading(&["A new self-assessment · who is answering".to_string()]);
                    match self.line(
                        Field::Organisation,
                        "Organisation name",
                        &answers.organisation.clone(),
                        "The organisation being assessed",
                        true,
                    ) {
                        Reply::Value(v) => {
                            answers.organisation = v;
                            step = Step::Respondent;
                        }
                        Reply::Back => step = Step::Questionnaire,
                        Reply::Interrupt => return Ok(Outcome::Interrupted(answers)),
                    }
                }
                Step::Respondent => {
                    match self.line(
                        Field::Respondent,
                        "Who is answering?",
                        &answers.respondent.clone(),
                        "A person, team or office, e.g. \"Leadership team\" or \"Nairobi office\"",
                        true,
                    ) {
                        Reply::Value(v) => {
                            answers.respondent = v;
                            self.save(&answers)?;
                            step = Step::Profile(0);
                        }
                        Reply::Back => step = Step::Organisation,
                        Reply::Interrupt => return Ok(Outcome::Interrupted(answers)),
                    }
                }
                Step::Profile(i) => {
                    let q = self.questionnaire(&answers)?;
                    let Some(pq) = q.profile.get(i) else {
                        step = Step::Question(0);
                        continue;
                    };
                    self.p.heading(&[format!(
                        "About your organisation · {} of {}",
                        i + 1,
                        q.profile.len()
                    )]);
                    let current = answers.profile.get(&pq.id).map(String::as_str);
                    let screen = profile_screen(pq, i == 0, current);
                    match self.p.choose(&screen) {
                        Reply::Value(k) => {
                            answers
                                .profile
                                .insert(pq.id.clone(), pq.options[k].id.clone());
                            self.save(&answers)?;
                            step = if i + 1 < q.profile.len() {
                                Step::Profile(i + 1)
                            } else {
                                Step::Question(0)
                            };
                        }
                        Reply::Back => {
                            step = if i == 0 {
                                Step::Respondent
                            } else {
                                Step::Profile(i - 1)
                            }
                        }
                        Reply::Interrupt => return Ok(Outcome::Interrupted(answers)),
                    }
                }
                Step::Question(pos) => {
                    let q = self.questionnaire(&answers)?;
                    let ord = order(data, q);
                    if pos >= ord.len() {
                        step = Step::Done;
                        continue;
                    }
                    match self.question(q, &answers, ord[pos], pos, ord.len()) {
                        Asked::Answered(choice) => {
                            let id = &q.questions[ord[pos]].id;
                            if let Some(answer) = choice {
                                answers.answers.insert(id.clone(), answer);
                                self.save(&answers)?;
                            }
                            // In review, go through every question; otherwise skip answered ones.
                            let next = (pos + 1..ord.len())
                                .find(|&n| {
                                    review || !answers.answers.contains_key(&q.questions[ord[n]].id)
                                })
                                .unwrap_or(ord.len());
                            let over = next - pos - 1;
                            if over > 0 {
                                self.p.say(&format!(
                                    "Skipped ahead over {over} question{} you had already answered (to go through every answer, run with --review).",
                                    if over == 1 { "" } else { "s" }
                                ));
                            }
                            step = Step::Question(next);
                        }
                        Asked::Back => {
                            step = if pos == 0 {
                                Step::Profile(q.profile.len().saturating_sub(1))
                            } else {
                                Step::Question(pos - 1)
                            };
                        }
                        Asked::Stopped(partial) => {
                            if let Some(answer) = partial {
                                let id = &q.questions[ord[pos]].id;
                                answers.answers.insert(id.clone(), answer);
                                self.save(&answers)?;
                            }
                            return Ok(Outcome::Interrupted(answers));
                        }
                    }
                }
                Step::Done => {
                    self.save(&answers)?;
                    return Ok(Outcome::Finished(answers));
                }
            }
        }
    }

    fn questionnaire(&self, answers: &Answers) -> Result<&'a Questionnaire> {
        self.data
            .questionnaire(&answers.questionnaire)
            .ok_or_else(|| {
                anyhow::anyhow!("questionnaire \"{}\" does not exist", answers.questionnaire)
            })
    }

    fn save(&mut self, answers: &Answers) -> Result<()> {
        let q = self.questionnaire(answers)?;
        self.store.save(answers, q)
    }

    /// A line of text for `field`; `required` re-asks until it is not blank. The answers file's
    /// own rules apply here, with the reason on screen: characters it refuses are removed (and
    /// the cleaned text offered to confirm), text over its limit is offered back to shorten.
    fn line(
        &mut self,
        field: Field,
        message: &str,
        initial: &str,
        help: &str,
        required: bool,
    ) -> Reply<String> {
        let mut initial = initial.to_string();
        loop {
            match self.p.text(message, &initial, help) {
                Reply::Value(v) => {
                    let cleaned = limits::clean(field, &v);
                    let what = field_name(field);
                    if let Some(problem) = limits::check(field, what, &v)
                        .into_iter()
                        .find(|p| p.code == Code::ForbiddenCharacter)
                    {
                        self.say_wrapped(
                            &format!(
                                "Not saved yet: {}. Characters that cannot be saved were removed; check the text and press Enter.",
                                problem.message
                            ),
                            "",
                        );
                        initial = cleaned;
                        continue;
                    }
                    if let Some(problem) = limits::check(field, what, &cleaned).into_iter().next() {
                        self.say_wrapped(&format!("Not saved yet: {}.", problem.message), "");
                        initial = cleaned;
                        continue;
                    }
                    if required && cleaned.is_empty() {
                        self.p
                            .say("Please type something (or press Esc to go back).");
                        continue;
                    }
                    return Reply::Value(cleaned);
                }
                other => return other,
            }
        }
    }

    /// Tell the store the answer in progress, so a signal before the next save keeps it.
    fn hold(&mut self, q: &Questionnaire, answers: &Answers, id: &str, answer: Option<Answer>) {
        if let Some(answer) = answer {
            let mut held = answers.clone();
            held.answers.insert(id.to_string(), answer);
            self.store.pending(&held, q);
        }
    }

    /// One question: the level, then a reason (not applicable), importance and a note. `None`
    /// means skipped for now.
    fn question(
        &mut self,
        q: &Questionnaire,
        answers: &Answers,
        index: usize,
        pos: usize,
        total: usize,
    ) -> Asked {
        let question = &q.questions[index];
        let cat = &self.data.catalogue;
        let Some(rec) = cat.recommendation(&question.recommendation) else {
            return Asked::Answered(None);
        };
        let existing = answers.answers.get(&question.id);
        let part = cat.part(&rec.part).map_or("", |p| p.title.as_str());
        let area = cat.area(&rec.area).map_or("", |a| a.title.as_str());
        self.p.heading(&[
            format!(
                "Question {} of {}  {}",
                pos + 1,
                total,
                progress_bar(pos, total)
            ),
            format!("Part {} {part} · {area}", rec.part),
            format!("{}  {}", rec.id, rec.title),
        ]);
        let choices = level_choices(q, question);
        let levels = q.scale.len();
        let mut more = format!("{}\n\n{}", rec.title, rec.summary);
        for p in &rec.subpoints {
            more.push_str(&format!("\n\n{}: {}", p.title, p.summary));
        }
        more.push_str(&format!("\n\nFirst step: {}", rec.first_step));
        let mut sub = 0;
        let mut state: Option<State> = existing.map(|a| a.state.clone());
        let mut importance = existing.and_then(|a| a.importance);
        let note = existing.and_then(|a| a.note.clone()).unwrap_or_default();
        let target = existing.and_then(|a| a.target);
        // Ctrl-C after the level was chosen keeps it, with what was already there besides.
        let keep = |state: &Option<State>, importance: Option<Importance>| {
            state.clone().map(|state| Answer {
                state,
                importance,
                target,
                note: none_if_empty(&note),
            })
        };
        let suggested = suggested_importance(q, answers, &rec.id);
        loop {
            match sub {
                0 => {
                    let start = match &state {
                        Some(State::Level(l)) => usize::from(*l),
                        Some(State::NotApplicable(_)) => levels,
                        Some(State::Unknown) => levels + 1,
                        None => 0,
                    };
                    let screen = Screen {
                        context: vec![first_sentences(&rec.summary, 2)],
                        question: question.text.clone(),
                        choices: choices.clone(),
                        // A first answer starts on nothing: Enter alone records no level.
                        start: state.as_ref().map(|_| start),
                        help: LEVEL_HELP.to_string(),
                        more: Some(more.clone()),
                    };
                    match self.p.choose(&screen) {
                        Reply::Value(k) if k < levels => {
                            state = Some(State::Level(u8::try_from(k).unwrap_or(0)));
                            self.hold(q, answers, &question.id, keep(&state, importance));
                            sub = 2;
                        }
                        Reply::Value(k) if k == levels => sub = 1,
                        Reply::Value(k) if k == levels + 1 => {
                            state = Some(State::Unknown);
                            self.hold(q, answers, &question.id, keep(&state, importance));
                            sub = 2;
                        }
                        // Skip keeps whatever was there before.
                        Reply::Value(_) => return Asked::Answered(None),
                        Reply::Back => return Asked::Back,
                        Reply::Interrupt => return Asked::Stopped(None),
                    }
                }
                1 => {
                    let initial = match &state {
                        Some(State::NotApplicable(r)) => r.clone(),
                        _ => String::new(),
                    };
                    match self.line(
                        Field::Reason,
                        "Why does this not apply to you?",
                        &initial,
                        "A short reason, kept with the answer · Esc back",
                        true,
                    ) {
                        Reply::Value(r) => {
                            return Asked::Answered(Some(Answer {
                                state: State::NotApplicable(r),
                                importance,
                                target,
                                note: none_if_empty(&note),
                            }));
                        }
                        Reply::Back => sub = 0,
                        // Not applicable needs its reason: without one, the old answer stays.
                        Reply::Interrupt => return Asked::Stopped(None),
                    }
                }
                2 => {
                    let screen = importance_screen(
                        q,
                        state.as_ref(),
                        importance.unwrap_or(suggested),
                        suggested,
                    );
                    match self.p.choose(&screen) {
                        Reply::Value(k) => {
                            let chosen = Importance::ALL[k];
                            // Store only a departure from the profile, so a changed profile still counts.
                            importance = (chosen != suggested).then_some(chosen);
                            self.hold(q, answers, &question.id, keep(&state, importance));
                            sub = 3;
                        }
                        Reply::Back => sub = 0,
                        Reply::Interrupt => return Asked::Stopped(keep(&state, importance)),
                    }
                }
                _ => match self.line(
                    Field::Note,
                    "Note (optional)",
                    &note,
                    "Enter to continue · Esc back",
                    false,
                ) {
                    Reply::Value(n) => {
                        let state = state.clone().unwrap_or(State::Unknown);
                        return Asked::Answered(Some(Answer {
                            state,
                            importance,
                            target,
                            note: none_if_empty(&n),
                        }));
                    }
                    Reply::Back => sub = 2,
                    Reply::Interrupt => return Asked::Stopped(keep(&state, importance)),
                },
            }
        }
    }
}

/// A profile question: its options numbered 1-9 (their digit chooses them), nothing chosen on a
/// first answer, so Enter alone records no fact.
fn profile_screen(
    pq: &crate::questionnaire::ProfileQuestion,
    first: bool,
    current: Option<&str>,
) -> Screen {
    let context = if first {
        vec!["A few questions about your organisation first: they set which recommendations matter most for you.".to_string()]
    } else {
        Vec::new()
    };
    let choices: Vec<Choice> = pq
        .options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let choice = Choice::new(format!("{} {}", k + 1, o.label));
            // Options 1-9 have their digit as a key; any beyond, the arrows.
            match u32::try_from(k + 1)
                .ok()
                .and_then(|n| char::from_digit(n, 10))
            {
                Some(key) => choice.with_key(key),
                None => choice,
            }
        })
        .collect();
    Screen {
        context,
        question: pq.question.clone(),
        choices,
        start: current.and_then(|a| pq.options.iter().position(|o| o.id == a)),
        help: "Press a number, or ↑↓ then Enter · Esc back · Ctrl-C stop, answers are kept"
            .to_string(),
        more: None,
    }
}

/// The choices of a level screen: each level with its description for this question and its
/// digit, then not applicable, don't know and skip with their letters.
fn level_choices(q: &Questionnaire, question: &crate::questionnaire::Question) -> Vec<Choice> {
    let mut choices: Vec<Choice> = q
        .scale
        .iter()
        .map(|l| {
            let detail = question
                .levels
                .get(usize::from(l.level))
                .cloned()
                .unwrap_or_default();
            let choice = Choice::new(format!("{} {}", l.level, l.name)).with_detail(detail);
            match char::from_digit(u32::from(l.level), 10) {
                Some(key) => choice.with_key(key),
                None => choice,
            }
        })
        .collect();
    choices.extend([
        Choice::new("n Not applicable to us").with_key('n'),
        Choice::new("d Don't know").with_key('d'),
        Choice::new("s Skip for now").with_key('s'),
    ]);
    choices
}

/// The importance screen after a level: the answer given, and low/medium/high with the profile's
/// suggestion marked.
fn importance_screen(
    q: &Questionnaire,
    state: Option<&State>,
    current: Importance,
    suggested: Importance,
) -> Screen {
    let choices: Vec<Choice> = Importance::ALL
        .iter()
        .map(|i| {
            let name = capitalise(i.as_str());
            let key = name.chars().next().unwrap_or(' ').to_ascii_lowercase();
            let label = if *i == suggested {
                format!("{key} {name} (suggested for your profile)")
            } else {
                format!("{key} {name}")
            };
            Choice::new(label).with_key(key)
        })
        .collect();
    let chosen = match state {
        Some(State::Level(l)) => format!("{l} {}", q.level_name(*l)),
        _ => "Don't know".to_string(),
    };
    Screen {
        context: vec![format!("Your answer: {chosen}.")],
        question: "How important is this for your organisation?".to_string(),
        choices,
        start: Importance::ALL.iter().position(|i| *i == current),
        help: "l low · m medium · h high · Enter accepts the highlighted one · Esc back"
            .to_string(),
        more: None,
    }
}

/// How a field is named in messages shown while typing it.
fn field_name(field: Field) -> &'static str {
    match field {
        Field::Organisation => "the organisation name",
        Field::Respondent => "the name of who is answering",
        Field::Reason => "the reason",
        Field::Note => "the note",
    }
}

fn none_if_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Progress as a bar of twelve blocks.
fn progress_bar(pos: usize, total: usize) -> String {
    const WIDTH: usize = 12;
    let filled = (pos * WIDTH).checked_div(total).unwrap_or(0).min(WIDTH);
    format!("{}{}", "█".repeat(filled), "░".repeat(WIDTH - filled))
}

/// The first `n` sentences of a summary, for the question screen.
fn first_sentences(text: &str, n: usize) -> String {
    let mut count = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(' ') {
            count += 1;
            if count == n {
                return text[..=i].to_string();
            }
        }
    }
    text.to_string()
}
