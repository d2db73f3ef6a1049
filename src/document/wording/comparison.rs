//! The comparison's words (`compare`), section by section in the order it shows them, from
//! `translations/<lang>/comparison.ftl`. Format variants stand together, named as in the
//! report's: "screen" the terminal, "spoken" the screen-reader layout, "page" Markdown and HTML,
//! "html" the page alone.

pub use super::*;
use crate::document::Inline;
use crate::{t, ts};

// The messages of translations/en/comparison.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-comparison.rs"));

// The title and header.

/// Screen: the sides' labels, padded to one width so both lines' facts start in one column.
pub fn before_screen() -> &'static str {
    padded_side(true)
}
pub fn after_screen() -> &'static str {
    padded_side(false)
}
/// Screen: the indent of a side's lines after the first, as wide as its label.
pub fn side_indent() -> &'static str {
    const SPACES: &str = "                                ";
    let width = before_screen().chars().count();
    &SPACES[..width.min(SPACES.len())]
}

/// "Before: " or "After:  ": the label and a space, padded to the longer of the two.
fn padded_side(before: bool) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MADE: OnceLock<Mutex<HashMap<(&'static str, bool), &'static str>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap_or_else(|e| e.into_inner());
    let lang = crate::i18n::current().tag();
    made.entry((lang, before)).or_insert_with(|| {
        let (b, a) = (before_label(), after_label());
        let width = b.chars().count().max(a.chars().count()) + 1;
        let label = if before { b } else { a };
        Box::leak(format!("{label:width$}").into_boxed_str())
    })
}

words! {
    /// The HTML `<title>`: "Progress report: Acme".
    pub fn title(organisations: &str) = t!("cmp-title");

    /// Every format's title: "Progress report: " and the organisation(s).
    pub fn title_text(organisations: Inline) -> Text = t!("cmp-title");
}

/// Both organisations, when the two files name different ones: "Acme / Acme Europe".
pub fn two_organisations(before: &str, after: &str) -> String {
    format!("{before} / {after}")
}

/// An organisation's name in a warning, or that it is not named.
fn named(organisation: &str) -> String {
    if organisation.trim().is_empty() {
        not_named().to_owned()
    } else {
        organisation.to_owned()
    }
}

/// When the two files name different organisations.
pub fn warning_organisations(before: &str, after: &str) -> String {
    t!(
        "cmp-warning-organisations",
        before = named(before),
        after = named(after)
    )
}

words! {
    /// When the after file is dated before the before file.
    pub fn warning_out_of_order(before: &str, after: &str) = t!("cmp-warning-out-of-order");

    /// When the questionnaires differ: what was compared, and what that means for the scores.
    pub fn scope_note(before: &str, after: &str, compared: usize) = t!("cmp-scope-note");
}

/// When the action plan (`--plan`) names another organisation than the files.
pub fn warning_plan_organisation(plan: &str, after: &str) -> String {
    t!(
        "cmp-warning-plan-organisation",
        plan = named(plan),
        after = named(after)
    )
}

words! {
    /// In a side's one-line facts: "questionnaire quick 1.0".
    pub fn questionnaire_in_line(label: &str) = t!("cmp-questionnaire-in-line");
}

/// When a side was assessed, inside a sentence: "on 2025-10-14", or that no date was given.
fn when(date: Option<&str>) -> String {
    date.map_or_else(
        || t!("cmp-no-date"),
        |d| t!("cmp-on-date", date = d.to_owned()),
    )
}

/// The summary's first line, one organisation: "Acme, assessed on 2025-10-14 and again on
/// 2026-10-20."
pub fn assessed(organisation: &str, before: Option<&str>, after: Option<&str>) -> String {
    t!(
        "cmp-assessed",
        organisation = organisation.to_owned(),
        before = when(before),
        after = when(after)
    )
}

/// The same when the files name two organisations.
pub fn assessed_two(
    before_org: &str,
    before: Option<&str>,
    after_org: &str,
    after: Option<&str>,
) -> String {
    t!(
        "cmp-assessed-two",
        before_org = before_org.to_owned(),
        before = when(before),
        after_org = after_org.to_owned(),
        after = when(after)
    )
}

words! {
    /// In the summary when the questionnaires differ: the scope in one sentence.
    pub fn scope_short(compared: usize) = t!("cmp-scope-short");
}

// Readiness moving, one percentage a sentence: the score before and after count as one
// figure (a move from one to the other), the share of the gap closed gets a sentence of its own.

/// Whose readiness moves: the organisation's overall, or an area's (its sentences follow the
/// area's name: "01 Global China strategy: readiness rose …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Overall,
    Area,
}

/// The key the messages select on.
impl crate::i18n::IntoArg for Subject {
    type Arg = &'static str;
    fn into_arg(self) -> &'static str {
        match self {
            Subject::Overall => "overall",
            Subject::Area => "area",
        }
    }
}

words! {
    /// "Overall readiness rose from 30.4% to 55.4%."
    pub fn rose(subject: Subject, before: &str, after: &str) = t!("cmp-rose");
    pub fn fell(subject: Subject, before: &str, after: &str) = t!("cmp-fell");
    pub fn stayed(subject: Subject, score: &str) = t!("cmp-stayed");

    /// One side has no score (nothing on it was answered with a level).
    pub fn scored_before_only(subject: Subject, before: &str) = t!("cmp-scored-before-only");
    pub fn scored_after_only(subject: Subject, after: &str) = t!("cmp-scored-after-only");
    pub fn scored_neither(subject: Subject) = t!("cmp-scored-neither");

    /// After a rise: progress as the share of the remaining gap closed.
    pub fn gap_share_closed(share: &str) = t!("cmp-gap-share-closed");


    /// After a fall: negative progress, said as the gap growing (from 50% to 40%, the gap of 50
    /// points grew to 60, by a fifth).
    pub fn gap_grew(share: &str) = t!("cmp-gap-grew");

    /// Screen reader: the same heading with its count, as a sentence.
    pub fn needs_attention_spoken(count: usize) = t!("cmp-needs-attention-spoken");

    /// Screen and Markdown: "Gaps now identified (2): not rated before, below target now".
    pub fn gaps_identified_label(count: usize) = t!("cmp-gaps-identified-label");
    /// A bold label that runs into the text after it: "Gaps now identified (2):".
    pub fn run_in(label: &str) = t!("cmp-run-in");
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

words! {
    /// Screen reader: the same as a sentence.
    pub fn gaps_identified_spoken(count: usize) = t!("cmp-gaps-identified-spoken");

    /// "3 gaps closed".
    pub fn gaps_closed_count(count: usize) = t!("cmp-gaps-closed-count");
}

/// Screen and Markdown: "Improved (3 gaps closed)".
pub fn improved_label(closed: usize) -> String {
    t!("cmp-improved-label", closed = gaps_closed_count(closed))
}
/// Screen reader: "Improved: 3 gaps closed."
pub fn improved_spoken(closed: usize) -> String {
    t!("cmp-improved-spoken", closed = gaps_closed_count(closed))
}

words! {
    /// After the gaps closed: the other levels that rose.
    pub fn also_moved_up(count: usize) = t!("cmp-also-moved-up");
    /// When no gap was closed but some levels rose.
    pub fn moved_up_only(count: usize) = t!("cmp-moved-up-only");

    /// After the first few of a list: "and 3 more, listed in full below."
    pub fn and_more(count: usize) = t!("cmp-and-more");

    /// The summary's last line: what the rest of the document holds.
    pub fn what_follows(compared: usize, left_out: bool, plan: bool) = t!("cmp-what-follows");
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
    t!(
        "cmp-counts",
        compared = compared,
        new = t!("cmp-count-new-gaps", count = new),
        regressions = t!("cmp-count-other-regressions", count = regressions),
        identified = t!("cmp-count-gaps-identified", count = identified),
        closed = gaps_closed_count(closed),
        improvements = t!("cmp-count-other-improvements", count = improvements)
    )
}

// The areas.

words! {
    /// Screen: the section's heading, with how to read its two bars.
    pub fn areas_screen() = t!("cmp-areas-screen", heading = readiness_by_area());
    pub fn areas_chart_title() = t!("cmp-areas-chart-title", heading = readiness_by_area());

    /// Spoken: one area, its name and then its sentences ("readiness rose from …").
    pub fn area_spoken(area: &str, sentences: &str) = t!("cmp-area-spoken");

    /// HTML: under the areas table.
    pub fn progress_legend_html() = t!("cmp-progress-legend-html", dash = DASH);
}

/// Joins the rows of a chart's description, each a sentence.
pub const DESC_JOIN: &str = " ";

// Recommendations compared.

words! {
    /// Screen: "Levels: 0 Not started · …." when both sides share a scale.
    pub fn levels(scale: &str) = t!("cmp-levels");

    /// Screen: the scale before, when the sides' scales differ.
    pub fn levels_before(scale: &str) = t!("cmp-levels-before");

    /// Screen: the scale after, the same.
    pub fn levels_after(scale: &str) = t!("cmp-levels-after");
}

/// Spoken: "R01 Title: before 1 Ad hoc, after 3 Established, change +2."
pub fn item_spoken(
    id: &str,
    title: &str,
    before: &str,
    after: &str,
    change: Option<&str>,
) -> String {
    match change {
        Some(change) => item_changed(id, title, before, after, change),
        None => item_unchanged(id, title, before, after),
    }
}

words! {
    fn item_changed(id: &str, title: &str, before: &str, after: &str, change: &str)
        = t!("cmp-item-spoken");
    fn item_unchanged(id: &str, title: &str, before: &str, after: &str)
        = t!("cmp-item-spoken-no-change");

    /// HTML: under the recommendations table.
    pub fn items_legend_html(scale: &str) = t!("cmp-items-legend-html");

    /// Spoken: a recommendation in a list, and what is said of it: "R01 Title: from 1 to 3."
    pub fn named_spoken(id: &str, title: &str, text: &str) = t!("cmp-named-spoken");

    /// The same without the full stop (for a reason someone wrote, which may end a sentence).
    pub fn named_colon(id: &str, title: &str, text: &str) = t!("cmp-named-colon");
}

/// "target 3", or "target 2 then 3" when the target moved.
pub fn target(before: u8, after: u8) -> String {
    if before == after {
        target_same(after)
    } else {
        target_moved(before, after)
    }
}

words! {
    fn target_same(target: u8) = t!("cmp-target");
    fn target_moved(before: u8, after: u8) = t!("cmp-target-moved");

    /// Spoken: "from 1 Ad hoc to 3 Established, target 3": no arrows, which screen readers spell
    /// out.
    pub fn from_to_spoken(before: &str, after: &str, target: &str) = t!("cmp-from-to-spoken");

    /// In brackets after a recommendation: its levels, then why it is listed: "1 -> 3, target 3;
    /// action not started".
    pub fn levels_and_why(levels: &str, why: &str) = t!("cmp-levels-and-why");
}

/// A phase as a reader sees it, capitalised to start a line: "First 90 days".
pub fn phase(p: crate::plan::Phase) -> &'static str {
    use crate::plan::Phase;
    match p {
        Phase::First90Days => ts!("cmp-phase-first-90-days"),
        Phase::ThreeToSixMonths => ts!("cmp-phase-three-to-six-months"),
        Phase::SixToTwelveMonths => ts!("cmp-phase-six-to-twelve-months"),
    }
}

/// A phase inside a sentence or a table cell: "first 90 days".
pub fn phase_word(p: crate::plan::Phase) -> &'static str {
    use crate::plan::Phase;
    match p {
        Phase::First90Days => ts!("cmp-phase-word-first-90-days"),
        Phase::ThreeToSixMonths => ts!("cmp-phase-word-three-to-six-months"),
        Phase::SixToTwelveMonths => ts!("cmp-phase-word-six-to-twelve-months"),
    }
}

/// An action's status as a reader sees it.
pub fn action_status(s: crate::plan::Status) -> &'static str {
    use crate::plan::Status;
    match s {
        Status::NotStarted => ts!("cmp-status-not-started"),
        Status::InProgress => ts!("cmp-status-in-progress"),
        Status::Done => ts!("cmp-status-done"),
        Status::Dropped => ts!("cmp-status-dropped"),
    }
}

/// Where an action's level went, against its target.
pub fn toward(t: crate::analysis::compare::Toward) -> &'static str {
    use crate::analysis::compare::Toward;
    match t {
        Toward::ReachedTarget => ts!("cmp-toward-reached-target"),
        Toward::MovedUp => ts!("cmp-toward-moved-up"),
        Toward::NoChange => ts!("cmp-toward-no-change"),
        Toward::MovedDown => ts!("cmp-toward-moved-down"),
        Toward::NotRated => ts!("cmp-toward-not-rated"),
        Toward::NotAsked => ts!("cmp-toward-not-asked"),
    }
}

/// The section's first line: "The plan has 13 actions, drafted from the assessment of
/// 2025-10-14."
pub fn plan_intro(actions: usize, assessed: Option<&str>) -> String {
    match assessed {
        Some(date) => plan_intro_dated(actions, date),
        None => plan_intro_undated(actions),
    }
}

words! {
    fn plan_intro_dated(actions: usize, date: &str) = t!("cmp-plan-intro-dated");
    fn plan_intro_undated(actions: usize) = t!("cmp-plan-intro");
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
        t!("cmp-share-none", label = label.to_owned())
    } else {
        t!(
            "cmp-share-done",
            label = label.to_owned(),
            done = done,
            planned = planned
        )
    };
    if in_progress > 0 {
        s.push_str(&t!("cmp-share-in-progress", count = in_progress));
    }
    if dropped > 0 {
        s.push_str(&t!("cmp-share-dropped", count = dropped));
    }
    s
}

words! {
    /// The summary's line on the plan.
    pub fn plan_summary(done: usize, planned: usize, not_moved: usize, unplanned: usize)
        = t!("cmp-plan-summary");



    /// "action not started", "action dropped".
    pub fn action_was(status: &str) = t!("cmp-action-was");

    /// A dropped action's reason, after its name.
    pub fn because(reason: &str) = t!("cmp-because");


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
    ) = t!("cmp-action-spoken");

    /// Spoken, for an action whose recommendation was not compared.
    pub fn action_spoken_not_asked(id: &str, title: &str, phase: &str, status: &str, target: u8)
        = t!("cmp-action-spoken-not-asked");
}

/// "Asked only before (full 1.0), so left out: 32 recommendations"; `before` tells which side.
pub fn left_out_heading(before: bool, questionnaire: &str, n: usize) -> String {
    t!(
        "cmp-left-out-heading",
        side = if before { "before" } else { "after" },
        questionnaire = questionnaire.to_owned(),
        count = n
    )
}

words! {
    /// Spoken: the heading above and the ids: "Asked only before (…), so left out: 2
    /// recommendations: R01, R02."
    pub fn left_out_spoken(heading: &str, ids: &str) = t!("cmp-left-out-spoken");
}

/// "How this comparison was computed", one point a line.
pub fn method() -> [&'static str; 6] {
    [
        ts!("cmp-method-1"),
        ts!("cmp-method-2"),
        ts!("cmp-method-3"),
        ts!("cmp-method-4"),
        ts!("cmp-method-5"),
        ts!("cmp-method-6"),
    ]
}

words! {
    /// The page footer after the fingerprint.
    pub fn footer() = t!("cmp-footer", tool = "icso-assess compare");
}
