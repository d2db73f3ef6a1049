//! The gap report: one model built from the scored answers, made into one document
//! (`document.rs`) for the text formats' writers and serialised as CSV and JSON. Nothing here
//! reads the clock.

pub mod csv;

pub mod json;
#[cfg(test)]
mod tests;

use crate::analysis::scoring::{self, Band, Item, Scored, Status};
use crate::answers::Answers;
use crate::catalogue::Catalogue;
use crate::catalogue::model::{Area, Recommendation, Resource};
use crate::questionnaire::Questionnaire;

/// Version of the JSON report's shape (`docs/report-json.md`).
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// How many priorities the report lists unless told otherwise.
pub const DEFAULT_TOP: usize = 5;

/// How many of the weakest areas get their resources listed.
const RESOURCE_AREAS: usize = 3;

use crate::document::wording::report as wording;
pub use crate::document::wording::{num, one, percent, range};
pub use crate::render::Format;

crate::render::output!(
    Report,
    crate::document::report::build,
    csv::write,
    json::write
);

/// Everything a report shows.
#[derive(Debug)]
pub struct Report<'a> {
    pub cat: &'a Catalogue,
    pub q: &'a Questionnaire,
    pub answers: &'a Answers,
    pub scored: Scored,
    /// How many priorities to list.
    pub top: usize,
    /// Set by `aggregate`: the answers are several respondents' combined, and the report adds
    /// who they are and where they disagree.
    pub aggregate: Option<crate::analysis::aggregate::Summary>,
}

impl<'a> Report<'a> {
    pub fn new(cat: &'a Catalogue, q: &'a Questionnaire, answers: &'a Answers, top: usize) -> Self {
        Report {
            cat,
            q,
            answers,
            scored: scoring::score(cat, q, answers),
            top,
            aggregate: None,
        }
    }

    pub fn recommendation(&self, item: &Item) -> &'a Recommendation {
        // Scoring only keeps items whose recommendation exists.
        self.cat
            .recommendation(&item.recommendation)
            .unwrap_or(&self.cat.recommendations[0])
    }

    /// The part as readers call it ("Sector collaboration").
    pub fn part_name(&self, id: &str) -> &'a str {
        self.cat.part_name(id)
    }

    /// The area as readers call it ("Belt and Road finance").
    pub fn area_title(&self, id: &str) -> &'a str {
        self.cat.area_name(id)
    }

    /// The question text asked for an item.
    pub fn question_text(&self, item: &Item) -> &'a str {
        self.q
            .question(&item.question)
            .map_or("", |q| q.text.as_str())
    }

    pub fn level_name(&self, level: u8) -> &'a str {
        self.q.level_name(level)
    }

    /// The priorities that matter now: the gaps in the high and medium bands, most urgent
    /// first, at most `top` of them.
    pub fn priorities(&self) -> Vec<&Item> {
        let mut v = self.now_all();
        v.truncate(self.top);
        v
    }

    /// Every gap in the high and medium bands, most urgent first.
    fn now_all(&self) -> Vec<&Item> {
        let mut v = self.scored.ranked();
        v.retain(|i| matches!(i.band, Band::High | Band::Medium));
        v
    }

    /// High and medium gaps beyond the `top` the summary lists, most urgent first.
    pub fn also_now(&self) -> Vec<&Item> {
        self.now_all().into_iter().skip(self.top).collect()
    }

    /// The gaps in the low band, for later, most urgent first.
    pub fn later(&self) -> Vec<&Item> {
        let mut v = self.scored.ranked();
        v.retain(|i| i.band == Band::Low);
        v
    }

    /// Items of one area, in questionnaire order.
    pub fn items_in<'s>(&'s self, area: &'s str) -> impl Iterator<Item = &'s Item> + 's {
        self.scored.items.iter().filter(move |i| i.area == area)
    }

    pub fn with_status(&self, status: Status) -> Vec<&Item> {
        self.scored
            .items
            .iter()
            .filter(|i| i.status == status)
            .collect()
    }

    /// Answers at level 3 or 4 with no evidence, in the questionnaire's order.
    pub fn claims_to_check(&self) -> Vec<&Item> {
        self.scored
            .items
            .iter()
            .filter(|i| i.claim_to_check())
            .collect()
    }

    /// Answered items at or above their target.
    pub fn strengths(&self) -> Vec<&Item> {
        self.scored
            .items
            .iter()
            .filter(|i| i.status == Status::Answered && i.gap == Some(0))
            .collect()
    }

    /// The weakest areas (lowest score below 100) and the guide's resources that serve them.
    pub fn resources(&self) -> Vec<(&'a Resource, Vec<&'a Area>)> {
        let weak = self.weakest_areas();
        self.cat
            .resources
            .iter()
            .filter_map(|r| {
                let served: Vec<&'a Area> = weak
                    .iter()
                    .copied()
                    .filter(|a| r.areas.contains(&a.id))
                    .collect();
                (!served.is_empty()).then_some((r, served))
            })
            .collect()
    }

    /// The weakest areas the guide lists resources for (lowest score below 100 first), for the
    /// resources section: an area with none is passed over for the next weakest, so the
    /// section never ends on "no resources".
    pub fn weakest_areas(&self) -> Vec<&'a Area> {
        let served = |id: &str| {
            self.cat
                .resources
                .iter()
                .any(|r| r.areas.iter().any(|a| a == id))
        };
        let mut weak: Vec<(&str, f64)> = self
            .scored
            .areas
            .iter()
            .filter(|a| served(&a.id))
            .filter_map(|a| {
                a.score
                    .score
                    .filter(|s| *s < 100.0)
                    .map(|s| (a.id.as_str(), s))
            })
            .collect();
        weak.sort_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then(self.cat.area_index(a.0).cmp(&self.cat.area_index(b.0)))
        });
        weak.iter()
            .take(RESOURCE_AREAS)
            .filter_map(|(id, _)| self.cat.area(id))
            .collect()
    }

    /// "How these scores were computed", with this questionnaire's own parameters.
    pub fn method(&self) -> Vec<String> {
        let s = &self.q.scoring;
        let largest = self.scored.priority_ref;
        wording::method(&wording::Method {
            target: s.default_target,
            target_name: self.level_name(s.default_target),
            weights: [s.weight_low, s.weight_medium, s.weight_high].map(num),
            key_weight: num(s.key_weight),
            bands: [largest, s.band_high * largest, s.band_medium * largest].map(one),
            respondents: self.aggregate.as_ref().map(|agg| agg.respondents.len()),
            spread: crate::analysis::aggregate::DISAGREEMENT_SPREAD,
        })
    }
}

/// "2 Developing" for a level, "n/a", "don't know" or "unanswered" otherwise.
pub fn level_label(report: &Report, item: &Item) -> String {
    match (item.status, item.level) {
        (Status::Answered, Some(l)) => format!("{l} {}", report.level_name(l)),
        (Status::Na, _) => wording::na_short().to_string(),
        (Status::Unknown, _) => wording::dont_know().to_string(),
        _ => wording::unanswered().to_string(),
    }
}

/// What the renderers' unit tests share: the mini data, a small set of answers carrying the
/// free text each test wants to see escaped, and rendering to a string.
#[cfg(test)]
pub(crate) mod testing {
    use super::Report;
    use crate::answers::{Answer, Answers, State};
    use crate::catalogue::Data;
    use crate::render::Format;

    /// The free-text fields of [`answers`].
    pub struct Texts<'t> {
        pub organisation: &'t str,
        pub respondent: &'t str,
        /// The note on R01 (answered at level 1).
        pub note: &'t str,
        /// Why R02 is not applicable.
        pub reason: &'t str,
    }

    impl Default for Texts<'_> {
        fn default() -> Self {
            Texts {
                organisation: "Acme",
                respondent: "Policy team",
                note: "a note",
                reason: "No tech work",
            }
        }
    }

    pub use crate::testing::mini;

    /// Answers to the mini `full` questionnaire: an advocacy profile, R01 at level 1 with a
    /// note, R02 not applicable.
    pub fn answers(t: &Texts) -> Answers {
        let mut a = crate::testing::advocacy_answers(t.organisation, t.respondent, "2024-05-01");
        a.answers.insert(
            "R01".into(),
            Answer {
                note: Some(t.note.into()),
                ..Answer::level(1)
            },
        );
        let na = State::NotApplicable(t.reason.into());
        a.answers.insert("R02".into(), Answer::new(na));
        a
    }

    /// A don't-know answer with `note`.
    pub fn unknown(note: Option<&str>) -> Answer {
        Answer {
            note: note.map(String::from),
            ..Answer::new(State::Unknown)
        }
    }

    /// The report of `a` on the mini `full` questionnaire, top 10, in a text `format`.
    pub fn render(format: Format, data: &Data, a: &Answers) -> String {
        String::from_utf8(render_bytes(format, data, a)).expect("utf-8")
    }

    /// The same in any format, a Word document too.
    pub fn render_bytes(format: Format, data: &Data, a: &Answers) -> Vec<u8> {
        let q = data.questionnaire("full").expect("questionnaire full");
        let report = Report::new(&data.catalogue, q, a, 10);
        let mut buf = Vec::new();
        crate::render::write(
            &report,
            format,
            crate::io::term::Style::plain(100),
            &mut buf,
        )
        .expect("renders");
        buf
    }
}
