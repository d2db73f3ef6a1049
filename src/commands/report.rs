//! `report --answers FILE`: score an answers file and render the gap report in one format, to
//! standard output or atomically to a file.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::output;
use crate::report::{self, Format, Report};
use crate::term::Style;
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
    let data = catalogue::load(&global.data)?;
    let answers = answers::load(&opts.answers, &data).map_err(|e| anyhow!("{e}"))?;
    let q = data
        .questionnaire(&answers.questionnaire)
        .ok_or_else(|| anyhow!("questionnaire {} is missing", answers.questionnaire))?;
    let report = Report::new(&data.catalogue, q, &answers, opts.top);
    let format = match format_for(opts.format, opts.output.as_deref()) {
        Format::Table if global.plain => Format::Plain,
        f => f,
    };
    if output::is_stdout(opts.output.as_deref()) {
        let style = Style::stdout(global.color);
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        report::renderer(format, style).render(&report, &mut out)?;
        std::io::Write::flush(&mut out)?;
    } else if let Some(path) = &opts.output {
        let style = Style::plain(crate::term::PIPE_WIDTH);
        output::write_file(path, |out| {
            report::renderer(format, style).render(&report, out)
        })?;
        let shown = crate::text::one_line(&path.display().to_string());
        eprintln!("Wrote the {} report to {shown}", format.name());
    }
    Ok(0)
}
