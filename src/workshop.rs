//! The workshop: a facilitator walks a group through only the questions its respondents
//! disagree on, records the level the group agrees with why (and what shows it), then confirms
//! the rest at their combined level. The result is an ordinary answers file whose answers say
//! where they came from ([`Source`]). Driven through [`Prompter`] and saved through [`Store`],
//! like the assessment, so tests run it with scripted implementations.

use crate::analysis::aggregate::{QuestionStats, Summary};
use crate::analysis::scoring;
use crate::answers::limits::{self, Field};
use crate::answers::{Answer, Answers, Source, State, Workshop};
use crate::assess::{Store, evidence_list, field_name, level_choices, progress_bar};
use crate::catalogue::Data;
use crate::prompt::{Choice, Menu, Prompter, Reply, Screen, keys};
use crate::questionnaire::Questionnaire;
use crate::t;
use anyhow::Result;

/// The spread of levels (highest minus lowest) from which a question is discussed.
pub const DEFAULT_SPREAD: u8 = 2;

/// Notes shown under a question before the rest fold away behind `?`.
const NOTES_SHOWN: usize = 3;

/// What the group starts from: the respondents' answers, combined, and which questions it
/// discusses.
pub struct Group<'a> {
    pub data: &'a Data,
    pub q: &'a Questionnaire,
    pub summary: &'a Summary,
    pub combined: &'a Answers,
    /// Show who said what (`--named`); otherwise only counts and notes.
    pub named: bool,
    pub spread: u8,
    /// Counts in words ("2 chose this") instead of bars, for screen readers (`--plain`).
    pub words: bool,
    /// The questions to discuss (indexes into the questionnaire), highest combined priority
    /// first, then widest spread, then the questionnaire's order.
    pub discuss: Vec<usize>,
}

impl<'a> Group<'a> {
    pub fn new(
        data: &'a Data,
        q: &'a Questionnaire,
        summary: &'a Summary,
        combined: &'a Answers,
        spread: u8,
        named: bool,
    ) -> Group<'a> {
        // The same agenda as the printed pack's: one rule for what a group discusses.
        let scored = scoring::score(&data.catalogue, q, combined);
        let agenda = crate::analysis::aggregate::agenda::agenda(summary, &scored, spread);
        Group {
            data,
            q,
            summary,
            combined,
            named,
            spread,
            words: false,
            discuss: agenda.discuss,
        }
    }

    /// The questions not discussed that have a combined answer, in the questionnaire's order.
    pub fn agreeing(&self) -> Vec<usize> {
        (0..self.q.questions.len())
            .filter(|n| !self.discuss.contains(n))
            .filter(|&n| self.combined.answers.contains_key(&self.q.questions[n].id))
            .collect()
    }

    /// The consensus file's header for a new session: the combined answers' organisation,
    /// questionnaire and profile, dated `date`, with the group's size (and names, if named).
    pub fn blank(&self, date: &str) -> Answers {
        let respondents = &self.summary.respondents;
        Answers {
            questionnaire: self.combined.questionnaire.clone(),
            questionnaire_version: self.combined.questionnaire_version.clone(),
            organisation: self.combined.organisation.clone(),
            respondent: respondent_line(respondents.len()),
            date: date.to_string(),
            profile: self.combined.profile.clone(),
            answers: Default::default(),
            workshop: Some(Workshop {
                participants: respondents.len(),
                names: if self.named {
                    respondents.iter().map(|r| r.label.clone()).collect()
                } else {
                    Vec::new()
                },
            }),
        }
    }

    fn stats(&self, n: usize) -> &QuestionStats {
        &self.summary.questions[n]
    }

    /// How many respondents answered question `n` at all (a level, not applicable or don't know).
    fn answered(&self, n: usize) -> usize {
        let s = self.stats(n);
        s.n + s.na + s.unknown
    }
}

/// The respondent a consensus file names: what `aggregate` recognises as a workshop's. Data in
/// the answers file, so the same in every language.
pub fn respondent_line(n: usize) -> String {
    format!("Workshop: {n} respondent{}", if n == 1 { "" } else { "s" })
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every disagreement was agreed and the rest confirmed.
    Finished(Answers),
    /// Ctrl-C: what was agreed so far is saved.
    Interrupted(Answers),
}

/// One screen of the session, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Overview,
    /// The n-th question to discuss.
    Discuss(usize),
    Confirm,
}

/// Whether an answer was agreed by the group.
fn agreed(a: Option<&Answer>) -> bool {
    matches!(
        a.and_then(|a| a.source.as_ref()),
        Some(Source::Agreed { .. })
    )
}

pub struct Flow<'g, 'p, 's> {
    g: &'g Group<'g>,
    p: &'p mut dyn Prompter,
    store: &'s mut dyn Store,
}

impl<'g, 'p, 's> Flow<'g, 'p, 's> {
    pub fn new(g: &'g Group<'g>, p: &'p mut dyn Prompter, store: &'s mut dyn Store) -> Self {
        Flow { g, p, store }
    }

    /// Run from the overview with `consensus` (new or resumed); saved after every step.
    pub fn run(&mut self, mut consensus: Answers) -> Result<Outcome> {
        let mut step = Step::Overview;
        loop {
            let next = match step {
                Step::Overview => match self.overview(&consensus) {
                    Reply::Value(Some(next)) => next,
                    Reply::Value(None) => return Ok(Outcome::Finished(consensus)),
                    Reply::Back => Step::Overview,
                    Reply::Interrupt => return Ok(Outcome::Interrupted(consensus)),
                },
                Step::Discuss(pos) => {
                    let n = self.g.discuss[pos];
                    let heading = t!(
                        "ws-disagreement-heading",
                        n = pos + 1,
                        total = self.g.discuss.len(),
                        bar = progress_bar(pos, self.g.discuss.len())
                    );
                    match self.discuss(n, &heading, &consensus) {
                        Reply::Value(answer) => {
                            consensus
                                .answers
                                .insert(self.g.q.questions[n].id.clone(), answer);
                            self.store.save(&consensus, self.g.q)?;
                            self.after_discussion(pos)
                        }
                        Reply::Back if pos == 0 => Step::Overview,
                        Reply::Back => Step::Discuss(pos - 1),
                        Reply::Interrupt => return Ok(Outcome::Interrupted(consensus)),
                    }
                }
                Step::Confirm => match self.confirm(&mut consensus)? {
                    Reply::Value(()) => return Ok(Outcome::Finished(consensus)),
                    Reply::Back => match self.g.discuss.len() {
                        0 => Step::Overview,
                        d => Step::Discuss(d - 1),
                    },
                    Reply::Interrupt => return Ok(Outcome::Interrupted(consensus)),
                },
            };
            step = next;
        }
    }

    fn after_discussion(&self, pos: usize) -> Step {
        if pos + 1 < self.g.discuss.len() {
            Step::Discuss(pos + 1)
        } else {
            Step::Confirm
        }
    }

    /// Where the group stands; where to go next (`None`: finish, all is decided already).
    fn overview(&mut self, consensus: &Answers) -> Reply<Option<Step>> {
        let g = self.g;
        let total = g.q.questions.len();
        let answered = (0..total).filter(|&n| g.answered(n) > 0).count();
        let discuss = g.discuss.len();
        let agreeing = g.agreeing().len();
        let decided = g
            .discuss
            .iter()
            .filter(|&&n| agreed(consensus.answers.get(&g.q.questions[n].id)))
            .count();
        let confirmed = g
            .agreeing()
            .iter()
            .all(|&n| consensus.answers.contains_key(&g.q.questions[n].id));
        let people = g.summary.respondents.len();
        self.p.heading(&[
            t!(
                "ws-heading",
                organisation = or_unnamed(&g.combined.organisation)
            ),
            t!("ws-respondents", count = people),
        ]);
        let mut context = vec![
            t!("ws-coverage", answered = answered, total = total),
            t!("ws-agreeing", count = agreeing, within = g.spread - 1),
            t!("ws-to-discuss", count = discuss, spread = g.spread),
        ];
        context.push(if g.named {
            t!("ws-named")
        } else {
            t!("ws-anonymous")
        });
        let mut menu = Menu::new();
        let first_open = g
            .discuss
            .iter()
            .position(|&n| !agreed(consensus.answers.get(&g.q.questions[n].id)));
        match first_open {
            Some(0) => {
                menu.add(
                    Choice::new(t!("ws-start", count = discuss)),
                    Some(Step::Discuss(0)),
                );
            }
            Some(pos) => {
                let resume = t!(
                    "ws-continue",
                    n = pos + 1,
                    total = discuss,
                    agreed = decided
                );
                menu.add(Choice::new(resume), Some(Step::Discuss(pos)))
                    .add(Choice::new(t!("ws-from-first")), Some(Step::Discuss(0)));
            }
            None => {
                if !confirmed || discuss == 0 {
                    menu.add(
                        Choice::new(t!("ws-confirm-rest", count = agreeing)),
                        Some(Step::Confirm),
                    );
                }
                if discuss > 0 {
                    menu.add(Choice::new(t!("ws-again")), Some(Step::Discuss(0)));
                }
                if confirmed {
                    menu.add(Choice::new(t!("ws-finish")), None);
                }
            }
        }
        let screen = Screen {
            context,
            ..Screen::first_highlighted(t!("ws-where-to-start"), t!("ws-overview-help"))
        };
        menu.choose(&mut *self.p, screen)
    }

    /// One question: the distribution, then the agreed level, why, and what shows it.
    fn discuss(&mut self, n: usize, progress: &str, consensus: &Answers) -> Reply<Answer> {
        let g = self.g;
        let question = &g.q.questions[n];
        let Some(rec) = g.data.catalogue.recommendation(&question.recommendation) else {
            return Reply::Back;
        };
        self.p
            .heading(&[progress.to_string(), format!("{}  {}", rec.id, rec.title)]);
        let before = consensus
            .answers
            .get(&question.id)
            .filter(|a| agreed(Some(a)));
        let d = Distribution::of(g, n);
        let screen = agreed_level_screen(g, n, rec, &d, before);
        let levels = g.q.scale.len();
        let start = screen.start;
        let mut justification = before
            .and_then(|a| match &a.source {
                Some(Source::Agreed { justification }) => Some(justification.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let mut evidence = before.map_or_else(|| d.evidence.clone(), |a| a.evidence.clone());
        'level: loop {
            let mut screen = screen.clone();
            if let Some(s) = start {
                screen.start = Some(s);
            }
            let state = match self.p.choose(&screen) {
                Reply::Value(k) if k < levels => State::Level(u8::try_from(k).unwrap_or(0)),
                Reply::Value(k) if k == levels => State::NotApplicable(String::new()),
                Reply::Value(_) => State::Unknown,
                Reply::Back => return Reply::Back,
                Reply::Interrupt => return Reply::Interrupt,
            };
            loop {
                match self.justification(&justification) {
                    Reply::Value(j) => justification = j,
                    Reply::Back => continue 'level,
                    Reply::Interrupt => return Reply::Interrupt,
                }
                match self.evidence(&evidence) {
                    Reply::Value(e) => evidence = e,
                    Reply::Back => continue,
                    Reply::Interrupt => return Reply::Interrupt,
                }
                let state = match state {
                    // Not applicable needs its reason: the group's justification is it.
                    State::NotApplicable(_) => State::NotApplicable(justification.clone()),
                    other => other,
                };
                return Reply::Value(Answer {
                    evidence,
                    source: Some(Source::Agreed { justification }),
                    ..Answer::new(state)
                });
            }
        }
    }

    /// Why the group agreed: required, under the text rules of a justification.
    fn justification(&mut self, initial: &str) -> Reply<String> {
        let mut initial = initial.to_string();
        loop {
            match self.p.text(
                &t!("ws-justification"),
                &initial,
                &t!("ws-justification-help"),
            ) {
                Reply::Value(v) => {
                    let cleaned = limits::clean(Field::Justification, &v);
                    if let Some(problem) = limits::check(
                        Field::Justification,
                        &field_name(Field::Justification),
                        &cleaned,
                    )
                    .into_iter()
                    .next()
                    {
                        self.p
                            .say(&t!("assess-not-saved", problem = problem.message));
                        initial = cleaned;
                        continue;
                    }
                    if cleaned.is_empty() {
                        self.p.say(&t!("ws-justification-required"));
                        continue;
                    }
                    return Reply::Value(cleaned);
                }
                other => return other,
            }
        }
    }

    /// What shows the agreed level: optional, short references separated by `;`.
    fn evidence(&mut self, initial: &[String]) -> Reply<Vec<String>> {
        let mut initial = initial.join("; ");
        loop {
            match self
                .p
                .text(&t!("ws-evidence"), &initial, &t!("ws-evidence-help"))
            {
                Reply::Value(v) => match evidence_list(&v) {
                    Ok(list) => return Reply::Value(list),
                    Err((problem, cleaned)) => {
                        self.p.say(&t!("assess-not-saved", problem = problem));
                        initial = cleaned;
                    }
                },
                Reply::Back => return Reply::Back,
                Reply::Interrupt => return Reply::Interrupt,
            }
        }
    }

    /// The questions without disagreement: accept all at their combined level, or open one.
    fn confirm(&mut self, consensus: &mut Answers) -> Result<Reply<()>> {
        let g = self.g;
        let agreeing = g.agreeing();
        loop {
            self.p.heading(&[
                t!("ws-confirmation"),
                t!("ws-without-disagreement", count = agreeing.len()),
            ]);
            let width = self.p.width().max(40);
            let mut choices = vec![Choice::keyed(
                keys::accept(),
                t!("ws-accept-all", count = agreeing.len()),
            )];
            for &n in &agreeing {
                let question = &g.q.questions[n];
                let title = g
                    .data
                    .catalogue
                    .recommendation_title(&question.recommendation);
                let given = consensus.answers.get(&question.id);
                let shown = if agreed(given) {
                    t!(
                        "ws-agreed-state",
                        state = state_label(g.q, given.map(|a| &a.state))
                    )
                } else {
                    state_label(g.q, g.combined.answers.get(&question.id).map(|a| &a.state))
                };
                let label = format!("{}  {shown}  {title}", question.id);
                choices.push(Choice::new(crate::ellipsized(
                    &label,
                    width.saturating_sub(4),
                )));
            }
            let screen = Screen {
                context: vec![t!("ws-confirm-context")],
                choices,
                ..Screen::first_highlighted(
                    t!("ws-confirm-question"),
                    t!("ws-confirm-help", accept = keys::accept().to_string()),
                )
            };
            match self.p.choose(&screen) {
                Reply::Value(0) => {
                    for &n in &agreeing {
                        let id = &g.q.questions[n].id;
                        if agreed(consensus.answers.get(id)) {
                            continue;
                        }
                        if let Some(combined) = g.combined.answers.get(id) {
                            let answer = Answer {
                                source: Some(Source::Median { of: g.answered(n) }),
                                ..combined.clone()
                            };
                            consensus.answers.insert(id.clone(), answer);
                        }
                    }
                    self.store.save(consensus, g.q)?;
                    return Ok(Reply::Value(()));
                }
                Reply::Value(k) => {
                    let Some(&n) = agreeing.get(k - 1) else {
                        continue;
                    };
                    let heading = t!("ws-opened", id = g.q.questions[n].id.clone());
                    match self.discuss(n, &heading, consensus) {
                        Reply::Value(answer) => {
                            consensus
                                .answers
                                .insert(g.q.questions[n].id.clone(), answer);
                            self.store.save(consensus, g.q)?;
                        }
                        Reply::Back => {}
                        Reply::Interrupt => return Ok(Reply::Interrupt),
                    }
                }
                Reply::Back => return Ok(Reply::Back),
                Reply::Interrupt => return Ok(Reply::Interrupt),
            }
        }
    }
}

/// The screen that asks for the agreed level of question `n`: every level with how many chose it
/// beside it, the notes under the heading (all of them behind `?`), the agreed level highlighted
/// when the question is opened again.
fn agreed_level_screen(
    g: &Group,
    n: usize,
    rec: &crate::catalogue::model::Recommendation,
    d: &Distribution,
    before: Option<&Answer>,
) -> Screen {
    let question = &g.q.questions[n];
    let mut choices = level_choices(g.q, question);
    // No skipping (the last choice): a disagreement left open is one the next session resumes
    // at. What is left: each level, not applicable, don't know.
    choices.truncate(g.q.scale.len() + 2);
    let width = choices
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    for (k, choice) in choices.iter_mut().enumerate() {
        let count = d.counts.get(k).copied().unwrap_or(0);
        if count > 0 && g.words {
            choice.label = t!("ws-chose-this", label = choice.label.clone(), count = count);
        } else if count > 0 {
            let pad = " ".repeat(width - choice.label.chars().count());
            choice.label = format!(
                "{}{pad}  {} {count}",
                choice.label,
                "■".repeat(count.min(12))
            );
        }
    }
    let levels = g.q.scale.len();
    let start = before.map(|a| match &a.state {
        State::Level(l) => usize::from(*l),
        State::NotApplicable(_) => levels,
        State::Unknown => levels + 1,
    });
    let mut context = vec![d.summary(g)];
    context.extend(d.notes.iter().take(NOTES_SHOWN).cloned());
    if d.notes.len() > NOTES_SHOWN {
        context.push(t!("ws-more-notes", count = d.notes.len() - NOTES_SHOWN));
    }
    let mut more = format!("{}\n\n{}", rec.title, question.text);
    more.push_str(&format!("\n\n{}", d.summary(g)));
    for note in &d.notes {
        more.push_str(&format!("\n{note}"));
    }
    Screen {
        context,
        question: t!("ws-agreed-level", question = question.text.clone()),
        choices,
        start,
        help: t!(
            "ws-level-help",
            na = keys::not_applicable().to_string(),
            dk = keys::dont_know().to_string()
        ),
        more: Some(more),
    }
}

/// How the respondents answered one question.
struct Distribution {
    /// Per choice of the level screen: each level, then not applicable, then don't know.
    counts: Vec<usize>,
    unanswered: usize,
    /// One line per answer with a note, a reason or evidence: "3 Established: note".
    notes: Vec<String>,
    /// What any respondent named, once each: offered to the group to keep or edit.
    evidence: Vec<String>,
}

impl Distribution {
    fn of(g: &Group, n: usize) -> Distribution {
        let levels = g.q.scale.len();
        let mut d = Distribution {
            counts: vec![0; levels + 2],
            unanswered: 0,
            notes: Vec::new(),
            evidence: Vec::new(),
        };
        let id = &g.q.questions[n].id;
        let mut lines: Vec<(usize, String)> = Vec::new();
        for (r, a) in g.summary.answers_to(id) {
            let Some(a) = a else {
                d.unanswered += 1;
                continue;
            };
            let k = match &a.state {
                State::Level(l) => usize::from(*l).min(levels - 1),
                State::NotApplicable(_) => levels,
                State::Unknown => levels + 1,
            };
            d.counts[k] += 1;
            for e in &a.evidence {
                if !d.evidence.contains(e) && d.evidence.len() < limits::EVIDENCE_ITEMS {
                    d.evidence.push(e.clone());
                }
            }
            let mut said = Vec::new();
            if let State::NotApplicable(reason) = &a.state {
                said.push(t!("ws-because", reason = reason.clone()));
            }
            if let Some(note) = &a.note {
                said.push(note.clone());
            }
            if !a.evidence.is_empty() {
                said.push(t!("ws-evidence-said", evidence = a.evidence.join("; ")));
            }
            if said.is_empty() {
                continue;
            }
            let who = state_label(g.q, Some(&a.state));
            let line = if g.named {
                format!("• {} ({who}): {}", r.label, said.join(" "))
            } else {
                format!("• {who}: {}", said.join(" "))
            };
            lines.push((k, line));
        }
        // Anonymous notes are grouped by level, so the order of the files says nothing.
        if !g.named {
            lines.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        }
        d.notes = lines.into_iter().map(|(_, l)| l).collect();
        d
    }

    /// "5 respondents: levels from 1 to 4; 1 not applicable; 1 did not answer."
    fn summary(&self, g: &Group) -> String {
        let levels = g.q.scale.len();
        let given: usize = self.counts[..levels].iter().sum();
        let chosen: Vec<usize> = (0..levels).filter(|&k| self.counts[k] > 0).collect();
        let mut parts = vec![match (chosen.first(), chosen.last()) {
            (Some(lo), Some(hi)) if lo != hi => {
                t!("ws-gave-range", count = given, low = *lo, high = *hi)
            }
            (Some(lo), _) => t!("ws-gave-level", count = given, low = *lo),
            _ => t!("ws-gave-none"),
        }];
        if self.counts[levels] > 0 {
            parts.push(t!("ws-count-na", count = self.counts[levels]));
        }
        if self.counts[levels + 1] > 0 {
            parts.push(t!("ws-count-dk", count = self.counts[levels + 1]));
        }
        if self.unanswered > 0 {
            parts.push(t!("ws-count-unanswered", count = self.unanswered));
        }
        t!(
            "ws-of-respondents",
            count = g.summary.respondents.len(),
            parts = parts.join("; ")
        )
    }
}

/// "3 Established", "not applicable", "don't know", "not answered".
fn state_label(q: &Questionnaire, state: Option<&State>) -> String {
    match state {
        Some(State::Level(l)) => format!("{l} {}", q.level_name(*l)),
        Some(State::NotApplicable(_)) => t!("ws-state-na"),
        Some(State::Unknown) => t!("ws-state-dk"),
        None => t!("ws-state-unanswered"),
    }
}

fn or_unnamed(organisation: &str) -> String {
    if organisation.trim().is_empty() {
        t!("ws-unnamed")
    } else {
        organisation.to_string()
    }
}
