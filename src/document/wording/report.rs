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
use crate::{t, ts};

// The summary: what a leader reads first.

pub fn summary() -> &'static str {
    ts!("report-summary")
}

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

/// "15 of 16 questions answered, 1 not applicable, 0 don't know."
pub fn coverage_summary(answered: usize, total: usize, na: usize, unknown: usize) -> String {
    t!(
        "report-coverage-summary",
        answered = answered,
        total = total,
        na = na,
        unknown = unknown
    )
}

/// An aggregate's summary: "The combined answers of 4 respondents; they disagree, by 2 levels or
/// more, on 10 questions (see Where respondents disagree)."
pub fn combined_summary(respondents: usize, disagreements: usize, spread: u8) -> String {
    if disagreements == 0 {
        t!(
            "report-combined-agree",
            respondents = respondents,
            spread = spread
        )
    } else {
        t!(
            "report-combined-disagree",
            respondents = respondents,
            disagreements = disagreements,
            spread = spread
        )
    }
}

pub fn now_heading() -> &'static str {
    ts!("report-now-heading")
}
/// Before the list of priorities that matter now.
pub fn now_intro(n: usize) -> String {
    t!("report-now-intro", count = n)
}
/// The summary when no gap is in the high or medium band.
pub fn nothing_now() -> &'static str {
    ts!("report-nothing-now")
}
/// The summary when nothing is answered.
pub fn nothing_answered_yet() -> &'static str {
    ts!("report-nothing-answered-yet")
}

/// A priority's levels: "Now 1 Ad hoc, target 3 Established: act now."
pub fn now_target(now: &str, target: &str, band: &str) -> String {
    t!(
        "report-now-target",
        now = now.to_owned(),
        target = target.to_owned(),
        band = band.to_owned()
    )
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
        t!("report-what-follows")
    } else {
        t!("report-what-follows-listed", listed = and_list(parts))
    }
}

/// The gaps beyond the summary's list.
pub fn also_now() -> &'static str {
    ts!("report-also-now")
}
pub fn also_now_intro() -> &'static str {
    ts!("report-also-now-intro")
}
pub fn later() -> &'static str {
    ts!("report-later")
}
pub fn later_intro() -> &'static str {
    ts!("report-later-intro")
}
pub fn no_later() -> &'static str {
    ts!("report-no-later")
}

/// " (Belt and Road finance): now 1 Ad hoc, target 3 Established" after a gap's title.
pub fn area_and_levels(area: &str, now: &str, target: &str) -> String {
    t!(
        "report-area-and-levels",
        area = area.to_owned(),
        now = now.to_owned(),
        target = target.to_owned()
    )
}

// The title and header.

/// The HTML page's kicker above the organisation's name.
pub fn kicker() -> &'static str {
    ts!("report-kicker")
}
pub fn profile_heading() -> &'static str {
    ts!("report-profile-heading")
}
pub fn profile_intro_html() -> &'static str {
    ts!("report-profile-intro-html")
}

/// The HTML `<title>`: "China readiness report: Acme".
pub fn title(organisation: &str) -> String {
    t!("report-title", organisation = organisation.to_owned())
}

/// Screen and Markdown: "China readiness report: " and the organisation.
pub fn title_screen(organisation: Text) -> Text {
    slotted(
        t!("report-title", organisation = slot(0)),
        vec![organisation],
    )
}

/// Spoken: "China readiness report for Acme."
pub fn title_spoken(organisation: Text) -> Text {
    slotted(
        t!("report-title-spoken", organisation = slot(0)),
        vec![organisation],
    )
}

/// Screen: "Advocacy quick check (quick 1.0)".
pub fn questionnaire_screen(title: &str, id: &str, version: &str) -> String {
    format!("{title} ({id} {version})")
}

/// Spoken: "Advocacy quick check, quick version 1.0".
pub fn questionnaire_spoken(title: &str, id: &str, version: &str) -> String {
    t!(
        "report-questionnaire-spoken",
        title = title.to_owned(),
        id = id.to_owned(),
        version = version.to_owned()
    )
}

/// Markdown: [`questionnaire_full`] with its title, id and version as given.
pub fn questionnaire_markdown(title: Inline, id: Inline, version: Inline) -> Text {
    slotted(
        t!(
            "common-questionnaire-full",
            title = slot(0),
            id = slot(1),
            version = slot(2)
        ),
        vec![vec![title], vec![id], vec![version]],
    )
}

// Counts of answers.

/// "10 answered, 1 not applicable, 2 don't know, 3 unanswered": how the questions were
/// answered, inside the coverage sentences below.
pub fn counts(answered: usize, na: usize, unknown: usize, unanswered: usize) -> String {
    t!(
        "report-counts",
        answered = answered,
        na = na,
        unknown = unknown,
        unanswered = unanswered
    )
}

// The respondents of an aggregate.

pub fn respondents() -> &'static str {
    ts!("report-respondents")
}
pub fn file() -> &'static str {
    ts!("report-file")
}
pub fn coverage_column() -> &'static str {
    ts!("report-coverage-column")
}
pub fn na_column() -> &'static str {
    ts!("report-na-column")
}
pub fn dont_know_column() -> &'static str {
    ts!("report-dont-know-column")
}
pub fn unanswered_column() -> &'static str {
    ts!("report-unanswered-column")
}

/// Spoken and page: before the respondents.
pub fn respondents_intro() -> &'static str {
    ts!("report-respondents-intro")
}
/// Screen: the same, and how to read the coverage column.
pub fn respondents_intro_screen() -> &'static str {
    ts!("report-respondents-intro-screen")
}
pub fn profile_intro() -> &'static str {
    ts!("report-profile-intro")
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

/// The combined answers' respondent in the header: "Combined: 4 respondents".
pub fn combined_respondent(respondents: usize) -> String {
    t!("report-combined-respondent", count = respondents)
}

/// After the respondents' intro in an anonymised report.
pub fn anonymised_intro() -> &'static str {
    ts!("report-anonymised-intro")
}

/// A profile question of the combined answers and its most common answer: "Question? Option
/// label (3 of 4 answers)".
pub fn profile_choice(question: &str, option: &str, count: usize, answered: usize) -> String {
    t!(
        "report-profile-choice",
        question = question.to_owned(),
        option = option.to_owned(),
        count = count,
        answered = answered
    )
}

/// A profile question no respondent answered.
pub fn profile_unanswered(question: &str) -> String {
    t!("report-profile-unanswered", question = question.to_owned())
}

/// Spoken: "Profile: " and one profile choice.
pub fn profile_spoken(line: &str) -> String {
    t!("report-profile-spoken", line = line.to_owned())
}

// The areas.

/// The column of readiness as a percentage: a sign, the same in every language.
pub const PERCENT_COLUMN: &str = "%";
/// Markdown, when the questionnaire has no area.
pub fn no_area() -> &'static str {
    ts!("report-no-area")
}

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

pub fn areas_chart_title() -> String {
    t!("report-areas-chart-title")
}
pub fn areas_legend() -> &'static str {
    ts!("report-areas-legend")
}
/// Follows [`areas_legend`] when some area has a range.
pub fn areas_legend_range() -> &'static str {
    ts!("report-areas-legend-range")
}
pub fn no_areas_to_chart() -> &'static str {
    ts!("report-no-areas-to-chart")
}
pub fn priorities_caption() -> &'static str {
    ts!("report-priorities-caption")
}
pub fn no_gaps_chart() -> &'static str {
    ts!("report-no-gaps-chart")
}

/// "Range 50.0-75.0%": the title of a bar's range line.
pub fn bar_range(range: &str) -> String {
    t!("report-bar-range", range = range.to_owned())
}

/// One bar read out in the chart's description: "Area: 62.5%".
pub fn bar_desc(label: &str, score: &str) -> String {
    t!(
        "report-bar-desc",
        label = label.to_owned(),
        score = score.to_owned()
    )
}

/// Joins the rows of a chart's description.
pub fn desc_join() -> &'static str {
    semicolon()
}

/// "Top priorities: level now and target on the 0 to 4 scale".
pub fn priorities_chart_title(max_level: u8) -> String {
    t!("report-priorities-chart-title", max = max_level)
}

/// One priority read out in the chart's description.
pub fn dot_desc(rank: usize, label: &str, now: u8, target: u8, band: &str) -> String {
    t!(
        "report-dot-desc",
        rank = rank,
        label = label.to_owned(),
        now = now,
        target = target,
        band = band.to_owned()
    )
}

/// Under the priorities chart: its key, and the scale's levels.
pub fn priorities_legend(scale: &str) -> String {
    t!("report-priorities-legend", scale = scale.to_owned())
}

// Key recommendations.

pub fn key_recommendation() -> &'static str {
    ts!("report-key-recommendation")
}
pub fn status() -> &'static str {
    ts!("report-status")
}
pub fn not_asked() -> &'static str {
    ts!("report-not-asked")
}
/// A key recommendation whose every question was marked not applicable.
pub fn not_scored_na() -> &'static str {
    ts!("report-not-scored-na")
}
/// Markdown, when the guide has no key recommendations.
pub fn no_key_markdown() -> &'static str {
    ts!("report-no-key-markdown")
}
/// HTML, the same.
pub fn no_key_html() -> &'static str {
    ts!("report-no-key-html")
}

/// Spoken: "K1, Title: 62.5%."
pub fn key_spoken(id: &str, title: &str, status: &str) -> String {
    t!(
        "report-key-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        status = status.to_owned()
    )
}

/// HTML: "3 of 4" questions answered.
pub fn of(answered: usize, asked: usize) -> String {
    t!("report-of", answered = answered, asked = asked)
}

// The priorities.

/// Before a priority's first step.
pub fn first_step_label() -> &'static str {
    ts!("report-first-step-label")
}

// Where respondents disagree.

pub fn where_respondents_disagree() -> &'static str {
    ts!("report-where-respondents-disagree")
}

/// When no question's levels spread enough to count as a disagreement.
pub fn no_disagreement(spread: u8) -> String {
    t!("report-no-disagreement", spread = spread)
}

/// Screen and page: before the disagreements.
pub fn disagreements_intro(spread: u8) -> String {
    t!("report-disagreements-intro", spread = spread)
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

/// Screen: "Levels 1 to 4 (spread 3); combined 2 Developing: plan."
pub fn levels_spread(l: &Levels) -> String {
    t!(
        "report-levels-spread",
        min = l.min,
        max = l.max,
        spread = l.spread,
        median = l.median,
        name = l.name.to_owned(),
        band = l.band.to_owned()
    )
}

/// Spoken: the question, then the same facts.
pub fn levels_spread_spoken(question: &str, title: &str, l: &Levels) -> String {
    t!(
        "report-levels-spread-spoken",
        question = question.to_owned(),
        title = title.to_owned(),
        min = l.min,
        max = l.max,
        spread = l.spread,
        median = l.median,
        name = l.name.to_owned(),
        band = l.band.to_owned()
    )
}

/// Spoken: one respondent's level, and their note when they left one.
pub fn respondent_level_spoken(who: &str, level: &str, note: &str) -> String {
    if note.is_empty() {
        t!(
            "report-respondent-level-spoken",
            who = who.to_owned(),
            level = level.to_owned()
        )
    } else {
        t!(
            "report-respondent-level-note-spoken",
            who = who.to_owned(),
            level = level.to_owned(),
            note = note.to_owned()
        )
    }
}

/// Markdown heading: "R01 Title (spread 3)".
pub fn disagreement_heading_markdown(question: Inline, title: Inline, spread: u8) -> Text {
    slotted(
        t!(
            "report-disagreement-heading",
            question = slot(0),
            title = slot(1),
            spread = spread
        ),
        vec![vec![question], vec![title]],
    )
}

/// HTML, beside the question's title: "spread 3".
pub fn spread(spread: u8) -> String {
    t!("report-spread", spread = spread)
}

/// Markdown: "Levels 1 to 4; combined 2 Developing: plan."
pub fn levels_markdown(l: &Levels) -> Text {
    slotted(
        t!(
            "report-levels-markdown",
            min = l.min,
            max = l.max,
            median = l.median,
            name = slot(0),
            band = l.band.to_owned()
        ),
        vec![vec![Inline::Text(l.name.to_string())]],
    )
}

/// HTML: "Levels 1 to 4; combined 2 Developing:" and the band, the combined level and the band
/// as the page shows them.
pub fn levels_html(l: &Levels, combined: Inline, band: Inline) -> Text {
    slotted(
        t!(
            "report-levels-html",
            min = l.min,
            max = l.max,
            combined = slot(0),
            band = slot(1)
        ),
        vec![vec![combined], vec![band]],
    )
}

// All questions by area.

pub fn all_questions_by_area() -> &'static str {
    ts!("report-all-questions-by-area")
}
pub fn gaps_by_area_html() -> &'static str {
    ts!("report-gaps-by-area-html")
}
pub fn now_column() -> &'static str {
    ts!("report-now-column")
}
pub fn level_now_column() -> &'static str {
    ts!("report-level-now-column")
}
pub fn gap_column() -> &'static str {
    ts!("report-gap-column")
}
pub fn at_target() -> &'static str {
    ts!("report-at-target")
}
/// HTML: before a question's note.
pub fn note_label() -> &'static str {
    ts!("report-note-label")
}
/// Markdown, when the questionnaire has no question.
pub fn no_questions_markdown() -> &'static str {
    ts!("report-no-questions-markdown")
}
/// HTML, the same.
pub fn no_questions_html() -> &'static str {
    ts!("report-no-questions-html")
}

/// Spoken: "Area Title, 62.5%."
pub fn area_heading_spoken(title: &str, score: &str) -> String {
    t!(
        "report-area-heading-spoken",
        title = title.to_owned(),
        score = score.to_owned()
    )
}

/// HTML: "Range 50.0-75.0%. " when don't-knows leave one, then the area's coverage
/// ([`counts`]).
pub fn area_facts_html(range: &str, counts: &str) -> String {
    if range.is_empty() {
        t!("report-area-facts", counts = counts.to_owned())
    } else {
        t!(
            "report-area-facts-range",
            range = range.to_owned(),
            counts = counts.to_owned()
        )
    }
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
        Some(band) => t!(
            "report-question-priority-spoken",
            id = id.to_owned(),
            title = title.to_owned(),
            level = level.to_owned(),
            target = target,
            importance = importance.to_owned(),
            band = band.to_owned()
        ),
        None => t!(
            "report-question-spoken",
            id = id.to_owned(),
            title = title.to_owned(),
            level = level.to_owned(),
            target = target,
            importance = importance.to_owned()
        ),
    }
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

/// Spoken: "Note on R01: …".
pub fn note_on(id: &str, note: &str) -> String {
    t!("report-note-on", id = id.to_owned(), note = note.to_owned())
}

// To investigate, not applicable, strengths.

pub fn investigate_screen() -> &'static str {
    ts!("report-investigate-screen")
}
pub fn investigate_spoken() -> &'static str {
    ts!("report-investigate-spoken")
}
pub fn investigate_html() -> &'static str {
    ts!("report-investigate-html")
}
pub fn no_dont_know() -> &'static str {
    ts!("report-no-dont-know")
}
pub fn investigate_intro_html() -> &'static str {
    ts!("report-investigate-intro-html")
}
pub fn question_asked_column() -> &'static str {
    ts!("report-question-asked-column")
}
pub fn question_label() -> &'static str {
    ts!("report-question-label")
}
/// Markdown: before an investigated item's note.
pub fn note_after_question() -> &'static str {
    ts!("report-note-after-question")
}

/// Spoken: "R01 Title: the question asked".
pub fn investigate_item_spoken(id: &str, title: &str, question: &str) -> String {
    t!(
        "report-investigate-item-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        question = question.to_owned()
    )
}

pub fn claims_screen() -> &'static str {
    ts!("report-claims-screen")
}
pub fn claims_spoken() -> &'static str {
    ts!("report-claims-spoken")
}
pub fn claims_html() -> &'static str {
    ts!("report-claims-html")
}
pub fn no_claims() -> &'static str {
    ts!("report-no-claims")
}
pub fn claims_intro_html() -> &'static str {
    ts!("report-claims-intro-html")
}

/// Screen, under the item: "Level 3 Established, no evidence named".
pub fn claim_screen(level: u8, name: &str) -> String {
    t!("report-claim-screen", level = level, name = name.to_owned())
}

/// Spoken: "R01 Title: level 3 Established."
pub fn claim_spoken(id: &str, title: &str, level: u8, name: &str) -> String {
    t!(
        "report-claim-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        level = level,
        name = name.to_owned()
    )
}

/// Markdown, after the item's name: ": level 3 Established".
pub fn claim_markdown(level: u8, name: Inline) -> Text {
    slotted(
        t!("report-claim-markdown", level = level, name = slot(0)),
        vec![vec![name]],
    )
}

pub fn not_applicable() -> &'static str {
    ts!("report-not-applicable")
}
pub fn no_not_applicable() -> &'static str {
    ts!("report-no-not-applicable")
}
pub fn no_not_applicable_html() -> &'static str {
    ts!("report-no-not-applicable-html")
}
pub fn reason_column() -> &'static str {
    ts!("report-reason-column")
}
/// Markdown, for a not-applicable answer without its reason.
pub fn no_reason_given() -> &'static str {
    ts!("report-no-reason-given")
}

/// Screen, under the item: "Reason: …".
pub fn reason(reason: &str) -> String {
    t!("report-reason", reason = reason.to_owned())
}

/// Spoken: "R02 Title. Reason: …".
pub fn not_applicable_spoken(id: &str, title: &str, reason: &str) -> String {
    t!(
        "report-not-applicable-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        reason = reason.to_owned()
    )
}

pub fn strengths_screen() -> &'static str {
    ts!("report-strengths-screen")
}
pub fn strengths_spoken() -> &'static str {
    ts!("report-strengths-spoken")
}
pub fn strengths_html() -> &'static str {
    ts!("report-strengths-html")
}
pub fn no_strengths() -> &'static str {
    ts!("report-no-strengths")
}
pub fn no_strengths_html() -> &'static str {
    ts!("report-no-strengths-html")
}

/// Screen, under the item: "Level 3 Established (target 3)".
pub fn strength_screen(level: u8, name: &str, target: u8) -> String {
    t!(
        "report-strength-screen",
        level = level,
        name = name.to_owned(),
        target = target
    )
}

/// Spoken: "R01 Title: level 3, target 3."
pub fn strength_spoken(id: &str, title: &str, level: u8, target: u8) -> String {
    t!(
        "report-strength-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        level = level,
        target = target
    )
}

/// Markdown, after the item's name: ": level 3 Established (target 3)".
pub fn strength_markdown(level: u8, name: Inline, target: u8) -> Text {
    slotted(
        t!(
            "report-strength-markdown",
            level = level,
            name = slot(0),
            target = target
        ),
        vec![vec![name]],
    )
}

// Resources from the guide.

pub fn resources_for_weakest() -> &'static str {
    ts!("report-resources-for-weakest")
}

/// Screen: "c. Title (for Area, Area)".
pub fn resource_screen(id: &str, title: &str, areas: &str) -> String {
    t!(
        "report-resource-screen",
        id = id.to_owned(),
        title = title.to_owned(),
        areas = areas.to_owned()
    )
}

/// Spoken: "Resource c, Title, for Area: summary".
pub fn resource_spoken(id: &str, title: &str, areas: &str, summary: &str) -> String {
    t!(
        "report-resource-spoken",
        id = id.to_owned(),
        title = title.to_owned(),
        areas = areas.to_owned(),
        summary = summary.to_owned()
    )
}

/// Markdown: "The weakest areas: Area, Area."
pub fn weakest_areas_markdown(areas: Text) -> Text {
    slotted(
        t!("report-weakest-areas-markdown", areas = slot(0)),
        vec![areas],
    )
}

/// HTML: "For the weakest areas: Area (40.0%), Area (55.0%)."
pub fn weakest_areas_html(areas: &str) -> String {
    t!("report-weakest-areas-html", areas = areas.to_owned())
}

/// Markdown: "**Title** (c, for Area, Area): summary".
pub fn resource_markdown(title: Inline, id: Inline, areas: Text, summary: Inline) -> Text {
    slotted(
        t!(
            "report-resource-markdown",
            title = slot(0),
            id = slot(1),
            areas = slot(2),
            summary = slot(3)
        ),
        vec![vec![title], vec![id], areas, vec![summary]],
    )
}

/// HTML, on a line of its own under the resource: "For: Area, Area".
pub fn serves(areas: &str) -> String {
    t!("report-serves", areas = areas.to_owned())
}

// How the scores were computed, and the page footer.

pub fn how_scores_were_computed() -> &'static str {
    ts!("report-how-scores-were-computed")
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

/// The page footer after the fingerprint.
pub fn footer(id: &str, version: &str, date: &str) -> String {
    t!(
        "report-footer",
        id = id.to_owned(),
        version = version.to_owned(),
        date = date.to_owned(),
        guide = GUIDE
    )
}
