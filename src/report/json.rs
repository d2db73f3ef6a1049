//! The JSON report: the whole scored model for other tools, documented in docs/report-json.md.

use super::{JSON_SCHEMA_VERSION, Report};
use crate::analysis::aggregate::Summary;
use crate::analysis::scoring::{AreaScore, Band, Coverage, PartScore, Score, Status};
use crate::answers::{Answer, State};
use crate::questionnaire::Importance;
use serde::{Serialize, Serializer};
use std::io::Write;

#[derive(Serialize, schemars::JsonSchema)]
struct Doc<'a> {
    schema_version: u32,
    questionnaire: Questionnaire<'a>,
    catalogue_fingerprint: &'a str,
    organisation: &'a str,
    respondent: &'a str,
    date: &'a str,
    overall: Overall,
    parts: Vec<Part<'a>>,
    areas: Vec<Area<'a>>,
    key: Vec<Key<'a>>,
    items: Vec<Item<'a>>,
    /// Only in reports of combined answers (`aggregate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    aggregate: Option<Aggregate<'a>>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Aggregate<'a> {
    respondent_count: usize,
    disagreement_spread: u8,
    /// `aggregate --anonymise`: each respondent's label is "Respondent A", "Respondent B"... in
    /// an order drawn at random, and their file, respondent, organisation and date are empty.
    anonymised: bool,
    respondents: Vec<Respondent<'a>>,
    profile: Vec<ProfileChoice<'a>>,
    questions: Vec<QuestionStats<'a>>,
    disagreements: Vec<Disagreement<'a>>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Respondent<'a> {
    label: &'a str,
    file: &'a str,
    respondent: &'a str,
    organisation: &'a str,
    date: &'a str,
    #[serde(flatten)]
    score: Range,
    coverage: Coverage,
}

#[derive(Serialize, schemars::JsonSchema)]
struct ProfileChoice<'a> {
    question: &'a str,
    option: Option<&'a str>,
    count: usize,
    answered: usize,
}

#[derive(Serialize, schemars::JsonSchema)]
struct QuestionStats<'a> {
    question: &'a str,
    recommendation: &'a str,
    n: usize,
    na: usize,
    unknown: usize,
    unanswered: usize,
    median: Option<u8>,
    min: Option<u8>,
    max: Option<u8>,
    spread: Option<u8>,
    importance: Option<Importance>,
    target: Option<u8>,
    disagreement: bool,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Disagreement<'a> {
    question: &'a str,
    recommendation: &'a str,
    title: &'a str,
    spread: u8,
    median: u8,
    min: u8,
    max: u8,
    priority: f64,
    band: Band,
    #[schemars(with = "Vec<RespondentAnswer>")]
    answers: Answers<'a>,
}

/// Every respondent's answer to one question, written as they are read: with thousands of
/// respondents this list is the bulk of the document, so it is never built in memory.
struct Answers<'a> {
    summary: &'a Summary,
    question: &'a str,
}

/// Fields without a value are left out: this list can hold hundreds of thousands of entries.
#[derive(Serialize, schemars::JsonSchema)]
struct RespondentAnswer<'a> {
    respondent: &'a str,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    evidence: &'a [String],
}

impl Serialize for Answers<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.summary
                .answers_to(self.question)
                .map(|(x, a)| respondent_answer(&x.label, a)),
        )
    }
}

fn respondent_answer<'a>(label: &'a str, a: Option<&'a Answer>) -> RespondentAnswer<'a> {
    let (status, level, reason) = match a.map(|a| &a.state) {
        None => (Status::Unanswered, None, None),
        Some(State::Level(l)) => (Status::Answered, Some(*l), None),
        Some(State::NotApplicable(r)) => (Status::Na, None, Some(r.as_str())),
        Some(State::Unknown) => (Status::Unknown, None, None),
    };
    RespondentAnswer {
        respondent: label,
        status,
        level,
        reason,
        note: a.and_then(|a| a.note.as_deref()),
        evidence: a.map_or(&[], |a| a.evidence.as_slice()),
    }
}

fn aggregate<'a>(r: &'a Report, agg: &'a Summary) -> Aggregate<'a> {
    Aggregate {
        respondent_count: agg.respondents.len(),
        disagreement_spread: crate::analysis::aggregate::DISAGREEMENT_SPREAD,
        anonymised: agg.anonymised,
        respondents: agg
            .respondents
            .iter()
            .map(|x| Respondent {
                label: &x.label,
                file: &x.file,
                respondent: &x.respondent,
                organisation: &x.organisation,
                date: &x.date,
                score: (&x.overall).into(),
                coverage: x.coverage,
            })
            .collect(),
        profile: agg
            .profile
            .iter()
            .map(|p| ProfileChoice {
                question: &p.question,
                option: p.option.as_deref(),
                count: p.count,
                answered: p.answered,
            })
            .collect(),
        questions: agg
            .questions
            .iter()
            .map(|q| QuestionStats {
                question: &q.question,
                recommendation: &q.recommendation,
                n: q.n,
                na: q.na,
                unknown: q.unknown,
                unanswered: q.unanswered,
                median: q.median,
                min: q.min,
                max: q.max,
                spread: q.spread,
                importance: q.importance,
                target: q.target,
                disagreement: q.disagreement(),
            })
            .collect(),
        disagreements: agg
            .disagreements
            .iter()
            .map(|d| Disagreement {
                question: &d.question,
                recommendation: &d.recommendation,
                title: r.cat.recommendation_title(&d.recommendation),
                spread: d.spread,
                median: d.median,
                min: d.min,
                max: d.max,
                priority: d.priority,
                band: r
                    .scored
                    .items
                    .iter()
                    .find(|i| i.question == d.question)
                    .map_or(Band::None, |i| i.band),
                answers: Answers {
                    summary: agg,
                    question: &d.question,
                },
            })
            .collect(),
    }
}

/// Which questionnaire (and version) answers were given to; the comparison's JSON names its two
/// sides the same way.
#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct Questionnaire<'a> {
    id: &'a str,
    version: &'a str,
}

impl<'a> From<&'a crate::questionnaire::Questionnaire> for Questionnaire<'a> {
    fn from(q: &'a crate::questionnaire::Questionnaire) -> Self {
        Questionnaire {
            id: &q.id,
            version: &q.version,
        }
    }
}

// A score and its range, written in place among the fields of the row that holds it: the
// overall score, a respondent's, a part's, an area's. A plain comment, not a doc comment:
// schemars would copy a doc comment into the schema of every row that flattens it.
#[derive(Serialize, schemars::JsonSchema)]
struct Range {
    score: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
}

impl From<&Score> for Range {
    fn from(s: &Score) -> Self {
        Range {
            score: s.score,
            low: s.low,
            high: s.high,
        }
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct Overall {
    #[serde(flatten)]
    score: Range,
    coverage: Coverage,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Part<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(flatten)]
    score: Range,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Area<'a> {
    id: &'a str,
    /// The guide's title for the area.
    title: &'a str,
    /// What readers call it in the report ("Belt and Road finance").
    name: &'a str,
    part: &'a str,
    #[serde(flatten)]
    score: Range,
    answered: usize,
    applicable: usize,
    na: usize,
    unknown: usize,
    unanswered: usize,
}

// A part's and an area's row: the scoring's figures under the guide's title.
impl<'a> Part<'a> {
    fn new(r: &Report<'a>, p: &'a PartScore) -> Self {
        Part {
            id: &p.id,
            title: r.cat.part_title(&p.id),
            score: (&p.score).into(),
        }
    }
}

impl<'a> Area<'a> {
    fn new(r: &Report<'a>, a: &'a AreaScore) -> Self {
        Area {
            id: &a.id,
            title: r.cat.area_title(&a.id),
            name: r.area_title(&a.id),
            part: &a.part,
            score: (&a.score).into(),
            answered: a.answered,
            applicable: a.applicable,
            na: a.na,
            unknown: a.unknown,
            unanswered: a.unanswered,
        }
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct Key<'a> {
    id: &'a str,
    title: &'a str,
    score: Option<f64>,
    asked: usize,
    answered: usize,
}

#[derive(Serialize, schemars::JsonSchema)]
struct Item<'a> {
    question: &'a str,
    recommendation: &'a str,
    number: u32,
    title: &'a str,
    area: &'a str,
    status: Status,
    level: Option<u8>,
    target: u8,
    importance: Importance,
    weight: f64,
    gap: Option<u8>,
    priority: f64,
    band: Band,
    rank: Option<usize>,
    reason: Option<&'a str>,
    note: Option<&'a str>,
    /// What the answer says it rests on; for combined answers, what any respondent named.
    evidence: &'a [String],
    /// Level 3 or 4 with no evidence.
    claim_to_check: bool,
}

/// Write the report as JSON.
pub fn write(r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    {
        let ranked = r.scored.ranked();
        let rank_of = |q: &str| ranked.iter().position(|i| i.question == q).map(|p| p + 1);
        let s = &r.scored;
        let doc = Doc {
            schema_version: JSON_SCHEMA_VERSION,
            questionnaire: r.q.into(),
            catalogue_fingerprint: &r.cat.fingerprint,
            organisation: &r.answers.organisation,
            respondent: &r.answers.respondent,
            date: &r.answers.date,
            overall: Overall {
                score: (&s.overall).into(),
                coverage: s.coverage,
            },
            parts: s.parts.iter().map(|p| Part::new(r, p)).collect(),
            areas: s.areas.iter().map(|a| Area::new(r, a)).collect(),
            key: s
                .key
                .iter()
                .map(|k| Key {
                    id: &k.id,
                    title: r.cat.key_title(&k.id),
                    score: k.score,
                    asked: k.asked,
                    answered: k.answered,
                })
                .collect(),
            items: s
                .items
                .iter()
                .map(|i| Item {
                    question: &i.question,
                    recommendation: &i.recommendation,
                    number: i.number,
                    title: &r.recommendation(i).title,
                    area: &i.area,
                    status: i.status,
                    level: i.level,
                    target: i.target,
                    importance: i.importance,
                    weight: i.weight,
                    gap: i.gap,
                    priority: i.priority,
                    band: i.band,
                    rank: rank_of(&i.question),
                    reason: i.reason.as_deref(),
                    note: i.note.as_deref(),
                    evidence: &i.evidence,
                    claim_to_check: i.claim_to_check(),
                })
                .collect(),
            aggregate: r.aggregate.as_ref().map(|agg| aggregate(r, agg)),
        };
        // Notes and names may hold bidirectional or C1 characters that serde_json passes through:
        // `SafeJson` escapes them as the text is written (the report of thousands of
        // respondents runs to tens of megabytes, so it is never held in memory whole).
        let mut safe = SafeJson {
            out: &mut *out,
            buf: Vec::with_capacity(SafeJson::CHUNK + 1024),
        };
        let mut json = serde_json::Serializer::with_formatter(&mut safe, Layout::default());
        // `From` keeps a write error as the I/O error it is (a closed pipe, a full disk).
        doc.serialize(&mut json).map_err(std::io::Error::from)?;
        safe.drain(true)?;
        writeln!(out)
    }
}

/// serde_json's pretty layout (two-space indent), except that objects and arrays nested
/// [`Layout::FLAT_DEPTH`] deep or more are written on one line, as in `{"a": 1, "b": 2}`. Only
/// the entries of `aggregate.disagreements[].answers` are that deep, and they can number
/// hundreds of thousands; the rest of the document is laid out exactly as `to_writer_pretty`.
#[derive(Default)]
struct Layout {
    depth: usize,
    has_value: bool,
}

impl Layout {
    const FLAT_DEPTH: usize = 6;

    fn flat(&self) -> bool {
        self.depth >= Self::FLAT_DEPTH
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8; 32] = b"                                ";
        w.write_all(b"\n")?;
        let mut left = 2 * self.depth;
        while left > 0 {
            let n = left.min(SPACES.len());
            w.write_all(&SPACES[..n])?;
            left -= n;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        let flat = self.flat();
        self.depth -= 1;
        if self.has_value && !flat {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    fn next<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if self.flat() {
            return if first { Ok(()) } else { w.write_all(b", ") };
        }
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

/// The formatter's methods for one kind of nesting (arrays, objects): open and close it with
/// its brackets, start each entry (an array's value, an object's key) and mark the end of one.
macro_rules! nesting {
    ($begin:ident, $end:ident, $open:literal, $close:literal, $entry:ident, $entry_end:ident) => {
        fn $begin<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.open(w, $open)
        }

        fn $end<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.close(w, $close)
        }

        fn $entry<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
            self.next(w, first)
        }

        fn $entry_end<W: ?Sized + Write>(&mut self, _: &mut W) -> std::io::Result<()> {
            self.has_value = true;
            Ok(())
        }
    };
}

impl serde_json::ser::Formatter for Layout {
    nesting!(
        begin_array,
        end_array,
        b"[",
        b"]",
        begin_array_value,
        end_array_value
    );
    nesting!(
        begin_object,
        end_object,
        b"{",
        b"}",
        begin_object_key,
        end_object_value
    );

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
}

/// Writes JSON text through [`crate::text::json_safe`] in chunks, as serde_json produces it.
/// serde_json writes valid UTF-8 in small pieces; a chunk is cut after its last whole character
/// and the rest waits for the next.
struct SafeJson<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
}

impl SafeJson<'_> {
    const CHUNK: usize = 1 << 16;

    /// Write out every whole character buffered; at the `end`, everything must be whole.
    fn drain(&mut self, end: bool) -> std::io::Result<()> {
        let invalid = |e| std::io::Error::new(std::io::ErrorKind::InvalidData, e);
        let whole = match std::str::from_utf8(&self.buf) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() && !end => e.valid_up_to(),
            Err(e) => return Err(invalid(e)),
        };
        let text = std::str::from_utf8(&self.buf[..whole]).map_err(invalid)?;
        self.out
            .write_all(crate::text::json_safe(text).as_bytes())?;
        self.buf.drain(..whole);
        Ok(())
    }
}

impl Write for SafeJson<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= Self::CHUNK {
            self.drain(false)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The JSON Schema of this report, for `icso-assess schema report`.
pub fn schema(generator: schemars::SchemaGenerator) -> schemars::Schema {
    generator.into_root_schema_for::<Doc>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        let mut json = serde_json::Serializer::with_formatter(&mut out, Layout::default());
        value.serialize(&mut json).expect("serializes");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn layout_is_to_writer_pretty_until_deep_entries_go_on_one_line() {
        let shallow = serde_json::json!({
            "a": [1, {"b": [], "c": {}}, [2, [3, {"d": null}]]],
            "e": "text",
            "f": [],
        });
        assert_eq!(
            layout(&shallow),
            serde_json::to_string_pretty(&shallow).expect("pretty")
        );
        let deep =
            serde_json::json!({"a": {"b": {"c": {"d": {"e": {"f": 1, "g": [1, {"h": 2}]}}}}}});
        assert_eq!(
            layout(&deep),
            "{\n  \"a\": {\n    \"b\": {\n      \"c\": {\n        \"d\": {\n          \"e\": {\"f\": 1, \"g\": [1, {\"h\": 2}]}\n        }\n      }\n    }\n  }\n}"
        );
    }

    #[test]
    fn safe_json_escapes_like_json_safe_however_the_text_is_cut() {
        // Longer than a chunk, with forbidden and multi-byte characters cut across writes.
        let text = "{\"note\": \"a\u{202E}b \u{85} 代表 \u{200B}é\"}\n".repeat(4000);
        assert!(text.len() > SafeJson::CHUNK);
        for size in [1, 3, 7, 4096] {
            let mut out = Vec::new();
            let mut safe = SafeJson {
                out: &mut out,
                buf: Vec::new(),
            };
            for piece in text.as_bytes().chunks(size) {
                safe.write_all(piece).expect("write");
            }
            safe.drain(true).expect("whole characters");
            assert_eq!(
                String::from_utf8(out).expect("utf-8"),
                crate::text::json_safe(&text),
                "pieces of {size}"
            );
        }

        let mut out = Vec::new();
        let mut safe = SafeJson {
            out: &mut out,
            buf: Vec::new(),
        };
        safe.write_all(&"代".as_bytes()[..2]).expect("write");
        assert!(
            safe.drain(true).is_err(),
            "the text ended inside a character"
        );
    }
}
