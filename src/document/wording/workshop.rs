//! The workshop pack's words (`workshop pack`), in the order the pack shows them: the agenda,
//! the overview, a sheet per disagreement, the questions to confirm, the priorities and the
//! next steps; messages of `translations/<lang>/workshop-pack.ftl`.

pub use super::*;
use crate::document::{Inline, Text};
use crate::{t, ts};

words! {
    /// Above the organisation's name.
    pub fn kicker() = ts!("pack-kicker");

    /// The HTML `<title>`: "Workshop pack: Acme".
    pub fn title(organisation: &str) = t!("pack-title");

    // The header.

    pub fn respondents() = ts!("pack-respondents");
    /// Before one reference of an answer's evidence on a sheet.
    pub fn evidence_label() = ts!("pack-evidence-label");
    pub fn answers_dated() = ts!("pack-answers-dated");
    pub fn workshop_date_line() = ts!("pack-workshop-date-line");
    pub fn facilitator_line() = ts!("pack-facilitator-line");
    pub fn note_taker_line() = ts!("pack-note-taker-line");
}

/// "2026-09-20 to 2026-10-02", one date when they are all the same, or none given.
pub fn dated(first: &str, last: &str) -> String {
    match (first.is_empty(), first == last) {
        (true, _) => no_date_given().to_string(),
        (false, true) => first.to_string(),
        (false, false) => first_to_last(first, last),
    }
}

words! {
    fn first_to_last(first: &str, last: &str) = t!("pack-dated");

    // The agenda.

    pub fn agenda() = ts!("pack-agenda");
    pub fn agenda_intro() = ts!("pack-agenda-intro");
    pub fn overview() = ts!("pack-overview");
    pub fn disagreements() = ts!("pack-disagreements");
    pub fn confirmation() = ts!("pack-confirmation");
    pub fn priorities() = ts!("pack-priorities");
    pub fn next_steps() = ts!("pack-next-steps");
    pub fn overview_agenda() = ts!("pack-overview-agenda");

    /// The agenda's disagreements item.
    pub fn disagreements_agenda(count: usize, spread: u8) = t!("pack-disagreements-agenda");

    /// The agenda's confirmation item.
    pub fn confirmation_agenda(count: usize) = t!("pack-confirmation-agenda");

    /// The agenda's priorities item.
    pub fn priorities_agenda(count: usize) = t!("pack-priorities-agenda");

    pub fn next_steps_agenda() = ts!("pack-next-steps-agenda");

    // The overview.

    pub fn coverage_label() = ts!("pack-coverage-label");
    pub fn combined_readiness() = ts!("pack-combined-readiness");
    pub fn to_discuss_label() = ts!("pack-to-discuss-label");
    pub fn to_confirm_label() = ts!("pack-to-confirm-label");
    pub fn scale_label() = ts!("pack-scale-label");
}

/// "192 answers to 48 questions: 180 levels, 3 not applicable, 9 don't know, 0 unanswered".
pub fn coverage(
    questions: usize,
    respondents: usize,
    levels: usize,
    na: usize,
    unknown: usize,
    unanswered: usize,
) -> String {
    t!(
        "pack-coverage",
        answers = questions * respondents,
        questions = questions,
        levels = levels,
        na = na,
        unknown = unknown,
        unanswered = unanswered,
    )
}

words! {
    /// "10 questions (levels differ by 2 or more)".
    pub fn to_discuss(count: usize, spread: u8) = t!("pack-to-discuss");

    /// "38 questions (levels agree, or none given)".
    pub fn to_confirm(count: usize) = t!("pack-to-confirm");

    pub fn anonymous() = ts!("pack-anonymous");
    pub fn named() = ts!("pack-named");

    // A disagreement's sheet.

    /// "Disagreement 2 of 10".
    pub fn sheet_kicker(n: usize, of: usize) = t!("pack-sheet-kicker");

    pub fn levels_given_label() = ts!("pack-levels-given-label");
    pub fn combined_level_label() = ts!("pack-combined-level-label");

    /// The combined level and what its gap asks for: "1 Ad hoc, priority: plan".
    pub fn combined_level(level: Inline, band: Inline) -> Text = t!("pack-combined-level");

    /// "0 to 3 (spread 3)".
    pub fn levels_given(min: u8, max: u8, spread: u8) = t!("pack-levels-given");

    pub fn what_it_looks_like() = ts!("pack-what-it-looks-like");
    pub fn chosen_by_column() = ts!("pack-chosen-by-column");
}

/// Who chose a level, when respondents are named: "Bangkok office; Secretariat".
pub fn chosen_by(who: &[&str]) -> String {
    who.join(ts!("pack-chosen-by-join"))
}

words! {
    pub fn not_applicable_row() = ts!("pack-not-applicable-row");
    pub fn dont_know_row() = ts!("pack-dont-know-row");
    pub fn unanswered_row() = ts!("pack-unanswered-row");

    pub fn what_they_wrote() = ts!("pack-what-they-wrote");
    pub fn no_notes() = ts!("pack-no-notes");

    /// An anonymous note's label: "Level 3 Established", "Not applicable", "Don't know".
    pub fn level_label(level: u8, name: &str) = t!("pack-level-label");
}

/// A named note's label: "Bangkok office, level 3 Established".
pub fn named_label(who: &str, label: &str) -> String {
    let mut chars = label.chars();
    let label = match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    };
    t!("pack-named-label", who = who.to_owned(), label = label)
}

words! {
    /// A note with who or what level it comes from: "**Level 3 Established**: the note".
    pub fn note_line(label: Inline, note: Inline) -> Text = t!("pack-note-line");

    /// Under a not-applicable answer's reason, its note.
    pub fn note_label() = ts!("pack-note-label");

    /// When a sheet has no room for every note.
    pub fn more_notes(count: usize) = t!("pack-more-notes");

    pub fn agreed() = ts!("pack-agreed");
    pub fn justification_line() = ts!("pack-justification-line");
    pub fn follow_up_line() = ts!("pack-follow-up-line");
}

pub const JUSTIFICATION_LINES: usize = 4;
pub const FOLLOW_UP_LINES: usize = 2;

/// A level to tick as the agreed one: "2 Developing".
pub fn level_box(level: u8, name: &str) -> String {
    format!("{level} {name}")
}

// The questions to confirm.

words! {
    pub fn confirm_heading() = ts!("pack-confirm-heading");

    /// Before the questions to confirm.
    pub fn confirm_intro(spread: u8) = t!("pack-confirm-intro");

    pub fn nothing_to_confirm() = ts!("pack-nothing-to-confirm");
    pub fn confirm_column() = ts!("pack-confirm-column");
    pub fn reopen_column() = ts!("pack-reopen-column");
    pub fn combined_column() = ts!("pack-combined-column");
}

/// The levels given to a question to confirm: "2 to 3", "2", and its other answers.
pub fn levels_range(min: Option<u8>, max: Option<u8>, na: usize, unknown: usize) -> String {
    let mut parts = Vec::new();
    match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => parts.push(format!("{lo}")),
        (Some(lo), Some(hi)) => parts.push(t!("pack-levels-range", low = lo, high = hi)),
        _ => {}
    }
    if na > 0 {
        parts.push(t!("pack-levels-na", count = na));
    }
    if unknown > 0 {
        parts.push(t!("pack-levels-unknown", count = unknown));
    }
    if parts.is_empty() {
        DASH.to_string()
    } else {
        parts.join(", ")
    }
}

// The priorities.

words! {
    pub fn priorities_heading() = ts!("pack-priorities-heading");
    pub fn priorities_intro() = ts!("pack-priorities-intro");
    pub fn no_priorities() = ts!("pack-no-priorities");
    pub fn first_step_label() = ts!("pack-first-step-label");
    pub fn our_step_line() = ts!("pack-our-step-line");
}

pub const OUR_STEP_LINES: usize = 2;

/// "1. Title": a priority's heading, its rank before its title.
pub fn ranked(rank: usize, title: Inline) -> Text {
    vec![Inline::Trusted(format!("{rank}. ")), title]
}

words! {
    /// A priority's levels and band: "Area · now 1 Ad hoc, target 3 Established: act now."
    pub fn priority_levels(area: &str, now: &str, target: &str, band: &str)
        = t!("pack-priority-levels");

    // The next steps.

    /// How the agreed answers become the group's report.
    pub fn record_agreed() -> Text = t!(
        "pack-record-agreed",
        assess = Inline::Code("icso-assess assess --file consensus.toml".into()),
        report = Inline::Code("icso-assess report --answers consensus.toml -o report.html".into()),
    );

    pub fn actions_line() = ts!("pack-actions-line");
    pub fn next_meeting_line() = ts!("pack-next-meeting-line");

    /// The page footer after the fingerprint.
    pub fn footer(id: &str, version: &str, respondents: usize) = t!("pack-footer", guide = GUIDE);
}

pub const ACTIONS_LINES: usize = 6;
