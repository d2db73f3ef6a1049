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
use anyhow::{Result, bail};

/// Checked data with no errors: what every command but `validate` works on.
#[derive(Debug)]
pub struct Data {
    pub catalogue: Catalogue,
    pub questionnaires: Vec<Questionnaire>,
}

impl Data {
    pub fn questionnaire(&self, id: &str) -> Option<&Questionnaire> {
        self.questionnaires.iter().find(|q| q.id == id)
    }

    pub fn questionnaire_ids(&self) -> Vec<&str> {
        self.questionnaires.iter().map(|q| q.id.as_str()).collect()
    }
}

/// Read and check all data files, keeping every finding.
pub fn check(source: &DataSource) -> Result<Checked> {
    let files = source::read(source)?;
    Ok(check::check(files))
}

/// Read and check all data files; fail with the first error and a pointer to `validate`.
pub fn load(source: &DataSource) -> Result<Data> {
    let checked = check(source)?;
    let errors = checked.error_count();
    match (checked.catalogue, errors) {
        (Some(catalogue), 0) => Ok(Data {
            catalogue,
            questionnaires: checked.questionnaires,
        }),
        _ => {
            let first = checked.findings.iter().find(|f| f.is_error());
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
            bail!(
                "{} has {errors} problem{}{detail}; run `icso-assess validate{dir}` to see them all",
                source.describe(),
                if errors == 1 { "" } else { "s" }
            )
        }
    }
}
