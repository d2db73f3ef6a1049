//! The JSON report: the whole scored model for other tools, documented in docs/report-json.md.

use super::{JSON_SCHEMA_VERSION, Render, Report};
use crate::questionnaire::Importance;
use crate::scoring::{Band, Coverage, Status};
use serde::Serialize;
use std::io::Write;

pub struct Json;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    questionnaire: Questionnaire<'a>,
    catalogue_fingerprint: &'a str,
    organisation: &'a str,
    respondent: &'a str,
    date: &'a str,
    overall: Overall,
    parts: Vec<Part<'a>>,
    areas: Vec<Area<'a>>,
    key: Vec<Key<'a>>,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Questionnaire<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct Overall {
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    coverage: Coverage,
}

#[derive(Serialize)]
struct Part<'a> {
    id: &'a str,
    title: &'a str,
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
}

#[derive(Serialize)]
struct Area<'a> {
    id: &'a str,
    title: &'a str,
    part: &'a str,
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    answered: usize,
    applicable: usize,
    na: usize,
    unknown: usize,
    unanswered: usize,
}

#[derive(Serialize)]
struct Key<'a> {
    id: &'a str,
    title: &'a str,
    score: Option<f64>,
    asked: usize,
    answered: usize,
}

#[derive(Serialize)]
struct Item<'a> {
    question: &'a str,
    recommendation: &'a str,
    number: u32,
    title: &'a str,
    area: &'a str,
    status: Status,
    level: Option<u8>,
    target: u8,
    importance: Importance,
    weight: f64,
    gap: Option<u8>,
    priority: f64,
    band: Band,
    rank: Option<usize>,
    reason: Option<&'a str>,
    note: Option<&'a str>,
}

impl Render for Json {
    fn render(&self, r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let ranked = r.scored.ranked();
        let rank_of = |q: &str| ranked.iter().position(|i| i.question == q).map(|p| p + 1);
        let s = &r.scored;
        let doc = Doc {
            schema_version: JSON_SCHEMA_VERSION,
            questionnaire: Questionnaire {
                id: &r.q.id,
                version: &r.q.version,
            },
            catalogue_fingerprint: &r.cat.fingerprint,
            organisation: &r.answers.organisation,
            respondent: &r.answers.respondent,
            date: &r.answers.date,
            overall: Overall {
                score: s.overall.score,
                low: s.overall.low,
                high: s.overall.high,
                coverage: s.coverage,
            },
            parts: s
                .parts
                .iter()
                .map(|p| Part {
                    id: &p.id,
                    title: r.cat.part(&p.id).map_or("", |x| x.title.as_str()),
                    score: p.score.score,
                    low: p.score.low,
                    high: p.score.high,
                })
                .collect(),
            areas: s
                .areas
                .iter()
                .map(|a| Area {
                    id: &a.id,
                    title: r.area_title(&a.id),
                    part: &a.part,
                    score: a.score.score,
                    low: a.score.low,
                    high: a.score.high,
                    answered: a.answered,
                    applicable: a.applicable,
                    na: a.na,
                    unknown: a.unknown,
                    unanswered: a.unanswered,
                })
                .collect(),
            key: s
                .key
                .iter()
                .map(|k| Key {
                    id: &k.id,
                    title: r.cat.key(&k.id).map_or("", |x| x.title.as_str()),
                    score: k.score,
                    asked: k.asked,
                    answered: k.answered,
                })
                .collect(),
            items: s
                .items
                .iter()
                .map(|i| Item {
                    question: &i.question,
                    recommendation: &i.recommendation,
                    number: i.number,
                    title: &r.recommendation(i).title,
                    area: &i.area,
                    status: i.status,
                    level: i.level,
                    target: i.target,
                    importance: i.importance,
                    weight: i.weight,
                    gap: i.gap,
                    priority: i.priority,
                    band: i.band,
                    rank: rank_of(&i.question),
                    reason: i.reason.as_deref(),
                    note: i.note.as_deref(),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::other)?;
        writeln!(out)
    }
}
