//! A plan drafted from a report: one action per gap, in priority order, each in its phase with
//! the guide's first step as its first task and a due date at the phase's end.

use super::{Action, Phase, Plan, Status, parse_date};
use crate::analysis::scoring::{Band, Item};
use crate::questionnaire::Importance;
use crate::report::Report;
use jiff::ToSpan;
use jiff::civil::Date;

/// The phase of a gap: the top band and quick wins first, the middle band next, the rest last.
pub fn phase(item: &Item) -> Phase {
    let quick_win = item.importance == Importance::High && item.gap == Some(1);
    match item.band {
        Band::High => Phase::First90Days,
        _ if quick_win => Phase::First90Days,
        Band::Medium => Phase::ThreeToSixMonths,
        _ => Phase::SixToTwelveMonths,
    }
}

/// The due date of an action in `phase` for an assessment of `assessed`.
pub fn due(assessed: Option<Date>, phase: Phase) -> Option<Date> {
    assessed?.checked_add(phase.days().days()).ok()
}

/// One action for the gap of `item`.
pub fn action(r: &Report, item: &Item, assessed: Option<Date>) -> Action {
    let rec = r.recommendation(item);
    let phase = phase(item);
    Action {
        recommendation: item.recommendation.clone(),
        title: rec.title.clone(),
        phase,
        level: item.level.unwrap_or(0),
        target: item.target,
        first_task: rec.first_step.clone(),
        owner: String::new(),
        due: due(assessed, phase),
        status: Status::NotStarted,
        reason: String::new(),
        notes: String::new(),
        closed: None,
    }
}

/// The plan of a report: every gap, by phase, in priority order within each phase.
pub fn draft(r: &Report) -> Plan {
    let assessed = parse_date(&r.answers.date).ok();
    let ranked = r.scored.ranked();
    let mut actions: Vec<Action> = ranked
        .iter()
        .filter(|i| i.gap.is_some_and(|g| g > 0))
        .map(|i| action(r, i, assessed))
        .collect();
    // Stable: within a phase, the report's priority order.
    actions.sort_by_key(|a| a.phase);
    Plan {
        organisation: r.answers.organisation.clone(),
        questionnaire: r.answers.questionnaire.clone(),
        assessed,
        actions,
    }
}
