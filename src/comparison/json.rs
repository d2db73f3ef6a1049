//! The comparison as JSON for other tools, documented in docs/report-json.md ("The compare
//! JSON"). Scores are unrounded percentages; `null` where a value is undefined.

use super::JSON_SCHEMA_VERSION;
use crate::analysis::compare::{
    Category, Change, Comparison, Counts, FollowUp, Movement, Side, Toward,
};
use crate::analysis::scoring::{Item, Status};
use crate::report::json::Questionnaire;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    catalogue_fingerprint: &'a str,
    /// Both questionnaires ask about the same recommendations.
    like_for_like: bool,
    same_organisation: bool,
    warnings: Vec<String>,
    before: SideDoc<'a>,
    after: SideDoc<'a>,
    overall: Scores,
    areas: Vec<Area<'a>>,
    items: Vec<ItemDoc<'a>>,
    /// The five lists: each recommendation is in one at most.
    gaps_closed: Vec<&'a str>,
    new_gaps: Vec<&'a str>,
    gaps_identified: Vec<&'a str>,
    improvements: Vec<&'a str>,
    regressions: Vec<&'a str>,
    left_out: LeftOut<'a>,
    /// The action plan followed up; only with `--plan`, so that the JSON without it is as it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<PlanDoc<'a>>,
}

#[derive(Serialize)]
struct PlanDoc<'a> {
    organisation: &'a str,
    questionnaire: &'a str,
    assessed: Option<String>,
    same_organisation: bool,
    actions: Vec<ActionDoc<'a>>,
    phases: Vec<PhaseDoc>,
    total: CountsDoc,
    done_not_moved: Vec<&'a str>,
    moved_without_action: Vec<UnplannedDoc<'a>>,
    dropped: Vec<DroppedDoc<'a>>,
}

#[derive(Serialize)]
struct ActionDoc<'a> {
    recommendation: &'a str,
    title: &'a str,
    phase: &'static str,
    status: &'static str,
    owner: &'a str,
    due: Option<String>,
    reason: &'a str,
    /// Each side's status and level (`null` when not asked on both sides, or not answered
    /// with a level).
    status_before: Option<Status>,
    level_before: Option<u8>,
    status_after: Option<Status>,
    level_after: Option<u8>,
    target: u8,
    toward: &'static str,
    done_not_moved: bool,
}

#[derive(Serialize)]
struct CountsDoc {
    actions: usize,
    planned: usize,
    done: usize,
    in_progress: usize,
    not_started: usize,
    dropped: usize,
    share_done: Option<f64>,
}

#[derive(Serialize)]
struct PhaseDoc {
    phase: &'static str,
    #[serde(flatten)]
    counts: CountsDoc,
}

#[derive(Serialize)]
struct UnplannedDoc<'a> {
    recommendation: &'a str,
    level_before: Option<u8>,
    level_after: Option<u8>,
    /// The status of its action, `null` when the plan has none for it.
    action_status: Option<&'static str>,
}

#[derive(Serialize)]
struct DroppedDoc<'a> {
    recommendation: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct SideDoc<'a> {
    questionnaire: Questionnaire<'a>,
    organisation: &'a str,
    respondent: &'a str,
    date: &'a str,
}

#[derive(Serialize)]
struct Scores {
    before: Option<f64>,
    after: Option<f64>,
    change: Option<f64>,
    progress: Option<f64>,
}

#[derive(Serialize)]
struct Area<'a> {
    id: &'a str,
    title: &'a str,
    part: &'a str,
    #[serde(flatten)]
    scores: Scores,
}

#[derive(Serialize)]
struct Point<'a> {
    question: &'a str,
    status: Status,
    level: Option<u8>,
    target: u8,
    gap: Option<u8>,
    reason: Option<&'a str>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ItemDoc<'a> {
    recommendation: &'a str,
    number: u32,
    title: &'a str,
    area: &'a str,
    before: Point<'a>,
    after: Point<'a>,
    change: Option<i16>,
    /// The one list the recommendation is in, as the lists below are named; `null` for none.
    category: Option<&'static str>,
}

#[derive(Serialize)]
struct LeftOut<'a> {
    before_only: &'a [String],
    after_only: &'a [String],
}

fn side<'a>(s: &'a Side) -> SideDoc<'a> {
    SideDoc {
        questionnaire: s.q.into(),
        organisation: &s.answers.organisation,
        respondent: &s.answers.respondent,
        date: &s.answers.date,
    }
}

fn scores(m: &Movement) -> Scores {
    Scores {
        before: m.before,
        after: m.after,
        change: m.change(),
        progress: m.progress(),
    }
}

fn point(i: &Item) -> Point<'_> {
    let answered = i.status == Status::Answered;
    Point {
        question: &i.question,
        status: i.status,
        level: if answered { i.level } else { None },
        target: i.target,
        gap: if answered { i.gap } else { None },
        reason: i.reason.as_deref(),
        note: i.note.as_deref(),
    }
}

/// A category as JSON names it, the singular of its list's field.
pub fn category_name(k: Category) -> &'static str {
    match k {
        Category::GapClosed => "gap_closed",
        Category::NewGap => "new_gap",
        Category::GapIdentified => "gap_identified",
        Category::Improved => "improved",
        Category::Regressed => "regressed",
    }
}

/// Where an action's level went, as JSON and the CSV name it.
pub fn toward_name(t: Toward) -> &'static str {
    match t {
        Toward::ReachedTarget => "reached_target",
        Toward::MovedUp => "moved_up",
        Toward::NoChange => "no_change",
        Toward::MovedDown => "moved_down",
        Toward::NotRated => "not_rated",
        Toward::NotAsked => "not_asked",
    }
}

fn counts(n: &Counts) -> CountsDoc {
    CountsDoc {
        actions: n.actions,
        planned: n.planned(),
        done: n.done,
        in_progress: n.in_progress,
        not_started: n.not_started,
        dropped: n.dropped,
        share_done: n.share_done(),
    }
}

fn answered(i: &Item) -> Option<u8> {
    if i.status == Status::Answered {
        i.level
    } else {
        None
    }
}

fn plan<'a>(c: &'a Comparison, f: &'a FollowUp) -> PlanDoc<'a> {
    let p = f.plan;
    PlanDoc {
        organisation: &p.organisation,
        questionnaire: &p.questionnaire,
        assessed: p.assessed.map(|d| d.to_string()),
        same_organisation: f.same_organisation(c),
        actions: f
            .actions
            .iter()
            .map(|a| {
                let ch = a.change.as_ref();
                ActionDoc {
                    recommendation: &a.action.recommendation,
                    title: c.title(&a.action.recommendation),
                    phase: a.action.phase.as_str(),
                    status: a.action.status.as_str(),
                    owner: &a.action.owner,
                    due: a.action.due.map(|d| d.to_string()),
                    reason: &a.action.reason,
                    status_before: ch.map(|ch| ch.before.status),
                    level_before: ch.and_then(|ch| answered(&ch.before)),
                    status_after: ch.map(|ch| ch.after.status),
                    level_after: ch.and_then(|ch| answered(&ch.after)),
                    target: a.action.target,
                    toward: toward_name(a.toward),
                    done_not_moved: a.done_not_moved(),
                }
            })
            .collect(),
        phases: f
            .phases
            .iter()
            .map(|(phase, n)| PhaseDoc {
                phase: phase.as_str(),
                counts: counts(n),
            })
            .collect(),
        total: counts(&f.total()),
        done_not_moved: f
            .done_not_moved()
            .into_iter()
            .map(|a| a.action.recommendation.as_str())
            .collect(),
        moved_without_action: f
            .unplanned
            .iter()
            .map(|u| UnplannedDoc {
                recommendation: &u.change.recommendation,
                level_before: answered(&u.change.before),
                level_after: answered(&u.change.after),
                action_status: u.status.map(crate::plan::Status::as_str),
            })
            .collect(),
        dropped: f
            .dropped()
            .into_iter()
            .map(|a| DroppedDoc {
                recommendation: &a.action.recommendation,
                reason: &a.action.reason,
            })
            .collect(),
    }
}

fn ids(v: Vec<&Change>) -> Vec<&str> {
    v.into_iter().map(|c| c.recommendation.as_str()).collect()
}

/// Write the comparison as JSON.
pub fn write(c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
    {
        let doc = Doc {
            schema_version: JSON_SCHEMA_VERSION,
            catalogue_fingerprint: &c.cat.fingerprint,
            like_for_like: c.like_for_like(),
            same_organisation: c.same_organisation(),
            // Data for machines: in English whatever the interface's language.
            warnings: crate::i18n::with_lang(crate::i18n::Lang::EN, || super::warnings(c)),
            before: side(&c.before),
            after: side(&c.after),
            overall: scores(&c.overall),
            areas: c
                .areas
                .iter()
                .map(|a| Area {
                    id: &a.id,
                    title: c.area_title(&a.id),
                    part: &a.part,
                    scores: scores(&a.movement),
                })
                .collect(),
            items: c
                .items
                .iter()
                .map(|ch| ItemDoc {
                    recommendation: &ch.recommendation,
                    number: ch.number,
                    title: c.title(&ch.recommendation),
                    area: &ch.area,
                    before: point(&ch.before),
                    after: point(&ch.after),
                    change: ch.change(),
                    category: ch.category().map(category_name),
                })
                .collect(),
            gaps_closed: ids(c.gaps_closed()),
            new_gaps: ids(c.new_gaps()),
            gaps_identified: ids(c.gaps_identified()),
            improvements: ids(c.improvements()),
            regressions: ids(c.regressions()),
            left_out: LeftOut {
                before_only: &c.before_only,
                after_only: &c.after_only,
            },
            plan: c.plan.as_ref().map(|f| plan(c, f)),
        };
        // Control, bidi and zero-width characters from answers leave as \u escapes.
        let text = serde_json::to_string_pretty(&doc).map_err(std::io::Error::from)?;
        out.write_all(crate::text::json_safe(&text).as_bytes())?;
        writeln!(out)
    }
}
