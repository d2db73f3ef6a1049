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
        not_named()
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

/// When the action plan (`--plan`) names another organisation than the files.
pub fn warning_plan_organisation(plan: &str, after: &str) -> String {
    format!(
        "Warning: the action plan is for {}, and the assessments are of {}. It is followed up all the same; make sure it is the right plan.",
        named(plan),
        named(after)
    )
}

/// In a side's one-line facts: "questionnaire quick 1.0".
pub fn questionnaire_in_line(label: &str) -> String {
    format!("questionnaire {label}")
}

// The summary: what a leader reads in thirty seconds.

pub const SUMMARY: &str = "Summary";

/// When a side was assessed, inside a sentence: "on 2025-10-14", or that no date was given.
fn when(date: Option<&str>) -> String {
    date.map_or_else(|| "with no date given".to_string(), |d| format!("on {d}"))
}

/// The summary's first line, one organisation: "Acme, assessed on 2025-10-14 and again on
/// 2026-10-20."
pub fn assessed(organisation: &str, before: Option<&str>, after: Option<&str>) -> String {
    format!(
        "{organisation}, assessed {} and again {}.",
        when(before),
        when(after)
    )
}

/// The same when the files name two organisations.
pub fn assessed_two(
    before_org: &str,
    before: Option<&str>,
    after_org: &str,
    after: Option<&str>,
) -> String {
    format!(
        "{before_org}, assessed {}, compared with {after_org}, assessed {}.",
        when(before),
        when(after)
    )
}

/// In the summary when the questionnaires differ: the scope in one sentence.
pub fn scope_short(compared: usize) -> String {
    format!(
        "The scores cover only the {} both questionnaires ask about.",
        counted(compared, "recommendation", "recommendations")
    )
}

// Readiness moving, one percentage a sentence: the score before and after count as one
// figure (a move from one to the other), the share of the gap closed gets a sentence of its own.

/// The subject of the overall sentences.
pub fn overall_subject() -> &'static str {
    overall_readiness()
}
/// The subject after an area's name: "01 Global China strategy: readiness rose …".
pub const AREA_SUBJECT: &str = "readiness";

/// "Overall readiness rose from 30.4% to 55.4%."
pub fn rose(subject: &str, before: &str, after: &str) -> String {
    format!("{subject} rose from {before} to {after}.")
}

pub fn fell(subject: &str, before: &str, after: &str) -> String {
    format!("{subject} fell from {before} to {after}.")
}

pub fn stayed(subject: &str, score: &str) -> String {
    format!("{subject} stayed at {score}.")
}

/// One side has no score (nothing on it was answered with a level).
pub fn scored_before_only(subject: &str, before: &str) -> String {
    format!("{subject} was {before} before and could not be scored after.")
}

pub fn scored_after_only(subject: &str, after: &str) -> String {
    format!("{subject} could not be scored before and is {after} after.")
}

pub fn scored_neither(subject: &str) -> String {
    format!("{subject} could not be scored on either side.")
}

/// After a rise: progress as the share of the remaining gap closed.
pub fn gap_share_closed(share: &str) -> String {
    format!("That closes {share} of the gap that remained.")
}

/// After a rise to 100%.
pub const WHOLE_GAP_CLOSED: &str = "That closes the whole gap that remained.";

/// After a fall: negative progress, said as the gap growing (from 50% to 40%, the gap of 50
/// points grew to 60, by a fifth).
pub fn gap_grew(share: &str) -> String {
    format!("The gap that remained grew by {share}.")
}

/// What needs attention: new gaps and other levels that fell.
pub const NEEDS_ATTENTION: &str = "Needs attention now";
/// Screen reader: the same heading with its count, as a sentence.
pub fn needs_attention_spoken(n: usize) -> String {
    format!(
        "{NEEDS_ATTENTION}: {}.",
        counted(n, "recommendation", "recommendations")
    )
}
pub const NOTHING_SLIPPED_BACK: &str = "Nothing has slipped back: no new gaps and no regressions.";
/// Beside a recommendation that needs attention: why.
pub const WHY_NEW_GAP: &str = "now below target";
pub const WHY_REGRESSED: &str = "level fell";

/// Gaps found where nothing was known.
pub const GAPS_IDENTIFIED_WHY: &str = "not rated before, below target now";
/// Screen and Markdown: "Gaps now identified (2): not rated before, below target now".
pub fn gaps_identified_label(n: usize) -> String {
    format!("{}: {GAPS_IDENTIFIED_WHY}", with_count(GAPS_IDENTIFIED, n))
}
/// A bold label that runs into the text after it: "Gaps now identified (2):".
pub fn run_in(label: &str) -> String {
    format!("{label}:")
}
/// A phrase ended as a sentence: "not rated before, below target now."
pub fn sentence_of(phrase: &str) -> String {
    format!("{phrase}.")
}
/// The same, unless it ends a sentence already (a reason someone wrote may).
pub fn full_stop(phrase: &str) -> String {
    if phrase.ends_with(['.', '!', '?']) {
        phrase.to_string()
    } else {
        sentence_of(phrase)
    }
}
/// Screen reader: the same as a sentence.
pub fn gaps_identified_spoken(n: usize) -> String {
    let (verb, noun) = if n == 1 {
        ("is", "recommendation")
    } else {
        ("are", "recommendations")
    };
    format!("{GAPS_IDENTIFIED}: {n} {noun} not rated before {verb} below target now.")
}
/// HTML: under its heading, with what it means, as the page has room for.
pub const GAPS_IDENTIFIED_HTML: &str =
    "Not rated before, below target now: new knowledge, not a setback.";

/// What improved: gaps closed first.
pub const IMPROVED: &str = "Improved";
/// "3 gaps closed".
pub fn gaps_closed_count(n: usize) -> String {
    counted(n, "gap closed", "gaps closed")
}
/// Screen and Markdown: "Improved (3 gaps closed)".
pub fn improved_label(closed: usize) -> String {
    format!("{IMPROVED} ({})", gaps_closed_count(closed))
}
/// Screen reader: "Improved: 3 gaps closed."
pub fn improved_spoken(closed: usize) -> String {
    format!("{IMPROVED}: {}.", gaps_closed_count(closed))
}
/// After the gaps closed: the other levels that rose.
pub fn also_moved_up(n: usize) -> String {
    if n == 1 {
        "1 other recommendation moved up without closing a gap.".to_string()
    } else {
        format!("{n} other recommendations moved up without closing a gap.")
    }
}
/// When no gap was closed but some levels rose.
pub fn moved_up_only(n: usize) -> String {
    format!(
        "No gap was closed; {} moved up.",
        counted(n, "recommendation", "recommendations")
    )
}
pub const NOTHING_IMPROVED: &str = "No gap was closed and no level rose.";

/// After the first few of a list: "and 3 more, listed in full below."
pub fn and_more(n: usize) -> String {
    format!("and {n} more, listed in full below.")
}

/// The summary's last line: what the rest of the document holds.
pub fn what_follows(compared: usize, left_out: bool, plan: bool) -> String {
    let left = if left_out { ", those left out" } else { "" };
    let plan = if plan { "the action plan, " } else { "" };
    format!(
        "Below: {plan}each area, the {}{left}, every change, and the method.",
        counted(
            compared,
            "recommendation compared",
            "recommendations compared"
        )
    )
}

// The two assessments, after the summary.

pub const THE_TWO_ASSESSMENTS: &str = "The two assessments";

/// "1 gap closed", "4 gaps closed": a count with its noun.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "16 recommendations compared: 1 new gap, 0 other regressions, …": every list counted once,
/// in the order the lists come.
pub fn counts_sentence(
    compared: usize,
    new: usize,
    regressions: usize,
    identified: usize,
    closed: usize,
    improvements: usize,
) -> String {
    format!(
        "{} compared: {}, {}, {}, {}, {}.",
        counted(compared, "recommendation", "recommendations"),
        counted(new, "new gap", "new gaps"),
        counted(regressions, "other regression", "other regressions"),
        counted(identified, "gap now identified", "gaps now identified"),
        gaps_closed_count(closed),
        counted(improvements, "other improvement", "other improvements"),
    )
}

// The areas.

pub const PROGRESS: &str = "Progress";
/// Screen: the section's heading, with how to read its two bars.
pub fn areas_screen() -> String {
    format!("{} (top bar before, bottom bar after)", readiness_by_area())
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
    format!(
        "{} before and after, as a share of each area's target",
        readiness_by_area()
    )
}
/// HTML: under the chart.
pub const AREAS_CHART_LEGEND: &str = "Each track is the area's target (100%): the light bar is the readiness before, the dark bar after.";
/// HTML: the last row of the areas table.
pub const OVERALL_ROW: &str = "Overall (mean of the areas)";

/// Spoken: one area, its name and then its sentences ("readiness rose from …").
pub fn area_spoken(area: &str, sentences: &str) -> String {
    format!("{area}: {sentences}")
}

/// HTML: under the areas table.
pub fn progress_legend_html() -> String {
    format!(
        "Progress is the share of the remaining gap to target closed: (after − before) / (100 − before). {DASH} means it is undefined: a score is missing, or the area was already at 100% before."
    )
}

/// Joins the rows of a chart's description, each a sentence.
pub const DESC_JOIN: &str = " ";

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

// What moved: the five lists, each recommendation in one at most.

/// HTML: the section's heading.
pub const WHAT_MOVED: &str = "What moved";
pub const NEW_GAPS: &str = "New gaps";
pub const NO_NEW_GAPS: &str = "No new gaps: nothing at or above its target before is below it now.";
pub const REGRESSIONS: &str = "Other regressions";
pub const NO_REGRESSIONS: &str = "No other level fell.";
pub const GAPS_IDENTIFIED: &str = "Gaps now identified";
pub const NO_GAPS_IDENTIFIED: &str =
    "No gap newly identified: nothing without a level before is below its target now.";
pub const GAPS_CLOSED: &str = "Gaps closed";
pub const NO_GAPS_CLOSED: &str =
    "No gap was closed: nothing below its target before reaches it now.";
pub const IMPROVEMENTS: &str = "Other improvements";
pub const NO_IMPROVEMENTS: &str = "No other level rose.";

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

// The action plan (`compare --plan`): each action against the levels, and what to look at.

pub const THE_ACTION_PLAN: &str = "The action plan";

/// A phase as a reader sees it, capitalised to start a line: "First 90 days".
pub fn phase(p: crate::plan::Phase) -> &'static str {
    use crate::plan::Phase;
    match p {
        Phase::First90Days => "First 90 days",
        Phase::ThreeToSixMonths => "3-6 months",
        Phase::SixToTwelveMonths => "6-12 months",
    }
}

/// A phase inside a sentence or a table cell: "first 90 days".
pub fn phase_word(p: crate::plan::Phase) -> &'static str {
    use crate::plan::Phase;
    match p {
        Phase::First90Days => "first 90 days",
        Phase::ThreeToSixMonths => "3-6 months",
        Phase::SixToTwelveMonths => "6-12 months",
    }
}

/// An action's status as a reader sees it.
pub fn action_status(s: crate::plan::Status) -> &'static str {
    use crate::plan::Status;
    match s {
        Status::NotStarted => "not started",
        Status::InProgress => "in progress",
        Status::Done => "done",
        Status::Dropped => "dropped",
    }
}

/// Where an action's level went, against its target.
pub fn toward(t: crate::analysis::compare::Toward) -> &'static str {
    use crate::analysis::compare::Toward;
    match t {
        Toward::ReachedTarget => "reached target",
        Toward::MovedUp => "moved up",
        Toward::NoChange => "no change",
        Toward::MovedDown => "moved down",
        Toward::NotRated => "not rated",
        Toward::NotAsked => "not asked",
    }
}

/// The section's first line: "The plan has 13 actions, drafted from the assessment of
/// 2025-10-14."
pub fn plan_intro(actions: usize, assessed: Option<&str>) -> String {
    let n = counted(actions, "action", "actions");
    match assessed {
        Some(d) => format!("The plan has {n}, drafted from the assessment of {d}."),
        None => format!("The plan has {n}."),
    }
}

/// "First 90 days: 3 of 6 done, 1 in progress, 1 dropped": a phase's (or the plan's) share.
pub fn share(
    label: &str,
    done: usize,
    planned: usize,
    in_progress: usize,
    dropped: usize,
) -> String {
    let mut s = if planned == 0 {
        format!("{label}: nothing left planned")
    } else {
        format!("{label}: {done} of {planned} done")
    };
    if in_progress > 0 {
        s.push_str(&format!(", {in_progress} in progress"));
    }
    if dropped > 0 {
        s.push_str(&format!(", {dropped} dropped"));
    }
    s
}

/// The summary's line on the plan.
pub fn plan_summary(done: usize, planned: usize, not_moved: usize, unplanned: usize) -> String {
    format!(
        "Action plan: {done} of {} done; {not_moved} done without the level rising; {} with no action under way or done.",
        counted(planned, "planned action", "planned actions"),
        counted(unplanned, "level rose", "levels rose"),
    )
}

pub const DONE_BY_PHASE: &str = "Done by phase";
/// Screen and page: the plan as a whole, after its phases.
pub const WHOLE_PLAN: &str = "Whole plan";
pub const PLAN_NO_ACTIONS: &str = "The plan has no actions.";

pub const DONE_NOT_MOVED: &str = "Done, but the level did not move";
pub const DONE_NOT_MOVED_LEGEND: &str = "Marked done, yet the level after is no higher than before: check whether the work changed how things are done, or whether an answer needs a second look.";
pub const NOTHING_DONE_YET: &str = "No action is marked done yet.";
pub const EVERY_DONE_MOVED: &str =
    "Every action marked done saw its level rise (or was not rated on both sides).";

pub const MOVED_NO_ACTION: &str = "The level moved with no action";
pub const MOVED_NO_ACTION_LEGEND: &str = "The level rose, but no action for it is under way or done: credit where it is due, or an answer to check, and perhaps a plan to update.";
pub const NOTHING_MOVED_UNPLANNED: &str = "Every level that rose had an action under way or done.";
/// After an unplanned rise: why it counts as unplanned.
pub const NO_ACTION_IN_PLAN: &str = "no action in the plan";
/// "action not started", "action dropped".
pub fn action_was(status: &str) -> String {
    format!("action {status}")
}

pub const DROPPED: &str = "Dropped";
pub const NOTHING_DROPPED: &str = "No action was dropped.";
/// A dropped action's reason, after its name.
pub fn because(reason: &str) -> String {
    format!("reason: {reason}")
}

pub const EVERY_ACTION: &str = "Every action";
pub const PHASE: &str = "Phase";
pub const STATUS: &str = "Status";
/// The column saying where the level went.
pub const TOWARD_TARGET: &str = "Toward target";
/// Under the table.
pub const ACTIONS_NOTE: &str = "Before and after are the levels in the two files; the target is the action's own. Not rated: a file gives no level (unanswered, don't know or not applicable). Not asked: a questionnaire does not ask about it.";

/// Spoken: one action in a sentence.
#[allow(clippy::too_many_arguments)]
pub fn action_spoken(
    id: &str,
    title: &str,
    phase: &str,
    status: &str,
    before: &str,
    after: &str,
    target: u8,
    toward: &str,
) -> String {
    format!("{id} {title}: {phase}, {status}; from {before} to {after}, target {target}: {toward}.")
}

/// Spoken, for an action whose recommendation was not compared.
pub fn action_spoken_not_asked(
    id: &str,
    title: &str,
    phase: &str,
    status: &str,
    target: u8,
) -> String {
    format!(
        "{id} {title}: {phase}, {status}; target {target}; not compared, as one of the questionnaires does not ask about it."
    )
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

/// "How this comparison was computed", one point a line.
pub const METHOD: [&str; 6] = [
    "Recommendations are matched by their id (R01-R48), so files answering different questionnaires can be compared; only the recommendations both ask about are compared.",
    "Each side is scored with its own questionnaire (targets, importance weights and profile rules), over the compared recommendations only: an area's readiness is the weighted share of its targets reached, and overall readiness the mean of the areas.",
    "Change is after minus before: levels for a recommendation (shown only when both sides give a level), percentage points for a score.",
    "Progress is the share of the remaining gap closed: (after-before)/(100-before). 100% means the area reached its target; a negative value means readiness fell. It is left blank when either score is missing, or when the score before was already 100% (no gap was left to close): the change column then tells what happened.",
    "A new gap was answered at or above its target before and is below it after (a raised target counts). A gap now identified had no level before (don't know, unanswered or not applicable) and is below its target after: it was there but not seen, so it is new knowledge, not a fall. A gap closed was answered below its target before and is at or above it after.",
    "Each recommendation is in one list at most: a gap closed is not counted again as an improvement, nor a new gap as a regression. Other improvements and other regressions are the levels that rose or fell without crossing a target.",
];
/// The page footer after the fingerprint.
pub const FOOTER: &str = " · made with icso-assess compare.";
