//! The rules on single values: every text field (forbidden characters, emptiness, length) and
//! every id (its shape). The fields are listed once, here, with their names and limits; the
//! rules run over that list.

use super::input::{Input, Kind};
use super::{Sink, raw};
use crate::catalogue::raw::Text;
use crate::text;
use std::borrow::Cow;

// Length limits, in characters (translations have the same: `crate::overlay::spec`).
pub(crate) const TITLE: usize = 80;
/// A part's or area's name stays short: it labels chart rows and table cells.
pub(crate) const NAME: usize = 40;
pub(crate) const SHORT: usize = 250;
pub(crate) const SUMMARY: usize = 700;
pub(crate) const LONG: usize = 1200;
/// First steps and sub-point summaries.
pub(crate) const STEP: usize = SHORT + 50;

/// One text of a file: how messages name it, and its limits.
pub(super) struct TextField<'a> {
    file: &'a str,
    what: Cow<'static, str>,
    value: &'a Text,
    limit: usize,
    /// Titles, names and labels stay on one line: line breaks and tabs are forbidden too.
    single_line: bool,
}

/// One id of a file: how messages name its kind, and the shape it must have.
pub(super) struct IdField<'a> {
    file: &'a str,
    what: &'static str,
    value: &'a Text,
    shape: Shape,
}

/// The shapes of ids.
#[derive(Debug, Clone, Copy)]
pub(super) enum Shape {
    /// Parts: "01".
    Part,
    /// Areas, tags, audiences, questionnaires, profile questions and options.
    Kebab,
    /// Sub-themes: "3.1".
    Subtheme,
    /// Key recommendations: K3.
    Key,
    /// Resources: a.
    Resource,
    /// Recommendations: R07.
    Recommendation,
    /// Sub-points: "4.1".
    Subpoint,
    /// Questions.
    Question,
    /// Glossary terms: abbreviations in capitals, such as BRI (reports find them by that).
    Abbreviation,
}

impl Shape {
    pub(super) fn fits(self, s: &str) -> bool {
        match self {
            Shape::Part => s.len() == 2 && s.chars().all(|c| c.is_ascii_digit()),
            Shape::Kebab => is_kebab(s),
            Shape::Subtheme => {
                let b = s.as_bytes();
                b.len() == 3 && b[0].is_ascii_digit() && b[1] == b'.' && b[2].is_ascii_digit()
            }
            Shape::Key => {
                s.len() >= 2
                    && s.starts_with('K')
                    && !s[1..].starts_with('0')
                    && all_digits(&s[1..])
            }
            Shape::Resource => s.len() == 1 && s.chars().all(|c| c.is_ascii_lowercase()),
            Shape::Recommendation => is_recommendation_id(s),
            Shape::Subpoint => s.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty() && !b.is_empty() && all_digits(a) && all_digits(b)
            }),
            Shape::Question => {
                !s.is_empty()
                    && s.len() <= 32
                    && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
                    && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            }
            Shape::Abbreviation => {
                let b = s.as_bytes();
                (2..=12).contains(&b.len())
                    && b[..2].iter().all(u8::is_ascii_uppercase)
                    && b.iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            }
        }
    }

    /// The shape in words, for messages.
    pub(super) fn described(self) -> &'static str {
        match self {
            Shape::Part => "two digits such as \"01\"",
            Shape::Kebab => "lower-case words joined by hyphens",
            Shape::Subtheme => "a number such as \"3.1\"",
            Shape::Key => "K followed by a number, such as K3",
            Shape::Resource => "a single lower-case letter",
            Shape::Recommendation => "R followed by two digits, such as R07",
            Shape::Subpoint => "a number such as \"4.1\"",
            Shape::Question => "letters, digits and hyphens (at most 32)",
            Shape::Abbreviation => "capital letters (and digits after two of them), such as BRI",
        }
    }
}

fn all_digits(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_digit())
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// R and two digits: the numbering rule compares only ids of this shape with their numbers.
pub(super) fn is_recommendation_id(s: &str) -> bool {
    s.len() == 3 && s.starts_with('R') && all_digits(&s[1..])
}

fn is_version(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 6 && all_digits(p))
}

/// The text fields and ids of the files, gathered in one pass over each.
#[derive(Default)]
pub(super) struct Fields<'a> {
    pub texts: Vec<TextField<'a>>,
    pub ids: Vec<IdField<'a>>,
    /// The file being gone through.
    file: &'a str,
}

impl<'a> Fields<'a> {
    /// Text that may span lines: summaries, descriptions, analyses.
    fn text(&mut self, what: impl Into<Cow<'static, str>>, value: &'a Text, limit: usize) {
        self.push(what.into(), value, limit, false);
    }

    /// Text that stays on one line: titles, names, labels.
    fn line(&mut self, what: impl Into<Cow<'static, str>>, value: &'a Text, limit: usize) {
        self.push(what.into(), value, limit, true);
    }

    fn push(&mut self, what: Cow<'static, str>, value: &'a Text, limit: usize, single_line: bool) {
        let file = self.file;
        self.texts.push(TextField {
            file,
            what,
            value,
            limit,
            single_line,
        });
    }

    fn id(&mut self, what: &'static str, value: &'a Text, shape: Shape) {
        let file = self.file;
        self.ids.push(IdField {
            file,
            what,
            value,
            shape,
        });
    }

    pub fn catalogue_file(&mut self, path: &'a str, f: &'a raw::RecommendationsFile) {
        self.file = path;
        for p in &f.parts {
            self.titled(Kind::Part, &p.id, &p.title, &p.summary);
            if let Some(name) = &p.name {
                self.line("part name", name, NAME);
            }
        }
        for a in &f.areas {
            self.titled(Kind::Area, &a.id, &a.title, &a.summary);
            if let Some(name) = &a.name {
                self.line("area name", name, NAME);
            }
        }
        for s in &f.subthemes {
            self.titled(Kind::Subtheme, &s.id, &s.title, &s.trend_analysis);
        }
        for t in f.tags.iter().chain(&f.audiences) {
            self.id("tag or audience", &t.id, Shape::Kebab);
            self.line("title", &t.title, TITLE);
        }
        for k in &f.key_recommendations {
            self.titled(Kind::Key, &k.id, &k.title, &k.gist);
        }
        for r in &f.resources {
            self.titled(Kind::Resource, &r.id, &r.title, &r.summary);
        }
        for r in &f.recommendations {
            self.recommendation(r);
        }
        for g in &f.glossary {
            self.id("glossary", &g.term, Shape::Abbreviation);
            self.line(format!("meaning of {}", g.term.value), &g.meaning, TITLE);
        }
    }

    /// An item with an id, a title ("part title") and a longer text.
    fn titled(&mut self, kind: Kind, id: &'a Text, title: &'a Text, body: &'a Text) {
        let (shape, name, limit) = match kind {
            Kind::Part => (Shape::Part, "part summary", SUMMARY),
            Kind::Area => (Shape::Kebab, "area summary", SUMMARY),
            Kind::Subtheme => (Shape::Subtheme, "trend analysis", LONG),
            Kind::Key => (Shape::Key, "key recommendation gist", SUMMARY),
            Kind::Resource => (Shape::Resource, "resource summary", SUMMARY),
            Kind::Tag | Kind::Audience | Kind::Recommendation | Kind::Glossary => {
                unreachable!("{kind:?} has no title and text of its own")
            }
        };
        self.id(kind.name(), id, shape);
        self.line(format!("{} title", kind.name()), title, TITLE);
        self.text(name, body, limit);
    }

    fn recommendation(&mut self, r: &'a raw::Recommendation) {
        let id = &r.id.value;
        self.id("recommendation", &r.id, Shape::Recommendation);
        self.line(format!("title of {id}"), &r.title, TITLE);
        self.text(format!("summary of {id}"), &r.summary, SUMMARY);
        self.text(format!("first step of {id}"), &r.first_step, STEP);
        for s in &r.subpoints {
            let sub = &s.id.value;
            self.id("sub-point", &s.id, Shape::Subpoint);
            self.line(format!("title of sub-point {sub}"), &s.title, TITLE);
            self.text(format!("summary of sub-point {sub}"), &s.summary, STEP);
        }
    }

    pub fn questionnaire_file(&mut self, path: &'a str, f: &'a raw::QuestionnaireFile) {
        self.file = path;
        self.id("questionnaire", &f.id, Shape::Kebab);
        self.line("questionnaire title", &f.title, TITLE);
        self.text("questionnaire description", &f.description, SUMMARY);
        for l in &f.scale {
            let n = l.level.value;
            self.line(format!("name of level {n}"), &l.name, TITLE);
            self.text(format!("description of level {n}"), &l.description, SHORT);
        }
        for p in &f.profile {
            self.id("profile question", &p.id, Shape::Kebab);
            self.text(
                format!("profile question {}", p.id.value),
                &p.question,
                SHORT,
            );
            for o in &p.options {
                self.id("profile option", &o.id, Shape::Kebab);
                self.line(format!("label of option {}", o.id.value), &o.label, TITLE);
            }
        }
        for r in &f.rules {
            self.text("rule basis", &r.basis, SUMMARY);
        }
        for q in &f.questions {
            let id = &q.id.value;
            self.id("question", &q.id, Shape::Question);
            self.text(format!("text of question {id}"), &q.text, SHORT);
            for d in q.levels.value.values() {
                self.text(format!("level description of question {id}"), d, SHORT);
            }
        }
    }
}

/// Reports at each text the message `problem` gives for it, if any.
fn each_text(
    input: &Input<'_>,
    out: &mut Sink<'_>,
    problem: impl Fn(&TextField<'_>) -> Option<String>,
) {
    for f in &input.texts {
        if let Some(message) = problem(f) {
            out.at(f.file, f.value, message);
        }
    }
}

/// `forbidden-character`: no control characters, escapes, bidirectional overrides or invisible
/// characters in any text, and no line break or tab in one that stays on one line.
pub(super) fn forbidden_characters(input: &Input<'_>, out: &mut Sink<'_>) {
    each_text(input, out, |f| {
        let found = if f.single_line {
            text::find_forbidden_line(&f.value.value)
        } else {
            text::find_forbidden(&f.value.value)
        };
        found.map(|(offset, c)| text::forbidden_message(&f.what, offset, c, f.single_line))
    });
}

/// `empty-text`: no text is empty or only white space.
pub(super) fn empty_texts(input: &Input<'_>, out: &mut Sink<'_>) {
    each_text(input, out, |f| {
        let empty = f.value.value.trim().is_empty();
        empty.then(|| format!("{} is empty; write it or remove the entry", f.what))
    });
}

/// `text-too-long`: every text is within its field's limit.
pub(super) fn long_texts(input: &Input<'_>, out: &mut Sink<'_>) {
    each_text(
        input,
        out,
        |TextField {
             what, value, limit, ..
         }| {
            let len = value.value.chars().count();
            (len > *limit).then(|| {
                format!("{what} is {len} characters long, over the limit of {limit}; shorten it")
            })
        },
    );
}

/// `id-format`: every id has its shape and no forbidden character, and every questionnaire's
/// version is a version number.
pub(super) fn id_shapes(input: &Input<'_>, out: &mut Sink<'_>) {
    for f in &input.ids {
        let value = &f.value.value;
        if text::find_forbidden_line(value).is_some() || !f.shape.fits(value) {
            let (what, shape) = (f.what, f.shape.described());
            let message = format!("{what} id {} is not {shape}", text::quote(value));
            out.at(f.file, f.value, message);
        }
    }
    for (path, f) in input.questionnaires {
        let version = &f.version;
        if !is_version(&version.value) {
            let quoted = text::quote(&version.value);
            let message = format!("version {quoted} is not a version number such as \"1.0\"");
            out.at(path, version, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Shape, is_version};

    #[test]
    fn each_shape_takes_its_ids_and_no_others() {
        for (shape, good, bad) in [
            (Shape::Part, &["01", "03"][..], &["1", "001", "a1"][..]),
            (
                Shape::Kebab,
                &["tech", "service-delivery", "k2"],
                &["Tech", "a--b", "-a", "../a"],
            ),
            (Shape::Subtheme, &["3.1"], &["3.10", "31", "a.1"]),
            (Shape::Key, &["K1", "K12"], &["K", "K01", "k1", "K1a"]),
            (Shape::Resource, &["a", "z"], &["", "ab", "A", "1"]),
            (
                Shape::Recommendation,
                &["R01", "R48"],
                &["R1", "R001", "r01"],
            ),
            (
                Shape::Subpoint,
                &["4.1", "12.10"],
                &["4.", ".1", "4.1.1", "4"],
            ),
            (
                Shape::Question,
                &["R01", "a-1"],
                &["", "-a", "a b", &"a".repeat(33)],
            ),
        ] {
            for id in good {
                assert!(shape.fits(id), "{shape:?} {id:?}");
            }
            for id in bad {
                assert!(!shape.fits(id), "{shape:?} {id:?}");
            }
        }
    }

    #[test]
    fn versions_have_two_or_three_numbers() {
        for v in ["1.0", "2.10.3"] {
            assert!(is_version(v), "{v}");
        }
        for v in ["1", "1.0.0.0", "1..0", "v1.0", "1234567.0"] {
            assert!(!is_version(v), "{v}");
        }
    }
}
