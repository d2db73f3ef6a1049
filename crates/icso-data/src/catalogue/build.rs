//! The validated model built from data that passed every check: trimmed text, lists in the
//! guide's order, the links derived once. Nothing here reports; it runs only without errors.

use super::model::{self as m, Catalogue};
use super::raw::{self, Text};
use super::source::DataFile;
use crate::questionnaire::{self as q, Coverage, Importance, Questionnaire};
use std::collections::HashMap;

/// The recommendation files that parsed, by the path users see.
type RecommendationFiles = [(String, raw::RecommendationsFile)];

fn s(t: &Text) -> String {
    t.value.trim().to_string()
}

/// FNV-1a over file names and contents: stable across runs and machines.
pub(super) fn fingerprint(files: &[DataFile]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut by_path: Vec<&DataFile> = files.iter().collect();
    by_path.sort_by(|a, b| a.path.cmp(&b.path));
    for f in by_path {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        eat(name.as_bytes());
        eat(&[0]);
        // Line endings and a byte order mark do not change the data.
        eat(f
            .text
            .trim_start_matches('\u{feff}')
            .replace("\r\n", "\n")
            .as_bytes());
        eat(&[0]);
    }
    format!("{hash:016x}")
}

/// A model item of the raw item's texts, trimmed: plain fields, then (after `;`) lists.
macro_rules! trimmed {
    ($model:path { $($field:ident),* $(; $($list:ident),*)? } from $raw:expr) => {{
        let raw = $raw;
        $model {
            $($field: s(&raw.$field),)*
            $($($list: raw.$list.iter().map(s).collect(),)*)?
        }
    }};
}

/// The catalogue of all recommendation files together.
pub(super) fn catalogue(files: &RecommendationFiles, fingerprint: String) -> Catalogue {
    let by_id = |id: &String| id.clone();
    let areas = areas(files);
    let key_recommendations = sorted(
        all(files, |f| &f.key_recommendations)
            .map(|k| trimmed!(m::KeyRecommendation { id, title, gist; recommendations } from k)),
        |k| k.id[1..].parse::<u32>().unwrap_or(u32::MAX),
    );
    let recommendations = recommendations(files, &areas, &key_recommendations);
    Catalogue {
        parts: sorted(
            all(files, |f| &f.parts).map(|p| m::Part {
                id: s(&p.id),
                title: s(&p.title),
                name: s(p.name.as_ref().unwrap_or(&p.title)),
                summary: s(&p.summary),
            }),
            |p| by_id(&p.id),
        ),
        subthemes: sorted(
            all(files, |f| &f.subthemes)
                .map(|x| trimmed!(m::Subtheme { id, title, trend_analysis } from x)),
            |x| by_id(&x.id),
        ),
        tags: all(files, |f| &f.tags)
            .map(|t| trimmed!(m::Term { id, title } from t))
            .collect(),
        audiences: all(files, |f| &f.audiences)
            .map(|t| trimmed!(m::Term { id, title } from t))
            .collect(),
        glossary: all(files, |f| &f.glossary)
            .map(|g| trimmed!(m::GlossaryEntry { term, meaning } from g))
            .collect(),
        resources: sorted(
            all(files, |f| &f.resources).map(
                |r| trimmed!(m::Resource { id, title, summary; areas, recommendations } from r),
            ),
            |r| by_id(&r.id),
        ),
        areas,
        key_recommendations,
        recommendations,
        fingerprint,
    }
}

/// One section of every file, in file order.
fn all<'a, T: 'a>(
    files: &'a RecommendationFiles,
    section: impl Fn(&'a raw::RecommendationsFile) -> &'a Vec<T>,
) -> impl Iterator<Item = &'a T> {
    files.iter().flat_map(move |(_, f)| section(f))
}

/// The items sorted by `key`, keeping their order where it is the same.
fn sorted<T, K: Ord>(items: impl Iterator<Item = T>, key: impl FnMut(&T) -> K) -> Vec<T> {
    let mut items: Vec<T> = items.collect();
    items.sort_by_key(key);
    items
}

/// Areas follow the guide: by part, then by their first recommendation's number.
fn areas(files: &RecommendationFiles) -> Vec<m::Area> {
    let first_number = |area: &str| {
        all(files, |f| &f.recommendations)
            .filter(|r| r.area.value == area)
            .map(|r| r.number.value)
            .min()
            .unwrap_or(u32::MAX)
    };
    let areas = all(files, |f| &f.areas).map(|a| m::Area {
        id: s(&a.id),
        part: s(&a.part),
        title: s(&a.title),
        name: s(a.name.as_ref().unwrap_or(&a.title)),
        summary: s(&a.summary),
        subtheme: a.subtheme.as_ref().map(s),
    });
    sorted(areas, |a| (a.part.clone(), first_number(&a.id)))
}

/// The recommendations with what is derived from the rest: their area's sub-theme and the key
/// recommendations that draw on them.
fn recommendations(
    files: &RecommendationFiles,
    areas: &[m::Area],
    keys: &[m::KeyRecommendation],
) -> Vec<m::Recommendation> {
    let area_subtheme: HashMap<&str, Option<String>> = areas
        .iter()
        .map(|a| (a.id.as_str(), a.subtheme.clone()))
        .collect();
    let mut recommendations: Vec<m::Recommendation> = all(files, |f| &f.recommendations)
        .map(|r| m::Recommendation {
            id: s(&r.id),
            number: r.number.value,
            title: s(&r.title),
            summary: s(&r.summary),
            part: s(&r.part),
            area: s(&r.area),
            subtheme: area_subtheme.get(r.area.value.as_str()).cloned().flatten(),
            subpoints: r
                .subpoints
                .iter()
                .map(|p| trimmed!(m::Subpoint { id, title, summary } from p))
                .collect(),
            tags: r.tags.iter().map(s).collect(),
            audience: r.audience.iter().map(s).collect(),
            first_step: s(&r.first_step),
            key: keys
                .iter()
                .filter(|k| k.recommendations.contains(&r.id.value))
                .map(|k| k.id.clone())
                .collect(),
        })
        .collect();
    recommendations.sort_by_key(|r| r.number);
    recommendations
}

/// One questionnaire, named by the file it came from.
pub(super) fn questionnaire(path: &str, f: &raw::QuestionnaireFile) -> Questionnaire {
    let sc = &f.scoring;
    Questionnaire {
        id: s(&f.id),
        title: s(&f.title),
        version: s(&f.version),
        description: s(&f.description),
        coverage: if f.coverage.value == "complete" {
            Coverage::Complete
        } else {
            Coverage::Overview
        },
        scale: f
            .scale
            .iter()
            .map(|l| q::ScaleLevel {
                level: l.level.value,
                name: s(&l.name),
                description: s(&l.description),
            })
            .collect(),
        scoring: q::Scoring {
            default_target: sc.default_target.value,
            weight_low: sc.importance_weights.low.value,
            weight_medium: sc.importance_weights.medium.value,
            weight_high: sc.importance_weights.high.value,
            key_weight: sc.key_weight.value,
            band_high: sc.bands.high.value,
            band_medium: sc.bands.medium.value,
        },
        profile: f.profile.iter().map(profile_question).collect(),
        rules: f.rules.iter().map(rule).collect(),
        questions: f
            .questions
            .iter()
            .map(|question| q::Question {
                id: s(&question.id),
                recommendation: s(&question.recommendation),
                text: s(&question.text),
                levels: question.levels.value.values().map(s).collect(),
            })
            .collect(),
        file: path.to_string(),
    }
}

fn profile_question(p: &raw::ProfileQuestion) -> q::ProfileQuestion {
    q::ProfileQuestion {
        id: s(&p.id),
        question: s(&p.question),
        options: p
            .options
            .iter()
            .map(|o| trimmed!(q::ProfileOption { id, label } from o))
            .collect(),
    }
}

fn rule(r: &raw::Rule) -> q::Rule {
    q::Rule {
        question: s(&r.when.question),
        any_of: r.when.any_of.iter().map(s).collect(),
        importance: Importance::parse(&r.importance.value).unwrap_or(Importance::Medium),
        recommendations: r.recommendations.iter().map(s).collect(),
        basis: s(&r.basis),
    }
}
