//! Translations of the data's text: one overlay per data file and language,
//! `translations/<lang>/recommendations/X.yaml` and `translations/<lang>/questionnaires/X.yaml`,
//! holding only translated text keyed by id (as `tools/translation_skeleton.py` writes them).
//! They are read with the same bounded YAML loader as the data, checked by `validate` (see
//! `catalogue::check`), and applied to the validated model: text fields are replaced, structure
//! (ids, numbers, links, weights, a rule's `when`) never, since an overlay cannot carry it.
//!
//! Matching: an entry of a recommendations overlay is found by its section and key, whichever
//! overlay file of the language holds it (ids are unique across the English files); a
//! questionnaire's overlay is the file of the same name. A stale translation (the English
//! changed since: its `source` hash differs, or it is marked `stale: true`) is still applied, as
//! a translation a little behind reads better than English in the middle of French;
//! `validate` warns about it.

pub mod english;
pub mod parse;
pub mod spec;

use crate::catalogue::Data;
use crate::catalogue::source::{DataFile, Lists};
use crate::diagnostics::Finding;
use english::English;
use parse::Entry;
use std::collections::HashMap;

/// The overlays compiled in: language, path as shown, text (listed by the crate's build script).
pub const BUILTIN: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/overlays.rs"));

/// The overlay files of one language.
#[derive(Debug, Clone, Default)]
pub struct LanguageFiles {
    /// Its tag, the name of its folder: `fr`.
    pub lang: String,
    /// Its folder as shown in messages: `translations/fr`, `DIR/translations/fr`.
    pub dir: String,
    pub recommendations: Vec<DataFile>,
    pub questionnaires: Vec<DataFile>,
}

/// The built-in overlays, one entry per language, by tag.
pub fn builtin() -> Vec<LanguageFiles> {
    let mut langs: Vec<LanguageFiles> = Vec::new();
    for (lang, path, text) in BUILTIN {
        if langs.last().is_none_or(|l| l.lang != *lang) {
            langs.push(LanguageFiles {
                lang: (*lang).to_string(),
                dir: format!("translations/{lang}"),
                ..LanguageFiles::default()
            });
        }
        let Some(files) = langs.last_mut() else {
            continue;
        };
        let file = DataFile::new(path, text);
        let mut lists = Lists(&mut files.recommendations, &mut files.questionnaires);
        lists.push(path.contains("/questionnaires/"), file);
    }
    langs
}

/// The overlay files of one language as parsed (files that did not parse are findings).
#[derive(Debug, Default)]
pub struct ParsedLanguage {
    pub lang: String,
    pub dir: String,
    pub recommendations: Vec<(String, Entry)>,
    pub questionnaires: Vec<(String, Entry)>,
}

/// One entry of an overlay with what it translates.
#[derive(Debug)]
pub struct Translated<'a> {
    pub lang: &'a str,
    /// The overlay file, as shown.
    pub file: &'a str,
    pub entry: &'a Entry,
    /// How messages name it, from the overlay's own keys.
    pub what: String,
    /// Its path ([`english::child_path`]); `None` for an entry without its key.
    pub path: Option<String>,
    /// Whether it can be matched with the English at all: the English data parsed, the entry
    /// has its key and its parent matched. A recommendations file's root is never matched.
    pub matchable: bool,
    /// The English entry it translates, by index in [`English::items`].
    pub english: Option<usize>,
}

impl Translated<'_> {
    /// The translated text fields, named as the English's are (`levels.N` for levels).
    pub fn texts(&self) -> impl Iterator<Item = (String, &crate::catalogue::raw::Text)> {
        let own = self
            .entry
            .texts
            .iter()
            .map(|(f, t)| (f.name.to_string(), t));
        let levels = (self.entry.levels.iter()).map(|(l, t)| (format!("levels.{}", l.value), t));
        own.chain(levels)
    }
}

/// Every entry of every overlay, matched with the English when there is one to match with.
pub fn resolve<'a>(
    languages: &'a [ParsedLanguage],
    english: Option<&English>,
) -> Vec<Translated<'a>> {
    let mut out = Vec::new();
    for l in languages {
        for (file, root) in &l.recommendations {
            out.push(Translated {
                lang: &l.lang,
                file,
                entry: root,
                what: format!("the {} overlay {}", l.lang, english::file_name(file)),
                path: Some(String::new()),
                matchable: false,
                english: None,
            });
            children(&mut out, l, file, root, "", None, english);
        }
        for (file, root) in &l.questionnaires {
            let path = english::questionnaire_path(file);
            let name = english::questionnaire_name(file);
            let found = english.and_then(|e| e.get(&path));
            let what = english::what(&spec::QUESTIONNAIRE, name, None);
            out.push(Translated {
                lang: &l.lang,
                file,
                entry: root,
                what: what.clone(),
                path: Some(path.clone()),
                matchable: english.is_some(),
                english: found,
            });
            let parent = found.map(|_| (path.as_str(), what.as_str()));
            if let Some(parent) = parent {
                children(&mut out, l, file, root, parent.0, Some(parent.1), english);
            } else {
                // Nothing to match the entries with: they are checked as text only.
                children(&mut out, l, file, root, &path, Some(&what), None);
            }
        }
    }
    out
}

/// The entries of the lists of `entry` (at `path`, named `what`), recursively.
fn children<'a>(
    out: &mut Vec<Translated<'a>>,
    lang: &'a ParsedLanguage,
    file: &'a str,
    entry: &'a Entry,
    path: &str,
    what: Option<&str>,
    english: Option<&English>,
) {
    for (list, entries) in &entry.lists {
        for child in entries {
            let key = child.key.as_ref().map(|k| k.value.as_str());
            let child_what = english::what(child.spec, key.unwrap_or("without a key"), what);
            let child_path = key.map(|k| english::child_path(path, list, k));
            let found = match (&child_path, english) {
                (Some(p), Some(e)) => e.get(p),
                _ => None,
            };
            out.push(Translated {
                lang: &lang.lang,
                file,
                entry: child,
                what: child_what.clone(),
                path: child_path.clone(),
                matchable: english.is_some() && child_path.is_some(),
                english: found,
            });
            // Inside an entry that matched nothing, nothing can match: its entries are
            // checked as text, and the unknown parent is reported once.
            let inner = if found.is_some() { english } else { None };
            let inner_path = child_path.unwrap_or_default();
            children(
                out,
                lang,
                file,
                child,
                &inner_path,
                Some(&child_what),
                inner,
            );
        }
    }
}

/// The data with every translated text of `translated` in place of the English. Entries that
/// match nothing are left out (the checks report them).
pub fn apply(data: &mut Data, translated: &[Translated<'_>], english: &English) {
    let mut by_path: HashMap<&str, Vec<(String, &str)>> = HashMap::new();
    for t in translated {
        let Some(i) = t.english else { continue };
        let item = &english.items[i];
        let texts = by_path.entry(item.path.as_str()).or_default();
        texts.extend(t.texts().map(|(f, text)| (f, text.value.trim())));
    }
    english::walk_model(data, &mut |node| {
        let Some(texts) = by_path.get(node.path.as_str()) else {
            return;
        };
        let given = |field: &str| texts.iter().find(|(f, _)| f == field).map(|(_, t)| *t);
        // A name the English does not give is the title: the translated title, then.
        let title = node
            .texts
            .iter()
            .find(|(f, _)| f == "title")
            .map(|(_, t)| (**t).clone());
        let follows_title = given("name").is_none()
            && node
                .texts
                .iter()
                .any(|(f, t)| f == "name" && Some(&**t) == title.as_ref());
        let mut fields = node.texts;
        for (field, text) in fields.iter_mut() {
            if let Some(t) = given(field) {
                **text = t.to_string();
            }
        }
        if follows_title && let Some(t) = given("title") {
            for (field, text) in fields.iter_mut() {
                if field == "name" {
                    **text = t.to_string();
                }
            }
        }
    });
}

/// The data with every translatable text through `pseudo` (the pseudo-locale's content).
pub fn pseudo(data: &mut Data, pseudo: &dyn Fn(&str) -> String) {
    english::walk_model(data, &mut |node| {
        for (_, text) in node.texts {
            *text = pseudo(text);
        }
    });
}

/// Checks `files` against `data` and applies them: the data in `files.lang`, or the findings
/// that stop it (errors only: a missing or stale translation shows the English or the older
/// translation, as `validate` explains).
pub fn translate(mut data: Data, files: &LanguageFiles) -> Result<Data, Vec<Finding>> {
    let english = English::from_model(&mut data);
    let mut findings = Vec::new();
    let languages = [crate::catalogue::check::parse_language(
        files,
        &mut findings,
    )];
    let translated = resolve(&languages, Some(&english));
    findings.extend(crate::catalogue::check::translation_errors(
        &translated,
        &english,
    ));
    findings.retain(Finding::is_error);
    if !findings.is_empty() {
        crate::diagnostics::sort(&mut findings);
        return Err(findings);
    }
    apply(&mut data, &translated, &english);
    Ok(data)
}
