//! `assess`: the interactive self-assessment in a terminal. Starts or resumes the answers file,
//! saves after every answer, and ends with the report and an offer to export it.

use super::Global;
use crate::answers::{self, Answers};
use crate::assess::{Flow, Outcome, Start, Store};
use crate::catalogue;
use crate::output;
use crate::prompt::terminal::Terminal;
use crate::prompt::{Prompter, Reply};
use crate::questionnaire::Questionnaire;
use crate::report::{self, Format, Report};
use crate::term::{self, Style};
use anyhow::{Result, anyhow, bail};
use std::path::{Path, PathBuf};

/// The answers file used when none is named.
pub const DEFAULT_FILE: &str = "assessment.toml";

#[derive(Debug, Clone)]
pub struct Options {
    pub questionnaire: Option<String>,
    pub file: PathBuf,
    pub review: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            questionnaire: None,
            file: PathBuf::from(DEFAULT_FILE),
            review: false,
        }
    }
}

struct FileStore<'a> {
    path: &'a Path,
}

impl Store for FileStore<'_> {
    fn save(&mut self, answers: &Answers, q: &Questionnaire) -> Result<()> {
        answers::save(self.path, answers, q)
    }
}

/// Exit code for an interrupted session, as shells expect after Ctrl-C.
pub const INTERRUPTED: u8 = 130;

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    if !term::interactive() {
        bail!(
            "the interactive assessment needs a terminal; to answer without one, write a blank answers file with `icso-assess template -o answers.toml`, fill it in, then run `icso-assess report --answers answers.toml`"
        );
    }
    let data = catalogue::load(&global.data)?;
    if let Some(id) = &opts.questionnaire
        && data.questionnaire(id).is_none()
    {
        bail!(
            "no questionnaire \"{}\"; use --questionnaire with one of: {}",
            crate::text::one_line(id),
            data.questionnaire_ids().join(", ")
        );
    }
    let path = &opts.file;
    // Printed as is by println! below: a file name can carry escape sequences too.
    let shown = crate::text::one_line(&path.display().to_string());
    // As typed in a shell, for the commands we print.
    let arg = crate::text::shell_word(&shown);
    let start = if std::fs::symlink_metadata(path).is_ok() {
        // Never start afresh over an existing file: it may hold someone's answers.
        let existing =
            answers::load(path, &data).map_err(|e| anyhow!("{e}; the file was left as it is"))?;
        if let Some(id) = &opts.questionnaire
            && *id != existing.questionnaire
        {
            bail!(
                "{shown} holds answers to the {} questionnaire, not {id}; leave out --questionnaire to resume it, or choose another file with --file",
                existing.questionnaire
            );
        }
        Start::Resume(existing)
    } else {
        if opts.review {
            bail!(
                "{shown} does not exist yet, so there is nothing to review; leave out --review to start"
            );
        }
        Start::New {
            questionnaire: opts.questionnaire.clone(),
            date: today(),
        }
    };
    // Fail now, not after ten answers, if the answers cannot be saved.
    answers::check_writable(path)?;

    let color = term::use_color(global.color, true);
    let mut terminal = Terminal::new(color);
    let resuming = matches!(start, Start::Resume(_));
    terminal.say(&term::wrap(
        &if resuming {
            format!("Resuming the assessment in {shown}. Answers are saved after every question.")
        } else {
            format!("A new assessment, saved to {shown} after every question. Stop any time with Ctrl-C and resume later.")
        },
        terminal.width(),
        "",
    ));
    let mut store = FileStore { path };
    let outcome = Flow::new(&data, &mut terminal, &mut store).run(start, opts.review)?;
    match outcome {
        Outcome::Interrupted(a) => {
            let n = a.answers.len();
            if a.questionnaire.is_empty() || a.respondent.is_empty() {
                println!("\nStopped before anything was saved.");
            } else {
                println!(
                    "\nStopped. {n} answer{} saved in {shown}.\nResume with: icso-assess assess --file {arg}",
                    if n == 1 { "" } else { "s" }
                );
            }
            Ok(INTERRUPTED)
        }
        Outcome::Finished(a) => {
            let q = data
                .questionnaire(&a.questionnaire)
                .ok_or_else(|| anyhow!("questionnaire {} is missing", a.questionnaire))?;
            let report = Report::new(&data.catalogue, q, &a, report::DEFAULT_TOP);
            println!();
            let style = Style::stdout(global.color);
            {
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                let format = if global.plain {
                    Format::Plain
                } else {
                    Format::Table
                };
                report::renderer(format, style).render(&report, &mut out)?;
            }
            println!();
            let code = export(&mut terminal, &report, path)?;
            println!(
                "\nYour answers are in {shown}. Review them with: icso-assess assess --file {arg} --review"
            );
            Ok(code)
        }
    }
}

/// Offer to save the report in another format next to the answers file.
fn export(p: &mut dyn Prompter, report: &Report, answers_path: &Path) -> Result<u8> {
    let formats = [Format::Html, Format::Markdown, Format::Csv, Format::Json];
    let mut options = vec!["No, finish here".to_string()];
    options.extend([
        "HTML page: printable, with charts".to_string(),
        "Markdown: for a wiki or document".to_string(),
        "CSV: one row per question, for a spreadsheet".to_string(),
        "JSON: for other tools".to_string(),
    ]);
    loop {
        let choice = match p.select("Export the report?", &options, 0, "↑↓ move · Enter choose")
        {
            Reply::Value(0) | Reply::Back => return Ok(0),
            Reply::Value(k) => formats[k - 1],
            Reply::Interrupt => return Ok(INTERRUPTED),
        };
        let stem = answers_path.file_stem().map_or_else(
            || "assessment".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let suggestion = answers_path
            .with_file_name(format!("{stem}-report.{}", choice.extension()))
            .display()
            .to_string();
        let target = match p.text(
            "Save the report as",
            &suggestion,
            "Enter to accept · Esc back",
        ) {
            Reply::Value(t) if !t.trim().is_empty() => PathBuf::from(t.trim()),
            Reply::Value(_) | Reply::Back => continue,
            Reply::Interrupt => return Ok(INTERRUPTED),
        };
        if std::fs::symlink_metadata(&target).is_ok() {
            match p.select(
                &format!("{} exists. Replace it?", target.display()),
                &[
                    "No, choose another name".to_string(),
                    "Yes, replace it".to_string(),
                ],
                0,
                "",
            ) {
                Reply::Value(1) => {}
                Reply::Interrupt => return Ok(INTERRUPTED),
                _ => continue,
            }
        }
        let style = Style::plain(term::PIPE_WIDTH);
        match output::write_file(&target, |out| {
            report::renderer(choice, style).render(report, out)
        }) {
            Ok(()) => {
                p.say(&format!(
                    "Saved the {} report to {}.",
                    choice.name(),
                    target.display()
                ));
                return Ok(0);
            }
            Err(e) => p.say(&format!(
                "Could not save: {}. Try another path.",
                crate::error_line(&e)
            )),
        }
    }
}

/// Today's date as YYYY-MM-DD (UTC), for a new answers file.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_786), "2026-11-29");
    }
}
