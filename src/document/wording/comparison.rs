//! The comparison's words (`compare`), section by section in the order it shows them. Format
//! variants stand together, named as in the report's: "screen" the terminal, "spoken" the
//! screen-reader layout, "page" Markdown and HTML, "html" the page alone.

pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text};

// The title and header.

/// The HTML page's kicker above the organisation's name.
pub const KICKER: &str = "Progress report";
pub const ORGANISATION: &str = "Organisation";
/// Screen: the sides' labels, padded to one width so both lines' facts start in one column.
pub const BEFORE_SCREEN: &str = "Before: ";
pub const AFTER_SCREEN: &str = "After:  ";
/// The sides in a sentence: "asked only before", "62.5% before".
pub const BEFORE_WORD: &str = "before";
pub const AFTER_WORD: &str = "after";

/// The HTML `<title>`: "Progress report: Acme".
pub fn title(organisations: &str) -> String {
    format!("Progress report: {organisations}")
}

/// Every format's title: "Progress report: " and the organisation(s).
pub fn title_text(organisations: Inline) -> Text {
    sentence([said("Progress report: "), organisations])
}

/// Both organisations, when the two files name different ones: "Acme / Acme Europe".
pub fn two_organisations(before: &str, after: &str) -> String {
    format!("{before} / {after}")
}

/// An organisation's name in a warning, or that it is not named.
fn named(organisation: &str) -> &str {
    if organisation.trim().is_empty() {
        NOT_NAMED
    } else {
        organisation
    }
}

/// When the two files name different organisations.
pub fn warning_organisations(before: &str, after: &str) -> String {
    format!(
        "Warning: the two files name different organisations (before: {}; after: {}). They are compared all the same; make sure that is what you meant.",
        named(before),
        named(after)
    )
}

/// When the after file is dated before the before file.
pub fn warning_out_of_order(before: &str, after: &str) -> String {
    format!(
        "Warning: the after file is dated {after} and the before file {before}: the files may be in the wrong order."
    )
}

/// When the questionnaires differ: what was compared, and what that means for the scores.
pub fn scope_note(before: &str, after: &str, compared: usize) -> String {
    format!(
        "The two files answer different questionnaires ({before} before, {after} after). Only the {compared} recommendations both ask about are compared, and every score here is computed over those alone, so that the comparison is like for like; the scores differ from each file's own report."
    )
}

/// In a side's one-line facts: "questionnaire quick 1.0".
pub fn questionnaire_in_line(label: &str) -> String {
    format!("questionnaire {label}")
}

// Overall readiness.

/// Spoken: the section's heading.
pub const OVERALL: &str = "Overall";
/// Why there is no progress figure, in the overall sentence.
pub const ALREADY_FULL: &str = "already at 100% before";
pub const NOT_SCORED_ON_BOTH_SIDES: &str = "not scored on both sides";

/// "Overall readiness 50.0% before, 62.5% after (+12.5 points); progress 25.0%: …".
/// `change` is the change in points when both sides are scored; `progress` the progress, or
/// else why there is none (`no_progress`), if a reason is known.
pub fn overall_sentence(
    before: &str,
    after: &str,
    change: Option<&str>,
    progress: Option<&str>,
    no_progress: Option<&str>,
) -> String {
    let mut s = format!("Overall readiness {before} before, {after} after");
    if let Some(ch) = change {
        s.push_str(&format!(" ({ch} points)"));
    }
    match (progress, no_progress) {
        (Some(p), _) => s.push_str(&format!(
            "; progress {p}: the share of the remaining gap to target closed."
        )),
        (None, Some(why)) => s.push_str(&format!("; no progress figure ({why}).")),
        (None, None) => s.push('.'),
    }
    s
}

/// "1 gap closed", "4 gaps closed": a count with its noun.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "16 recommendations compared: 4 gaps closed, 1 new gap, 10 improvements, 0 regressions."
pub fn counts_sentence(
    compared: usize,
    closed: usize,
    new: usize,
    improvements: usize,
    regressions: usize,
) -> String {
    format!(
        "{} compared: {}, {}, {}, {}.",
        counted(compared, "recommendation", "recommendations"),
        counted(closed, "gap closed", "gaps closed"),
        counted(new, "new gap", "new gaps"),
        counted(improvements, "improvement", "improvements"),
        counted(regressions, "regression", "regressions"),
    )
}

// Readiness by area.

pub const PROGRESS: &str = "Progress";
/// Screen: the section's heading, with how to read its two bars.
pub fn areas_screen() -> String {
    format!("{READINESS_BY_AREA} (top bar before, bottom bar after)")
}
pub const BEFORE_AFTER_COLUMN: &str = "Before / after";
pub const CHANGE_POINTS_COLUMN: &str = "Change (points)";
/// Screen: under the areas.
pub const AREAS_NOTE_SCREEN: &str = "Change in percentage points; progress is the share of the remaining gap closed (- when either score is missing or the area was already at 100%).";
/// Spoken: the same.
pub const AREAS_NOTE_SPOKEN: &str = "Progress is the share of the remaining gap to target closed; it is not given when either score is missing or the area was already at 100%.";
/// Markdown: the same.
pub const AREAS_NOTE_MARKDOWN: &str = "Progress is the share of the remaining gap to target closed; – means it is undefined (either score missing, or the area was already at 100% before).";
/// Page, when the sides share no area.
pub const NO_AREAS: &str = "No area has a recommendation asked on both sides.";
pub fn areas_chart_title() -> String {
    format!("{READINESS_BY_AREA} before and after, as a share of each area's target")
}
/// HTML: under the chart.
pub const AREAS_CHART_LEGEND: &str = "Each track is the area's target (100%): the light bar is the readiness before, the dark bar after.";
/// HTML: the last row of the areas table.
pub const OVERALL_ROW: &str = "Overall (mean of the areas)";

/// "Area: 50.0% before, 62.5% after": the start of the spoken line, and a row of the chart's
/// description.
pub fn before_after(area: &str, before: &str, after: &str) -> String {
    format!("{area}: {before} before, {after} after")
}

/// Spoken: one area, with its change and progress when they are defined.
pub fn area_spoken(
    area: &str,
    before: &str,
    after: &str,
    change: Option<&str>,
    progress: Option<&str>,
) -> String {
    let mut s = before_after(area, before, after);
    if let Some(ch) = change {
        s.push_str(&format!(", change {ch} points"));
    }
    if let Some(p) = progress {
        s.push_str(&format!(", progress {p}"));
    }
    s.push('.');
    s
}

/// HTML: under the areas table.
pub fn progress_legend_html() -> String {
    format!(
        "Progress is the share of the remaining gap to target closed: (after − before) / (100 − before). {DASH} means it is undefined: a score is missing, or the area was already at 100% before."
    )
}

/// Joins the rows of a chart's description.
pub const DESC_JOIN: &str = "; ";

// Recommendations compared.

pub const RECOMMENDATIONS_COMPARED: &str = "Recommendations compared";
pub const NOTE_AFTER_COLUMN: &str = "Note (after)";
pub const NOTE_BEFORE_LABEL: &str = "Note before: ";
pub const NOTE_AFTER_LABEL: &str = "Note after: ";
/// Page, when the questionnaires share nothing.
pub const NO_SHARED_RECOMMENDATION: &str = "The two questionnaires share no recommendation.";

/// Screen: "Levels: 0 Not started · …." when both sides share a scale.
pub fn levels(scale: &str) -> String {
    format!("Levels: {scale}.")
}

/// Screen: the scale before, when the sides' scales differ.
pub fn levels_before(scale: &str) -> String {
    format!("Levels before: {scale}.")
}

/// Screen: the scale after, the same.
pub fn levels_after(scale: &str) -> String {
    format!("Levels after: {scale}.")
}

/// Spoken: "R01 Title: before 1 Ad hoc, after 3 Established, change +2."
pub fn item_spoken(
    id: &str,
    title: &str,
    before: &str,
    after: &str,
    change: Option<&str>,
) -> String {
    let change = change.map_or_else(String::new, |d| format!(", change {d}"));
    format!("{id} {title}: before {before}, after {after}{change}.")
}

/// HTML: under the recommendations table.
pub fn items_legend_html(scale: &str) -> String {
    format!(
        "Change is the level after minus the level before, shown when both sides give a level. Scale: {scale}."
    )
}

// What moved: the four lists.

/// HTML: the section's heading.
pub const WHAT_MOVED: &str = "What moved";
pub const GAPS_CLOSED: &str = "Gaps closed";
pub const NO_GAPS_CLOSED: &str =
    "No gap was closed: nothing below its target before reaches it now.";
pub const NEW_GAPS: &str = "New gaps";
pub const NO_NEW_GAPS: &str =
    "No new gaps: nothing at target or unrated before is below its target now.";
pub const IMPROVEMENTS: &str = "Improvements";
pub const NO_IMPROVEMENTS: &str = "No level rose.";
pub const REGRESSIONS: &str = "Regressions";
pub const NO_REGRESSIONS: &str = "No level fell.";

/// "target 3", or "target 2 then 3" when the target moved.
pub fn target(before: u8, after: u8) -> String {
    if before == after {
        format!("target {after}")
    } else {
        format!("target {before} then {after}")
    }
}

/// Spoken: "from 1 Ad hoc to 3 Established, target 3": no arrows, which screen readers spell out.
pub fn from_to_spoken(before: &str, after: &str, target: &str) -> String {
    format!("from {before} to {after}, {target}")
}

// Left out of the comparison.

pub const LEFT_OUT_OF_COMPARISON: &str = "Left out of the comparison";

/// "Asked only before (full 1.0), so left out: 32 recommendations". `side` is
/// [`BEFORE_WORD`] or [`AFTER_WORD`].
pub fn left_out_heading(side: &str, questionnaire: &str, n: usize) -> String {
    format!(
        "Asked only {side} ({questionnaire}), so left out: {}",
        counted(n, "recommendation", "recommendations")
    )
}

// How the comparison was computed, and the page footer.

pub const HOW_COMPARISON_WAS_COMPUTED: &str = "How this comparison was computed";

/// "How this comparison was computed", one sentence a line.
pub const METHOD: [&str; 5] = [
    "Recommendations are matched by their id (R01-R48), so files answering different questionnaires can be compared; only the recommendations both ask about are compared.",
    "Each side is scored with its own questionnaire (targets, importance weights and profile rules), over the compared recommendations only: an area's readiness is the weighted share of its targets reached, and overall readiness the mean of the areas.",
    "Change is after minus before: levels for a recommendation (shown only when both sides give a level), percentage points for a score.",
    "Progress is the share of the remaining gap closed: (after-before)/(100-before). 100% means the area reached its target; a negative value means readiness fell. It is left blank when either score is missing, or when the score before was already 100% (no gap was left to close): the change column then tells what happened.",
    "A gap is closed when a recommendation was answered below its target before and at or above its target after. A new gap is one below target after that was at target, not applicable, don't know or unanswered before. Improvements and regressions are levels that rose or fell.",
];
/// The page footer after the fingerprint.
pub const FOOTER: &str = " · made with icso-assess compare.";
