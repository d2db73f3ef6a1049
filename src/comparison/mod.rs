//! Renderers for `compare`: one file per format behind the [`Render`] trait, like the gap
//! report's, writing a [`Comparison`] to any `Write`. The facts and number formats the
//! comparison's document shares live here; their words come from
//! [`crate::document::wording::comparison`].

pub mod csv;

pub mod json;

use crate::analysis::compare::{Category, Change, Comparison, Movement, Side, Warning};
use crate::analysis::scoring::{Item, Status};
use crate::answers::Answers;
use crate::document::wording::comparison as w;
use crate::questionnaire::Questionnaire;

/// Version of the compare JSON's shape (`docs/report-json.md`, "The compare JSON"). 2: each
/// recommendation is in one list at most (`improvements` no longer repeats `gaps_closed`, nor
/// `regressions` `new_gaps`), and `new_gaps` no longer holds the questions first rated below
/// target, which are `gaps_identified`.
pub const JSON_SCHEMA_VERSION: u32 = 2;

/// How many recommendations a summary list names before "and N more": a summary is read in
/// thirty seconds, and the full lists follow it.
pub const SUMMARY_LIST_MAX: usize = 5;

crate::render::output!(
    Comparison,
    crate::document::comparison::build,
    csv::write,
    json::write
);

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
            Which::Before => w::before(),
            Which::After => w::after(),
        }
    }

    /// "before", inside a sentence.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Which::Before => w::before_word(),
            Which::After => w::after_word(),
        }
    }
}

/// A side's organisation as written, or "(organisation not named)".
fn organisation_name(a: &Answers) -> String {
    let n = a.organisation.trim();
    if n.is_empty() {
        w::organisation_not_named_paren().to_string()
    } else {
        n.to_string()
    }
}

/// The organisation(s) for a title: one name, or both when they differ.
pub fn organisations(c: &Comparison) -> String {
    let name = organisation_name;
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
            w::organisation(),
            if org.is_empty() {
                w::not_named().to_string()
            } else {
                org.to_string()
            },
        ));
    }
    facts.push((
        w::date(),
        if a.date.trim().is_empty() {
            w::no_date_given().to_string()
        } else {
            a.date.clone()
        },
    ));
    if !a.respondent.trim().is_empty() {
        facts.push((w::respondent(), a.respondent.clone()));
    }
    facts.push((w::questionnaire(), questionnaire_label(side.q)));
    facts
}

/// One side's facts on one line: "2025-10-14 · Senior leadership team · questionnaire quick 1.0".
pub fn side_line(c: &Comparison, side: &Side) -> String {
    side_facts(c, side)
        .into_iter()
        .map(|(k, v)| {
            if k == w::questionnaire() {
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
        (Status::Na, _) => w::na_short().to_string(),
        (Status::Unknown, _) => w::dont_know().to_string(),
        _ => w::unanswered().to_string(),
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

/// Percentage points with a sign and one decimal, as the language writes decimals: "+21.7",
/// "-3.0", "0.0" ("+21,7" in French).
pub fn points(v: f64) -> String {
    // Round first so that -0.04 shows as 0.0, not -0.0.
    let r = (v * 10.0).round() / 10.0;
    if r > 0.0 {
        format!("+{}", w::one(r))
    } else if r == 0.0 {
        w::one(0.0)
    } else {
        w::one(r)
    }
}

/// A score: "52.1%" ("52,1 %" in French) or `none`.
pub fn score(v: Option<f64>, none: &str) -> String {
    v.map_or_else(|| none.to_string(), |v| w::percent(Some(v)))
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
            // Not "-0.0%".
            w::percent(Some(if r == 0.0 { 0.0 } else { r }))
        },
    )
}

/// A movement in sentences, one percentage each: "Overall readiness rose from 30.4% to 55.4%.
/// That closes 35.9% of the gap that remained." Whether it rose, fell or stayed is read from
/// the scores as shown, so the words never contradict the figures beside them.
pub fn movement_sentences(subject: w::Subject, m: &Movement) -> String {
    let shown = |v: f64| score(Some(v), "");
    let (b, a) = match (m.before, m.after) {
        (Some(b), Some(a)) => (b, a),
        (Some(b), None) => return w::scored_before_only(subject, &shown(b)),
        (None, Some(a)) => return w::scored_after_only(subject, &shown(a)),
        (None, None) => return w::scored_neither(subject),
    };
    let (sb, sa) = (shown(b), shown(a));
    if sb == sa {
        return w::stayed(subject, &sa);
    }
    let rose = a > b;
    let mut s = if rose {
        w::rose(subject, &sb, &sa)
    } else {
        w::fell(subject, &sb, &sa)
    };
    // From 100% there is no share of a gap to give (`progress` is undefined): the move says it.
    if let Some(p) = m.progress() {
        let share = score(Some(p.abs()), "");
        let second = if rose && share == shown(100.0) {
            Some(w::whole_gap_closed().to_string())
        } else if share == shown(0.0) {
            None
        } else if rose {
            Some(w::gap_share_closed(&share))
        } else {
            Some(w::gap_grew(&share))
        };
        if let Some(second) = second {
            s.push(' ');
            s.push_str(&second);
        }
    }
    s
}

/// Overall readiness before and after, in sentences.
pub fn overall_sentences(c: &Comparison) -> String {
    movement_sentences(w::Subject::Overall, &c.overall)
}

/// The summary's first line: the organisation(s) and the two dates (untrusted text inside).
pub fn assessed_sentence(c: &Comparison) -> String {
    fn date(a: &Answers) -> Option<&str> {
        Some(a.date.trim()).filter(|d| !d.is_empty())
    }
    let (b, a) = (c.before.answers, c.after.answers);
    if c.same_organisation() {
        w::assessed(&organisations(c), date(b), date(a))
    } else {
        w::assessed_two(
            &organisation_name(b),
            date(b),
            &organisation_name(a),
            date(a),
        )
    }
}

/// Why a recommendation needs attention, beside its title.
pub fn why_attention(ch: &Change) -> &'static str {
    if ch.new_gap() {
        w::why_new_gap()
    } else {
        w::why_regressed()
    }
}

/// The first [`SUMMARY_LIST_MAX`] of a list, and how many more there are.
pub fn first_few<'v, 'c>(v: &'v [&'c Change]) -> (&'v [&'c Change], usize) {
    let n = v.len().min(SUMMARY_LIST_MAX);
    (&v[..n], v.len() - n)
}

/// The summary's last line.
pub fn what_follows(c: &Comparison) -> String {
    w::what_follows(c.items.len(), !c.like_for_like(), c.plan.is_some())
}

/// What a reader must know before trusting the numbers, one sentence each (untrusted text
/// inside: renderers escape it).
pub fn warnings(c: &Comparison) -> Vec<String> {
    c.warnings()
        .into_iter()
        .map(|warning| match warning {
            Warning::Organisations { before, after } => w::warning_organisations(before, after),
            Warning::OutOfOrder { before, after } => w::warning_out_of_order(before, after),
            Warning::PlanOrganisation { plan, after } => w::warning_plan_organisation(plan, after),
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

/// "16 recommendations compared: 0 new gaps, …", each list counted once.
pub fn counts_sentence(c: &Comparison) -> String {
    w::counts_sentence(
        c.items.len(),
        c.new_gaps().len(),
        c.regressions().len(),
        c.gaps_identified().len(),
        c.gaps_closed().len(),
        c.improvements().len(),
    )
}

/// A list's heading and what to say when it is empty.
pub fn list_words(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::NewGap => (w::new_gaps(), w::no_new_gaps()),
        Category::Regressed => (w::regressions(), w::no_regressions()),
        Category::GapIdentified => (w::gaps_identified(), w::no_gaps_identified()),
        Category::GapClosed => (w::gaps_closed(), w::no_gaps_closed()),
        Category::Improved => (w::improvements(), w::no_improvements()),
    }
}

/// The five lists in the order the documents show them, each with its heading and what to say
/// when it is empty.
pub fn lists<'c>(c: &'c Comparison) -> Vec<(&'static str, &'static str, Vec<&'c Change>)> {
    Category::ALL
        .into_iter()
        .map(|k| {
            let (title, empty) = list_words(k);
            (title, empty, c.of(k))
        })
        .collect()
}

/// "1 -> 3, target 3" from numbers and status words only.
pub fn from_to(ch: &Change) -> String {
    format!(
        "{} -> {}, {}",
        level_short(&ch.before),
        level_short(&ch.after),
        target_text(ch)
    )
}

/// "target 3", or "target 2 then 3" when the target moved.
pub fn target_text(ch: &Change) -> String {
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
    w::left_out_heading(which == Which::Before, q, n)
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

    fn said(before: Option<f64>, after: Option<f64>) -> String {
        movement_sentences(w::Subject::Overall, &Movement { before, after })
    }

    #[test]
    fn a_movement_is_said_one_percentage_a_sentence() {
        // A fall from 50 to 40: the gap of 50 points grew to 60, by a fifth. From 100% there was
        // no gap to speak of. The words follow the figures as shown: 33.33 and 33.34 both show
        // as 33.3%.
        let cases = [
            (
                Some(40.0),
                Some(65.0),
                "Overall readiness rose from 40.0% to 65.0%. That closes 41.7% of the gap that remained.",
            ),
            (
                Some(50.0),
                Some(40.0),
                "Overall readiness fell from 50.0% to 40.0%. The gap that remained grew by 20.0%.",
            ),
            (
                Some(20.0),
                Some(100.0),
                "Overall readiness rose from 20.0% to 100.0%. That closes the whole gap that remained.",
            ),
            (
                Some(100.0),
                Some(80.0),
                "Overall readiness fell from 100.0% to 80.0%.",
            ),
            (
                Some(100.0),
                Some(100.0),
                "Overall readiness stayed at 100.0%.",
            ),
            (
                Some(33.33),
                Some(33.34),
                "Overall readiness stayed at 33.3%.",
            ),
            (
                None,
                Some(55.0),
                "Overall readiness could not be scored before and is 55.0% after.",
            ),
            (
                Some(55.0),
                None,
                "Overall readiness was 55.0% before and could not be scored after.",
            ),
            (
                None,
                None,
                "Overall readiness could not be scored on either side.",
            ),
        ];
        for (before, after, want) in cases {
            assert_eq!(said(before, after), want, "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn a_movement_is_said_in_the_language_with_its_numbers() {
        use crate::i18n::{Lang, with_lang};
        let m = Movement {
            before: Some(40.0),
            after: Some(65.0),
        };
        let fr = Lang::find("fr").unwrap();
        let es = Lang::find("es").unwrap();
        // No-break spaces before the per cent sign in both, as each language writes it.
        assert_eq!(
            with_lang(fr, || movement_sentences(w::Subject::Overall, &m)),
            "La préparation globale a progressé, passant de 40,0\u{a0}% à 65,0\u{a0}%. \
             Cela comble 41,7\u{a0}% de l’écart restant."
        );
        assert_eq!(
            with_lang(es, || movement_sentences(w::Subject::Area, &m)),
            "la preparación subió del 40,0\u{a0}% al 65,0\u{a0}%. \
             Eso cierra el 41,7\u{a0}% de la brecha que quedaba."
        );
        assert_eq!(with_lang(fr, || points(-3.04)), "-3,0");
        let whole = Movement {
            before: Some(20.0),
            after: Some(100.0),
        };
        assert!(
            with_lang(fr, || movement_sentences(w::Subject::Overall, &whole))
                .ends_with("Cela comble tout l’écart restant.")
        );
    }

    #[test]
    fn the_sides_labels_are_padded_to_one_width_in_every_language() {
        use crate::i18n::{Lang, with_lang};
        for lang in Lang::all() {
            let (b, a, indent) = with_lang(lang, || {
                (w::before_screen(), w::after_screen(), w::side_indent())
            });
            assert_eq!(b.chars().count(), a.chars().count(), "{}", lang.tag());
            assert_eq!(b.chars().count(), indent.len(), "{}", lang.tag());
            assert!(b.ends_with(' ') && a.ends_with(' '), "{}", lang.tag());
        }
        let en = with_lang(Lang::EN, || (w::before_screen(), w::after_screen()));
        assert_eq!(en, ("Before: ", "After:  "));
    }
}
