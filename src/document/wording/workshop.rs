//! The workshop pack's words (`workshop pack`), in the order the pack shows them: the agenda,
//! the overview, a sheet per disagreement, the questions to confirm, the priorities and the
//! next steps.

pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text};

/// Above the organisation's name.
pub const KICKER: &str = "Workshop pack";

/// The HTML `<title>`: "Workshop pack: Acme".
pub fn title(organisation: &str) -> String {
    format!("{KICKER}: {organisation}")
}

// The header.

pub const RESPONDENTS: &str = "Respondents";
/// Before one reference of an answer's evidence on a sheet.
pub const EVIDENCE_LABEL: &str = "Evidence: ";
pub const ANSWERS_DATED: &str = "Answers dated";
pub const WORKSHOP_DATE_LINE: &str = "Date of the workshop";
pub const FACILITATOR_LINE: &str = "Facilitator";
pub const NOTE_TAKER_LINE: &str = "Who records the agreed answers";

/// "2026-09-20 to 2026-10-02", one date when they are all the same, or none given.
pub fn dated(first: &str, last: &str) -> String {
    match (first.is_empty(), first == last) {
        (true, _) => no_date_given().to_string(),
        (false, true) => first.to_string(),
        (false, false) => format!("{first} to {last}"),
    }
}

// The agenda.

pub const AGENDA: &str = "Agenda";
pub const AGENDA_INTRO: &str = "The group agrees one position from the individual answers, and spends its time where they differ.";
pub const OVERVIEW: &str = "Overview";
pub const DISAGREEMENTS: &str = "Disagreements";
pub const CONFIRMATION: &str = "Confirmation";
pub const PRIORITIES: &str = "Priorities";
pub const NEXT_STEPS: &str = "Next steps";
pub const OVERVIEW_AGENDA: &str =
    "Where the answers stand: how many answered, how much, and where they agree.";

/// The agenda's disagreements item.
pub fn disagreements_agenda(n: usize, spread: u8) -> String {
    match n {
        0 => format!("No question's levels differ by {spread} or more: nothing to settle."),
        1 => format!(
            "1 question on which the levels given differ by {spread} or more, on a sheet of its own: agree a level and say why."
        ),
        n => format!(
            "{n} questions on which the levels given differ by {spread} or more, a sheet each, the highest priority first: agree a level for each and say why."
        ),
    }
}

/// The agenda's confirmation item.
pub fn confirmation_agenda(n: usize) -> String {
    match n {
        0 => "No question to confirm: every one is discussed.".to_string(),
        1 => "1 question whose levels are close, or that no one gave a level: confirm its combined answer, or reopen it."
            .to_string(),
        n => format!(
            "{n} questions whose levels are close, or that no one gave a level: confirm their combined answers, or reopen one."
        ),
    }
}

/// The agenda's priorities item.
pub fn priorities_agenda(n: usize) -> String {
    match n {
        0 => "The combined answers have no gap to act on or plan now.".to_string(),
        1 => "The top priority of the combined answers, with the guide's first step to discuss."
            .to_string(),
        n => format!(
            "The {n} top priorities of the combined answers, with the guide's first steps to discuss."
        ),
    }
}

pub const NEXT_STEPS_AGENDA: &str = "Who records the agreed answers, and who does what by when.";

// The overview.

pub const COVERAGE: &str = "Answers given";
pub const COMBINED_READINESS: &str = "Combined readiness";
pub const TO_DISCUSS: &str = "To discuss";
pub const TO_CONFIRM: &str = "To confirm";
pub const SCALE: &str = "Scale";

/// "192 answers to 48 questions: 180 levels, 3 not applicable, 9 don't know, 0 unanswered".
pub fn coverage(
    questions: usize,
    respondents: usize,
    levels: usize,
    na: usize,
    unknown: usize,
    unanswered: usize,
) -> String {
    format!(
        "{} answers to {questions} questions: {levels} levels, {na} not applicable, {unknown} don't know, {unanswered} unanswered",
        questions * respondents
    )
}

/// "10 questions (levels differ by 2 or more)".
pub fn to_discuss(n: usize, spread: u8) -> String {
    let q = if n == 1 { "question" } else { "questions" };
    format!("{n} {q} (levels differ by {spread} or more)")
}

/// "38 questions (levels agree, or none given)".
pub fn to_confirm(n: usize) -> String {
    let q = if n == 1 { "question" } else { "questions" };
    format!("{n} {q} (levels closer than that, or none given)")
}

pub const ANONYMOUS: &str = "Respondents are not named in this pack: each sheet counts the levels chosen and quotes the notes left, without saying whose they are.";
pub const NAMED: &str =
    "Respondents are named in this pack, beside the levels they chose and the notes they left:";

// A disagreement's sheet.

/// "Disagreement 2 of 10".
pub fn sheet_kicker(n: usize, of: usize) -> String {
    format!("Disagreement {n} of {of}")
}

pub const LEVELS_GIVEN: &str = "Levels given";
pub const COMBINED_LEVEL: &str = "Combined level (lower median)";

/// The combined level and what its gap asks for: "1 Ad hoc, priority: plan".
pub fn combined_level(level: Inline, band: Inline) -> Text {
    sentence([level, said(", priority: "), band])
}

/// "0 to 3 (spread 3)".
pub fn levels_given(min: u8, max: u8, spread: u8) -> String {
    format!("{min} to {max} (spread {spread})")
}

pub const WHAT_IT_LOOKS_LIKE: &str = "What it looks like";
pub const CHOSEN_BY: &str = "Chosen by";

/// Who chose a level, when respondents are named: "Bangkok office; Secretariat".
pub fn chosen_by(who: &[&str]) -> String {
    who.join("; ")
}
pub const NOT_APPLICABLE_ROW: &str = "Not applicable";
pub const DONT_KNOW_ROW: &str = "Don't know";
pub const UNANSWERED_ROW: &str = "Not answered";

pub const WHAT_THEY_WROTE: &str = "What respondents wrote";
pub const NO_NOTES: &str = "No respondent left a note on this question.";

/// An anonymous note's label: "Level 3 Established", "Not applicable", "Don't know".
pub fn level_label(level: u8, name: &str) -> String {
    format!("Level {level} {name}")
}

/// A named note's label: "Bangkok office, level 3 Established".
pub fn named_label(who: &str, label: &str) -> String {
    let mut chars = label.chars();
    let label = match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    };
    format!("{who}, {label}")
}

/// A note with who or what level it comes from: "**Level 3 Established**: the note".
pub fn note_line(label: Inline, note: Inline) -> Text {
    sentence([label, said(": "), note])
}

/// Under a not-applicable answer's reason, its note.
pub const NOTE_LABEL: &str = "Note: ";

/// When a sheet has no room for every note.
pub fn more_notes(n: usize) -> String {
    match n {
        1 => "1 more note is not shown here.".to_string(),
        n => format!("{n} more notes are not shown here."),
    }
}

pub const AGREED: &str = "Agreed position";
pub const JUSTIFICATION_LINE: &str = "Why this level: the reasons, and the evidence that shows it";
pub const FOLLOW_UP_LINE: &str = "To find out or do (what, who, by when)";
pub const JUSTIFICATION_LINES: usize = 4;
pub const FOLLOW_UP_LINES: usize = 2;

/// A level to tick as the agreed one: "2 Developing".
pub fn level_box(level: u8, name: &str) -> String {
    format!("{level} {name}")
}

// The questions to confirm.

pub const CONFIRM_HEADING: &str = "Questions that agree";

/// Before the questions to confirm.
pub fn confirm_intro(spread: u8) -> String {
    format!(
        "The levels given to these questions differ by less than {spread}, or none was given: the combined level (the lower median) stands unless the group reopens it. Tick one box a row."
    )
}

pub const NOTHING_TO_CONFIRM: &str = "Every question is on a sheet of its own: nothing to confirm.";
pub const CONFIRM_COLUMN: &str = "Confirm";
pub const REOPEN_COLUMN: &str = "Reopen";
pub const COMBINED_COLUMN: &str = "Combined";

/// The levels given to a question to confirm: "2 to 3", "2", and its other answers.
pub fn levels_range(min: Option<u8>, max: Option<u8>, na: usize, unknown: usize) -> String {
    let mut parts = Vec::new();
    match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => parts.push(format!("{lo}")),
        (Some(lo), Some(hi)) => parts.push(format!("{lo} to {hi}")),
        _ => {}
    }
    if na > 0 {
        parts.push(format!("{na} n/a"));
    }
    if unknown > 0 {
        parts.push(format!("{unknown} don't know"));
    }
    if parts.is_empty() {
        DASH.to_string()
    } else {
        parts.join(", ")
    }
}

// The priorities.

pub const PRIORITIES_HEADING: &str = "Top priorities";
pub const PRIORITIES_INTRO: &str = "From the combined answers as they stand before the workshop: the levels agreed above may change them. The guide's first step for each is a prompt to discuss: adapt it, or choose another.";
pub const NO_PRIORITIES: &str = "No gap of the combined answers needs action now: every answered question is at or near its target.";
pub const FIRST_STEP_LABEL: &str = "First step from the guide: ";
pub const OUR_STEP_LINE: &str = "Our first step: what, who, by when";
pub const OUR_STEP_LINES: usize = 2;

/// "1. Title": a priority's heading, its rank before its title.
pub fn ranked(rank: usize, title: Inline) -> Text {
    sentence([said(format!("{rank}. ")), title])
}

/// A priority's levels and band: "Area · now 1 Ad hoc, target 3 Established: act now."
pub fn priority_levels(area: &str, now: &str, target: &str, band: &str) -> String {
    format!("{area} \u{b7} now {now}, target {target}: {band}.")
}

// The next steps.

/// How the agreed answers become the group's report.
pub fn record_agreed() -> Text {
    sentence([
        said("Record the agreed levels, reasons and notes in one answers file, with "),
        Inline::Code("icso-assess assess --file consensus.toml".into()),
        said("; then "),
        Inline::Code("icso-assess report --answers consensus.toml -o report.html".into()),
        said(" makes the group's report."),
    ])
}

pub const ACTIONS_LINE: &str = "Actions agreed (what, who, by when)";
pub const ACTIONS_LINES: usize = 6;
pub const NEXT_MEETING_LINE: &str = "Next meeting";

/// The page footer after the fingerprint.
pub fn footer(id: &str, version: &str, respondents: usize) -> String {
    format!(
        " \u{b7} questionnaire {id} version {version} \u{b7} from the answers of {respondents} respondents \u{b7} made with icso-assess from the guide \u{201c}{GUIDE}\u{201d}."
    )
}
