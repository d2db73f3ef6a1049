//! The one home of the csv crate: every CSV the tool writes (report, aggregate, compare, list) is
//! UTF-8 starting with a byte-order mark, RFC 4180 with CRLF line endings, quoted when needed,
//! and makes its text cells with [`text_cell`], so no cell a spreadsheet opens can run as a
//! formula.

use crate::text;
use std::io::Write;

/// The UTF-8 byte-order mark every CSV starts with. Excel opens a CSV without one in the
/// system's legacy code page (Windows-1252 in Western Europe), so "Société" would read
/// "SociÃ©tÃ©"; with it, Excel and LibreOffice both read UTF-8. Tools that read CSV as data
/// skip it (Python's `utf-8-sig`, R's `fileEncoding = "UTF-8-BOM"`) or see it in the first
/// header name.
pub const BOM: &str = "\u{FEFF}";

/// A CSV writer with the tool's settings, after writing [`BOM`] to `out`. CRLF because RFC 4180
/// says so and Excel on Windows expects it; every reader also takes it.
pub fn writer(out: &mut dyn Write) -> std::io::Result<csv::Writer<&mut dyn Write>> {
    out.write_all(BOM.as_bytes())?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out))
}

/// A CSV writer for a file another tool imports (Asana's, Jira's importer), with the same
/// settings but no byte-order mark: an importer that does not expect one takes it as part of
/// the first column's name, which it then fails to recognise.
pub fn import_writer(out: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out)
}

/// A text cell made safe for a spreadsheet: a leading `'` when it could start a formula (see
/// [`starts_formula`]), and characters that could take over a terminal (other than tab, CR and
/// LF, which CSV quoting carries) replaced by U+FFFD.
pub fn text_cell(s: &str) -> String {
    let clean = text::clean_keeping_cr(s);
    if starts_formula(&clean) {
        format!("'{clean}")
    } else {
        clean.into_owned()
    }
}

/// Whether a spreadsheet could read the cell as a formula: it starts with a tab or a carriage
/// return, or its first character after any white space is `=`, `+`, `-` or `@`. Spreadsheets
/// trim leading white space on import (spaces, tabs, line breaks, and Unicode spaces such as
/// U+00A0 or U+3000 in some of them), so all of Unicode's White_Space counts. The full-width
/// forms U+FF1D `＝`, U+FF0B `＋`, U+FF0D `－` and U+FF20 `＠` count too: East Asian input methods
/// type them, and some spreadsheets turn them into their ASCII forms; an extra `'` before a note
/// that starts with one costs little. Invisible characters were replaced by U+FFFD before, so
/// they cannot hide a formula and start none.
pub fn starts_formula(cell: &str) -> bool {
    cell.starts_with(['\t', '\r'])
        || cell.trim_start().starts_with([
            '=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
        ])
}

/// A CSV writer's error as the I/O error it wraps (a closed pipe, a full disk), which the `From`
/// conversion of the csv crate would hide inside an error of kind `Other`.
pub fn io_error(err: csv::Error) -> std::io::Error {
    if !err.is_io_error() {
        return std::io::Error::other(err);
    }
    match err.into_kind() {
        csv::ErrorKind::Io(io) => io,
        _ => std::io::Error::other("the CSV writer failed"),
    }
}
