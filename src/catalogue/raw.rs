//! The data files exactly as written: serde types with source locations, before any check.
//! Every field is spanned so that validation can point at the line and column of a problem.

use serde::Deserialize;
use std::collections::BTreeMap;

pub use crate::yaml::Spanned;

/// Text or id with its position in the file.
pub type Text = Spanned<String>;

/// One file under `recommendations/`: any of the sections may appear; all files are merged.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecommendationsFile {
    #[serde(default)]
    pub parts: Vec<Part>,
    #[serde(default)]
    pub areas: Vec<Area>,
    #[serde(default)]
    pub subthemes: Vec<Subtheme>,
    #[serde(default)]
    pub tags: Vec<Term>,
    #[serde(default)]
    pub audiences: Vec<Term>,
    #[serde(default)]
    pub key_recommendations: Vec<KeyRecommendation>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: Text,
    pub part: Text,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub subtheme: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subtheme {
    pub id: Text,
    pub title: Text,
    pub trend_analysis: Text,
}

/// A word from a controlled vocabulary (tags, audiences).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Text,
    pub title: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRecommendation {
    pub id: Text,
    pub title: Text,
    pub gist: Text,
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
    pub areas: Vec<Text>,
    #[serde(default)]
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Text,
    pub number: Spanned<u32>,
    pub title: Text,
    pub summary: Text,
    pub part: Text,
    pub area: Text,
    #[serde(default)]
    pub subpoints: Vec<Subpoint>,
    #[serde(default)]
    pub tags: Vec<Text>,
    #[serde(default)]
    pub audience: Vec<Text>,
    pub first_step: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subpoint {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
}

/// One file under `questionnaires/`: exactly one questionnaire.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    pub id: Text,
    pub title: Text,
    pub version: Text,
    pub description: Text,
    /// `complete`: one question per recommendation; `overview`: every key recommendation and area.
    pub coverage: Text,
    pub scale: Vec<ScaleLevel>,
    pub scoring: Scoring,
    #[serde(default)]
    pub profile: Vec<ProfileQuestion>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub level: Spanned<u8>,
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub default_target: Spanned<u8>,
    pub importance_weights: ImportanceWeights,
    pub key_weight: Spanned<f64>,
    pub bands: Bands,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportanceWeights {
    pub low: Spanned<f64>,
    pub medium: Spanned<f64>,
    pub high: Spanned<f64>,
}

/// Priority bands as fractions of the largest possible priority.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub high: Spanned<f64>,
    pub medium: Spanned<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileQuestion {
    pub id: Text,
    pub question: Text,
    pub options: Vec<ProfileOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileOption {
    pub id: Text,
    pub label: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    pub importance: Text,
    pub recommendations: Vec<Text>,
    /// Where the guide supports the rule, in our words.
    pub basis: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: Text,
    #[serde(rename = "is")]
    pub any_of: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Text,
    pub recommendation: Text,
    pub text: Text,
    pub levels: Spanned<BTreeMap<u8, Text>>,
}
