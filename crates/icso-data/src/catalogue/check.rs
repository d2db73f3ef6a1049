//! The named checks of `validate`: parse every data file, then check text, ids, numbering and
//! references across all of them, collecting every finding before anything is reported. Only
//! data without errors becomes a [`Catalogue`] and [`Questionnaire`]s.

use super::build;
use super::model::Catalogue;
use super::raw::{self, Spanned, Text};
use super::source::{DataFile, DataFiles};
use crate::diagnostics::Code;
use crate::diagnostics::{self, Finding};
use crate::questionnaire::{Coverage, Importance, Questionnaire};
use crate::text;
use crate::yaml::{self, YamlErrorKind};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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

// Length limits, in characters.
const TITLE: usize = 80;
const SHORT: usize = 250;
const SUMMARY: usize = 700;
const LONG: usize = 1200;
/// Messages quote values from the file; a 900 KB value must not make a 900 KB message.
const MESSAGE_LIMIT: usize = 1000;

struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    fn add<T>(&mut self, code: Code, file: &str, at: &Spanned<T>, message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings
            .push(Finding::new(code, file, Some(yaml::position(at)), message));
    }

    fn add_file(&mut self, code: Code, file: &str, message: String) {
        let message = text::clip(&message, MESSAGE_LIMIT);
        self.findings.push(Finding::new(code, file, None, message));
    }

    /// Forbidden characters, emptiness and length of text that may span lines: summaries,
    /// descriptions, analyses.
    fn text(&mut self, file: &str, what: &str, value: &Text, limit: usize) {
        self.checked(file, what, value, limit, false);
    }

    /// The same for text that stays on one line: titles, names, labels. Line breaks and tabs
    /// are forbidden too.
    fn line(&mut self, file: &str, what: &str, value: &Text, limit: usize) {
        self.checked(file, what, value, limit, true);
    }

    fn checked(&mut self, file: &str, what: &str, value: &Text, limit: usize, single_line: bool) {
        let found = if single_line {
            text::find_forbidden_line(&value.value)
        } else {
            text::find_forbidden(&value.value)
        };
        if let Some((offset, c)) = found {
            self.add(
                Code::ForbiddenCharacter,
                file,
                value,
                text::forbidden_message(what, offset, c, single_line),
            );
        }
        if value.value.trim().is_empty() {
            self.add(
                Code::EmptyText,
                file,
                value,
                format!("{what} is empty; write it or remove the entry"),
            );
        }
        let len = value.value.chars().count();
        if len > limit {
            self.add(
                Code::TextTooLong,
                file,
                value,
                format!("{what} is {len} characters long, over the limit of {limit}; shorten it"),
            );
        }
    }

    /// An id: no forbidden characters, the expected shape.
    fn id(&mut self, file: &str, what: &str, value: &Text, ok: fn(&str) -> bool, shape: &str) {
        if text::find_forbidden_line(&value.value).is_some() || !ok(&value.value) {
            self.add(
                Code::IdFormat,
                file,
                value,
                format!("{what} id {} is not {shape}", text::quote(&value.value)),
            );
        }
    }
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

fn is_rec_id(s: &str) -> bool {
    s.len() == 3 && s.starts_with('R') && s[1..].chars().all(|c| c.is_ascii_digit())
}

fn is_key_id(s: &str) -> bool {
    s.len() >= 2
        && s.starts_with('K')
        && !s[1..].starts_with('0')
        && s[1..].chars().all(|c| c.is_ascii_digit())
}

fn is_part_id(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_digit())
}

fn is_subtheme_id(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1] == b'.' && b[2].is_ascii_digit()
}

fn is_resource_id(s: &str) -> bool {
    s.len() == 1 && s.chars().all(|c| c.is_ascii_lowercase())
}

fn is_subpoint_id(s: &str) -> bool {
    match s.split_once('.') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

fn is_question_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn is_version(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 6 && p.chars().all(|c| c.is_ascii_digit()))
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
    match yaml::parse::<T>(&file.text) {
        Ok(v) => Ok(v),
        Err(e) => {
            let code = match e.kind {
                YamlErrorKind::Syntax => Code::YamlSyntax,
                YamlErrorKind::Schema => Code::Schema,
                YamlErrorKind::Limits => Code::YamlLimits,
            };
            let hint = match e.kind {
                YamlErrorKind::Syntax => {
                    "; check indentation (spaces, not tabs), quotes and colons"
                }
                YamlErrorKind::Schema => {
                    "; see docs/data-format.md for the fields each entry takes"
                }
                // The message says what to do already.
                YamlErrorKind::Limits => "",
            };
            let pos = e.line.map(|l| (l, e.column.unwrap_or(0)));
            Err(Finding::new(
                code,
                &file.path,
                pos,
                format!("{}{hint}", text::clip(&e.message, MESSAGE_LIMIT)),
            ))
        }
    }
}

/// Check every data file and build the model when nothing is wrong.
pub fn check(files: DataFiles) -> Checked {
    let mut c = Checker {
        findings: files.problems,
    };
    // Parsing is most of the work: questionnaires on a second core, recommendations here.
    let (rec_results, q_results) = std::thread::scope(|scope| {
        let questionnaires = scope.spawn(|| {
            files
                .questionnaires
                .iter()
                .map(|f| (f.path.clone(), parse::<raw::QuestionnaireFile>(f)))
                .collect::<Vec<_>>()
        });
        let recommendations: Vec<_> = files
            .recommendations
            .iter()
            .map(|f| (f.path.clone(), parse::<raw::RecommendationsFile>(f)))
            .collect();
        (recommendations, questionnaires.join())
    });
    let q_results = q_results.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let mut rec_files = Vec::new();
    let mut all_parsed = true;
    for (path, result) in rec_results {
        match result {
            Ok(v) => rec_files.push((path, v)),
            Err(finding) => {
                c.findings.push(finding);
                all_parsed = false;
            }
        }
    }
    let mut q_files = Vec::new();
    for (path, result) in q_results {
        match result {
            Ok(v) => q_files.push((path, v)),
            Err(finding) => c.findings.push(finding),
        }
    }
    if files.questionnaires.is_empty() {
        c.add_file(
            Code::MissingSection,
            "questionnaires/",
            "there is no questionnaire; add at least one file under questionnaires/".to_string(),
        );
    }

    for (path, f) in &rec_files {
        check_catalogue_file_text(&mut c, path, f);
    }
    let index = if all_parsed {
        Some(check_catalogue(&mut c, &rec_files))
    } else {
        // References into a file that did not parse would all look dangling: fix syntax first.
        None
    };

    let mut seen_questionnaires: HashMap<String, String> = HashMap::new();
    for (path, f) in &q_files {
        check_questionnaire(&mut c, path, f, index.as_ref());
        if let Some(first) = seen_questionnaires.insert(f.id.value.clone(), path.clone()) {
            c.add(
                Code::DuplicateId,
                path,
                &f.id,
                format!(
                    "questionnaire id \"{}\" is also used by {first}; give each questionnaire its own id",
                    f.id.value
                ),
            );
        }
    }

    diagnostics::sort(&mut c.findings);
    let has_errors = c.findings.iter().any(Finding::is_error);
    let (catalogue, questionnaires) = if has_errors {
        (None, Vec::new())
    } else {
        let fingerprint = build::fingerprint(&files.recommendations);
        let catalogue = build::catalogue(&rec_files, fingerprint);
        let questionnaires = q_files
            .iter()
            .map(|(path, f)| build::questionnaire(path, f))
            .collect();
        (Some(catalogue), questionnaires)
    };
    Checked {
        catalogue,
        questionnaires,
        findings: c.findings,
    }
}

fn check_catalogue_file_text(c: &mut Checker, path: &str, f: &raw::RecommendationsFile) {
    for p in &f.parts {
        c.id(path, "part", &p.id, is_part_id, "two digits such as \"01\"");
        c.line(path, "part title", &p.title, TITLE);
        c.text(path, "part summary", &p.summary, SUMMARY);
    }
    for a in &f.areas {
        c.id(
            path,
            "area",
            &a.id,
            is_kebab,
            "lower-case words joined by hyphens",
        );
        c.line(path, "area title", &a.title, TITLE);
        c.text(path, "area summary", &a.summary, SUMMARY);
    }
    for s in &f.subthemes {
        c.id(
            path,
            "sub-theme",
            &s.id,
            is_subtheme_id,
            "a number such as \"3.1\"",
        );
        c.line(path, "sub-theme title", &s.title, TITLE);
        c.text(path, "trend analysis", &s.trend_analysis, LONG);
    }
    for t in f.tags.iter().chain(&f.audiences) {
        c.id(
            path,
            "tag or audience",
            &t.id,
            is_kebab,
            "lower-case words joined by hyphens",
        );
        c.line(path, "title", &t.title, TITLE);
    }
    for k in &f.key_recommendations {
        c.id(
            path,
            "key recommendation",
            &k.id,
            is_key_id,
            "K followed by a number, such as K3",
        );
        c.line(path, "key recommendation title", &k.title, TITLE);
        c.text(path, "key recommendation gist", &k.gist, SUMMARY);
        if k.recommendations.is_empty() {
            c.add(
                Code::EmptyList,
                path,
                &k.id,
                format!(
                    "key recommendation {} links to no recommendations; list the detailed recommendations it draws on",
                    k.id.value
                ),
            );
        }
    }
    for r in &f.resources {
        c.id(
            path,
            "resource",
            &r.id,
            is_resource_id,
            "a single lower-case letter",
        );
        c.line(path, "resource title", &r.title, TITLE);
        c.text(path, "resource summary", &r.summary, SUMMARY);
        if r.areas.is_empty() {
            c.add(
                Code::EmptyList,
                path,
                &r.id,
                format!(
                    "resource {} serves no area; list the areas it helps with",
                    r.id.value
                ),
            );
        }
    }
    for r in &f.recommendations {
        c.id(
            path,
            "recommendation",
            &r.id,
            is_rec_id,
            "R followed by two digits, such as R07",
        );
        c.line(path, &format!("title of {}", r.id.value), &r.title, TITLE);
        c.text(
            path,
            &format!("summary of {}", r.id.value),
            &r.summary,
            SUMMARY,
        );
        c.text(
            path,
            &format!("first step of {}", r.id.value),
            &r.first_step,
            SHORT + 50,
        );
        for s in &r.subpoints {
            c.id(
                path,
                "sub-point",
                &s.id,
                is_subpoint_id,
                "a number such as \"4.1\"",
            );
            c.line(
                path,
                &format!("title of sub-point {}", s.id.value),
                &s.title,
                TITLE,
            );
            c.text(
                path,
                &format!("summary of sub-point {}", s.id.value),
                &s.summary,
                SHORT + 50,
            );
        }
    }
}

/// Ids defined across all recommendation files, for reference checks by questionnaires.
struct Index {
    recommendations: BTreeMap<String, String>, // id -> area
    keys: BTreeMap<String, Vec<String>>,
    areas: Vec<String>,
}

/// Every id the recommendation files define, by kind: id -> the file that defines it first.
#[derive(Default)]
struct Defined<'a> {
    parts: HashMap<&'a str, &'a str>,
    areas: HashMap<&'a str, &'a str>,
    subthemes: HashMap<&'a str, &'a str>,
    tags: HashMap<&'a str, &'a str>,
    audiences: HashMap<&'a str, &'a str>,
    keys: HashMap<&'a str, &'a str>,
    resources: HashMap<&'a str, &'a str>,
    recs: HashMap<&'a str, &'a str>,
}

/// The declared tags, audiences, areas and sub-themes something uses.
#[derive(Default)]
struct Used<'a> {
    tags: HashSet<&'a str>,
    audiences: HashSet<&'a str>,
    areas: HashSet<&'a str>,
    subthemes: HashSet<&'a str>,
}

/// The checks across the recommendation files, one rule group a function below. Findings are
/// sorted before they are shown, so the order they are found in does not matter.
fn check_catalogue(c: &mut Checker, files: &[(String, raw::RecommendationsFile)]) -> Index {
    let d = check_definitions(c, files);
    check_sections(c, files, &d);
    let area_part: HashMap<&str, (&str, Option<&str>)> = files
        .iter()
        .flat_map(|(_, f)| &f.areas)
        .map(|a| {
            (
                a.id.value.as_str(),
                (
                    a.part.value.as_str(),
                    a.subtheme.as_ref().map(|s| s.value.as_str()),
                ),
            )
        })
        .collect();
    let mut used = Used::default();
    for (path, f) in files {
        check_areas(c, path, f, &d, &mut used);
        check_key_links(c, path, f, &d);
        check_resources(c, path, f, &d);
        check_recommendation_links(c, path, f, &d, &area_part, &mut used);
    }
    check_numbering(c, files);
    check_unused(c, files, &used);
    index(files)
}

/// `duplicate-id`: every id once in its kind, across all files.
fn check_definitions<'a>(
    c: &mut Checker,
    files: &'a [(String, raw::RecommendationsFile)],
) -> Defined<'a> {
    fn define<'a, T>(
        c: &mut Checker,
        kind: &str,
        seen: &mut HashMap<&'a str, &'a str>,
        path: &'a str,
        id: &'a Spanned<T>,
        key: &'a str,
    ) {
        if let Some(first) = seen.insert(key, path) {
            c.add(
                Code::DuplicateId,
                path,
                id,
                format!("{kind} \"{key}\" is defined twice (also in {first}); keep one definition"),
            );
        }
    }
    let mut d = Defined::default();
    for (path, f) in files {
        for p in &f.parts {
            define(c, "part", &mut d.parts, path, &p.id, &p.id.value);
        }
        for a in &f.areas {
            define(c, "area", &mut d.areas, path, &a.id, &a.id.value);
        }
        for s in &f.subthemes {
            define(c, "sub-theme", &mut d.subthemes, path, &s.id, &s.id.value);
        }
        for t in &f.tags {
            define(c, "tag", &mut d.tags, path, &t.id, &t.id.value);
        }
        for t in &f.audiences {
            define(c, "audience", &mut d.audiences, path, &t.id, &t.id.value);
        }
        for k in &f.key_recommendations {
            define(
                c,
                "key recommendation",
                &mut d.keys,
                path,
                &k.id,
                &k.id.value,
            );
        }
        for r in &f.resources {
            define(c, "resource", &mut d.resources, path, &r.id, &r.id.value);
        }
        for r in &f.recommendations {
            define(c, "recommendation", &mut d.recs, path, &r.id, &r.id.value);
        }
    }
    d
}

/// `missing-section`: parts, areas, recommendations and key recommendations are defined.
fn check_sections(c: &mut Checker, files: &[(String, raw::RecommendationsFile)], d: &Defined<'_>) {
    let first_file = files
        .first()
        .map_or("recommendations/", |(p, _)| p.as_str());
    for (what, empty) in [
        ("parts", d.parts.is_empty()),
        ("areas", d.areas.is_empty()),
        ("recommendations", d.recs.is_empty()),
        ("key_recommendations", d.keys.is_empty()),
    ] {
        if empty {
            c.add_file(
                Code::MissingSection,
                first_file,
                format!(
                    "no file under recommendations/ defines any {what}; add a `{what}:` section"
                ),
            );
        }
    }
}

/// `dangling-part`, `dangling-subtheme` and `part-mismatch` for the areas of one file.
fn check_areas<'a>(
    c: &mut Checker,
    path: &str,
    f: &'a raw::RecommendationsFile,
    d: &Defined<'_>,
    used: &mut Used<'a>,
) {
    for a in &f.areas {
        if !d.parts.contains_key(a.part.value.as_str()) {
            c.add(
                Code::DanglingPart,
                path,
                &a.part,
                format!(
                    "area {} names part \"{}\" which does not exist",
                    a.id.value, a.part.value
                ),
            );
        }
        match &a.subtheme {
            Some(s) => {
                used.subthemes.insert(s.value.as_str());
                if !d.subthemes.contains_key(s.value.as_str()) {
                    c.add(
                        Code::DanglingSubtheme,
                        path,
                        s,
                        format!(
                            "area {} names sub-theme \"{}\" which does not exist",
                            a.id.value, s.value
                        ),
                    );
                }
                if a.part.value != "03" {
                    c.add(
                        Code::PartMismatch,
                        path,
                        s,
                        format!("area {} is in part {} but has a sub-theme; only areas of part 03 have one", a.id.value, a.part.value),
                    );
                }
            }
            None if a.part.value == "03" => c.add(
                Code::PartMismatch,
                path,
                &a.id,
                format!(
                    "area {} is in part 03 but names no sub-theme; add `subtheme:`",
                    a.id.value
                ),
            ),
            None => {}
        }
    }
}

/// `dangling-recommendation`: key recommendations link to recommendations that exist.
fn check_key_links(c: &mut Checker, path: &str, f: &raw::RecommendationsFile, d: &Defined<'_>) {
    for k in &f.key_recommendations {
        for link in &k.recommendations {
            if !d.recs.contains_key(link.value.as_str()) {
                c.add(
                    Code::DanglingRecommendation,
                    path,
                    link,
                    format!(
                        "key recommendation {} links to {} which does not exist",
                        k.id.value, link.value
                    ),
                );
            }
        }
    }
}

/// `dangling-area` and `dangling-recommendation` for the resources of one file.
fn check_resources(c: &mut Checker, path: &str, f: &raw::RecommendationsFile, d: &Defined<'_>) {
    for r in &f.resources {
        for a in &r.areas {
            if !d.areas.contains_key(a.value.as_str()) {
                c.add(
                    Code::DanglingArea,
                    path,
                    a,
                    format!(
                        "resource {} names area \"{}\" which does not exist",
                        r.id.value, a.value
                    ),
                );
            }
        }
        for link in &r.recommendations {
            if !d.recs.contains_key(link.value.as_str()) {
                c.add(
                    Code::DanglingRecommendation,
                    path,
                    link,
                    format!(
                        "resource {} names {} which does not exist",
                        r.id.value, link.value
                    ),
                );
            }
        }
    }
}

/// For the recommendations of one file: `dangling-part`, `dangling-area`, `part-mismatch`,
/// `dangling-tag`, `dangling-audience`, and the numbering of their sub-points.
fn check_recommendation_links<'a>(
    c: &mut Checker,
    path: &str,
    f: &'a raw::RecommendationsFile,
    d: &Defined<'_>,
    area_part: &HashMap<&str, (&str, Option<&str>)>,
    used: &mut Used<'a>,
) {
    for r in &f.recommendations {
        if !d.parts.contains_key(r.part.value.as_str()) {
            c.add(
                Code::DanglingPart,
                path,
                &r.part,
                format!(
                    "recommendation {} names part \"{}\" which does not exist",
                    r.id.value, r.part.value
                ),
            );
        }
        used.areas.insert(r.area.value.as_str());
        match area_part.get(r.area.value.as_str()) {
            None => c.add(
                Code::DanglingArea,
                path,
                &r.area,
                format!("recommendation {} names area \"{}\" which does not exist", r.id.value, r.area.value),
            ),
            Some((part, _)) if *part != r.part.value => c.add(
                Code::PartMismatch,
                path,
                &r.part,
                format!(
                    "recommendation {} is in part {} but its area {} is in part {part}; make them agree",
                    r.id.value, r.part.value, r.area.value
                ),
            ),
            Some(_) => {}
        }
        for t in &r.tags {
            used.tags.insert(t.value.as_str());
            if !d.tags.contains_key(t.value.as_str()) {
                c.add(
                    Code::DanglingTag,
                    path,
                    t,
                    format!(
                        "recommendation {} has tag \"{}\" which is not declared under tags",
                        r.id.value, t.value
                    ),
                );
            }
        }
        for a in &r.audience {
            used.audiences.insert(a.value.as_str());
            if !d.audiences.contains_key(a.value.as_str()) {
                c.add(
                    Code::DanglingAudience,
                    path,
                    a,
                    format!("recommendation {} names audience \"{}\" which is not declared under audiences", r.id.value, a.value),
                );
            }
        }
        check_subpoints(c, path, r);
    }
}

/// `unused-definition`: every declared tag, audience, area and sub-theme is used.
fn check_unused(c: &mut Checker, files: &[(String, raw::RecommendationsFile)], used: &Used<'_>) {
    for (path, f) in files {
        for (list, used, kind) in [
            (&f.tags, &used.tags, "tag"),
            (&f.audiences, &used.audiences, "audience"),
        ] {
            for t in list {
                if !used.contains(t.id.value.as_str()) {
                    c.add(
                        Code::UnusedDefinition,
                        path,
                        &t.id,
                        format!(
                            "{kind} \"{}\" is declared but no recommendation uses it",
                            t.id.value
                        ),
                    );
                }
            }
        }
        for a in &f.areas {
            if !used.areas.contains(a.id.value.as_str()) {
                c.add(
                    Code::UnusedDefinition,
                    path,
                    &a.id,
                    format!("area \"{}\" has no recommendations", a.id.value),
                );
            }
        }
        for s in &f.subthemes {
            if !used.subthemes.contains(s.id.value.as_str()) {
                c.add(
                    Code::UnusedDefinition,
                    path,
                    &s.id,
                    format!("sub-theme \"{}\" belongs to no area", s.id.value),
                );
            }
        }
    }
}

/// What the questionnaire checks need to know of the catalogue.
fn index(files: &[(String, raw::RecommendationsFile)]) -> Index {
    Index {
        recommendations: files
            .iter()
            .flat_map(|(_, f)| &f.recommendations)
            .map(|r| (r.id.value.clone(), r.area.value.clone()))
            .collect(),
        keys: files
            .iter()
            .flat_map(|(_, f)| &f.key_recommendations)
            .map(|k| {
                (
                    k.id.value.clone(),
                    k.recommendations.iter().map(|r| r.value.clone()).collect(),
                )
            })
            .collect(),
        areas: files
            .iter()
            .flat_map(|(_, f)| &f.areas)
            .map(|a| a.id.value.clone())
            .collect(),
    }
}

fn check_subpoints(c: &mut Checker, path: &str, r: &raw::Recommendation) {
    let n = r.number.value;
    for (i, s) in r.subpoints.iter().enumerate() {
        let expected = format!("{n}.{}", i + 1);
        if s.id.value != expected {
            c.add(
                Code::NumberingGap,
                path,
                &s.id,
                format!(
                    "sub-point {} of recommendation {} should be numbered {expected} (sub-points run {n}.1, {n}.2, ... in order)",
                    s.id.value, r.id.value
                ),
            );
        }
    }
}

fn check_numbering(c: &mut Checker, files: &[(String, raw::RecommendationsFile)]) {
    let mut recs: Vec<(&str, &raw::Recommendation)> = files
        .iter()
        .flat_map(|(p, f)| f.recommendations.iter().map(move |r| (p.as_str(), r)))
        .collect();
    for (path, r) in &recs {
        let expected = format!("R{:02}", r.number.value);
        if is_rec_id(&r.id.value) && r.id.value != expected {
            c.add(
                Code::NumberingGap,
                path,
                &r.number,
                format!(
                    "recommendation {} has number {}; its id should be {expected}, or its number {}",
                    r.id.value,
                    r.number.value,
                    r.id.value[1..].trim_start_matches('0')
                ),
            );
        }
    }
    recs.sort_by_key(|(_, r)| r.number.value);
    let mut expected = 1;
    for (path, r) in &recs {
        let n = r.number.value;
        if n > expected {
            let missing = if n - expected == 1 {
                format!("number {expected} is missing")
            } else {
                format!("numbers {expected} to {} are missing", n - 1)
            };
            c.add(
                Code::NumberingGap,
                path,
                &r.number,
                format!("recommendation {} has number {n} but {missing}; recommendations are numbered 1, 2, 3, ... without gaps", r.id.value),
            );
        } else if n == 0 {
            c.add(
                Code::NumberingGap,
                path,
                &r.number,
                format!(
                    "recommendation {} has number 0; numbering starts at 1",
                    r.id.value
                ),
            );
        }
        expected = expected.max(n + 1);
    }

    let mut keys: Vec<(&str, &raw::KeyRecommendation, u32)> = files
        .iter()
        .flat_map(|(p, f)| {
            f.key_recommendations.iter().filter_map(move |k| {
                k.id.value
                    .get(1..)?
                    .parse()
                    .ok()
                    .map(|n| (p.as_str(), k, n))
            })
        })
        .collect();
    keys.sort_by_key(|(_, _, n)| *n);
    let mut expected = 1;
    for (path, k, n) in keys {
        if n > expected {
            c.add(
                Code::NumberingGap,
                path,
                &k.id,
                format!("key recommendation {} follows K{}; key recommendations are numbered K1, K2, ... without gaps", k.id.value, expected - 1),
            );
        }
        expected = expected.max(n + 1);
    }

    let mut res: Vec<(&str, &raw::Resource, u8)> = files
        .iter()
        .flat_map(|(p, f)| {
            f.resources.iter().filter_map(move |r| {
                let b = r.id.value.as_bytes();
                (b.len() == 1 && b[0].is_ascii_lowercase()).then(|| (p.as_str(), r, b[0]))
            })
        })
        .collect();
    res.sort_by_key(|(_, _, b)| *b);
    let mut expected = b'a';
    for (path, r, b) in res {
        if b > expected {
            c.add(
                Code::NumberingGap,
                path,
                &r.id,
                format!(
                    "resource {} follows {}; resources are lettered a, b, c, ... without gaps",
                    r.id.value,
                    if expected == b'a' {
                        "nothing".to_string()
                    } else {
                        char::from(expected - 1).to_string()
                    }
                ),
            );
        }
        expected = expected.max(b + 1);
    }
}

fn check_questionnaire(
    c: &mut Checker,
    path: &str,
    f: &raw::QuestionnaireFile,
    index: Option<&Index>,
) {
    let coverage = check_questionnaire_header(c, path, f);
    let levels = check_scale(c, path, f);
    check_scoring(c, path, &f.scoring, &levels);
    let profile = check_profile(c, path, f);
    check_rules(c, path, f, &profile, index);
    let asked = check_questions(c, path, f, &levels, index);
    if let (Some(index), Some(coverage)) = (index, coverage) {
        check_coverage(c, path, f, index, coverage, &asked);
    }
}

/// The questionnaire's id, title, description and version (`id-format`), and its coverage
/// (`invalid-value`).
fn check_questionnaire_header(
    c: &mut Checker,
    path: &str,
    f: &raw::QuestionnaireFile,
) -> Option<Coverage> {
    c.id(
        path,
        "questionnaire",
        &f.id,
        is_kebab,
        "lower-case words joined by hyphens",
    );
    c.line(path, "questionnaire title", &f.title, TITLE);
    c.text(path, "questionnaire description", &f.description, SUMMARY);
    if !is_version(&f.version.value) {
        c.add(
            Code::IdFormat,
            path,
            &f.version,
            format!(
                "version {} is not a version number such as \"1.0\"",
                text::quote(&f.version.value)
            ),
        );
    }
    match f.coverage.value.as_str() {
        "complete" => Some(Coverage::Complete),
        "overview" => Some(Coverage::Overview),
        other => {
            c.add(
                Code::InvalidValue,
                path,
                &f.coverage,
                format!(
                    "coverage {} is not one of: complete, overview",
                    text::quote(other)
                ),
            );
            None
        }
    }
}

/// The scale: levels 0, 1, 2, ... in order (`numbering-gap`), at least two (`empty-list`).
fn check_scale(c: &mut Checker, path: &str, f: &raw::QuestionnaireFile) -> BTreeSet<u8> {
    // Scale: levels 0, 1, 2, ... in order.
    let mut levels = BTreeSet::new();
    for (i, l) in f.scale.iter().enumerate() {
        c.line(
            path,
            &format!("name of level {}", l.level.value),
            &l.name,
            TITLE,
        );
        c.text(
            path,
            &format!("description of level {}", l.level.value),
            &l.description,
            SHORT,
        );
        if usize::from(l.level.value) != i {
            c.add(
                Code::NumberingGap,
                path,
                &l.level,
                format!(
                    "scale level {} is in position {}; levels run 0, 1, 2, ... in order",
                    l.level.value,
                    i + 1
                ),
            );
        }
        levels.insert(l.level.value);
    }
    if f.scale.len() < 2 {
        c.add(
            Code::EmptyList,
            path,
            &f.id,
            "the scale needs at least two levels".to_string(),
        );
    }
    levels
}

/// Profile questions and their options; the options of each, by question.
fn check_profile<'f>(
    c: &mut Checker,
    path: &str,
    f: &'f raw::QuestionnaireFile,
) -> HashMap<&'f str, HashSet<&'f str>> {
    // Profile questions.
    let mut profile: HashMap<&str, HashSet<&str>> = HashMap::new();
    for p in &f.profile {
        c.id(
            path,
            "profile question",
            &p.id,
            is_kebab,
            "lower-case words joined by hyphens",
        );
        c.text(
            path,
            &format!("profile question {}", p.id.value),
            &p.question,
            SHORT,
        );
        if profile.contains_key(p.id.value.as_str()) {
            c.add(
                Code::DuplicateId,
                path,
                &p.id,
                format!("profile question \"{}\" is defined twice", p.id.value),
            );
        }
        let mut opts = HashSet::new();
        for o in &p.options {
            c.id(
                path,
                "profile option",
                &o.id,
                is_kebab,
                "lower-case words joined by hyphens",
            );
            c.line(
                path,
                &format!("label of option {}", o.id.value),
                &o.label,
                TITLE,
            );
            if !opts.insert(o.id.value.as_str()) {
                c.add(
                    Code::DuplicateId,
                    path,
                    &o.id,
                    format!(
                        "option \"{}\" appears twice in profile question {}",
                        o.id.value, p.id.value
                    ),
                );
            }
        }
        if p.options.len() < 2 {
            c.add(
                Code::EmptyList,
                path,
                &p.id,
                format!("profile question {} needs at least two options", p.id.value),
            );
        }
        profile.insert(p.id.value.as_str(), opts);
    }
    profile
}

/// Importance rules: `dangling-profile`, `empty-list`, `invalid-value`, `dangling-recommendation`.
fn check_rules(
    c: &mut Checker,
    path: &str,
    f: &raw::QuestionnaireFile,
    profile: &HashMap<&str, HashSet<&str>>,
    index: Option<&Index>,
) {
    // Rules.
    for r in &f.rules {
        c.text(path, "rule basis", &r.basis, SUMMARY);
        match profile.get(r.when.question.value.as_str()) {
            None => c.add(
                Code::DanglingProfile,
                path,
                &r.when.question,
                format!(
                    "rule names profile question \"{}\" which does not exist",
                    r.when.question.value
                ),
            ),
            Some(opts) => {
                for o in &r.when.any_of {
                    if !opts.contains(o.value.as_str()) {
                        c.add(
                            Code::DanglingProfile,
                            path,
                            o,
                            format!(
                                "rule names option \"{}\" which profile question {} does not have",
                                o.value, r.when.question.value
                            ),
                        );
                    }
                }
            }
        }
        if r.when.any_of.is_empty() {
            c.add(
                Code::EmptyList,
                path,
                &r.when.question,
                "rule lists no options under `is`".to_string(),
            );
        }
        if Importance::parse(&r.importance.value).is_none() {
            c.add(
                Code::InvalidValue,
                path,
                &r.importance,
                format!(
                    "importance {} is not one of: low, medium, high",
                    text::quote(&r.importance.value)
                ),
            );
        }
        if r.recommendations.is_empty() {
            c.add(
                Code::EmptyList,
                path,
                &r.importance,
                "rule names no recommendations".to_string(),
            );
        }
        if let Some(index) = index {
            for rec in &r.recommendations {
                if !index.recommendations.contains_key(&rec.value) {
                    c.add(
                        Code::DanglingRecommendation,
                        path,
                        rec,
                        format!(
                            "rule names recommendation {} which does not exist",
                            rec.value
                        ),
                    );
                }
            }
        }
    }
}

/// The questions: ids, texts, level descriptions (`level-descriptions`), each recommendation asked
/// once (`repeated-recommendation`) and existing; which question asks about each recommendation.
fn check_questions<'f>(
    c: &mut Checker,
    path: &str,
    f: &'f raw::QuestionnaireFile,
    levels: &BTreeSet<u8>,
    index: Option<&Index>,
) -> HashMap<&'f str, &'f Text> {
    // Questions.
    let mut ids = HashSet::new();
    let mut asked: HashMap<&str, &Text> = HashMap::new();
    for question in &f.questions {
        c.id(
            path,
            "question",
            &question.id,
            is_question_id,
            "letters, digits and hyphens (at most 32)",
        );
        if !ids.insert(question.id.value.as_str()) {
            c.add(
                Code::DuplicateId,
                path,
                &question.id,
                format!("question \"{}\" is defined twice", question.id.value),
            );
        }
        c.text(
            path,
            &format!("text of question {}", question.id.value),
            &question.text,
            SHORT,
        );
        for d in question.levels.value.values() {
            c.text(
                path,
                &format!("level description of question {}", question.id.value),
                d,
                SHORT,
            );
        }
        let given: BTreeSet<u8> = question.levels.value.keys().copied().collect();
        if !levels.is_empty() && given != *levels {
            let missing: Vec<String> = levels.difference(&given).map(u8::to_string).collect();
            let extra: Vec<String> = given.difference(levels).map(u8::to_string).collect();
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!("lacks level {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                parts.push(format!(
                    "describes level {} which the scale does not have",
                    extra.join(", ")
                ));
            }
            c.add(
                Code::LevelDescriptions,
                path,
                &question.levels,
                format!(
                    "question {} {}; describe each level of the scale exactly once",
                    question.id.value,
                    parts.join(" and ")
                ),
            );
        }
        if let Some(first) = asked.insert(question.recommendation.value.as_str(), &question.id) {
            c.add(
                Code::RepeatedRecommendation,
                path,
                &question.recommendation,
                format!(
                    "questions {} and {} both ask about {}; ask about each recommendation once",
                    first.value, question.id.value, question.recommendation.value
                ),
            );
        }
        if let Some(index) = index
            && !index
                .recommendations
                .contains_key(&question.recommendation.value)
        {
            c.add(
                Code::DanglingRecommendation,
                path,
                &question.recommendation,
                format!(
                    "question {} asks about recommendation {} which does not exist",
                    question.id.value, question.recommendation.value
                ),
            );
        }
    }
    if f.questions.is_empty() {
        c.add(
            Code::EmptyList,
            path,
            &f.id,
            format!("questionnaire {} has no questions", f.id.value),
        );
    }
    asked
}

fn check_coverage(
    c: &mut Checker,
    path: &str,
    f: &raw::QuestionnaireFile,
    index: &Index,
    coverage: Coverage,
    asked: &HashMap<&str, &Text>,
) {
    match coverage {
        Coverage::Complete => {
            let missing: Vec<&str> = index
                .recommendations
                .keys()
                .map(String::as_str)
                .filter(|id| !asked.contains_key(id))
                .collect();
            if !missing.is_empty() {
                c.add(
                    Code::IncompleteCoverage,
                    path,
                    &f.coverage,
                    format!(
                        "questionnaire {} is complete but has no question on {}; add one question for each",
                        f.id.value,
                        missing.join(", ")
                    ),
                );
            }
        }
        Coverage::Overview => {
            let missing_keys: Vec<&str> = index
                .keys
                .iter()
                .filter(|(_, links)| !links.iter().any(|r| asked.contains_key(r.as_str())))
                .map(|(k, _)| k.as_str())
                .collect();
            let covered_areas: HashSet<&str> = asked
                .keys()
                .filter_map(|r| index.recommendations.get(*r).map(String::as_str))
                .collect();
            let missing_areas: Vec<&str> = index
                .areas
                .iter()
                .map(String::as_str)
                .filter(|a| !covered_areas.contains(a))
                .collect();
            if !missing_keys.is_empty() {
                c.add(
                    Code::IncompleteCoverage,
                    path,
                    &f.coverage,
                    format!(
                        "overview questionnaire {} covers no recommendation linked to {}; add a question on one of their recommendations",
                        f.id.value,
                        missing_keys.join(", ")
                    ),
                );
            }
            if !missing_areas.is_empty() {
                c.add(
                    Code::IncompleteCoverage,
                    path,
                    &f.coverage,
                    format!(
                        "overview questionnaire {} has no question in area {}; add one for each",
                        f.id.value,
                        missing_areas.join(", ")
                    ),
                );
            }
        }
    }
}

fn check_scoring(c: &mut Checker, path: &str, s: &raw::Scoring, levels: &BTreeSet<u8>) {
    let t = s.default_target.value;
    if t == 0 || (!levels.is_empty() && !levels.contains(&t)) {
        c.add(
            Code::ScoringRange,
            path,
            &s.default_target,
            format!("default target {t} must be a level of the scale above 0"),
        );
    }
    let w = &s.importance_weights;
    for (name, v) in [("low", &w.low), ("medium", &w.medium), ("high", &w.high)] {
        if !v.value.is_finite() || v.value <= 0.0 || v.value > 100.0 {
            c.add(
                Code::ScoringRange,
                path,
                v,
                format!(
                    "importance weight {name} is {}; use a number above 0 and at most 100",
                    v.value
                ),
            );
        }
    }
    if !(w.low.value <= w.medium.value && w.medium.value <= w.high.value) {
        c.add(
            Code::ScoringRange,
            path,
            &w.low,
            "importance weights must rise: low <= medium <= high".to_string(),
        );
    }
    let k = s.key_weight.value;
    if !k.is_finite() || !(1.0..=5.0).contains(&k) {
        c.add(
            Code::ScoringRange,
            path,
            &s.key_weight,
            format!("key weight {k} must be between 1 and 5"),
        );
    }
    let (h, m) = (s.bands.high.value, s.bands.medium.value);
    if !(h.is_finite() && m.is_finite() && 0.0 < m && m < h && h <= 1.0) {
        c.add(
            Code::ScoringRange,
            path,
            &s.bands.high,
            format!("bands high {h} and medium {m} must satisfy 0 < medium < high <= 1"),
        );
    }
}
