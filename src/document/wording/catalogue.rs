//! The catalogue documents' words: `list`, `show` and the overview bare `icso-assess` prints,
//! from `translations/<lang>/catalogue.ftl`.

pub use super::*;
use crate::{t, ts};

// `list`.

/// The HTML `<title>` of the list.
pub fn list_title() -> &'static str {
    ts!("cat-list-title")
}
pub fn part_and_area_column() -> &'static str {
    ts!("cat-part-and-area-column")
}

/// Spoken: one recommendation, with the key recommendations it feeds, if any.
pub fn list_item_spoken(id: &str, title: &str, part: &str, area: &str, keys: &[String]) -> String {
    let (id, title, part, area) = (
        id.to_owned(),
        title.to_owned(),
        part.to_owned(),
        area.to_owned(),
    );
    if keys.is_empty() {
        t!(
            "cat-list-item-spoken",
            id = id,
            title = title,
            part = part,
            area = area
        )
    } else {
        t!(
            "cat-list-item-spoken-feeds",
            id = id,
            title = title,
            part = part,
            area = area,
            keys = keys.join(", ")
        )
    }
}

/// Spoken: after the list, "48 recommendations."
pub fn count_spoken(n: usize) -> String {
    t!("cat-count-spoken", count = n)
}

/// Screen and HTML: after the list, how many, and how to see one in full.
pub fn count(n: usize) -> String {
    t!("cat-count", count = n, command = "`icso-assess show R07`")
}

// `show`.

pub fn sub_points() -> &'static str {
    ts!("cat-sub-points")
}
pub fn first_step_within_a_month() -> &'static str {
    ts!("cat-first-step-within-a-month")
}
pub fn feeds_key() -> &'static str {
    ts!("cat-feeds-key")
}
pub fn asked_in_heading() -> &'static str {
    ts!("cat-asked-in")
}

/// Where a recommendation sits below its part, when it has a sub-theme: "sub-theme 3.1 Title".
pub fn subtheme(id: &str, title: &str) -> String {
    t!("cat-subtheme", id = id.to_owned(), title = title.to_owned())
}

/// "Recommendation 23 of the guide · Part 3 Title · Area".
pub fn place(number: u32, part: &str, part_title: &str, place: &str) -> String {
    t!(
        "cat-place",
        number = number,
        part = part.to_owned(),
        part_title = part_title.to_owned(),
        place = place.to_owned()
    )
}

/// "Tags: a, b".
pub fn tags(tags: &[String]) -> String {
    t!("cat-tags", tags = tags.join(", "))
}

/// "Especially for: Boards; Researchers".
pub fn audiences(names: &[&str]) -> String {
    t!(
        "cat-audiences",
        audiences = names.join(ts!("cat-audience-separator"))
    )
}

/// A questionnaire that asks about it: "quick (question R23): Do you …?".
pub fn asked_in(questionnaire: &str, question: &str, text: &str) -> String {
    t!(
        "cat-asked-in-line",
        questionnaire = questionnaire.to_owned(),
        question = question.to_owned(),
        text = text.to_owned()
    )
}

// The overview.

/// The HTML `<title>` of the overview: the tool's name, the same in every language.
pub const OVERVIEW_TITLE: &str = "icso-assess";
pub fn overview_heading() -> String {
    t!("cat-overview-heading", tool = OVERVIEW_TITLE)
}
pub fn questionnaires() -> &'static str {
    ts!("cat-questionnaires")
}
pub fn next() -> String {
    t!(
        "cat-next",
        list = "`icso-assess list`",
        show = "`icso-assess show R04`",
        help = "`icso-assess --help`"
    )
}

/// The catalogue at a glance.
pub fn overview_intro(recommendations: usize, parts: usize, areas: usize, key: usize) -> String {
    t!(
        "cat-overview-intro",
        recommendations = recommendations,
        parts = parts,
        areas = areas,
        key = key
    )
}

/// One questionnaire, after its id: "Advocacy quick check (16 questions, version 1.0)".
pub fn questionnaire_line(title: &str, questions: usize, version: &str) -> String {
    t!(
        "cat-questionnaire-line",
        title = title.to_owned(),
        questions = questions,
        version = version.to_owned()
    )
}
