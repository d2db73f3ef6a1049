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
        bail!(crate::t!("err-template-exists", path = shown_path(path)));
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
        .map(|path| Role::output(path, crate::t!("err-role-template"), "-o"))
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
    let is_workbook = opts.kind == Kind::Workbook;
    let Some(path) = to_file else {
        if is_workbook {
            bail!(crate::t!("err-template-workbook-on-terminal"));
        }
        return super::print(&answers::template(&data, q));
    };
    let bytes = if is_workbook {
        workbook::template(&data, q, None).with_context(|| crate::t!("err-workbook-build"))?
    } else {
        answers::template(&data, q).into_bytes()
    };
    write_new(path, &bytes)?;
    let shown = shown_path(path);
    let questionnaire = q.id.clone();
    let notice = if is_workbook {
        crate::t!(
            "cli-notice-template-workbook",
            ..super::file_args(&shown),
            questionnaire = questionnaire
        )
    } else {
        crate::t!(
            "cli-notice-template-toml",
            ..super::file_args(&shown),
            questionnaire = questionnaire
        )
    };
    eprintln!("{notice}");
    Ok(0)
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
        "{}",
        crate::t!(
            "cli-notice-template-paper",
            questionnaire = q.id.clone(),
            path = shown_path(path),
            id = shell_word(&q.id)
        )
    );
    Ok(0)
}

pub fn convert(global: &Global, opts: &Convert) -> Result<u8> {
    let inputs = [Role::input(
        &opts.input,
        crate::t!("err-role-convert-input"),
    )];
    let outputs = [Role::output(
        &opts.output,
        crate::t!("err-role-convert-output"),
        "-o",
    )];
    let data = super::load_data(global, &inputs, &outputs)?;
    refuse_existing(&opts.output)?;
    let seal = super::seal_for(&opts.encrypt, &[(Some(&opts.output), "-o")])?;
    let (answers, q) = answers::open(&opts.input, &data, &global.keys)?;
    let bytes = if answers::is_workbook_path(&opts.output) {
        // The workbook has no place for a workshop's record: refuse rather than drop it.
        if answers.workshop.is_some() || answers.answers.values().any(|a| a.source.is_some()) {
            bail!(crate::t!(
                "err-convert-consensus",
                path = shown_path(&opts.input),
                file = crate::text::shell_word(&shown_path(&opts.input))
            ));
        }
        workbook::template(&data, q, Some(&answers))
            .with_context(|| crate::t!("err-workbook-build"))?
    } else if crate::io::crypt::inner_name(&opts.output)
        .extension()
        .is_some_and(|e| e == "toml")
    {
        answers::to_toml(&answers, q).into_bytes()
    } else {
        bail!(crate::t!(
            "err-convert-extension",
            path = shown_path(&opts.output)
        ));
    };
    write_new_sealed(&opts.output, &bytes, seal.as_ref())?;
    let (sealed, how) = super::sealing(seal.as_ref());
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-converted",
            count = answers.answers.len(),
            input = shown_path(&opts.input),
            sealed = sealed,
            how = how,
            output = shown_path(&opts.output)
        )
    );
    Ok(0)
}

/// `export xlsform`: the form for KoboToolbox and ODK. It holds no answers, so `--force` may
/// replace it.
pub fn xlsform(global: &Global, opts: &Xlsform) -> Result<u8> {
    let outputs = [Role::output(&opts.output, crate::t!("err-role-form"), "-o")];
    let data = super::load_data(global, &[], &outputs)?;
    let q = super::questionnaire(&data, &opts.questionnaire)?;
    if !opts.force && std::fs::symlink_metadata(&opts.output).is_ok() {
        bail!(crate::t!(
            "err-xlsform-exists",
            path = shown_path(&opts.output)
        ));
    }
    // Each language's questions and levels, for the form's column of that language.
    let in_languages = crate::i18n::Lang::all()
        .map(|lang| Ok((lang, crate::catalogue::load_in(&global.data, lang)?)))
        .collect::<Result<Vec<_>>>()?;
    let bytes = answers::xlsform::xlsform(&data, &in_languages, q)
        .with_context(|| crate::t!("err-xlsform-build"))?;
    output::write_file(&opts.output, output::Access::Shared, |out| {
        out.write_all(&bytes)
    })?;
    let shown = shown_path(&opts.output);
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-xlsform",
            questionnaire = q.id.clone(),
            path = shown
        )
    );
    Ok(0)
}
