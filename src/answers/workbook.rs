//! The answers as a workbook to fill in (Excel, LibreOffice, Google Sheets): [`template`] writes a
//! blank one with rust_xlsxwriter, [`parse`] reads a filled one with calamine. A filled workbook
//! is turned into the text of an answers file, one value per line, and checked by the same
//! checker as any answers file; each finding's line is then named by its sheet and cell.
//!
//! Ours are recognised by what people and other programs keep: the sheet names, the header cells
//! and the hidden `About` sheet's values, never by parts that a re-save would drop.

use super::model::{Answers, FORMAT_VERSION, State};
use super::save::quoted;
use crate::catalogue::Data;
use crate::diagnostics::{Code, Finding};
use crate::questionnaire::{Importance, Questionnaire};
use calamine::{Data as Cell, Reader, Xlsx};
use rust_xlsxwriter::{
    ConditionalFormatFormula, DataValidation, DocProperties, ExcelDateTime, Format, FormatBorder,
    Workbook, Worksheet, XlsxError,
};
use std::collections::BTreeMap;
use std::io::{Cursor, Read as _};

pub const INSTRUCTIONS: &str = "Instructions";
pub const PROFILE: &str = "Profile";
pub const QUESTIONS: &str = "Questions";
pub const ABOUT: &str = "About";

/// The words of the level drop-down beyond the numbers, and what they mean in an answers file.
const NOT_APPLICABLE: &str = "not applicable";
const DONT_KNOW: &str = "don't know";

/// The Questions sheet's columns, in order. The first four identify the row and are locked.
const HEADERS: [&str; 16] = [
    "Question",
    "Area",
    "Recommendation",
    "Title",
    "What we ask",
    "Level 0 means",
    "Level 1 means",
    "Level 2 means",
    "Level 3 means",
    "Level 4 means",
    "Your level",
    "Reason (required if not applicable)",
    "Importance (optional)",
    "Target level (optional)",
    "Note (optional)",
    "Evidence (optional, one per line)",
];
const COL_ID: u16 = 0;
const COL_LEVEL: u16 = 10;
const COL_REASON: u16 = 11;
const COL_IMPORTANCE: u16 = 12;
const COL_TARGET: u16 = 13;
const COL_NOTE: u16 = 14;
/// Added after the first workbooks were sent out: a workbook without it still reads.
const COL_EVIDENCE: u16 = 15;

/// The Profile sheet's rows before the profile questions: key, label.
const SETTINGS: [(&str, &str); 3] = [
    ("organisation", "Your organisation's name"),
    ("respondent", "Who answers: a person, a team or an office"),
    ("date", "The day of these answers, as YYYY-MM-DD"),
];

/// The largest workbook read, and the most rows and columns looked at: a filled full
/// questionnaire is about 30 KB and 50 rows.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
const MAX_ROWS: u32 = 2000;
const MAX_COLS: u32 = 40;

/// Column letters for messages: 0 -> A, 26 -> AA.
fn column_name(mut col: u32) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", column_name(col), row + 1)
}

/// A blank workbook for `q`: identical bytes for identical data (a fixed creation date).
/// With `filled`, its answers are written into the yellow cells (for `convert`).
pub fn template(
    data: &Data,
    q: &Questionnaire,
    filled: Option<&Answers>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The guide's own date would do as well; a fixed date keeps the bytes the same run to run.
    let when = ExcelDateTime::from_ymd(2024, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("icso-assess answers: {}", q.title))
            .set_creation_datetime(&when),
    );
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let head = wrap
        .clone()
        .set_bold()
        .set_background_color(0xD9E2F3)
        .set_border(FormatBorder::Thin);
    let open = wrap
        .clone()
        .set_unlocked()
        .set_background_color(0xFFF2CC)
        .set_border(FormatBorder::Thin);

    instructions(book.add_worksheet(), q, &wrap, &head)?;
    profile(book.add_worksheet(), q, filled, &wrap, &head, &open)?;
    questions(book.add_worksheet(), data, q, filled, &wrap, &head, &open)?;
    let about = book.add_worksheet().set_name(ABOUT)?;
    for (row, (key, value)) in [
        ("format", FORMAT_VERSION.to_string()),
        ("questionnaire", q.id.clone()),
        ("questionnaire_version", q.version.clone()),
    ]
    .iter()
    .enumerate()
    {
        about.write_string(row as u32, 0, *key)?;
        about.write_string(row as u32, 1, value)?;
    }
    for (index, p) in q.profile.iter().enumerate() {
        for (row, o) in p.options.iter().enumerate() {
            about.write_string(row as u32, 3 + index as u16, &o.label)?;
        }
    }
    about.set_hidden(true);
    book.save_to_buffer()
}

fn page(sheet: &mut Worksheet) {
    // A4, landscape, as wide as one page.
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
}

fn instructions(
    sheet: &mut Worksheet,
    q: &Questionnaire,
    wrap: &Format,
    head: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(INSTRUCTIONS)?;
    page(sheet);
    sheet.set_column_width(0, 100)?;
    let low = q.scale.first().map_or(0, |l| l.level);
    let high = q.max_level();
    let lines = [
        format!(
            "{} (questionnaire {}, version {})",
            q.title, q.id, q.version
        ),
        "How to fill in this workbook".to_string(),
        format!(
            "1. On the {PROFILE} sheet, fill in the yellow cells: your organisation, who answers, \
             the date, and the questions about your organisation (pick from the list)."
        ),
        format!(
            "2. On the {QUESTIONS} sheet, one row per question: read what each level means, then \
             pick your level ({low} to {high}, {NOT_APPLICABLE} or {DONT_KNOW}) in the yellow \
             'Your level' cell."
        ),
        format!(
            "3. If a question does not apply to you, pick '{NOT_APPLICABLE}' and write why in the \
             Reason cell: it turns red until you do."
        ),
        "4. Importance, target, note and evidence are optional. Evidence is what shows a level: \
         a document, a link or a meeting, one per line in the cell (Alt+Enter in Excel, \
         Ctrl+Enter in LibreOffice). Leave a question blank to skip it: a partly filled \
         workbook is fine."
            .to_string(),
        "5. Save the workbook as it is (.xlsx) and send it back. Do not rename the sheets or \
         change the grey columns: they tell the tool which question each row answers."
            .to_string(),
        "To see the results: icso-assess report --answers THIS-FILE.xlsx".to_string(),
    ];
    for (row, line) in lines.iter().enumerate() {
        let format = if row < 2 { head } else { wrap };
        sheet.write_string_with_format(row as u32, 0, line, format)?;
    }
    Ok(())
}

fn profile(
    sheet: &mut Worksheet,
    q: &Questionnaire,
    filled: Option<&Answers>,
    wrap: &Format,
    head: &Format,
    open: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(PROFILE)?;
    page(sheet);
    sheet
        .set_column_width(0, 18)?
        .set_column_width(1, 60)?
        .set_column_width(2, 45)?;
    for (col, title) in ["Field", "Question", "Your answer"].iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, head)?;
    }
    let mut row = 1;
    for (key, label) in SETTINGS {
        sheet.write_string_with_format(row, 0, key, wrap)?;
        sheet.write_string_with_format(row, 1, label, wrap)?;
        let value = filled.map_or("", |a| match key {
            "organisation" => a.organisation.as_str(),
            "respondent" => a.respondent.as_str(),
            _ => a.date.as_str(),
        });
        sheet.write_string_with_format(row, 2, value, open)?;
        row += 1;
    }
    for (index, p) in q.profile.iter().enumerate() {
        sheet.write_string_with_format(row, 0, &p.id, wrap)?;
        sheet.write_string_with_format(row, 1, &p.question, wrap)?;
        let chosen = filled
            .and_then(|a| a.profile_answer(&p.id))
            .map(|id| p.option(id).map_or(id, |o| o.label.as_str()));
        sheet.write_string_with_format(row, 2, chosen.unwrap_or(""), open)?;
        // The options are listed on the hidden About sheet (column D on): a list typed into the
        // rule itself would split a label at its commas and stops at 255 characters.
        let col = column_name(3 + index as u32);
        let range = format!("={ABOUT}!${col}$1:${col}${}", p.options.len().max(1));
        let list = DataValidation::new().allow_list_formula(range.as_str().into());
        sheet.add_data_validation(row, 2, row, 2, &list)?;
        row += 1;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.protect();
    Ok(())
}

fn questions(
    sheet: &mut Worksheet,
    data: &Data,
    q: &Questionnaire,
    filled: Option<&Answers>,
    wrap: &Format,
    head: &Format,
    open: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(QUESTIONS)?;
    page(sheet);
    sheet.set_repeat_rows(0, 0)?;
    let widths = [
        10.0, 18.0, 9.0, 24.0, 40.0, 22.0, 22.0, 22.0, 22.0, 22.0, 12.0, 26.0, 12.0, 10.0, 30.0,
        30.0,
    ];
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    for (col, title) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, head)?;
    }
    let low = q.scale.first().map_or(0, |l| l.level);
    let mut levels: Vec<String> = (low..=q.max_level()).map(|l| l.to_string()).collect();
    levels.push(NOT_APPLICABLE.into());
    levels.push(DONT_KNOW.into());
    let importance: Vec<&str> = Importance::ALL.iter().map(|i| i.as_str()).collect();
    let targets: Vec<String> = (low.max(1)..=q.max_level())
        .map(|l| l.to_string())
        .collect();
    let last = q.questions.len() as u32;
    for (index, question) in q.questions.iter().enumerate() {
        let row = index as u32 + 1;
        let rec = data.catalogue.recommendation(&question.recommendation);
        let area = rec.and_then(|r| data.catalogue.area(&r.area));
        let cells = [
            question.id.as_str(),
            area.map_or("", |a| a.title.as_str()),
            question.recommendation.as_str(),
            rec.map_or("", |r| r.title.as_str()),
            question.text.as_str(),
        ];
        for (col, text) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, *text, wrap)?;
        }
        for (level, description) in question.levels.iter().enumerate() {
            let name = q.scale.get(level).map_or("", |l| l.name.as_str());
            sheet.write_string_with_format(
                row,
                5 + level as u16,
                format!("{name}: {description}"),
                wrap,
            )?;
        }
        for col in COL_LEVEL..=COL_EVIDENCE {
            sheet.write_blank(row, col, open)?;
        }
        if let Some(answer) = filled.and_then(|a| a.answers.get(&question.id)) {
            match &answer.state {
                State::Level(level) => {
                    sheet.write_number_with_format(row, COL_LEVEL, *level, open)?
                }
                State::NotApplicable(reason) => {
                    sheet.write_string_with_format(row, COL_LEVEL, NOT_APPLICABLE, open)?;
                    sheet.write_string_with_format(row, COL_REASON, reason, open)?
                }
                State::Unknown => {
                    sheet.write_string_with_format(row, COL_LEVEL, DONT_KNOW, open)?
                }
            };
            if let Some(i) = answer.importance {
                sheet.write_string_with_format(row, COL_IMPORTANCE, i.as_str(), open)?;
            }
            if let Some(t) = answer.target {
                sheet.write_number_with_format(row, COL_TARGET, t, open)?;
            }
            if !answer.evidence.is_empty() {
                sheet.write_string_with_format(
                    row,
                    COL_EVIDENCE,
                    answer.evidence.join("\n"),
                    open,
                )?;
            }
            if let Some(note) = &answer.note {
                sheet.write_string_with_format(row, COL_NOTE, note, open)?;
            }
        }
    }
    if last > 0 {
        let list = |items: &[String]| DataValidation::new().allow_list_strings(items);
        sheet.add_data_validation(1, COL_LEVEL, last, COL_LEVEL, &list(&levels)?)?;
        let importance: Vec<String> = importance.iter().map(|s| s.to_string()).collect();
        sheet.add_data_validation(1, COL_IMPORTANCE, last, COL_IMPORTANCE, &list(&importance)?)?;
        sheet.add_data_validation(1, COL_TARGET, last, COL_TARGET, &list(&targets)?)?;
        // The reason turns red while "not applicable" has none.
        let red = Format::new().set_background_color(0xF4B6B6);
        let rule = ConditionalFormatFormula::new()
            .set_rule(format!("=AND($K2=\"{NOT_APPLICABLE}\",LEN(TRIM($L2))=0)").as_str())
            .set_format(red);
        sheet.add_conditional_format(1, COL_REASON, last, COL_REASON, &rule)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.protect();
    Ok(())
}

/// An Excel date serial (days since 1899-12-30) as `YYYY-MM-DD`: a date typed into the date
/// cell is stored so. Howard Hinnant's days-to-civil algorithm.
fn iso_date(serial: f64) -> String {
    let z = serial.floor() as i64 - 25569 + 719_468; // 25569: 1970-01-01
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Does `bytes` start as a zip does (every .xlsx is one)?
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The first sheet of any workbook (a Kobo or ODK export) as rows of text, bounded like our
/// own workbooks, or why it cannot be read.
pub fn first_sheet(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    unpack_check(bytes)?;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("it cannot be read as .xlsx ({e})"))?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or("it has no sheet")?;
    let sheet =
        read_cells(&mut book, &name, 1_000_000, 2000).map_err(|(cell, why)| match cell {
            Some(cell) => format!("sheet {name}, cell {cell}: {why}"),
            None => format!("sheet {name}: {why}"),
        })?;
    let width = sheet.cells.keys().map(|(_, c)| c + 1).max().unwrap_or(0);
    Ok((0..sheet.rows)
        .map(|r| {
            (0..width)
                .map(|c| cell_text(sheet.cells.get(&(r, c))).unwrap_or_default())
                .collect()
        })
        .collect())
}

/// The most a workbook may unpack to, and the most parts it may have: a filled full
/// questionnaire unpacks to about 200 KB in 15 parts.
const MAX_UNPACKED: u64 = 20 * 1024 * 1024;
const MAX_PARTS: usize = 500;

/// Why `bytes` cannot be a workbook of ours, before calamine unpacks it: not a zip, a
/// password-protected workbook (an encrypted OLE file), too many parts, or a zip that unpacks to
/// more than [`MAX_UNPACKED`] (a zip bomb: counted while unpacking, not from the sizes the zip
/// declares, which can lie).
fn unpack_check(bytes: &[u8]) -> Result<(), String> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(
            "it is password-protected (or an old .xls file); open it, save it as .xlsx \
                    without a password, and try again"
                .into(),
        );
    }
    let mut zip = zip9::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        format!("it is not a complete .xlsx file ({e}); it may be truncated: send it again")
    })?;
    if zip.len() > MAX_PARTS {
        return Err(format!(
            "it holds {} parts, far more than a workbook of answers",
            zip.len()
        ));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| {
            format!("part {i} cannot be read ({e}); it may be damaged: send it again")
        })?;
        let left = MAX_UNPACKED - total;
        total +=
            std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink()).map_err(|e| {
                format!("part {i} cannot be unpacked ({e}); it may be damaged: send it again")
            })?;
        if total > MAX_UNPACKED {
            return Err(format!(
                "it unpacks to more than {} MB, far more than a workbook of answers",
                MAX_UNPACKED / (1024 * 1024)
            ));
        }
    }
    Ok(())
}

/// A filled workbook as answers text, and where each of its lines came from.
pub struct Text {
    text: String,
    /// Line number (1-based) -> sheet and cell.
    places: Vec<Option<(String, String)>>,
}

impl Text {
    fn line(&mut self, line: String, place: Option<(&str, String)>) {
        self.text.push_str(&line);
        self.text.push('\n');
        self.places.push(place.map(|(s, c)| (s.to_string(), c)));
    }
}

/// The text of a cell as written, for messages and strings; `None` when empty.
fn cell_text(cell: Option<&Cell>) -> Option<String> {
    match cell? {
        Cell::Empty => None,
        Cell::String(s) if s.trim().is_empty() => None,
        Cell::String(s) => Some(s.trim().to_string()),
        Cell::Int(i) => Some(i.to_string()),
        Cell::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(format!("{}", *f as i64)),
        Cell::Float(f) => Some(f.to_string()),
        Cell::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

/// The filled cells of one sheet, by the sheet's own coordinates. Read cell by cell (not as
/// calamine's dense range, which one cell at row 1,048,576 would make a gigabyte), only the
/// cached values: formulas are never evaluated, and a cell holding one is refused.
struct Sheet {
    cells: BTreeMap<(u32, u32), Cell>,
    formulas: Vec<(u32, u32)>,
    rows: u32,
}

fn at(sheet: &Sheet, row: u32, col: u16) -> Option<&Cell> {
    sheet.cells.get(&(row, u32::from(col)))
}

/// The last row of the sheet holding anything, plus one: the rows to look at.
fn rows(sheet: &Sheet) -> u32 {
    sheet.rows
}

/// A workbook problem found before the answers checker runs.
fn problem(file: &str, sheet: &str, cell: &str, message: String) -> Finding {
    let cells = if cell.contains(':') { "cells" } else { "cell" };
    Finding::new(
        Code::AnswersSyntax,
        file,
        None,
        format!("sheet {sheet}, {cells} {cell}: {message}"),
    )
}

/// The cells of sheet `name`, at most `max_rows` rows and `max_cols` columns, or the cell at
/// fault (if any) and what is wrong.
fn read_cells(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    max_rows: u32,
    max_cols: u32,
) -> Result<Sheet, (Option<String>, String)> {
    let broken = |e: calamine::XlsxError| {
        (
            None,
            format!("it cannot be read ({e}); save the workbook again as .xlsx"),
        )
    };
    let mut reader = book.worksheet_cells_reader(name).map_err(broken)?;
    let mut sheet = Sheet {
        cells: BTreeMap::new(),
        formulas: Vec::new(),
        rows: 0,
    };
    while let Some(cell) = reader.next_cell_with_formula().map_err(broken)? {
        let (row, col) = cell.pos;
        let value = Cell::from(cell.value);
        if value == Cell::Empty && cell.formula.is_none() {
            continue;
        }
        if row >= max_rows || col >= max_cols {
            return Err((
                Some(cell_name(row, col)),
                "the sheet goes on far beyond what it should hold; delete what was added below \
                 or beside it"
                    .into(),
            ));
        }
        if cell.formula.is_some() {
            sheet.formulas.push((row, col));
        }
        sheet.rows = sheet.rows.max(row + 1);
        sheet.cells.insert((row, col), value);
    }
    if let Some(&(row, col)) = sheet.formulas.first() {
        return Err((
            Some(cell_name(row, col)),
            "the cell holds a formula, which is never worked out here; type the value itself"
                .into(),
        ));
    }
    Ok(sheet)
}

fn sheet_range(book: &mut Xlsx<Cursor<&[u8]>>, file: &str, name: &str) -> Result<Sheet, Finding> {
    // Merged cells hold one value for several questions (or hide a question's row): refused,
    // rather than read as one answer to the first of them.
    let merged = book.merge_cells_by_sheet_name(name).unwrap_or_default();
    if let Some(region) = merged.first() {
        let (from, to) = (region.start, region.end);
        return Err(problem(
            file,
            name,
            &format!("{}:{}", cell_name(from.0, from.1), cell_name(to.0, to.1)),
            "these cells are merged; unmerge them (each question keeps its own row) and save again"
                .into(),
        ));
    }
    read_cells(book, name, MAX_ROWS, MAX_COLS).map_err(|(cell, why)| {
        let place = cell.map_or(format!("sheet {name}"), |c| {
            format!("sheet {name}, cell {c}")
        });
        Finding::new(Code::AnswersSyntax, file, None, format!("{place}: {why}"))
    })
}

/// The Profile sheet as answers-file lines: the settings (organisation, respondent, date) in
/// place, the profile answers under `[profile]`, each option read by its label or its id.
fn profile_text(profile: &Sheet, q: Option<&Questionnaire>, out: &mut Text) {
    let mut profile_lines = Vec::new();
    for row in 1..rows(profile) {
        let Some(key) = cell_text(at(profile, row, 0)) else {
            continue;
        };
        let place = Some((PROFILE, cell_name(row, 2)));
        let is_setting = SETTINGS.iter().any(|(k, _)| *k == key);
        let Some(value) = cell_text(at(profile, row, 2)) else {
            // Blank settings may stay empty, as in an answers file; blank profile answers are
            // simply not given.
            if is_setting {
                out.line(format!("{key} = \"\""), place);
            }
            continue;
        };
        if is_setting {
            let value = match at(profile, row, 2) {
                Some(Cell::DateTime(d)) if key == "date" => iso_date(d.as_f64()),
                Some(Cell::DateTimeIso(d)) if key == "date" => d.chars().take(10).collect(),
                _ => value,
            };
            out.line(format!("{key} = {}", quoted(&value)), place);
        } else {
            // The drop-down shows labels; an id is accepted too.
            let id = q
                .and_then(|q| q.profile_question(&key))
                .and_then(|p| p.options.iter().find(|o| o.label == value || o.id == value))
                .map_or(value.clone(), |o| o.id.clone());
            profile_lines.push((format!("{} = {}", quoted(&key), quoted(&id)), place));
        }
    }
    if !profile_lines.is_empty() {
        out.line("[profile]".into(), None);
        for (line, place) in profile_lines {
            out.line(line, place);
        }
    }
}

/// The answer fields of one row of the Questions sheet, as answers-file lines with the cell each
/// came from; a cell that cannot hold its field is a finding in `findings`.
fn row_fields(
    sheet: &Sheet,
    row: u32,
    file: &str,
    findings: &mut Vec<Finding>,
) -> Vec<(String, Option<(&'static str, String)>)> {
    let at = |col: u16| at(sheet, row, col);
    let place = |col: u16| Some((QUESTIONS, cell_name(row, col.into())));
    let mut fields = Vec::new();
    match at(COL_LEVEL) {
        None | Some(Cell::Empty) => {}
        Some(Cell::DateTime(_) | Cell::DateTimeIso(_) | Cell::DurationIso(_)) => {
            findings.push(problem(
                file,
                QUESTIONS,
                &cell_name(row, COL_LEVEL.into()),
                "the level is formatted as a date; pick a level from the list".into(),
            ))
        }
        Some(Cell::Error(e)) => findings.push(problem(
            file,
            QUESTIONS,
            &cell_name(row, COL_LEVEL.into()),
            format!("the cell holds the error {e}; pick a level from the list"),
        )),
        Some(cell) => {
            let text = cell_text(Some(cell)).unwrap_or_default();
            let value = match text.to_lowercase().as_str() {
                NOT_APPLICABLE | "n/a" => quoted("n/a"),
                DONT_KNOW | "unknown" => quoted("unknown"),
                t if !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) => {
                    t.to_string()
                }
                _ => quoted(&text),
            };
            fields.push((format!("level = {value}"), place(COL_LEVEL)));
        }
    }
    for (col, key) in [
        (COL_REASON, "reason"),
        (COL_IMPORTANCE, "importance"),
        (COL_NOTE, "note"),
    ] {
        if let Some(text) = cell_text(at(col)) {
            let text = if key == "importance" {
                text.to_lowercase()
            } else {
                text
            };
            fields.push((format!("{key} = {}", quoted(&text)), place(col)));
        }
    }
    if let Some(text) = cell_text(at(COL_TARGET)) {
        let value = if text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
            text
        } else {
            quoted(&text)
        };
        fields.push((format!("target = {value}"), place(COL_TARGET)));
    }
    if let Some(text) = cell_text(at(COL_EVIDENCE)) {
        // One reference per line of the cell; blank lines are nothing.
        let items: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(quoted)
            .collect();
        if !items.is_empty() {
            fields.push((
                format!("evidence = [{}]", items.join(", ")),
                place(COL_EVIDENCE),
            ));
        }
    }
    fields
}

/// The answers text of a filled workbook, with where each line came from, or why it is not one
/// of ours.
fn to_text(file: &str, bytes: &[u8], data: &Data) -> Result<Text, Vec<Finding>> {
    let not_ours = |why: String| {
        vec![Finding::new(
            Code::AnswersSyntax,
            file,
            None,
            format!(
                "is not an icso-assess answers workbook: {why}; start from `icso-assess template -o answers.xlsx`"
            ),
        )]
    };
    unpack_check(bytes).map_err(not_ours)?;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| not_ours(format!("it cannot be read as .xlsx ({e})")))?;
    let names = book.sheet_names();
    for needed in [PROFILE, QUESTIONS, ABOUT] {
        if !names.iter().any(|n| n == needed) {
            return Err(not_ours(format!("it has no sheet named {needed}")));
        }
    }
    let about = sheet_range(&mut book, file, ABOUT).map_err(|f| vec![f])?;
    let setting = |key: &str| {
        (0..rows(&about))
            .find(|r| cell_text(at(&about, *r, 0)).as_deref() == Some(key))
            .and_then(|r| cell_text(at(&about, r, 1)))
    };
    let (Some(questionnaire), Some(version)) =
        (setting("questionnaire"), setting("questionnaire_version"))
    else {
        return Err(not_ours(format!(
            "its {ABOUT} sheet does not name a questionnaire"
        )));
    };
    let format = setting("format").unwrap_or_else(|| FORMAT_VERSION.to_string());
    let mut out = Text {
        text: String::new(),
        places: Vec::new(),
    };
    let mut findings = Vec::new();
    out.line(format!("format = {format}"), None);
    out.line(format!("questionnaire = {}", quoted(&questionnaire)), None);
    out.line(
        format!("questionnaire_version = {}", quoted(&version)),
        None,
    );
    let q = data.questionnaire(&questionnaire);

    let profile = sheet_range(&mut book, file, PROFILE).map_err(|f| vec![f])?;
    profile_text(&profile, q, &mut out);

    let sheet = sheet_range(&mut book, file, QUESTIONS).map_err(|f| vec![f])?;
    if cell_text(at(&sheet, 0, COL_LEVEL)).as_deref() != Some(HEADERS[COL_LEVEL as usize]) {
        return Err(not_ours(format!(
            "cell {} of sheet {QUESTIONS} is not \"{}\"",
            cell_name(0, COL_LEVEL.into()),
            HEADERS[COL_LEVEL as usize]
        )));
    }
    for row in 1..rows(&sheet) {
        let Some(id) = cell_text(at(&sheet, row, COL_ID)) else {
            continue;
        };
        let place = |col: u16| Some((QUESTIONS, cell_name(row, col.into())));
        let fields = row_fields(&sheet, row, file, &mut findings);
        if fields.is_empty() {
            continue;
        }
        out.line(format!("[answers.{}]", quoted(&id)), place(COL_ID));
        for (line, place) in fields {
            out.line(line, place);
        }
    }
    if findings.is_empty() {
        Ok(out)
    } else {
        Err(findings)
    }
}

/// The answers text of a filled workbook, with the sheet and cell behind each of its lines, or
/// every problem found in it, named by sheet and cell.
pub fn read(file: &str, bytes: &[u8], data: &Data) -> Result<Text, Vec<Finding>> {
    to_text(file, bytes, data)
}

impl Text {
    /// The answers text, for the checker.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Name each finding of the checker by the sheet and cell its line came from.
    pub fn relocate(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .map(|mut f| {
                let place = f
                    .line
                    .and_then(|l| self.places.get(l as usize - 1))
                    .cloned()
                    .flatten();
                f.line = None;
                f.column = None;
                // The checker's fixes speak of the text form; say them in the workbook's terms.
                for (text, sheet_words) in [
                    ("is \"n/a\" but", "is not applicable but"),
                    (
                        "add reason = \"...\" saying why",
                        "write why in the Reason cell of its row",
                    ),
                ] {
                    f.message = f.message.replace(text, sheet_words);
                }
                if let Some((sheet, cell)) = place {
                    f.message = format!("sheet {sheet}, cell {cell}: {}", f.message);
                }
                f
            })
            .collect()
    }
}
