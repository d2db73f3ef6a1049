//! JSON Schemas (draft-07) of the file formats, generated from the serde types, so editors can
//! check data and answers files while typing. `schema KIND` prints them; `schemas/` holds copies.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The formats with a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Recommendations,
    Questionnaire,
    Answers,
    Report,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Recommendations,
        Kind::Questionnaire,
        Kind::Answers,
        Kind::Report,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Recommendations => "recommendations",
            Kind::Questionnaire => "questionnaire",
            Kind::Answers => "answers",
            Kind::Report => "report",
        }
    }

    /// File name under `schemas/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }
}

// The loader reads answers TOML without serde (to report every problem with its position); this
// type mirrors what it accepts, and CI validates the example answers files against the generated
// schema to keep the two in step.
/// An icso-assess answers file: one organisation's answers to one questionnaire.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AnswersFile {
    /// Version of the answers file format; 1.
    format: u32,
    /// Id of the questionnaire answered, e.g. "quick" or "full".
    questionnaire: String,
    /// Version of that questionnaire when the answers were given, e.g. "1.0".
    questionnaire_version: String,
    /// The organisation assessed.
    organisation: String,
    /// A person, team or office.
    respondent: String,
    /// Date of the assessment, YYYY-MM-DD (a TOML date is accepted too).
    date: String,
    /// Only in a workshop's consensus file: who took part.
    workshop: Option<WorkshopTable>,
    /// Profile question id -> option id.
    #[serde(default)]
    profile: BTreeMap<String, String>,
    /// Question id -> answer. A question without an entry is unanswered.
    #[serde(default)]
    answers: BTreeMap<String, AnswerEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AnswerEntry {
    /// A level of the scale (0-4), "n/a" (give a reason) or "unknown" (don't know).
    level: Option<Level>,
    /// Why the question does not apply; required with "n/a".
    reason: Option<String>,
    /// Overrides the importance the profile rules give.
    importance: Option<ImportanceWord>,
    /// The level aimed for, instead of the questionnaire's default target.
    target: Option<u8>,
    /// Free text.
    note: Option<String>,
    /// Short references the level rests on: documents, links or meetings (at most 20, each at
    /// most 300 characters on one line).
    evidence: Option<Vec<String>>,
    /// In a workshop's consensus file: "agreed" (with a justification) or "median of N" (the
    /// combined level of N respondents, not discussed).
    source: Option<String>,
    /// Why the group agreed the level; required with source = "agreed".
    justification: Option<String>,
}

/// A consensus file's `[workshop]` table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct WorkshopTable {
    /// How many respondents' answers the group started from (1 or more).
    participants: u32,
    /// Their names, only when the group agreed to be named.
    names: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Level {
    Level(u8),
    Word(LevelWord),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[allow(dead_code)]
enum LevelWord {
    #[serde(rename = "n/a")]
    NotApplicable,
    #[serde(rename = "unknown")]
    Unknown,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum ImportanceWord {
    Low,
    Medium,
    High,
}

/// The JSON Schema of one format.
pub fn schema(kind: Kind) -> Schema {
    let generator = SchemaSettings::draft07().into_generator();
    match kind {
        Kind::Recommendations => {
            generator.into_root_schema_for::<crate::catalogue::raw::RecommendationsFile>()
        }
        Kind::Questionnaire => {
            generator.into_root_schema_for::<crate::catalogue::raw::QuestionnaireFile>()
        }
        Kind::Answers => generator.into_root_schema_for::<AnswersFile>(),
        Kind::Report => crate::report::json::schema(generator),
    }
}

/// The schema as the pretty JSON text committed under `schemas/`.
pub fn text(kind: Kind) -> String {
    let mut s = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    s.push('\n');
    s
}
