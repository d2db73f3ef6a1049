//! Renderers for `compare`: one file per format behind the [`Render`] trait, like the gap
//! report's, writing a [`Comparison`] to any `Write`. The facts and number formats the
//! comparison's document shares live here; their words come from
//! [`crate::document::wording::comparison`].

pub mod csv;

pub mod json;

use crate::analysis::compare::{Comparison, Movement, NoProgress, Side, Warning};
use crate::analysis::scoring::{Item, Status};
use crate::answers::Answers;
use crate::document::wording::comparison as w;
use crate::questionnaire::Questionnaire;
use std::io::Write;

/// Version of the compare JSON's shape (`docs/report-json.md`, "The compare JSON").
pub const JSON_SCHEMA_VERSION: u32 = 1;

impl crate::render::Output for Comparison<'_> {
    fn document(&self) -> crate::document::Document<'_> {
        crate::document::comparison::build(self)
    }

    fn csv(&self, out: &mut dyn Write) -> std::io::Result<()> {
        csv::write(self, out)
    }

    fn json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        json::write(self, out)
    }
}

/// Which of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Before,
    After,
}

impl Which {
    /// "Before", as a label.
    pub fn word(self) -> &'static str {
        match self {
            Which::Before => w::BEFORE,
            Which::After => w::AFTER,
        }
    }

    /// "before", inside a sentence.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Which::Before => w::BEFORE_WORD,
            Which::After => w::AFTER_WORD,
        }
    }
}

/// The organisation(s) for a title: one name, or both when they differ.
pub fn organisations(c: &Comparison) -> String {
    let name = |a: &Answers| {
        let n = a.organisation.trim();
        if n.is_empty() {
            w::ORGANISATION_NOT_NAMED_PAREN.to_string()
        } else {
            n.to_string()
        }
    };
    if c.same_organisation() {
        name(c.before.answers)
    } else {
        w::two_organisations(&name(c.before.answers), &name(c.after.answers))
    }
}

/// The facts of one side, as label and value pairs: organisation (only when the two differ),
/// date, respondent and questionnaire. Untrusted text: renderers escape it.
pub fn side_facts(c: &Comparison, side: &Side) -> Vec<(&'static str, String)> {
    let a = side.answers;
    let mut facts = Vec::new();
    if !c.same_organisation() {
        let org = a.organisation.trim();
        facts.push((
            w::ORGANISATION,
            if org.is_empty() {
                w::NOT_NAMED.to_string()
            } else {
                org.to_string()
            },
        ));
    }
    facts.push((
        w::DATE,
        if a.date.trim().is_empty() {
            w::NO_DATE_GIVEN.to_string()
        } else {
            a.date.clone()
        },
    ));
    if !a.respondent.trim().is_empty() {
        facts.push((w::RESPONDENT, a.respondent.clone()));
    }
    facts.push((w::QUESTIONNAIRE, questionnaire_label(side.q)));
    facts
}

/// One side's facts on one line: "2025-10-14 · Senior leadership team · questionnaire quick 1.0".
pub fn side_line(c: &Comparison, side: &Side) -> String {
    side_facts(c, side)
        .into_iter()
        .map(|(k, v)| {
            if k == w::QUESTIONNAIRE {
                w::questionnaire_in_line(&v)
            } else {
                v
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "quick 1.0".
pub fn questionnaire_label(q: &Questionnaire) -> String {
    format!("{} {}", q.id, q.version)
}

/// A level or what stands in for it, short: "2", "n/a", "don't know", "unanswered".
pub fn level_short(i: &Item) -> String {
    match (i.status, i.level) {
        (Status::Answered, Some(l)) => l.to_string(),
        (Status::Na, _) => w::NA_SHORT.to_string(),
        (Status::Unknown, _) => w::DONT_KNOW.to_string(),
        _ => w::UNANSWERED.to_string(),
    }
}

/// A level with its name on the side's own scale: "2 Developing".
pub fn level_long(q: &Questionnaire, i: &Item) -> String {
    match (i.status, i.level) {
        (Status::Answered, Some(l)) => format!("{l} {}", q.level_name(l)),
        _ => level_short(i),
    }
}

/// "+2", "-1", "0".
pub fn signed(v: i16) -> String {
    if v > 0 {
        format!("+{v}")
    } else {
        v.to_string()
    }
}

/// Percentage points with a sign and one decimal: "+21.7", "-3.0", "0.0".
pub fn points(v: f64) -> String {
    // Round first so that -0.04 shows as 0.0, not -0.0.
    let r = (v * 10.0).round() / 10.0;
    if r > 0.0 {
        format!("+{r:.1}")
    } else if r == 0.0 {
        "0.0".to_string()
    } else {
        format!("{r:.1}")
    }
}

/// A score: "52.1%" or `none`.
pub fn score(v: Option<f64>, none: &str) -> String {
    v.map_or_else(|| none.to_string(), |v| format!("{v:.1}%"))
}

/// The change in points, or `none` when either score is missing.
pub fn change(m: &Movement, none: &str) -> String {
    m.change().map_or_else(|| none.to_string(), points)
}

/// Progress as a percentage, or `none` when undefined (see [`crate::analysis::compare::progress`]).
pub fn progress(m: &Movement, none: &str) -> String {
    m.progress().map_or_else(
        || none.to_string(),
        |p| {
            let r = (p * 10.0).round() / 10.0;
            if r == 0.0 {
                "0.0%".to_string()
            } else {
                format!("{r:.1}%")
            }
        },
    )
}

/// The sentence on overall readiness, plain text.
pub fn overall_sentence(c: &Comparison) -> String {
    let m = &c.overall;
    let change = m.change().map(points);
    let progress = m.progress().map(|_| progress(m, ""));
    w::overall_sentence(
        &score(m.before, w::NOT_SCORED),
        &score(m.after, w::NOT_SCORED),
        change.as_deref(),
        progress.as_deref(),
        crate::analysis::compare::no_progress_reason(m).map(|why| match why {
            NoProgress::AlreadyFull => w::ALREADY_FULL,
            NoProgress::NotScored => w::NOT_SCORED_ON_BOTH_SIDES,
        }),
    )
}

/// What a reader must know before trusting the numbers, one sentence each (untrusted text
/// inside: renderers escape it).
pub fn warnings(c: &Comparison) -> Vec<String> {
    c.warnings()
        .into_iter()
        .map(|warning| match warning {
            Warning::Organisations { before, after } => w::warning_organisations(before, after),
            Warning::OutOfOrder { before, after } => w::warning_out_of_order(before, after),
        })
        .collect()
}

/// The note on what was compared, when the questionnaires differ.
pub fn scope_note(c: &Comparison) -> Option<String> {
    (!c.like_for_like()).then(|| {
        w::scope_note(
            &questionnaire_label(c.before.q),
            &questionnaire_label(c.after.q),
            c.items.len(),
        )
    })
}

/// "16 recommendations compared: 4 gaps closed, 1 new gap, 10 improvements, 0 regressions."
pub fn counts_sentence(c: &Comparison) -> String {
    w::counts_sentence(
        c.items.len(),
        c.gaps_closed().len(),
        c.new_gaps().len(),
        c.improvements().len(),
        c.regressions().len(),
    )
}

/// The four lists, each with its heading and what to say when it is empty.
pub fn lists<'c>(
    c: &'c Comparison,
) -> [(
    &'static str,
    &'static str,
    Vec<&'c crate::analysis::compare::Change>,
); 4] {
    [
        (w::GAPS_CLOSED, w::NO_GAPS_CLOSED, c.gaps_closed()),
        (w::NEW_GAPS, w::NO_NEW_GAPS, c.new_gaps()),
        (w::IMPROVEMENTS, w::NO_IMPROVEMENTS, c.improvements()),
        (w::REGRESSIONS, w::NO_REGRESSIONS, c.regressions()),
    ]
}

/// "1 -> 3, target 3" from numbers and status words only.
pub fn from_to(ch: &crate::analysis::compare::Change) -> String {
    format!(
        "{} -> {}, {}",
        level_short(&ch.before),
        level_short(&ch.after),
        target_text(ch)
    )
}

/// "target 3", or "target 2 then 3" when the target moved.
pub fn target_text(ch: &crate::analysis::compare::Change) -> String {
    w::target(ch.before.target, ch.after.target)
}

/// The left-out lists with their sentences: (which side, questionnaire, ids).
pub fn left_out<'c>(c: &'c Comparison) -> Vec<(Which, String, &'c [String])> {
    let mut v = Vec::new();
    if !c.before_only.is_empty() {
        v.push((
            Which::Before,
            questionnaire_label(c.before.q),
            c.before_only.as_slice(),
        ));
    }
    if !c.after_only.is_empty() {
        v.push((
            Which::After,
            questionnaire_label(c.after.q),
            c.after_only.as_slice(),
        ));
    }
    v
}

/// "Asked only before (full 1.0), so left out: 32 recommendations".
pub fn left_out_heading(which: Which, q: &str, n: usize) -> String {
    w::left_out_heading(which.in_sentence(), q, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_carry_their_sign() {
        assert_eq!(signed(2), "+2");
        assert_eq!(signed(-1), "-1");
        assert_eq!(signed(0), "0");
        assert_eq!(points(21.66), "+21.7");
        assert_eq!(points(-0.04), "0.0");
        assert_eq!(points(-3.0), "-3.0");
        let m = Movement {
            before: Some(50.0),
            after: Some(40.0),
        };
        assert_eq!(progress(&m, "-"), "-20.0%");
        assert_eq!(change(&m, "-"), "-10.0");
        let m = Movement {
            before: Some(100.0),
            after: Some(100.0),
        };
        assert_eq!(progress(&m, "–"), "–");
        assert_eq!(change(&m, "–"), "0.0");
    }
}
