//! `report --answers FILE`: score an answers file and render the gap report in one format, to
//! standard output or atomically to a file.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::io::crypt;
use crate::io::identity::{self, Role};
use crate::report::{Format, Report};
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    /// `None`: `assessment.toml` in this folder, when there is one.
    pub answers: Option<PathBuf>,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    pub top: usize,
    /// Encrypt the report (then named `.age`, as in `report.html.age`).
    pub encrypt: crypt::Request,
}

/// The answers file to report on: as given, else `assessment.toml` here (saying so).
pub(super) fn answers_file(given: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let default = Path::new(super::assess::DEFAULT_FILE);
    if std::fs::symlink_metadata(default).is_err() {
        bail!(crate::t!(
            "err-no-answers-file",
            file = super::assess::DEFAULT_FILE
        ));
    }
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-reporting-on-default",
            file = super::assess::DEFAULT_FILE
        )
    );
    Ok(default.to_path_buf())
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    super::destination(global, opts.format, opts.output.as_deref(), "report")?;
    let answers_path = answers_file(opts.answers.as_deref())?;
    let mut outputs = Vec::new();
    if let Some(path) = &opts.output {
        outputs.push(Role::output(path, crate::t!("err-role-report"), "-o"));
    }
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(
            &answers_path,
            if opts.answers.is_some() {
                crate::t!("err-role-answers-given")
            } else {
                crate::t!("err-role-answers")
            },
        )],
        &outputs,
    )?;
    let seal = super::seal_for(&opts.encrypt, &[(opts.output.as_deref(), "-o")])?;
    let data = catalogue::load(&global.data)?;
    let (answers, q) = answers::open(&answers_path, &data, &global.keys)?;
    let report = Report::new(&data.catalogue, q, &answers, opts.top);
    let code = super::write_document(
        global,
        opts.format,
        opts.output.as_deref(),
        super::Made::Report,
        &report,
        seal.as_ref(),
    )?;
    // For a person at a terminal, the step after reading the gaps: planning them.
    if crate::io::term::interactive() && !report.scored.ranked().is_empty() {
        let command = format!(
            "icso-assess plan {}--answers {} -o plan.toml",
            identity_args(&global.keys),
            crate::text::shell_word(&crate::text::shown_path(&answers_path))
        );
        eprintln!("{}", crate::t!("cli-notice-next-plan", command = command));
    }
    Ok(code)
}

/// The `--identity` options of `keys`, each followed by a space, for a printed command.
pub(super) fn identity_args(keys: &crypt::Keys) -> String {
    keys.args().iter().map(|a| format!("{a} ")).collect()
}
