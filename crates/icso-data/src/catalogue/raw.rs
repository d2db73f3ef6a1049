//! The data files exactly as written: serde types with source locations, before any check.
//! Every field is spanned so that validation can point at the line and column of a problem.

use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

pub use crate::yaml::Spanned;

/// Text or id with its position in the file.
pub type Text = Spanned<String>;

/// One file under `recommendations/`: any of the sections may appear; all files are merged.
#[derive(Debug, Default, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub summary: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub part: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub summary: Text,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub subtheme: Option<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subtheme {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub trend_analysis: Text,
}

/// A word from a controlled vocabulary (tags, audiences).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRecommendation {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub gist: Text,
    #[schemars(with = "Vec<String>")]
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub summary: Text,
    #[schemars(with = "Vec<String>")]
    pub areas: Vec<Text>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "u32")]
    pub number: Spanned<u32>,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub summary: Text,
    #[schemars(with = "String")]
    pub part: Text,
    #[schemars(with = "String")]
    pub area: Text,
    #[serde(default)]
    pub subpoints: Vec<Subpoint>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Text>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub audience: Vec<Text>,
    #[schemars(with = "String")]
    pub first_step: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subpoint {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub summary: Text,
}

/// One file under `questionnaires/`: exactly one questionnaire.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub title: Text,
    #[schemars(with = "String")]
    pub version: Text,
    #[schemars(with = "String")]
    pub description: Text,
    /// `complete`: one question per recommendation; `overview`: every key recommendation and area.
    #[schemars(with = "String")]
    pub coverage: Text,
    pub scale: Vec<ScaleLevel>,
    pub scoring: Scoring,
    #[serde(default)]
    pub profile: Vec<ProfileQuestion>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    #[schemars(with = "u8")]
    pub level: Spanned<u8>,
    #[schemars(with = "String")]
    pub name: Text,
    #[schemars(with = "String")]
    pub description: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    #[schemars(with = "u8")]
    pub default_target: Spanned<u8>,
    pub importance_weights: ImportanceWeights,
    #[schemars(with = "f64")]
    pub key_weight: Spanned<f64>,
    pub bands: Bands,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportanceWeights {
    #[schemars(with = "f64")]
    pub low: Spanned<f64>,
    #[schemars(with = "f64")]
    pub medium: Spanned<f64>,
    #[schemars(with = "f64")]
    pub high: Spanned<f64>,
}

/// Priority bands as fractions of the largest possible priority.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    #[schemars(with = "f64")]
    pub high: Spanned<f64>,
    #[schemars(with = "f64")]
    pub medium: Spanned<f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileQuestion {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub question: Text,
    pub options: Vec<ProfileOption>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileOption {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub label: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    #[schemars(with = "String")]
    pub importance: Text,
    #[schemars(with = "Vec<String>")]
    pub recommendations: Vec<Text>,
    /// Where the guide supports the rule, in our words.
    #[schemars(with = "String")]
    pub basis: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[schemars(with = "String")]
    pub question: Text,
    #[serde(rename = "is")]
    #[schemars(with = "Vec<String>")]
    pub any_of: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    #[schemars(with = "String")]
    pub id: Text,
    #[schemars(with = "String")]
    pub recommendation: Text,
    #[schemars(with = "String")]
    pub text: Text,
    #[schemars(with = "BTreeMap<u8, String>")]
    pub levels: Spanned<BTreeMap<u8, Text>>,
}
