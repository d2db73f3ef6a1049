//! The catalogue documents' words: `list`, `show` and the overview bare `icso-assess` prints.

pub use super::*;

// `list`.

/// The HTML `<title>` of the list.
pub const LIST_TITLE: &str = "Recommendations";
pub const PART_AND_AREA_COLUMN: &str = "Part and area";

/// Spoken: one recommendation, with the key recommendations it feeds, if any.
pub fn list_item_spoken(id: &str, title: &str, part: &str, area: &str, keys: &[String]) -> String {
    let feeds = if keys.is_empty() {
        String::new()
    } else {
        format!("; feeds {}", keys.join(", "))
    };
    format!("{id}: {title}. Part {part}, {area}{feeds}.")
}

/// Spoken: after the list, "48 recommendations."
pub fn count_spoken(n: usize) -> String {
    format!("{n} recommendations.")
}

/// Screen and HTML: after the list, how many, and how to see one in full.
pub fn count(n: usize) -> String {
    format!(
        "{n} recommendation{}. `icso-assess show R07` shows one in full.",
        if n == 1 { "" } else { "s" }
    )
}

// `show`.

pub const SUB_POINTS: &str = "Sub-points";
pub const FIRST_STEP_WITHIN_A_MONTH: &str = "A first step within a month";
pub const FEEDS_KEY: &str = "Feeds key recommendations";
pub const ASKED_IN: &str = "Asked in";

/// Where a recommendation sits below its part, when it has a sub-theme: "sub-theme 3.1 Title".
pub fn subtheme(id: &str, title: &str) -> String {
    format!("sub-theme {id} {title}")
}

/// "Recommendation 23 of the guide · Part 3 Title · Area".
pub fn place(number: u32, part: &str, part_title: &str, place: &str) -> String {
    format!("Recommendation {number} of the guide · Part {part} {part_title} · {place}")
}

/// "Tags: a, b".
pub fn tags(tags: &[String]) -> String {
    format!("Tags: {}", tags.join(", "))
}

/// "Especially for: Boards; Researchers".
pub fn audiences(names: &[&str]) -> String {
    format!("Especially for: {}", names.join("; "))
}

/// A questionnaire that asks about it: "quick (question R23): Do you …?".
pub fn asked_in(questionnaire: &str, question: &str, text: &str) -> String {
    format!("{questionnaire} (question {question}): {text}")
}

// The overview.

/// The HTML `<title>` of the overview.
pub const OVERVIEW_TITLE: &str = "icso-assess";
pub const OVERVIEW_HEADING: &str = "icso-assess: readiness for China's global rise";
pub const QUESTIONNAIRES: &str = "Questionnaires";
pub const NEXT: &str = "Next: `icso-assess list` to browse, `icso-assess show R04` to read one recommendation, `icso-assess --help` for every command.";

/// The catalogue at a glance.
pub fn overview_intro(recommendations: usize, parts: usize, areas: usize, key: usize) -> String {
    format!(
        "{recommendations} recommendations from the guide for internationally-operating civil society organisations, in {parts} parts and {areas} areas, summed up by {key} key recommendations."
    )
}

/// One questionnaire, after its id: "Advocacy quick check (16 questions, version 1.0)".
pub fn questionnaire_line(title: &str, questions: usize, version: &str) -> String {
    format!("{title} ({questions} questions, version {version})")
}
