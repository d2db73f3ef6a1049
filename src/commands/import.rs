//! `import kobo|odk EXPORT -o DIR`: the submissions of a KoboToolbox or ODK Central export of our
//! XLSForm (`export xlsform`) as one answers file each, ready for `aggregate DIR`.
//!
//! The export is a table: one row per submission, one column per form field, named by the
//! field's name behind its group prefixes (`strategy/R01` in Kobo, `strategy-R01` in ODK
//! Central). Every value is checked while the row is read, and the answers file it makes is then
//! checked again by the answers loader, so what is written is what `aggregate` reads. A row
//! with a bad value names its row and column and is not written; the others are.

use super::Global;
use crate::answers::{self, Answer, Answers, State};
use crate::io::identity::Role;
use crate::questionnaire::{Importance, Questionnaire};
use crate::t;
use crate::text::{one_line, shown_path};
use anyhow::{Context, Result, bail};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Kobo,
    Odk,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub platform: Platform,
    pub export: PathBuf,
    pub output: PathBuf,
    /// None: the questionnaire whose questions most columns name.
    pub questionnaire: Option<String>,
    pub force: bool,
    /// Recipients: every answers file is written encrypted (`NAME.toml.age`).
    pub encrypt: crate::io::crypt::Request,
}

/// The largest export read: 10,000 submissions of the full form are about 30 MB.
const MAX_EXPORT_BYTES: u64 = 128 * 1024 * 1024;

/// The file in DIR listing the submissions already imported, one id per line; not `.toml`, so
/// `aggregate DIR` passes it by.
const IMPORTED: &str = ".icso-imported";

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
enum Field {
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

/// A table read from the export: headers and rows of text.
struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
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

/// A safe file name from the respondent: letters, digits, `-` and `_`, at most 60 characters.
fn file_stem(respondent: &str, row: usize) -> String {
    let mut stem = String::new();
    for c in respondent.trim().chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        format!("submission-{row}")
    } else {
        stem
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

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let seal = seal_of(&opts.encrypt)?;
    let inputs = [Role::input(&opts.export, t!("import-role-export"))];
    let data = super::load_data(global, &inputs, &[])?;
    let shown = shown_path(&opts.export);
    let table = read_export(&opts.export, &shown)?;
    let (q, fields) = columns(&table, &data, opts.questionnaire.as_deref(), &shown)?;
    let platform = match opts.platform {
        Platform::Kobo => "KoboToolbox",
        Platform::Odk => "ODK",
    };
    let mut folder = Folder::open(&opts.output, opts.force, seal.as_ref())?;
    // In batches, so that memory holds one batch of texts, not the whole export's.
    let ready = (0..table.rows.len()).step_by(BATCH).flat_map(|start| {
        let end = (start + BATCH).min(table.rows.len());
        prepare_all(&table, &fields, q, &data, start..end)
            .into_iter()
            .zip(start..end)
    });
    for (ready, index) in ready {
        folder.add(ready, index, &shown)?;
    }
    let counts = folder.close()?;
    say_done(&counts, platform, &opts.output, seal.as_ref());
    Ok(u8::from(counts.refused > 0))
}

/// The export's table, from a workbook or a CSV file, whichever its bytes are.
fn read_export(path: &Path, shown: &str) -> Result<Table> {
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

/// The folder an import writes into, and what it has written there so far.
struct Folder<'a> {
    dir: &'a Path,
    /// Replace files of the same name instead of numbering new ones.
    force: bool,
    seal: Option<&'a crate::io::crypt::Seal>,
    /// The list of the submissions imported ([`IMPORTED`]).
    seen_path: PathBuf,
    /// The ids of the submissions imported, before and now.
    seen: BTreeSet<String>,
    /// The names of the folder's files, which new files must not take.
    taken: BTreeSet<String>,
    /// The ids this import added to `seen`.
    new_ids: Vec<String>,
    /// Submission id -> the row it was first seen on, in this export.
    this_export: BTreeMap<String, usize>,
    /// The files written, to sync at the end.
    files: Vec<PathBuf>,
    counts: Counts,
}

impl<'a> Folder<'a> {
    /// The folder (created if needed) with what it already holds.
    fn open(dir: &'a Path, force: bool, seal: Option<&'a crate::io::crypt::Seal>) -> Result<Self> {
        std::fs::create_dir_all(dir)
            .with_context(|| t!("import-cannot-create", folder = shown_path(dir)))?;
        let seen_path = dir.join(IMPORTED);
        let (seen, taken) = already(dir, &seen_path);
        Ok(Folder {
            dir,
            force,
            seal,
            seen_path,
            seen,
            taken,
            new_ids: Vec::new(),
            this_export: BTreeMap::new(),
            files: Vec::new(),
            counts: Counts::default(),
        })
    }

    /// The row at `index` of the export `shown`: written as a new answers file, or counted as
    /// refused, repeated in this export, or imported before.
    fn add(&mut self, ready: Result<Prepared, String>, index: usize, shown: &str) -> Result<()> {
        let Prepared { answers, id, text } = match ready {
            Ok(p) => p,
            Err(why) => {
                eprintln!(
                    "{}",
                    t!("import-refused", file = shown.to_owned(), why = why)
                );
                self.counts.refused += 1;
                return Ok(());
            }
        };
        if let Some(first) = id.as_ref().and_then(|id| self.this_export.get(id)) {
            eprintln!(
                "{}",
                t!(
                    "import-repeated",
                    file = shown.to_owned(),
                    row = index + 2,
                    first = *first
                )
            );
            return Ok(());
        }
        if id.as_ref().is_some_and(|id| self.seen.contains(id)) {
            self.counts.again += 1;
            return Ok(());
        }
        if let Some(id) = &id {
            self.this_export.insert(id.clone(), index + 2);
        }
        let name = self.free_name(&file_stem(&answers.respondent, index + 1));
        let path = self.dir.join(&name);
        self.write(&path, &text)?;
        self.files.push(path);
        if let Some(id) = id {
            self.seen.insert(id.clone());
            self.new_ids.push(id);
        }
        self.counts.written += 1;
        Ok(())
    }

    /// A file name from `stem` that no file of the folder has (numbered `-2`, `-3`...), unless
    /// `--force` replaces them; taken from now on.
    fn free_name(&mut self, stem: &str) -> String {
        let ext = if self.seal.is_some() {
            "toml.age"
        } else {
            "toml"
        };
        let mut name = format!("{stem}.{ext}");
        let mut n = 2;
        while self.taken.contains(&name) && !self.force {
            name = format!("{stem}-{n}.{ext}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// An answers file's text at `path`, sealed when the import is.
    fn write(&self, path: &Path, text: &str) -> Result<()> {
        match self.seal {
            // Encrypted in memory first: only ciphertext reaches the disk.
            Some(seal) => {
                let mut sealed = Vec::with_capacity(text.len() + 512);
                seal.write(&mut sealed, |w| w.write_all(text.as_bytes()))
                    .with_context(|| t!("import-cannot-encrypt", file = shown_path(path)))?;
                write_unsynced(path, &sealed)
            }
            None => write_unsynced(path, text.as_bytes()),
        }
    }

    /// The list of imported submissions brought up to date, and every file made durable; what
    /// the import did.
    fn close(self) -> Result<Counts> {
        if !self.new_ids.is_empty() {
            let mut list: String = self.seen.iter().map(|id| format!("{id}\n")).collect();
            if list.is_empty() {
                list.push('\n');
            }
            write_unsynced(&self.seen_path, list.as_bytes())?;
        }
        sync_all(self.dir, &self.files);
        Ok(self.counts)
    }
}

/// The questionnaire the export answers (`--questionnaire`, else the one whose questions the
/// columns name most completely) and what each column holds; columns that are not ours are
/// left out with a warning.
fn columns<'d>(
    table: &Table,
    data: &'d crate::catalogue::Data,
    questionnaire: Option<&str>,
    shown: &str,
) -> Result<(&'d Questionnaire, Vec<Option<Field>>)> {
    let levels = |q: &Questionnaire| {
        let fields: Vec<Option<Field>> = table.headers.iter().map(|h| field(h, q)).collect();
        let found = fields
            .iter()
            .filter(|f| matches!(f, Some(Field::Level(_))))
            .count();
        (fields, found)
    };
    let q = match questionnaire {
        Some(id) => super::questionnaire(data, id)?,
        // The form the export answers: the questionnaire most of whose questions are columns
        // (the full one holds the quick one's questions, so the share decides, not the count).
        None => data
            .questionnaires
            .iter()
            .max_by(|a, b| {
                let share =
                    |q: &Questionnaire| levels(q).1 as f64 / q.questions.len().max(1) as f64;
                share(a)
                    .total_cmp(&share(b))
                    .then(levels(a).1.cmp(&levels(b).1))
            })
            .with_context(|| t!("import-no-questionnaire"))?,
    };
    let (fields, _) = levels(q);
    if !fields.iter().any(|f| matches!(f, Some(Field::Level(_)))) {
        bail!(t!(
            "import-no-question-column",
            file = shown.to_owned(),
            questionnaire = q.id.clone(),
            example = q
                .questions
                .first()
                .map_or("R01", |x| x.id.as_str())
                .to_owned()
        ));
    }
    for (header, f) in table.headers.iter().zip(&fields) {
        if f.is_none() {
            eprintln!(
                "{}",
                t!(
                    "import-column-left-out",
                    file = shown.to_owned(),
                    header = one_line(header),
                    questionnaire = q.id.clone()
                )
            );
        }
    }
    Ok((q, fields))
}

/// The seal every answers file is written with, if recipients are given. A passphrase would
/// cost a second of key stretching per submission: recipients only.
fn seal_of(request: &crate::io::crypt::Request) -> Result<Option<crate::io::crypt::Seal>> {
    if request.passphrase {
        bail!(t!("import-passphrase"));
    }
    if request.is_empty() {
        return Ok(None);
    }
    Ok(Some(crate::io::crypt::Seal::from_request(
        request,
        &t!("import-role-imported"),
    )?))
}

/// How many submissions an import wrote, found already imported, and refused.
#[derive(Default)]
struct Counts {
    written: usize,
    again: usize,
    refused: usize,
}

/// What the import did, and the command that comes next.
fn say_done(counts: &Counts, platform: &str, output: &Path, seal: Option<&crate::io::crypt::Seal>) {
    let Counts {
        written,
        again,
        refused,
    } = *counts;
    let dir = shown_path(output);
    eprintln!(
        "{}",
        t!(
            "import-done",
            written = written,
            platform = platform.to_owned(),
            folder = dir.clone(),
            again = again,
            refused = refused
        )
    );
    if written > 0 {
        let folder = crate::text::shell_word(&dir).to_string();
        match seal {
            Some(seal) => eprintln!(
                "{}",
                t!(
                    "import-next-sealed",
                    sealed = seal.describe().to_string(),
                    folder = folder
                )
            ),
            None => eprintln!("{}", t!("import-next", folder = folder)),
        }
    }
}

/// What a folder already holds: the ids of the submissions imported into it before (listed in
/// `seen_path`), and the names of its files, which new files must not take.
fn already(folder: &Path, seen_path: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let seen = std::fs::read_to_string(seen_path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    let taken = std::fs::read_dir(folder)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    (seen, taken)
}

/// A row made ready to write: its answers, its submission id and the answers file's text, which
/// the answers loader has already read back without a finding.
struct Prepared {
    answers: Answers,
    id: Option<String>,
    text: String,
}

/// Rows made ready at a time (about 4 MB of texts for the full questionnaire).
const BATCH: usize = 1024;

/// The rows of `rows` made ready, in row order, on all cores: reading a row, writing its text and reading
/// that text back (the check that what is written is what `aggregate` reads) are independent per
/// row and are most of an import's work.
fn prepare_all(
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

/// Write `path` whole under a temporary name, then rename it: complete or absent. Not synced
/// one by one: [`sync_all`] makes them durable together at the end.
fn write_unsynced(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".import-")
        .tempfile_in(folder)
        .with_context(|| t!("import-cannot-write-in", folder = shown_path(folder)))?;
    tmp.write_all(bytes)?;
    tmp.persist(path)
        .with_context(|| t!("import-cannot-write", file = shown_path(path)))?;
    Ok(())
}

/// Make the written files durable together: on Linux one `syncfs` of the folder's file system
/// (one sync for 10,000 files instead of 10,000); elsewhere each file, then the folder.
fn sync_all(folder: &Path, files: &[PathBuf]) {
    #[cfg(target_os = "linux")]
    if std::fs::File::open(folder).is_ok_and(|dir| rustix::fs::syncfs(&dir).is_ok()) {
        return;
    }
    for file in files {
        if let Ok(f) = std::fs::File::open(file) {
            let _ = f.sync_data();
        }
    }
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}
