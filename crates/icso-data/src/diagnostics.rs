//! Findings: what `validate` reports. Each has a stable code from [`CHECKS`], documented in
//! `docs/validation.md`, a file and, where known, a line and column.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A named check: its code, how serious a failure is, and its rule in one line.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    pub code: &'static str,
    pub severity: Severity,
    pub rule: &'static str,
}

/// Declares every check once: the [`Code`] enum (so a finding cannot carry a code that is not
/// registered), its text, and [`CHECKS`] with each check's severity and one-line rule.
macro_rules! checks {
    ($($variant:ident = $code:literal, $severity:ident, $rule:expr;)*) => {
        /// The code of a check, as `validate` prints it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of `docs/validation.md`.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The stable text of the code (`dangling-area`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }

            /// The check this code belongs to.
            pub fn check(self) -> &'static Check {
                &CHECKS[self as usize]
            }
        }

        /// Every check `validate` runs. The order is the order of `docs/validation.md`.
        pub const CHECKS: &[Check] = &[
            $(Check {
                code: $code,
                severity: Severity::$severity,
                rule: $rule,
            },)*
        ];
    };
}

checks! {
    UnreadableFile = "unreadable-file", Error, "every data file is a regular, readable UTF-8 file of at most 256 KiB";
    YamlSyntax = "yaml-syntax", Error, "every file is well-formed YAML: spaces for indentation, no duplicate keys";
    YamlLimits = "yaml-limits", Error, "no file exceeds the parser's limits on aliases, anchors, nesting depth and size";
    Schema = "schema", Error, "every field is known, present when required and of the right type";
    ForbiddenCharacter = "forbidden-character", Error, "no text holds control characters, escape sequences, bidirectional overrides or invisible characters (zero-width, soft hyphen, tag characters, variation selectors outside emoji); no id, title, name or label holds a tab or a line break";
    EmptyText = "empty-text", Error, "no title, summary, question or description is empty";
    TextTooLong = "text-too-long", Error, "text stays within its field's length limit";
    IdFormat = "id-format", Error, "every id has its expected shape (R01, K1, \"01\", \"3.1\", \"4.1\", a, kebab-case words, version like 1.0)";
    DuplicateId = "duplicate-id", Error, "no id is defined twice in its kind (across all files)";
    NumberingGap = "numbering-gap", Error, "recommendations, sub-points, key recommendations, resources and scale levels are numbered without gaps, and each id matches its number";
    MissingSection = "missing-section", Error, "the catalogue defines parts, areas, recommendations and key recommendations, and there is at least one questionnaire";
    EmptyList = "empty-list", Error, "key recommendations, resources, rules and profile questions are not empty lists";
    DanglingPart = "dangling-part", Error, "every part named by an area or recommendation exists";
    DanglingArea = "dangling-area", Error, "every area named by a recommendation or resource exists";
    DanglingSubtheme = "dangling-subtheme", Error, "every sub-theme named by an area exists";
    DanglingRecommendation = "dangling-recommendation", Error, "every recommendation named by a key recommendation, resource, question or rule exists";
    DanglingTag = "dangling-tag", Error, "every tag on a recommendation is declared under tags";
    DanglingAudience = "dangling-audience", Error, "every audience hint on a recommendation is declared under audiences";
    PartMismatch = "part-mismatch", Error, "a recommendation's part is its area's part, and only areas of part 03 have a sub-theme";
    InvalidValue = "invalid-value", Error, "enumerated fields hold one of their allowed values (coverage: complete or overview; importance: low, medium or high)";
    LevelDescriptions = "level-descriptions", Error, "every question describes exactly the levels of its questionnaire's scale";
    RepeatedRecommendation = "repeated-recommendation", Error, "a questionnaire asks about each recommendation at most once";
    IncompleteCoverage = "incomplete-coverage", Error, "a complete questionnaire covers every recommendation; an overview covers every key recommendation and every area";
    ScoringRange = "scoring-range", Error, "scoring parameters are in range: target a scale level above 0, weights positive and rising, key weight 1-5, bands 0 < medium < high <= 1";
    DanglingProfile = "dangling-profile", Error, "every rule names a profile question and options that exist";
    UnusedDefinition = "unused-definition", Warning, "every declared tag, audience, area and sub-theme is used";
    MissingTranslation = "missing-translation", Warning, "each language with overlays under translations/ translates every text of the English data";
    StaleTranslation = "stale-translation", Warning, "each translation's `source` is the hash of the English text as it is now, and none is marked `stale: true`";
    UnknownTranslation = "unknown-translation", Error, "every overlay entry, level and questionnaire file translates an entry of the English data (found by id, level or position n)";
    StructureInTranslation = "structure-in-translation", Error, "overlays hold only translated text: no structural field (numbers, links, weights, a rule's `when`), and every entry has the key that finds its English (id, level or n)";
    AnswersSyntax = "answers-syntax", Error, "the answers file is valid TOML, without duplicate keys";
    AnswersSchema = "answers-schema", Error, "every field of the answers file is known and of the right type, and the required ones are present (format = 1)";
    UnknownQuestionnaire = "unknown-questionnaire", Error, "the questionnaire an answers file names exists";
    QuestionnaireVersion = "questionnaire-version", Error, "the questionnaire version of an answers file matches the questionnaire's";
    UnknownQuestion = "unknown-question", Error, "every answer names a question of the questionnaire";
    LevelOutOfRange = "level-out-of-range", Error, "levels and targets are levels of the questionnaire's scale; targets are above 0";
    MissingReason = "missing-reason", Error, "\"n/a\" answers give a reason";
    MissingJustification = "missing-justification", Error, "answers a workshop agreed (source = \"agreed\") give a justification";
    InvalidImportance = "invalid-importance", Error, "an answer's importance is low, medium or high";
    UnknownProfile = "unknown-profile", Error, "profile answers name profile questions and options that exist";
    InvalidDate = "invalid-date", Error, "the date of an answers file is YYYY-MM-DD and a real calendar date";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One problem found in the data or an answers file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Finding {
    /// A finding for a registered check; its severity comes from [`CHECKS`].
    pub fn new(code: Code, file: &str, pos: Option<(u32, u32)>, message: String) -> Self {
        let severity = code.check().severity;
        let (line, column) = match pos {
            Some((l, c)) if l > 0 => (Some(l), Some(c)),
            _ => (None, None),
        };
        Finding {
            code,
            severity,
            file: file.to_string(),
            line,
            column,
            message,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, or as much of it as is known.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

/// Stable order: by file, then position, then code.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code.as_str(), &a.message).cmp(&(
            &b.file,
            b.line,
            b.column,
            b.code.as_str(),
            &b.message,
        ))
    });
}
