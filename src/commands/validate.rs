//! `validate`: run every named check on the data and print the findings, compiler style or as
//! JSON. Exit 0 clean, 1 findings (warnings only with --strict), 2 could not run.

use super::Global;
use crate::diagnostics::Code;
use crate::diagnostics::{Finding, Severity};
use crate::io::term::{Style, paint};
use crate::text;
use crate::{answers, catalogue};
use anyhow::Result;
use std::io::Write;

/// Most findings printed for people: a broken or hostile folder can have tens of thousands,
/// and the first hundred say what is wrong. `--format json` lists every one (their number is
/// bounded by the limits on data files: 200 files, 8 MiB in all).
pub const MAX_SHOWN: usize = 100;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub json: bool,
    pub strict: bool,
    /// Answers files to check against their questionnaire.
    pub answers: Vec<std::path::PathBuf>,
}

pub fn run(global: &Global, opts: &Options, out: &mut dyn Write) -> Result<u8> {
    let checked = catalogue::check(&global.data)?;
    let mut findings = checked.findings;
    if !opts.answers.is_empty() {
        match (&checked.catalogue, findings.iter().any(Finding::is_error)) {
            (Some(catalogue), false) => {
                let data = catalogue::Data {
                    catalogue: catalogue.clone(),
                    questionnaires: checked.questionnaires.clone(),
                };
                for path in &opts.answers {
                    findings.extend(check_answers(path, &data, &global.keys));
                }
            }
            _ => anyhow::bail!(
                "cannot check answers files: {} has errors; fix those first (run validate without --answers)",
                global.data.describe()
            ),
        }
    }
    if opts.json {
        // File names and messages may carry bidirectional or C1 characters: escape them.
        let json = serde_json::to_string_pretty(&findings)?;
        writeln!(out, "{}", text::json_safe(&json))?;
    } else {
        let style = Style::stdout(global.color);
        write_human(out, &findings[..findings.len().min(MAX_SHOWN)], style.color)?;
        let more = findings.len().saturating_sub(MAX_SHOWN);
        if more > 0 {
            writeln!(
                out,
                "and {more} more finding{}: fix the ones above and run validate again (--format json lists every finding)\n",
                plural(more)
            )?;
        }
        let errors = findings.iter().filter(|f| f.is_error()).count();
        let warnings = findings.len() - errors;
        let what = match opts.answers.len() {
            0 => global.data.describe(),
            1 => format!("{} and 1 answers file", global.data.describe()),
            n => format!("{} and {n} answers files", global.data.describe()),
        };
        if findings.is_empty() {
            let (recs, qs) = checked.catalogue.as_ref().map_or((0, 0), |c| {
                (c.recommendations.len(), checked.questionnaires.len())
            });
            writeln!(
                out,
                "ok: {what} {} valid ({recs} recommendations, {qs} questionnaire{})",
                if opts.answers.is_empty() { "is" } else { "are" },
                if qs == 1 { "" } else { "s" }
            )?;
        } else {
            writeln!(
                out,
                "{}: {what}: {errors} error{}, {warnings} warning{}",
                if errors > 0 || opts.strict {
                    "failed"
                } else {
                    "ok"
                },
                plural(errors),
                plural(warnings)
            )?;
        }
    }
    let failing = findings
        .iter()
        .any(|f| f.severity == Severity::Error || opts.strict);
    Ok(u8::from(failing))
}

/// Every finding in one answers file (decrypted with `keys` when encrypted); an unreadable
/// file is one finding.
fn check_answers(
    path: &std::path::Path,
    data: &catalogue::Data,
    keys: &crate::io::crypt::Keys,
) -> Vec<Finding> {
    match answers::open(path, data, keys) {
        Ok(_) => Vec::new(),
        Err(answers::LoadError::Invalid { findings, .. }) => findings,
        Err(answers::LoadError::Unreadable(why)) => vec![Finding::new(
            Code::UnreadableFile,
            &text::shown_path(path),
            None,
            why,
        )],
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `error[code]: message` then `  --> file:line:column`, one blank line between findings.
pub fn write_human(out: &mut dyn Write, findings: &[Finding], color: bool) -> std::io::Result<()> {
    for f in findings {
        let label = format!("{}[{}]", f.severity, f.code);
        let tone = if f.is_error() { "1;31" } else { "1;33" };
        writeln!(
            out,
            "{}: {}",
            paint(&label, tone, color),
            text::message_line(&f.message)
        )?;
        writeln!(out, "  --> {}", text::one_line(&f.location()))?;
        writeln!(out)?;
    }
    Ok(())
}
