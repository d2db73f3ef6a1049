//! `plan`: draft an action plan from an assessment (`-o plan.toml`), or bring one up to date
//! after the next assessment (`--update plan.toml`), which adds the new gaps and marks the closed
//! ones without touching what people wrote.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::io::identity::{self, Role};
use crate::plan;
use crate::report::{self, Report};
use crate::text::{shell_word, shown_path};
use anyhow::{Result, anyhow, bail};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    /// `None`: `assessment.toml` in this folder, as for `report`.
    pub answers: Option<PathBuf>,
    /// Draft a new plan to this file (never over an existing one).
    pub output: Option<PathBuf>,
    /// Update this plan in place instead.
    pub update: Option<PathBuf>,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let answers_path = super::report::answers_file(opts.answers.as_deref())?;
    let (target, updating) = match (&opts.output, &opts.update) {
        (Some(_), Some(_)) => {
            bail!("-o drafts a new plan and --update changes an existing one; give one of them")
        }
        (Some(path), None) => (path, false),
        (None, Some(path)) => (path, true),
        (None, None) => bail!(
            "say where the plan goes: -o plan.toml to draft a new one, or --update plan.toml to bring an existing one up to date"
        ),
    };
    let role = if updating {
        Role::output(target, "the plan", "--update")
    } else {
        Role::output(target, "the plan", "-o")
    };
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(&answers_path, "the answers file")],
        &[role],
    )?;
    let data = catalogue::load(&global.data)?;
    let (answers, q) = answers::open(&answers_path, &data, &global.keys)?;
    let report = Report::new(&data.catalogue, q, &answers, report::DEFAULT_TOP);
    let shown = shown_path(target);
    if updating {
        let bytes = crate::catalogue::source::read_bounded(target, plan::load::MAX_FILE_BYTES)
            .map_err(|why| anyhow!("cannot read the plan {shown}: {why}"))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            anyhow!("{shown}: the plan is not UTF-8 text; save it as UTF-8 in your editor")
        })?;
        let existing = plan::parse(&shown, &text, &data).map_err(|e| anyhow!("{e}"))?;
        if !existing.questionnaire.is_empty()
            && existing.questionnaire != answers.questionnaire
            && !q
                .questions
                .iter()
                .any(|x| existing.action(&x.recommendation).is_some())
        {
            bail!(
                "{shown} plans for the {} questionnaire and shares no recommendation with these answers to {}; check the files",
                existing.questionnaire,
                answers.questionnaire
            );
        }
        let (updated, changes) = plan::update::update(&text, &existing, &report)
            .map_err(|why| anyhow!("{shown}: {why}"))?;
        // What is written must read back: never save a plan this tool would refuse.
        plan::parse(&shown, &updated, &data).map_err(|e| {
            anyhow!("the updated plan would not read back ({e}); {shown} was left as it is")
        })?;
        if updated == text {
            eprintln!(
                "{shown} is up to date with these answers: no new gaps, and no action's gap closed since it was last updated."
            );
            return Ok(0);
        }
        plan::save::write(target, &updated)?;
        eprintln!(
            "Updated {shown}: {} new action{} for new gaps, {} marked closed; nothing you wrote was changed.",
            changes.added.len(),
            if changes.added.len() == 1 { "" } else { "s" },
            changes.closed.len()
        );
        return Ok(0);
    }
    if std::fs::symlink_metadata(target).is_ok() {
        bail!(
            "{shown} already exists; to bring it up to date with these answers run `icso-assess plan --answers {} --update {}`, or draft to another file",
            shell_word(&shown_path(&answers_path)),
            shell_word(&shown)
        );
    }
    let drafted = plan::draft::draft(&report);
    let text = plan::save::to_toml(&drafted);
    plan::parse(&shown, &text, &data)
        .map_err(|e| anyhow!("the drafted plan would not read back: {e}"))?;
    plan::save::write(target, &text)?;
    let by_phase: Vec<String> = plan::Phase::ALL
        .iter()
        .map(|p| {
            let n = drafted.actions.iter().filter(|a| a.phase == *p).count();
            format!("{n} in the {}", p.as_str())
        })
        .collect();
    eprintln!(
        "Drafted {shown}: {} action{} ({}). Write an owner for each, adjust the dates, then see it with `icso-assess plan show {}`.",
        drafted.actions.len(),
        if drafted.actions.len() == 1 { "" } else { "s" },
        by_phase.join(", "),
        shell_word(&shown)
    );
    Ok(0)
}
