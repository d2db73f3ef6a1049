//! The catalogue documents' words: `list`, `show` and the overview bare `icso-assess` prints,
//! from `translations/<lang>/catalogue.ftl`.

pub use super::*;
use crate::{t, ts};

// The messages of translations/en/catalogue.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-catalogue.rs"));

// `list`.

/// Spoken: one recommendation, with the key recommendations it feeds, if any.
pub fn list_item_spoken(id: &str, title: &str, part: &str, area: &str, keys: &[String]) -> String {
    if keys.is_empty() {
        list_item(id, title, part, area)
    } else {
        list_item_feeds(id, title, part, area, &keys.join(", "))
    }
}

words! {
    fn list_item(id: &str, title: &str, part: &str, area: &str) = t!("cat-list-item-spoken");
    fn list_item_feeds(id: &str, title: &str, part: &str, area: &str, keys: &str)
        = t!("cat-list-item-spoken-feeds");

    /// Spoken: after the list, "48 recommendations."
    pub fn count_spoken(count: usize) = t!("cat-count-spoken");

    /// Screen and HTML: after the list, how many, and how to see one in full.
    pub fn count(count: usize) = t!("cat-count", command = "`icso-assess show R07`");

    // `show`.


    /// Where a recommendation sits below its part, when it has a sub-theme: "sub-theme 3.1 Title".
    pub fn subtheme(id: &str, title: &str) = t!("cat-subtheme");

    /// "Recommendation 23 of the guide · Part 3 Title · Area".
    pub fn place(number: u32, part: &str, part_title: &str, place: &str) = t!("cat-place");
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

words! {
    /// A questionnaire that asks about it: "quick (question R23): Do you …?".
    pub fn asked_in(questionnaire: &str, question: &str, text: &str) = t!("cat-asked-in-line");
}

// The overview.

/// The HTML `<title>` of the overview: the tool's name, the same in every language.
pub const OVERVIEW_TITLE: &str = "icso-assess";

words! {
    pub fn overview_heading() = t!("cat-overview-heading", tool = OVERVIEW_TITLE);
    pub fn next() = t!(
        "cat-next",
        list = "`icso-assess list`",
        show = "`icso-assess show R04`",
        help = "`icso-assess --help`",
    );

    /// The catalogue at a glance.
    pub fn overview_intro(recommendations: usize, parts: usize, areas: usize, key: usize)
        = t!("cat-overview-intro");

    /// One questionnaire, after its id: "Advocacy quick check (16 questions, version 1.0)".
    pub fn questionnaire_line(title: &str, questions: usize, version: &str)
        = t!("cat-questionnaire-line");
}
