//! The paper questionnaire's words (`template --format html`), in the order the form shows them,
//! from `translations/<lang>/questionnaire.ftl`.

use super::comparison::{mark, weave};
pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text};
use crate::{t, ts};

/// Above the questionnaire's title.
pub fn kicker() -> &'static str {
    ts!("qn-kicker")
}

/// The HTML `<title>`: "Paper questionnaire: Quick check".
pub fn title(questionnaire: &str) -> String {
    t!("qn-title", questionnaire = questionnaire.to_owned())
}

/// Under the title: "Questionnaire quick, version 1.0: 16 questions in 8 areas."
pub fn about(id: &str, version: &str, questions: usize, areas: usize) -> String {
    t!(
        "qn-about",
        id = id.to_owned(),
        version = version.to_owned(),
        questions = questions,
        areas = areas
    )
}

// The header's lines to write on.

pub fn organisation_line() -> &'static str {
    ts!("qn-organisation-line")
}
pub fn respondent_line() -> &'static str {
    ts!("qn-respondent-line")
}
pub fn date_line() -> &'static str {
    ts!("qn-date-line")
}

// How to fill it in.

pub fn how_heading() -> &'static str {
    ts!("qn-how-heading")
}
pub fn how() -> [&'static str; 5] {
    [
        ts!("qn-how-1"),
        ts!("qn-how-2"),
        ts!("qn-how-3"),
        ts!("qn-how-4"),
        ts!("qn-how-5"),
    ]
}

// The profile.

pub fn profile_heading() -> &'static str {
    ts!("qn-profile-heading")
}
pub fn profile_intro() -> &'static str {
    ts!("qn-profile-intro")
}

// The areas and their questions.

/// Above an area's heading: "Part 01 Sector collaboration · area 3 of 8".
pub fn area_kicker(part: &str, part_name: &str, n: usize, of: usize) -> String {
    t!(
        "qn-area-kicker",
        part = part.to_owned(),
        part_name = part_name.to_owned(),
        n = n,
        of = of
    )
}

/// One level to tick: "2 Developing" in bold, then what it looks like for this question.
pub fn level_choice(level: u8, name: Inline, description: Inline) -> Text {
    sentence([
        Inline::Bold(vec![said(format!("{level} ")), name]),
        said(ts!("qn-level-separator")),
        description,
    ])
}

pub fn not_applicable_box() -> &'static str {
    ts!("qn-not-applicable-box")
}
pub fn dont_know_box() -> &'static str {
    ts!("qn-dont-know-box")
}
pub fn reason_line() -> &'static str {
    ts!("qn-reason-line")
}
pub fn note_line() -> &'static str {
    ts!("qn-note-line")
}
pub fn evidence_line() -> &'static str {
    ts!("qn-evidence-line")
}

/// Lines to write a reason, a note and evidence on.
pub const REASON_LINES: usize = 1;
pub const NOTE_LINES: usize = 2;
pub const EVIDENCE_LINES: usize = 2;

// The end.

pub fn finished_heading() -> &'static str {
    ts!("qn-finished-heading")
}

/// How the answers on paper reach the tool: two paragraphs, the commands in code.
pub fn finished(id: &str) -> Vec<Text> {
    let typed = t!(
        "qn-finished-type",
        assess = mark(0),
        template = mark(1),
        report = mark(2)
    );
    vec![
        sentence([said(ts!("qn-finished-give"))]),
        weave(
            &typed,
            vec![
                Inline::Code(format!("icso-assess assess --questionnaire {id}")),
                Inline::Code(format!(
                    "icso-assess template --questionnaire {id} -o answers.toml"
                )),
                Inline::Code("icso-assess report --answers answers.toml".into()),
            ],
        ),
    ]
}

/// The page footer after the fingerprint.
pub fn footer(id: &str, version: &str) -> String {
    t!(
        "qn-footer",
        id = id.to_owned(),
        version = version.to_owned(),
        tool = "icso-assess",
        guide = GUIDE
    )
}
