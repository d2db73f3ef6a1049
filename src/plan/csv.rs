//! The plan as CSV, every field of the file a column and every action a row (`plan export
//! --format csv`), with `overdue` added by `plan show --format csv`; the shared rules of
//! `render::csv` (a UTF-8 byte-order mark, CRLF line endings, cells neutralised against
//! spreadsheet formulas). The header is documented in docs/plan.md: other tools read it.

use super::load::FIELDS;
use super::view::View;
use super::{Action, Plan};
use crate::render::csv::{io_error, text_cell};
use std::io::Write;

/// The plan's settings, repeated on every row before the action's fields.
const SETTINGS: [&str; 3] = ["organisation", "questionnaire", "assessed"];

/// The columns of `plan export --format csv`, fixed: the plan's settings on every row, then
/// the action's fields as the plan file names them ([`FIELDS`], in its order).
pub const HEADER: [&str; SETTINGS.len() + FIELDS.len()] = {
    let mut header = [""; SETTINGS.len() + FIELDS.len()];
    let mut i = 0;
    while i < header.len() {
        header[i] = if i < SETTINGS.len() {
            SETTINGS[i]
        } else {
            FIELDS[i - SETTINGS.len()]
        };
        i += 1;
    }
    header
};

/// The column `plan show --format csv` adds after [`HEADER`]: `yes` for an open action due
/// before `--today`, else `no`.
pub const OVERDUE: &str = "overdue";

fn date(d: Option<jiff::civil::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// One action's cells, as [`HEADER`] names them.
fn record(plan: &Plan, a: &Action) -> Vec<String> {
    vec![
        text_cell(&plan.organisation),
        text_cell(&plan.questionnaire),
        date(plan.assessed),
        text_cell(&a.recommendation),
        text_cell(&a.title),
        a.phase.as_str().to_string(),
        a.level.to_string(),
        a.target.to_string(),
        text_cell(&a.first_task),
        text_cell(&a.owner),
        date(a.due),
        a.status.as_str().to_string(),
        text_cell(&a.reason),
        text_cell(&a.notes),
        date(a.closed),
    ]
}

/// Every field of every action (`plan export --format csv`).
pub fn write(plan: &Plan, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = crate::render::csv::writer(out)?;
    w.write_record(HEADER).map_err(io_error)?;
    for a in &plan.actions {
        w.write_record(record(plan, a)).map_err(io_error)?;
    }
    w.flush()
}

/// The same with whether each action is overdue on the view's day (`plan show --format csv`).
pub fn write_view(v: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = crate::render::csv::writer(out)?;
    let mut header = HEADER.to_vec();
    header.push(OVERDUE);
    w.write_record(&header).map_err(io_error)?;
    for a in &v.plan.actions {
        let mut r = record(v.plan, a);
        r.push(if v.overdue(a) { "yes" } else { "no" }.to_string());
        w.write_record(&r).map_err(io_error)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    /// The header as other tools see it, written out: [`super::HEADER`] is built from the plan
    /// file's fields, so a field added to the file shows here, to be documented in docs/plan.md.
    #[test]
    fn the_header_is_the_settings_then_the_plan_files_fields() {
        assert_eq!(
            super::HEADER.join(","),
            "organisation,questionnaire,assessed,recommendation,title,phase,level,target,first_task,owner,due,status,reason,notes,closed"
        );
        assert_eq!(super::HEADER[3..], crate::plan::load::FIELDS);
    }
}
