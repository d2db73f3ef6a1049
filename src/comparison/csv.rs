//! The comparison as CSV: one row per compared recommendation, in the guide's order, with the
//! shared rules of `render::csv` (a UTF-8 byte-order mark, CRLF line endings, text cells
//! neutralised against spreadsheet formulas like the report's). With `--plan`, [`PLAN_HEADER`]'s
//! columns follow on every row; without it the file is as it always was.

use crate::analysis::compare::Comparison;
use crate::analysis::scoring::{Item, Status};
use crate::render::csv::{io_error, text_cell};
use crate::report::csv::{note, status};
use std::io::Write;

/// The header row, fixed: other tools read these names.
/// The five yes/no columns follow the lists: at most one of them is `yes` on a row.
pub const HEADER: [&str; 21] = [
    "id",
    "number",
    "title",
    "area",
    "part",
    "status_before",
    "level_before",
    "target_before",
    "gap_before",
    "status_after",
    "level_after",
    "target_after",
    "gap_after",
    "change",
    "gap_closed",
    "new_gap",
    "gap_identified",
    "improved",
    "regressed",
    "note_before",
    "note_after",
];

/// The columns `--plan` adds after [`HEADER`]: the first action naming the row's
/// recommendation (blank when none does), where its level went, and the two flags.
pub const PLAN_HEADER: [&str; 9] = [
    "action_phase",
    "action_status",
    "action_owner",
    "action_due",
    "action_target",
    "action_reason",
    "toward_target",
    "done_not_moved",
    "moved_without_action",
];

/// Level and gap, blank unless answered with a level.
fn answered(i: &Item, v: Option<u8>) -> String {
    match (i.status, v) {
        (Status::Answered, Some(v)) => v.to_string(),
        _ => String::new(),
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Write the comparison as CSV.
pub fn write(c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
    {
        let mut w = crate::render::csv::writer(out)?;
        let mut header: Vec<&str> = HEADER.to_vec();
        if c.plan.is_some() {
            header.extend(PLAN_HEADER);
        }
        w.write_record(&header).map_err(io_error)?;
        for ch in &c.items {
            let (b, a) = (&ch.before, &ch.after);
            let mut record = vec![
                text_cell(&ch.recommendation),
                ch.number.to_string(),
                text_cell(c.title(&ch.recommendation)),
                text_cell(&ch.area),
                text_cell(&ch.part),
                status(b.status).to_string(),
                answered(b, b.level),
                b.target.to_string(),
                answered(b, b.gap),
                status(a.status).to_string(),
                answered(a, a.level),
                a.target.to_string(),
                answered(a, a.gap),
                // A number, written without a `+` so spreadsheets read it as one.
                ch.change().map_or(String::new(), |d| d.to_string()),
                yes(ch.gap_closed()).to_string(),
                yes(ch.new_gap()).to_string(),
                yes(ch.gap_identified()).to_string(),
                yes(ch.improved()).to_string(),
                yes(ch.regressed()).to_string(),
                text_cell(&note(b)),
                text_cell(&note(a)),
            ];
            if let Some(f) = &c.plan {
                let followed = f.action(&ch.recommendation);
                let action = followed.map(|x| x.action);
                let text = |v: Option<&str>| text_cell(v.unwrap_or(""));
                let unplanned = f
                    .unplanned
                    .iter()
                    .any(|u| u.change.recommendation == ch.recommendation);
                record.extend([
                    text(action.map(|x| x.phase.as_str())),
                    text(action.map(|x| x.status.as_str())),
                    text(action.map(|x| x.owner.as_str())),
                    action
                        .and_then(|x| x.due)
                        .map_or(String::new(), |d| d.to_string()),
                    action.map_or(String::new(), |x| x.target.to_string()),
                    text(action.map(|x| x.reason.as_str())),
                    text(followed.map(|x| super::json::toward_name(x.toward))),
                    yes(followed.is_some_and(|x| x.done_not_moved())).to_string(),
                    yes(unplanned).to_string(),
                ]);
            }
            w.write_record(&record).map_err(io_error)?;
        }
        w.flush()
    }
}
