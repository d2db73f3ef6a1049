//! The comparison as CSV: one row per compared recommendation, in the guide's order, with the
//! shared rules of `render::csv` (a UTF-8 byte-order mark, CRLF line endings, text cells
//! neutralised against spreadsheet formulas like the report's).

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
        w.write_record(HEADER).map_err(io_error)?;
        for ch in &c.items {
            let (b, a) = (&ch.before, &ch.after);
            let record = [
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
            w.write_record(&record).map_err(io_error)?;
        }
        w.flush()
    }
}
