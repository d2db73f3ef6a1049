//! The paper questionnaire's words (`template --format html`), in the order the form shows them.

pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text};

/// Above the questionnaire's title.
pub const KICKER: &str = "Paper questionnaire";

/// The HTML `<title>`: "Paper questionnaire: Quick check".
pub fn title(questionnaire: &str) -> String {
    format!("{KICKER}: {questionnaire}")
}

/// Under the title: "Questionnaire quick, version 1.0: 16 questions in 8 areas."
pub fn about(id: &str, version: &str, questions: usize, areas: usize) -> String {
    let q = if questions == 1 {
        "question"
    } else {
        "questions"
    };
    let a = if areas == 1 { "area" } else { "areas" };
    format!("Questionnaire {id}, version {version}: {questions} {q} in {areas} {a}.")
}

// The header's lines to write on.

pub const ORGANISATION_LINE: &str = "Organisation";
pub const RESPONDENT_LINE: &str = "Respondent (a person, a team or an office)";
pub const DATE_LINE: &str = "Date (year-month-day)";

// How to fill it in.

pub const HOW_HEADING: &str = "How to fill it in";
pub const HOW: [&str; 5] = [
    "For each question, tick the one level that describes your organisation today, not what it plans: each level says what it looks like for that recommendation.",
    "If a question does not apply to your organisation, tick \u{201c}not applicable\u{201d} and write why on the reason line: a reason is needed.",
    "If you do not know, tick \u{201c}don't know\u{201d}: finding out is a first step in itself.",
    "A note is for anything worth remembering; evidence is a short reference to what shows the level: a document, a link, a meeting.",
    "A question left blank is fine: the results say how much was answered.",
];

// The profile.

pub const PROFILE_HEADING: &str = "About your organisation";
pub const PROFILE_INTRO: &str =
    "Tick one answer to each question. The answers set how much some questions matter.";

// The areas and their questions.

/// Above an area's heading: "Part 01 Sector collaboration · area 3 of 8".
pub fn area_kicker(part: &str, part_name: &str, n: usize, of: usize) -> String {
    format!("Part {part} {part_name} \u{b7} area {n} of {of}")
}

/// One level to tick: "2 Developing" in bold, then what it looks like for this question.
pub fn level_choice(level: u8, name: Inline, description: Inline) -> Text {
    sentence([
        Inline::Bold(vec![said(format!("{level} ")), name]),
        said(": "),
        description,
    ])
}

pub const NOT_APPLICABLE_BOX: &str = "Not applicable";
pub const DONT_KNOW_BOX: &str = "Don't know";
pub const REASON_LINE: &str = "Reason (needed if not applicable)";
pub const NOTE_LINE: &str = "Note";
pub const EVIDENCE_LINE: &str = "Evidence: a document, a link, a meeting";

/// Lines to write a reason, a note and evidence on.
pub const REASON_LINES: usize = 1;
pub const NOTE_LINES: usize = 2;
pub const EVIDENCE_LINES: usize = 2;

// The end.

pub const FINISHED_HEADING: &str = "When you have finished";

/// How the answers on paper reach the tool: two paragraphs.
pub fn finished(id: &str) -> Vec<Text> {
    vec![
        sentence([said("Give the form to whoever collects the answers.")]),
        sentence([
            said("They can type it in with "),
            Inline::Code(format!("icso-assess assess --questionnaire {id}")),
            said(" (one question a screen), or into an answers file made with "),
            Inline::Code(format!(
                "icso-assess template --questionnaire {id} -o answers.toml"
            )),
            said("; then "),
            Inline::Code("icso-assess report --answers answers.toml".into()),
            said(" shows the results."),
        ]),
    ]
}

/// The page footer after the fingerprint.
pub fn footer(id: &str, version: &str) -> String {
    format!(
        " \u{b7} questionnaire {id} version {version} \u{b7} made with icso-assess from the guide \u{201c}{GUIDE}\u{201d}."
    )
}
