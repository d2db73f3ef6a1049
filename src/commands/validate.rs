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
                    // JSON is for programs: its messages stay English whatever the language.
                    let check = || check_answers(path, &data, &global.keys);
                    findings.extend(if opts.json {
                        crate::i18n::with_lang(crate::i18n::Lang::EN, check)
                    } else {
                        check()
                    });
                }
            }
            _ => anyhow::bail!(crate::t!(
                "err-validate-data-first",
                data = described(&global.data)
            )),
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
            writeln!(out, "{}\n", crate::t!("err-validate-more", count = more))?;
        }
        let errors = findings.iter().filter(|f| f.is_error()).count();
        let warnings = findings.len() - errors;
        let what = match opts.answers.len() {
            0 => described(&global.data),
            n => crate::t!(
                "err-validate-data-and-answers",
                data = described(&global.data),
                count = n
            ),
        };
        if findings.is_empty() {
            let (recs, qs) = checked.catalogue.as_ref().map_or((0, 0), |c| {
                (c.recommendations.len(), checked.questionnaires.len())
            });
            let answers = if opts.answers.is_empty() { "no" } else { "yes" };
            writeln!(
                out,
                "{}",
                crate::t!(
                    "err-validate-ok",
                    what = what,
                    answers = answers,
                    recommendations = recs,
                    questionnaires = qs
                )
            )?;
        } else {
            let failed = if errors > 0 || opts.strict {
                "yes"
            } else {
                "no"
            };
            writeln!(
                out,
                "{}",
                crate::t!(
                    "err-validate-summary",
                    failed = failed,
                    what = what,
                    errors = errors,
                    warnings = warnings
                )
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

/// The data checked, as the summary names it: "the built-in data", "the data in DIR".
fn described(source: &catalogue::DataSource) -> String {
    match source {
        catalogue::DataSource::Builtin => crate::t!("err-validate-builtin-data"),
        catalogue::DataSource::Dir(dir) => {
            crate::t!("err-validate-data-in", path = text::shown_path(dir))
        }
    }
}

/// `error[code]: message` then `  --> file:line:column`, one blank line between findings.
pub fn write_human(out: &mut dyn Write, findings: &[Finding], color: bool) -> std::io::Result<()> {
    for f in findings {
        let severity = match f.severity {
            Severity::Error => crate::t!("err-finding-error"),
            Severity::Warning => crate::t!("err-finding-warning"),
        };
        let label = format!("{severity}[{}]", f.code);
        let tone = if f.is_error() { "1;31" } else { "1;33" };
        writeln!(
            out,
            "{}: {}",
            paint(&label, tone, color),
            crate::keeping_no_break_spaces(&f.message, text::message_line)
        )?;
        writeln!(out, "  --> {}", text::one_line(&f.location()))?;
        writeln!(out)?;
    }
    Ok(())
}
