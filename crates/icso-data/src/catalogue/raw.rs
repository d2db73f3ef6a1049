//! The data files exactly as written: serde types with source locations, before any check.
//! Every field is located so that validation can point at the line and column of a problem.

use crate::yaml::Spanned;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Text or id with its position in the file.
pub type Text = Located<String>;

/// A value with where it stands in its file: the parser's [`Spanned`], in a type of our own so
/// that its JSON schema can be the value's (every field of the schemas describes the plain
/// value, as users write it, without an attribute on each field saying so).
#[derive(Debug, Clone)]
pub struct Located<T>(pub Spanned<T>);

impl<T> std::ops::Deref for Located<T> {
    type Target = Spanned<T>;

    fn deref(&self) -> &Spanned<T> {
        &self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Spanned::deserialize(deserializer).map(Located)
    }
}

/// The value alone, as [`Spanned`] does: the schemas show the defaults of optional lists so.
impl<T: Serialize> Serialize for Located<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// The schema of the value itself.
impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// One file under `recommendations/`: any of the sections may appear; all files are merged.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RecommendationsFile {
    pub parts: Vec<Part>,
    pub areas: Vec<Area>,
    pub subthemes: Vec<Subtheme>,
    pub tags: Vec<Term>,
    pub audiences: Vec<Term>,
    pub key_recommendations: Vec<KeyRecommendation>,
    pub resources: Vec<Resource>,
    pub recommendations: Vec<Recommendation>,
    pub glossary: Vec<GlossaryEntry>,
}

/// An abbreviation the data uses and what it stands for: reports spell it out at its first use
/// and list it in a glossary.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// As written in the text ("ICSO"); a plural adds "s" to both.
    pub term: Text,
    /// In words ("internationally operating civil society organisation").
    pub meaning: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: Text,
    pub title: Text,
    /// What readers call the part in a report ("Sector collaboration"); the title when absent.
    #[serde(default)]
    pub name: Option<Text>,
    pub summary: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: Text,
    pub part: Text,
    pub title: Text,
    /// What readers call the area in a report ("Belt and Road finance"); the title when absent.
    #[serde(default)]
    pub name: Option<Text>,
    pub summary: Text,
    #[serde(default)]
    pub subtheme: Option<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subtheme {
    pub id: Text,
    pub title: Text,
    pub trend_analysis: Text,
}

/// A word from a controlled vocabulary (tags, audiences).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Text,
    pub title: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRecommendation {
    pub id: Text,
    pub title: Text,
    pub gist: Text,
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
    pub areas: Vec<Text>,
    #[serde(default)]
    pub recommendations: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Text,
    pub number: Located<u32>,
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subpoint {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
}

/// One file under `questionnaires/`: exactly one questionnaire.
#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub level: Located<u8>,
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub default_target: Located<u8>,
    pub importance_weights: ImportanceWeights,
    pub key_weight: Located<f64>,
    pub bands: Bands,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportanceWeights {
    pub low: Located<f64>,
    pub medium: Located<f64>,
    pub high: Located<f64>,
}

/// Priority bands as fractions of the largest possible priority.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub high: Located<f64>,
    pub medium: Located<f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileQuestion {
    pub id: Text,
    pub question: Text,
    pub options: Vec<ProfileOption>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileOption {
    pub id: Text,
    pub label: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    pub importance: Text,
    pub recommendations: Vec<Text>,
    /// Where the guide supports the rule, in our words.
    pub basis: Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: Text,
    #[serde(rename = "is")]
    pub any_of: Vec<Text>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Text,
    pub recommendation: Text,
    pub text: Text,
    pub levels: Located<BTreeMap<u8, Text>>,
}
