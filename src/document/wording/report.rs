//! The gap report's words, section by section in the order the report shows them. Where a
//! format says a thing its own way, the variants stand together, each named by its format:
//! "screen" is the terminal table (and Markdown where they agree), "spoken" the screen-reader
//! layout (`plain`), "page" Markdown and HTML, "html" the page alone. Each comes from a message
//! of `translations/<lang>/report.ftl`.

// A sentence's placeholders are its parameters, each by name, as a translation catalogue's
// message has them; a few sentences have more than clippy's seven.
#![allow(clippy::too_many_arguments)]

pub use super::*;
use super::{slot, slotted};
use crate::document::{Inline, Text};
use crate::i18n::Args;
use crate::t;

// The messages of translations/en/report.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-report.rs"));

// The summary: what a leader reads first.

/// "Overall readiness: 59% of target, between 58% and 63% with 2 don't-know answers." The
/// figures, then where that leaves the organisation in words.
pub fn readiness_summary(
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unknown: usize,
) -> String {
    let Some(score) = score else {
        return t!("report-readiness-not-scored");
    };
    let figures = match (low, high) {
        (Some(l), Some(h)) if (h - l).abs() >= 0.5 => t!(
            "report-readiness-score-range",
            score = whole(score),
            low = whole(l),
            high = whole(h),
            unknown = unknown
        ),
        _ => t!("report-readiness-score", score = whole(score)),
    };
    let verdict = match score {
        s if s >= 90.0 => t!("report-verdict-nearly-there"),
        s if s >= 60.0 => t!("report-verdict-well-on-the-way"),
        s if s >= 30.0 => t!("report-verdict-part-of-the-way"),
        _ => t!("report-verdict-at-the-start"),
    };
    format!("{figures} {verdict}")
}

words! {
    /// "15 of 16 questions answered, 1 not applicable, 0 don't know."
    pub fn coverage_summary(answered: usize, total: usize, na: usize, unknown: usize)
        = t!("report-coverage-summary");
}

/// An aggregate's summary: "The combined answers of 4 respondents; they disagree, by 2 levels or
/// more, on 10 questions (see Where respondents disagree)."
pub fn combined_summary(respondents: usize, disagreements: usize, spread: u8) -> String {
    if disagreements == 0 {
        combined_agree(respondents, spread)
    } else {
        combined_disagree(respondents, disagreements, spread)
    }
}

words! {
    fn combined_agree(respondents: usize, spread: u8) = t!("report-combined-agree");
    fn combined_disagree(respondents: usize, disagreements: usize, spread: u8)
        = t!("report-combined-disagree");

    /// Before the list of priorities that matter now.
    pub fn now_intro(count: usize) = t!("report-now-intro");

    /// A priority's levels: "Now 1 Ad hoc, target 3 Established: act now."
    pub fn now_target(now: &str, target: &str, band: &str) = t!("report-now-target");
}

/// "Also in this report: 3 more gaps to plan, 4 gaps for later, 2 questions to investigate and
/// 5 strengths; then readiness by area, every answer and how the scores were computed."
pub fn what_follows(also: usize, later: usize, unknown: usize, strengths: usize) -> String {
    let mut parts = Vec::new();
    if also > 0 {
        parts.push(t!("report-follows-also-now", count = also));
    }
    if later > 0 {
        parts.push(t!("report-follows-later", count = later));
    }
    if unknown > 0 {
        parts.push(t!("report-follows-investigate", count = unknown));
    }
    if strengths > 0 {
        parts.push(t!("report-follows-strengths", count = strengths));
    }
    if parts.is_empty() {
        t!("report-what-follows-sections")
    } else {
        t!("report-what-follows-listed", listed = and_list(parts))
    }
}

words! {
    /// " (Belt and Road finance): now 1 Ad hoc, target 3 Established" after a gap's title.
    pub fn area_and_levels(area: &str, now: &str, target: &str) = t!("report-area-and-levels");

    // The title and header.


    /// The HTML `<title>`: "China readiness report: Acme".
    pub fn title(organisation: &str) = t!("report-title");

    /// Screen and Markdown: "China readiness report: " and the organisation.
    pub fn title_screen(organisation: Text) -> Text = t!("report-title");

    /// Spoken: "China readiness report for Acme."
    pub fn title_spoken(organisation: Text) -> Text = t!("report-title-spoken");
}

/// Screen: "Advocacy quick check (quick 1.0)".
pub fn questionnaire_screen(title: &str, id: &str, version: &str) -> String {
    format!("{title} ({id} {version})")
}

words! {
    /// Spoken: "Advocacy quick check, quick version 1.0".
    pub fn questionnaire_spoken(title: &str, id: &str, version: &str)
        = t!("report-questionnaire-spoken");

    /// Markdown: [`questionnaire_full`] with its title, id and version as given.
    pub fn questionnaire_markdown(title: Inline, id: Inline, version: Inline) -> Text
        = t!("common-questionnaire-full");

    // Counts of answers.

    /// "10 answered, 1 not applicable, 2 don't know, 3 unanswered": how the questions were
    /// answered, inside the coverage sentences below.
    pub fn counts(answered: usize, na: usize, unknown: usize, unanswered: usize)
        = t!("report-counts");
}

/// ", range 50.0-75.0%" when don't-knows leave a range, "" otherwise: for sentences.
pub fn range_clause(range: &str) -> String {
    if range.is_empty() {
        String::new()
    } else {
        t!("report-range-clause", range = range.to_owned())
    }
}

/// Spoken: one respondent's readiness and coverage ([`counts`]); an anonymised respondent has
/// no file.
pub fn respondent_spoken(
    label: &str,
    file: Option<&str>,
    score: &str,
    range: &str,
    counts: &str,
) -> String {
    let file = file.map_or(String::new(), |f| {
        t!("report-file-clause", file = f.to_owned())
    });
    t!(
        "report-respondent-spoken",
        label = label.to_owned(),
        file = file,
        score = score.to_owned(),
        range = range_clause(range),
        counts = counts.to_owned()
    )
}

/// How an anonymised report names a respondent: "Respondent A", "Respondent AB". This is the
/// respondent's label in the data too (the JSON's `label`), so it stays in English here; the
/// documents show it in their language with [`respondent_shown`].
pub fn anonymous_respondent(letters: &str) -> String {
    format!("{ANONYMOUS_RESPONDENT}{letters}")
}

/// What [`anonymous_respondent`] puts before the letters.
const ANONYMOUS_RESPONDENT: &str = "Respondent ";

/// A respondent's label as the documents show it: an anonymised respondent's, "Respondent A",
/// in the document's language; any other as given.
pub fn respondent_shown(label: &str, anonymised: bool) -> String {
    match label.strip_prefix(ANONYMOUS_RESPONDENT) {
        Some(letters) if anonymised => {
            t!("report-anonymous-respondent", letters = letters.to_owned())
        }
        _ => label.to_owned(),
    }
}

words! {
    /// The combined answers' respondent in the header: "Combined: 4 respondents".
    pub fn combined_respondent(count: usize) = t!("report-combined-respondent");


    /// A profile question of the combined answers and its most common answer: "Question? Option
    /// label (3 of 4 answers)".
    pub fn profile_choice(question: &str, option: &str, count: usize, answered: usize)
        = t!("report-profile-choice");

    /// A profile question no respondent answered.
    pub fn profile_unanswered(question: &str) = t!("report-profile-unanswered");

    /// Spoken: "Profile: " and one profile choice.
    pub fn profile_spoken(line: &str) = t!("report-profile-spoken");
}

// The areas.

/// The column of readiness as a percentage: a sign, the same in every language.
pub const PERCENT_COLUMN: &str = "%";

/// Spoken: "Part 1, Area: 62.5%; 3 of 4 applicable questions answered."
pub fn area_spoken(
    part: &str,
    title: &str,
    score: &str,
    range: &str,
    answered: usize,
    applicable: usize,
) -> String {
    t!(
        "report-area-spoken",
        part = part.to_owned(),
        title = title.to_owned(),
        score = score.to_owned(),
        range = range_clause(range),
        answered = answered,
        applicable = applicable
    )
}

// The page's charts.

words! {
    /// "Range 50.0-75.0%": the title of a bar's range line.
    pub fn bar_range(range: &str) = t!("report-bar-range");

    /// One bar read out in the chart's description: "Area: 62.5%".
    pub fn bar_desc(label: &str, score: &str) = t!("report-bar-desc");
}

/// Joins the rows of a chart's description.
pub fn desc_join() -> &'static str {
    semicolon()
}

words! {
    /// "Top priorities: level now and target on the 0 to 4 scale".
    pub fn priorities_chart_title(max: u8) = t!("report-priorities-chart-title");

    /// One priority read out in the chart's description.
    pub fn dot_desc(rank: usize, label: &str, now: u8, target: u8, band: &str)
        = t!("report-dot-desc");

    /// Under the priorities chart: its key, and the scale's levels.
    pub fn priorities_legend(scale: &str) = t!("report-priorities-legend");

    // Key recommendations.


    /// Spoken: "K1, Title: 62.5%."
    pub fn key_spoken(id: &str, title: &str, status: &str) = t!("report-key-spoken");

    /// HTML: "3 of 4" questions answered.
    pub fn of(answered: usize, asked: usize) = t!("report-of");

    // The priorities.


    // Where respondents disagree.


    /// When no question's levels spread enough to count as a disagreement.
    pub fn no_disagreement(spread: u8) = t!("report-no-disagreement");

    /// Screen and page: before the disagreements.
    pub fn disagreements_intro(spread: u8) = t!("report-disagreements-intro");
}

/// A disagreement's facts as its sentences say them: the levels given, their spread, the
/// combined level and its name, and what to do about the combined answer's gap (its band in
/// words: "act now", "plan", "later", "no gap").
pub struct Levels<'a> {
    pub min: u8,
    pub max: u8,
    pub spread: u8,
    pub median: u8,
    pub name: &'a str,
    pub band: &'a str,
}

impl Levels<'_> {
    /// These facts as the variables of the sentences below, each of which uses those it says.
    fn args(&self) -> Args {
        let mut args = Args::new();
        args.set("min", self.min);
        args.set("max", self.max);
        args.set("spread", self.spread);
        args.set("median", self.median);
        args.set("name", self.name.to_owned());
        args.set("band", self.band.to_owned());
        args
    }
}

/// Screen: "Levels 1 to 4 (spread 3); combined 2 Developing: plan."
pub fn levels_spread(l: &Levels) -> String {
    t!("report-levels-spread", ..l.args())
}

/// Spoken: the question, then the same facts.
pub fn levels_spread_spoken(question: &str, title: &str, l: &Levels) -> String {
    t!(
        "report-levels-spread-spoken",
        ..l.args(),
        question = question.to_owned(),
        title = title.to_owned()
    )
}

/// Spoken: one respondent's level, and their note when they left one.
pub fn respondent_level_spoken(who: &str, level: &str, note: &str) -> String {
    if note.is_empty() {
        respondent_level(who, level)
    } else {
        respondent_level_note(who, level, note)
    }
}

words! {
    fn respondent_level(who: &str, level: &str) = t!("report-respondent-level-spoken");
    fn respondent_level_note(who: &str, level: &str, note: &str)
        = t!("report-respondent-level-note-spoken");

    /// Markdown heading: "R01 Title (spread 3)".
    pub fn disagreement_heading_markdown(question: Inline, title: Inline, spread: u8) -> Text
        = t!("report-disagreement-heading");

    /// HTML, beside the question's title: "spread 3".
    pub fn spread(spread: u8) = t!("report-spread");
}

/// Markdown: "Levels 1 to 4; combined 2 Developing: plan."
pub fn levels_markdown(l: &Levels) -> Text {
    slotted(
        t!("report-levels-markdown", ..l.args(), name = slot(0)),
        vec![vec![Inline::Text(l.name.to_string())]],
    )
}

/// HTML: "Levels 1 to 4; combined 2 Developing:" and the band, the combined level and the band
/// as the page shows them.
pub fn levels_html(l: &Levels, combined: Inline, band: Inline) -> Text {
    slotted(
        t!(
            "report-levels-html",
            ..l.args(),
            combined = slot(0),
            band = slot(1)
        ),
        vec![vec![combined], vec![band]],
    )
}

// All questions by area.

words! {
    /// Spoken: "Area Title, 62.5%."
    pub fn area_heading_spoken(title: &str, score: &str) = t!("report-area-heading-spoken");
}

/// HTML: "Range 50.0-75.0%. " when don't-knows leave one, then the area's coverage
/// ([`counts`]).
pub fn area_facts_html(range: &str, counts: &str) -> String {
    if range.is_empty() {
        area_facts(counts)
    } else {
        area_facts_range(range, counts)
    }
}

words! {
    fn area_facts(counts: &str) = t!("report-area-facts");
    fn area_facts_range(range: &str, counts: &str) = t!("report-area-facts-range");
}

/// Spoken: one question's level, target and importance, and its priority when answered.
pub fn question_spoken(
    id: &str,
    title: &str,
    level: &str,
    target: u8,
    importance: &str,
    band: Option<&str>,
) -> String {
    match band {
        Some(band) => question_priority(id, title, level, target, importance, band),
        None => question_unranked(id, title, level, target, importance),
    }
}

words! {
    fn question_priority(
        id: &str,
        title: &str,
        level: &str,
        target: u8,
        importance: &str,
        band: &str,
    ) = t!("report-question-priority-spoken");
    fn question_unranked(id: &str, title: &str, level: &str, target: u8, importance: &str)
        = t!("report-question-spoken");
}

/// After a note, or alone: "Evidence: Board minutes; Staff handbook."
pub fn evidence(items: &[String]) -> String {
    t!("report-evidence", items = items.join(semicolon()))
}

/// A note and the evidence after it, as one text; `None` when there is neither.
pub fn note_and_evidence(note: Option<&str>, items: &[String]) -> Option<String> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    match (note, items.is_empty()) {
        (None, true) => None,
        (Some(n), true) => Some(n.to_string()),
        (None, false) => Some(evidence(items)),
        (Some(n), false) => Some(format!("{n} {}", evidence(items))),
    }
}

words! {
    /// Spoken: "Note on R01: …".
    pub fn note_on(id: &str, note: &str) = t!("report-note-on");

    // To investigate, not applicable, strengths.


    /// Spoken: "R01 Title: the question asked".
    pub fn investigate_item_spoken(id: &str, title: &str, question: &str)
        = t!("report-investigate-item-spoken");


    /// Screen, under the item: "Level 3 Established, no evidence named".
    pub fn claim_screen(level: u8, name: &str) = t!("report-claim-screen");

    /// Spoken: "R01 Title: level 3 Established."
    pub fn claim_spoken(id: &str, title: &str, level: u8, name: &str) = t!("report-claim-spoken");

    /// Markdown, after the item's name: ": level 3 Established".
    pub fn claim_markdown(level: u8, name: Inline) -> Text = t!("report-claim-markdown");


    /// Screen, under the item: "Reason: …".
    pub fn reason(reason: &str) = t!("report-reason");

    /// Spoken: "R02 Title. Reason: …".
    pub fn not_applicable_spoken(id: &str, title: &str, reason: &str)
        = t!("report-not-applicable-spoken");


    /// Screen, under the item: "Level 3 Established (target 3)".
    pub fn strength_screen(level: u8, name: &str, target: u8) = t!("report-strength-screen");

    /// Spoken: "R01 Title: level 3, target 3."
    pub fn strength_spoken(id: &str, title: &str, level: u8, target: u8)
        = t!("report-strength-spoken");

    /// Markdown, after the item's name: ": level 3 Established (target 3)".
    pub fn strength_markdown(level: u8, name: Inline, target: u8) -> Text
        = t!("report-strength-markdown");

    // Resources from the guide.


    /// Screen: "c. Title (for Area, Area)".
    pub fn resource_screen(id: &str, title: &str, areas: &str) = t!("report-resource-screen");

    /// Spoken: "Resource c, Title, for Area: summary".
    pub fn resource_spoken(id: &str, title: &str, areas: &str, summary: &str)
        = t!("report-resource-spoken");

    /// Markdown: "The weakest areas: Area, Area."
    pub fn weakest_areas_markdown(areas: Text) -> Text = t!("report-weakest-areas-markdown");

    /// HTML: "For the weakest areas: Area (40.0%), Area (55.0%)."
    pub fn weakest_areas_html(areas: &str) = t!("report-weakest-areas-html");

    /// Markdown: "**Title** (c, for Area, Area): summary".
    pub fn resource_markdown(title: Inline, id: Inline, areas: Text, summary: Inline) -> Text
        = t!("report-resource-markdown");

    /// HTML, on a line of its own under the resource: "For: Area, Area".
    pub fn serves(areas: &str) = t!("report-serves");
}

/// The method's lines, in order, with this questionnaire's parameters (weights already
/// written as numbers). `respondents` is set for an aggregate's combined answers.
pub struct Method<'a> {
    pub target: u8,
    pub target_name: &'a str,
    pub weights: [String; 3],
    pub key_weight: String,
    pub bands: [String; 3],
    pub respondents: Option<usize>,
    pub spread: u8,
}

/// "How these scores were computed", one sentence a line.
pub fn method(m: &Method) -> Vec<String> {
    let [low, medium, high] = m.weights.clone();
    let [largest, band_high, band_medium] = m.bands.clone();
    let mut lines = vec![
        t!(
            "report-method-gap",
            target = m.target,
            name = m.target_name.to_owned()
        ),
        t!(
            "report-method-priority",
            low = low,
            medium = medium,
            high = high,
            key = m.key_weight.clone()
        ),
        t!(
            "report-method-bands",
            largest = largest,
            high = band_high,
            medium = band_medium
        ),
        t!("report-method-readiness"),
        t!("report-method-mean"),
        t!("report-method-key"),
    ];
    if let Some(n) = m.respondents {
        lines.push(t!("report-method-combined", respondents = n));
        lines.push(t!("report-method-disagreement", spread = m.spread));
    }
    lines
}

words! {
    /// The page footer after the fingerprint.
    pub fn footer(id: &str, version: &str, date: &str) = t!("report-footer", guide = GUIDE);
}
