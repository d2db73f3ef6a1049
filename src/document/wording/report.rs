//! The gap report's words, section by section in the order the report shows them. Where a
//! format says a thing its own way, the variants stand together, each named by its format:
//! "screen" is the terminal table (and Markdown where they agree), "spoken" the screen-reader
//! layout (`plain`), "page" Markdown and HTML, "html" the page alone.

// A sentence's placeholders are its parameters, each by name, as a translation catalogue's
// message has them; a few sentences have more than clippy's seven.
#![allow(clippy::too_many_arguments)]

pub use super::*;
use super::{said, sentence};
use crate::document::{Inline, Text, trusted};

// The summary: what a leader reads first.

pub const SUMMARY: &str = "Summary";

/// "Overall readiness: 59% of target, between 58% and 63% with 2 don't-know answers." The
/// figures, then where that leaves the organisation in words.
pub fn readiness_summary(
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unknown: usize,
) -> String {
    let Some(score) = score else {
        return "Overall readiness: not scored yet, since no question is answered.".into();
    };
    let mut s = format!("Overall readiness: {} of target", whole(score));
    if let (Some(l), Some(h)) = (low, high)
        && (h - l).abs() >= 0.5
    {
        let answers = if unknown == 1 { "answer" } else { "answers" };
        s.push_str(&format!(
            ", between {} and {} with {unknown} don't-know {answers}",
            whole(l),
            whole(h)
        ));
    }
    s.push_str(". ");
    s.push_str(match score {
        s if s >= 90.0 => "The organisation is nearly where it aims to be.",
        s if s >= 60.0 => "The organisation is well on the way.",
        s if s >= 30.0 => "The organisation is part of the way there.",
        _ => "The organisation is at the start.",
    });
    s
}

/// "15 of 16 questions answered, 1 not applicable, 0 don't know."
pub fn coverage_summary(answered: usize, total: usize, na: usize, unknown: usize) -> String {
    format!("{answered} of {total} questions answered, {na} not applicable, {unknown} don't know.")
}

/// An aggregate's summary: "The combined answers of 4 respondents; they disagree, by 2 levels or
/// more, on 10 questions (see Where respondents disagree)."
pub fn combined_summary(respondents: usize, disagreements: usize, spread: u8) -> String {
    let on = match disagreements {
        0 => format!("no question splits them by {spread} levels or more."),
        1 => format!(
            "they differ by {spread} levels or more on 1 question, listed under \"Where respondents disagree\"."
        ),
        n => format!(
            "they differ by {spread} levels or more on {n} questions, listed under \"Where respondents disagree\"."
        ),
    };
    format!("These are the combined answers of {respondents} respondents; {on}")
}

pub const NOW_HEADING: &str = "What matters now";
/// Before the list of priorities that matter now.
pub fn now_intro(n: usize) -> String {
    match n {
        1 => "The one gap to act on or plan now, with a first step for this month:".into(),
        n => format!(
            "The {n} gaps to act on or plan now, most urgent first, each with a first step for this month:"
        ),
    }
}
/// The summary when no gap is in the high or medium band.
pub const NOTHING_NOW: &str =
    "No gap needs action now: every answered question is at its target, or its gap is small.";
/// The summary when nothing is answered.
pub const NOTHING_ANSWERED_YET: &str =
    "No questions are answered yet, so there is nothing to prioritise.";

/// A priority's levels: "Now 1 Ad hoc, target 3 Established: act now."
pub fn now_target(now: &str, target: &str, band: &str) -> String {
    format!("Now {now}, target {target}: {band}.")
}

/// "Also in this report: 3 more gaps to plan, 4 gaps for later, 2 questions to investigate and
/// 5 strengths; then readiness by area, every answer and how the scores were computed."
pub fn what_follows(also: usize, later: usize, unknown: usize, strengths: usize) -> String {
    let mut parts = Vec::new();
    let n = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if also > 0 {
        parts.push(n(
            also,
            "more gap to act on or plan",
            "more gaps to act on or plan",
        ));
    }
    if later > 0 {
        parts.push(n(later, "smaller gap for later", "smaller gaps for later"));
    }
    if unknown > 0 {
        parts.push(n(
            unknown,
            "question to investigate",
            "questions to investigate",
        ));
    }
    if strengths > 0 {
        parts.push(n(strengths, "strength", "strengths"));
    }
    let listed = match parts.len() {
        0 => String::new(),
        1 => format!("{}; ", parts[0]),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{} and {last}; ", parts.join(", "))
        }
    };
    format!(
        "Further on: {listed}readiness by area, every question by area, resources from the guide and how the scores were computed."
    )
}

/// The gaps beyond the summary's list.
pub const ALSO_NOW: &str = "More gaps to act on or plan";
pub const ALSO_NOW_INTRO: &str =
    "Gaps in the same bands as those in the summary, after the ones listed there:";
pub const LATER: &str = "Later";
pub const LATER_INTRO: &str =
    "Smaller gaps: worth closing once the priorities above are under way.";
pub const NO_LATER: &str = "No smaller gaps.";

/// " (Belt and Road finance): now 1 Ad hoc, target 3 Established" after a gap's title.
pub fn area_and_levels(area: &str, now: &str, target: &str) -> String {
    format!(" ({area}): now {now}, target {target}")
}

// The title and header.

/// The HTML page's kicker above the organisation's name.
pub const KICKER: &str = "China readiness report";
pub const PROFILE_HEADING: &str = "Profile";
pub const PROFILE_INTRO_HTML: &str = "How the organisation described itself; the profile sets how much each question matters unless an answer says otherwise.";

/// The HTML `<title>`: "China readiness report: Acme".
pub fn title(organisation: &str) -> String {
    format!("China readiness report: {organisation}")
}

/// Screen and Markdown: "China readiness report: " and the organisation.
pub fn title_screen(organisation: Text) -> Text {
    let mut t = trusted("China readiness report: ");
    t.extend(organisation);
    t
}

/// Spoken: "China readiness report for Acme."
pub fn title_spoken(organisation: Text) -> Text {
    let mut t = trusted("China readiness report for ");
    t.extend(organisation);
    t.push(said("."));
    t
}

/// Screen: "Advocacy quick check (quick 1.0)".
pub fn questionnaire_screen(title: &str, id: &str, version: &str) -> String {
    format!("{title} ({id} {version})")
}

/// Spoken: "Advocacy quick check, quick version 1.0".
pub fn questionnaire_spoken(title: &str, id: &str, version: &str) -> String {
    format!("{title}, {id} version {version}")
}

/// Markdown: [`questionnaire_full`] with its title, id and version as given.
pub fn questionnaire_markdown(title: Inline, id: Inline, version: Inline) -> Text {
    sentence([
        title,
        said(" ("),
        id,
        said(", version "),
        version,
        said(")"),
    ])
}

// Counts of answers.

/// "10 answered, 1 not applicable, 2 don't know, 3 unanswered": how the questions were
/// answered, inside the coverage sentences below.
pub fn counts(answered: usize, na: usize, unknown: usize, unanswered: usize) -> String {
    format!(
        "{answered} answered, {na} not applicable, {unknown} don't know, {unanswered} unanswered"
    )
}

// The respondents of an aggregate.

pub const RESPONDENTS: &str = "Respondents";
pub const FILE: &str = "File";
pub const COVERAGE_COLUMN: &str = "Coverage";
pub const NA_COLUMN: &str = "N/A";
pub const DONT_KNOW_COLUMN: &str = "Don't know";
pub const UNANSWERED_COLUMN: &str = "Unanswered";

/// Spoken and page: before the respondents.
pub const RESPONDENTS_INTRO: &str = "This report is of the combined answers. Each respondent's own readiness, from their answers alone:";
/// Screen: the same, and how to read the coverage column.
pub const RESPONDENTS_INTRO_SCREEN: &str = "The report above and below is of the combined answers. Each respondent's own readiness, from their answers alone, and coverage: answered / not applicable / don't know / unanswered.";
pub const PROFILE_INTRO: &str = "Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):";

/// ", range 50.0-75.0%" when don't-knows leave a range, "" otherwise: for sentences.
pub fn range_clause(range: &str) -> String {
    if range.is_empty() {
        String::new()
    } else {
        format!(", range {range}")
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
    let file = file.map_or(String::new(), |f| format!(", file {f}"));
    format!("{label}{file}: {score}{}; {counts}.", range_clause(range))
}

/// How an anonymised report names a respondent: "Respondent A", "Respondent AB".
pub fn anonymous_respondent(letters: &str) -> String {
    format!("Respondent {letters}")
}

/// After the respondents' intro in an anonymised report.
pub const ANONYMISED_INTRO: &str = "The respondents are not named: each has a letter, the same throughout this report, given in an order drawn at random. Their notes, evidence and reasons are shown as they wrote them.";

/// A profile question of the combined answers and its most common answer: "Question? Option
/// label (3 of 4 answers)".
pub fn profile_choice(question: &str, option: &str, count: usize, answered: usize) -> String {
    format!("{question} {option} ({count} of {answered} answers)")
}

/// A profile question no respondent answered.
pub fn profile_unanswered(question: &str) -> String {
    format!("{question} No respondent answered, so its rules do not apply.")
}

/// Spoken: "Profile: " and one profile choice.
pub fn profile_spoken(line: &str) -> String {
    format!("Profile: {line}")
}

// The areas.

pub const PERCENT_COLUMN: &str = "%";
/// Markdown, when the questionnaire has no area.
pub const NO_AREA: &str = "This questionnaire asks about no area.";

/// Spoken: "Part 1, Area: 62.5%; 3 of 4 applicable questions answered."
pub fn area_spoken(
    part: &str,
    title: &str,
    score: &str,
    range: &str,
    answered: usize,
    applicable: usize,
) -> String {
    format!(
        "{title} ({part}): {score}{}; {answered} of {applicable} applicable questions answered.",
        range_clause(range)
    )
}

// The page's charts.

pub fn areas_chart_title() -> String {
    format!("{READINESS_BY_AREA}, as a share of each area's target")
}
pub const AREAS_LEGEND: &str =
    "Each track is the area's target (100%); the filled part is the readiness reached.";
/// Follows [`AREAS_LEGEND`] when some area has a range.
pub const AREAS_LEGEND_RANGE: &str =
    " The thin line under a bar is the range left open by don't-know answers.";
pub const NO_AREAS_TO_CHART: &str = "No areas to chart.";
pub const PRIORITIES_CAPTION: &str = "What matters now: level now and target";
pub const NO_GAPS_CHART: &str = "No gaps: every answered question is at or above its target.";

/// "Range 50.0-75.0%": the title of a bar's range line.
pub fn bar_range(range: &str) -> String {
    format!("Range {range}")
}

/// One bar read out in the chart's description: "Area: 62.5%".
pub fn bar_desc(label: &str, score: &str) -> String {
    format!("{label}: {score}")
}

/// Joins the rows of a chart's description.
pub const DESC_JOIN: &str = "; ";

/// "Top priorities: level now and target on the 0 to 4 scale".
pub fn priorities_chart_title(max_level: u8) -> String {
    format!("Top priorities: level now and target on the 0 to {max_level} scale")
}

/// One priority read out in the chart's description.
pub fn dot_desc(rank: usize, label: &str, now: u8, target: u8, band: &str) -> String {
    format!("{rank}. {label}: level {now} now, target {target}: {band}")
}

/// Under the priorities chart: its key, and the scale's levels.
pub fn priorities_legend(scale: &str) -> String {
    format!(
        "● level now, ○ target; the segment between them is the gap, named and coloured by priority band. Scale: {scale}"
    )
}

// Key recommendations.

pub const KEY_RECOMMENDATION: &str = "Key recommendation";
pub const STATUS: &str = "Status";
pub const NOT_ASKED: &str = "not asked";
/// A key recommendation whose every question was marked not applicable.
pub const NOT_SCORED_NA: &str = "not scored: marked not applicable";
/// Markdown, when the guide has no key recommendations.
pub const NO_KEY_MARKDOWN: &str = "The guide lists no key recommendations.";
/// HTML, the same.
pub const NO_KEY_HTML: &str = "No key recommendations in this catalogue.";

/// Spoken: "K1, Title: 62.5%."
pub fn key_spoken(id: &str, title: &str, status: &str) -> String {
    format!("{id}, {title}: {status}.")
}

/// HTML: "3 of 4" questions answered.
pub fn of(answered: usize, asked: usize) -> String {
    format!("{answered} of {asked}")
}

// The priorities.

/// Before a priority's first step.
pub const FIRST_STEP_LABEL: &str = "First step: ";

// Where respondents disagree.

pub const WHERE_RESPONDENTS_DISAGREE: &str = "Where respondents disagree";

/// When no question's levels spread enough to count as a disagreement.
pub fn no_disagreement(spread: u8) -> String {
    format!("No question's levels spread by {spread} or more: the respondents broadly agree.")
}

/// Screen and page: before the disagreements.
pub fn disagreements_intro(spread: u8) -> String {
    format!(
        "Questions whose levels spread by {spread} or more, largest spread first: talk these through before acting on the combined level."
    )
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
    format!(
        "Levels {} to {} (spread {}); combined {} {}: {}.",
        l.min, l.max, l.spread, l.median, l.name, l.band
    )
}

/// Spoken: the question, then the same facts.
pub fn levels_spread_spoken(question: &str, title: &str, l: &Levels) -> String {
    format!(
        "{question} {title}: levels {} to {}, spread {}; combined {} {}: {}.",
        l.min, l.max, l.spread, l.median, l.name, l.band
    )
}

/// Spoken: one respondent's level, and their note when they left one.
pub fn respondent_level_spoken(who: &str, level: &str, note: &str) -> String {
    if note.is_empty() {
        format!("{who}: {level}.")
    } else {
        format!("{who}: {level}. Note: {note}")
    }
}

/// Markdown heading: "R01 Title (spread 3)".
pub fn disagreement_heading_markdown(question: Inline, title: Inline, spread: u8) -> Text {
    sentence([
        question,
        said(" "),
        title,
        said(format!(" (spread {spread})")),
    ])
}

/// HTML, beside the question's title: "spread 3".
pub fn spread(spread: u8) -> String {
    format!("spread {spread}")
}

/// Markdown: "Levels 1 to 4; combined 2 Developing: plan."
pub fn levels_markdown(l: &Levels) -> Text {
    sentence([
        said(format!(
            "Levels {} to {}; combined {} ",
            l.min, l.max, l.median
        )),
        Inline::Text(l.name.to_string()),
        said(format!(": {}.", l.band)),
    ])
}

/// HTML: "Levels 1 to 4; combined 2 Developing:" and the band, the combined level and the band
/// as the page shows them.
pub fn levels_html(l: &Levels, combined: Inline, band: Inline) -> Text {
    sentence([
        said(format!("Levels {} to {}; combined ", l.min, l.max)),
        combined,
        said(": "),
        band,
    ])
}

// All questions by area.

pub const ALL_QUESTIONS_BY_AREA: &str = "All questions by area";
pub const GAPS_BY_AREA_HTML: &str = "Gaps by area";
pub const NOW_COLUMN: &str = "Now";
pub const LEVEL_NOW_COLUMN: &str = "Level now";
pub const GAP_COLUMN: &str = "Gap";
pub const AT_TARGET: &str = "at target";
/// HTML: before a question's note.
pub const NOTE_LABEL: &str = "Note: ";
/// Markdown, when the questionnaire has no question.
pub const NO_QUESTIONS_MARKDOWN: &str = "This questionnaire asks no questions.";
/// HTML, the same.
pub const NO_QUESTIONS_HTML: &str = "No questions were scored.";

/// Spoken: "Area Title, 62.5%."
pub fn area_heading_spoken(title: &str, score: &str) -> String {
    format!("Area {title}, {score}.")
}

/// HTML: "Range 50.0-75.0%. " when don't-knows leave one, then the area's coverage
/// ([`counts`]).
pub fn area_facts_html(range: &str, counts: &str) -> String {
    if range.is_empty() {
        format!("{counts}.")
    } else {
        format!("Range {range}. {counts}.")
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
    let priority = band.map_or_else(String::new, |band| format!(" Priority: {band}."));
    format!("{id} {title}: {level}, target {target}, importance {importance}.{priority}")
}

/// After a note, or alone: "Evidence: Board minutes; Staff handbook."
pub fn evidence(items: &[String]) -> String {
    format!("Evidence: {}.", items.join("; "))
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
    format!("Note on {id}: {note}")
}

// To investigate, not applicable, strengths.

pub const INVESTIGATE_SCREEN: &str = "To investigate (don't know)";
pub const INVESTIGATE_SPOKEN: &str = "To investigate, answered don't know";
pub const INVESTIGATE_HTML: &str = "To investigate";
pub const NO_DONT_KNOW: &str = "No don't-know answers.";
pub const INVESTIGATE_INTRO_HTML: &str =
    "Questions answered \"don't know\": finding out is a first step in itself.";
pub const QUESTION_ASKED_COLUMN: &str = "Question asked";
pub const QUESTION_LABEL: &str = "Question";
/// Markdown: before an investigated item's note.
pub const NOTE_AFTER_QUESTION: &str = " Note: ";

pub const CLAIMS_SCREEN: &str = "Claims to check (level 3 or 4, no evidence)";
pub const CLAIMS_SPOKEN: &str = "Claims to check, answered level 3 or 4 with no evidence named";
pub const CLAIMS_HTML: &str = "Claims to check";
pub const NO_CLAIMS: &str = "Every answer at level 3 or 4 names its evidence.";
pub const CLAIMS_INTRO_HTML: &str = "Answers that say a practice is established or embedded but \
     name nothing that shows it: before relying on them, find the policy, the minutes or the \
     record that does.";

/// Screen, under the item: "Level 3 Established, no evidence named".
pub fn claim_screen(level: u8, name: &str) -> String {
    format!("Level {level} {name}, no evidence named")
}

/// Spoken: "R01 Title: level 3 Established."
pub fn claim_spoken(id: &str, title: &str, level: u8, name: &str) -> String {
    format!("{id} {title}: level {level} {name}.")
}

/// Markdown, after the item's name: ": level 3 Established".
pub fn claim_markdown(level: u8, name: Inline) -> Text {
    sentence([said(format!(": level {level} ")), name])
}

pub const NOT_APPLICABLE: &str = "Not applicable";
pub const NO_NOT_APPLICABLE: &str = "No questions were marked not applicable.";
pub const NO_NOT_APPLICABLE_HTML: &str = "No questions marked not applicable.";
pub const REASON_COLUMN: &str = "Reason";
/// Markdown, for a not-applicable answer without its reason.
pub const NO_REASON_GIVEN: &str = "(no reason given)";

/// Screen, under the item: "Reason: …".
pub fn reason(reason: &str) -> String {
    format!("Reason: {reason}")
}

/// Spoken: "R02 Title. Reason: …".
pub fn not_applicable_spoken(id: &str, title: &str, reason: &str) -> String {
    format!("{id} {title}. Reason: {reason}")
}

pub const STRENGTHS_SCREEN: &str = "Strengths (at or above target)";
pub const STRENGTHS_SPOKEN: &str = "Strengths, at or above target";
pub const STRENGTHS_HTML: &str = "Strengths";
pub const NO_STRENGTHS: &str = "No answer reaches its target yet.";
pub const NO_STRENGTHS_HTML: &str = "No answered question is at or above its target yet.";

/// Screen, under the item: "Level 3 Established (target 3)".
pub fn strength_screen(level: u8, name: &str, target: u8) -> String {
    format!("Level {level} {name} (target {target})")
}

/// Spoken: "R01 Title: level 3, target 3."
pub fn strength_spoken(id: &str, title: &str, level: u8, target: u8) -> String {
    format!("{id} {title}: level {level}, target {target}.")
}

/// Markdown, after the item's name: ": level 3 Established (target 3)".
pub fn strength_markdown(level: u8, name: Inline, target: u8) -> Text {
    sentence([
        said(format!(": level {level} ")),
        name,
        said(format!(" (target {target})")),
    ])
}

// Resources from the guide.

pub const RESOURCES_FOR_WEAKEST: &str = "Resources from the guide for the weakest areas";

/// Screen: "c. Title (for Area, Area)".
pub fn resource_screen(id: &str, title: &str, areas: &str) -> String {
    format!("{id}. {title} (for {areas})")
}

/// Spoken: "Resource c, Title, for Area: summary".
pub fn resource_spoken(id: &str, title: &str, areas: &str, summary: &str) -> String {
    format!("Resource {id}, {title}, for {areas}: {summary}")
}

/// Markdown: "The weakest areas: Area, Area."
pub fn weakest_areas_markdown(areas: Text) -> Text {
    let mut t = trusted("The weakest areas: ");
    t.extend(areas);
    t.push(said("."));
    t
}

/// HTML: "For the weakest areas: Area (40.0%), Area (55.0%)."
pub fn weakest_areas_html(areas: &str) -> String {
    format!("For the weakest areas: {areas}.")
}

/// Markdown: "**Title** (c, for Area, Area): summary".
pub fn resource_markdown(title: Inline, id: Inline, areas: Text, summary: Inline) -> Text {
    let mut t = vec![title, said(" ("), id, said(", for ")];
    t.extend(areas);
    t.extend([said("): "), summary]);
    t
}

/// HTML, on a line of its own under the resource: "For: Area, Area".
pub fn serves(areas: &str) -> String {
    format!("For: {areas}")
}

// How the scores were computed, and the page footer.

pub const HOW_SCORES_WERE_COMPUTED: &str = "How these scores were computed";

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
    let [low, medium, high] = &m.weights;
    let [largest, band_high, band_medium] = &m.bands;
    let mut lines = vec![
        format!(
            "Each answered question has a gap: its target minus the level reached, never below zero. The target is {} ({}) unless the answer sets its own.",
            m.target, m.target_name
        ),
        format!(
            "Priority = importance weight (low {low}, medium {medium}, high {high}) x {} when the recommendation feeds a key recommendation x ((1 + gap)^2 - 1), so large gaps dominate. Importance comes from the answer, else from the profile rules, else medium.",
            m.key_weight
        ),
        format!(
            "Bands compare a priority with the largest possible, {largest}: high from {band_high}, medium from {band_medium}, low below that."
        ),
        "An area's readiness is the share of its targets reached, weighted by importance: the sum of weight x min(level, target) over the sum of weight x target, over answered questions. Not applicable questions are left out; the range shows every don't-know at level 0 and at its target.".to_string(),
        "Part and overall readiness are the mean of their areas' readiness, so a small area counts as much as a large one.".to_string(),
        "A key recommendation's status is the readiness of the detailed recommendations it draws on.".to_string(),
    ];
    if let Some(n) = m.respondents {
        lines.push(format!(
            "These answers combine those of {n} respondents. Each question takes the median of the levels given (the lower of the two middle levels when their number is even); a question with no level is don't know if anyone said so, else not applicable if anyone marked it so. Importance and target are the lower median of those set, and each profile question takes its most common answer."
        ));
        lines.push(format!(
            "A question on which the levels given spread by {} or more (highest minus lowest) is a disagreement to discuss. Each respondent's readiness is their own answers scored alone.",
            m.spread
        ));
    }
    lines
}

/// The page footer after the fingerprint.
pub fn footer(id: &str, version: &str, date: &str) -> String {
    format!(
        " · questionnaire {id} version {version} · answers dated {date} · made with icso-assess from the guide \u{201c}{GUIDE}\u{201d}."
    )
}
