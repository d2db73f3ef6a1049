//! The guide as data: reading the files, checking them, and the validated model.
//! `validate` shows every finding; other commands need data with no errors.

mod build;
pub mod check;
pub mod model;
pub mod raw;
pub mod snapshot;
pub mod source;

pub use check::Checked;
pub use model::Catalogue;
pub use source::DataSource;

use crate::questionnaire::Questionnaire;
use anyhow::Result;

/// Checked data with no errors: what every command but `validate` works on.
#[derive(Debug, Clone)]
pub struct Data {
    pub catalogue: Catalogue,
    pub questionnaires: Vec<Questionnaire>,
}

impl Data {
    find_by_id! {
        questionnaire: questionnaires -> Questionnaire;
    }

    pub fn questionnaire_ids(&self) -> Vec<&str> {
        self.questionnaires.iter().map(|q| q.id.as_str()).collect()
    }
}

/// Read and check all data files and every language's overlays, keeping every finding.
pub fn check(source: &DataSource) -> Result<Checked> {
    let files = source::read_with_translations(source)?;
    Ok(check::check(files))
}

/// Read and check all data files (in English, without their translations); fail with the
/// first error and a pointer to `validate`.
pub fn load(source: &DataSource) -> Result<Data> {
    // The English alone: translations are read and checked only in their language.
    let checked = check::check(source::read(source)?);
    let errors = checked.error_count();
    match (checked.catalogue, errors) {
        (Some(catalogue), 0) => Ok(Data {
            catalogue,
            questionnaires: checked.questionnaires,
        }),
        _ => Err(refused(&source.describe(), source, &checked.findings)),
    }
}

/// `data` in language `lang`: its overlay from `source` (the built-in overlays, or
/// `DIR/translations/<lang>/`) checked and applied. A language without an overlay is the
/// English; an overlay with errors stops the command, with a pointer to `validate`, as data
/// with errors does.
pub fn translate(data: Data, source: &DataSource, lang: &str) -> Result<Data> {
    let (files, problems) = source::read_language(source, lang)?;
    let Some(files) = files else {
        return Ok(data);
    };
    let problems: Vec<_> = problems.into_iter().filter(|f| f.is_error()).collect();
    let translated = if problems.is_empty() {
        crate::overlay::translate(data, &files)
    } else {
        Err(problems)
    };
    translated.map_err(|findings| {
        let what = format!("the {lang} translation of {}", source.describe());
        refused(&what, source, &findings)
    })
}

/// Why data with errors cannot be used: how many, the first, and the command that shows all.
fn refused(
    what: &str,
    source: &DataSource,
    findings: &[crate::diagnostics::Finding],
) -> anyhow::Error {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    let first = findings.iter().find(|f| f.is_error());
    let detail = first.map_or(String::new(), |f| {
        format!(": {}: {} [{}]", f.location(), f.message, f.code)
    });
    let dir = match source {
        DataSource::Builtin => String::new(),
        DataSource::Dir(d) => format!(
            " --data {}",
            crate::text::shell_word(&crate::text::shown_path(d))
        ),
    };
    anyhow::anyhow!(
        "{what} has {errors} problem{}{detail}; run `icso-assess validate{dir}` to see them all",
        if errors == 1 { "" } else { "s" }
    )
}
