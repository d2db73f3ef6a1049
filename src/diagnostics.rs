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

const fn error(code: &'static str, rule: &'static str) -> Check {
    Check {
        code,
        severity: Severity::Error,
        rule,
    }
}

const fn warning(code: &'static str, rule: &'static str) -> Check {
    Check {
        code,
        severity: Severity::Warning,
        rule,
    }
}

/// Every check `validate` runs. The order is the order of `docs/validation.md`.
pub const CHECKS: &[Check] = &[
    error(
        "unreadable-file",
        "every data file is a regular, readable UTF-8 file of at most 256 KiB",
    ),
    error(
        "yaml-syntax",
        "every file is well-formed YAML: spaces for indentation, no duplicate keys",
    ),
    error(
        "yaml-limits",
        "no file exceeds the parser's limits on aliases, anchors, nesting depth and size",
    ),
    error(
        "schema",
        "every field is known, present when required and of the right type",
    ),
    error(
        "forbidden-character",
        "no text holds control characters, escape sequences, bidirectional overrides or zero-width characters",
    ),
    error(
        "empty-text",
        "no title, summary, question or description is empty",
    ),
    error(
        "text-too-long",
        "text stays within its field's length limit",
    ),
    error(
        "id-format",
        "every id has its expected shape (R01, K1, \"01\", \"3.1\", \"4.1\", a, kebab-case words, version like 1.0)",
    ),
    error(
        "duplicate-id",
        "no id is defined twice in its kind (across all files)",
    ),
    error(
        "numbering-gap",
        "recommendations, sub-points, key recommendations, resources and scale levels are numbered without gaps, and each id matches its number",
    ),
    error(
        "missing-section",
        "the catalogue defines parts, areas, recommendations and key recommendations, and there is at least one questionnaire",
    ),
    error(
        "empty-list",
        "key recommendations, resources, rules and profile questions are not empty lists",
    ),
    error(
        "dangling-part",
        "every part named by an area or recommendation exists",
    ),
    error(
        "dangling-area",
        "every area named by a recommendation or resource exists",
    ),
    error(
        "dangling-subtheme",
        "every sub-theme named by an area exists",
    ),
    error(
        "dangling-recommendation",
        "every recommendation named by a key recommendation, resource, question or rule exists",
    ),
    error(
        "dangling-tag",
        "every tag on a recommendation is declared under tags",
    ),
    error(
        "dangling-audience",
        "every audience hint on a recommendation is declared under audiences",
    ),
    error(
        "part-mismatch",
        "a recommendation's part is its area's part, and only areas of part 03 have a sub-theme",
    ),
    error(
        "invalid-value",
        "enumerated fields hold one of their allowed values (coverage: complete or overview; importance: low, medium or high)",
    ),
    error(
        "level-descriptions",
        "every question describes exactly the levels of its questionnaire's scale",
    ),
    error(
        "repeated-recommendation",
        "a questionnaire asks about each recommendation at most once",
    ),
    error(
        "incomplete-coverage",
        "a complete questionnaire covers every recommendation; an overview covers every key recommendation and every area",
    ),
    error(
        "scoring-range",
        "scoring parameters are in range: target a scale level above 0, weights positive and rising, key weight 1-5, bands 0 < medium < high <= 1",
    ),
    error(
        "dangling-profile",
        "every rule names a profile question and options that exist",
    ),
    warning(
        "unused-definition",
        "every declared tag, audience, area and sub-theme is used",
    ),
    error(
        "answers-syntax",
        "the answers file is valid TOML, without duplicate keys",
    ),
    error(
        "answers-schema",
        "every field of the answers file is known and of the right type, and the required ones are present (format = 1)",
    ),
    error(
        "unknown-questionnaire",
        "the questionnaire an answers file names exists",
    ),
    error(
        "questionnaire-version",
        "the questionnaire version of an answers file matches the questionnaire's",
    ),
    error(
        "unknown-question",
        "every answer names a question of the questionnaire",
    ),
    error(
        "level-out-of-range",
        "levels and targets are levels of the questionnaire's scale; targets are above 0",
    ),
    error("missing-reason", "\"n/a\" answers give a reason"),
    error(
        "invalid-importance",
        "an answer's importance is low, medium or high",
    ),
    error(
        "unknown-profile",
        "profile answers name profile questions and options that exist",
    ),
    error(
        "invalid-date",
        "the date of an answers file is YYYY-MM-DD and a real calendar date",
    ),
];

pub fn check(code: &str) -> Option<&'static Check> {
    CHECKS.iter().find(|c| c.code == code)
}

/// One problem found in the data or an answers file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Finding {
    /// A finding for a registered check; its severity comes from [`CHECKS`].
    pub fn new(code: &'static str, file: &str, pos: Option<(u32, u32)>, message: String) -> Self {
        let severity = check(code).map_or(Severity::Error, |c| c.severity);
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
        (&a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
}
