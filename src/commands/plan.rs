//! `plan`: draft an action plan from an assessment (`-o plan.toml`), or bring one up to date
//! after the next assessment (`--update plan.toml`), which adds the new gaps and marks the closed
//! ones without touching what people wrote; `plan show` writes it by phase and status in any
//! document format or as a workbook, `plan export` for Asana, Jira or a calendar.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::io::identity::{self, Role};
use crate::io::output::{self, Access};
use crate::plan;
use crate::render::Format;
use crate::report::{self, Report};
use crate::text::{shell_word, shown_path};
use anyhow::{Result, anyhow, bail};
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};

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
        (Some(_), Some(_)) => bail!(crate::t!("err-plan-output-and-update")),
        (Some(path), None) => (path, false),
        (None, Some(path)) => (path, true),
        (None, None) => bail!(crate::t!("err-plan-where")),
    };
    let flag = if updating { "--update" } else { "-o" };
    let role = Role::output(target, crate::t!("err-role-plan"), flag);
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(&answers_path, crate::t!("err-role-answers"))],
        &[role],
    )?;
    let data = catalogue::load(&global.data)?;
    let (answers, q) = answers::open(&answers_path, &data, &global.keys)?;
    let report = Report::new(&data.catalogue, q, &answers, report::DEFAULT_TOP);
    if updating {
        update(target, &data, &answers, q, &report)
    } else {
        draft(target, &answers_path, &data, &report)
    }
}

/// `plan --update PLAN`: the plan brought up to date with `report`, written back only when it
/// changes and only when it reads back.
fn update(
    target: &Path,
    data: &catalogue::Data,
    answers: &answers::Answers,
    q: &crate::questionnaire::Questionnaire,
    report: &Report,
) -> Result<u8> {
    let shown = shown_path(target);
    let bytes = crate::catalogue::source::read_bounded(target, plan::load::MAX_FILE_BYTES)
        .map_err(|why| {
            anyhow!(crate::t!(
                "err-plan-unreadable",
                path = shown.clone(),
                reason = crate::io::output::read_reason(&why)
            ))
        })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow!(crate::t!("err-plan-not-utf8", path = shown.clone())))?;
    let existing = plan::parse(&shown, &text, data).map_err(|e| anyhow!("{e}"))?;
    if !existing.questionnaire.is_empty()
        && existing.questionnaire != answers.questionnaire
        && !q
            .questions
            .iter()
            .any(|x| existing.action(&x.recommendation).is_some())
    {
        bail!(crate::t!(
            "err-plan-other-questionnaire",
            path = shown,
            plan = existing.questionnaire.clone(),
            answers = answers.questionnaire.clone()
        ));
    }
    let (updated, changes) =
        plan::update::update(&text, &existing, report).map_err(|why| anyhow!("{shown}: {why}"))?;
    // What is written must read back: never save a plan this tool would refuse.
    plan::parse(&shown, &updated, data).map_err(|e| {
        anyhow!(crate::t!(
            "err-plan-update-unreadable",
            error = e.to_string(),
            path = shown.clone()
        ))
    })?;
    if updated == text {
        eprintln!("{}", crate::t!("cli-notice-plan-up-to-date", path = shown));
        return Ok(0);
    }
    plan::save::write(target, &updated)?;
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-plan-updated",
            path = shown,
            added = changes.added.len(),
            closed = changes.closed.len()
        )
    );
    Ok(0)
}

/// `plan -o PLAN`: a new plan drafted from `report`, never over an existing file.
fn draft(
    target: &Path,
    answers_path: &Path,
    data: &catalogue::Data,
    report: &Report,
) -> Result<u8> {
    let shown = shown_path(target);
    if std::fs::symlink_metadata(target).is_ok() {
        bail!(crate::t!(
            "err-plan-exists",
            ..super::file_args(&shown),
            answers = shell_word(&shown_path(answers_path))
        ));
    }
    let drafted = plan::draft::draft(report);
    let text = plan::save::to_toml(&drafted);
    plan::parse(&shown, &text, data).map_err(|e| {
        anyhow!(crate::t!(
            "err-plan-draft-unreadable",
            error = e.to_string()
        ))
    })?;
    plan::save::write(target, &text)?;
    let in_phase = |p: plan::Phase| drafted.actions.iter().filter(|a| a.phase == p).count();
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-plan-drafted",
            ..super::file_args(&shown),
            count = drafted.actions.len(),
            first = in_phase(plan::Phase::First90Days),
            second = in_phase(plan::Phase::ThreeToSixMonths),
            third = in_phase(plan::Phase::SixToTwelveMonths)
        )
    );
    Ok(0)
}

/// What `plan show` writes: a document in one of the report's formats, or a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowFormat {
    Document(Format),
    Xlsx,
}

impl ShowFormat {
    pub fn name(self) -> &'static str {
        match self {
            ShowFormat::Document(f) => f.name(),
            ShowFormat::Xlsx => "xlsx",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ShowOptions {
    pub plan: PathBuf,
    /// The day "overdue" is measured against; `None`: today's date.
    pub today: Option<Date>,
    /// `None`: from the output file's extension, else the terminal table.
    pub format: Option<ShowFormat>,
    pub output: Option<PathBuf>,
    /// Recipients or a passphrase: the output is encrypted (`-o FILE.age`).
    pub encrypt: crate::io::crypt::Request,
}

#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub plan: PathBuf,
    pub format: plan::export::Format,
    /// `None` or `-`: standard output.
    pub output: Option<PathBuf>,
    /// Recipients or a passphrase: the output is encrypted (`-o FILE.age`).
    pub encrypt: crate::io::crypt::Request,
}

/// A `-o` path that names a workbook.
fn is_xlsx(path: Option<&Path>) -> bool {
    // `plan.xlsx.age` is an encrypted workbook: the extension before `.age` says the format.
    path.map(crate::io::crypt::inner_name)
        .and_then(|p| p.extension().map(|e| e.eq_ignore_ascii_case("xlsx")))
        .unwrap_or(false)
}

/// Check the outputs against the plan and the data, then load both; every error names the file.
fn load(
    global: &Global,
    path: &Path,
    output: Option<&Path>,
    what: &str,
) -> Result<(crate::catalogue::Data, plan::Plan)> {
    let mut outputs = Vec::new();
    if let Some(out) = output.filter(|o| !output::is_stdout(Some(o))) {
        outputs.push(Role::output(out, what, "-o"));
    }
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(path, crate::t!("err-role-plan"))],
        &outputs,
    )?;
    let data = catalogue::load(&global.data)?;
    let loaded = plan::load(path, &data).map_err(|e| anyhow!("{e}"))?;
    Ok((data, loaded))
}

/// `plan show PLAN`: the plan by phase and status, measured against `--today`.
pub fn show(global: &Global, opts: &ShowOptions) -> Result<u8> {
    let out = opts.output.as_deref();
    let format = match opts.format {
        Some(f) => f,
        None if is_xlsx(out) => ShowFormat::Xlsx,
        None => ShowFormat::Document(super::document_format(global, None, out)),
    };
    // Refused before anything is read: a binary format bound for a terminal.
    match format {
        ShowFormat::Xlsx if output::is_stdout(out) && super::stdout_is_terminal() => {
            bail!(crate::t!("err-plan-xlsx-on-terminal"))
        }
        ShowFormat::Xlsx => {}
        ShowFormat::Document(f) => {
            super::destination(global, Some(f), out, "plan")?;
        }
    }
    // Asked (and recipients checked) before anything is read.
    let seal = super::seal_for(&opts.encrypt, &[(out, "-o")])?;
    let (data, loaded) = load(global, &opts.plan, out, &crate::t!("err-role-plan-shown"))?;
    let today = opts.today.unwrap_or_else(plan::today);
    let view = plan::view::View::new(&loaded, &data.catalogue, today);
    match format {
        ShowFormat::Document(f) => super::write_document(
            global,
            Some(f),
            out,
            super::Made::Plan,
            &view,
            seal.as_ref(),
        ),
        ShowFormat::Xlsx => {
            let bytes = plan::xlsx::workbook(&view)
                .map_err(|e| anyhow!(crate::t!("err-plan-workbook", error = e.to_string())))?;
            write_bytes(out, "xlsx", &bytes, seal.as_ref())
        }
    }
}

/// Write `bytes` to standard output, or atomically to the `-o` file, readable as a report is
/// (it is made to be passed on), saying what was written where: `what` is the kind of file, as
/// `cli-notice-wrote-plan-file` selects it (xlsx, or an export format's name).
fn write_bytes(
    out: Option<&Path>,
    what: &'static str,
    bytes: &[u8],
    seal: Option<&crate::io::crypt::Seal>,
) -> Result<u8> {
    match out {
        Some(path) if !output::is_stdout(Some(path)) => {
            output::write_sealed(path, Access::Shared, seal, |w| w.write_all(bytes))?;
            let (sealed, _) = super::sealing(seal);
            eprintln!(
                "{}",
                crate::t!(
                    "cli-notice-wrote-plan-file",
                    what = what,
                    sealed = sealed,
                    path = shown_path(path)
                )
            );
        }
        _ => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(bytes)?;
            stdout.flush()?;
        }
    }
    Ok(0)
}

/// `plan export PLAN --format csv|asana|jira|ics`.
pub fn export(global: &Global, opts: &ExportOptions) -> Result<u8> {
    let out = opts.output.as_deref();
    let seal = super::seal_for(&opts.encrypt, &[(out, "-o")])?;
    let (data, loaded) = load(global, &opts.plan, out, &crate::t!("err-role-plan-export"))?;
    let mut bytes = Vec::new();
    plan::export::write(opts.format, &loaded, &data.catalogue, &mut bytes)?;
    if opts.format == plan::export::Format::Ics {
        let undated = loaded.actions.iter().filter(|a| a.due.is_none()).count();
        if undated > 0 {
            eprintln!(
                "{}",
                crate::t!(
                    "cli-notice-plan-undated",
                    count = undated,
                    path = shown_path(&opts.plan)
                )
            );
        }
    }
    write_bytes(out, opts.format.name(), &bytes, seal.as_ref())
}
