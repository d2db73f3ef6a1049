//! A plan as the TOML file people edit: a header saying how, then one `[[action]]` table per
//! action, every field on its own line so that any can be changed without touching the others.

use super::{Action, FORMAT_VERSION, Phase, Plan, Status, listed};
use crate::answers::quoted;
use crate::document::wording::plan as w;
use crate::io::output::{self, Access};
use anyhow::Result;
use std::fmt::Write as _;
use std::path::Path;

/// The file's opening comment: what it is and how to edit it, in the interface's language. The
/// values it lists are the file's own, which read the same in every language.
fn header(plan: &Plan) -> String {
    w::file_header(
        plan.organisation.trim(),
        &listed(Status::ALL.map(Status::as_str)),
        &listed(Phase::ALL.map(Phase::as_str)),
    )
}

/// One `[[action]]` table, with a blank line before it.
pub fn action_table(a: &Action) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n[[action]]");
    let _ = writeln!(out, "recommendation = {}", quoted(&a.recommendation));
    let _ = writeln!(out, "title = {}", quoted(&a.title));
    let _ = writeln!(out, "phase = {}", quoted(a.phase.as_str()));
    let _ = writeln!(out, "level = {}", a.level);
    let _ = writeln!(out, "target = {}", a.target);
    let _ = writeln!(out, "first_task = {}", quoted(&a.first_task));
    let _ = writeln!(out, "owner = {}", quoted(&a.owner));
    let due = a.due.map(|d| d.to_string()).unwrap_or_default();
    let _ = writeln!(out, "due = {}", quoted(&due));
    let _ = writeln!(out, "status = {}", quoted(a.status.as_str()));
    let _ = writeln!(out, "reason = {}", quoted(&a.reason));
    let _ = writeln!(out, "notes = {}", quoted(&a.notes));
    if let Some(closed) = a.closed {
        let _ = writeln!(out, "closed = {}", quoted(&closed.to_string()));
    }
    out
}

/// The whole file.
pub fn to_toml(plan: &Plan) -> String {
    let mut out = header(plan);
    let _ = writeln!(out, "format = {FORMAT_VERSION}");
    let _ = writeln!(out, "organisation = {}", quoted(&plan.organisation));
    let _ = writeln!(out, "questionnaire = {}", quoted(&plan.questionnaire));
    let assessed = plan.assessed.map(|d| d.to_string()).unwrap_or_default();
    let _ = writeln!(
        out,
        "assessed = {}  {}",
        quoted(&assessed),
        w::file_assessed()
    );
    for a in &plan.actions {
        out.push_str(&action_table(a));
    }
    out
}

/// Write `text` to `path` atomically (temporary file, sync, rename), readable by its owner
/// only: a plan names people and what the organisation has not done.
pub fn write(path: &Path, text: &str) -> Result<()> {
    output::write_file(path, Access::Private, |out| out.write_all(text.as_bytes()))
}
