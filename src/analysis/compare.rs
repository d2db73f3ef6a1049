//! The comparison of two assessments, as a pure model: recommendations matched by id, levels and
//! statuses side by side, area and overall readiness over the recommendations both sides asked
//! about, progress as the share of the remaining gap closed; with an action plan
//! (`compare --plan`), each action followed up against the levels. No I/O, no clock.

use crate::analysis::scoring::{self, Item, Scored, Status};
use crate::answers::Answers;
use crate::catalogue::Catalogue;
use crate::plan::{self, Action, Phase, Plan};
use crate::questionnaire::Questionnaire;
use std::collections::BTreeSet;

/// One assessment as compared: its questionnaire and answers, scored over the common
/// recommendations only.
#[derive(Debug)]
pub struct Side<'a> {
    pub q: &'a Questionnaire,
    pub answers: &'a Answers,
    /// Scored with this side's own questionnaire (scale, weights, profile rules), reduced to the
    /// recommendations both sides ask about.
    pub scored: Scored,
}

/// A readiness score before and after.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Movement {
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl Movement {
    /// After minus before, in percentage points; `None` unless both are scored.
    pub fn change(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// See [`progress`].
    pub fn progress(&self) -> Option<f64> {
        progress(self.before, self.after)
    }
}

/// The share of the remaining gap closed, as a percentage: (after - before) / (100 - before).
/// Negative when readiness fell (and then it may go below -100: falling from 90% to 70% loses
/// twice the gap that was left). `None` when either score is missing, or when `before` was
/// already 100%, since there was no gap left to close; documents then say the move alone.
pub fn progress(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    let (b, a) = (before?, after?);
    if b >= 100.0 {
        return None;
    }
    Some(100.0 * (a - b) / (100.0 - b))
}

/// Something a reader must know before trusting the numbers; the documents say it in words.
/// The values are the files' own (untrusted text: renderers escape it), blank when not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning<'a> {
    /// The two files name different organisations.
    Organisations { before: &'a str, after: &'a str },
    /// The after file is dated before the before file.
    OutOfOrder { before: &'a str, after: &'a str },
    /// The action plan (`--plan`) names an organisation neither file names.
    PlanOrganisation { plan: &'a str, after: &'a str },
}

/// An area's readiness before and after.
#[derive(Debug, Clone)]
pub struct AreaChange {
    pub id: String,
    pub part: String,
    pub movement: Movement,
}

/// One recommendation asked on both sides.
#[derive(Debug, Clone)]
pub struct Change {
    pub recommendation: String,
    pub number: u32,
    pub area: String,
    pub part: String,
    pub before: Item,
    pub after: Item,
}

/// How one recommendation moved, in exactly one of five kinds, or none (unchanged, or no longer
/// rated). Each recommendation is counted once: a gap closed is also a level that rose, but it
/// is listed as a gap closed alone, so the lists add up and a board reading "3 gaps closed, 8
/// improvements" does not count the same three twice. The same holds for a new gap, which is
/// not listed again as a regression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Answered at or above its target before, below it after: it slipped back. (A raised
    /// target counts too: the level no longer meets what the organisation now aims for.)
    NewGap,
    /// A level that fell without opening a new gap: it was already below target, or it is
    /// still at or above it.
    Regressed,
    /// Without a level before (don't know, unanswered or not applicable) and below target
    /// after: a gap that was there but not seen. New knowledge, not a fall.
    GapIdentified,
    /// Answered below its target before, at or above it after.
    GapClosed,
    /// A level that rose without closing a gap: still short of target, or above it already.
    Improved,
}

impl Category {
    /// In the order the documents list them: what needs attention, what is newly known, what
    /// improved.
    pub const ALL: [Category; 5] = [
        Category::NewGap,
        Category::Regressed,
        Category::GapIdentified,
        Category::GapClosed,
        Category::Improved,
    ];
}

fn answered_level(i: &Item) -> Option<u8> {
    match i.status {
        Status::Answered => i.level,
        _ => None,
    }
}

/// Answered short of its own target.
fn has_gap(i: &Item) -> bool {
    i.status == Status::Answered && i.gap.is_some_and(|g| g > 0)
}

/// Answered at or above its own target.
fn at_target(i: &Item) -> bool {
    i.status == Status::Answered && i.gap == Some(0)
}

impl Change {
    /// Level after minus level before; `None` unless both were answered with a level.
    pub fn change(&self) -> Option<i16> {
        Some(i16::from(answered_level(&self.after)?) - i16::from(answered_level(&self.before)?))
    }

    /// Which one list this recommendation belongs to. The gap tests come first, so a level
    /// that rose to its target is a gap closed and one that fell below it a new gap; only a
    /// move that crosses no target is an improvement or a regression.
    pub fn category(&self) -> Option<Category> {
        let (b, a) = (&self.before, &self.after);
        if has_gap(b) && at_target(a) {
            Some(Category::GapClosed)
        } else if at_target(b) && has_gap(a) {
            Some(Category::NewGap)
        } else if answered_level(b).is_none() && has_gap(a) {
            Some(Category::GapIdentified)
        } else {
            match self.change() {
                Some(d) if d > 0 => Some(Category::Improved),
                Some(d) if d < 0 => Some(Category::Regressed),
                _ => None,
            }
        }
    }

    fn is(&self, c: Category) -> bool {
        self.category() == Some(c)
    }

    /// Short of its target before, at or above its target after.
    pub fn gap_closed(&self) -> bool {
        self.is(Category::GapClosed)
    }

    /// At or above its target before, short of it after.
    pub fn new_gap(&self) -> bool {
        self.is(Category::NewGap)
    }

    /// Without a level before, short of its target after.
    pub fn gap_identified(&self) -> bool {
        self.is(Category::GapIdentified)
    }

    /// The level rose, without closing a gap.
    pub fn improved(&self) -> bool {
        self.is(Category::Improved)
    }

    /// The level fell, without opening a new gap.
    pub fn regressed(&self) -> bool {
        self.is(Category::Regressed)
    }
}

/// Two assessments compared.
#[derive(Debug)]
pub struct Comparison<'a> {
    pub cat: &'a Catalogue,
    pub before: Side<'a>,
    pub after: Side<'a>,
    /// Common recommendations, in the guide's order.
    pub items: Vec<Change>,
    /// Areas with at least one common recommendation, in the guide's order.
    pub areas: Vec<AreaChange>,
    pub overall: Movement,
    /// Recommendations only the earlier questionnaire asks about, in the guide's order.
    pub before_only: Vec<String>,
    /// Recommendations only the later questionnaire asks about, in the guide's order.
    pub after_only: Vec<String>,
    /// The action plan followed up, with `compare --plan` ([`Comparison::follow`]).
    pub plan: Option<FollowUp<'a>>,
}

/// The recommendations a questionnaire asks about that the catalogue knows.
fn asked(cat: &Catalogue, q: &Questionnaire) -> BTreeSet<String> {
    q.questions
        .iter()
        .filter(|x| cat.recommendation(&x.recommendation).is_some())
        .map(|x| x.recommendation.clone())
        .collect()
}

/// `q` reduced to its first question on each of `keep`, so both sides score the same
/// recommendations once each.
fn reduce(q: &Questionnaire, keep: &BTreeSet<String>) -> Questionnaire {
    let mut seen = BTreeSet::new();
    let mut reduced = q.clone();
    reduced
        .questions
        .retain(|x| keep.contains(&x.recommendation) && seen.insert(x.recommendation.clone()));
    reduced
}

fn in_guide_order(cat: &Catalogue, ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = ids.collect();
    v.sort_by_key(|id| cat.recommendation(id).map_or(u32::MAX, |r| r.number));
    v
}

impl<'a> Comparison<'a> {
    /// Compare two answers files, each checked against its own questionnaire.
    pub fn new(
        cat: &'a Catalogue,
        before: (&'a Questionnaire, &'a Answers),
        after: (&'a Questionnaire, &'a Answers),
    ) -> Self {
        let asked_before = asked(cat, before.0);
        let asked_after = asked(cat, after.0);
        let common: BTreeSet<String> = asked_before.intersection(&asked_after).cloned().collect();
        let side = |(q, answers): (&'a Questionnaire, &'a Answers)| Side {
            q,
            answers,
            scored: scoring::score(cat, &reduce(q, &common), answers),
        };
        let before = side(before);
        let after = side(after);

        let mut items: Vec<Change> = before
            .scored
            .items
            .iter()
            .filter_map(|b| {
                let a = after
                    .scored
                    .items
                    .iter()
                    .find(|a| a.recommendation == b.recommendation)?;
                Some(Change {
                    recommendation: b.recommendation.clone(),
                    number: b.number,
                    area: b.area.clone(),
                    part: b.part.clone(),
                    before: b.clone(),
                    after: a.clone(),
                })
            })
            .collect();
        items.sort_by_key(|c| c.number);

        // Both sides score the same recommendations, so they have the same areas.
        let areas = before
            .scored
            .areas
            .iter()
            .map(|b| AreaChange {
                id: b.id.clone(),
                part: b.part.clone(),
                movement: Movement {
                    before: b.score.score,
                    after: after.scored.area(&b.id).and_then(|a| a.score.score),
                },
            })
            .collect();
        let overall = Movement {
            before: before.scored.overall.score,
            after: after.scored.overall.score,
        };
        let before_only = in_guide_order(cat, asked_before.difference(&asked_after).cloned());
        let after_only = in_guide_order(cat, asked_after.difference(&asked_before).cloned());
        Comparison {
            cat,
            before,
            after,
            items,
            areas,
            overall,
            before_only,
            after_only,
            plan: None,
        }
    }

    /// The comparison with `plan` followed up against it.
    pub fn follow(mut self, plan: &'a Plan) -> Self {
        self.plan = Some(FollowUp::new(&self, plan));
        self
    }

    /// Both questionnaires ask about the same recommendations.
    pub fn like_for_like(&self) -> bool {
        self.before_only.is_empty() && self.after_only.is_empty()
    }

    /// The two files name the same organisation (ignoring case and surrounding spaces).
    pub fn same_organisation(&self) -> bool {
        self.before.answers.organisation.trim().to_lowercase()
            == self.after.answers.organisation.trim().to_lowercase()
    }

    /// The recommendations of one category, in the guide's order.
    pub fn of(&self, category: Category) -> Vec<&Change> {
        self.items
            .iter()
            .filter(|c| c.category() == Some(category))
            .collect()
    }

    pub fn gaps_closed(&self) -> Vec<&Change> {
        self.of(Category::GapClosed)
    }

    pub fn new_gaps(&self) -> Vec<&Change> {
        self.of(Category::NewGap)
    }

    pub fn gaps_identified(&self) -> Vec<&Change> {
        self.of(Category::GapIdentified)
    }

    pub fn improvements(&self) -> Vec<&Change> {
        self.of(Category::Improved)
    }

    pub fn regressions(&self) -> Vec<&Change> {
        self.of(Category::Regressed)
    }

    /// What a leader must look at first: new gaps, then the other levels that fell, in the
    /// guide's order within each.
    pub fn needs_attention(&self) -> Vec<&Change> {
        let mut v = self.new_gaps();
        v.extend(self.regressions());
        v
    }

    pub fn title(&self, id: &str) -> &'a str {
        self.cat.recommendation_title(id)
    }

    /// The guide's title for an area, for the JSON and CSV.
    pub fn area_title(&self, id: &str) -> &'a str {
        self.cat.area_title(id)
    }

    /// The area as the report names it ("Belt and Road finance"), for the documents.
    pub fn area_label(&self, id: &str) -> String {
        self.cat
            .area(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    }

    /// Things a reader must know before trusting the numbers, in the order the documents
    /// tell them.
    pub fn warnings(&self) -> Vec<Warning<'a>> {
        let (b, a) = (self.before.answers, self.after.answers);
        let mut w = Vec::new();
        if !self.same_organisation() {
            w.push(Warning::Organisations {
                before: &b.organisation,
                after: &a.organisation,
            });
        }
        if !b.date.trim().is_empty() && !a.date.trim().is_empty() && a.date < b.date {
            w.push(Warning::OutOfOrder {
                before: &b.date,
                after: &a.date,
            });
        }
        if let Some(f) = &self.plan
            && !f.same_organisation(self)
        {
            w.push(Warning::PlanOrganisation {
                plan: &f.plan.organisation,
                after: &a.organisation,
            });
        }
        w
    }
}

// Following up an action plan (`compare --plan`).

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Where an action's recommendation went between the two assessments, against the action's
/// own target: exactly one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Toward {
    /// At or above the action's target after, and not lower than before.
    ReachedTarget,
    /// Higher after, still short of the target.
    MovedUp,
    /// The same level, short of the target.
    NoChange,
    /// Lower after (even if still at or above the target).
    MovedDown,
    /// Asked on both sides, without a level on one of them (unanswered, don't know, not
    /// applicable): nothing to measure.
    NotRated,
    /// Not asked on both sides, so not compared.
    NotAsked,
}

impl Toward {
    pub const ALL: [Toward; 6] = [
        Toward::ReachedTarget,
        Toward::MovedUp,
        Toward::NoChange,
        Toward::MovedDown,
        Toward::NotRated,
        Toward::NotAsked,
    ];

    /// The move from `before` to `after` levels against `target`; `None` for a missing level.
    pub fn of(before: Option<u8>, after: Option<u8>, target: u8) -> Toward {
        let (Some(b), Some(a)) = (before, after) else {
            return Toward::NotRated;
        };
        if a < b {
            Toward::MovedDown
        } else if a >= target {
            Toward::ReachedTarget
        } else if a > b {
            Toward::MovedUp
        } else {
            Toward::NoChange
        }
    }
}

/// One action of the plan, followed up.
#[derive(Debug, Clone)]
pub struct FollowedAction<'a> {
    pub action: &'a Action,
    /// Its recommendation as compared; `None` when it was not asked on both sides.
    pub change: Option<Change>,
    pub toward: Toward,
}

impl FollowedAction<'_> {
    /// The levels before and after, when both sides answered with one.
    pub fn levels(&self) -> Option<(u8, u8)> {
        let ch = self.change.as_ref()?;
        Some((answered_level(&ch.before)?, answered_level(&ch.after)?))
    }

    /// Marked done, and the level after is no higher than before.
    pub fn done_not_moved(&self) -> bool {
        self.action.status == plan::Status::Done && self.levels().is_some_and(|(b, a)| a <= b)
    }
}

/// A recommendation whose level rose with no action under way or done for it.
#[derive(Debug, Clone)]
pub struct Unplanned {
    pub change: Change,
    /// Its action's status (not started or dropped); `None` when the plan has no action for it.
    pub status: Option<plan::Status>,
}

/// How far a set of actions (a phase, the whole plan) has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Every action, dropped ones too.
    pub actions: usize,
    pub done: usize,
    pub in_progress: usize,
    pub not_started: usize,
    pub dropped: usize,
}

impl Counts {
    fn of<'x>(actions: impl Iterator<Item = &'x Action>) -> Counts {
        let mut c = Counts::default();
        for a in actions {
            c.actions += 1;
            match a.status {
                plan::Status::Done => c.done += 1,
                plan::Status::InProgress => c.in_progress += 1,
                plan::Status::NotStarted => c.not_started += 1,
                plan::Status::Dropped => c.dropped += 1,
            }
        }
        c
    }

    /// The actions still planned: all but the dropped ones.
    pub fn planned(&self) -> usize {
        self.actions - self.dropped
    }

    /// The share of the planned actions done, as a percentage; `None` when none is planned.
    pub fn share_done(&self) -> Option<f64> {
        let planned = self.planned();
        (planned > 0).then(|| 100.0 * self.done as f64 / planned as f64)
    }
}

/// An action plan followed up against two assessments.
#[derive(Debug, Clone)]
pub struct FollowUp<'a> {
    pub plan: &'a Plan,
    /// One per action, in the plan's order.
    pub actions: Vec<FollowedAction<'a>>,
    /// Each phase with at least one action, in the order of the phases.
    pub phases: Vec<(Phase, Counts)>,
    /// Compared recommendations whose level rose with no action in progress or done, in the
    /// guide's order.
    pub unplanned: Vec<Unplanned>,
}

impl<'a> FollowUp<'a> {
    pub fn new(c: &Comparison, plan: &'a Plan) -> FollowUp<'a> {
        let compared = |id: &str| c.items.iter().find(|ch| ch.recommendation == id);
        let actions = plan
            .actions
            .iter()
            .map(|a| {
                let change = compared(&a.recommendation).cloned();
                let toward = change.as_ref().map_or(Toward::NotAsked, |ch| {
                    Toward::of(
                        answered_level(&ch.before),
                        answered_level(&ch.after),
                        a.target,
                    )
                });
                FollowedAction {
                    action: a,
                    change,
                    toward,
                }
            })
            .collect();
        let phases = Phase::ALL
            .into_iter()
            .map(|p| (p, Counts::of(plan.actions.iter().filter(|a| a.phase == p))))
            .filter(|(_, n)| n.actions > 0)
            .collect();
        let unplanned = c
            .items
            .iter()
            .filter(|ch| ch.change().is_some_and(|d| d > 0))
            .filter_map(|ch| {
                let mine: Vec<&Action> = plan
                    .actions
                    .iter()
                    .filter(|a| a.recommendation == ch.recommendation)
                    .collect();
                let worked_on = mine
                    .iter()
                    .any(|a| matches!(a.status, plan::Status::InProgress | plan::Status::Done));
                (!worked_on).then(|| Unplanned {
                    change: ch.clone(),
                    status: mine.first().map(|a| a.status),
                })
            })
            .collect();
        FollowUp {
            plan,
            actions,
            phases,
            unplanned,
        }
    }

    /// Actions marked done whose level did not rise, in the plan's order.
    pub fn done_not_moved(&self) -> Vec<&FollowedAction<'a>> {
        self.actions.iter().filter(|a| a.done_not_moved()).collect()
    }

    /// Dropped actions, in the plan's order.
    pub fn dropped(&self) -> Vec<&FollowedAction<'a>> {
        self.actions
            .iter()
            .filter(|a| a.action.status == plan::Status::Dropped)
            .collect()
    }

    /// The whole plan as one share.
    pub fn total(&self) -> Counts {
        Counts::of(self.plan.actions.iter())
    }

    /// The first action for recommendation `id`, followed up.
    pub fn action(&self, id: &str) -> Option<&FollowedAction<'a>> {
        self.actions.iter().find(|a| a.action.recommendation == id)
    }

    /// The plan names no organisation, or one of the two files' (ignoring case).
    pub fn same_organisation(&self, c: &Comparison) -> bool {
        let org = &self.plan.organisation;
        org.trim().is_empty()
            || same_name(org, &c.before.answers.organisation)
            || same_name(org, &c.after.answers.organisation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, State};
    use crate::catalogue::{self, DataSource};

    fn builtin() -> catalogue::Data {
        catalogue::load(&DataSource::Builtin).expect("built-in data loads")
    }

    fn answers(q: &Questionnaire, levels: &[(&str, State)]) -> Answers {
        let mut a = Answers {
            questionnaire: q.id.clone(),
            questionnaire_version: q.version.clone(),
            organisation: "Acme".into(),
            ..Answers::default()
        };
        for (id, state) in levels {
            a.answers
                .insert((*id).to_string(), Answer::new(state.clone()));
        }
        a
    }

    fn level(l: u8) -> State {
        State::Level(l)
    }

    #[test]
    fn progress_is_the_share_of_the_remaining_gap_closed() {
        assert_eq!(progress(Some(50.0), Some(75.0)), Some(50.0));
        assert_eq!(progress(Some(0.0), Some(100.0)), Some(100.0));
        assert_eq!(progress(Some(40.0), Some(40.0)), Some(0.0));
    }

    #[test]
    fn progress_is_negative_for_a_regression() {
        assert_eq!(progress(Some(50.0), Some(40.0)), Some(-20.0));
        // Falling from 90% to 70% loses twice the gap that was left.
        let p = progress(Some(90.0), Some(70.0)).expect("defined");
        assert!((p + 200.0).abs() < 1e-9, "{p}");
    }

    #[test]
    fn progress_is_undefined_from_100_or_without_both_scores() {
        assert_eq!(progress(Some(100.0), Some(100.0)), None);
        assert_eq!(progress(Some(100.0), Some(80.0)), None);
        assert_eq!(progress(None, Some(80.0)), None);
        assert_eq!(progress(Some(20.0), None), None);
        assert_eq!(progress(None, None), None);
        let m = Movement {
            before: Some(100.0),
            after: Some(80.0),
        };
        assert_eq!(m.progress(), None);
        assert_eq!(m.change(), Some(-20.0));
        let m = Movement {
            before: None,
            after: Some(80.0),
        };
        assert_eq!(m.change(), None);
        assert_eq!(m.progress(), None);
    }

    #[test]
    fn lists_of_gaps_closed_new_gaps_improvements_and_regressions() {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        // Every target here is the questionnaire's default, 3.
        let before = answers(
            q,
            &[
                ("R01", level(1)),                         // -> 3: gap closed only
                ("R02", level(3)),                         // -> 1: new gap only
                ("R04", level(0)),                         // -> 2: improved, gap remains
                ("R06", State::Unknown),                   // -> 1: gap identified
                ("R08", State::NotApplicable("x".into())), // -> 4: nothing
                ("R11", level(4)),                         // -> 3: regressed, no gap
                ("R15", level(2)),                         // -> 2: unchanged gap
                ("R23", level(2)),                         // -> 1: regressed, gap grew
                                                           // R22 unanswered -> 0: identified
            ],
        );
        let after = answers(
            q,
            &[
                ("R01", level(3)),
                ("R02", level(1)),
                ("R04", level(2)),
                ("R06", level(1)),
                ("R08", level(4)),
                ("R11", level(3)),
                ("R15", level(2)),
                ("R22", level(0)),
                ("R23", level(1)),
            ],
        );
        let c = Comparison::new(&data.catalogue, (q, &before), (q, &after));
        let ids = |v: Vec<&Change>| {
            v.iter()
                .map(|c| c.recommendation.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(c.gaps_closed()), ["R01"]);
        assert_eq!(ids(c.new_gaps()), ["R02"]);
        assert_eq!(ids(c.gaps_identified()), ["R06", "R22"]);
        // R01 rose and closed its gap: it is listed once, as a gap closed.
        assert_eq!(ids(c.improvements()), ["R04"]);
        // R02 fell below its target: it is listed once, as a new gap.
        assert_eq!(ids(c.regressions()), ["R11", "R23"]);
        assert_eq!(ids(c.needs_attention()), ["R02", "R11", "R23"]);

        let item = |id: &str| c.items.iter().find(|i| i.recommendation == id).expect(id);
        assert_eq!(item("R01").change(), Some(2));
        assert_eq!(item("R02").change(), Some(-2));
        assert_eq!(item("R06").change(), None);
        assert_eq!(item("R08").change(), None);
        assert_eq!(item("R22").change(), None);
        assert_eq!(item("R08").category(), None);
        assert_eq!(item("R15").category(), None);
        assert_eq!(item("R22").before.status, Status::Unanswered);
        assert_eq!(item("R08").before.status, Status::Na);
        assert_eq!(item("R06").before.status, Status::Unknown);
        assert!(c.like_for_like());
        assert_eq!(c.items.len(), q.questions.len());
        assert!(c.warnings().is_empty());
    }

    /// The category of R01 moving from `before` to `after`, each with its own target.
    fn moved(before: (State, u8), after: (State, u8)) -> Option<Category> {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let side = |(state, target): (State, u8)| {
            let mut a = answers(q, &[("R01", state)]);
            if let Some(x) = a.answers.get_mut("R01") {
                x.target = Some(target);
            }
            a
        };
        let (b, a) = (side(before), side(after));
        let c = Comparison::new(&data.catalogue, (q, &b), (q, &a));
        let ch = c
            .items
            .iter()
            .find(|i| i.recommendation == "R01")
            .expect("R01");
        // Whatever it is, the five lists hold it at most once between them.
        let listed = Category::ALL
            .iter()
            .filter(|&&k| c.of(k).iter().any(|x| x.recommendation == "R01"))
            .count();
        assert_eq!(listed, usize::from(ch.category().is_some()));
        ch.category()
    }

    #[test]
    fn a_question_first_rated_below_target_is_a_gap_identified_not_a_new_gap() {
        use Category::*;
        assert_eq!(
            moved((State::Unknown, 3), (level(1), 3)),
            Some(GapIdentified)
        );
        assert_eq!(
            moved((State::Unknown, 3), (level(0), 3)),
            Some(GapIdentified)
        );
        assert_eq!(
            moved((State::NotApplicable("x".into()), 3), (level(2), 3)),
            Some(GapIdentified)
        );
        // Unanswered before: R01 left out of the before file.
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let (b, a) = (answers(q, &[]), answers(q, &[("R01", level(2))]));
        let c = Comparison::new(&data.catalogue, (q, &b), (q, &a));
        assert_eq!(c.gaps_identified().len(), 1);
        assert!(c.new_gaps().is_empty());
        // First rated at target: nothing to list, neither a gap nor a change of level.
        assert_eq!(moved((State::Unknown, 3), (level(3), 3)), None);
    }

    /// A level and the target it is measured against.
    type Rated = (u8, u8);

    /// Levels moving from (level, target) before to (level, target) after, each into its list.
    fn assert_moves(cases: &[(Rated, Rated, Category)]) {
        for &((b, bt), (a, at), want) in cases {
            let got = moved((level(b), bt), (level(a), at));
            assert_eq!(got, Some(want), "{b} (target {bt}) -> {a} (target {at})");
        }
    }

    #[test]
    fn falling_below_target_is_a_new_gap_and_not_also_a_regression() {
        use Category::*;
        assert_moves(&[
            ((3, 3), (2, 3), NewGap),
            ((4, 3), (0, 3), NewGap),
            // The same level against a raised target is short of it now.
            ((3, 3), (3, 4), NewGap),
            // Falling but still at target, or falling while already short of it: a regression.
            ((4, 3), (3, 3), Regressed),
            ((2, 3), (1, 3), Regressed),
        ]);
    }

    #[test]
    fn reaching_target_is_a_gap_closed_and_not_also_an_improvement() {
        use Category::*;
        assert_moves(&[
            ((1, 3), (3, 3), GapClosed),
            ((2, 3), (4, 3), GapClosed),
            // A lowered target the level now meets closes the gap too.
            ((2, 3), (2, 2), GapClosed),
            // Rising but still short, or rising above a target already met: an improvement.
            ((0, 3), (2, 3), Improved),
            ((3, 3), (4, 3), Improved),
        ]);
    }

    #[test]
    fn no_movement_or_no_longer_rated_is_in_no_list() {
        assert_eq!(moved((level(2), 3), (level(2), 3)), None);
        assert_eq!(moved((level(3), 3), (level(3), 3)), None);
        assert_eq!(moved((level(1), 3), (State::Unknown, 3)), None);
        assert_eq!(
            moved((level(1), 3), (State::NotApplicable("x".into()), 3)),
            None
        );
    }

    #[test]
    fn an_own_target_decides_whether_a_gap_is_closed() {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let before = answers(q, &[("R01", level(1))]);
        let mut after = answers(q, &[("R01", level(2))]);
        after.answers.get_mut("R01").expect("R01").target = Some(2);
        let c = Comparison::new(&data.catalogue, (q, &before), (q, &after));
        assert_eq!(c.gaps_closed().len(), 1);
    }

    #[test]
    fn scores_and_progress_per_area_and_overall() {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let all = |l: u8| {
            let v: Vec<(&str, State)> = q
                .questions
                .iter()
                .map(|x| (x.id.as_str(), level(l)))
                .collect();
            answers(q, &v)
        };
        let (before, after) = (all(1), all(2));
        let c = Comparison::new(&data.catalogue, (q, &before), (q, &after));
        // Every answer 1 of 3, then 2 of 3: 33.3% -> 66.7%, half of the remaining gap closed.
        for a in &c.areas {
            let b = a.movement.before.expect("scored");
            let x = a.movement.after.expect("scored");
            assert!((b - 100.0 / 3.0).abs() < 1e-9, "{}: {b}", a.id);
            assert!((x - 200.0 / 3.0).abs() < 1e-9, "{}: {x}", a.id);
            assert!((a.movement.progress().expect("defined") - 50.0).abs() < 1e-9);
        }
        assert_eq!(c.areas.len(), 8);
        assert!((c.overall.progress().expect("defined") - 50.0).abs() < 1e-9);
        // Backwards is a regression.
        let back = Comparison::new(&data.catalogue, (q, &after), (q, &before));
        assert!((back.overall.progress().expect("defined") + 100.0).abs() < 1e-9);
        assert_eq!(back.regressions().len(), q.questions.len());
    }

    #[test]
    fn different_questionnaires_compare_only_the_common_recommendations() {
        let data = builtin();
        let quick = data.questionnaire("quick").expect("quick");
        let full = data.questionnaire("full").expect("full");
        let quick_recs: BTreeSet<&str> = quick
            .questions
            .iter()
            .map(|x| x.recommendation.as_str())
            .collect();
        // Before: full, every question at 1, except the quick ones at 0. After: quick, all at 3.
        let v: Vec<(&str, State)> = full
            .questions
            .iter()
            .map(|x| {
                let l = if quick_recs.contains(x.recommendation.as_str()) {
                    0
                } else {
                    1
                };
                (x.id.as_str(), level(l))
            })
            .collect();
        let before = answers(full, &v);
        let v: Vec<(&str, State)> = quick
            .questions
            .iter()
            .map(|x| (x.id.as_str(), level(3)))
            .collect();
        let after = answers(quick, &v);
        let c = Comparison::new(&data.catalogue, (full, &before), (quick, &after));

        assert!(!c.like_for_like());
        assert_eq!(c.items.len(), quick_recs.len());
        assert!(
            c.items
                .iter()
                .all(|i| quick_recs.contains(i.recommendation.as_str()))
        );
        // Left out: every full-only recommendation, in the guide's order; nothing quick-only.
        let expected: Vec<String> = full
            .questions
            .iter()
            .map(|x| x.recommendation.clone())
            .filter(|r| !quick_recs.contains(r.as_str()))
            .collect();
        assert_eq!(c.before_only, expected);
        assert_eq!(c.before_only.len(), 48 - quick_recs.len());
        assert!(c.after_only.is_empty());
        // Scores over the common recommendations only: the before side's level-1 answers on
        // full-only recommendations do not count, so it scores 0 everywhere.
        assert_eq!(c.overall.before, Some(0.0));
        assert_eq!(c.overall.after, Some(100.0));
        assert_eq!(c.overall.progress(), Some(100.0));
        for a in &c.areas {
            assert_eq!(a.movement.before, Some(0.0), "{}", a.id);
        }
        assert_eq!(c.before.scored.items.len(), quick_recs.len());
        assert_eq!(c.gaps_closed().len(), quick_recs.len());
        assert!(!c.like_for_like());

        // The other way round, the left-out list moves to the other side.
        let c = Comparison::new(&data.catalogue, (quick, &after), (full, &before));
        assert!(c.before_only.is_empty());
        assert_eq!(c.after_only, expected);
    }

    #[test]
    fn different_organisations_and_dates_in_the_wrong_order_are_warned_about() {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let mut before = answers(q, &[]);
        before.date = "2026-01-01".into();
        let mut after = answers(q, &[]);
        after.organisation = "Other Org".into();
        after.date = "2025-01-01".into();
        let c = Comparison::new(&data.catalogue, (q, &before), (q, &after));
        assert_eq!(
            c.warnings(),
            [
                Warning::Organisations {
                    before: "Acme",
                    after: "Other Org"
                },
                Warning::OutOfOrder {
                    before: "2026-01-01",
                    after: "2025-01-01"
                }
            ]
        );
        // Nothing answered: nothing scored, no progress, no lists.
        assert_eq!(c.overall.before, None);
        assert_eq!(c.overall.progress(), None);
        assert!(c.new_gaps().is_empty() && c.improvements().is_empty());
    }

    #[test]
    fn toward_the_target_is_one_of_six() {
        use Toward::*;
        assert_eq!(Toward::of(Some(1), Some(3), 3), ReachedTarget);
        assert_eq!(Toward::of(Some(3), Some(3), 3), ReachedTarget);
        assert_eq!(Toward::of(Some(1), Some(2), 3), MovedUp);
        assert_eq!(Toward::of(Some(2), Some(2), 3), NoChange);
        // A fall is a fall, even one that stays at the target.
        assert_eq!(Toward::of(Some(4), Some(3), 3), MovedDown);
        assert_eq!(Toward::of(Some(2), Some(1), 3), MovedDown);
        assert_eq!(Toward::of(None, Some(1), 3), NotRated);
        assert_eq!(Toward::of(Some(1), None, 3), NotRated);
    }

    /// An action for `id`; a dropped one says why, as a plan must.
    fn action(id: &str, phase: Phase, status: plan::Status) -> Action {
        let mut a = crate::plan::view::tests::action(phase, status, None);
        a.recommendation = id.into();
        if status == plan::Status::Dropped {
            a.reason = "why".into();
        }
        a
    }

    /// Two assessments and a plan between them, one case of each kind of follow-up.
    fn followed_fixture(q: &Questionnaire) -> (Answers, Answers, Plan) {
        use plan::Status::*;
        let before = answers(
            q,
            &[
                ("R01", level(1)),
                ("R02", level(1)),
                ("R04", level(2)),
                ("R06", level(0)),
                ("R08", level(1)),
                ("R11", level(2)),
                ("R15", level(1)),
            ],
        );
        let after = answers(
            q,
            &[
                ("R01", level(3)), // done, rose: fine
                ("R02", level(1)), // done, did not move
                ("R04", level(1)), // done, fell: did not move either
                ("R06", level(2)), // rose, action not started
                ("R08", level(2)), // rose, no action
                ("R11", level(3)), // rose, action dropped
                ("R15", level(2)), // rose, in progress: worked on
            ],
        );
        let plan = Plan {
            organisation: "ACME ".into(),
            questionnaire: "quick".into(),
            assessed: None,
            actions: vec![
                action("R01", Phase::First90Days, Done),
                action("R02", Phase::First90Days, Done),
                action("R04", Phase::First90Days, Done),
                action("R06", Phase::First90Days, NotStarted),
                action("R11", Phase::ThreeToSixMonths, Dropped),
                action("R15", Phase::ThreeToSixMonths, InProgress),
                // The full questionnaire's: not asked here.
                action("R03", Phase::ThreeToSixMonths, Done),
            ],
        };
        (before, after, plan)
    }

    #[test]
    fn a_plan_is_followed_up_against_the_levels() {
        use plan::Status::*;
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let (before, after, plan) = followed_fixture(q);
        let c = Comparison::new(&data.catalogue, (q, &before), (q, &after)).follow(&plan);
        let f = c.plan.as_ref().expect("followed");
        let ids = |v: Vec<&FollowedAction>| {
            v.iter()
                .map(|a| a.action.recommendation.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(f.done_not_moved()), ["R02", "R04"]);
        assert_eq!(ids(f.dropped()), ["R11"]);
        let unplanned: Vec<(&str, Option<plan::Status>)> = f
            .unplanned
            .iter()
            .map(|u| (u.change.recommendation.as_str(), u.status))
            .collect();
        assert_eq!(
            unplanned,
            [
                ("R06", Some(NotStarted)),
                ("R08", None),
                ("R11", Some(Dropped))
            ]
        );
        let toward: Vec<Toward> = f.actions.iter().map(|a| a.toward).collect();
        assert_eq!(
            toward,
            [
                Toward::ReachedTarget,
                Toward::NoChange,
                Toward::MovedDown,
                Toward::MovedUp,
                Toward::ReachedTarget,
                Toward::MovedUp,
                Toward::NotAsked
            ]
        );
        assert!(f.action("R03").expect("R03").change.is_none());
        // Per phase: the dropped action is not counted as planned.
        assert_eq!(f.phases.len(), 2);
        let (p, first) = f.phases[0];
        assert_eq!(p, Phase::First90Days);
        assert_eq!((first.done, first.planned()), (3, 4));
        assert_eq!(first.share_done(), Some(75.0));
        let (_, second) = f.phases[1];
        assert_eq!(
            (
                second.done,
                second.planned(),
                second.dropped,
                second.in_progress
            ),
            (1, 2, 1, 1)
        );
        assert_eq!(f.total().done, 4);
        assert_eq!(f.total().planned(), 6);
        // "ACME " is Acme's plan.
        assert!(f.same_organisation(&c));
        assert!(c.warnings().is_empty());
    }

    #[test]
    fn a_plan_for_another_organisation_is_warned_about() {
        let data = builtin();
        let q = data.questionnaire("quick").expect("quick");
        let (b, a) = (answers(q, &[]), answers(q, &[]));
        let plan = Plan {
            organisation: "Other".into(),
            questionnaire: "quick".into(),
            assessed: None,
            actions: Vec::new(),
        };
        let c = Comparison::new(&data.catalogue, (q, &b), (q, &a)).follow(&plan);
        assert_eq!(
            c.warnings(),
            [Warning::PlanOrganisation {
                plan: "Other",
                after: "Acme"
            }]
        );
        let f = c.plan.as_ref().expect("followed");
        assert!(f.phases.is_empty());
        assert_eq!(f.total().share_done(), None);
    }
}
