//! `report --answers FILE`: score an answers file and render the gap report in one format, to
//! standard output or atomically to a file.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::io::identity::{self, Role};
use crate::report::{self, Format, Report};
use anyhow::{Result, anyhow};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    pub answers: PathBuf,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    pub top: usize,
}

/// The format for `-o FILE` when none is given: from the extension.
pub fn format_for(format: Option<Format>, output: Option<&std::path::Path>) -> Format {
    if let Some(f) = format {
        return f;
    }
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm") => Format::Html,
        Some("csv") => Format::Csv,
        Some("json") => Format::Json,
        _ => Format::Table,
    }
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let mut outputs = Vec::new();
    if let Some(path) = &opts.output {
        outputs.push(Role::output(path, "the report", "-o"));
    }
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(
            &opts.answers,
            "the answers file given to --answers",
        )],
        &outputs,
    )?;
    let data = catalogue::load(&global.data)?;
    let answers = answers::load(&opts.answers, &data).map_err(|e| anyhow!("{e}"))?;
    let q = data
        .questionnaire(&answers.questionnaire)
        .ok_or_else(|| anyhow!("questionnaire {} is missing", answers.questionnaire))?;
    let report = Report::new(&data.catalogue, q, &answers, opts.top);
    let output = opts.output.as_deref();
    let format = super::document_format(global, opts.format, output);
    let what = format!("the {} report", format.name());
    super::write_document(global, output, &what, |style, out| {
        report::renderer(format, style).render(&report, out)
    })
}
