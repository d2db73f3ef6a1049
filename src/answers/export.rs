//! A KoboToolbox or ODK Central export of our XLSForm (`export xlsform`), read as answers: the
//! table (a workbook or a CSV file), what each column holds (the form field behind its group
//! prefixes: `strategy/R01` in Kobo, `strategy-R01` in ODK Central), and each row's answers,
//! every value checked as it is read. A row's answers file is then made and read back by the
//! answers loader ([`prepare`]), so what `import` writes is what `aggregate` reads.

use crate::answers::{self, Answer, Answers, State};
use crate::questionnaire::{Importance, Questionnaire};
use crate::t;
use crate::text::{one_line, shown_path};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// The largest export read: 10,000 submissions of the full form are about 30 MB.
const MAX_EXPORT_BYTES: u64 = 128 * 1024 * 1024;

/// Columns the platforms add, never questions of ours.
const PLATFORM_COLUMNS: [&str; 29] = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
    "SubmissionDate",
    "meta-instanceID",
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "meta/instanceID",
    "instanceID",
];

/// The columns holding a submission's id and time, by platform, in order of preference.
const ID_COLUMNS: [&str; 4] = ["_uuid", "meta/instanceID", "meta-instanceID", "KEY"];
const TIME_COLUMNS: [&str; 3] = ["_submission_time", "SubmissionDate", "end"];

/// What a column of the export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Setting(&'static str),
    Profile(String),
    Level(String),
    Reason(String),
    Importance(String),
    Note(String),
    Id,
    Time,
    Ignored,
}

/// The form field a header names: the header itself, or its last part behind a group prefix
/// (`group/name` or `group-name`). Known names are tried, longest first, so a name with a `-` of
/// its own (`china-presence`) is not cut.
fn field(header: &str, q: &Questionnaire) -> Option<Field> {
    if ID_COLUMNS.contains(&header) {
        return Some(Field::Id);
    }
    if TIME_COLUMNS.contains(&header) {
        return Some(Field::Time);
    }
    if PLATFORM_COLUMNS.contains(&header) || header.starts_with('_') || header.starts_with("meta") {
        return Some(Field::Ignored);
    }
    let named = |name: &str| {
        header == name
            || header
                .strip_suffix(name)
                .is_some_and(|rest| rest.ends_with('/') || rest.ends_with('-'))
    };
    for key in ["organisation", "respondent"] {
        if named(key) {
            return Some(Field::Setting(key));
        }
    }
    let mut best: Option<(usize, Field)> = None;
    let mut consider = |name: String, f: Field| {
        if named(&name) && best.as_ref().is_none_or(|(len, _)| name.len() > *len) {
            best = Some((name.len(), f));
        }
    };
    for p in &q.profile {
        consider(p.id.clone(), Field::Profile(p.id.clone()));
    }
    for question in &q.questions {
        let id = &question.id;
        consider(id.clone(), Field::Level(id.clone()));
        consider(format!("{id}_reason"), Field::Reason(id.clone()));
        consider(format!("{id}_importance"), Field::Importance(id.clone()));
        consider(format!("{id}_note"), Field::Note(id.clone()));
    }
    best.map(|(_, f)| f)
}

/// What each column of `table` holds for questionnaire `q` (`None`: not ours), and how many
/// columns hold a question's level.
pub fn fields(table: &Table, q: &Questionnaire) -> (Vec<Option<Field>>, usize) {
    let fields: Vec<Option<Field>> = table.headers.iter().map(|h| field(h, q)).collect();
    let levels = fields
        .iter()
        .filter(|f| matches!(f, Some(Field::Level(_))))
        .count();
    (fields, levels)
}

/// A table read from the export: headers and rows of text.
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn read_csv(path: &Path, bytes: &[u8]) -> Result<Table> {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| first.iter().filter(|b| **b == c).count();
    let delimiter = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(bytes);
    let shown = shown_path(path);
    let headers = reader
        .headers()
        .with_context(|| t!("import-csv-header", file = shown.clone()))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            anyhow::anyhow!(t!(
                "import-csv-row",
                file = shown.clone(),
                row = index + 2,
                why = one_line(&e.to_string())
            ))
        })?;
        rows.push(record.iter().map(str::to_string).collect());
    }
    Ok(Table { headers, rows })
}

fn read_xlsx(path: &Path, bytes: &[u8]) -> Result<Table> {
    let shown = shown_path(path);
    let rows =
        answers::workbook::first_sheet(bytes).map_err(|why| anyhow::anyhow!("{shown}: {why}"))?;
    let mut rows = rows.into_iter();
    let headers = rows.next().unwrap_or_default();
    Ok(Table {
        headers,
        rows: rows.collect(),
    })
}

/// The export's table, from a workbook or a CSV file, whichever its bytes are.
pub fn read(path: &Path, shown: &str) -> Result<Table> {
    let bytes = crate::catalogue::source::read_bounded(path, MAX_EXPORT_BYTES).map_err(|why| {
        anyhow::anyhow!(t!(
            "import-unreadable",
            file = shown.to_owned(),
            why = why.to_string()
        ))
    })?;
    if answers::workbook::is_zip(&bytes) {
        read_xlsx(path, &bytes)
    } else {
        read_csv(path, &bytes)
    }
}

/// The answers of one row, or what is wrong with it (`row N, column C: ...`).
fn submission(
    table: &Table,
    fields: &[Option<Field>],
    row_index: usize,
    q: &Questionnaire,
) -> Result<(Answers, Option<String>), String> {
    let line = row_index + 2;
    let mut reading = Reading::new(q);
    for (col, value) in table.rows[row_index].iter().enumerate() {
        let value = value.trim();
        let Some(Some(f)) = fields.get(col) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let header = &table.headers[col];
        reading.cell(f, header, value, q).map_err(|what| {
            t!(
                "import-at-column",
                row = line,
                column = col + 1,
                header = one_line(header),
                what = what
            )
        })?;
    }
    reading.finish(line)
}

/// One row as it is read cell by cell: the answers so far, and what stands in columns of its
/// own (reasons, importance, notes) until every column is read and it joins its question.
struct Reading {
    answers: Answers,
    id: Option<String>,
    reasons: BTreeMap<String, String>,
    importance: BTreeMap<String, Importance>,
    notes: BTreeMap<String, String>,
    /// Where the time taken so far stands in [`TIME_COLUMNS`] (`usize::MAX`: none yet).
    time_rank: Option<usize>,
}

impl Reading {
    fn new(q: &Questionnaire) -> Self {
        Reading {
            answers: Answers {
                questionnaire: q.id.clone(),
                questionnaire_version: q.version.clone(),
                ..Answers::default()
            },
            id: None,
            reasons: BTreeMap::new(),
            importance: BTreeMap::new(),
            notes: BTreeMap::new(),
            time_rank: Some(usize::MAX),
        }
    }

    /// The value of one cell, not empty, in the column `header` that holds `f`; `Err` says
    /// what is wrong with it.
    fn cell(
        &mut self,
        f: &Field,
        header: &str,
        value: &str,
        q: &Questionnaire,
    ) -> Result<(), String> {
        let a = &mut self.answers;
        match f {
            Field::Setting("organisation") => a.organisation = value.to_string(),
            Field::Setting(_) => a.respondent = value.to_string(),
            Field::Profile(p) => {
                let question = q.profile_question(p).expect("a known profile question");
                if question.option(value).is_none() {
                    return Err(t!(
                        "import-bad-choice",
                        value = one_line(value),
                        choices = question
                            .options
                            .iter()
                            .map(|o| o.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                a.profile.insert(p.clone(), value.to_string());
            }
            Field::Level(qid) => {
                a.answers.insert(qid.clone(), Answer::new(level(value, q)?));
            }
            Field::Reason(qid) => {
                self.reasons.insert(qid.clone(), value.to_string());
            }
            Field::Importance(qid) => {
                let Some(i) = Importance::parse(value) else {
                    return Err(t!("import-bad-importance", value = one_line(value)));
                };
                self.importance.insert(qid.clone(), i);
            }
            Field::Note(qid) => {
                self.notes.insert(qid.clone(), value.to_string());
            }
            Field::Id => self.id = Some(value.to_string()),
            Field::Time => {
                // The submission time is preferred to the form's end time, whatever their order.
                let rank = TIME_COLUMNS.iter().position(|c| *c == header);
                if rank < self.time_rank && value.len() >= 10 && value.is_char_boundary(10) {
                    a.date = value[..10].to_string();
                    self.time_rank = rank;
                }
            }
            Field::Ignored => {}
        }
        Ok(())
    }

    /// The answers of the row on `line`, each with its reason, importance and note, and the
    /// submission's id; a question not applicable without a reason is refused.
    fn finish(mut self, line: usize) -> Result<(Answers, Option<String>), String> {
        for (qid, answer) in &mut self.answers.answers {
            if let State::NotApplicable(reason) = &mut answer.state {
                let Some(given) = self.reasons.get(qid) else {
                    return Err(t!("import-no-reason", row = line, question = qid.clone()));
                };
                reason.clone_from(given);
            }
            answer.importance = self.importance.get(qid).copied();
            answer.note = self.notes.get(qid).cloned();
        }
        Ok((self.answers, self.id))
    }
}

/// A level cell: a level of the questionnaire, `na` (not applicable) or `dk` (don't know).
fn level(value: &str, q: &Questionnaire) -> Result<State, String> {
    Ok(match value {
        "na" => State::NotApplicable(String::new()),
        "dk" => State::Unknown,
        v => match v.parse::<u8>() {
            Ok(n) if n <= q.max_level() => State::Level(n),
            _ => {
                return Err(t!(
                    "import-bad-level",
                    value = one_line(v),
                    max = q.max_level()
                ));
            }
        },
    })
}

/// A row made ready to write: its answers, its submission id and the answers file's text, which
/// the answers loader has already read back without a finding.
pub struct Prepared {
    pub answers: Answers,
    pub id: Option<String>,
    pub text: String,
}

/// The rows of `rows` made ready, in row order, on all cores: reading a row, writing its text and reading
/// that text back (the check that what is written is what `aggregate` reads) are independent per
/// row and are most of an import's work.
pub fn prepare(
    table: &Table,
    fields: &[Option<Field>],
    q: &Questionnaire,
    data: &crate::catalogue::Data,
    rows: std::ops::Range<usize>,
) -> Vec<Result<Prepared, String>> {
    let prepare = |index: usize| -> Result<Prepared, String> {
        let (answers, id) = submission(table, fields, index, q)?;
        let text = answers::to_toml(&answers, q);
        if let Err(findings) = answers::parse("import", &text, data) {
            let why = findings
                .first()
                .map_or(String::new(), |f| f.message.clone());
            return Err(t!("import-row", row = index + 2, why = why));
        }
        Ok(Prepared { answers, id, text })
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(rows.len().div_ceil(128).max(1));
    if threads <= 1 {
        return rows.map(prepare).collect();
    }
    let chunk = rows.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let prepare = &prepare;
                scope.spawn(move || {
                    (rows.start + t * chunk..(rows.start + (t + 1) * chunk).min(rows.end))
                        .map(prepare)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
