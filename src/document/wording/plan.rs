//! The action plan's words (`plan show`, and the text `plan export` puts in a calendar), in the
//! order the plan shows them, as messages of `translations/<lang>/plan.ftl`. As in the report's:
//! "screen" the terminal, "spoken" the screen-reader layout, "page" Markdown and HTML. The CSVs
//! for Asana and Jira keep English words whatever the language (see `plan::export`).

pub use super::*;
use crate::document::Inline;
use crate::plan::view::Counts;
use crate::plan::{Phase, Status};
use crate::{t, ts};

// The messages of translations/en/plan.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-plan.rs"));

// The title and header.

words! {
    /// The HTML `<title>` and the calendar's name: "Action plan: Acme".
    pub fn title(organisation: &str) = t!("plan-title");

    /// Every text format's title: "Action plan: " and the organisation.
    pub fn title_text(organisation: Inline) -> Text = t!("plan-title");
}

// Phases and statuses as a reader sees them.

/// A phase's name: its heading and the label of its row.
pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::First90Days => ts!("plan-phase-first-90-days"),
        Phase::ThreeToSixMonths => ts!("plan-phase-3-6-months"),
        Phase::SixToTwelveMonths => ts!("plan-phase-6-12-months"),
    }
}

/// A status as a cell shows it.
pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::NotStarted => ts!("plan-status-not-started"),
        Status::InProgress => ts!("plan-status-in-progress"),
        Status::Done => ts!("plan-status-done"),
        Status::Dropped => ts!("plan-status-dropped"),
    }
}

words! {
    /// Under an action's status when a later assessment found its gap closed.
    pub fn gap_closed(date: &str) = t!("plan-gap-closed");
}

/// "13 actions: 2 done, 1 in progress, 9 not started, 1 dropped."
pub fn counts_sentence(c: &Counts) -> String {
    if c.actions == 0 {
        return no_actions().to_string();
    }
    t!(
        "plan-counts",
        actions = c.actions,
        done = c.of(Status::Done),
        in_progress = c.of(Status::InProgress),
        not_started = c.of(Status::NotStarted),
        dropped = c.of(Status::Dropped),
    )
}

words! {
    /// "1 action", "13 actions".
    pub fn actions(count: usize) = t!("plan-actions");


    /// What is late on the day the plan is seen on.
    pub fn overdue_sentence(count: usize, today: &str) = t!("plan-overdue-sentence");
}

/// How many gaps a later assessment found closed; `None` when none.
pub fn closed_sentence(n: usize) -> Option<String> {
    (n > 0).then(|| t!("plan-closed-sentence", count = n))
}

/// Spoken: "First 90 days: 7 actions: 1 done, ... 2 overdue."
pub fn phase_spoken(phase: &str, c: &Counts) -> String {
    if c.actions == 0 {
        return t!("plan-phase-spoken-empty", phase = phase.to_owned());
    }
    t!(
        "plan-phase-spoken",
        phase = phase.to_owned(),
        counts = counts_sentence(c),
        overdue = c.overdue,
    )
}

// Each phase.

/// "First 90 days (7)".
pub fn phase_heading(phase: Phase, n: usize) -> String {
    with_count(phase_name(phase), n)
}

/// Spoken: "First 90 days, 7".
pub fn phase_heading_spoken(phase: Phase, n: usize) -> String {
    with_count_spoken(phase_name(phase), n)
}

/// Under a phase's heading, when the plan has its assessment's date.
pub fn phase_window(phase: Phase, from: &str, to: &str) -> String {
    let (from, to) = (from.to_owned(), to.to_owned());
    match phase {
        Phase::First90Days => t!("plan-window-first-90-days", from = from, to = to),
        Phase::ThreeToSixMonths => t!("plan-window-3-6-months", from = from, to = to),
        Phase::SixToTwelveMonths => t!("plan-window-6-12-months", from = from, to = to),
    }
}

words! {
    // The tables' columns.


    /// Spoken: one action in a sentence.
    pub fn action_spoken(id: &str, title: &str, owner: &str, due: &str, status: &str, task: &str)
        = t!("plan-action-spoken");

    // The timeline chart (HTML page and Word document).


    /// What a screen reader reads as the chart's name.
    pub fn timeline_title(today: &str) = t!("plan-timeline-title");
}

/// One phase in the chart's description, read aloud.
pub fn timeline_desc(phase: &str, window: &str, counts: &str) -> String {
    if window.is_empty() {
        timeline_desc_undated(phase, counts)
    } else {
        timeline_desc_dated(phase, window, counts)
    }
}

words! {
    fn timeline_desc_undated(phase: &str, counts: &str) = t!("plan-timeline-desc-undated");
    fn timeline_desc_dated(phase: &str, window: &str, counts: &str) = t!("plan-timeline-desc");


    /// A phase's dates in the chart: "2025-10-14 to 2026-01-12".
    pub fn window_short(from: &str, to: &str) = t!("plan-window-short");

    /// The line across the chart at the day the plan is seen on.
    pub fn today_mark(today: &str) = t!("plan-today-mark");


    /// A part of a phase's bar counted: "2 done", "1 overdue".
    pub fn bar_done(count: usize) = t!("plan-bar-done");
    pub fn bar_in_progress(count: usize) = t!("plan-bar-in-progress");
    pub fn bar_not_started(count: usize) = t!("plan-bar-not-started");
    pub fn bar_overdue(count: usize) = t!("plan-bar-overdue");
    pub fn bar_dropped(count: usize) = t!("plan-bar-dropped");
}

/// A phase's bar in words, after it: "7 actions · 2 done · 1 overdue".
pub fn lane_shown(c: &Counts) -> String {
    let mut parts = vec![actions(c.actions)];
    for (n, counted) in [
        (c.done, bar_done as fn(usize) -> String),
        (c.in_progress, bar_in_progress),
        (c.overdue, bar_overdue),
        (c.dropped, bar_dropped),
    ] {
        if n > 0 {
            parts.push(counted(n));
        }
    }
    parts.join(" · ")
}

// The workbook (`plan show --format xlsx`): its sheet and the columns not named above.

/// The sheet's name, without the characters a sheet's name may not have (`[]:*?/\`, which the
/// pseudo-locale's brackets are) and within its 31 characters.
pub fn sheet() -> String {
    let name: String = ts!("plan-sheet-name")
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let name = name.trim().trim_matches('\'').to_string();
    if name.is_empty() {
        "Plan".to_string()
    } else {
        name
    }
}

// A calendar's events (`plan export --format ics`).

/// An action's name in a task list or calendar: "R06 Appoint a Global China coordinator".
pub fn export_name(id: &str, title: &str) -> String {
    format!("{id} {title}")
}

words! {
    /// The recommendation's line in a description.
    pub fn export_recommendation(id: &str, title: &str) = t!("plan-export-recommendation");


    /// The page footer after the catalogue's fingerprint.
    pub fn footer(questionnaire: &str, assessed: &str) = t!("plan-footer", guide = GUIDE);
}

// The plan file's comments (`plan -o plan.toml`): for people, so in their language; the keys
// and values stay as `plan::load` reads them.

/// The file's opening comment, every line a TOML comment. `statuses` and `phases` are the
/// values the file takes, quoted.
pub fn file_header(organisation: &str, statuses: &str, phases: &str) -> String {
    let title = if organisation.is_empty() {
        t!("plan-file-title")
    } else {
        t!("plan-file-title-of", organisation = organisation.to_owned())
    };
    let help = t!(
        "plan-file-help",
        statuses = statuses.to_owned(),
        phases = phases.to_owned()
    );
    comment_lines(&format!("{title}\n{help}"))
}

/// After the file's `assessed` date, on its line.
pub fn file_assessed() -> String {
    one_line_comment(&t!("plan-file-assessed-text"))
}

/// `text` as TOML comments, one per line, whatever a translation wrote: a line that does not
/// start with `#` gets one, so the file always reads back.
fn comment_lines(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// `text` as a comment at the end of a line: "# the day…", kept on that line.
fn one_line_comment(text: &str) -> String {
    let text = text.trim_start_matches('#').trim_start();
    format!("# {}", text.replace(['\r', '\n'], " "))
}

#[cfg(test)]
mod tests {
    use super::super::{slot, slotted};
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn styled_parts_stand_where_the_language_puts_them() {
        let text = slotted(
            format!("{} avant {}, après", slot(1), slot(0)),
            vec![vec![Inline::Code("a".into())], vec![Inline::Strong(vec![])]],
        );
        assert!(matches!(
            text.as_slice(),
            [Inline::Strong(_), Inline::Trusted(x), Inline::Code(_), Inline::Trusted(y)]
                if x == " avant " && y == ", après"
        ));
        let fr = Lang::find("fr").unwrap();
        let title = with_lang(fr, || title_text(Inline::Text("Acme".into())));
        assert_eq!(
            crate::document::plain(&title),
            "Plan d\u{2019}action\u{a0}: Acme"
        );
    }

    #[test]
    fn every_language_names_the_sheet_as_a_workbook_allows() {
        for lang in Lang::all().chain(Lang::find("en-XA")) {
            let name = with_lang(lang, sheet);
            assert!(!name.is_empty() && name.chars().count() <= 31, "{name}");
            assert!(
                !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                "{name}"
            );
        }
    }

    #[test]
    fn the_plan_files_comments_are_comments_in_every_language() {
        for lang in Lang::all().chain(Lang::find("en-XA")) {
            let header = with_lang(lang, || file_header("Acme", "\"done\"", "\"3-6 months\""));
            assert!(header.lines().all(|l| l.starts_with('#')), "{header}");
            assert!(
                header.contains("\"done\"") && header.contains("Acme"),
                "{header}"
            );
            let after = with_lang(lang, file_assessed);
            assert!(after.starts_with("# ") && !after.contains('\n'), "{after}");
        }
    }
}
