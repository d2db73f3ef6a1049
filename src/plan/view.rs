//! A plan as seen on one day, for `plan show`: which open actions are overdue, how many actions
//! are in each status, overall and per phase, and when each phase runs. Pure: the day is given
//! (`--today`, else the caller's clock), never read here, so the same inputs give the same view.

use super::{Action, Phase, Plan, Status};
use crate::catalogue::Catalogue;
use jiff::ToSpan;
use jiff::civil::Date;

/// The plan, the catalogue its recommendations come from, and the day it is seen on.
#[derive(Debug)]
pub struct View<'a> {
    pub plan: &'a Plan,
    pub cat: &'a Catalogue,
    pub today: Date,
}

/// How many actions, and how many of them in each status. `overdue` and `closed` count actions
/// of the other lists again: an overdue action is not started or in progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub actions: usize,
    pub not_started: usize,
    pub in_progress: usize,
    pub done: usize,
    pub dropped: usize,
    /// Open, and due before the day the plan is seen on.
    pub overdue: usize,
    /// Whose gap a later assessment found closed (`plan --update`).
    pub closed: usize,
}

impl Counts {
    /// How many have `status`.
    pub fn of(&self, status: Status) -> usize {
        match status {
            Status::NotStarted => self.not_started,
            Status::InProgress => self.in_progress,
            Status::Done => self.done,
            Status::Dropped => self.dropped,
        }
    }
}

impl<'a> View<'a> {
    pub fn new(plan: &'a Plan, cat: &'a Catalogue, today: Date) -> View<'a> {
        View { plan, cat, today }
    }

    /// Still to do, and due before today (an action due today is not late yet).
    pub fn overdue(&self, a: &Action) -> bool {
        a.status.open() && a.due.is_some_and(|d| d < self.today)
    }

    /// The actions of `phase`, in the plan's order.
    pub fn actions_in(&self, phase: Phase) -> impl Iterator<Item = &'a Action> + 'a {
        self.plan.actions.iter().filter(move |a| a.phase == phase)
    }

    /// The counts of every action (`None`) or of one phase's.
    pub fn counts(&self, phase: Option<Phase>) -> Counts {
        let mut c = Counts::default();
        for a in &self.plan.actions {
            if phase.is_some_and(|p| p != a.phase) {
                continue;
            }
            c.actions += 1;
            match a.status {
                Status::NotStarted => c.not_started += 1,
                Status::InProgress => c.in_progress += 1,
                Status::Done => c.done += 1,
                Status::Dropped => c.dropped += 1,
            }
            c.overdue += usize::from(self.overdue(a));
            c.closed += usize::from(a.closed.is_some());
        }
        c
    }

    /// The recommendation's title as the catalogue has it now, else as the plan wrote it.
    pub fn title(&self, a: &'a Action) -> &'a str {
        super::export::title(self.cat, a)
    }

    /// When `phase` runs: from the end of the phase before to its own end, counted from the
    /// assessment; `None` when the plan has no assessment date.
    pub fn window(&self, phase: Phase) -> Option<(Date, Date)> {
        let assessed = self.plan.assessed?;
        let from = assessed.checked_add(phase.start_days().days()).ok()?;
        let to = assessed.checked_add(phase.days().days()).ok()?;
        Some((from, to))
    }
}

crate::render::output!(
    View,
    crate::document::plan::build,
    super::csv::write_view,
    super::json::write
);

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An action of R01 in `phase`, as other modules' tests need one too.
    pub(crate) fn action(phase: Phase, status: Status, due: Option<&str>) -> Action {
        Action {
            recommendation: "R01".into(),
            title: String::new(),
            phase,
            level: 0,
            target: 3,
            first_task: String::new(),
            owner: String::new(),
            due: due.map(|d| d.parse().unwrap()),
            status,
            reason: String::new(),
            notes: String::new(),
            closed: None,
        }
    }

    #[test]
    fn only_open_actions_due_before_today_are_overdue() {
        let data = crate::catalogue::load(&crate::catalogue::DataSource::Builtin).unwrap();
        let plan = Plan {
            organisation: String::new(),
            questionnaire: "quick".into(),
            assessed: Some("2026-01-01".parse().unwrap()),
            actions: vec![
                action(Phase::First90Days, Status::NotStarted, Some("2026-03-01")),
                action(Phase::First90Days, Status::InProgress, Some("2026-03-02")),
                action(Phase::First90Days, Status::Done, Some("2026-01-02")),
                action(Phase::ThreeToSixMonths, Status::Dropped, Some("2026-01-02")),
                action(Phase::ThreeToSixMonths, Status::NotStarted, None),
            ],
        };
        let view = View::new(&plan, &data.catalogue, "2026-03-02".parse().unwrap());
        let overdue: Vec<bool> = plan.actions.iter().map(|a| view.overdue(a)).collect();
        // Due the day before is late; due today is not; closed or undated never are.
        assert_eq!(overdue, [true, false, false, false, false]);
        let all = view.counts(None);
        assert_eq!(
            (
                all.actions,
                all.not_started,
                all.in_progress,
                all.done,
                all.dropped
            ),
            (5, 2, 1, 1, 1)
        );
        assert_eq!(all.overdue, 1);
        assert_eq!(view.counts(Some(Phase::ThreeToSixMonths)).actions, 2);
        assert_eq!(
            view.counts(Some(Phase::SixToTwelveMonths)),
            Counts::default()
        );
        let (from, to) = view.window(Phase::ThreeToSixMonths).unwrap();
        assert_eq!(
            (from.to_string(), to.to_string()),
            ("2026-04-01".into(), "2026-07-02".into())
        );
    }
}
