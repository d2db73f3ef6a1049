//! Reading an answers file: TOML parsed with byte spans, then every check against the
//! questionnaire it names, collecting all findings before anything is reported.

use super::limits::{self, Field};
use super::model::{Answer, Answers, FORMAT_VERSION, Source, State, Workshop};
use super::save::is_bare_key;
use crate::catalogue::Data;
use crate::diagnostics::Code;
use crate::diagnostics::{self, Finding};
use crate::io::crypt::{self, Keys, Sealing};
use crate::questionnaire::{Importance, Questionnaire};
use crate::text::{self, one_line, shell_word};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeInteger, DeTable, DeValue};

/// The largest answers file read: far more than 48 answers with long notes need.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Messages quote keys and values from the file (an answers or a plan file); a 900 KB key must
/// not make a 900 KB message.
pub(crate) const MESSAGE_LIMIT: usize = 1000;

/// The top-level settings, in the order they are written.
const SETTINGS: [&str; 9] = [
    "format",
    "questionnaire",
    "questionnaire_version",
    "organisation",
    "respondent",
    "date",
    "workshop",
    "profile",
    "answers",
];

/// The fields of a consensus file's `[workshop]` table.
const WORKSHOP_FIELDS: [&str; 2] = ["participants", "names"];

/// The fields of one answer, in the order they are written.
const ANSWER_FIELDS: [&str; 8] = [
    "level",
    "reason",
    "importance",
    "target",
    "note",
    "evidence",
    "source",
    "justification",
];

type Key<'i> = Spanned<Cow<'i, str>>;
type Value<'i> = Spanned<DeValue<'i>>;

/// Why an answers file could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The whole message, `cannot read answers file PATH: REASON` (missing, a folder, a symbolic
    /// link, too large, not UTF-8).
    Unreadable(String),
    /// Every problem found in its content, sorted by position, and the questionnaire id and
    /// version the file says it answers (when it says so), read in the same pass.
    Invalid {
        findings: Vec<Finding>,
        made_for: Option<(String, String)>,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreadable(message) => f.write_str(message),
            LoadError::Invalid { findings, .. } => {
                let Some(first) = findings.first() else {
                    return f.write_str(&crate::t!("err-answers-invalid"));
                };
                write!(
                    f,
                    "{}: {} [{}]",
                    first.location(),
                    first.message,
                    first.code
                )?;
                let more = findings.len() - 1;
                if more > 0 {
                    f.write_str(&crate::t!(
                        "err-answers-more-problems",
                        count = more,
                        file = shell_word(&first.file)
                    ))?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Read an answers file (a regular UTF-8 file of at most 1 MiB) and check it against `data`.
/// An encrypted file is refused (saying how to open it): [`open`] takes the keys.
pub fn load(path: &Path, data: &Data) -> Result<Answers, LoadError> {
    open(path, data, &Keys::none()).map(|(answers, _)| answers)
}

/// [`load`], with the questionnaire of `data` the file answers: callers need not look it up.
/// A file with the age header, whatever its name, is decrypted in memory with `keys` (the
/// 1 MiB limit is on what it decrypts to).
///
/// A workbook (a file named `.xlsx`, or `.xlsx.age`) is read as the sheets of
/// [`super::workbook`] and checked exactly as the answers file it stands for.
pub fn open<'d>(
    path: &Path,
    data: &'d Data,
    keys: &Keys,
) -> Result<(Answers, &'d Questionnaire), LoadError> {
    let shown = crate::text::shown_path(path);
    if is_workbook_path(path) {
        let bytes = read_workbook(path, keys)?;
        let sheets =
            super::workbook::read(&shown, &bytes, data).map_err(|findings| LoadError::Invalid {
                findings,
                made_for: None,
            })?;
        return checked(&shown, sheets.as_str(), data).map_err(|e| match e {
            LoadError::Invalid { findings, made_for } => LoadError::Invalid {
                findings: sheets.relocate(findings),
                made_for,
            },
            other => other,
        });
    }
    let text = read(path, keys)?;
    checked(&shown, &text, data)
}

/// Does `path` name a workbook, by its extension (before `.age` for an encrypted one)?
pub fn is_workbook_path(path: &Path) -> bool {
    crypt::inner_name(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// The bytes of a workbook, unchecked: a regular file of at most
/// [`super::workbook::MAX_FILE_BYTES`] (decrypted, when it is encrypted).
pub fn read_workbook(path: &Path, keys: &Keys) -> Result<Vec<u8>, LoadError> {
    let shown = crate::text::shown_path(path);
    crypt::read(path, super::workbook::MAX_FILE_BYTES, keys)
        .map(|opened| opened.bytes)
        .map_err(|why| {
            LoadError::Unreadable(crate::t!(
                "err-workbook-unreadable",
                path = shown,
                reason = why
            ))
        })
}

/// [`parse`], with the questionnaire of `data` the file answers, or the error a loader reports
/// (with what the file says it answers, for a caller that groups files by questionnaire).
pub fn checked<'d>(
    path: &str,
    text: &str,
    data: &'d Data,
) -> Result<(Answers, &'d Questionnaire), LoadError> {
    let (answers, questionnaire, findings) = check(path, text, data);
    match questionnaire {
        Some(q) if findings.is_empty() => Ok((answers, q)),
        // A missing or unknown questionnaire is a finding: never `None` without findings.
        _ => {
            let made_for = (!answers.questionnaire.is_empty())
                .then_some((answers.questionnaire, answers.questionnaire_version));
            Err(LoadError::Invalid { findings, made_for })
        }
    }
}

/// The text of an answers file, unchecked: a regular UTF-8 file of at most 1 MiB (decrypted
/// with `keys` when it is encrypted).
pub fn read(path: &Path, keys: &Keys) -> Result<String, LoadError> {
    read_sealed(path, keys).map(|read| read.text)
}

/// An answers file as a session that saves it again reads it.
#[derive(Debug)]
pub struct Sealed {
    /// Its text (decrypted).
    pub text: String,
    /// How it was protected.
    pub sealing: Sealing,
    /// Its bytes as they are on disk: the text, or the ciphertext.
    pub on_disk: Vec<u8>,
}

/// [`read`], with how the file was protected and its bytes on disk: what a session that saves
/// it again after every step needs.
pub fn read_sealed(path: &Path, keys: &Keys) -> Result<Sealed, LoadError> {
    let shown = crate::text::shown_path(path);
    let unreadable = |why: String| {
        LoadError::Unreadable(crate::t!(
            "err-answers-unreadable",
            path = shown.clone(),
            reason = why
        ))
    };
    let opened = crypt::read(path, MAX_FILE_BYTES, keys).map_err(unreadable)?;
    let text = String::from_utf8(opened.bytes).map_err(|e| {
        unreadable(crate::t!(
            "err-answers-not-utf8",
            offset = e.utf8_error().valid_up_to()
        ))
    })?;
    let on_disk = opened
        .ciphertext
        .unwrap_or_else(|| text.clone().into_bytes());
    Ok(Sealed {
        text,
        sealing: opened.sealing,
        on_disk,
    })
}

/// Parse an answers file and check it against the questionnaire it names, collecting every
/// problem. `path` is only used to name the file in findings.
pub fn parse(path: &str, text: &str, data: &Data) -> Result<Answers, Vec<Finding>> {
    let (answers, _, findings) = check(path, text, data);
    if findings.is_empty() {
        Ok(answers)
    } else {
        Err(findings)
    }
}

/// What the file holds as far as it could be read, the questionnaire of `data` it names, and
/// every problem found in it.
fn check<'d>(
    path: &str,
    text: &str,
    data: &'d Data,
) -> (Answers, Option<&'d Questionnaire>, Vec<Finding>) {
    // The BOM is invisible and CR only ends lines, so neither moves a line or column.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");
    let mut checker = Checker::new(path, &text);
    let (root, errors) = DeTable::parse_recoverable(&text);
    if !errors.is_empty() {
        checker.syntax(&errors);
        return (Answers::default(), None, checker.finish());
    }
    let (answers, questionnaire) = checker.document(root.get_ref(), data);
    (answers, questionnaire, checker.finish())
}

/// Byte offset -> 1-based line and column (in characters): where the answers and the plan
/// checkers say a problem is.
pub(crate) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    pub(crate) fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        (to_u32(line + 1), to_u32(column))
    }

    /// The text of 1-based line `n`, without its line break.
    fn line(&self, n: u32) -> &'t str {
        let index = usize::try_from(n).unwrap_or(usize::MAX).saturating_sub(1);
        let Some(&start) = self.starts.get(index) else {
            return "";
        };
        let end = self
            .starts
            .get(index + 1)
            .map_or(self.text.len(), |&next| next - 1);
        &self.text[start..end]
    }

    /// The nearest line at or before 1-based line `n` that opens a table.
    fn table_line(&self, n: u32) -> Option<u32> {
        (1..=n)
            .rev()
            .find(|&l| self.line(l).trim_start().starts_with('['))
    }
}

/// How a level was written.
enum Level {
    Scale(u8),
    NotApplicable,
    Unknown,
}

/// The fields of one answer as written, each checked on its own; [`Checker::answer`] checks
/// how they go together.
#[derive(Default)]
struct Fields<'v, 'i> {
    /// The level (`None` inside when it is unusable) and where it is written.
    level: Option<(Option<Level>, Range<usize>)>,
    /// The reason, its key, and where its value is written.
    reason: Option<(&'v str, &'v Key<'i>, Range<usize>)>,
    importance: Option<Importance>,
    target: Option<u8>,
    /// `None` when blank.
    note: Option<String>,
    evidence: Vec<String>,
    /// The source, checked, and where it is written.
    source: Option<(SourceWritten, Range<usize>)>,
    /// `None` when blank.
    justification: Option<String>,
}

/// A `source` as written: `agreed` needs a justification to become a [`Source`].
#[derive(Debug, Clone, Copy)]
enum SourceWritten {
    Agreed,
    Median(usize),
}

struct Checker<'t> {
    file: &'t str,
    lines: Lines<'t>,
    findings: Vec<Finding>,
}

impl<'t> Checker<'t> {
    fn new(file: &'t str, text: &'t str) -> Self {
        Checker {
            file,
            lines: Lines::new(text),
            findings: Vec::new(),
        }
    }

    fn at(&mut self, code: Code, span: Range<usize>, message: String) {
        let pos = self.lines.position(span.start);
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings
            .push(Finding::new(code, self.file, Some(pos), message));
    }

    fn whole(&mut self, code: Code, message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings
            .push(Finding::new(code, self.file, None, message));
    }

    fn finish(mut self) -> Vec<Finding> {
        diagnostics::sort(&mut self.findings);
        self.findings.dedup();
        self.findings
    }

    /// Every TOML error. A table defined twice is one mistake, not one more for each key
    /// repeated in it; an impossible TOML date on the `date` line is an `invalid-date`.
    fn syntax(&mut self, errors: &[toml::de::Error]) {
        let mut reopened = Vec::new();
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let (line, _) = self.lines.position(span.start);
            let line_text = self.lines.line(line).trim();
            let description = one_line(error.message());
            let (code, message) = if description.starts_with("duplicate key") {
                if line_text.starts_with('[') {
                    reopened.push(line);
                    let header = line_text.find(']').map_or(line_text, |i| &line_text[..=i]);
                    (
                        Code::AnswersSyntax,
                        crate::t!("err-answers-table-twice", table = one_line(header)),
                    )
                } else {
                    if self
                        .lines
                        .table_line(line)
                        .is_some_and(|h| reopened.contains(&h))
                    {
                        continue;
                    }
                    let key = self.lines.text.get(span.clone()).unwrap_or("");
                    (
                        Code::AnswersSyntax,
                        crate::t!("err-answers-key-twice", key = one_line(key)),
                    )
                }
            } else if description.starts_with("invalid date") && line_text.starts_with("date") {
                (
                    Code::InvalidDate,
                    crate::t!("err-answers-toml-date", error = description),
                )
            } else {
                (
                    Code::AnswersSyntax,
                    crate::t!("err-answers-toml", error = description),
                )
            };
            self.at(code, span, message);
        }
    }

    /// The rules of [`limits`] for one piece of text: forbidden characters, line breaks
    /// where they do not belong, and length.
    fn text(&mut self, field: Field, what: &str, value: &str, span: Range<usize>) {
        for problem in limits::check(field, what, value) {
            self.at(problem.code, span.clone(), problem.message);
        }
    }

    /// What `pick` finds in `value`, or an `answers-schema` finding: `wrong` says so, given
    /// the kind of value found instead.
    fn expect<'v, 'i, T>(
        &mut self,
        value: &'v Value<'i>,
        pick: impl FnOnce(&'v DeValue<'i>) -> Option<T>,
        wrong: impl FnOnce(String) -> String,
    ) -> Option<T> {
        let found = pick(value.get_ref());
        if found.is_none() {
            let message = wrong(kind(value.get_ref()));
            self.at(Code::AnswersSchema, value.span(), message);
        }
        found
    }

    /// A string value, or an `answers-schema` finding.
    fn string<'v>(&mut self, what: &str, example: &str, value: &'v Value<'_>) -> Option<&'v str> {
        self.expect(value, DeValue::as_str, |kind| {
            crate::t!(
                "err-answers-not-text",
                what = what.to_owned(),
                kind = kind,
                example = example.to_owned()
            )
        })
    }

    /// The table `value` holds, or an `answers-schema` finding: `expected` (what it must be),
    /// the kind found, and `how` to write it.
    /// Both are made only when the finding is: a file has a table per answer.
    fn table<'v, 'i>(
        &mut self,
        expected: impl FnOnce() -> String,
        how: impl FnOnce() -> String,
        value: &'v Value<'i>,
    ) -> Option<&'v DeTable<'i>> {
        self.expect(value, DeValue::as_table, |kind| {
            crate::t!(
                "err-answers-not-table",
                expected = expected(),
                kind = kind,
                how = how()
            )
        })
    }

    /// The whole file, setting by setting, and the questionnaire of `data` it names (`None`
    /// when that is missing or unknown, which is a finding).
    fn document<'d>(
        &mut self,
        root: &DeTable<'_>,
        data: &'d Data,
    ) -> (Answers, Option<&'d Questionnaire>) {
        if root.is_empty() {
            self.whole(Code::AnswersSchema, crate::t!("err-answers-empty"));
            return (Answers::default(), None);
        }
        self.unknown_settings(root);
        let get = |name: &str| {
            root.iter()
                .find(|(k, _)| k.get_ref() == name)
                .map(|(_, v)| v)
        };
        self.format(get("format"));
        let (id, questionnaire) = self.questionnaire(get("questionnaire"), data);
        let (version, stale) =
            self.version(get("questionnaire_version"), questionnaire, get("answers"));
        let organisation = self.header_text(
            get("organisation"),
            Field::Organisation,
            "organisation",
            &crate::t!("err-answers-meaning-organisation"),
        );
        let respondent = self.header_text(
            get("respondent"),
            Field::Respondent,
            "respondent",
            &crate::t!("err-answers-meaning-respondent"),
        );
        let date = self.date(get("date"));
        let workshop = get("workshop").and_then(|v| self.workshop(v));
        let profile = get("profile").map(|v| self.profile(v, questionnaire));
        let answered = get("answers").map(|v| self.answers(v, questionnaire, &stale));
        let answers = Answers {
            questionnaire: id,
            questionnaire_version: version,
            organisation,
            respondent,
            date,
            profile: profile.unwrap_or_default(),
            answers: answered.unwrap_or_default(),
            workshop,
        };
        (answers, questionnaire)
    }

    /// `[workshop]`: how many took part, and their names when the group agreed to be named.
    fn workshop(&mut self, v: &Value<'_>) -> Option<Workshop> {
        let table = self.table(
            || crate::t!("err-answers-workshop-table"),
            || crate::t!("err-answers-workshop-table-how"),
            v,
        )?;
        let mut workshop = Workshop::default();
        let mut counted = false;
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "participants" => {
                    // Written, even if wrong: its own finding then says it all.
                    counted = true;
                    match value.get_ref() {
                        DeValue::Integer(i) if integer(i).is_some_and(|n| n >= 1) => {
                            workshop.participants = integer(i)
                                .and_then(|n| usize::try_from(n).ok())
                                .unwrap_or(1);
                        }
                        other => self.at(
                            Code::AnswersSchema,
                            value.span(),
                            crate::t!("err-answers-participants", value = written(other)),
                        ),
                    }
                }
                "names" => {
                    workshop.names = self.text_list(
                        &crate::t!("err-answers-what-workshop-names"),
                        Field::Respondent,
                        "names = [\"Bangkok office\", \"Nairobi office\"]",
                        usize::MAX,
                        value,
                    );
                }
                other => self.at(
                    Code::AnswersSchema,
                    key.span(),
                    crate::t!(
                        "err-answers-workshop-unknown-field",
                        field = text::quote(other),
                        fields = WORKSHOP_FIELDS.join(", ")
                    ),
                ),
            }
        }
        if !counted {
            self.at(
                Code::AnswersSchema,
                v.span(),
                crate::t!("err-answers-workshop-no-participants"),
            );
        }
        Some(workshop)
    }

    /// A list of texts each under the rules of `field`, at most `most` of them; blank ones
    /// are left out.
    fn text_list(
        &mut self,
        what: &str,
        field: Field,
        example: &str,
        most: usize,
        value: &Value<'_>,
    ) -> Vec<String> {
        let Some(items) = self.expect(value, DeValue::as_array, |kind| {
            crate::t!(
                "err-answers-not-list",
                what = what.to_owned(),
                kind = kind,
                example = example.to_owned()
            )
        }) else {
            return Vec::new();
        };
        if items.len() > most {
            self.at(
                Code::TextTooLong,
                value.span(),
                crate::t!(
                    "err-answers-list-too-long",
                    what = what.to_owned(),
                    count = items.len(),
                    limit = most
                ),
            );
        }
        let mut list = Vec::new();
        for (n, item) in items.iter().enumerate() {
            let entry = crate::t!("err-answers-what-entry", n = n + 1, what = what.to_owned());
            if let Some(s) = self.string(&entry, example, item) {
                self.text(field, &entry, s, item.span());
                if !s.trim().is_empty() {
                    list.push(s.to_string());
                }
            }
        }
        list
    }

    fn unknown_settings(&mut self, root: &DeTable<'_>) {
        for key in unknown_keys(root, &SETTINGS) {
            let message = unknown_setting(key.get_ref(), &SETTINGS);
            self.at(Code::AnswersSchema, key.span(), message);
        }
    }

    /// A setting every file has: its value, or a finding that it is `missing` (what to add).
    fn required<'v, 'i>(
        &mut self,
        setting: Option<&'v Value<'i>>,
        missing: String,
    ) -> Option<&'v Value<'i>> {
        if setting.is_none() {
            self.whole(Code::AnswersSchema, missing);
        }
        setting
    }

    /// `format`: the one version of the file format this build reads.
    fn format(&mut self, setting: Option<&Value<'_>>) {
        let missing = crate::t!("err-answers-format-missing", version = FORMAT_VERSION);
        let Some(v) = self.required(setting, missing) else {
            return;
        };
        match v.get_ref() {
            DeValue::Integer(i) if integer(i) == Some(FORMAT_VERSION) => {}
            DeValue::Integer(i) => self.at(
                Code::AnswersSchema,
                v.span(),
                crate::t!(
                    "err-answers-format-other",
                    format = i.to_string(),
                    version = FORMAT_VERSION
                ),
            ),
            other => self.at(
                Code::AnswersSchema,
                v.span(),
                crate::t!(
                    "err-answers-format-not-number",
                    version = FORMAT_VERSION,
                    kind = kind(other)
                ),
            ),
        }
    }

    /// `questionnaire`: the id as written, and the questionnaire of `data` it names.
    fn questionnaire<'d>(
        &mut self,
        setting: Option<&Value<'_>>,
        data: &'d Data,
    ) -> (String, Option<&'d Questionnaire>) {
        let ids = data.questionnaire_ids().join(", ");
        let missing = crate::t!("err-answers-questionnaire-missing", ids = ids.clone());
        let Some(v) = self.required(setting, missing) else {
            return (String::new(), None);
        };
        let Some(id) = self.string("questionnaire", "questionnaire = \"quick\"", v) else {
            return (String::new(), None);
        };
        let questionnaire = data.questionnaire(id);
        if questionnaire.is_none() {
            self.at(
                Code::UnknownQuestionnaire,
                v.span(),
                crate::t!(
                    "err-answers-questionnaire-unknown",
                    id = text::quote(id),
                    ids = ids
                ),
            );
        }
        (id.to_string(), questionnaire)
    }

    /// `questionnaire_version` as written. When it is not the version of `q`, one finding
    /// says so, listing the answers (under `answered`) to questions `q` no longer has: those
    /// are returned, so that they are not reported again as unknown questions.
    fn version(
        &mut self,
        setting: Option<&Value<'_>>,
        q: Option<&Questionnaire>,
        answered: Option<&Value<'_>>,
    ) -> (String, Vec<String>) {
        let missing = crate::t!(
            "err-answers-version-missing",
            version = q.map_or("VERSION", |q| q.version.as_str()).to_owned()
        );
        let Some(v) = self.required(setting, missing) else {
            return (String::new(), Vec::new());
        };
        let example = "questionnaire_version = \"1.0\"";
        let Some(version) = self.string("questionnaire_version", example, v) else {
            return (String::new(), Vec::new());
        };
        let mut stale = Vec::new();
        if let Some(q) = q
            && version != q.version
        {
            stale = answered_ids(answered)
                .iter()
                .filter(|id| q.question(id).is_none())
                .map(|id| id.to_string())
                .collect();
            let message = version_message(q, version, &stale);
            self.at(Code::QuestionnaireVersion, v.span(), message);
        }
        (version.to_string(), stale)
    }

    /// `organisation` or `respondent` (`name`, which holds `meaning`): text that may stay
    /// empty, under the text rules of `field`.
    fn header_text(
        &mut self,
        setting: Option<&Value<'_>>,
        field: Field,
        name: &str,
        meaning: &str,
    ) -> String {
        let missing = crate::t!(
            "err-answers-text-missing",
            name = name.to_owned(),
            meaning = meaning.to_owned()
        );
        let Some(v) = self.required(setting, missing) else {
            return String::new();
        };
        let Some(s) = self.string(name, &format!("{name} = \"\""), v) else {
            return String::new();
        };
        self.text(field, name, s, v.span());
        s.to_string()
    }

    /// `date`: a day of the calendar as `YYYY-MM-DD`, or empty.
    fn date(&mut self, setting: Option<&Value<'_>>) -> String {
        let missing = crate::t!("err-answers-date-missing");
        let Some(v) = self.required(setting, missing) else {
            return String::new();
        };
        self.day(v).unwrap_or_default()
    }

    /// The day a `date` value holds, or `None` and a finding: it is not one.
    fn day(&mut self, v: &Value<'_>) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) if s.is_empty() => Some(String::new()),
            DeValue::String(s) => match check_date(s) {
                Ok(()) => Some(s.to_string()),
                Err(why) => {
                    self.at(
                        Code::InvalidDate,
                        v.span(),
                        crate::t!("err-answers-date", date = text::quote(s), why = why),
                    );
                    None
                }
            },
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    let s = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
                    match check_date(&s) {
                        Ok(()) => Some(s),
                        Err(why) => {
                            let message = crate::t!("err-answers-date", date = s, why = why);
                            self.at(Code::InvalidDate, v.span(), message);
                            None
                        }
                    }
                }
                _ => {
                    self.at(
                        Code::InvalidDate,
                        v.span(),
                        crate::t!("err-answers-date-time", date = dt.to_string()),
                    );
                    None
                }
            },
            other => {
                self.at(
                    Code::AnswersSchema,
                    v.span(),
                    crate::t!("err-answers-date-not-text", kind = kind(other)),
                );
                None
            }
        }
    }

    fn profile(&mut self, v: &Value<'_>, q: Option<&Questionnaire>) -> BTreeMap<String, String> {
        let mut profile = BTreeMap::new();
        let table = self.table(
            || crate::t!("err-answers-profile-table"),
            || crate::t!("err-answers-profile-table-how"),
            v,
        );
        for (key, value, id, shown) in entries(table) {
            let quoted = text::quote(id);
            let question = q.map(|q| (q, q.profile_question(id)));
            if let Some((q, None)) = question {
                let message = if q.profile.is_empty() {
                    crate::t!(
                        "err-answers-profile-none",
                        question = quoted.clone(),
                        questionnaire = q.id.clone(),
                        version = q.version.clone()
                    )
                } else {
                    crate::t!(
                        "err-answers-profile-unknown",
                        question = quoted.clone(),
                        questionnaire = q.id.clone(),
                        version = q.version.clone(),
                        questions = ids(q.profile.iter().map(|p| p.id.as_str()))
                    )
                };
                self.at(Code::UnknownProfile, key.span(), message);
            }
            let what = crate::t!("err-answers-what-profile-answer", id = shown.clone());
            let example = format!("{shown} = \"OPTION\"");
            let Some(option) = self.string(&what, &example, value) else {
                continue;
            };
            if let Some((_, Some(pq))) = question
                && pq.option(option).is_none()
            {
                self.at(
                    Code::UnknownProfile,
                    value.span(),
                    crate::t!(
                        "err-answers-profile-option",
                        id = shown.clone(),
                        option = text::quote(option),
                        options = ids(pq.options.iter().map(|o| o.id.as_str()))
                    ),
                );
            }
            profile.insert(id.to_string(), option.to_string());
        }
        profile
    }

    fn answers(
        &mut self,
        v: &Value<'_>,
        q: Option<&Questionnaire>,
        stale: &[String],
    ) -> BTreeMap<String, Answer> {
        let mut answers = BTreeMap::new();
        let table = self.table(
            || crate::t!("err-answers-answers-table"),
            || crate::t!("err-answers-answers-table-how"),
            v,
        );
        for (key, value, id, shown) in entries(table) {
            let Some(fields) = self.table(
                || crate::t!("err-answers-answer-table", id = shown.clone()),
                || crate::t!("err-answers-answer-table-how", id = shown.clone()),
                value,
            ) else {
                continue;
            };
            // An empty table is a question not answered yet, as in a blank template.
            if fields.is_empty() {
                continue;
            }
            if let Some(q) = q
                && q.question(id).is_none()
                && !stale.iter().any(|s| s == id)
            {
                let hint = q
                    .questions
                    .iter()
                    .find(|x| x.id.eq_ignore_ascii_case(id))
                    .map(|x| x.id.clone());
                let message = match hint {
                    Some(hint) => crate::t!(
                        "err-answers-question-unknown-hint",
                        question = text::quote(id),
                        questionnaire = q.id.clone(),
                        version = q.version.clone(),
                        hint = hint
                    ),
                    None => crate::t!(
                        "err-answers-question-unknown",
                        question = text::quote(id),
                        questionnaire = q.id.clone(),
                        version = q.version.clone()
                    ),
                };
                self.at(Code::UnknownQuestion, key.span(), message);
            }
            if let Some(answer) = self.answer(&shown, key, fields, q) {
                answers.insert(id.to_string(), answer);
            }
        }
        answers
    }

    /// One answer's fields; `None` when its level is missing or unusable.
    fn answer(
        &mut self,
        shown: &str,
        key: &Key<'_>,
        fields: &DeTable<'_>,
        q: Option<&Questionnaire>,
    ) -> Option<Answer> {
        let name: Later<'_> = Later::new(Box::new(|| {
            crate::t!("err-answers-what-answer", id = shown.to_owned())
        }));
        let levels: Later<'_> = Later::new(Box::new(|| levels_hint(q, 0)));
        let written = self.fields(&name, &levels, fields, q);
        let Some((level, level_span)) = written.level else {
            self.at(
                Code::AnswersSchema,
                key.span(),
                crate::t!(
                    "err-answers-no-level",
                    name = name.to_string(),
                    levels = levels.to_string(),
                    id = shown.to_owned()
                ),
            );
            return None;
        };
        let state = match level? {
            Level::Scale(n) => State::Level(n),
            Level::Unknown => State::Unknown,
            Level::NotApplicable => self.not_applicable(&name, &written.reason, level_span)?,
        };
        if let (Some((_, field, _)), false) =
            (written.reason, matches!(state, State::NotApplicable(_)))
        {
            self.at(
                Code::AnswersSchema,
                field.span(),
                crate::t!("err-answers-reason-not-na", name = name.to_string()),
            );
        }
        let source = match (written.source, written.justification) {
            (None, Some(_)) => {
                self.at(
                    Code::AnswersSchema,
                    key.span(),
                    crate::t!(
                        "err-answers-justification-no-source",
                        name = name.to_string()
                    ),
                );
                None
            }
            (None, None) => None,
            (Some((SourceWritten::Median(of), _)), _) => Some(Source::Median { of }),
            (Some((SourceWritten::Agreed, _)), Some(justification)) => {
                Some(Source::Agreed { justification })
            }
            (Some((SourceWritten::Agreed, span)), None) => {
                self.at(
                    Code::MissingJustification,
                    span,
                    crate::t!(
                        "err-answers-agreed-no-justification",
                        name = name.to_string()
                    ),
                );
                None
            }
        };
        Some(Answer {
            state,
            importance: written.importance,
            target: written.target,
            note: written.note,
            evidence: written.evidence,
            source,
        })
    }

    /// `source`: `agreed`, or `median of N` for the combined level of N respondents.
    fn source(&mut self, name: &Later<'_>, value: &Value<'_>) -> Option<SourceWritten> {
        let word = value.get_ref().as_str().map(str::trim);
        let of = word
            .and_then(|w| w.strip_prefix("median of "))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .filter(|&n| n >= 1);
        match (word, of) {
            (Some("agreed"), _) => Some(SourceWritten::Agreed),
            (_, Some(of)) => Some(SourceWritten::Median(of)),
            _ => {
                self.at(
                    Code::AnswersSchema,
                    value.span(),
                    crate::t!(
                        "err-answers-source",
                        name = name.to_string(),
                        value = written(value.get_ref())
                    ),
                );
                None
            }
        }
    }

    /// Every field of answer `name`, each checked on its own.
    fn fields<'v, 'i>(
        &mut self,
        name: &Later<'_>,
        levels: &Later<'_>,
        fields: &'v DeTable<'i>,
        q: Option<&Questionnaire>,
    ) -> Fields<'v, 'i> {
        let mut written = Fields::default();
        for (field, value) in fields.iter() {
            let span = value.span();
            match field.get_ref().as_ref() {
                "level" => written.level = Some((self.level(name, levels, value, q), span)),
                "reason" => {
                    let what = crate::t!("err-answers-what-reason", name = name.to_string());
                    if let Some(s) =
                        self.string(&what, "reason = \"we have no staff abroad\"", value)
                    {
                        self.text(Field::Reason, &what, s, span.clone());
                        written.reason = Some((s, field, span));
                    }
                }
                "importance" => written.importance = self.importance(name, value),
                "target" => written.target = self.target(name, value, q),
                "note" => {
                    let what = crate::t!("err-answers-what-note", name = name.to_string());
                    if let Some(s) = self.string(&what, "note = \"...\"", value) {
                        self.text(Field::Note, &what, s, span);
                        written.note = (!s.trim().is_empty()).then(|| s.to_string());
                    }
                }
                "evidence" => {
                    written.evidence = self.text_list(
                        &crate::t!("err-answers-what-evidence", name = name.to_string()),
                        Field::Evidence,
                        "evidence = [\"Board minutes, March 2026\", \"https://example.org/policy\"]",
                        limits::EVIDENCE_ITEMS,
                        value,
                    );
                }
                "source" => written.source = self.source(name, value).map(|s| (s, span)),
                "justification" => {
                    let what = crate::t!("err-answers-what-justification", name = name.to_string());
                    if let Some(s) = self.string(&what, "justification = \"...\"", value) {
                        self.text(Field::Justification, &what, s, span);
                        written.justification = (!s.trim().is_empty()).then(|| s.to_string());
                    }
                }
                other => {
                    let message = unknown_field(name, other, &ANSWER_FIELDS);
                    self.at(Code::AnswersSchema, field.span(), message);
                }
            }
        }
        written
    }

    /// `"n/a"` with its reason; without one (or a blank one), a finding and `None`.
    fn not_applicable(
        &mut self,
        name: &Later<'_>,
        reason: &Option<(&str, &Key<'_>, Range<usize>)>,
        level_span: Range<usize>,
    ) -> Option<State> {
        match reason {
            Some((why, _, _)) if !why.trim().is_empty() => {
                Some(State::NotApplicable(why.to_string()))
            }
            _ => {
                let span = reason
                    .as_ref()
                    .map_or(level_span, |(_, _, span)| span.clone());
                self.at(
                    Code::MissingReason,
                    span,
                    crate::t!("err-answers-na-no-reason", name = name.to_string()),
                );
                None
            }
        }
    }

    /// An importance, in any case; otherwise a finding.
    fn importance(&mut self, name: &Later<'_>, value: &Value<'_>) -> Option<Importance> {
        let word = value.get_ref().as_str();
        let importance = word.and_then(|w| Importance::parse(&w.to_ascii_lowercase()));
        if importance.is_none() {
            let written = match word {
                Some(w) => text::quote(w),
                None => kind(value.get_ref()),
            };
            self.at(
                Code::InvalidImportance,
                value.span(),
                crate::t!(
                    "err-answers-importance",
                    name = name.to_string(),
                    value = written
                ),
            );
        }
        importance
    }

    /// A target: a level of the scale above 0; otherwise a finding.
    fn target(
        &mut self,
        name: &Later<'_>,
        value: &Value<'_>,
        q: Option<&Questionnaire>,
    ) -> Option<u8> {
        let span = value.span();
        match value.get_ref() {
            DeValue::Integer(i) => {
                let target = integer(i)
                    .and_then(|n| scale_level(q, n))
                    .filter(|&t| t > 0);
                if target.is_none() {
                    self.at(
                        Code::LevelOutOfRange,
                        span,
                        crate::t!(
                            "err-answers-target-range",
                            name = name.to_string(),
                            target = i.to_string(),
                            levels = levels_hint(q, 1)
                        ),
                    );
                }
                target
            }
            other => {
                self.at(
                    Code::AnswersSchema,
                    span,
                    crate::t!(
                        "err-answers-target-not-number",
                        name = name.to_string(),
                        value = written(other),
                        levels = levels_hint(q, 1)
                    ),
                );
                None
            }
        }
    }

    fn level(
        &mut self,
        name: &Later<'_>,
        levels: &Later<'_>,
        value: &Value<'_>,
        q: Option<&Questionnaire>,
    ) -> Option<Level> {
        match value.get_ref() {
            DeValue::Integer(i) => match integer(i).and_then(|n| scale_level(q, n)) {
                Some(n) => Some(Level::Scale(n)),
                None => {
                    let message = match q {
                        Some(q) => crate::t!(
                            "err-answers-level-range",
                            name = name.to_string(),
                            level = i.to_string(),
                            range = levels_range(q, 0)
                        ),
                        None => crate::t!(
                            "err-answers-level-scale",
                            name = name.to_string(),
                            level = i.to_string()
                        ),
                    };
                    self.at(Code::LevelOutOfRange, value.span(), message);
                    None
                }
            },
            DeValue::String(s) if s.eq_ignore_ascii_case("n/a") => Some(Level::NotApplicable),
            DeValue::String(s) if s.eq_ignore_ascii_case("unknown") => Some(Level::Unknown),
            other => {
                self.at(
                    Code::AnswersSchema,
                    value.span(),
                    crate::t!(
                        "err-answers-level-not-number",
                        name = name.to_string(),
                        value = written(other),
                        levels = levels.to_string()
                    ),
                );
                None
            }
        }
    }
}

/// The keys of `table` that are none of `known`, in the order written.
pub(crate) fn unknown_keys<'t, 'i>(
    table: &'t DeTable<'i>,
    known: &'t [&str],
) -> impl Iterator<Item = &'t Key<'i>> {
    table
        .iter()
        .map(|(key, _)| key)
        .filter(|key| !known.contains(&key.get_ref().as_ref()))
}

/// What a file's checker (answers or plan) says of a top-level `setting` it does not know.
pub(crate) fn unknown_setting(setting: &str, settings: &[&str]) -> String {
    crate::t!(
        "err-answers-unknown-setting",
        setting = text::quote(setting),
        settings = settings.join(", ")
    )
}

/// What a file's checker (answers or plan) says of a `field` of `name` it does not know.
pub(crate) fn unknown_field(name: &str, field: &str, fields: &[&str]) -> String {
    crate::t!(
        "err-answers-unknown-field",
        name = name.to_string(),
        field = text::quote(field),
        fields = fields.join(", ")
    )
}

/// Ids as messages list them: `a, b, c`.
fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

/// The ids under `[answers]` that hold something.
fn answered_ids<'v>(answers: Option<&'v Value<'_>>) -> Vec<&'v str> {
    let Some(DeValue::Table(table)) = answers.map(|v| v.get_ref()) else {
        return Vec::new();
    };
    table
        .iter()
        .filter(|(_, v)| !matches!(v.get_ref(), DeValue::Table(t) if t.is_empty()))
        .map(|(k, _)| k.get_ref().as_ref())
        .collect()
}

/// Each key of a table (none when it was not one) with its value, its id as written and the id
/// as messages show it.
fn entries<'v, 'i>(
    table: Option<&'v DeTable<'i>>,
) -> impl Iterator<Item = (&'v Key<'i>, &'v Value<'i>, &'v str, String)> {
    table.into_iter().flatten().map(|(key, value)| {
        let id: &str = key.get_ref().as_ref();
        (key, value, id, key_shown(id))
    })
}

/// A key as named in messages: as it is when it is a plain id (`R02`, `china-presence`), quoted
/// exactly otherwise (`"R02 "`), as TOML would need it.
fn key_shown(key: &str) -> String {
    if is_bare_key(key) {
        key.to_string()
    } else {
        text::quote(key)
    }
}

fn version_message(q: &Questionnaire, version: &str, stale: &[String]) -> String {
    let made_for = if version.is_empty() {
        crate::t!("err-answers-empty-version")
    } else if version
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.')
    {
        version.to_string()
    } else {
        text::quote(version)
    };
    let fix = format!("questionnaire_version = \"{}\"", q.version);
    if stale.is_empty() {
        crate::t!(
            "err-answers-version-other",
            questionnaire = q.id.clone(),
            version = q.version.clone(),
            made_for = made_for,
            fix = fix
        )
    } else {
        let ids: Vec<String> = stale.iter().map(|id| key_shown(id)).collect();
        crate::t!(
            "err-answers-version-stale",
            questionnaire = q.id.clone(),
            version = q.version.clone(),
            made_for = made_for,
            questions = ids.join(", "),
            fix = fix
        )
    }
}

/// The value of a TOML integer, when it fits.
fn integer(i: &DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

/// `n` as a level of the questionnaire's scale (any level 0-255 when it is not known).
fn scale_level(q: Option<&Questionnaire>, n: i64) -> Option<u8> {
    let level = u8::try_from(n).ok()?;
    match q {
        Some(q) => q.scale.iter().any(|l| l.level == level).then_some(level),
        None => Some(level),
    }
}

/// Words a finding may need (an answer's name, the levels it may take), made the first time one
/// does: most files have no findings, and making these for every answer up front was a third
/// of a clean report's work.
type Later<'a> = std::cell::LazyCell<String, Box<dyn FnOnce() -> String + 'a>>;

/// `0 to 4`, from the lowest level at or above `from`.
fn levels_range(q: &Questionnaire, from: u8) -> String {
    let low = q
        .scale
        .iter()
        .map(|l| l.level)
        .find(|&l| l >= from)
        .unwrap_or(from);
    crate::t!("err-answers-levels-range", low = low, high = q.max_level())
}

/// `a level from 0 to 4`, or as much as is known.
fn levels_hint(q: Option<&Questionnaire>, from: u8) -> String {
    match q {
        Some(q) => crate::t!("err-answers-levels-from", range = levels_range(q, from)),
        None if from > 0 => crate::t!("err-answers-levels-above", level = from - 1),
        None => crate::t!("err-answers-levels-any"),
    }
}

/// A value as named in messages: text quoted, numbers as written, other kinds by name.
fn written(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => text::quote(s),
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        other => kind(other),
    }
}

/// The kind of a TOML value, in words: "a whole number".
fn kind(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(_) => crate::t!("err-answers-kind-text"),
        DeValue::Integer(_) => crate::t!("err-answers-kind-integer"),
        DeValue::Float(_) => crate::t!("err-answers-kind-float"),
        DeValue::Boolean(_) => crate::t!("err-answers-kind-boolean"),
        DeValue::Datetime(_) => crate::t!("err-answers-kind-datetime"),
        DeValue::Array(_) => crate::t!("err-answers-kind-list"),
        DeValue::Table(_) => crate::t!("err-answers-kind-table"),
    }
}

/// `YYYY-MM-DD` and a day of the calendar; the error completes `date "..." `.
fn check_date(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(crate::t!("err-answers-date-shape"));
    }
    let number = |range: Range<usize>| s[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if day == 0 || day > days {
        return Err(crate::t!("err-answers-date-not-a-day"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{assert_contains, mini};

    const HEADER: &str = "format = 1\nquestionnaire = \"full\"\nquestionnaire_version = \"1.0\"\norganisation = \"Example Relief\"\nrespondent = \"Leadership team\"\ndate = \"2026-11-20\"\n";

    fn findings(text: &str) -> Vec<Finding> {
        parse("a.toml", text, &mini()).expect_err("expected findings")
    }

    /// The only finding of `text`: its code, line, column and message.
    fn only(text: &str) -> (Code, u32, u32, String) {
        let found = findings(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        (
            f.code,
            f.line.unwrap_or(0),
            f.column.unwrap_or(0),
            f.message.clone(),
        )
    }

    #[test]
    fn a_full_example_parses() {
        let text = format!(
            "# comment\n{HEADER}\n[profile]\norientation = \"advocacy\" # trailing\n\n[answers.R01]\nlevel = 2\nimportance = \"high\"\ntarget = 4\nnote = \"optional free text\"\n\n[answers.R02]\nlevel = \"n/a\"\nreason = \"we do no advocacy\"\n"
        );
        let a = parse("a.toml", &text, &mini()).unwrap();
        assert_eq!(a.questionnaire, "full");
        assert_eq!(a.questionnaire_version, "1.0");
        assert_eq!(a.organisation, "Example Relief");
        assert_eq!(a.date, "2026-11-20");
        assert_eq!(a.profile_answer("orientation"), Some("advocacy"));
        let r01 = &a.answers["R01"];
        assert_eq!(r01.state, State::Level(2));
        assert_eq!(r01.importance, Some(Importance::High));
        assert_eq!(r01.target, Some(4));
        assert_eq!(r01.note.as_deref(), Some("optional free text"));
        assert_eq!(
            a.answers["R02"].state,
            State::NotApplicable("we do no advocacy".into())
        );
    }

    #[test]
    fn partial_files_unknown_inline_tables_and_local_dates_work() {
        let text = HEADER.replace("date = \"2026-11-20\"", "date = 2026-11-20")
            + "[answers]\nR01 = { level = \"unknown\" }\nR02.level = 0\n";
        let a = parse("a.toml", &text, &mini()).unwrap();
        assert_eq!(a.date, "2026-11-20");
        assert_eq!(a.answers["R01"].state, State::Unknown);
        assert_eq!(a.answers["R02"].state, State::Level(0));
        let a = parse("a.toml", HEADER, &mini()).unwrap();
        assert!(a.answers.is_empty() && a.profile.is_empty());
        let blank = HEADER
            .replace("\"Example Relief\"", "\"\"")
            .replace("\"Leadership team\"", "\"\"")
            .replace("\"2026-11-20\"", "\"\"")
            + "[profile]\n[answers.R01]\n[answers.R02]\n";
        let a = parse("a.toml", &blank, &mini()).unwrap();
        assert!(a.answers.is_empty() && a.organisation.is_empty() && a.date.is_empty());
    }

    #[test]
    fn bom_and_crlf_work_and_keep_positions() {
        let text =
            format!("\u{FEFF}{HEADER}[answers.R01]\nlevel = 2\nnote = \"\"\"two\nlines\"\"\"\n")
                .replace('\n', "\r\n");
        let a = parse("a.toml", &text, &mini()).unwrap();
        assert_eq!(a.answers["R01"].note.as_deref(), Some("two\nlines"));
        let bad = format!("\u{FEFF}{HEADER}[answers.R01]\nlevel = 9\n").replace('\n', "\r\n");
        let (code, line, column, _) = only(&bad);
        assert_eq!((code, line, column), (Code::LevelOutOfRange, 8, 9));
        let (_, line, column, _) = only(
            &"\u{FEFF}format = 2\r\n"
                .replace("format = 2", &HEADER.replace("format = 1", "format = 2")),
        );
        assert_eq!((line, column), (1, 10));
    }

    #[test]
    fn empty_files_are_schema_findings() {
        for text in ["", "  \n\n", "\u{FEFF}", "# only a comment\n"] {
            let (code, line, _, message) = only(text);
            assert_eq!(code, Code::AnswersSchema);
            assert_eq!(line, 0);
            assert!(message.starts_with("the file is empty; "), "{message}");
        }
    }

    #[test]
    fn syntax_errors_and_duplicate_keys() {
        let text = format!("{HEADER}[answers.R01]\nlevel = 2\nlevel = 3\n");
        let (code, line, column, message) = only(&text);
        assert_eq!((code, line, column), (Code::AnswersSyntax, 9, 1));
        assert_contains(&message, &["`level` appears twice"]);

        let text = format!("{HEADER}[answers.R01]\nlevel = 2\n[answers.R01]  # again\nlevel = 3\n");
        let (code, line, column, message) = only(&text);
        assert_eq!((code, line, column), (Code::AnswersSyntax, 9, 10));
        assert_eq!(
            message,
            "table [answers.R01] appears twice; merge the two into one (each [table] may appear only once)"
        );

        let text = format!("{HEADER}[answers.R01]\nlevel = n/a\n");
        let found = findings(&text);
        assert_eq!(found[0].code, Code::AnswersSyntax);
        assert_eq!(found[0].line, Some(8));
        assert!(found[0].message.starts_with("not valid TOML: "));
    }

    #[test]
    fn schema_findings_point_at_the_key() {
        let text = format!("{HEADER}colour = \"blue\"\n[answers.R01]\nlevel = 2\n  levle = 3\n");
        let found = findings(&text);
        let got: Vec<_> = found.iter().map(|f| (f.code, f.line, f.column)).collect();
        assert_eq!(
            got,
            [
                (Code::AnswersSchema, Some(7), Some(1)),
                (Code::AnswersSchema, Some(10), Some(3))
            ]
        );
        assert!(found[0].message.starts_with("unknown setting \"colour\""));
        assert!(found[1].message.contains("unknown field \"levle\""));

        // Missing and mistyped fields; all problems at once.
        let text = "questionnaire = \"full\"\nquestionnaire_version = 1.0\norganisation = 3\n[answers.R01]\nnote = \"no level\"\n[answers.R02]\nlevel = \"2\"\n";
        let found = findings(text);
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.code, f.line.unwrap_or(0), f.column.unwrap_or(0)))
            .collect();
        assert_eq!(
            got,
            [
                (Code::AnswersSchema, 0, 0), // date
                (Code::AnswersSchema, 0, 0), // format
                (Code::AnswersSchema, 0, 0), // respondent
                (Code::AnswersSchema, 2, 25),
                (Code::AnswersSchema, 3, 16),
                (Code::AnswersSchema, 4, 10),
                (Code::AnswersSchema, 7, 9),
            ],
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.message.starts_with("format is missing; add format = 1"))
        );
        assert!(found[5].message.starts_with("answer R01 has no level"));
        assert!(
            found[6]
                .message
                .contains("write a level from 0 to 4 without quotes")
        );

        let (code, line, column, _) = only(&HEADER.replace("format = 1", "format = 2"));
        assert_eq!((code, line, column), (Code::AnswersSchema, 1, 10));
        let (code, ..) = only(&format!("{HEADER}answers = 3\n"));
        assert_eq!(code, Code::AnswersSchema);
        let (code, line, column, _) = only(&format!("{HEADER}[answers]\nR01 = 2\n"));
        assert_eq!((code, line, column), (Code::AnswersSchema, 8, 7));
    }

    #[test]
    fn unknown_questionnaire() {
        let (code, line, column, message) = only(&HEADER.replace("\"full\"", "\"quik\""));
        assert_eq!((code, line, column), (Code::UnknownQuestionnaire, 2, 17));
        assert_eq!(
            message,
            "questionnaire \"quik\" does not exist; use one of: full"
        );
    }

    #[test]
    fn questionnaire_version_lists_what_no_longer_matches() {
        let old = HEADER.replace("\"1.0\"", "\"0.9\"");
        let (code, line, column, message) = only(&format!(
            "{old}[answers.R01]\nlevel = 1\n[answers.R12]\nlevel = 2\n[answers.R13]\nlevel = \"unknown\"\n"
        ));
        assert_eq!((code, line, column), (Code::QuestionnaireVersion, 3, 25));
        assert!(
            message.starts_with("questionnaire full is version 1.0 but this file was made for 0.9; these answers no longer match: R12, R13 (questions not in 1.0)"),
            "{message}"
        );
        let (code, _, _, message) = only(&format!("{old}[answers.R01]\nlevel = 1\n"));
        assert_eq!(code, Code::QuestionnaireVersion);
        assert_contains(
            &message,
            &["all still exist in 1.0", "questionnaire_version = \"1.0\""],
        );
    }

    #[test]
    fn unknown_question() {
        let (code, line, column, message) = only(&format!("{HEADER}[answers.R99]\nlevel = 1\n"));
        assert_eq!((code, line, column), (Code::UnknownQuestion, 7, 10));
        assert_eq!(
            message,
            "question \"R99\" is not in questionnaire full 1.0; remove it or fix the id"
        );
        let (_, _, _, message) = only(&format!("{HEADER}[answers]\nr01.level = 1\n"));
        assert!(message.ends_with("(did you mean R01?)"), "{message}");
    }

    #[test]
    fn levels_and_targets_out_of_range() {
        let (code, line, column, message) = only(&format!("{HEADER}[answers.R01]\nlevel = 7\n"));
        assert_eq!((code, line, column), (Code::LevelOutOfRange, 8, 9));
        assert_eq!(message, "answer R01 has level 7; levels run 0 to 4");
        let (code, line, column, _) = only(&format!("{HEADER}[answers.R01]\nlevel = -1\n"));
        assert_eq!((code, line, column), (Code::LevelOutOfRange, 8, 9));
        let (code, line, column, message) =
            only(&format!("{HEADER}[answers.R01]\nlevel = 1\ntarget = 0\n"));
        assert_eq!((code, line, column), (Code::LevelOutOfRange, 9, 10));
        assert_eq!(
            message,
            "answer R01 has target 0; a target is a level from 1 to 4"
        );
        let (code, ..) = only(&format!("{HEADER}[answers.R01]\nlevel = 1\ntarget = 5\n"));
        assert_eq!(code, Code::LevelOutOfRange);
        let (code, ..) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 1\ntarget = \"4\"\n"
        ));
        assert_eq!(code, Code::AnswersSchema);
    }

    #[test]
    fn not_applicable_needs_a_reason() {
        let (code, line, column, message) =
            only(&format!("{HEADER}[answers.R01]\nlevel = \"n/a\"\n"));
        assert_eq!((code, line, column), (Code::MissingReason, 8, 9));
        assert!(message.starts_with("answer R01 is \"n/a\" but gives no reason"));
        let (code, line, column, _) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = \"N/A\"\nreason = \"  \"\n"
        ));
        assert_eq!((code, line, column), (Code::MissingReason, 9, 10));
        let (code, line, column, _) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 2\nreason = \"why\"\n"
        ));
        assert_eq!((code, line, column), (Code::AnswersSchema, 9, 1));
    }

    #[test]
    fn invalid_importance() {
        let (code, line, column, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 2\nimportance = \"urgent\"\n"
        ));
        assert_eq!((code, line, column), (Code::InvalidImportance, 9, 14));
        assert!(message.starts_with(
            "answer R01 has importance \"urgent\"; use \"low\", \"medium\" or \"high\""
        ));
        let (code, ..) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 2\nimportance = 3\n"
        ));
        assert_eq!(code, Code::InvalidImportance);
        let a = parse(
            "a.toml",
            &format!("{HEADER}[answers.R01]\nlevel = 2\nimportance = \"Low\"\n"),
            &mini(),
        )
        .unwrap();
        assert_eq!(a.answers["R01"].importance, Some(Importance::Low));
    }

    #[test]
    fn unknown_profile_questions_and_options() {
        let (code, line, column, message) = only(&format!("{HEADER}[profile]\nsize = \"large\"\n"));
        assert_eq!((code, line, column), (Code::UnknownProfile, 8, 1));
        assert_contains(&message, &["use one of: orientation"]);
        let (code, line, column, message) =
            only(&format!("{HEADER}[profile]\norientation = \"both\"\n"));
        assert_eq!((code, line, column), (Code::UnknownProfile, 8, 15));
        assert!(
            message.ends_with("use one of: advocacy, service-delivery"),
            "{message}"
        );
    }

    #[test]
    fn invalid_dates() {
        for (date, column) in [
            ("\"2026-02-30\"", 8),
            ("\"20-11-2026\"", 8),
            ("\"2026-13-01\"", 8),
            ("\" 2026-11-20\"", 8),
            ("2026-11-20T10:00:00", 8),
            ("2026-02-30", 8),
        ] {
            let (code, line, col, message) = only(&HEADER.replace("\"2026-11-20\"", date));
            assert_eq!(
                (code, line, col),
                (Code::InvalidDate, 6, column),
                "{date}: {message}"
            );
        }
        assert!(
            parse(
                "a.toml",
                &HEADER.replace("2026-11-20", "2024-02-29"),
                &mini()
            )
            .is_ok()
        );
        let (code, ..) = only(&HEADER.replace("\"2026-11-20\"", "20261120"));
        assert_eq!(code, Code::AnswersSchema);
    }

    #[test]
    fn evidence_sources_and_workshops_are_read_and_checked() {
        let text = format!(
            "{HEADER}\n[workshop]\nparticipants = 5\nnames = [\"Bangkok\", \"Nairobi\"]\n[answers.R01]\nlevel = 3\nevidence = [\"Board minutes\", \" \", \"https://example.org/p\"]\nsource = \"agreed\"\njustification = \"Both offices use it\"\n[answers.R02]\nlevel = 1\nsource = \"median of 5\"\n"
        );
        let a = parse("a.toml", &text, &mini()).unwrap();
        let w = a.workshop.as_ref().unwrap();
        assert_eq!((w.participants, w.names.len()), (5, 2));
        let r01 = &a.answers["R01"];
        assert_eq!(r01.evidence, ["Board minutes", "https://example.org/p"]);
        assert_eq!(
            r01.source,
            Some(Source::Agreed {
                justification: "Both offices use it".into()
            })
        );
        assert_eq!(a.answers["R02"].source, Some(Source::Median { of: 5 }));

        let (code, line, column, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nsource = \"agreed\"\njustification = \"  \"\n"
        ));
        assert_eq!((code, line, column), (Code::MissingJustification, 9, 10));
        assert_contains(&message, &["add justification"]);
        let (code, line, _, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nsource = \"vote\"\n"
        ));
        assert_eq!((code, line), (Code::AnswersSchema, 9));
        assert_contains(&message, &["\"median of N\""]);
        let (code, _, _, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\njustification = \"why\"\n"
        ));
        assert_eq!(code, Code::AnswersSchema);
        assert_contains(&message, &["no source"]);
        let (code, line, column, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nevidence = \"one\"\n"
        ));
        assert_eq!((code, line, column), (Code::AnswersSchema, 9, 12));
        assert_contains(&message, &["must be a list"]);
        let (code, line, column, _) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nevidence = [\"ok\", \"two\\nlines\"]\n"
        ));
        assert_eq!((code, line, column), (Code::ForbiddenCharacter, 9, 19));
        let many = vec!["\"x\""; 21].join(", ");
        let (code, ..) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nevidence = [{many}]\n"
        ));
        assert_eq!(code, Code::TextTooLong);
        let (code, ..) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 3\nevidence = [\"{}\"]\n",
            "x".repeat(301)
        ));
        assert_eq!(code, Code::TextTooLong);
        let (code, line, _, message) = only(&format!("{HEADER}[workshop]\nparticipants = 0\n"));
        assert_eq!((code, line), (Code::AnswersSchema, 8));
        assert_contains(&message, &["1 or more"]);
    }

    #[test]
    fn text_is_checked() {
        let (code, line, column, message) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = 2\nnote = \"red \\u001b[31m\"\n"
        ));
        assert_eq!((code, line, column), (Code::ForbiddenCharacter, 9, 8));
        assert_contains(&message, &["U+001B (escape)"]);
        let (code, line, column, _) = only(&HEADER.replace("Leadership team", "a\\nb"));
        assert_eq!((code, line, column), (Code::ForbiddenCharacter, 5, 14));
        let long = "x".repeat(201);
        let (code, line, column, message) = only(&HEADER.replace("Example Relief", &long));
        assert_eq!((code, line, column), (Code::TextTooLong, 4, 16));
        assert!(message.contains("201 characters long, over the limit of 200"));
        let long = "x".repeat(2001);
        let (code, ..) = only(&format!(
            "{HEADER}[answers.R01]\nlevel = \"n/a\"\nreason = \"{long}\"\n"
        ));
        assert_eq!(code, Code::TextTooLong);
        let text = format!(
            "{HEADER}[answers.R01]\nlevel = 2\nnote = \"{}\"\n",
            "é".repeat(2000)
        );
        assert!(parse("a.toml", &text, &mini()).is_ok());
    }

    #[test]
    fn messages_are_lower_case_and_one_line() {
        let text = "format = \"1\"\nquestionnaire = \"q\\u001b[2J\\nx\"\nquestionnaire_version = \"1\"\norganisation = \"\"\nrespondent = \"\"\ndate = \"x\"\n[answers.R01]\nlevel = true\nimportance = \"\"\nextra = 1\n";
        for f in findings(text) {
            assert!(
                f.message.chars().next().unwrap().is_lowercase(),
                "{}",
                f.message
            );
            assert!(
                text::find_forbidden_line(&f.message).is_none(),
                "{}",
                f.message
            );
        }
    }

    #[test]
    fn load_error_messages() {
        let dir = tempfile::tempdir().unwrap();
        let data = mini();
        let missing = dir.path().join("none.toml");
        let err = load(&missing, &data).unwrap_err();
        assert!(matches!(err, LoadError::Unreadable(_)));
        assert_eq!(
            err.to_string(),
            format!(
                "cannot read answers file {}: does not exist",
                missing.display()
            )
        );
        let err = load(dir.path(), &data).unwrap_err();
        assert!(
            err.to_string().ends_with(": is a folder, not a file"),
            "{err}"
        );
        let binary = dir.path().join("bin.toml");
        std::fs::write(&binary, b"format = \xff\n").unwrap();
        assert!(
            load(&binary, &data)
                .unwrap_err()
                .to_string()
                .contains("not UTF-8")
        );
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; 1024 * 1024 + 1]).unwrap();
        assert!(matches!(load(&big, &data), Err(LoadError::Unreadable(_))));

        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, format!("{HEADER}[answers.R01]\nlevel = 7\n")).unwrap();
        let err = load(&bad, &data).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}:8:9: answer R01 has level 7; levels run 0 to 4 [level-out-of-range]",
                bad.display()
            )
        );
        std::fs::write(
            &bad,
            format!("{HEADER}[answers.R01]\nlevel = 7\n[answers.R02]\nlevel = 8\n"),
        )
        .unwrap();
        let err = load(&bad, &data).unwrap_err().to_string();
        assert!(
            err.ends_with(&format!(
                "[level-out-of-range]; 1 more problem: run `icso-assess validate --answers {}`",
                shell_word(&bad.display().to_string())
            )),
            "{err}"
        );
        assert_eq!(shell_word("my answers.toml"), "'my answers.toml'");
        assert_eq!(shell_word("a/b.toml"), "a/b.toml");
    }
}
