//! `plan export`: the plan for another tool. A generic CSV of every field ([`super::csv`]), the
//! columns Asana's and Jira's CSV importers map by name, and an iCalendar file of due dates
//! ([`super::ics`]). The columns and the sources they follow are in docs/plan.md.

use super::{Action, Plan};
use crate::catalogue::Catalogue;
use crate::document::wording::plan as w;
use crate::render::csv::{import_writer, io_error, text_cell};
use std::io::Write;

/// What `plan export --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Asana,
    Jira,
    Ics,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Asana, Format::Jira, Format::Ics];

    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Asana => "asana",
            Format::Jira => "jira",
            Format::Ics => "ics",
        }
    }

    /// What `-o` names in the message after writing: "the Asana CSV".
    pub fn what(self) -> &'static str {
        match self {
            Format::Csv => "CSV of the plan",
            Format::Asana => "CSV for Asana's importer",
            Format::Jira => "CSV for Jira's importer",
            Format::Ics => "iCalendar file of the due dates",
        }
    }
}

/// Asana's CSV importer's columns, in the order its help centre gives them.
pub const ASANA_HEADER: [&str; 5] = ["Name", "Description", "Section", "Assignee", "Due Date"];

/// Jira's CSV importer's columns: `Labels` three times, one label each, as its importer takes
/// several values of a field.
pub const JIRA_HEADER: [&str; 7] = [
    "Summary",
    "Description",
    "Assignee",
    "Due date",
    "Labels",
    "Labels",
    "Labels",
];

/// The label every Jira issue from a plan has.
pub const JIRA_LABEL: &str = "icso-assess";

/// The recommendation's title as the catalogue has it now, else as the plan wrote it.
pub fn title<'a>(cat: &'a Catalogue, a: &'a Action) -> &'a str {
    cat.recommendation(&a.recommendation)
        .map_or(a.title.as_str(), |r| r.title.as_str())
}

/// The words of the Asana and Jira CSVs' cells. A CSV is data, the same in every language of the
/// interface (the calendar's events, read in a person's calendar, are in their language: see
/// [`super::ics`]); these keep the English of the plan's document.
pub mod english {
    use crate::plan::Phase;

    pub const FIRST_TASK_LABEL: &str = "First task: ";
    pub const STATUS_LABEL: &str = "Status: ";
    pub const NOTES_LABEL: &str = "Notes: ";
    pub const REASON_LABEL: &str = "Why dropped: ";

    /// A phase as an Asana section.
    pub fn phase_name(phase: Phase) -> &'static str {
        match phase {
            Phase::First90Days => "First 90 days",
            Phase::ThreeToSixMonths => "3-6 months",
            Phase::SixToTwelveMonths => "6-12 months and later",
        }
    }

    /// The recommendation's line in a description.
    pub fn recommendation(id: &str, title: &str) -> String {
        format!("Recommendation {id} of the guide: {title}")
    }
}

/// The reason an action was dropped and its notes, as lines of a description, when there are,
/// after the labels given (`reason`, `notes`).
pub fn details(a: &Action, (reason, notes): (&str, &str), lines: &mut Vec<String>) {
    if let Some(r) = crate::document::note(Some(&a.reason)) {
        lines.push(format!("{reason}{r}"));
    }
    if let Some(n) = crate::document::note(Some(&a.notes)) {
        lines.push(format!("{notes}{n}"));
    }
}

/// A task's description in Asana and Jira: the first task, the status when it is not "not
/// started", notes, then the recommendation with its id; in English.
fn description(cat: &Catalogue, a: &Action) -> String {
    let mut lines = vec![format!(
        "{}{}",
        english::FIRST_TASK_LABEL,
        a.first_task.trim()
    )];
    if a.status != super::Status::NotStarted {
        lines.push(format!("{}{}", english::STATUS_LABEL, a.status.as_str()));
    }
    details(a, (english::REASON_LABEL, english::NOTES_LABEL), &mut lines);
    lines.push(english::recommendation(&a.recommendation, title(cat, a)));
    lines.join("\n")
}

/// Asana's CSV: a task per action, its section the phase, its due date as the importer reads
/// dates (month/day/year).
pub fn asana(plan: &Plan, cat: &Catalogue, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rows = import_writer(out);
    rows.write_record(ASANA_HEADER).map_err(io_error)?;
    for a in &plan.actions {
        let due = a.due.map_or_else(String::new, |d| {
            format!("{:02}/{:02}/{:04}", d.month(), d.day(), d.year())
        });
        rows.write_record([
            text_cell(&w::export_name(&a.recommendation, title(cat, a))),
            text_cell(&description(cat, a)),
            text_cell(english::phase_name(a.phase)),
            text_cell(a.owner.trim()),
            due,
        ])
        .map_err(io_error)?;
    }
    rows.flush()
}

/// Jira's CSV: an issue per action, labelled `icso-assess`, with its phase and its
/// recommendation (labels have no spaces), its due date as `YYYY-MM-DD`.
pub fn jira(plan: &Plan, cat: &Catalogue, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rows = import_writer(out);
    rows.write_record(JIRA_HEADER).map_err(io_error)?;
    for a in &plan.actions {
        let id: String = a
            .recommendation
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        rows.write_record([
            text_cell(&w::export_name(&a.recommendation, title(cat, a))),
            text_cell(&description(cat, a)),
            text_cell(a.owner.trim()),
            a.due.map(|d| d.to_string()).unwrap_or_default(),
            JIRA_LABEL.to_string(),
            a.phase.slug().to_string(),
            text_cell(&id),
        ])
        .map_err(io_error)?;
    }
    rows.flush()
}

/// Write the plan in `format`.
pub fn write(
    format: Format,
    plan: &Plan,
    cat: &Catalogue,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Csv => super::csv::write(plan, out),
        Format::Asana => asana(plan, cat, out),
        Format::Jira => jira(plan, cat, out),
        Format::Ics => super::ics::write(plan, cat, out),
    }
}
