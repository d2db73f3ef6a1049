//! The answers as a workbook to fill in (Excel, LibreOffice, Google Sheets): [`template`] writes a
//! blank one with rust_xlsxwriter, [`parse`] reads a filled one with calamine. A filled workbook
//! is turned into the text of an answers file, one value per line, and checked by the same
//! checker as any answers file; each finding's line is then named by its sheet and cell.
//!
//! Ours are recognised by what people and other programs keep: the sheet names, the header cells
//! and the hidden `About` sheet's values, never by parts that a re-save would drop.
//!
//! The words people see (sheet names, headings, instructions, the drop-downs' words) are in the
//! interface's language, and a workbook written in one language reads in any other: the sheets,
//! the level heading and the drop-downs' words are recognised in every language of the tool, the
//! cells are read by their position, and a profile answer by its place in the hidden `About`
//! sheet's list of options. The `About` sheet, its keys and the Profile sheet's keys are data,
//! the same in every language.

use super::model::{Answer, Answers, FORMAT_VERSION, State};
use super::save::quoted;
use super::template::level_of;
use super::xlsx;
use crate::catalogue::Data;
use crate::diagnostics::{Code, Finding};
use crate::i18n::{self, Lang};
use crate::questionnaire::{Importance, Question, Questionnaire};
use crate::{t, ts};
use calamine::{Data as Cell, Reader, Xlsx};
use rust_xlsxwriter::{
    ConditionalFormatFormula, DataValidation, Format, FormatBorder, Worksheet, XlsxError,
};
use std::collections::BTreeMap;
use std::io::{Cursor, Read as _};

/// The hidden sheet of the tool's own values: its name and keys are the same in every language.
pub const ABOUT: &str = "About";

/// A sheet's name from a message, as Excel allows one: none of `[ ] : \ / ? *` (the
/// pseudo-locale's brackets go), at most 31 characters.
fn sheet_name(message: &str) -> String {
    let name: String = message
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '\\' | '/' | '?' | '*'))
        .take(31)
        .collect();
    name.trim().to_string()
}

/// The visible sheets' names, in the current language.
fn instructions_sheet() -> String {
    sheet_name(ts!("wb-sheet-instructions"))
}

fn profile_sheet() -> String {
    sheet_name(ts!("wb-sheet-profile"))
}

fn questions_sheet() -> String {
    sheet_name(ts!("wb-sheet-questions"))
}

/// The words of the level drop-down beyond the numbers: "n/a" and "unknown" in an answers file.
fn not_applicable() -> &'static str {
    ts!("wb-not-applicable")
}

fn dont_know() -> &'static str {
    ts!("wb-dont-know")
}

/// The importance drop-down's word for `i`, in the current language.
fn importance_word(i: Importance) -> &'static str {
    match i {
        Importance::Low => ts!("wb-importance-low"),
        Importance::Medium => ts!("wb-importance-medium"),
        Importance::High => ts!("wb-importance-high"),
    }
}

/// `word()` in every language of the tool and in the pseudo-locale: whatever a workbook written
/// in any of them may hold.
fn in_every_language<W: AsRef<str>>(word: impl Fn() -> W) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for lang in Lang::all().chain(Lang::find(i18n::PSEUDO)) {
        let w = i18n::with_lang(lang, || word().as_ref().to_string());
        if !all.contains(&w) {
            all.push(w);
        }
    }
    all
}

/// The Questions sheet's column headings, in order, in the current language. The first four
/// identify the row and are locked.
fn headers() -> [String; 16] {
    let means = |level: u8| t!("wb-col-level-means", level = level);
    [
        t!("wb-col-question"),
        t!("wb-col-area"),
        t!("wb-col-recommendation"),
        t!("wb-col-title"),
        t!("wb-col-text"),
        means(0),
        means(1),
        means(2),
        means(3),
        means(4),
        t!("wb-col-level"),
        t!("wb-col-reason"),
        t!("wb-col-importance"),
        t!("wb-col-target"),
        t!("wb-col-note"),
        t!("wb-col-evidence"),
    ]
}
const COL_ID: u16 = 0;
const COL_LEVEL: u16 = 10;
const COL_REASON: u16 = 11;
const COL_IMPORTANCE: u16 = 12;
const COL_TARGET: u16 = 13;
const COL_NOTE: u16 = 14;
/// Added after the first workbooks were sent out: a workbook without it still reads.
const COL_EVIDENCE: u16 = 15;

/// The Profile sheet's rows before the profile questions, by key (the same in every language).
const SETTINGS: [&str; 3] = ["organisation", "respondent", "date"];

/// A setting's label on the Profile sheet, in the current language.
fn setting_label(key: &str) -> String {
    match key {
        "organisation" => t!("wb-profile-organisation"),
        "respondent" => t!("wb-profile-respondent"),
        _ => t!("wb-profile-date"),
    }
}

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

/// What a workbook is written from: the questionnaire, its answers when `convert` fills them
/// in, and the cell formats (text, headings, and the yellow cells people fill in).
struct Template<'a> {
    data: &'a Data,
    q: &'a Questionnaire,
    filled: Option<&'a Answers>,
    wrap: Format,
    head: Format,
    open: Format,
}

/// A blank workbook for `q`: identical bytes for identical data (a fixed creation date).
/// With `filled`, its answers are written into the yellow cells (for `convert`).
pub fn template(
    data: &Data,
    q: &Questionnaire,
    filled: Option<&Answers>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = xlsx::book(t!("wb-doc-title", title = q.title.clone()))?;
    let t = Template {
        data,
        q,
        filled,
        wrap: xlsx::wrap(),
        head: xlsx::head(),
        open: xlsx::wrap()
            .set_unlocked()
            .set_background_color(0xFFF2CC)
            .set_border(FormatBorder::Thin),
    };
    t.instructions(book.add_worksheet())?;
    t.profile(book.add_worksheet())?;
    t.questions(book.add_worksheet())?;
    t.about(book.add_worksheet())?;
    book.save_to_buffer()
}

/// The Questions sheet's column widths, as [`headers`] orders the columns.
const WIDTHS: [f64; 16] = [
    10.0, 18.0, 9.0, 24.0, 40.0, 22.0, 22.0, 22.0, 22.0, 22.0, 12.0, 26.0, 12.0, 10.0, 30.0, 30.0,
];

impl Template<'_> {
    /// The Instructions sheet: what the workbook is for and how to fill it in.
    fn instructions(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let q = self.q;
        sheet.set_name(instructions_sheet())?;
        xlsx::page(sheet);
        sheet.set_column_width(0, 100)?;
        let low = q.scale.first().map_or(0, |l| l.level);
        let high = q.max_level();
        let lines = [
            t!(
                "wb-instructions-title",
                title = q.title.clone(),
                id = q.id.clone(),
                version = q.version.clone()
            ),
            t!("wb-instructions-heading"),
            t!("wb-instructions-profile", sheet = profile_sheet()),
            t!(
                "wb-instructions-questions",
                sheet = questions_sheet(),
                low = low,
                high = high,
                na = not_applicable(),
                dk = dont_know(),
                column = headers()[COL_LEVEL as usize].clone()
            ),
            t!("wb-instructions-not-applicable", na = not_applicable()),
            t!("wb-instructions-optional"),
            t!("wb-instructions-send"),
            t!("wb-instructions-results"),
        ];
        for (row, line) in lines.iter().enumerate() {
            let format = if row < 2 { &self.head } else { &self.wrap };
            sheet.write_string_with_format(row as u32, 0, line, format)?;
        }
        Ok(())
    }

    /// The Profile sheet: the settings (organisation, respondent, date), then each profile
    /// question with a drop-down of its options.
    fn profile(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let (q, filled) = (self.q, self.filled);
        sheet.set_name(profile_sheet())?;
        xlsx::page(sheet);
        let columns = [
            (ts!("wb-profile-field"), 18.0),
            (ts!("wb-profile-question"), 60.0),
            (ts!("wb-profile-answer"), 45.0),
        ];
        xlsx::heading_row(sheet, columns, &self.head)?;
        let mut row = 1;
        for key in SETTINGS {
            sheet.write_string_with_format(row, 0, key, &self.wrap)?;
            sheet.write_string_with_format(row, 1, setting_label(key), &self.wrap)?;
            let value = filled.map_or("", |a| match key {
                "organisation" => a.organisation.as_str(),
                "respondent" => a.respondent.as_str(),
                _ => a.date.as_str(),
            });
            sheet.write_string_with_format(row, 2, value, &self.open)?;
            row += 1;
        }
        for (index, p) in q.profile.iter().enumerate() {
            sheet.write_string_with_format(row, 0, &p.id, &self.wrap)?;
            sheet.write_string_with_format(row, 1, &p.question, &self.wrap)?;
            let chosen = filled
                .and_then(|a| a.profile_answer(&p.id))
                .map(|id| p.option(id).map_or(id, |o| o.label.as_str()));
            sheet.write_string_with_format(row, 2, chosen.unwrap_or(""), &self.open)?;
            // The options are listed on the hidden About sheet (column D on): a list typed into
            // the rule itself would split a label at its commas and stops at 255 characters.
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

    /// The Questions sheet: one row per question, what identifies and explains it locked, its
    /// answer's cells yellow (filled in from `filled`), with drop-downs for the level, importance
    /// and target.
    fn questions(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let q = self.q;
        sheet.set_name(questions_sheet())?;
        xlsx::page(sheet);
        sheet.set_repeat_rows(0, 0)?;
        xlsx::heading_row(sheet, headers().into_iter().zip(WIDTHS), &self.head)?;
        for (index, question) in q.questions.iter().enumerate() {
            let row = index as u32 + 1;
            self.question_cells(sheet, row, question)?;
            for col in COL_LEVEL..=COL_EVIDENCE {
                sheet.write_blank(row, col, &self.open)?;
            }
            if let Some(answer) = self.filled.and_then(|a| a.answers.get(&question.id)) {
                self.answer_cells(sheet, row, answer)?;
            }
        }
        let last = q.questions.len() as u32;
        if last > 0 {
            self.drop_downs(sheet, last)?;
        }
        sheet.set_freeze_panes(1, 1)?;
        sheet.protect();
        Ok(())
    }

    /// The locked cells of `question`'s row: what identifies it, its text and what each level
    /// means.
    fn question_cells(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        question: &Question,
    ) -> Result<(), XlsxError> {
        let (data, q) = (self.data, self.q);
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
            sheet.write_string_with_format(row, col as u16, *text, &self.wrap)?;
        }
        for (level, description) in question.levels.iter().enumerate() {
            let (_, name) = level_of(q, level);
            sheet.write_string_with_format(
                row,
                5 + level as u16,
                t!(
                    "wb-level-cell",
                    name = name.to_owned(),
                    description = description.clone()
                ),
                &self.wrap,
            )?;
        }
        Ok(())
    }

    /// An answer written into the yellow cells of its question's row (for `convert`).
    fn answer_cells(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        answer: &Answer,
    ) -> Result<(), XlsxError> {
        let open = &self.open;
        match &answer.state {
            State::Level(level) => sheet.write_number_with_format(row, COL_LEVEL, *level, open)?,
            State::NotApplicable(reason) => {
                sheet.write_string_with_format(row, COL_LEVEL, not_applicable(), open)?;
                sheet.write_string_with_format(row, COL_REASON, reason, open)?
            }
            State::Unknown => sheet.write_string_with_format(row, COL_LEVEL, dont_know(), open)?,
        };
        if let Some(i) = answer.importance {
            sheet.write_string_with_format(row, COL_IMPORTANCE, importance_word(i), open)?;
        }
        if let Some(t) = answer.target {
            sheet.write_number_with_format(row, COL_TARGET, t, open)?;
        }
        if !answer.evidence.is_empty() {
            sheet.write_string_with_format(row, COL_EVIDENCE, answer.evidence.join("\n"), open)?;
        }
        if let Some(note) = &answer.note {
            sheet.write_string_with_format(row, COL_NOTE, note, open)?;
        }
        Ok(())
    }

    /// The drop-downs of the level, importance and target columns down to row `last`, and the
    /// reason cell that turns red while "not applicable" has none.
    fn drop_downs(&self, sheet: &mut Worksheet, last: u32) -> Result<(), XlsxError> {
        let q = self.q;
        let low = q.scale.first().map_or(0, |l| l.level);
        let mut levels: Vec<String> = (low..=q.max_level()).map(|l| l.to_string()).collect();
        levels.push(not_applicable().into());
        levels.push(dont_know().into());
        let importance: Vec<String> = Importance::ALL
            .into_iter()
            .map(|i| importance_word(i).to_string())
            .collect();
        let targets: Vec<String> = (low.max(1)..=q.max_level())
            .map(|l| l.to_string())
            .collect();
        let list = |items: &[String]| DataValidation::new().allow_list_strings(items);
        sheet.add_data_validation(1, COL_LEVEL, last, COL_LEVEL, &list(&levels)?)?;
        sheet.add_data_validation(1, COL_IMPORTANCE, last, COL_IMPORTANCE, &list(&importance)?)?;
        sheet.add_data_validation(1, COL_TARGET, last, COL_TARGET, &list(&targets)?)?;
        let red = Format::new().set_background_color(0xF4B6B6);
        let na = not_applicable().replace('"', "\"\"");
        let rule = ConditionalFormatFormula::new()
            .set_rule(format!("=AND($K2=\"{na}\",LEN(TRIM($L2))=0)").as_str())
            .set_format(red);
        sheet.add_conditional_format(1, COL_REASON, last, COL_REASON, &rule)?;
        Ok(())
    }

    /// The hidden `About` sheet: the tool's own values in columns A and B, then each profile
    /// question's option labels in its own column from D on (what its drop-down offers).
    fn about(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let q = self.q;
        sheet.set_name(ABOUT)?;
        for (row, (key, value)) in [
            ("format", FORMAT_VERSION.to_string()),
            ("questionnaire", q.id.clone()),
            ("questionnaire_version", q.version.clone()),
        ]
        .iter()
        .enumerate()
        {
            sheet.write_string(row as u32, 0, *key)?;
            sheet.write_string(row as u32, 1, value)?;
        }
        for (index, p) in q.profile.iter().enumerate() {
            for (row, o) in p.options.iter().enumerate() {
                sheet.write_string(row as u32, 3 + index as u16, &o.label)?;
            }
        }
        sheet.set_hidden(true);
        Ok(())
    }
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

/// Where a problem is: a sheet, or a sheet and a cell, followed by what is wrong there.
fn at_place(sheet: &str, cell: Option<&str>, message: String) -> String {
    let sheet = sheet.to_string();
    match cell {
        Some(cell) if cell.contains(':') => t!(
            "wb-at-cells",
            sheet = sheet,
            cells = cell.to_string(),
            message = message
        ),
        Some(cell) => t!(
            "wb-at-cell",
            sheet = sheet,
            cell = cell.to_string(),
            message = message
        ),
        None => t!("wb-at-sheet", sheet = sheet, message = message),
    }
}

/// The first sheet of any workbook (a Kobo or ODK export) as rows of text, bounded like our
/// own workbooks, or why it cannot be read.
pub fn first_sheet(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    unpack_check(bytes)?;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| t!("wb-file-unreadable", error = e.to_string()))?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| t!("wb-file-no-sheet"))?;
    let sheet = read_cells(&mut book, &name, 1_000_000, 2000)
        .map_err(|(cell, why)| at_place(&name, cell.as_deref(), why))?;
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
        return Err(t!("wb-file-password"));
    }
    let mut zip = zip9::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| t!("wb-file-truncated", error = e.to_string()))?;
    if zip.len() > MAX_PARTS {
        return Err(t!("wb-file-too-many-parts", parts = zip.len()));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| t!("wb-file-part-unreadable", part = i, error = e.to_string()))?;
        let left = MAX_UNPACKED - total;
        total += std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink())
            .map_err(|e| t!("wb-file-part-unpackable", part = i, error = e.to_string()))?;
        if total > MAX_UNPACKED {
            return Err(t!(
                "wb-file-too-big",
                megabytes = MAX_UNPACKED / (1024 * 1024)
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
    /// Line number (1-based) -> the question whose answer it is part of.
    questions: Vec<Option<String>>,
    /// The question whose answer the lines now written belong to.
    question: Option<String>,
}

impl Text {
    fn line(&mut self, line: String, place: Option<(&str, String)>) {
        self.text.push_str(&line);
        self.text.push('\n');
        self.places.push(place.map(|(s, c)| (s.to_string(), c)));
        self.questions.push(self.question.clone());
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

/// A workbook problem found before the answers checker runs, in a sheet or at a cell of it.
fn problem(file: &str, sheet: &str, cell: Option<&str>, message: String) -> Finding {
    Finding::new(
        Code::AnswersSyntax,
        file,
        None,
        at_place(sheet, cell, message),
    )
}

/// The first row of `sheet` whose cell in column `col` reads `text`.
fn find_row(sheet: &Sheet, col: u16, text: &str) -> Option<u32> {
    (0..rows(sheet)).find(|r| cell_text(at(sheet, *r, col)).as_deref() == Some(text))
}

/// The cells of sheet `name`, at most `max_rows` rows and `max_cols` columns, or the cell at
/// fault (if any) and what is wrong.
fn read_cells(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    max_rows: u32,
    max_cols: u32,
) -> Result<Sheet, (Option<String>, String)> {
    let broken = |e: calamine::XlsxError| (None, t!("wb-sheet-read-error", error = e.to_string()));
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
            return Err((Some(cell_name(row, col)), t!("wb-sheet-too-far")));
        }
        if cell.formula.is_some() {
            sheet.formulas.push((row, col));
        }
        sheet.rows = sheet.rows.max(row + 1);
        sheet.cells.insert((row, col), value);
    }
    if let Some(&(row, col)) = sheet.formulas.first() {
        return Err((Some(cell_name(row, col)), t!("wb-cell-formula")));
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
            Some(&format!(
                "{}:{}",
                cell_name(from.0, from.1),
                cell_name(to.0, to.1)
            )),
            t!("wb-cells-merged"),
        ));
    }
    read_cells(book, name, MAX_ROWS, MAX_COLS)
        .map_err(|(cell, why)| problem(file, name, cell.as_deref(), why))
}

/// The id of the option a profile answer names: the option whose label sits at the same place
/// in the `About` sheet's list for that question (the labels the drop-down offered, in the
/// workbook's language), else one whose label or id it is.
fn profile_option(about: &Sheet, q: Option<&Questionnaire>, key: &str, value: &str) -> String {
    let Some((index, p)) = q.and_then(|q| q.profile.iter().enumerate().find(|(_, p)| p.id == key))
    else {
        return value.to_string();
    };
    let col = 3 + index as u16;
    let listed = find_row(about, col, value).and_then(|r| p.options.get(r as usize));
    listed
        .or_else(|| p.options.iter().find(|o| o.label == value || o.id == value))
        .map_or(value.to_string(), |o| o.id.clone())
}

/// The Profile sheet (named `name` in the workbook) as answers-file lines: the settings
/// (organisation, respondent, date) in place, the profile answers under `[profile]`, each option
/// read by its label or its id.
fn profile_text(
    profile: &Sheet,
    name: &str,
    about: &Sheet,
    q: Option<&Questionnaire>,
    out: &mut Text,
) {
    let mut profile_lines = Vec::new();
    for row in 1..rows(profile) {
        let Some(key) = cell_text(at(profile, row, 0)) else {
            continue;
        };
        let place = Some((name, cell_name(row, 2)));
        let is_setting = SETTINGS.contains(&key.as_str());
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
            let id = profile_option(about, q, &key, &value);
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

/// The drop-downs' words in every language, lower case, to read a workbook written in any.
struct Words {
    not_applicable: Vec<String>,
    dont_know: Vec<String>,
    importance: Vec<(String, Importance)>,
}

impl Words {
    fn new() -> Words {
        let lower = |words: Vec<String>| words.into_iter().map(|w| w.to_lowercase()).collect();
        let importance = Importance::ALL
            .into_iter()
            .flat_map(|i| {
                in_every_language(|| importance_word(i))
                    .into_iter()
                    .map(move |w| (w.to_lowercase(), i))
            })
            .collect();
        Words {
            not_applicable: lower(in_every_language(not_applicable)),
            dont_know: lower(in_every_language(dont_know)),
            importance,
        }
    }
}

/// The answer fields of one row of the Questions sheet (named `name`), as answers-file lines
/// with the cell each came from; a cell that cannot hold its field is a finding in `findings`.
fn row_fields<'n>(
    sheet: &Sheet,
    name: &'n str,
    words: &Words,
    row: u32,
    file: &str,
    findings: &mut Vec<Finding>,
) -> Vec<(String, Option<(&'n str, String)>)> {
    let at = |col: u16| at(sheet, row, col);
    let place = |col: u16| Some((name, cell_name(row, col.into())));
    let mut fields = Vec::new();
    let level_cell = cell_name(row, COL_LEVEL.into());
    let wrong_level = |message: String| problem(file, name, Some(&level_cell), message);
    match at(COL_LEVEL) {
        None | Some(Cell::Empty) => {}
        Some(Cell::DateTime(_) | Cell::DateTimeIso(_) | Cell::DurationIso(_)) => {
            findings.push(wrong_level(t!("wb-level-date")))
        }
        Some(Cell::Error(e)) => {
            findings.push(wrong_level(t!("wb-level-error", error = e.to_string())))
        }
        Some(cell) => {
            let text = cell_text(Some(cell)).unwrap_or_default();
            let t = text.to_lowercase();
            let value = if t == "n/a" || words.not_applicable.contains(&t) {
                quoted("n/a")
            } else if t == "unknown" || words.dont_know.contains(&t) {
                quoted("unknown")
            } else if !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
                t
            } else {
                quoted(&text)
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
                // The drop-down's word in any language, as the answers file writes it.
                let lower = text.to_lowercase();
                words
                    .importance
                    .iter()
                    .find(|(w, _)| *w == lower)
                    .map_or(lower, |(_, i)| i.as_str().to_string())
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

/// The workbook's sheet that `name()` names in some language of the tool.
fn find_sheet<W: AsRef<str>>(names: &[String], name: impl Fn() -> W) -> Option<String> {
    let wanted = in_every_language(|| sheet_name(name().as_ref()));
    names.iter().find(|n| wanted.contains(n)).cloned()
}

/// The answers text of a filled workbook, with where each line came from, or why it is not one
/// of ours.
fn to_text(file: &str, bytes: &[u8], data: &Data) -> Result<Text, Vec<Finding>> {
    let not_ours = |why: String| {
        vec![Finding::new(
            Code::AnswersSyntax,
            file,
            None,
            t!("wb-not-ours", why = why),
        )]
    };
    unpack_check(bytes).map_err(not_ours)?;
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| {
            not_ours(t!("wb-file-unreadable", error = e.to_string()))
        })?;
    let names = book.sheet_names();
    let missing = |sheet: String| not_ours(t!("wb-file-no-sheet-named", sheet = sheet));
    let profile_name =
        find_sheet(&names, || ts!("wb-sheet-profile")).ok_or_else(|| missing(profile_sheet()))?;
    let questions_name = find_sheet(&names, || ts!("wb-sheet-questions"))
        .ok_or_else(|| missing(questions_sheet()))?;
    if !names.iter().any(|n| n == ABOUT) {
        return Err(missing(ABOUT.to_string()));
    }
    let about = sheet_range(&mut book, file, ABOUT).map_err(|f| vec![f])?;
    let setting = |key: &str| find_row(&about, 0, key).and_then(|r| cell_text(at(&about, r, 1)));
    let (Some(questionnaire), Some(version)) =
        (setting("questionnaire"), setting("questionnaire_version"))
    else {
        return Err(not_ours(t!(
            "wb-file-no-questionnaire",
            sheet = ABOUT.to_string()
        )));
    };
    let format = setting("format").unwrap_or_else(|| FORMAT_VERSION.to_string());
    let mut out = Text {
        text: String::new(),
        places: Vec::new(),
        questions: Vec::new(),
        question: None,
    };
    let mut findings = Vec::new();
    out.line(format!("format = {format}"), None);
    out.line(format!("questionnaire = {}", quoted(&questionnaire)), None);
    out.line(
        format!("questionnaire_version = {}", quoted(&version)),
        None,
    );
    let q = data.questionnaire(&questionnaire);

    let profile = sheet_range(&mut book, file, &profile_name).map_err(|f| vec![f])?;
    profile_text(&profile, &profile_name, &about, q, &mut out);

    let sheet = sheet_range(&mut book, file, &questions_name).map_err(|f| vec![f])?;
    let level_heading = in_every_language(|| headers()[COL_LEVEL as usize].clone());
    let heading = cell_text(at(&sheet, 0, COL_LEVEL));
    if !heading.is_some_and(|h| level_heading.contains(&h)) {
        return Err(not_ours(t!(
            "wb-file-not-our-heading",
            cell = cell_name(0, COL_LEVEL.into()),
            sheet = questions_name.clone(),
            heading = headers()[COL_LEVEL as usize].clone()
        )));
    }
    let words = Words::new();
    for row in 1..rows(&sheet) {
        let Some(id) = cell_text(at(&sheet, row, COL_ID)) else {
            continue;
        };
        let place = |col: u16| Some((questions_name.as_str(), cell_name(row, col.into())));
        let fields = row_fields(&sheet, &questions_name, &words, row, file, &mut findings);
        if fields.is_empty() {
            continue;
        }
        out.question = Some(id.clone());
        out.line(format!("[answers.{}]", quoted(&id)), place(COL_ID));
        for (line, place) in fields {
            out.line(line, place);
        }
        out.question = None;
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
                let index = f.line.map(|l| l as usize - 1);
                let place = index.and_then(|i| self.places.get(i)).cloned().flatten();
                let question = index.and_then(|i| self.questions.get(i)).cloned().flatten();
                f.line = None;
                f.column = None;
                // The checker's fixes speak of the text form; say them in the workbook's terms.
                match question {
                    Some(question) if f.code == Code::MissingReason => {
                        f.message = t!("wb-missing-reason", question = question);
                    }
                    _ => {}
                }
                if let Some((sheet, cell)) = place {
                    f.message = at_place(&sheet, Some(&cell), f.message);
                }
                f
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbook written in any language (the pseudo-locale's too) reads back, in every
    /// language, as the same answers text as the English one.
    #[test]
    fn a_workbook_written_in_one_language_reads_the_same_in_every_other() {
        let data = crate::catalogue::load(&crate::catalogue::DataSource::Builtin).unwrap();
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/federation-full-2026.toml"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let answers = crate::answers::parse("example", &text, &data).unwrap();
        let q = data.questionnaire(&answers.questionnaire).unwrap();
        let write = |lang| i18n::with_lang(lang, || template(&data, q, Some(&answers)).unwrap());
        let read_in = |lang, bytes: &[u8]| {
            i18n::with_lang(lang, || read("x.xlsx", bytes, &data))
                .unwrap_or_else(|f| panic!("{f:?}"))
                .text
        };
        let english = read_in(Lang::EN, &write(Lang::EN));
        let pseudo = Lang::find(i18n::PSEUDO).unwrap();
        for writer in Lang::all().chain([pseudo]) {
            let bytes = write(writer);
            for reader in Lang::all() {
                assert_eq!(
                    read_in(reader, &bytes),
                    english,
                    "written in {}, read in {}",
                    writer.tag(),
                    reader.tag()
                );
            }
        }
    }
}
