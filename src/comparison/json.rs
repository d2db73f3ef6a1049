//! The comparison as JSON for other tools, documented in docs/report-json.md ("The compare
//! JSON"). Scores are unrounded percentages; `null` where a value is undefined.

use super::JSON_SCHEMA_VERSION;
use crate::analysis::compare::{Category, Change, Comparison, Movement, Side};
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
            warnings: super::warnings(c),
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
        };
        // Control, bidi and zero-width characters from answers leave as \u escapes.
        let text = serde_json::to_string_pretty(&doc).map_err(std::io::Error::from)?;
        out.write_all(crate::text::json_safe(&text).as_bytes())?;
        writeln!(out)
    }
}
