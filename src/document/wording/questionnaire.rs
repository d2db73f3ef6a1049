//! The paper questionnaire's words (`template --format html`), in the order the form shows them,
//! from `translations/<lang>/questionnaire.ftl`.

pub use super::*;
use super::{said, sentence, slot, slotted};
use crate::document::{Inline, Text};
use crate::{t, ts};

// The messages of translations/en/questionnaire.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-questionnaire.rs"));

words! {
    /// The HTML `<title>`: "Paper questionnaire: Quick check".
    pub fn title(questionnaire: &str) = t!("qn-title");

    /// Under the title: "Questionnaire quick, version 1.0: 16 questions in 8 areas."
    pub fn about(id: &str, version: &str, questions: usize, areas: usize) = t!("qn-about");
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

words! {
    // The areas and their questions.

    /// Above an area's heading: "Part 01 Sector collaboration · area 3 of 8".
    pub fn area_kicker(part: &str, part_name: &str, n: usize, of: usize) = t!("qn-area-kicker");
}

/// One level to tick: "2 Developing" in bold, then what it looks like for this question.
pub fn level_choice(level: u8, name: Inline, description: Inline) -> Text {
    sentence([
        Inline::Bold(vec![said(format!("{level} ")), name]),
        said(ts!("qn-level-separator")),
        description,
    ])
}

/// Lines to write a reason, a note and evidence on.
pub const REASON_LINES: usize = 1;
pub const NOTE_LINES: usize = 2;
pub const EVIDENCE_LINES: usize = 2;

// The end.

/// How the answers on paper reach the tool: two paragraphs, the commands in code.
pub fn finished(id: &str) -> Vec<Text> {
    let typed = t!(
        "qn-finished-type",
        assess = slot(0),
        template = slot(1),
        report = slot(2)
    );
    vec![
        sentence([said(ts!("qn-finished-give"))]),
        slotted(
            typed,
            vec![
                vec![Inline::Code(format!(
                    "icso-assess assess --questionnaire {id}"
                ))],
                vec![Inline::Code(format!(
                    "icso-assess template --questionnaire {id} -o answers.toml"
                ))],
                vec![Inline::Code(
                    "icso-assess report --answers answers.toml".into(),
                )],
            ],
        ),
    ]
}

words! {
    /// The page footer after the fingerprint.
    pub fn footer(id: &str, version: &str) = t!("qn-footer", tool = "icso-assess", guide = GUIDE);
}
