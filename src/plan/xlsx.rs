//! The plan as a workbook (`plan show --format xlsx`): one sheet, one row per action, phase by
//! phase in the plan's order, with a frozen, filterable header row, due and closed dates as real dates, and
//! the same bytes for the same plan and day (a fixed creation date). Cells are written as text,
//! never as formulas, whatever they start with, and cleaned of the characters XML forbids.

use super::view::View;
use crate::answers::xlsx;
use crate::document::wording::plan as w;
use crate::text::clean;
use rust_xlsxwriter::{ExcelDateTime, XlsxError};

/// The workbook's bytes.
pub fn workbook(v: &View) -> Result<Vec<u8>, XlsxError> {
    let mut book = xlsx::book(clean(&w::title(v.plan.organisation.trim())))?;
    let wrap = xlsx::wrap();
    let day = wrap.clone().set_num_format("yyyy-mm-dd");
    let late = wrap.clone().set_bold().set_font_color(0xA4262C);
    let sheet = book.add_worksheet().set_name(w::sheet())?;
    let columns: [(&str, f64); 13] = [
        (w::phase(), 16.0),
        (w::id(), 7.0),
        (w::recommendation(), 36.0),
        (w::first_task(), 60.0),
        (w::owner(), 18.0),
        (w::due(), 12.0),
        (w::status(), 12.0),
        (w::overdue_column(), 10.0),
        (w::closed_column(), 12.0),
        (w::level(), 7.0),
        (w::target_label(), 7.0),
        (w::reason_column(), 30.0),
        (w::notes_column(), 40.0),
    ];
    xlsx::heading_row(sheet, columns, &xlsx::head())?;
    let date = |d: jiff::civil::Date| {
        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
    };
    let mut row = 0u32;
    for p in super::Phase::ALL {
        for a in v.actions_in(p) {
            row += 1;
            sheet.write_string_with_format(row, 0, w::phase_name(p), &wrap)?;
            sheet.write_string_with_format(row, 1, clean(&a.recommendation), &wrap)?;
            sheet.write_string_with_format(row, 2, clean(v.title(a)), &wrap)?;
            sheet.write_string_with_format(row, 3, clean(&a.first_task), &wrap)?;
            sheet.write_string_with_format(row, 4, clean(&a.owner), &wrap)?;
            if let Some(d) = a.due {
                sheet.write_datetime_with_format(row, 5, date(d)?, &day)?;
            }
            sheet.write_string_with_format(row, 6, w::status_word(a.status), &wrap)?;
            if v.overdue(a) {
                sheet.write_string_with_format(row, 7, w::overdue(), &late)?;
            }
            if let Some(d) = a.closed {
                sheet.write_datetime_with_format(row, 8, date(d)?, &day)?;
            }
            sheet.write_number_with_format(row, 9, f64::from(a.level), &wrap)?;
            sheet.write_number_with_format(row, 10, f64::from(a.target), &wrap)?;
            sheet.write_string_with_format(row, 11, clean(&a.reason), &wrap)?;
            sheet.write_string_with_format(row, 12, clean(&a.notes), &wrap)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row.max(1), columns.len() as u16 - 1)?;
    xlsx::page(sheet);
    book.save_to_buffer()
}
