//! A validated questionnaire: its scale, scoring parameters, profile questions with their
//! importance rules, and the questions, each pointing at a recommendation of the catalogue.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How much a question matters to the organisation; sets its weight in scoring.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Importance {
    Low,
    Medium,
    High,
}

impl Importance {
    pub const ALL: [Importance; 3] = [Importance::Low, Importance::Medium, Importance::High];

    pub fn parse(word: &str) -> Option<Importance> {
        match word {
            "low" => Some(Importance::Low),
            "medium" => Some(Importance::Medium),
            "high" => Some(Importance::High),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Importance::Low => "low",
            Importance::Medium => "medium",
            Importance::High => "high",
        }
    }
}

impl fmt::Display for Importance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// One question per recommendation.
    Complete,
    /// Every key recommendation and every area, in fewer questions.
    Overview,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScaleLevel {
    pub level: u8,
    pub name: String,
    pub description: String,
}

/// The scoring block: every number the model uses, none of them in code.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scoring {
    pub default_target: u8,
    pub weight_low: f64,
    pub weight_medium: f64,
    pub weight_high: f64,
    pub key_weight: f64,
    pub band_high: f64,
    pub band_medium: f64,
}

impl Scoring {
    pub fn weight(&self, importance: Importance) -> f64 {
        match importance {
            Importance::Low => self.weight_low,
            Importance::Medium => self.weight_medium,
            Importance::High => self.weight_high,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProfileOption {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProfileQuestion {
    pub id: String,
    pub question: String,
    pub options: Vec<ProfileOption>,
}

impl ProfileQuestion {
    pub fn option(&self, id: &str) -> Option<&ProfileOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rule {
    pub question: String,
    pub any_of: Vec<String>,
    pub importance: Importance,
    pub recommendations: Vec<String>,
    pub basis: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub recommendation: String,
    pub text: String,
    /// One description per scale level, index = level.
    pub levels: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Questionnaire {
    pub id: String,
    pub title: String,
    pub version: String,
    pub description: String,
    pub coverage: Coverage,
    pub scale: Vec<ScaleLevel>,
    pub scoring: Scoring,
    pub profile: Vec<ProfileQuestion>,
    pub rules: Vec<Rule>,
    pub questions: Vec<Question>,
    /// The file it was read from, for messages.
    #[serde(skip)]
    pub file: String,
}

impl Questionnaire {
    find_by_id! {
        question: questions -> Question;
        profile_question: profile -> ProfileQuestion;
    }

    /// The highest level of the scale.
    pub fn max_level(&self) -> u8 {
        self.scale.last().map_or(0, |l| l.level)
    }

    pub fn level_name(&self, level: u8) -> &str {
        self.scale
            .iter()
            .find(|l| l.level == level)
            .map_or("", |l| l.name.as_str())
    }

    /// The importance the profile rules give a recommendation, if any rule applies; the highest
    /// wins when several do.
    pub fn profile_importance<'p>(
        &self,
        recommendation: &str,
        profile: &dyn Fn(&str) -> Option<&'p str>,
    ) -> Option<Importance> {
        self.rules
            .iter()
            .filter(|r| r.recommendations.iter().any(|id| id == recommendation))
            .filter(|r| {
                profile(&r.question).is_some_and(|answer| r.any_of.iter().any(|o| o == answer))
            })
            .map(|r| r.importance)
            .max()
    }
}
