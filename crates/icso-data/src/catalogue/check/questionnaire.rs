//! The rules on the questionnaire files: ids once, the scale, the profile questions and their
//! rules, the questions and their level descriptions, scoring parameters, and coverage of the
//! catalogue.

use super::input::{Input, Whole};
use super::{Sink, raw};
use crate::catalogue::raw::Text;
use crate::questionnaire::{Coverage, Importance};
use crate::text;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The levels of a questionnaire's scale.
fn scale_levels(f: &raw::QuestionnaireFile) -> BTreeSet<u8> {
    f.scale.iter().map(|l| l.level.value).collect()
}

/// The coverage a questionnaire claims, if it is one there is.
fn coverage(f: &raw::QuestionnaireFile) -> Option<Coverage> {
    match f.coverage.value.as_str() {
        "complete" => Some(Coverage::Complete),
        "overview" => Some(Coverage::Overview),
        _ => None,
    }
}

/// `duplicate-id`: no two questionnaires share an id, and within each, profile questions, the
/// options of each and the questions are defined once.
pub(super) fn questionnaire_ids_once(input: &Input<'_>, out: &mut Sink<'_>) {
    // Id -> the file that used it last: a third use names the second.
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (path, f) in input.questionnaires {
        if let Some(first) = seen.insert(&f.id.value, path) {
            out.at(
                path,
                &f.id,
                format!(
                    "questionnaire id \"{}\" is also used by {first}; give each questionnaire its own id",
                    f.id.value
                ),
            );
        }
        for id in repeated(&f.profile, |p| &p.id) {
            let message = format!("profile question \"{}\" is defined twice", id.value);
            out.at(path, id, message);
        }
        for p in &f.profile {
            for o in repeated(&p.options, |o| &o.id) {
                let (option, question) = (&o.value, &p.id.value);
                let message =
                    format!("option \"{option}\" appears twice in profile question {question}");
                out.at(path, o, message);
            }
        }
        for id in repeated(&f.questions, |q| &q.id) {
            out.at(
                path,
                id,
                format!("question \"{}\" is defined twice", id.value),
            );
        }
    }
}

/// The ids of `items` that an earlier item has already.
fn repeated<T>(items: &[T], id: fn(&T) -> &Text) -> Vec<&Text> {
    let mut seen = HashSet::new();
    items
        .iter()
        .map(id)
        .filter(|id| !seen.insert(id.value.as_str()))
        .collect()
}

/// `numbering-gap`: scale levels run 0, 1, 2, ... in order.
pub(super) fn scale_numbering(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        for (i, l) in f.scale.iter().enumerate() {
            if usize::from(l.level.value) != i {
                out.at(
                    path,
                    &l.level,
                    format!(
                        "scale level {} is in position {}; levels run 0, 1, 2, ... in order",
                        l.level.value,
                        i + 1
                    ),
                );
            }
        }
    }
}

/// `empty-list`: a scale has at least two levels, a profile question two options, a rule
/// options and recommendations, and a questionnaire questions.
pub(super) fn questionnaire_lists_not_empty(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        if f.scale.len() < 2 {
            out.at(
                path,
                &f.id,
                "the scale needs at least two levels".to_string(),
            );
        }
        for p in f.profile.iter().filter(|p| p.options.len() < 2) {
            let message = format!("profile question {} needs at least two options", p.id.value);
            out.at(path, &p.id, message);
        }
        for r in &f.rules {
            if r.when.any_of.is_empty() {
                let message = "rule lists no options under `is`".to_string();
                out.at(path, &r.when.question, message);
            }
            if r.recommendations.is_empty() {
                out.at(
                    path,
                    &r.importance,
                    "rule names no recommendations".to_string(),
                );
            }
        }
        if f.questions.is_empty() {
            let message = format!("questionnaire {} has no questions", f.id.value);
            out.at(path, &f.id, message);
        }
    }
}

/// `dangling-recommendation`: rules and questions name recommendations that exist.
pub(super) fn questionnaire_links_exist(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let exists = |rec: &Text| whole.recommendations.contains_key(rec.value.as_str());
    for (path, f) in input.questionnaires {
        let links = f.rules.iter().flat_map(|r| &r.recommendations);
        for rec in links.filter(|rec| !exists(rec)) {
            let message = format!(
                "rule names recommendation {} which does not exist",
                rec.value
            );
            out.at(path, rec, message);
        }
        for q in f.questions.iter().filter(|q| !exists(&q.recommendation)) {
            let message = format!(
                "question {} asks about recommendation {} which does not exist",
                q.id.value, q.recommendation.value
            );
            out.at(path, &q.recommendation, message);
        }
    }
}

/// `invalid-value`: coverage is complete or overview, and a rule's importance is low, medium
/// or high.
pub(super) fn values_allowed(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        if coverage(f).is_none() {
            let message = format!(
                "coverage {} is not one of: complete, overview",
                text::quote(&f.coverage.value)
            );
            out.at(path, &f.coverage, message);
        }
        for r in &f.rules {
            let importance = &r.importance;
            if Importance::parse(&importance.value).is_none() {
                let quoted = text::quote(&importance.value);
                let message = format!("importance {quoted} is not one of: low, medium, high");
                out.at(path, importance, message);
            }
        }
    }
}

/// `level-descriptions`: every question describes exactly the levels of the scale.
pub(super) fn levels_described(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        let levels = scale_levels(f);
        if levels.is_empty() {
            continue;
        }
        for q in &f.questions {
            let given: BTreeSet<u8> = q.levels.value.keys().copied().collect();
            if given == levels {
                continue;
            }
            let missing: Vec<String> = levels.difference(&given).map(u8::to_string).collect();
            let extra: Vec<String> = given.difference(&levels).map(u8::to_string).collect();
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!("lacks level {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                parts.push(format!(
                    "describes level {} which the scale does not have",
                    extra.join(", ")
                ));
            }
            let message = format!(
                "question {} {}; describe each level of the scale exactly once",
                q.id.value,
                parts.join(" and ")
            );
            out.at(path, &q.levels, message);
        }
    }
}

/// `repeated-recommendation`: a questionnaire asks about each recommendation once.
pub(super) fn recommendations_asked_once(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        // Recommendation -> the question that asked last: a third names the second.
        let mut asked: HashMap<&str, &Text> = HashMap::new();
        for q in &f.questions {
            let rec = &q.recommendation;
            if let Some(first) = asked.insert(rec.value.as_str(), &q.id) {
                let message = format!(
                    "questions {} and {} both ask about {}; ask about each recommendation once",
                    first.value, q.id.value, rec.value
                );
                out.at(path, rec, message);
            }
        }
    }
}

/// The recommendations a questionnaire asks about.
fn asked(f: &raw::QuestionnaireFile) -> HashSet<&str> {
    f.questions
        .iter()
        .map(|q| q.recommendation.value.as_str())
        .collect()
}

/// `incomplete-coverage`: a complete questionnaire asks about every recommendation; an overview
/// about one of every key recommendation and one in every area.
pub(super) fn coverage_complete(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    for (path, f) in input.questionnaires {
        let asked = asked(f);
        let id = &f.id.value;
        let messages = match coverage(f) {
            Some(Coverage::Complete) => missing_recommendations(whole, &asked)
                .map(|missing| format!("questionnaire {id} is complete but has no question on {missing}; add one question for each"))
                .into_iter()
                .collect(),
            Some(Coverage::Overview) => {
                let (keys, areas) = missing_keys_and_areas(whole, &asked);
                let keys = keys.map(|keys| format!("overview questionnaire {id} covers no recommendation linked to {keys}; add a question on one of their recommendations"));
                let areas = areas.map(|areas| format!("overview questionnaire {id} has no question in area {areas}; add one for each"));
                keys.into_iter().chain(areas).collect()
            }
            None => Vec::new(),
        };
        for message in messages {
            out.at(path, &f.coverage, message);
        }
    }
}

/// The items of a list for a message; `None` when there are none.
fn listed<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let items: Vec<&str> = items.collect();
    (!items.is_empty()).then(|| items.join(", "))
}

/// The recommendations not asked about.
fn missing_recommendations(whole: &Whole<'_>, asked: &HashSet<&str>) -> Option<String> {
    listed(
        whole
            .recommendations
            .keys()
            .copied()
            .filter(|id| !asked.contains(id)),
    )
}

/// The key recommendations none of whose recommendations is asked about, and the areas none of
/// whose recommendations is.
fn missing_keys_and_areas(
    whole: &Whole<'_>,
    asked: &HashSet<&str>,
) -> (Option<String>, Option<String>) {
    let keys = whole
        .keys
        .iter()
        .filter(|(_, links)| !links.iter().any(|r| asked.contains(r)));
    let covered_areas: HashSet<&str> = asked
        .iter()
        .filter_map(|r| whole.recommendations.get(r).copied())
        .collect();
    let areas = whole
        .area_list
        .iter()
        .filter(|a| !covered_areas.contains(*a));
    (listed(keys.map(|(k, _)| *k)), listed(areas.copied()))
}

/// `scoring-range`: the default target is a level above 0; weights are positive, at most 100
/// and rising; the key weight is 1-5; bands satisfy 0 < medium < high <= 1.
pub(super) fn scoring_in_range(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        let s = &f.scoring;
        let levels = scale_levels(f);
        let t = s.default_target.value;
        if t == 0 || (!levels.is_empty() && !levels.contains(&t)) {
            let message = format!("default target {t} must be a level of the scale above 0");
            out.at(path, &s.default_target, message);
        }
        let w = &s.importance_weights;
        for (name, v) in [("low", &w.low), ("medium", &w.medium), ("high", &w.high)] {
            if !v.value.is_finite() || v.value <= 0.0 || v.value > 100.0 {
                let message = format!(
                    "importance weight {name} is {}; use a number above 0 and at most 100",
                    v.value
                );
                out.at(path, v, message);
            }
        }
        if !(w.low.value <= w.medium.value && w.medium.value <= w.high.value) {
            let message = "importance weights must rise: low <= medium <= high".to_string();
            out.at(path, &w.low, message);
        }
        let k = s.key_weight.value;
        if !k.is_finite() || !(1.0..=5.0).contains(&k) {
            let message = format!("key weight {k} must be between 1 and 5");
            out.at(path, &s.key_weight, message);
        }
        let (h, m) = (s.bands.high.value, s.bands.medium.value);
        if !(h.is_finite() && m.is_finite() && 0.0 < m && m < h && h <= 1.0) {
            let message =
                format!("bands high {h} and medium {m} must satisfy 0 < medium < high <= 1");
            out.at(path, &s.bands.high, message);
        }
    }
}

/// `dangling-profile`: every rule names a profile question and options of it.
pub(super) fn rule_profiles_exist(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.questionnaires {
        // Profile question -> its options (the last definition, if there are two).
        let profile: HashMap<&str, HashSet<&str>> = f
            .profile
            .iter()
            .map(|p| {
                let options = p.options.iter().map(|o| o.id.value.as_str()).collect();
                (p.id.value.as_str(), options)
            })
            .collect();
        for r in &f.rules {
            let question = &r.when.question;
            let Some(options) = profile.get(question.value.as_str()) else {
                let message = format!(
                    "rule names profile question \"{}\" which does not exist",
                    question.value
                );
                out.at(path, question, message);
                continue;
            };
            for o in r
                .when
                .any_of
                .iter()
                .filter(|o| !options.contains(o.value.as_str()))
            {
                let message = format!(
                    "rule names option \"{}\" which profile question {} does not have",
                    o.value, question.value
                );
                out.at(path, o, message);
            }
        }
    }
}
