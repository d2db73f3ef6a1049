//! The plan as JSON for other tools (`plan show --format json`), documented in docs/plan.md:
//! the plan's settings, the day it is seen on, the counts overall, then each phase with its
//! dates, counts and actions (every field of the file, and whether it is overdue). Dates are
//! `YYYY-MM-DD`, `null` when the file has none.

use super::view::{Counts, View};
use super::{Action, Phase};
use serde::Serialize;
use std::io::Write;

/// Version of this JSON's shape.
pub const JSON_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    catalogue_fingerprint: &'a str,
    organisation: &'a str,
    questionnaire: &'a str,
    assessed: Option<String>,
    today: String,
    counts: Counts,
    phases: Vec<PhaseDoc<'a>>,
}

#[derive(Serialize)]
struct PhaseDoc<'a> {
    /// As the plan file writes it.
    phase: &'static str,
    slug: &'static str,
    from: Option<String>,
    to: Option<String>,
    counts: Counts,
    actions: Vec<ActionDoc<'a>>,
}

#[derive(Serialize)]
struct ActionDoc<'a> {
    recommendation: &'a str,
    title: &'a str,
    level: u8,
    target: u8,
    first_task: &'a str,
    owner: &'a str,
    due: Option<String>,
    status: &'static str,
    reason: &'a str,
    notes: &'a str,
    closed: Option<String>,
    overdue: bool,
}

fn date(d: Option<jiff::civil::Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn action<'a>(v: &View<'a>, a: &'a Action) -> ActionDoc<'a> {
    ActionDoc {
        recommendation: &a.recommendation,
        title: v.title(a),
        level: a.level,
        target: a.target,
        first_task: &a.first_task,
        owner: &a.owner,
        due: date(a.due),
        status: a.status.as_str(),
        reason: &a.reason,
        notes: &a.notes,
        closed: date(a.closed),
        overdue: v.overdue(a),
    }
}

/// Write the view as JSON, pretty-printed, with a final newline.
pub fn write(v: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let phases = Phase::ALL
        .iter()
        .map(|p| {
            let window = v.window(*p);
            PhaseDoc {
                phase: p.as_str(),
                slug: p.slug(),
                from: window.map(|w| w.0.to_string()),
                to: window.map(|w| w.1.to_string()),
                counts: v.counts(Some(*p)),
                actions: v.actions_in(*p).map(|a| action(v, a)).collect(),
            }
        })
        .collect();
    let doc = Doc {
        schema_version: JSON_SCHEMA_VERSION,
        catalogue_fingerprint: &v.cat.fingerprint,
        organisation: &v.plan.organisation,
        questionnaire: &v.plan.questionnaire,
        assessed: date(v.plan.assessed),
        today: v.today.to_string(),
        counts: v.counts(None),
        phases,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}
