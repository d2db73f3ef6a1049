//! `template --questionnaire ID`: a blank answers file to fill in an editor, by email or in a
//! spreadsheet, or a questionnaire to print and fill in by hand (HTML); `convert`: a filled
//! workbook to answers text and back. Neither overwrites an existing file: it may hold
//! someone's answers.

use super::Global;
use crate::answers::{self, workbook};
use crate::io::identity::Role;
use crate::io::output;
use crate::text::{shell_word, shown_path};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub questionnaire: String,
    pub output: Option<PathBuf>,
    pub kind: Kind,
}

/// What `template` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A commented answers file.
    Toml,
    /// A fill-in workbook (.xlsx).
    Workbook,
    /// A questionnaire to print and fill in by hand (a page of HTML).
    Paper,
}

#[derive(Debug, Clone)]
pub struct Convert {
    pub input: PathBuf,
    pub output: PathBuf,
    /// Encrypt the converted answers (then named `.toml.age` or `.xlsx.age`).
    pub encrypt: crate::io::crypt::Request,
}

#[derive(Debug, Clone)]
pub struct Xlsform {
    pub questionnaire: String,
    pub output: PathBuf,
    pub force: bool,
}

/// Refuse to replace a file that may hold answers.
fn refuse_existing(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        bail!(
            "{} already exists and may hold answers; choose another file name, or delete it first",
            shown_path(path)
        );
    }
    Ok(())
}

/// Write `bytes` privately, like the answers file it becomes: editors keep the mode when saving.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    write_new_sealed(path, bytes, None)
}

/// [`write_new`], encrypted with `seal` when there is one.
fn write_new_sealed(
    path: &Path,
    bytes: &[u8],
    seal: Option<&crate::io::crypt::Seal>,
) -> Result<()> {
    refuse_existing(path)?;
    output::write_sealed(path, output::Access::Private, seal, |out| {
        out.write_all(bytes)
    })?;
    Ok(())
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let outputs: Vec<Role<'_>> = opts
        .output
        .iter()
        .map(|path| Role::output(path, "the template", "-o"))
        .collect();
    let data = super::load_data(global, &[], &outputs)?;
    let q = super::questionnaire(&data, &opts.questionnaire)?;
    let to_file = opts
        .output
        .as_deref()
        .filter(|p| !output::is_stdout(Some(p)));
    if opts.kind == Kind::Paper {
        return paper(&data, q, to_file);
    }
    if opts.kind == Kind::Workbook {
        let Some(path) = to_file else {
            bail!(
                "a workbook cannot be shown in the terminal; write it to a file with -o answers.xlsx"
            );
        };
        let bytes = workbook::template(&data, q, None).context("could not build the workbook")?;
        write_new(path, &bytes)?;
        let shown = shown_path(path);
        eprintln!(
            "Wrote a blank {} questionnaire workbook to {shown}. Fill in the yellow cells in Excel, LibreOffice or Google Sheets (saved as .xlsx), then run: icso-assess report --answers {}",
            q.id,
            shell_word(&shown),
        );
        return Ok(0);
    }
    let text = answers::template(&data, q);
    match to_file {
        Some(path) => {
            write_new(path, text.as_bytes())?;
            let shown = shown_path(path);
            eprintln!(
                "Wrote a blank {} questionnaire to {shown}. Fill it in, then run: icso-assess report --answers {}",
                q.id,
                shell_word(&shown),
            );
            Ok(0)
        }
        None => super::print(&text),
    }
}

/// The paper questionnaire, to standard output or to a new file (shared: it holds no answers
/// until it is printed and filled in by hand).
fn paper(
    data: &crate::catalogue::Data,
    q: &crate::questionnaire::Questionnaire,
    to_file: Option<&Path>,
) -> Result<u8> {
    let doc = crate::document::questionnaire::build(&data.catalogue, q);
    let style = crate::io::term::Style::plain(crate::io::term::PIPE_WIDTH);
    let write = |out: &mut dyn std::io::Write| {
        crate::render::write_document(doc, crate::render::Format::Html, style, out)
    };
    let Some(path) = to_file else {
        return super::to_stdout(|out| {
            write(out)?;
            Ok(0)
        });
    };
    refuse_existing(path)?;
    output::write_file(path, output::Access::Shared, write)?;
    eprintln!(
        "Wrote the {} questionnaire to print to {}: one area a page, a box to tick per level. Type the answers in later with: icso-assess assess --questionnaire {}",
        q.id,
        shown_path(path),
        shell_word(&q.id),
    );
    Ok(0)
}

pub fn convert(global: &Global, opts: &Convert) -> Result<u8> {
    let inputs = [Role::input(&opts.input, "the answers to convert")];
    let outputs = [Role::output(&opts.output, "the converted answers", "-o")];
    let data = super::load_data(global, &inputs, &outputs)?;
    refuse_existing(&opts.output)?;
    let seal = super::seal_for(&opts.encrypt, &[(Some(&opts.output), "-o")])?;
    let (answers, q) = answers::open(&opts.input, &data, &global.keys)?;
    let bytes = if answers::is_workbook_path(&opts.output) {
        // The workbook has no place for a workshop's record: refuse rather than drop it.
        if answers.workshop.is_some() || answers.answers.values().any(|a| a.source.is_some()) {
            bail!(
                "{} is a workshop's consensus file: the workbook has no place for its sources, justifications and participants, so it was not converted; report on it as it is (`icso-assess report --answers {}`)",
                shown_path(&opts.input),
                crate::text::shell_word(&shown_path(&opts.input))
            );
        }
        workbook::template(&data, q, Some(&answers)).context("could not build the workbook")?
    } else if crate::io::crypt::inner_name(&opts.output)
        .extension()
        .is_some_and(|e| e == "toml")
    {
        answers::to_toml(&answers, q).into_bytes()
    } else {
        bail!(
            "{}: say what to write by its extension: .toml for an answers text file, .xlsx for a workbook (then .age when encrypted: answers.toml.age)",
            shown_path(&opts.output)
        );
    };
    write_new_sealed(&opts.output, &bytes, seal.as_ref())?;
    let how = seal
        .as_ref()
        .map_or(String::new(), |s| format!(", {},", s.describe()));
    eprintln!(
        "Wrote the {} answers of {}{how} to {}.",
        answers.answers.len(),
        shown_path(&opts.input),
        shown_path(&opts.output)
    );
    Ok(0)
}

/// `export xlsform`: the form for KoboToolbox and ODK. It holds no answers, so `--force` may
/// replace it.
pub fn xlsform(global: &Global, opts: &Xlsform) -> Result<u8> {
    let outputs = [Role::output(&opts.output, "the form", "-o")];
    let data = super::load_data(global, &[], &outputs)?;
    let q = super::questionnaire(&data, &opts.questionnaire)?;
    if !opts.force && std::fs::symlink_metadata(&opts.output).is_ok() {
        bail!(
            "{} already exists; choose another file name, or add --force to replace it",
            shown_path(&opts.output)
        );
    }
    let bytes = answers::xlsform::xlsform(&data, q).context("could not build the form")?;
    output::write_file(&opts.output, output::Access::Shared, |out| {
        out.write_all(&bytes)
    })?;
    let shown = shown_path(&opts.output);
    eprintln!(
        "Wrote the {} questionnaire as an XLSForm to {shown}. Upload it to KoboToolbox or ODK Central; \
         export the submissions as CSV with XML values and headers, then run: icso-assess import kobo EXPORT.csv -o replies",
        q.id
    );
    Ok(0)
}
