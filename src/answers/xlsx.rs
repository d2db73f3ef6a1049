//! What the workbooks the tool writes share (the answers workbook, the XLSForm, the plan's
//! workbook): the same bytes for the same content, the wrapped and heading cell formats, the
//! printed page and a heading row.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// A new workbook titled `title`. Its creation date is fixed (the guide's own date would do as
/// well): the same content gives the same bytes, run to run.
pub fn book(title: impl Into<String>) -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    Ok(book)
}

/// Text wrapped in its cell, from the top: the cells of every sheet.
pub fn wrap() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

/// A heading cell: wrapped, bold, shaded blue and bordered.
pub fn head() -> Format {
    wrap()
        .set_bold()
        .set_background_color(0xD9E2F3)
        .set_border(FormatBorder::Thin)
}

/// A4, landscape, as wide as one page.
pub fn page(sheet: &mut Worksheet) {
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
}

/// Row 0 of `sheet`: each column's title in `format`, and the column as wide as given.
pub fn heading_row<T: AsRef<str>>(
    sheet: &mut Worksheet,
    columns: impl IntoIterator<Item = (T, f64)>,
    format: &Format,
) -> Result<(), XlsxError> {
    for (col, (title, width)) in columns.into_iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, title.as_ref(), format)?;
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}
