//! The named checks of `validate`: parse every data file, then run every rule of [`RULES`] over
//! all of them, collecting every finding before anything is reported. Only data without errors
//! becomes a [`Catalogue`] and [`Questionnaire`]s.
//!
//! Each rule is a small function that emits the one code it is registered with (the model is
//! rust-lang/team's `src/validate.rs`: a static list of named checks run over the data). Reading
//! (`unreadable-file`, in `source`) and parsing (`yaml-syntax`, `yaml-limits`, `schema`) come
//! first: a file that cannot be read or parsed has nothing for the rules to look at.

mod catalogue;
pub(crate) mod fields;
mod input;
mod questionnaire;
#[cfg(test)]
mod tests;
mod translation;

use super::build;
use super::model::Catalogue;
use super::raw::{self, Located};
use super::source::{DataFile, DataFiles};
use crate::diagnostics::{self, Code, Finding};
use crate::overlay::ParsedLanguage;
use crate::questionnaire::Questionnaire;
use crate::text;
use crate::yaml::{self, YamlErrorKind};
// The rule functions, each named once, in RULES.
use catalogue::*;
use fields::*;
use input::{Input, Parsed};
use questionnaire::*;
use translation::*;

pub(crate) use translation::{Translations, parse_language, translation_errors};

/// What checking the data produced: the findings, and the model when there were no errors.
#[derive(Debug)]
pub struct Checked {
    pub catalogue: Option<Catalogue>,
    pub questionnaires: Vec<Questionnaire>,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn error_count(&self) -> usize {
        self.findings.iter().filter(|f| f.is_error()).count()
    }
}

/// Messages quote values from the file; a 900 KB value must not make a 900 KB message.
const MESSAGE_LIMIT: usize = 1000;

/// A rule over the parsed data: its name, the one code it emits, and the function.
struct Rule {
    /// The function's name: the unit tests find each rule's broken case by it.
    #[cfg_attr(not(test), expect(dead_code, reason = "only the tests read it"))]
    name: &'static str,
    code: Code,
    run: fn(&Input<'_>, &mut Sink<'_>),
    /// A rule on translation overlays: commands run those that find errors before they apply
    /// a translation.
    translations: bool,
}

macro_rules! rules {
    ($($code:ident: $f:ident $(($on:ident))?,)*) => {
        &[$(Rule {
            name: stringify!($f),
            code: Code::$code,
            run: $f,
            translations: rules!(@on $($on)?),
        },)*]
    };
    (@on) => { false };
    (@on translations) => { true };
}

/// Every rule, in the order of the codes in `docs/validation.md`. A function registered for
/// several codes runs once for each, checking what belongs to that code. Findings are sorted
/// before they are shown, so the order rules run in does not change what users see.
static RULES: &[Rule] = rules![
    Schema: translated_fields_known(translations),
    ForbiddenCharacter: forbidden_characters,
    ForbiddenCharacter: translated_forbidden_characters(translations),
    EmptyText: empty_texts,
    EmptyText: translated_empty_texts(translations),
    TextTooLong: long_texts,
    TextTooLong: translated_long_texts(translations),
    IdFormat: id_shapes,
    IdFormat: translated_terms(translations),
    DuplicateId: catalogue_ids_once,
    DuplicateId: questionnaire_ids_once,
    DuplicateId: translated_once(translations),
    NumberingGap: recommendation_ids_match_numbers,
    NumberingGap: recommendation_numbers_without_gaps,
    NumberingGap: key_numbers_without_gaps,
    NumberingGap: resource_letters_without_gaps,
    NumberingGap: subpoint_numbers,
    NumberingGap: scale_numbering,
    MissingSection: sections_present,
    EmptyList: catalogue_lists_not_empty,
    EmptyList: questionnaire_lists_not_empty,
    DanglingPart: references_exist,
    DanglingArea: references_exist,
    DanglingSubtheme: references_exist,
    DanglingRecommendation: references_exist,
    DanglingRecommendation: questionnaire_links_exist,
    DanglingTag: references_exist,
    DanglingAudience: references_exist,
    PartMismatch: parts_agree,
    InvalidValue: values_allowed,
    LevelDescriptions: levels_described,
    RepeatedRecommendation: recommendations_asked_once,
    IncompleteCoverage: coverage_complete,
    ScoringRange: scoring_in_range,
    DanglingProfile: rule_profiles_exist,
    UnusedDefinition: definitions_used,
    MissingTranslation: translations_complete(translations),
    StaleTranslation: translations_current(translations),
    UnknownTranslation: translations_known(translations),
    StructureInTranslation: translations_without_structure(translations),
];

/// Where one rule's findings go. The code is the rule's, so a rule cannot emit another's.
struct Sink<'f> {
    code: Code,
    findings: &'f mut Vec<Finding>,
}

impl Sink<'_> {
    /// A finding at a value of the file.
    fn at<T>(&mut self, file: &str, at: &Located<T>, message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings.push(Finding::new(
            self.code,
            file,
            Some(yaml::position(&at.0)),
            message,
        ));
    }

    /// A finding at a line and column of the file (none when 0).
    fn at_position(&mut self, file: &str, (line, column): (u32, u32), message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        let pos = (line > 0).then_some((line, column));
        self.findings
            .push(Finding::new(self.code, file, pos, message));
    }

    /// A finding about a whole file (or folder).
    fn file(&mut self, file: &str, message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings
            .push(Finding::new(self.code, file, None, message));
    }
}

/// Check every data file and build the model when nothing is wrong.
pub fn check(mut files: DataFiles) -> Checked {
    let mut findings = std::mem::take(&mut files.problems);
    let (mut parsed, languages) = parse_everything(&files, &mut findings);
    parsed.languages = languages;
    with_input(&parsed, files.questionnaires.len(), |input| {
        for rule in RULES {
            run(rule, input, &mut findings);
        }
    });
    diagnostics::sort(&mut findings);
    let has_errors = findings.iter().any(Finding::is_error);
    let (catalogue, questionnaires) = if has_errors {
        (None, Vec::new())
    } else {
        let fingerprint = build::fingerprint(&files.recommendations);
        let catalogue = build::catalogue(&parsed.recommendations, fingerprint);
        let questionnaires = parsed
            .questionnaires
            .iter()
            .map(|(path, f)| build::questionnaire(path, f))
            .collect();
        (Some(catalogue), questionnaires)
    };
    Checked {
        catalogue,
        questionnaires,
        findings,
    }
}

/// Every data file parsed, the English and each language's overlays on threads of their own:
/// parsing is most of `validate`'s work, and three languages' files do not depend on each
/// other. The findings come in the order one thread would have made them.
fn parse_everything(
    files: &DataFiles,
    findings: &mut Vec<Finding>,
) -> (Parsed, Vec<ParsedLanguage>) {
    std::thread::scope(|scope| {
        let languages: Vec<_> = (files.translations.iter())
            .map(|l| {
                scope.spawn(move || {
                    let mut found = Vec::new();
                    let parsed = parse_language(l, &mut found);
                    (parsed, found)
                })
            })
            .collect();
        let parsed = parse_all(&files.recommendations, &files.questionnaires, findings);
        let languages = languages
            .into_iter()
            .map(|thread| {
                let (language, found) = thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                findings.extend(found);
                language
            })
            .collect();
        (parsed, languages)
    })
}

/// Runs `f` with what the rules read: the parsed files, and the overlays matched with the
/// English when there are overlays and every data file parsed.
fn with_input<R>(
    parsed: &Parsed,
    questionnaire_files: usize,
    f: impl FnOnce(&Input<'_>) -> R,
) -> R {
    let all_parsed =
        parsed.every_recommendation_file && parsed.questionnaires.len() == questionnaire_files;
    let english = (!parsed.languages.is_empty() && all_parsed).then(|| {
        crate::overlay::english::English::from_files(
            &parsed.recommendations,
            &parsed.questionnaires,
        )
    });
    let entries = crate::overlay::resolve(&parsed.languages, english.as_ref());
    let translations = Translations {
        english: english.as_ref(),
        languages: &parsed.languages,
        entries: &entries,
    };
    f(&Input::new(parsed, questionnaire_files, translations))
}

fn run(rule: &Rule, input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut sink = Sink {
        code: rule.code,
        findings,
    };
    (rule.run)(input, &mut sink);
}

/// Parse every file, keeping a finding for each that does not parse.
fn parse_all(
    recommendations: &[DataFile],
    questionnaires: &[DataFile],
    findings: &mut Vec<Finding>,
) -> Parsed {
    // Parsing is most of the work: questionnaires on a second core, recommendations here.
    let (rec_results, q_results) = std::thread::scope(|scope| {
        let questionnaires = scope.spawn(|| {
            questionnaires
                .iter()
                .map(|f| (f.path.clone(), parse::<raw::QuestionnaireFile>(f)))
                .collect::<Vec<_>>()
        });
        let recommendations: Vec<_> = recommendations
            .iter()
            .map(|f| (f.path.clone(), parse::<raw::RecommendationsFile>(f)))
            .collect();
        (recommendations, questionnaires.join())
    });
    let q_results = q_results.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let every_recommendation_file = rec_results.iter().all(|(_, r)| r.is_ok());
    Parsed {
        recommendations: keep_parsed(rec_results, findings),
        questionnaires: keep_parsed(q_results, findings),
        every_recommendation_file,
        languages: Vec::new(),
    }
}

fn keep_parsed<T>(
    results: Vec<(String, Result<T, Finding>)>,
    findings: &mut Vec<Finding>,
) -> Vec<(String, T)> {
    let mut parsed = Vec::new();
    for (path, result) in results {
        match result {
            Ok(v) => parsed.push((path, v)),
            Err(finding) => findings.push(finding),
        }
    }
    parsed
}

/// Parse one file, turning YAML errors into findings.
fn parse<T: serde::de::DeserializeOwned>(file: &DataFile) -> Result<T, Finding> {
    let blank = file
        .text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#') || l.trim() == "---");
    if blank {
        return Err(Finding::new(
            Code::Schema,
            &file.path,
            None,
            "the file is empty; write its data (see docs/data-format.md) or delete it".to_string(),
        ));
    }
    yaml::parse::<T>(&file.text).map_err(|e| {
        let (code, hint) = match e.kind {
            YamlErrorKind::Syntax => (
                Code::YamlSyntax,
                "; check indentation (spaces, not tabs), quotes and colons",
            ),
            YamlErrorKind::Schema => (
                Code::Schema,
                "; see docs/data-format.md for the fields each entry takes",
            ),
            // The message says what to do already.
            YamlErrorKind::Limits => (Code::YamlLimits, ""),
        };
        let pos = e.line.map(|l| (l, e.column.unwrap_or(0)));
        Finding::new(
            code,
            &file.path,
            pos,
            format!("{}{hint}", text::clip(&e.message, MESSAGE_LIMIT)),
        )
    })
}
