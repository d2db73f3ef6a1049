//! `import kobo|odk EXPORT -o DIR`: the submissions of a KoboToolbox or ODK Central export of our
//! XLSForm (`export xlsform`) as one answers file each, ready for `aggregate DIR`.
//!
//! Reading the export is `answers::export`'s work; here is the folder it writes into: a file a
//! submission, named after its respondent, each written once (the folder lists the submissions
//! it holds), all made durable together. A row with a bad value names its row and column and is
//! not written; the others are.

use super::Global;
use crate::answers::export;
use crate::io::identity::Role;
use crate::questionnaire::Questionnaire;
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

/// The file in DIR listing the submissions already imported, one id per line; not `.toml`, so
/// `aggregate DIR` passes it by.
const IMPORTED: &str = ".icso-imported";

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

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let seal = seal_of(&opts.encrypt)?;
    let inputs = [Role::input(&opts.export, t!("import-role-export"))];
    let data = super::load_data(global, &inputs, &[])?;
    let shown = shown_path(&opts.export);
    let table = export::read(&opts.export, &shown)?;
    let (q, fields) = columns(&table, &data, opts.questionnaire.as_deref(), &shown)?;
    let platform = match opts.platform {
        Platform::Kobo => "KoboToolbox",
        Platform::Odk => "ODK",
    };
    let mut folder = Folder::open(&opts.output, opts.force, seal.as_ref())?;
    // In batches, so that memory holds one batch of texts, not the whole export's.
    let ready = (0..table.rows.len()).step_by(BATCH).flat_map(|start| {
        let end = (start + BATCH).min(table.rows.len());
        export::prepare(&table, &fields, q, &data, start..end)
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
    fn add(
        &mut self,
        ready: Result<export::Prepared, String>,
        index: usize,
        shown: &str,
    ) -> Result<()> {
        let export::Prepared { answers, id, text } = match ready {
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
    table: &export::Table,
    data: &'d crate::catalogue::Data,
    questionnaire: Option<&str>,
    shown: &str,
) -> Result<(&'d Questionnaire, Vec<Option<export::Field>>)> {
    let levels = |q: &Questionnaire| export::fields(table, q);
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
    let (fields, found) = levels(q);
    if found == 0 {
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

/// Rows made ready at a time (about 4 MB of texts for the full questionnaire).
const BATCH: usize = 1024;

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
