//! An organisation's answers to one questionnaire, as checked and used by scoring and reports.

use crate::questionnaire::Importance;
use std::collections::BTreeMap;

/// Version of the answers file format this build reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// Where a question stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// A level of the scale.
    Level(u8),
    /// Not applicable to this organisation, with the reason given.
    NotApplicable(String),
    /// The respondent does not know: something to investigate.
    Unknown,
}

/// One question's answer. A question with no entry is unanswered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub state: State,
    /// Overrides the importance from the profile rules.
    pub importance: Option<Importance>,
    /// Overrides the questionnaire's default target.
    pub target: Option<u8>,
    pub note: Option<String>,
    /// Short references the level rests on (a document, a link, a meeting), as written; links
    /// are shown, never fetched.
    pub evidence: Vec<String>,
    /// Where the answer comes from, when it is not one respondent's: a workshop's.
    pub source: Option<Source>,
}

/// Where a consensus answer comes from (`workshop`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Agreed by the group after discussion, with why.
    Agreed { justification: String },
    /// Not discussed: the combined level of this many respondents (`median of 5`).
    Median { of: usize },
}

impl Source {
    /// As written in an answers file: `agreed` or `median of 5`.
    pub fn as_written(&self) -> String {
        match self {
            Source::Agreed { .. } => "agreed".to_string(),
            Source::Median { of } => format!("median of {of}"),
        }
    }
}

impl Answer {
    /// An answer in `state`, with no importance, target, note, evidence or source of its own.
    pub fn new(state: State) -> Answer {
        Answer {
            state,
            importance: None,
            target: None,
            note: None,
            evidence: Vec::new(),
            source: None,
        }
    }

    pub fn level(level: u8) -> Answer {
        Answer::new(State::Level(level))
    }
}

/// A whole answers file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    pub questionnaire: String,
    pub questionnaire_version: String,
    pub organisation: String,
    /// A person, team or office.
    pub respondent: String,
    /// `YYYY-MM-DD`, as written by the respondent; reports show it, never today's date.
    pub date: String,
    /// Profile question id -> option id.
    pub profile: BTreeMap<String, String>,
    /// Question id -> answer.
    pub answers: BTreeMap<String, Answer>,
    /// Set on a workshop's consensus file: who took part.
    pub workshop: Option<Workshop>,
}

/// The group behind a consensus answers file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workshop {
    /// How many respondents' answers the group started from.
    pub participants: usize,
    /// Their names, only when the group agreed to be named (`workshop --named`).
    pub names: Vec<String>,
}

impl Answers {
    pub fn profile_answer(&self, question: &str) -> Option<&str> {
        self.profile.get(question).map(String::as_str)
    }
}
