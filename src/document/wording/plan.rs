//! The action plan's words (`plan show`, and the text `plan export` puts in other tools' fields),
//! in the order the plan shows them. As in the report's: "screen" the terminal, "spoken" the
//! screen-reader layout, "page" Markdown and HTML.

pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text};
use crate::plan::view::Counts;
use crate::plan::{Phase, Status};

// The title and header.

/// The HTML page's kicker above the organisation's name.
pub const KICKER: &str = "Action plan";

/// The HTML `<title>` and the calendar's name: "Action plan: Acme".
pub fn title(organisation: &str) -> String {
    format!("Action plan: {organisation}")
}

/// Every text format's title: "Action plan: " and the organisation.
pub fn title_text(organisation: Inline) -> Text {
    sentence([said("Action plan: "), organisation])
}

pub const ASSESSED: &str = "Assessed";
/// The day the plan is seen on (`--today`): what "overdue" is measured against.
pub const AS_OF: &str = "Status on";
pub const NO_ASSESSMENT_DATE: &str = "no date given";

// Phases and statuses as a reader sees them.

/// A phase's name: its heading and the label of its row.
pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::First90Days => "First 90 days",
        Phase::ThreeToSixMonths => "3-6 months",
        Phase::SixToTwelveMonths => "6-12 months and later",
    }
}

/// A status as a cell shows it.
pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "not started",
        Status::InProgress => "in progress",
        Status::Done => "done",
        Status::Dropped => "dropped",
    }
}

/// Beside the status of an open action due before the day the plan is seen on.
pub const OVERDUE: &str = "overdue";
/// In place of a blank owner.
pub const NO_OWNER: &str = "no owner yet";
/// In place of a blank due date.
pub const NO_DUE_DATE: &str = "no date";

/// Under an action's status when a later assessment found its gap closed.
pub fn gap_closed(date: &str) -> String {
    format!("gap closed ({date})")
}

// The summary.

pub const SUMMARY: &str = "Summary";

/// "13 actions: 2 done, 1 in progress, 9 not started, 1 dropped."
pub fn counts_sentence(c: &Counts) -> String {
    if c.actions == 0 {
        return NO_ACTIONS.to_string();
    }
    let parts: Vec<String> = [
        Status::Done,
        Status::InProgress,
        Status::NotStarted,
        Status::Dropped,
    ]
    .iter()
    .map(|s| format!("{} {}", c.of(*s), status_word(*s)))
    .collect();
    format!("{}: {}.", actions(c.actions), parts.join(", "))
}

/// "1 action", "13 actions".
pub fn actions(n: usize) -> String {
    format!("{n} action{}", if n == 1 { "" } else { "s" })
}

pub const NO_ACTIONS: &str =
    "The plan has no actions: the assessment it was drafted from found no gap to close.";

/// What is late on the day the plan is seen on.
pub fn overdue_sentence(n: usize, today: &str) -> String {
    match n {
        0 => format!("No open action is overdue on {today}."),
        1 => format!("1 open action is overdue on {today}: it was due before that day."),
        n => format!("{n} open actions are overdue on {today}: they were due before that day."),
    }
}

/// How many gaps a later assessment found closed; `None` when none.
pub fn closed_sentence(n: usize) -> Option<String> {
    match n {
        0 => None,
        1 => Some("A later assessment found the gap of 1 action closed.".into()),
        n => Some(format!(
            "A later assessment found the gaps of {n} actions closed."
        )),
    }
}

/// The summary table's columns.
pub const PHASE: &str = "Phase";
pub const ACTIONS: &str = "Actions";
pub const DONE: &str = "Done";
pub const IN_PROGRESS: &str = "In progress";
pub const NOT_STARTED: &str = "Not started";
pub const DROPPED: &str = "Dropped";
pub const OVERDUE_COLUMN: &str = "Overdue";
pub const TOTAL_ROW: &str = "All phases";

/// Spoken: "First 90 days: 7 actions: 1 done, ... 2 overdue."
pub fn phase_spoken(phase: &str, c: &Counts) -> String {
    let counts = counts_sentence(c);
    if c.actions == 0 {
        return format!("{phase}: no actions.");
    }
    format!("{phase}: {counts} {} overdue.", c.overdue)
}

// Each phase.

/// "First 90 days (7)".
pub fn phase_heading(phase: Phase, n: usize) -> String {
    with_count(phase_name(phase), n)
}

/// Spoken: "First 90 days, 7".
pub fn phase_heading_spoken(phase: Phase, n: usize) -> String {
    with_count_spoken(phase_name(phase), n)
}

/// Under a phase's heading, when the plan has its assessment's date.
pub fn phase_window(phase: Phase, from: &str, to: &str) -> String {
    match phase {
        Phase::First90Days => {
            format!("Drafted to be done by {to}, 90 days after the assessment of {from}.")
        }
        Phase::ThreeToSixMonths => format!(
            "Drafted to be done between {from} and {to}, three to six months after the assessment."
        ),
        Phase::SixToTwelveMonths => format!(
            "Drafted to be done between {from} and {to}, six to twelve months after the assessment, or later."
        ),
    }
}

pub const NO_ACTION_IN_PHASE: &str = "No action in this phase.";

// The tables' columns.
pub const FIRST_TASK: &str = "First task";
pub const OWNER: &str = "Owner";
pub const DUE: &str = "Due";
pub const STATUS: &str = "Status";
/// The terminal's one column for a recommendation and its first task.
pub const ACTION_COLUMN: &str = "Action";

/// Labels of the lines under an action (HTML and Word) and in other tools' descriptions.
pub const FIRST_TASK_LABEL: &str = "First task: ";
pub const NOTES_LABEL: &str = "Notes: ";
pub const REASON_LABEL: &str = "Why dropped: ";

/// Spoken: one action in a sentence.
pub fn action_spoken(
    id: &str,
    title: &str,
    owner: &str,
    due: &str,
    status: &str,
    task: &str,
) -> String {
    format!("{id}, {title}. Owner: {owner}. Due: {due}. Status: {status}. First task: {task}")
}

// The timeline chart (HTML page and Word document).

pub const TIMELINE_CAPTION: &str = "The plan over time";

/// What a screen reader reads as the chart's name.
pub fn timeline_title(today: &str) -> String {
    format!("The plan's phases over time, with where their actions stand on {today}")
}

/// One phase in the chart's description, read aloud.
pub fn timeline_desc(phase: &str, window: &str, counts: &str) -> String {
    if window.is_empty() {
        format!("{phase}: {counts}")
    } else {
        format!("{phase}, {window}: {counts}")
    }
}

/// Between the phases in the chart's description.
pub const DESC_JOIN: &str = "; ";

/// A phase's dates in the chart: "2025-10-14 to 2026-01-12".
pub fn window_short(from: &str, to: &str) -> String {
    format!("{from} to {to}")
}

/// The line across the chart at the day the plan is seen on.
pub fn today_mark(today: &str) -> String {
    format!("Status on {today}")
}

/// The chart's words for each part of a phase's bar, in its legend.
pub const LEGEND_DONE: &str = "done";
pub const LEGEND_IN_PROGRESS: &str = "in progress";
pub const LEGEND_NOT_STARTED: &str = "not started";
pub const LEGEND_OVERDUE: &str = "overdue";
pub const LEGEND_DROPPED: &str = "dropped";

/// A phase's bar in words, after it: "7 actions · 2 done · 1 overdue".
pub fn lane_shown(c: &Counts) -> String {
    let mut parts = vec![actions(c.actions)];
    for (n, word) in [
        (c.done, LEGEND_DONE),
        (c.in_progress, LEGEND_IN_PROGRESS),
        (c.overdue, LEGEND_OVERDUE),
        (c.dropped, LEGEND_DROPPED),
    ] {
        if n > 0 {
            parts.push(format!("{n} {word}"));
        }
    }
    parts.join(" · ")
}

pub const TIMELINE_LEGEND: &str = "Each bar spans the dates a phase was drafted for, counted from the assessment, and is divided by where its actions stand; the line marks the day the plan is seen on. A plan without an assessment date shows its phases one after another.";

// The workbook (`plan show --format xlsx`): its sheet and the columns not named above.
pub const SHEET: &str = "Plan";
pub const CLOSED_COLUMN: &str = "Gap closed";
pub const NOTES_COLUMN: &str = "Notes";
pub const REASON_COLUMN: &str = "Why dropped";

// Other tools' fields (`plan export`).

/// An action's name in a task list or calendar: "R06 Appoint a Global China coordinator".
pub fn export_name(id: &str, title: &str) -> String {
    format!("{id} {title}")
}

/// The recommendation's line in a description.
pub fn export_recommendation(id: &str, title: &str) -> String {
    format!("Recommendation {id} of the guide: {title}")
}

/// Labels of the other lines of a description.
pub const OWNER_LABEL: &str = "Owner: ";
pub const STATUS_LABEL: &str = "Status: ";
pub const PHASE_LABEL: &str = "Phase: ";

/// The page footer after the catalogue's fingerprint.
pub fn footer(questionnaire: &str, assessed: &str) -> String {
    format!(
        " · questionnaire {questionnaire} · assessed {assessed} · made with icso-assess from the guide \u{201c}{GUIDE}\u{201d}."
    )
}
