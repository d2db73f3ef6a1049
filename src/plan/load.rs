//! Reading a plan file: TOML parsed with byte spans, every field checked, every problem found
//! named by line and column with its fix, before anything is used.

use super::{Action, FORMAT_VERSION, Phase, Plan, Status, listed, parse_date};
use crate::answers::limits::{self, Field};
use crate::answers::{Lines, MESSAGE_LIMIT, unknown_field, unknown_keys, unknown_setting};
use crate::catalogue::Data;
use crate::catalogue::source::read_bounded;
use crate::text::{self, shown_path};
use std::fmt;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// The largest plan read: 48 actions with long notes are far less.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

const SETTINGS: [&str; 5] = [
    "format",
    "organisation",
    "questionnaire",
    "assessed",
    "action",
];

/// The fields of one `[[action]]`, in the order the plan file writes them.
pub const FIELDS: [&str; 12] = [
    "recommendation",
    "title",
    "phase",
    "level",
    "target",
    "first_task",
    "owner",
    "due",
    "status",
    "reason",
    "notes",
    "closed",
];

/// Why a plan file cannot be used: each problem as `FILE:LINE:COLUMN: what is wrong; the fix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub problems: Vec<String>,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(first) = self.problems.first() else {
            return f.write_str(&crate::t!("err-plan-invalid"));
        };
        f.write_str(first)?;
        let more = self.problems.len() - 1;
        if more > 0 {
            write!(f, " {}", crate::t!("err-plan-more-problems", count = more))?;
            for p in &self.problems[1..self.problems.len().min(10)] {
                write!(f, "\n  {p}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for PlanError {}

/// Read and check the plan at `path`.
pub fn load(path: &Path, data: &Data) -> Result<Plan, PlanError> {
    let text = read(path)?;
    parse(&shown_path(path), &text, data)
}

/// The text of the plan at `path`, at most [`MAX_FILE_BYTES`] of UTF-8.
pub fn read(path: &Path) -> Result<String, PlanError> {
    let shown = shown_path(path);
    let meta = std::fs::symlink_metadata(path);
    let too_big = meta
        .as_ref()
        .is_ok_and(|m| m.is_file() && m.len() > MAX_FILE_BYTES);
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(|why| {
        let reason = crate::io::output::read_reason(&why);
        let fix = if too_big {
            "too-big"
        } else if meta.is_err() {
            "missing"
        } else {
            "none"
        };
        PlanError {
            problems: vec![crate::t!(
                "err-plan-read",
                path = shown.clone(),
                reason = reason,
                fix = fix
            )],
        }
    })?;
    if crate::io::crypt::is_encrypted(&bytes) {
        return Err(PlanError {
            problems: vec![crate::t!(
                "err-plan-encrypted",
                file = crate::text::shell_word(&shown),
                path = shown
            )],
        });
    }
    String::from_utf8(bytes).map_err(|_| PlanError {
        problems: vec![crate::t!("err-plan-not-utf8", path = shown)],
    })
}

/// Where the top-level setting `key` of the plan `text` is: `FILE:LINE:COLUMN` of its value, or
/// `FILE` alone when it has none.
pub fn setting_at(file: &str, text: &str, key: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (root, _) = DeTable::parse_recoverable(text);
    root.get_ref()
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map_or_else(
            || file.to_string(),
            |(_, v)| {
                let (line, column) = Lines::new(text).position(v.span().start);
                format!("{file}:{line}:{column}")
            },
        )
}

/// Check the plan text `text`, named `file` in messages.
pub fn parse(file: &str, text: &str, data: &Data) -> Result<Plan, PlanError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut c = Checker {
        file,
        text,
        problems: Vec::new(),
    };
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in &errors {
            c.at(
                e.span().unwrap_or(0..0),
                crate::t!("err-plan-toml", error = text::one_line(e.message())),
            );
        }
        return Err(c.finish());
    }
    let plan = c.document(root.get_ref(), data);
    if c.problems.is_empty() {
        Ok(plan)
    } else {
        Err(c.finish())
    }
}

/// Why [`parse_date`] refused a date (its English words, which complete "due "2027-13-01" ..."),
/// in the current language.
pub(crate) fn date_reason(why: &str) -> String {
    match why {
        "is not a date written YYYY-MM-DD" => crate::t!("err-plan-date-shape"),
        "is not a day of the calendar" => crate::t!("err-plan-date-not-a-day"),
        other => other.to_owned(),
    }
}

type Value<'i> = toml::Spanned<DeValue<'i>>;

struct Checker<'t> {
    file: &'t str,
    text: &'t str,
    /// (byte offset, message), sorted on finishing.
    problems: Vec<(usize, String)>,
}

impl Checker<'_> {
    fn at(&mut self, span: Range<usize>, message: String) {
        self.problems
            .push((span.start, text::clip(&message, MESSAGE_LIMIT)));
    }

    fn finish(mut self) -> PlanError {
        self.problems.sort_by_key(|p| p.0);
        let lines = Lines::new(self.text);
        let problems = self
            .problems
            .iter()
            .map(|(offset, message)| {
                let (line, column) = lines.position(*offset);
                format!("{}:{line}:{column}: {message}", self.file)
            })
            .collect();
        PlanError { problems }
    }

    fn string<'v>(&mut self, what: &str, example: &str, v: &'v Value<'_>) -> Option<&'v str> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            _ => {
                self.at(
                    v.span(),
                    crate::t!(
                        "err-plan-not-text",
                        what = what.to_owned(),
                        example = example.to_owned()
                    ),
                );
                None
            }
        }
    }

    /// Text under the rules of `field` (forbidden characters, length).
    fn text(&mut self, field: Field, what: &str, example: &str, v: &Value<'_>) -> String {
        let Some(s) = self.string(what, example, v) else {
            return String::new();
        };
        for p in limits::check(field, what, s) {
            self.at(v.span(), p.message);
        }
        s.to_string()
    }

    fn date(&mut self, what: &str, v: &Value<'_>) -> Option<jiff::civil::Date> {
        let s = self.string(what, "\"2027-03-31\"", v)?;
        if s.trim().is_empty() {
            return None;
        }
        match parse_date(s) {
            Ok(d) => Some(d),
            Err(why) => {
                self.at(
                    v.span(),
                    crate::t!(
                        "err-plan-date",
                        what = what.to_owned(),
                        date = text::quote(s),
                        why = date_reason(&why)
                    ),
                );
                None
            }
        }
    }

    fn level(&mut self, what: &str, v: &Value<'_>, max: u8, least: u8) -> u8 {
        if let DeValue::Integer(i) = v.get_ref()
            && let Ok(n) = i64::from_str_radix(i.as_str(), i.radix())
            && let Ok(n) = u8::try_from(n)
            && (least..=max).contains(&n)
        {
            return n;
        }
        self.at(
            v.span(),
            crate::t!(
                "err-plan-level",
                what = what.to_owned(),
                least = least,
                max = max
            ),
        );
        least
    }

    fn document(&mut self, root: &DeTable<'_>, data: &Data) -> Plan {
        let get = |name: &str| {
            root.iter()
                .find(|(k, _)| k.get_ref() == name)
                .map(|(_, v)| v)
        };
        for key in unknown_keys(root, &SETTINGS) {
            self.at(key.span(), unknown_setting(key.get_ref(), &SETTINGS));
        }
        match get("format").map(|v| (v.get_ref(), v.span())) {
            Some((DeValue::Integer(i), _)) if i.as_str() == FORMAT_VERSION.to_string() => {}
            Some((_, span)) => {
                self.at(span, crate::t!("err-plan-format", version = FORMAT_VERSION))
            }
            None => self.at(
                0..0,
                crate::t!("err-answers-format-missing", version = FORMAT_VERSION),
            ),
        }
        let organisation = get("organisation").map_or_else(String::new, |v| {
            self.text(
                Field::Organisation,
                "organisation",
                "organisation = \"Acme\"",
                v,
            )
        });
        let questionnaire = get("questionnaire").map_or_else(String::new, |v| {
            self.string("questionnaire", "questionnaire = \"full\"", v)
                .unwrap_or_default()
                .to_string()
        });
        let max = data
            .questionnaire(&questionnaire)
            .or_else(|| data.questionnaires.first())
            .map_or(4, |q| q.max_level());
        let assessed = get("assessed").and_then(|v| self.date("assessed", v));
        let mut actions = Vec::new();
        match get("action").map(|v| (v.get_ref(), v.span())) {
            None => {}
            Some((DeValue::Array(items), _)) => {
                for (n, item) in items.iter().enumerate() {
                    match item.get_ref() {
                        DeValue::Table(t) => {
                            if let Some(a) = self.action(n + 1, t, item.span(), data, max) {
                                actions.push(a);
                            }
                        }
                        _ => self.at(item.span(), crate::t!("err-plan-action-table")),
                    }
                }
            }
            Some((_, span)) => self.at(span, crate::t!("err-plan-actions-list")),
        }
        Plan {
            organisation,
            questionnaire,
            assessed,
            actions,
        }
    }

    /// A recommendation id, which the guide must have.
    fn recommendation(&mut self, name: &str, v: &Value<'_>, data: &Data) -> String {
        let what = crate::t!(
            "err-plan-what-field",
            field = "recommendation",
            name = name.to_owned()
        );
        let id = self
            .string(&what, "recommendation = \"R08\"", v)
            .unwrap_or_default();
        if data.catalogue.recommendation(id).is_none() {
            self.at(
                v.span(),
                crate::t!(
                    "err-plan-unknown-recommendation",
                    name = name.to_owned(),
                    id = text::quote(id)
                ),
            );
        }
        id.to_string()
    }

    /// One of `all`, written as `word` writes it (a phase, a status); otherwise a finding that
    /// lists them.
    fn choice<T: Copy>(
        &mut self,
        name: &str,
        field: &str,
        example: &str,
        v: &Value<'_>,
        all: &[T],
        word: impl Fn(T) -> &'static str,
    ) -> Option<T> {
        let s = self.string(
            &crate::t!(
                "err-plan-what-field",
                field = field.to_owned(),
                name = name.to_owned()
            ),
            &format!("{field} = {example}"),
            v,
        )?;
        let wanted = s.trim().to_ascii_lowercase();
        if let Some(found) = all.iter().copied().find(|x| word(*x) == wanted) {
            return Some(found);
        }
        self.at(
            v.span(),
            crate::t!(
                "err-plan-choice",
                name = name.to_owned(),
                field = field.to_owned(),
                value = text::quote(s),
                choices = listed(all.iter().map(|x| word(*x)))
            ),
        );
        None
    }

    fn action(
        &mut self,
        n: usize,
        t: &DeTable<'_>,
        span: Range<usize>,
        data: &Data,
        max: u8,
    ) -> Option<Action> {
        let name = crate::t!("err-plan-what-action", n = n);
        let mut a = Action {
            recommendation: String::new(),
            title: String::new(),
            phase: Phase::SixToTwelveMonths,
            level: 0,
            target: max.min(3),
            first_task: String::new(),
            owner: String::new(),
            due: None,
            status: Status::NotStarted,
            reason: String::new(),
            notes: String::new(),
            closed: None,
        };
        let mut status_span = span.clone();
        let mut has_recommendation = false;
        for (key, v) in t.iter() {
            let what =
                |f: &'static str| crate::t!("err-plan-what-field", field = f, name = name.clone());
            match key.get_ref().as_ref() {
                "recommendation" => {
                    has_recommendation = true;
                    a.recommendation = self.recommendation(&name, v, data);
                }
                "title" => a.title = self.text(Field::Note, &what("title"), "title = \"...\"", v),
                "phase" => {
                    if let Some(p) =
                        self.choice(&name, "phase", "\"3-6 months\"", v, &Phase::ALL, |p| {
                            p.as_str()
                        })
                    {
                        a.phase = p;
                    }
                }
                "level" => a.level = self.level(&what("level"), v, max, 0),
                "target" => a.target = self.level(&what("target"), v, max, 1),
                "first_task" => {
                    a.first_task =
                        self.text(Field::Note, &what("first_task"), "first_task = \"...\"", v)
                }
                "owner" => {
                    a.owner = self.text(
                        Field::Respondent,
                        &what("owner"),
                        "owner = \"Head of policy\"",
                        v,
                    )
                }
                "due" => a.due = self.date(&what("due"), v),
                "status" => {
                    status_span = v.span();
                    if let Some(st) =
                        self.choice(&name, "status", "\"in progress\"", v, &Status::ALL, |x| {
                            x.as_str()
                        })
                    {
                        a.status = st;
                    }
                }
                "reason" => {
                    a.reason = self.text(Field::Reason, &what("reason"), "reason = \"...\"", v)
                }
                "notes" => a.notes = self.text(Field::Note, &what("notes"), "notes = \"...\"", v),
                "closed" => a.closed = self.date(&what("closed"), v),
                other => self.at(key.span(), unknown_field(&name, other, &FIELDS)),
            }
        }
        if !has_recommendation {
            self.at(
                span,
                crate::t!("err-plan-no-recommendation", name = name.clone()),
            );
            return None;
        }
        if a.status == Status::Dropped && a.reason.trim().is_empty() {
            self.at(
                status_span,
                crate::t!("err-plan-dropped-no-reason", name = name.clone()),
            );
        }
        Some(a)
    }
}
