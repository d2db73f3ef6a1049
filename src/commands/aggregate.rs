//! `aggregate FILE...`: combine several respondents' answers files to one questionnaire into the
//! gap report of their combined answers, plus who answered and where they disagree.

use super::Global;
use crate::analysis::aggregate::{self, inputs};
use crate::answers;
use crate::catalogue;
use crate::document::wording::report as wording;
use crate::io::crypt;
use crate::io::identity::{self, Role};
use crate::report::{Format, Report};
use crate::text::shown_path;
use anyhow::Result;
use std::hash::{BuildHasher, RandomState};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    /// Answers files, or folders whose `*.toml` files are read.
    pub paths: Vec<PathBuf>,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    /// Where to save the combined answers as an answers file.
    pub save_combined: Option<PathBuf>,
    pub top: usize,
    /// Respondents named by letters in an order drawn at random, never by name or file.
    pub anonymise: bool,
    /// Encrypt the report and the combined answers (both then named `.age`).
    pub encrypt: crypt::Request,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    super::destination(global, opts.format, opts.output.as_deref(), "report")?;
    let files = inputs::files(&opts.paths)?;
    let inputs: Vec<Role<'_>> = files
        .iter()
        .map(|f| Role::input(f, crate::t!("err-role-combined-input")))
        .collect();
    let mut outputs = Vec::new();
    if let Some(path) = &opts.output {
        outputs.push(Role::output(path, crate::t!("err-role-report"), "-o"));
    }
    if let Some(path) = &opts.save_combined {
        outputs.push(Role::output(
            path,
            crate::t!("err-role-combined-answers"),
            "--save-combined",
        ));
    }
    identity::check_outputs_with_data(&global.data, &inputs, &outputs)?;
    if let Some(path) = &opts.save_combined {
        answers::check_writable(path, "--save-combined")?;
    }
    let mut written: Vec<super::Out<'_>> = vec![(opts.output.as_deref(), "-o")];
    if let Some(path) = &opts.save_combined {
        written.push((Some(path), "--save-combined"));
    }
    let seal = super::seal_for(&opts.encrypt, &written)?;

    let data = catalogue::load(&global.data)?;
    let (q, respondents) = inputs::load(&files, &data, &global.keys)?;
    let count = respondents.len();
    let aggregate::Aggregate {
        combined,
        summary,
        warnings,
    } = if opts.anonymise {
        // A new random number each run (std seeds every `RandomState` from the system's
        // randomness), so the letters follow neither the files' names nor their order.
        let seed = RandomState::new().hash_one(std::process::id());
        aggregate::combine_anonymised(
            &data.catalogue,
            q,
            respondents,
            seed,
            wording::anonymous_respondent,
        )
    } else {
        aggregate::combine(&data.catalogue, q, respondents)
    };
    super::warn_each(&warnings);
    // Said once when an anonymised report shows text the respondents wrote themselves.
    if summary.anonymised && writes_own_words(&summary) {
        super::warn(crate::t!("warn-anonymise-own-words"));
    }

    // Saved before the report is written, so a reader closing the pipe early loses nothing.
    if let Some(path) = &opts.save_combined {
        let text = answers::to_toml(&combined, q);
        answers::save_text(path, &text, "--save-combined", seal.as_ref())?;
        let (sealed, how) = super::sealing(seal.as_ref());
        eprintln!(
            "{}",
            crate::t!(
                "cli-notice-saved-combined",
                count = count,
                sealed = sealed,
                how = how,
                path = shown_path(path)
            )
        );
    }

    let mut report = Report::new(&data.catalogue, q, &combined, opts.top);
    report.aggregate = Some(summary);
    let written = super::write_document(
        global,
        opts.format,
        opts.output.as_deref(),
        super::Made::Combined(count),
        &report,
        seal.as_ref(),
    );
    // The process ends here: freeing ten thousand respondents one by one would only add time.
    std::mem::forget(report);
    written
}

/// Whether any respondent wrote a note, evidence or a not-applicable reason: the report shows
/// those as written (the combined answers quote a reason and carry the evidence too).
fn writes_own_words(summary: &aggregate::Summary) -> bool {
    summary.respondents.iter().any(|r| {
        r.answers.iter().flatten().any(|a| {
            a.note.is_some()
                || !a.evidence.is_empty()
                || matches!(a.state, crate::answers::State::NotApplicable(_))
        })
    })
}
