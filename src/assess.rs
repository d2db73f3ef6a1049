//! The interactive assessment's flow: which screen comes next, what Esc and skip do, where a
//! resumed assessment continues, and the importance the profile suggests. It talks only to a
//! [`Prompter`] and a [`Store`], so tests can script it end to end.

use crate::answers::limits::{self, Field};
use crate::answers::{Answer, Answers, Source, State};
use crate::catalogue::model::Recommendation;
use crate::catalogue::{Catalogue, Data};
use crate::diagnostics::Code;
use crate::io::term::wrap;
use crate::prompt::{Choice, Prompter, Reply, Screen, keys};
use crate::questionnaire::{Importance, ProfileQuestion, Question, Questionnaire};
use crate::t;
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

/// The key hints of a question's screen.
fn level_help() -> String {
    t!(
        "assess-level-help",
        na = keys::not_applicable().to_string(),
        dk = keys::dont_know().to_string(),
        skip = keys::skip().to_string()
    )
}

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

/// Where a screen of the flow leads.
enum Next {
    To(Step),
    /// Ctrl-C: the session stops with the answers as they are.
    Stop,
}

impl Next {
    /// Where a reply leads: `forward` with an answer, `back` on Esc, out on Ctrl-C.
    fn after<T>(reply: &Reply<T>, forward: Step, back: Step) -> Next {
        match reply {
            Reply::Value(_) => Next::To(forward),
            Reply::Back => Next::To(back),
            Reply::Interrupt => Next::Stop,
        }
    }
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
            } => self.begin(questionnaire, date, organisation),
            Start::Resume(a) => {
                let step = self.resume_at(&a, review)?;
                (a, step)
            }
        };
        loop {
            let next = match step {
                Step::Questionnaire => self.ask_questionnaire(&mut answers),
                Step::Organisation => {
                    self.p.heading(&[t!("assess-new-who")]);
                    let reply = self.header_line(
                        Field::Organisation,
                        &t!("assess-organisation"),
                        &t!("assess-organisation-help"),
                        &mut answers.organisation,
                    );
                    Next::after(&reply, Step::Respondent, Step::Questionnaire)
                }
                Step::Respondent => {
                    let reply = self.header_line(
                        Field::Respondent,
                        &t!("assess-respondent"),
                        &t!("assess-respondent-help"),
                        &mut answers.respondent,
                    );
                    if let Reply::Value(()) = reply {
                        self.save(&answers)?;
                    }
                    Next::after(&reply, Step::Profile(0), Step::Organisation)
                }
                Step::Profile(i) => self.ask_profile(&mut answers, i)?,
                Step::Question(pos) => self.ask_question(&mut answers, pos, review)?,
                Step::Done => {
                    self.save(&answers)?;
                    return Ok(Outcome::Finished(answers));
                }
            };
            match next {
                Next::To(next) => step = next,
                Next::Stop => return Ok(Outcome::Interrupted(answers)),
            }
        }
    }

    /// A new assessment's answers, and its first screen: the questionnaire, unless one was
    /// chosen already.
    fn begin(
        &self,
        questionnaire: Option<String>,
        date: String,
        organisation: String,
    ) -> (Answers, Step) {
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

    /// Where resumed answers continue: at a profile question not answered yet, then at the
    /// first unanswered question (the first of all in review), else at the end.
    fn resume_at(&self, answers: &Answers, review: bool) -> Result<Step> {
        let q = self.questionnaire(answers)?;
        let ord = order(self.data, q);
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
        Ok(match (missing_profile, next) {
            (Some(p), _) => Step::Profile(p),
            (None, Some(n)) => Step::Question(n),
            (None, None) => Step::Done,
        })
    }

    /// The first screen of a new assessment: which questionnaire.
    fn ask_questionnaire(&mut self, answers: &mut Answers) -> Next {
        self.p.heading(&[t!("assess-new")]);
        let qs = &self.data.questionnaires;
        let options: Vec<String> = qs
            .iter()
            .map(|q| {
                t!(
                    "assess-questionnaire-option",
                    id = q.id.clone(),
                    title = q.title.clone(),
                    count = q.questions.len()
                )
            })
            .collect();
        let start = qs
            .iter()
            .position(|q| q.id == answers.questionnaire)
            .or_else(|| qs.iter().position(|q| q.id == "quick"))
            .unwrap_or(0);
        let reply = self.p.select(
            &t!("assess-which-questionnaire"),
            &options,
            start,
            &t!("assess-questionnaire-help"),
        );
        if let Reply::Value(i) = reply {
            answers.questionnaire = qs[i].id.clone();
            answers.questionnaire_version = qs[i].version.clone();
        }
        // There is nothing before the first screen: Esc stays on it.
        Next::after(&reply, Step::Organisation, Step::Questionnaire)
    }

    /// A line of the header that may not stay blank (the organisation, who is answering),
    /// offered as it is and written back into `slot` when given.
    fn header_line(
        &mut self,
        field: Field,
        message: &str,
        help: &str,
        slot: &mut String,
    ) -> Reply<()> {
        match self.line(field, message, slot, help, true) {
            Reply::Value(v) => {
                *slot = v;
                Reply::Value(())
            }
            Reply::Back => Reply::Back,
            Reply::Interrupt => Reply::Interrupt,
        }
    }

    /// Profile question `i`, saved once chosen; past the last one, the first question.
    fn ask_profile(&mut self, answers: &mut Answers, i: usize) -> Result<Next> {
        let q = self.questionnaire(answers)?;
        let Some(pq) = q.profile.get(i) else {
            return Ok(Next::To(Step::Question(0)));
        };
        self.p.heading(&[t!(
            "assess-profile-heading",
            n = i + 1,
            total = q.profile.len()
        )]);
        let current = answers.profile.get(&pq.id).map(String::as_str);
        let reply = self.p.choose(&profile_screen(pq, i == 0, current));
        if let Reply::Value(k) = reply {
            answers
                .profile
                .insert(pq.id.clone(), pq.options[k].id.clone());
            self.save(answers)?;
        }
        let forward = if i + 1 < q.profile.len() {
            Step::Profile(i + 1)
        } else {
            Step::Question(0)
        };
        let back = if i == 0 {
            Step::Respondent
        } else {
            Step::Profile(i - 1)
        };
        Ok(Next::after(&reply, forward, back))
    }

    /// The question at `pos` in the asking order, its answer saved; past the last, the end.
    fn ask_question(&mut self, answers: &mut Answers, pos: usize, review: bool) -> Result<Next> {
        let q = self.questionnaire(answers)?;
        let ord = order(self.data, q);
        let Some(&index) = ord.get(pos) else {
            return Ok(Next::To(Step::Done));
        };
        let id = &q.questions[index].id;
        match self.question(q, answers, index, pos, ord.len()) {
            Asked::Answered(answer) => {
                self.record(answers, id, answer)?;
                let next = self.next_question(q, &ord, answers, pos, review);
                Ok(Next::To(Step::Question(next)))
            }
            Asked::Back if pos == 0 => {
                Ok(Next::To(Step::Profile(q.profile.len().saturating_sub(1))))
            }
            Asked::Back => Ok(Next::To(Step::Question(pos - 1))),
            Asked::Stopped(partial) => {
                self.record(answers, id, partial)?;
                Ok(Next::Stop)
            }
        }
    }

    /// Keep and save the answer given to question `id`; `None` leaves what was there.
    fn record(&mut self, answers: &mut Answers, id: &str, answer: Option<Answer>) -> Result<()> {
        if let Some(answer) = answer {
            answers.answers.insert(id.to_string(), answer);
            self.save(answers)?;
        }
        Ok(())
    }

    /// The position of the question after `pos`: in review the next one, otherwise the next
    /// unanswered one, saying how many answered ones it skips.
    fn next_question(
        &mut self,
        q: &Questionnaire,
        ord: &[usize],
        answers: &Answers,
        pos: usize,
        review: bool,
    ) -> usize {
        let next = (pos + 1..ord.len())
            .find(|&n| review || !answers.answers.contains_key(&q.questions[ord[n]].id))
            .unwrap_or(ord.len());
        let over = next - pos - 1;
        if over > 0 {
            self.p.say(&t!("assess-skipped-ahead", count = over));
        }
        next
    }

    fn questionnaire(&self, answers: &Answers) -> Result<&'a Questionnaire> {
        self.data
            .questionnaire(&answers.questionnaire)
            .ok_or_else(|| {
                anyhow::anyhow!(t!(
                    "assess-no-questionnaire",
                    id = answers.questionnaire.clone()
                ))
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
                    if let Some(problem) = limits::check(field, &what, &v)
                        .into_iter()
                        .find(|p| p.code == Code::ForbiddenCharacter)
                    {
                        self.say_wrapped(
                            &t!("assess-not-saved-characters", problem = problem.message),
                            "",
                        );
                        initial = cleaned;
                        continue;
                    }
                    if let Some(problem) = limits::check(field, &what, &cleaned).into_iter().next()
                    {
                        self.say_wrapped(&t!("assess-not-saved", problem = problem.message), "");
                        initial = cleaned;
                        continue;
                    }
                    if required && cleaned.is_empty() {
                        self.p.say(&t!("assess-required"));
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

    /// One question: the level, then a reason (not applicable), importance and a note.
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
        self.p.heading(&question_heading(cat, rec, pos, total));
        let asking = Asking {
            q,
            answers,
            id: &question.id,
            levels: level_screen(q, question, rec),
            suggested: suggested_importance(q, answers, &rec.id),
        };
        let mut draft = Draft::new(answers.answers.get(&question.id));
        let mut part = Part::Level;
        loop {
            let then = match part {
                Part::Level => self.ask_level(&asking, &mut draft),
                Part::Reason => self.ask_reason(&draft),
                Part::Importance => self.ask_importance(&asking, &mut draft),
                Part::Note => self.ask_note(&mut draft),
                Part::Evidence => self.ask_evidence(&draft),
            };
            match then {
                Then::Show(next) => part = next,
                Then::End(asked) => return asked,
            }
        }
    }

    /// The level screen, highlighting the answer given (nothing for a first answer).
    fn ask_level(&mut self, a: &Asking<'_>, draft: &mut Draft) -> Then {
        let levels = a.q.scale.len();
        let mut screen = a.levels.clone();
        // A first answer starts on nothing: Enter alone records no level.
        screen.start = draft.state.as_ref().map(|state| match state {
            State::Level(l) => usize::from(*l),
            State::NotApplicable(_) => levels,
            State::Unknown => levels + 1,
        });
        match self.p.choose(&screen) {
            Reply::Value(k) if k < levels => {
                draft.state = Some(State::Level(u8::try_from(k).unwrap_or(0)));
                self.hold(a.q, a.answers, a.id, draft.kept());
                Then::Show(Part::Importance)
            }
            Reply::Value(k) if k == levels => Then::Show(Part::Reason),
            Reply::Value(k) if k == levels + 1 => {
                draft.state = Some(State::Unknown);
                self.hold(a.q, a.answers, a.id, draft.kept());
                Then::Show(Part::Importance)
            }
            // Skip keeps whatever was there before.
            Reply::Value(_) => Then::End(Asked::Answered(None)),
            Reply::Back => Then::End(Asked::Back),
            Reply::Interrupt => Then::End(Asked::Stopped(None)),
        }
    }

    /// Not applicable: why, which ends the question.
    fn ask_reason(&mut self, draft: &Draft) -> Then {
        let initial = match &draft.state {
            Some(State::NotApplicable(r)) => r.clone(),
            _ => String::new(),
        };
        match self.line(
            Field::Reason,
            &t!("assess-reason"),
            &initial,
            &t!("assess-reason-help"),
            true,
        ) {
            Reply::Value(r) => {
                Then::End(Asked::Answered(Some(draft.answer(State::NotApplicable(r)))))
            }
            Reply::Back => Then::Show(Part::Level),
            // Not applicable needs its reason: without one, the old answer stays.
            Reply::Interrupt => Then::End(Asked::Stopped(None)),
        }
    }

    /// How important the question is, with the profile's suggestion marked.
    fn ask_importance(&mut self, a: &Asking<'_>, draft: &mut Draft) -> Then {
        let current = draft.importance.unwrap_or(a.suggested);
        let screen = importance_screen(a.q, draft.state.as_ref(), current, a.suggested);
        match self.p.choose(&screen) {
            Reply::Value(k) => {
                let chosen = Importance::ALL[k];
                // Store only a departure from the profile, so a changed profile still counts.
                draft.importance = (chosen != a.suggested).then_some(chosen);
                self.hold(a.q, a.answers, a.id, draft.kept());
                Then::Show(Part::Note)
            }
            Reply::Back => Then::Show(Part::Level),
            Reply::Interrupt => Then::End(Asked::Stopped(draft.kept())),
        }
    }

    /// An optional note, which ends the question, except at levels 3 and 4: they claim the
    /// practice is in place, so the evidence for it is asked next.
    fn ask_note(&mut self, draft: &mut Draft) -> Then {
        match self.line(
            Field::Note,
            &t!("assess-note"),
            &draft.note,
            &t!("assess-continue-help"),
            false,
        ) {
            Reply::Value(n) => {
                draft.note = n;
                let state = draft.state.clone().unwrap_or(State::Unknown);
                if matches!(state, State::Level(3..)) {
                    return Then::Show(Part::Evidence);
                }
                Then::End(Asked::Answered(Some(draft.answer(state))))
            }
            Reply::Back => Then::Show(Part::Importance),
            Reply::Interrupt => Then::End(Asked::Stopped(draft.kept())),
        }
    }

    /// Optional evidence for a level of 3 or 4: short references separated by `;`, which ends
    /// the question.
    fn ask_evidence(&mut self, draft: &Draft) -> Then {
        let mut initial = draft.evidence.join("; ");
        loop {
            match self.p.text(
                &t!("assess-evidence"),
                &initial,
                &t!("assess-continue-help"),
            ) {
                Reply::Value(v) => match evidence_list(&v) {
                    Ok(evidence) => {
                        let state = draft.state.clone().unwrap_or(State::Unknown);
                        return Then::End(Asked::Answered(Some(Answer {
                            evidence,
                            ..draft.answer(state)
                        })));
                    }
                    Err((problem, cleaned)) => {
                        self.say_wrapped(&t!("assess-not-saved", problem = problem), "");
                        initial = cleaned;
                    }
                },
                Reply::Back => return Then::Show(Part::Note),
                Reply::Interrupt => return Then::End(Asked::Stopped(draft.kept())),
            }
        }
    }
}

/// The references typed on one line, separated by `;`, each cleaned; or the first rule they
/// break, with the cleaned line to edit.
pub(crate) fn evidence_list(typed: &str) -> Result<Vec<String>, (String, String)> {
    let items: Vec<String> = typed
        .split(';')
        .map(|item| limits::clean(Field::Evidence, item))
        .filter(|item| !item.is_empty())
        .collect();
    let cleaned = items.join("; ");
    if items.len() > limits::EVIDENCE_ITEMS {
        return Err((
            t!(
                "assess-evidence-too-many",
                count = items.len(),
                limit = limits::EVIDENCE_ITEMS
            ),
            cleaned,
        ));
    }
    for (n, item) in items.iter().enumerate() {
        let what = t!("assess-evidence-reference", n = n + 1);
        if let Some(problem) = limits::check(Field::Evidence, &what, item)
            .into_iter()
            .next()
        {
            return Err((problem.message, cleaned));
        }
    }
    Ok(items)
}

/// The screens of one question, in the order they come.
#[derive(Debug, Clone, Copy)]
enum Part {
    Level,
    /// Only after "not applicable".
    Reason,
    Importance,
    Note,
    /// Only at levels 3 and 4.
    Evidence,
}

/// Where a screen of a question leads: another of its screens, or the question's end.
enum Then {
    Show(Part),
    End(Asked),
}

/// One question being asked: what its screens need besides the answer in progress.
struct Asking<'q> {
    q: &'q Questionnaire,
    answers: &'q Answers,
    id: &'q str,
    /// The level screen with nothing highlighted; each showing highlights the answer given.
    levels: Screen,
    suggested: Importance,
}

/// The answer to one question as far as it has been given, starting from the one before.
struct Draft {
    state: Option<State>,
    importance: Option<Importance>,
    /// Kept as it was: targets are set in the answers file, not asked here.
    target: Option<u8>,
    note: String,
    evidence: Vec<String>,
    /// A workshop's source and the level it was given for: kept while the level stays.
    source: Option<(State, Source)>,
}

impl Draft {
    fn new(existing: Option<&Answer>) -> Draft {
        Draft {
            state: existing.map(|a| a.state.clone()),
            importance: existing.and_then(|a| a.importance),
            target: existing.and_then(|a| a.target),
            note: existing.and_then(|a| a.note.clone()).unwrap_or_default(),
            evidence: existing.map(|a| a.evidence.clone()).unwrap_or_default(),
            source: existing.and_then(|a| Some((a.state.clone(), a.source.clone()?))),
        }
    }

    /// The answer with `state` and everything else as given so far.
    fn answer(&self, state: State) -> Answer {
        Answer {
            importance: self.importance,
            target: self.target,
            note: none_if_empty(&self.note),
            evidence: self.evidence.clone(),
            source: self
                .source
                .as_ref()
                .filter(|(given, _)| *given == state)
                .map(|(_, source)| source.clone()),
            state,
        }
    }

    /// What Ctrl-C keeps once the level is chosen: it, with what was already there besides.
    fn kept(&self) -> Option<Answer> {
        self.state.clone().map(|state| self.answer(state))
    }
}

/// The heading of a question's screens: how far along, its part and area, its recommendation.
fn question_heading(
    cat: &Catalogue,
    rec: &Recommendation,
    pos: usize,
    total: usize,
) -> Vec<String> {
    let part = cat.part(&rec.part).map_or("", |p| p.title.as_str());
    let area = cat.area(&rec.area).map_or("", |a| a.title.as_str());
    vec![
        t!(
            "assess-question-heading",
            n = pos + 1,
            total = total,
            bar = progress_bar(pos, total)
        ),
        t!(
            "assess-part-heading",
            part = rec.part.clone(),
            title = part.to_owned(),
            area = area.to_owned()
        ),
        format!("{}  {}", rec.id, rec.title),
    ]
}

/// A question's level screen, nothing highlighted; `?` shows the recommendation in full.
fn level_screen(q: &Questionnaire, question: &Question, rec: &Recommendation) -> Screen {
    let mut more = format!("{}\n\n{}", rec.title, rec.summary);
    for p in &rec.subpoints {
        more.push_str(&format!("\n\n{}: {}", p.title, p.summary));
    }
    more.push_str("\n\n");
    more.push_str(&t!("assess-first-step", step = rec.first_step.clone()));
    Screen {
        context: vec![first_sentences(&rec.summary, 2)],
        question: question.text.clone(),
        choices: level_choices(q, question),
        start: None,
        help: level_help(),
        more: Some(more),
    }
}

/// A profile question: its options numbered 1-9 (their digit chooses them), nothing chosen on a
/// first answer, so Enter alone records no fact.
fn profile_screen(pq: &ProfileQuestion, first: bool, current: Option<&str>) -> Screen {
    let context = if first {
        vec![t!("assess-profile-intro")]
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
        help: t!("assess-profile-help"),
        more: None,
    }
}

/// The choices of a level screen: each level with its description for this question and its
/// digit, then not applicable, don't know and skip with their letters.
pub(crate) fn level_choices(q: &Questionnaire, question: &Question) -> Vec<Choice> {
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
        Choice::keyed(keys::not_applicable(), t!("assess-choice-not-applicable")),
        Choice::keyed(keys::dont_know(), t!("assess-choice-dont-know")),
        Choice::keyed(keys::skip(), t!("assess-choice-skip")),
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
            let (key, name) = importance_name(*i);
            let label = if *i == suggested {
                t!("assess-importance-suggested", name = name)
            } else {
                name
            };
            Choice::keyed(key, label)
        })
        .collect();
    let chosen = match state {
        Some(State::Level(l)) => format!("{l} {}", q.level_name(*l)),
        _ => t!("assess-choice-dont-know"),
    };
    Screen {
        context: vec![t!("assess-your-answer", answer = chosen)],
        question: t!("assess-importance-question"),
        choices,
        start: Importance::ALL.iter().position(|i| *i == current),
        help: t!(
            "assess-importance-help",
            low = keys::low().to_string(),
            medium = keys::medium().to_string(),
            high = keys::high().to_string()
        ),
        more: None,
    }
}

/// An importance's key and name on screen ("l", "Low").
fn importance_name(i: Importance) -> (char, String) {
    match i {
        Importance::Low => (keys::low(), t!("assess-importance-low")),
        Importance::Medium => (keys::medium(), t!("assess-importance-medium")),
        Importance::High => (keys::high(), t!("assess-importance-high")),
    }
}

/// How a field is named in messages shown while typing it.
pub(crate) fn field_name(field: Field) -> String {
    match field {
        Field::Organisation => t!("assess-field-organisation"),
        Field::Respondent => t!("assess-field-respondent"),
        Field::Reason => t!("assess-field-reason"),
        Field::Note => t!("assess-field-note"),
        Field::Evidence => t!("assess-field-evidence"),
        Field::Justification => t!("assess-field-justification"),
    }
}

fn none_if_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Progress as a bar of twelve blocks.
pub(crate) fn progress_bar(pos: usize, total: usize) -> String {
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
