//! The rules on translation overlays (`crate::overlay`): every text rule of the English applied
//! to the translated text (forbidden characters, emptiness, length, a glossary term's shape),
//! fields each kind has, an entry translated once, and against the English: every text
//! translated, from the English as it is now, nothing translated that the English lacks, and no
//! structure. Commands run the rules whose findings are errors before they apply a translation.

use super::fields::Shape;
use super::input::Input;
use super::{DataFile, Sink};
use crate::catalogue::raw::Text;
use crate::overlay::english::{self, English};
use crate::overlay::parse::{self, CatalogueOverlay, QuestionnaireOverlay};
use crate::overlay::spec::{self, Key};
use crate::overlay::{LanguageFiles, ParsedLanguage, Translated};
use crate::text;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// What the translation rules read: the overlays matched with the English.
pub(crate) struct Translations<'a> {
    /// The English, when every data file parsed (matching waits for syntax fixes otherwise).
    pub english: Option<&'a English>,
    pub languages: &'a [ParsedLanguage],
    pub entries: &'a [Translated<'a>],
}

/// Parse the overlay files of one language, keeping a finding for each that does not parse. A
/// file with nothing but comments is an overlay not begun.
pub(crate) fn parse_language(
    files: &LanguageFiles,
    findings: &mut Vec<crate::diagnostics::Finding>,
) -> ParsedLanguage {
    let recommendations = (files.recommendations.iter())
        .map(|f| parse_overlay(f, &spec::CATALOGUE, |CatalogueOverlay(root)| root))
        .collect();
    let questionnaires = (files.questionnaires.iter())
        .map(|f| parse_overlay(f, &spec::QUESTIONNAIRE, |QuestionnaireOverlay(root)| root))
        .collect();
    ParsedLanguage {
        lang: files.lang.clone(),
        dir: files.dir.clone(),
        recommendations: super::keep_parsed(recommendations, findings),
        questionnaires: super::keep_parsed(questionnaires, findings),
    }
}

/// One overlay file (of `T`, whose root is an entry of `kind`) as parsed, with its path.
fn parse_overlay<T: serde::de::DeserializeOwned>(
    file: &DataFile,
    kind: &'static spec::Spec,
    root: fn(T) -> parse::Entry,
) -> (String, Result<parse::Entry, crate::diagnostics::Finding>) {
    let entry = if parse::is_blank(&file.text) {
        Ok(parse::Entry::empty(kind))
    } else {
        super::parse::<T>(file).map(root)
    };
    (file.path.clone(), entry)
}

/// The findings of the translation rules whose findings are errors, for `entries` matched with
/// `english` (the model's): what must be fixed before a translation is applied.
pub(crate) fn translation_errors(
    entries: &[Translated<'_>],
    english: &English,
) -> Vec<crate::diagnostics::Finding> {
    let translations = Translations {
        english: Some(english),
        languages: &[],
        entries,
    };
    let input = Input::translations_only(translations);
    let mut findings = Vec::new();
    for rule in super::RULES.iter().filter(|r| r.translations) {
        if rule.code.check().severity == crate::diagnostics::Severity::Error {
            super::run(rule, &input, &mut findings);
        }
    }
    findings
}

/// One translated text with its rules.
struct TranslatedText<'a> {
    file: &'a str,
    /// The field (`levels.N` for a level's description) and the entry, for [`Self::what`].
    field: Cow<'a, str>,
    of: &'a str,
    value: &'a Text,
    limit: usize,
    single_line: bool,
    /// A glossary term: capitals, as the English's.
    term: bool,
}

impl TranslatedText<'_> {
    /// How messages name the text: made only for a finding, not for each of the thousands of
    /// texts every rule looks at.
    fn what(&self) -> String {
        format!("translated {} of {}", field_label(&self.field), self.of)
    }
}

fn field_label(field: &str) -> String {
    match field.strip_prefix("levels.") {
        Some(level) => format!("description of level {level}"),
        None => format!("`{field}`"),
    }
}

/// Every translated text of every overlay.
fn texts<'a>(input: &'a Input<'_>) -> impl Iterator<Item = TranslatedText<'a>> + 'a {
    input.translations.entries.iter().flat_map(|t| {
        let own = t.entry.texts.iter().map(move |(f, value)| TranslatedText {
            file: t.file,
            field: Cow::Borrowed(f.name),
            of: &t.what,
            value,
            limit: f.limit,
            single_line: f.single_line,
            term: std::ptr::eq(t.entry.spec, &spec::GLOSSARY) && f.name == spec::TERM,
        });
        let levels = t
            .entry
            .levels
            .iter()
            .map(move |(level, value)| TranslatedText {
                file: t.file,
                field: Cow::Owned(format!("levels.{}", level.value)),
                of: &t.what,
                value,
                limit: spec::LEVEL.limit,
                single_line: spec::LEVEL.single_line,
                term: false,
            });
        own.chain(levels)
    })
}

/// `schema`: every key of an overlay entry is one its kind takes.
pub(super) fn translated_fields_known(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in input.translations.entries {
        for key in &t.entry.unknown {
            let message = format!(
                "unknown field {} in {}; an overlay entry of this kind takes: {}",
                text::quote(&key.value),
                t.what,
                t.entry.spec.allowed().join(", ")
            );
            out.at(t.file, key, message);
        }
    }
}

/// `forbidden-character`: translated text follows the English's rule.
pub(super) fn translated_forbidden_characters(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in texts(input) {
        let value = &t.value.value;
        let found = if t.single_line {
            text::find_forbidden_line(value)
        } else {
            text::find_forbidden(value)
        };
        if let Some((offset, c)) = found {
            let message = text::forbidden_message(&t.what(), offset, c, t.single_line);
            out.at(t.file, t.value, message);
        }
    }
}

/// `empty-text`: no translated text is empty.
pub(super) fn translated_empty_texts(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in texts(input) {
        if t.value.value.trim().is_empty() {
            let message = format!(
                "{} is empty; write the translation, or remove the field to show the English",
                t.what()
            );
            out.at(t.file, t.value, message);
        }
    }
}

/// `text-too-long`: translated text is within the English field's limit.
pub(super) fn translated_long_texts(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in texts(input) {
        let len = t.value.value.chars().count();
        if len > t.limit {
            let (what, limit) = (t.what(), t.limit);
            let message =
                format!("{what} is {len} characters long, over the limit of {limit}; shorten it");
            out.at(t.file, t.value, message);
        }
    }
}

/// `id-format`: a translated glossary term is an abbreviation in capitals, as reports find it.
pub(super) fn translated_terms(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in texts(input).filter(|t| t.term) {
        let value = &t.value.value;
        if text::find_forbidden_line(value).is_none() && !Shape::Abbreviation.fits(value) {
            let message = format!(
                "{} {} is not {}",
                t.what(),
                text::quote(value),
                Shape::Abbreviation.described()
            );
            out.at(t.file, t.value, message);
        }
    }
}

/// `duplicate-id`: a language translates each entry once.
pub(super) fn translated_once(input: &Input<'_>, out: &mut Sink<'_>) {
    // (language, path) -> the file that translated it last.
    let mut seen: HashMap<(&str, &str), &str> = HashMap::new();
    for t in input.translations.entries {
        let Some(path) = t.path.as_deref().filter(|p| !p.is_empty()) else {
            continue;
        };
        if let Some(first) = seen.insert((t.lang, path), t.file) {
            let Some(key) = &t.entry.key else { continue };
            let message = format!(
                "{} is translated twice (also in {first}); keep one translation",
                t.what
            );
            out.at(t.file, key, message);
        }
    }
}

/// The overlay file of `lang` that translates the English file `file`.
fn overlay_file(lang: &ParsedLanguage, file: &str) -> String {
    let sub = if std::path::Path::new(file)
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "questionnaires")
    {
        "questionnaires"
    } else {
        "recommendations"
    };
    format!("{}/{sub}/{}", lang.dir, english::file_name(file))
}

/// `missing-translation`: each language with overlays translates every text of the English.
pub(super) fn translations_complete(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(english) = input.translations.english else {
        return;
    };
    for lang in input.translations.languages {
        // English item -> the entries that translate it.
        let mut translated: HashMap<usize, Vec<&Translated<'_>>> = HashMap::new();
        for t in input
            .translations
            .entries
            .iter()
            .filter(|t| t.lang == lang.lang)
        {
            if let Some(i) = t.english {
                translated.entry(i).or_default().push(t);
            }
        }
        // English files of which nothing is translated are one finding each.
        let begun: HashSet<&str> = translated
            .iter()
            .filter(|(_, ts)| ts.iter().any(|t| t.texts().next().is_some()))
            .map(|(i, _)| english.items[*i].file.as_str())
            .collect();
        let mut reported: HashSet<&str> = HashSet::new();
        for (i, item) in english.items.iter().enumerate() {
            let target = overlay_file(lang, &item.file);
            if !begun.contains(item.file.as_str()) {
                if reported.insert(item.file.as_str()) {
                    let message = format!(
                        "{} is not translated into {}: none of its text has a translation; write this file (tools/translation_skeleton.py {} writes a skeleton to translate)",
                        item.file, lang.lang, lang.lang
                    );
                    out.file(&target, message);
                }
                continue;
            }
            let Some(entries) = translated.get(&i) else {
                let message = format!(
                    "{} has no {} translation; add it to this file (tools/translation_skeleton.py {} adds the missing entries)",
                    item.what, lang.lang, lang.lang
                );
                out.file(&target, message);
                continue;
            };
            let given: HashSet<String> = entries
                .iter()
                .flat_map(|t| t.texts().map(|(f, _)| f))
                .collect();
            let lacking: Vec<String> = item
                .texts
                .iter()
                .filter(|(f, _)| !given.contains(f))
                .map(|(f, _)| field_label(f))
                .collect();
            if !lacking.is_empty() {
                let t = entries[0];
                let message = format!(
                    "the {} translation of {} lacks {}; translate {}",
                    lang.lang,
                    item.what,
                    lacking.join(", "),
                    if lacking.len() == 1 { "it" } else { "them" }
                );
                out.at_position(t.file, t.entry.at, message);
            }
        }
    }
}

/// `stale-translation`: each translation names, as its `source`, the hash of the English it
/// translates, and none is marked `stale: true`.
pub(super) fn translations_current(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(english) = input.translations.english else {
        return;
    };
    for t in input.translations.entries {
        let Some(i) = t.english else { continue };
        let item = &english.items[i];
        if item.texts.is_empty() {
            continue;
        }
        let hash = item.hash();
        let redo = "check the translation against the English";
        match (&t.entry.source, &t.entry.stale) {
            (_, Some(stale)) if stale.value => {
                let message = format!(
                    "the translation of {} is marked `stale: true`: the English changed since it was made; {redo}, then remove the mark",
                    t.what
                );
                out.at(t.file, stale, message);
            }
            (Some(source), _) if source.value != hash => {
                let message = format!(
                    "the translation of {} was made from other English (its source is {}, the English's is now {hash}); {redo}, then set `source: '{hash}'`",
                    t.what,
                    text::quote(&source.value)
                );
                out.at(t.file, source, message);
            }
            (None, _) => {
                let message = format!(
                    "the translation of {} has no `source`, so a change in the English cannot show; {redo}, then add `source: '{hash}'`",
                    t.what
                );
                out.at_position(t.file, t.entry.at, message);
            }
            _ => {}
        }
    }
}

/// `unknown-translation`: every overlay entry, level and file translates something of the
/// English.
pub(super) fn translations_known(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(english) = input.translations.english else {
        return;
    };
    for t in input.translations.entries.iter().filter(|t| t.matchable) {
        let Some(i) = t.english else {
            match &t.entry.key {
                Some(key) => {
                    let message = format!(
                        "the overlay translates {}, which the English data does not have; correct its `{}` or remove the entry",
                        t.what,
                        t.entry.spec.key.name()
                    );
                    out.at(t.file, key, message);
                }
                None => {
                    let message = format!(
                        "{} translates no questionnaire: there is no questionnaires/{}; name it after the file it translates, or remove it",
                        t.file,
                        english::file_name(t.file)
                    );
                    out.file(t.file, message);
                }
            }
            continue;
        };
        let item = &english.items[i];
        for (level, _) in &t.entry.levels {
            let field = format!("levels.{}", level.value);
            if !item.texts.iter().any(|(f, _)| *f == field) {
                let message = format!(
                    "{} has no level {} to translate; describe only the levels of the scale",
                    t.what,
                    text::quote(&level.value)
                );
                out.at(t.file, level, message);
            }
        }
    }
}

/// `structure-in-translation`: overlays carry text only: no structural field, and every entry
/// of a list has the key that finds its English.
pub(super) fn translations_without_structure(input: &Input<'_>, out: &mut Sink<'_>) {
    for t in input.translations.entries {
        for key in &t.entry.structure {
            let own = t.entry.spec.key;
            let message = if own != Key::Root && ["id", "level", "n"].contains(&key.value.as_str())
            {
                format!(
                    "key `{}` does not find a {}: an overlay finds it by `{}`; write `{}:` with the English's",
                    key.value,
                    t.entry.spec.name,
                    own.name(),
                    own.name()
                )
            } else {
                format!(
                    "field `{}` in {} is structure, which only the English data holds; remove it from the overlay (overlays carry only translated text)",
                    key.value, t.what
                )
            };
            out.at(t.file, key, message);
        }
        if t.entry.spec.key != Key::Root && t.entry.key.is_none() {
            let key = t.entry.spec.key.name();
            let message = format!(
                "{} has no `{key}`, which finds the English it translates; write `{key}:` with the English's",
                t.what
            );
            out.at_position(t.file, t.entry.at, message);
        }
    }
}
