//! `compare BEFORE AFTER [--plan FILE]`: progress between two assessments of the same
//! organisation, and with `--plan` an action plan followed up against it, in one format, to
//! standard output or atomically to a file.

use super::Global;
use crate::analysis::compare::Comparison;
use crate::answers::{self, Answers};
use crate::catalogue::{self, Data};
use crate::io::identity::{self, Role};
use crate::plan;
use crate::questionnaire::Questionnaire;
use crate::report::Format;
use crate::text;
use anyhow::{Result, anyhow};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub before: PathBuf,
    pub after: PathBuf,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    /// The action plan to follow up.
    pub plan: Option<PathBuf>,
    /// Encrypt the comparison (then named `.age`).
    pub encrypt: crate::io::crypt::Request,
}

/// Load one answers file and its questionnaire; every error names the file (the loader's
/// messages carry the path already).
fn side<'d>(
    data: &'d Data,
    path: &Path,
    keys: &crate::io::crypt::Keys,
) -> Result<(&'d Questionnaire, Answers)> {
    let (answers, q) = answers::open(path, data, keys)?;
    Ok((q, answers))
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    super::destination(global, opts.format, opts.output.as_deref(), "comparison")?;
    let mut outputs = Vec::new();
    if let Some(path) = &opts.output {
        outputs.push(Role::output(path, crate::t!("err-role-comparison"), "-o"));
    }
    let mut inputs = vec![
        Role::input(&opts.before, crate::t!("err-role-before")),
        Role::input(&opts.after, crate::t!("err-role-after")),
    ];
    if let Some(path) = &opts.plan {
        inputs.push(Role::input(path, crate::t!("err-role-plan-followed")));
    }
    identity::check_outputs_with_data(&global.data, &inputs, &outputs)?;
    let seal = super::seal_for(&opts.encrypt, &[(opts.output.as_deref(), "-o")])?;
    let data = catalogue::load(&global.data)?;
    let (qb, before) = side(&data, &opts.before, &global.keys)?;
    let (qa, after) = side(&data, &opts.after, &global.keys)?;
    // Read before anything is written: a plan that cannot be used leaves no output behind.
    let plan = match &opts.plan {
        Some(path) => {
            let shown = text::shown_path(path);
            let body = plan::load::read(path).map_err(|e| anyhow!("{e}"))?;
            let plan = plan::parse(&shown, &body, &data).map_err(|e| anyhow!("{e}"))?;
            Some((shown, body, plan))
        }
        None => None,
    };
    let mut comparison = Comparison::new(&data.catalogue, (qb, &before), (qa, &after));
    if let Some((shown, body, plan)) = &plan {
        comparison = comparison.follow(plan);
        if let Some(f) = &comparison.plan
            && !f.same_organisation(&comparison)
        {
            eprintln!(
                "{}",
                crate::t!(
                    "warn-plan-other-organisation",
                    place = plan::load::setting_at(shown, body, "organisation"),
                    plan = text::quote(&plan.organisation),
                    assessed = text::quote(&after.organisation)
                )
            );
        }
    }
    super::write_document(
        global,
        opts.format,
        opts.output.as_deref(),
        super::Made::Comparison,
        &comparison,
        seal.as_ref(),
    )
}
