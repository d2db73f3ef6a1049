//! Every word a reader sees in a document that is not data: headings, labels, fixed sentences,
//! sentences with values (small functions whose parameters name the placeholders), and the way
//! numbers are written. One place, so a translation catalogue has one list to replace. Builders
//! take their words from here; writers add none of their own.
//!
//! This file holds what several documents share; each document has its own file (`report`,
//! `comparison`, `catalogue`), which re-exports these so a builder needs one `w::` prefix. Where
//! a sentence carries styled parts (a bold score, a level chip), its function takes them as
//! [`Inline`]s: the builder decides how a value looks, the wording only the words and their
//! order around it.

pub mod catalogue;
pub mod comparison;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod workshop;

use crate::document::{Inline, Text};
use crate::i18n::current;
use crate::questionnaire::Questionnaire;
use crate::t;

// Section headings more than one document has.
pub const READINESS_BY_AREA: &str = "Readiness by area";
pub const OVERALL_READINESS: &str = "Overall readiness";
pub const KEY_RECOMMENDATIONS: &str = "Key recommendations";
pub const RESOURCES_FROM_GUIDE: &str = "Resources from the guide";

/// The guide the recommendations come from, by its title as published (not translated).
pub const GUIDE: &str = "Strengthening the capacity of ICSOs related to the rise of China";

/// Once in every report and `show`: when the guide was written, so its facts read as of then.
pub fn guide_dated() -> String {
    t!("guide-dated", guide = GUIDE)
}

// Labels of facts and table columns. "Id" heads the text formats' columns, "ID" the page's.
pub const RESPONDENT: &str = "Respondent";
pub const QUESTIONNAIRE: &str = "Questionnaire";
pub const DATE: &str = "Date";
pub const ID: &str = "Id";
pub const ID_HTML: &str = "ID";
pub const RECOMMENDATION: &str = "Recommendation";
pub const AREA: &str = "Area";
pub const PART: &str = "Part";
pub const KEY: &str = "Key";
pub const READINESS: &str = "Readiness";
pub const RANGE: &str = "Range";
pub const ANSWERED: &str = "Answered";
pub const LEVEL: &str = "Level";
pub const TARGET: &str = "Target";
pub const IMPORTANCE: &str = "Importance";
pub const PRIORITY: &str = "Priority";
pub const NOTE: &str = "Note";
pub const BEFORE: &str = "Before";
pub const AFTER: &str = "After";
pub const CHANGE: &str = "Change";

// What stands in for a level, and for missing facts.
pub const NA_SHORT: &str = "n/a";
pub const DONT_KNOW: &str = "don't know";
pub const UNANSWERED: &str = "unanswered";
pub const NOT_APPLICABLE_WORDS: &str = "not applicable";
pub const NOT_SCORED: &str = "not scored";
pub const NO_DATE_GIVEN: &str = "no date given";
pub const NOT_NAMED: &str = "not named";
pub const ORGANISATION_NOT_NAMED: &str = "organisation not named";
/// The same, where it stands in for a name in a title.
pub const ORGANISATION_NOT_NAMED_PAREN: &str = "(organisation not named)";

/// Starts the page footer, before the fingerprint itself.
pub const CATALOGUE_FINGERPRINT: &str = "Catalogue fingerprint ";

/// "Respondents (3)": a heading with how many things it heads, on a screen or a page.
pub fn with_count(title: &str, n: usize) -> String {
    format!("{title} ({n})")
}

/// "Respondents, 3": the same read aloud, without brackets.
pub fn with_count_spoken(title: &str, n: usize) -> String {
    format!("{title}, {n}")
}

/// "Advocacy quick check (quick, version 1.0)".
pub fn questionnaire_full(title: &str, id: &str, version: &str) -> String {
    format!("{title} ({id}, version {version})")
}

/// "n/a: not our work": a not-applicable answer's reason where a note stands.
pub fn na_reason(reason: &str) -> String {
    format!("n/a: {reason}")
}

/// A number with one decimal, as every report shows scores ("3.5", "3,5" in French).
pub fn one(v: f64) -> String {
    current().decimal(v, 1)
}

/// A parameter without trailing zeros: 2 not 2.0, 1.25 as is (1,25 in French).
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let s = current().decimal(v, 3);
        s.trim_end_matches('0')
            .trim_end_matches(current().decimal_separator())
            .to_string()
    }
}

/// "62.5%" ("62,5 %" in French) or "not scored".
pub fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| NOT_SCORED.to_string(), |v| current().percent(&one(v)))
}

/// A priority band as a reader says it: what to do about the gap.
pub fn band_word(band: crate::analysis::scoring::Band) -> &'static str {
    use crate::analysis::scoring::Band;
    match band {
        Band::High => "act now",
        Band::Medium => "plan",
        Band::Low => "later",
        Band::None => "no gap",
    }
}

/// "59%": a share rounded to a whole percent, for sentences a leader reads at a glance.
pub fn whole(v: f64) -> String {
    current().percent(&format!("{v:.0}"))
}

/// "50.0-75.0%" when don't-knows leave a range, "" otherwise.
pub fn range(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if (h - l).abs() >= 0.05 => {
            current().percent(&format!("{}-{}", one(l), one(h)))
        }
        _ => String::new(),
    }
}

/// "62.5% (50.0-75.0%)" when don't-knows leave a range, "62.5%" otherwise.
pub fn percent_with_range(v: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    let rg = range(low, high);
    if rg.is_empty() {
        percent(v)
    } else {
        format!("{} ({rg})", percent(v))
    }
}

/// "0 Not started · 1 Ad hoc · …": a questionnaire's scale in one line.
pub fn scale(q: &Questionnaire) -> String {
    q.scale
        .iter()
        .map(|l| format!("{} {}", l.level, l.name))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Shown where a value is undefined, and in empty table cells so card layouts on small screens
/// keep every label.
pub const DASH: &str = "–";

/// The same on a terminal, whose tables keep to ASCII there.
pub const NO_VALUE_SCREEN: &str = "-";

/// A box to tick on paper, as the text formats write it.
pub const TICK_TEXT: &str = "[ ]";
/// The same in Word: the ballot box character.
pub const TICK_GLYPH: &str = "\u{2610}";
/// A line to write on, as the text formats draw it: this character, repeated.
pub const WRITING_LINE: char = '_';
/// How many characters such a line is, at most (less on a narrow terminal).
pub const WRITING_LINE_WIDTH: usize = 72;

/// The language all these words are in, as HTML's `lang` names it.
pub fn lang() -> &'static str {
    current().tag()
}

/// `s`, or [`DASH`] when blank.
pub fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { DASH } else { s }
}

/// Fixed words as inline content.
fn said(s: impl Into<String>) -> Inline {
    Inline::Trusted(s.into())
}

/// Words and styled values in the order a sentence puts them.
fn sentence(parts: impl IntoIterator<Item = Inline>) -> Text {
    parts.into_iter().collect()
}

/// The pager's prompt under a long report on a terminal (less's prompt syntax: no `?`, `%`,
/// `.` or `:`).
pub const PAGER_PROMPT: &str = "Space for more, b to go back, q to quit";

/// The HTML contents list's heading.
pub const CONTENTS: &str = "Contents";

/// The print footer's page number: "Page 2 of 6".
pub const PAGE_OF: (&str, &str) = ("Page ", " of ");

/// The glossary's heading.
pub const GLOSSARY: &str = "Abbreviations";

/// An abbreviation spelled out at its first use: "Belt and Road Initiative (BRI)"; `s` makes
/// both plural.
pub fn spelled_out(meaning: &str, term: &str, s: &str) -> String {
    format!("{meaning}{s} ({term}{s})")
}
