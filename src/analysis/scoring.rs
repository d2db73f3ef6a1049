//! The scoring model of DESIGN.md, as a pure function: (catalogue, questionnaire, answers) ->
//! scored items, areas, parts, key recommendations and the overall readiness. No I/O, no clock.

use crate::answers::{Answers, State};
use crate::catalogue::Catalogue;
use crate::questionnaire::{Importance, Question, Questionnaire, Scoring};
use serde::Serialize;

/// Where a question stands in the scored model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Answered,
    Na,
    Unknown,
    Unanswered,
}

/// Priority band, against the largest priority the questionnaire allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    None,
    Low,
    Medium,
    High,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::None => "none",
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
        }
    }
}

/// Where an item's importance came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportanceSource {
    Answer,
    Profile,
    Default,
}

/// One question, scored.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub question: String,
    pub recommendation: String,
    pub number: u32,
    pub area: String,
    pub part: String,
    pub status: Status,
    pub level: Option<u8>,
    pub target: u8,
    pub importance: Importance,
    pub importance_source: ImportanceSource,
    /// Importance weight times the key weight when the recommendation feeds a key recommendation.
    pub weight: f64,
    pub key: bool,
    /// Levels short of the target; only for answered items.
    pub gap: Option<u8>,
    /// w · k · ((1 + gap)² − 1); 0 unless answered.
    pub priority: f64,
    pub band: Band,
    pub reason: Option<String>,
    pub note: Option<String>,
    /// What the answer says it rests on, as written.
    pub evidence: Vec<String>,
}

/// The lowest level that claims a practice is in place (3 Established, 4 Embedded): an answer
/// there with no evidence is a claim to check.
pub const CLAIM_LEVEL: u8 = 3;

impl Item {
    /// Answered at [`CLAIM_LEVEL`] or above with nothing named to show it.
    pub fn claim_to_check(&self) -> bool {
        self.status == Status::Answered
            && self.level.is_some_and(|l| l >= CLAIM_LEVEL)
            && self.evidence.is_empty()
    }
}

/// A percent-to-target with the range that the don't-know answers leave open.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    /// Over answered, applicable questions; `None` when there are none.
    pub score: Option<f64>,
    /// With every don't-know at level 0.
    pub low: Option<f64>,
    /// With every don't-know at its target.
    pub high: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaScore {
    pub id: String,
    pub part: String,
    #[serde(flatten)]
    pub score: Score,
    pub answered: usize,
    /// Questions in the area that are not marked not applicable.
    pub applicable: usize,
    pub na: usize,
    pub unknown: usize,
    pub unanswered: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartScore {
    pub id: String,
    #[serde(flatten)]
    pub score: Score,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyScore {
    pub id: String,
    pub score: Option<f64>,
    /// Linked recommendations asked in this questionnaire.
    pub asked: usize,
    /// Of those, answered and applicable.
    pub answered: usize,
    /// Of those, marked not applicable.
    pub na: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Coverage {
    pub total: usize,
    pub answered: usize,
    pub na: usize,
    pub unknown: usize,
    pub unanswered: usize,
}

/// Everything a report shows, computed once.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    /// In questionnaire order.
    pub items: Vec<Item>,
    /// In the guide's order; only areas the questionnaire asks about.
    pub areas: Vec<AreaScore>,
    pub parts: Vec<PartScore>,
    pub key: Vec<KeyScore>,
    pub overall: Score,
    pub coverage: Coverage,
    /// The largest priority at the default target (an answer with a higher target of its own can
    /// exceed it); bands are set against it.
    pub priority_ref: f64,
}

impl Scored {
    /// Answered items with a gap, most urgent first: priority, then weight, then key, then number.
    pub fn ranked(&self) -> Vec<&Item> {
        let mut v: Vec<&Item> = self.items.iter().filter(|i| i.priority > 0.0).collect();
        v.sort_by(|a, b| {
            b.priority
                .total_cmp(&a.priority)
                .then(b.importance.cmp(&a.importance))
                .then(b.key.cmp(&a.key))
                .then(a.number.cmp(&b.number))
        });
        v
    }

    pub fn area(&self, id: &str) -> Option<&AreaScore> {
        self.areas.iter().find(|a| a.id == id)
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Percent-to-target over (weight, level, target) triples, with don't-knows as bounds.
fn percent(answered: &[(f64, u8, u8)], unknown: &[(f64, u8)]) -> Score {
    let num: f64 = answered
        .iter()
        .map(|(w, m, t)| w * f64::from((*m).min(*t)))
        .sum();
    let den: f64 = answered.iter().map(|(w, _, t)| w * f64::from(*t)).sum();
    let unk_den: f64 = unknown.iter().map(|(w, t)| w * f64::from(*t)).sum();
    let score = (den > 0.0).then(|| 100.0 * num / den);
    let all = den + unk_den;
    let (low, high) = if all > 0.0 {
        (Some(100.0 * num / all), Some(100.0 * (num + unk_den) / all))
    } else {
        (None, None)
    };
    Score { score, low, high }
}

/// Score a set of answers. `answers` must have been checked against `q`.
pub fn score(cat: &Catalogue, q: &Questionnaire, answers: &Answers) -> Scored {
    let sc = &q.scoring;
    let priority_ref = reference_priority(sc);
    let items: Vec<Item> = q
        .questions
        .iter()
        .filter_map(|question| item(cat, q, answers, question, priority_ref))
        .collect();
    let areas = area_scores(cat, sc, &items);
    let parts = part_scores(cat, &areas);
    let overall = mean_score(&areas.iter().collect::<Vec<_>>());
    let key = key_scores(cat, sc, &items);
    let coverage = coverage(&items);
    Scored {
        items,
        areas,
        parts,
        key,
        overall,
        coverage,
        priority_ref,
    }
}

/// The largest priority at the default target: a high-importance key recommendation at level 0.
fn reference_priority(sc: &Scoring) -> f64 {
    let t = f64::from(sc.default_target);
    sc.weight_high * sc.key_weight * ((1.0 + t).powi(2) - 1.0)
}

/// One question scored; `None` when its recommendation is not in the catalogue.
fn item(
    cat: &Catalogue,
    q: &Questionnaire,
    answers: &Answers,
    question: &Question,
    priority_ref: f64,
) -> Option<Item> {
    let sc = &q.scoring;
    let rec = cat.recommendation(&question.recommendation)?;
    let answer = answers.answers.get(&question.id);
    let key = !rec.key.is_empty();
    let profile = |id: &str| answers.profile_answer(id);
    let (importance, importance_source) = match (
        answer.and_then(|a| a.importance),
        q.profile_importance(&rec.id, &profile),
    ) {
        (Some(i), _) => (i, ImportanceSource::Answer),
        (None, Some(i)) => (i, ImportanceSource::Profile),
        (None, None) => (Importance::Medium, ImportanceSource::Default),
    };
    let weight = sc.weight(importance) * if key { sc.key_weight } else { 1.0 };
    let target = answer.and_then(|a| a.target).unwrap_or(sc.default_target);
    let (status, level, reason) = match answer.map(|a| &a.state) {
        None => (Status::Unanswered, None, None),
        Some(State::Level(l)) => (Status::Answered, Some(*l), None),
        Some(State::NotApplicable(r)) => (Status::Na, None, Some(r.clone())),
        Some(State::Unknown) => (Status::Unknown, None, None),
    };
    let gap = level.map(|m| target.saturating_sub(m));
    let priority = gap.map_or(0.0, |g| {
        let g = f64::from(g);
        weight * ((1.0 + g).powi(2) - 1.0)
    });
    Some(Item {
        question: question.id.clone(),
        recommendation: rec.id.clone(),
        number: rec.number,
        area: rec.area.clone(),
        part: rec.part.clone(),
        status,
        level,
        target,
        importance,
        importance_source,
        weight,
        key,
        gap,
        priority,
        band: band(sc, priority, priority_ref),
        reason,
        note: answer.and_then(|a| a.note.clone()),
        evidence: answer.map(|a| a.evidence.clone()).unwrap_or_default(),
    })
}

/// A priority's band, against the largest priority at the default target.
fn band(sc: &Scoring, priority: f64, priority_ref: f64) -> Band {
    if priority <= 0.0 {
        Band::None
    } else if priority >= sc.band_high * priority_ref {
        Band::High
    } else if priority >= sc.band_medium * priority_ref {
        Band::Medium
    } else {
        Band::Low
    }
}

/// The percent-to-target of some items, with the range their don't-knows leave open.
fn score_of<'i>(sc: &Scoring, selected: impl Iterator<Item = &'i Item>) -> Score {
    let mut answered = Vec::new();
    let mut unknown = Vec::new();
    for i in selected {
        // Importance weight only: the key weight ranks priorities, it does not tilt scores.
        let w = sc.weight(i.importance);
        match (i.status, i.level) {
            (Status::Answered, Some(m)) => answered.push((w, m, i.target)),
            (Status::Unknown, _) => unknown.push((w, i.target)),
            _ => {}
        }
    }
    percent(&answered, &unknown)
}

/// Each area the questionnaire asks about, in the guide's order.
fn area_scores(cat: &Catalogue, sc: &Scoring, items: &[Item]) -> Vec<AreaScore> {
    cat.areas
        .iter()
        .filter(|a| items.iter().any(|i| i.area == a.id))
        .map(|a| {
            let in_area: Vec<&Item> = items.iter().filter(|i| i.area == a.id).collect();
            let count = |s: Status| in_area.iter().filter(|i| i.status == s).count();
            AreaScore {
                id: a.id.clone(),
                part: a.part.clone(),
                score: score_of(sc, in_area.iter().copied()),
                answered: count(Status::Answered),
                applicable: in_area.len() - count(Status::Na),
                na: count(Status::Na),
                unknown: count(Status::Unknown),
                unanswered: count(Status::Unanswered),
            }
        })
        .collect()
}

/// A part, or the whole, scores the plain mean of its areas: each area counts the same
/// however many questions it has.
fn mean_score(set: &[&AreaScore]) -> Score {
    Score {
        score: mean(set.iter().filter_map(|a| a.score.score)),
        low: mean(set.iter().filter_map(|a| a.score.low)),
        high: mean(set.iter().filter_map(|a| a.score.high)),
    }
}

/// Each part with at least one area asked about.
fn part_scores(cat: &Catalogue, areas: &[AreaScore]) -> Vec<PartScore> {
    cat.parts
        .iter()
        .filter(|p| areas.iter().any(|a| a.part == p.id))
        .map(|p| {
            let set: Vec<&AreaScore> = areas.iter().filter(|a| a.part == p.id).collect();
            PartScore {
                id: p.id.clone(),
                score: mean_score(&set),
            }
        })
        .collect()
}

/// Each key recommendation, over the recommendations linked to it that the questionnaire asks.
fn key_scores(cat: &Catalogue, sc: &Scoring, items: &[Item]) -> Vec<KeyScore> {
    cat.key_recommendations
        .iter()
        .map(|k| {
            let linked: Vec<&Item> = items
                .iter()
                .filter(|i| k.recommendations.contains(&i.recommendation))
                .collect();
            KeyScore {
                id: k.id.clone(),
                score: score_of(sc, linked.iter().copied()).score,
                asked: linked.len(),
                answered: linked
                    .iter()
                    .filter(|i| i.status == Status::Answered)
                    .count(),
                na: linked.iter().filter(|i| i.status == Status::Na).count(),
            }
        })
        .collect()
}

fn coverage(items: &[Item]) -> Coverage {
    let count = |s: Status| items.iter().filter(|i| i.status == s).count();
    Coverage {
        total: items.len(),
        answered: count(Status::Answered),
        na: count(Status::Na),
        unknown: count(Status::Unknown),
        unanswered: count(Status::Unanswered),
    }
}
