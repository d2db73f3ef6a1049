//! `compare BEFORE AFTER`: progress between two assessments of the same organisation, in one
//! format, to standard output or atomically to a file.

use super::Global;
use crate::analysis::compare::Comparison;
use crate::answers::{self, Answers};
use crate::catalogue::{self, Data};
use crate::io::identity::{self, Role};
use crate::questionnaire::Questionnaire;
use crate::report::Format;
use anyhow::Result;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub before: PathBuf,
    pub after: PathBuf,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
}

/// Load one answers file and its questionnaire; every error names the file (the loader's
/// messages carry the path already).
fn side<'d>(data: &'d Data, path: &Path) -> Result<(&'d Questionnaire, Answers)> {
    let (answers, q) = answers::open(path, data)?;
    Ok((q, answers))
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    super::destination(global, opts.format, opts.output.as_deref(), "comparison")?;
    let mut outputs = Vec::new();
    if let Some(path) = &opts.output {
        outputs.push(Role::output(path, "the comparison", "-o"));
    }
    identity::check_outputs_with_data(
        &global.data,
        &[
            Role::input(&opts.before, "the earlier answers file (BEFORE)"),
            Role::input(&opts.after, "the later answers file (AFTER)"),
        ],
        &outputs,
    )?;
    let data = catalogue::load(&global.data)?;
    let (qb, before) = side(&data, &opts.before)?;
    let (qa, after) = side(&data, &opts.after)?;
    let comparison = Comparison::new(&data.catalogue, (qb, &before), (qa, &after));
    super::write_document(
        global,
        opts.format,
        opts.output.as_deref(),
        "comparison",
        &comparison,
    )
}
