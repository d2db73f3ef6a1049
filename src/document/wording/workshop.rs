//! The workshop pack's words (`workshop pack`), in the order the pack shows them: the agenda,
//! the overview, a sheet per disagreement, the questions to confirm, the priorities and the
//! next steps; messages of `translations/<lang>/workshop-pack.ftl`.

pub use super::*;
use crate::document::{Inline, Text};
use crate::{t, ts};

// The messages of translations/en/workshop-pack.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-workshop.rs"));

words! {
    /// The HTML `<title>`: "Workshop pack: Acme".
    pub fn title(organisation: &str) = t!("pack-title");
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


    /// The agenda's disagreements item.
    pub fn disagreements_agenda(count: usize, spread: u8) = t!("pack-disagreements-agenda");

    /// The agenda's confirmation item.
    pub fn confirmation_agenda(count: usize) = t!("pack-confirmation-agenda");

    /// The agenda's priorities item.
    pub fn priorities_agenda(count: usize) = t!("pack-priorities-agenda");
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


    // A disagreement's sheet.

    /// "Disagreement 2 of 10".
    pub fn sheet_kicker(n: usize, of: usize) = t!("pack-sheet-kicker");


    /// The combined level and what its gap asks for: "1 Ad hoc, priority: plan".
    pub fn combined_level(level: Inline, band: Inline) -> Text = t!("pack-combined-level");

    /// "0 to 3 (spread 3)".
    pub fn levels_given(min: u8, max: u8, spread: u8) = t!("pack-levels-given");
}

/// Who chose a level, when respondents are named: "Bangkok office; Secretariat".
pub fn chosen_by(who: &[&str]) -> String {
    who.join(ts!("pack-chosen-by-join"))
}

words! {
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


    /// When a sheet has no room for every note.
    pub fn more_notes(count: usize) = t!("pack-more-notes");
}

pub const JUSTIFICATION_LINES: usize = 4;
pub const FOLLOW_UP_LINES: usize = 2;

/// A level to tick as the agreed one: "2 Developing".
pub fn level_box(level: u8, name: &str) -> String {
    format!("{level} {name}")
}

// The questions to confirm.

words! {
    /// Before the questions to confirm.
    pub fn confirm_intro(spread: u8) = t!("pack-confirm-intro");
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


    /// The page footer after the fingerprint.
    pub fn footer(id: &str, version: &str, respondents: usize) = t!("pack-footer", guide = GUIDE);
}

pub const ACTIONS_LINES: usize = 6;
