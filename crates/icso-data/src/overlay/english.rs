//! The English side of a translation: every entry of the data that has text of its own, with the
//! path that finds it (`recommendations[R01]/subpoints[1.1]`), its text fields and the file it
//! is in. Built from the files as parsed (for `validate`, whose hashes are over the text as
//! written) or from the validated model (for commands, which only match and apply). The same
//! paths name the model's entries when a translation is applied ([`walk_model`]).

use super::spec::{self, Spec};
use crate::catalogue::raw;
use crate::catalogue::{Catalogue, Data};
use crate::questionnaire::Questionnaire;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One English entry with text of its own.
#[derive(Debug)]
pub struct Item {
    pub path: String,
    pub spec: &'static Spec,
    /// How messages name it: "sub-point 1.1 of recommendation R01".
    pub what: String,
    /// The English file it is in, as users see its path.
    pub file: String,
    /// Its text fields with their English text; a question's levels as `levels.N`.
    pub texts: Vec<(String, String)>,
    /// [`Item::hash`], made once: every language's translation of the entry is checked against it.
    hash: OnceLock<String>,
}

impl Item {
    /// The hash a translation of it names as its `source`: the first 8 hex digits of SHA-256
    /// over its own text fields sorted by name, then its levels sorted as `levels.N`, each as
    /// NAME U+001F TEXT, joined by U+001E (as `tools/translation_skeleton.py` computes it).
    pub fn hash(&self) -> &str {
        self.hash.get_or_init(|| source_hash(&self.texts))
    }
}

/// The hash of [`Item::hash`] over some fields.
pub fn source_hash(texts: &[(String, String)]) -> String {
    let mut own: Vec<&(String, String)> = texts
        .iter()
        .filter(|(k, _)| !k.starts_with("levels."))
        .collect();
    let mut levels: Vec<&(String, String)> = texts
        .iter()
        .filter(|(k, _)| k.starts_with("levels."))
        .collect();
    own.sort();
    levels.sort();
    let joined: Vec<String> = own
        .into_iter()
        .chain(levels)
        .map(|(k, v)| format!("{k}\u{1f}{v}"))
        .collect();
    let digest = Sha256::digest(joined.join("\u{1e}").as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Every English entry with text, in the data's order, found by path.
#[derive(Debug, Default)]
pub struct English {
    pub items: Vec<Item>,
    index: HashMap<String, usize>,
}

impl English {
    pub fn get(&self, path: &str) -> Option<usize> {
        self.index.get(path).copied()
    }

    fn add(&mut self, item: Item) {
        // A path defined twice is a duplicate id, which the English checks report; the first
        // definition is the one matched.
        if !self.index.contains_key(&item.path) {
            self.index.insert(item.path.clone(), self.items.len());
            self.items.push(item);
        }
    }

    /// From the files as parsed: the text exactly as written.
    pub fn from_files(
        recommendations: &[(String, raw::RecommendationsFile)],
        questionnaires: &[(String, raw::QuestionnaireFile)],
    ) -> English {
        let mut english = English::default();
        for (file, f) in recommendations {
            raw_catalogue(&mut english, file, f);
        }
        for (file, f) in questionnaires {
            raw_questionnaire(&mut english, file, f);
        }
        english
    }

    /// From the validated model (its text trimmed): enough to match translations, not to
    /// hash the English.
    pub fn from_model(data: &mut Data) -> English {
        let mut english = English::default();
        walk_model(data, &mut |node| {
            let texts = node
                .texts
                .iter()
                .map(|(k, v)| (k.clone(), (**v).clone()))
                .collect();
            english.add(Item {
                path: node.path,
                spec: node.spec,
                what: node.what,
                file: node.file,
                texts,
                hash: OnceLock::new(),
            });
        });
        english
    }
}

/// The path of an entry of `list` with `key` inside the entry at `parent` ("" for a
/// recommendations file, whose sections are shared by all its files).
pub fn child_path(parent: &str, list: &str, key: &str) -> String {
    if parent.is_empty() {
        format!("{list}[{key}]")
    } else {
        format!("{parent}/{list}[{key}]")
    }
}

/// The path of a questionnaire: its file's name, which its overlay has too.
pub fn questionnaire_path(file: &str) -> String {
    format!("questionnaire[{}]", file_name(file))
}

/// The last part of a path.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// How messages name an entry.
pub fn what(spec: &Spec, key: &str, parent: Option<&str>) -> String {
    let own = format!("{} {key}", spec.name);
    match parent {
        Some(p) => format!("{own} of {p}"),
        None => own,
    }
}

/// The name of a questionnaire in messages: its file's name without `.yaml`.
pub fn questionnaire_name(file: &str) -> &str {
    let name = file_name(file);
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .unwrap_or(name)
}

/// Where an entry stands: its kind, its path and how messages name it. The raw files and the
/// model place their entries alike, so that their paths are the same.
struct Place {
    spec: &'static Spec,
    path: String,
    what: String,
}

impl Place {
    /// An entry of a section of a recommendations file.
    fn section(spec: &'static Spec, key: &str) -> Place {
        let list = spec::CATALOGUE
            .lists
            .iter()
            .find(|(_, s)| std::ptr::eq(*s, spec))
            .map_or("", |(n, _)| n);
        Place {
            spec,
            path: child_path("", list, key),
            what: what(spec, key, None),
        }
    }

    /// A questionnaire, the file.
    fn questionnaire(file: &str) -> Place {
        let spec = &spec::QUESTIONNAIRE;
        Place {
            spec,
            path: questionnaire_path(file),
            what: what(spec, questionnaire_name(file), None),
        }
    }

    /// The entry of kind `spec` in this entry's `list`, with `key`.
    fn child(&self, list: &str, spec: &'static Spec, key: &str) -> Place {
        Place {
            spec,
            path: child_path(&self.path, list, key),
            what: what(spec, key, Some(&self.what)),
        }
    }

    /// The node of the model's entry here, in `file`.
    fn node<'m>(&self, file: &str, texts: Vec<(&str, &'m mut String)>) -> Node<'m> {
        Node {
            path: self.path.clone(),
            spec: self.spec,
            what: self.what.clone(),
            file: file.to_string(),
            texts: texts.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }
}

/// Gathers the items of the raw files.
struct Raw<'e> {
    english: &'e mut English,
    file: &'e str,
}

impl Raw<'_> {
    fn item(&mut self, at: &Place, texts: Vec<(&str, Option<&raw::Text>)>) {
        let texts = texts
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.value.clone())))
            .collect();
        self.english.add(Item {
            path: at.path.clone(),
            spec: at.spec,
            what: at.what.clone(),
            file: self.file.to_string(),
            texts,
            hash: OnceLock::new(),
        });
    }

    /// An entry of a section of a recommendations file.
    fn entry(&mut self, spec: &'static Spec, key: &str, texts: Vec<(&str, Option<&raw::Text>)>) {
        self.item(&Place::section(spec, key), texts);
    }
}

/// The text fields of a titled kind, a part or an area (`spec::TITLED`), in the raw files or the
/// model alike.
fn titled<T>(title: T, name: T, summary: T) -> Vec<(&'static str, T)> {
    vec![("title", title), ("name", name), ("summary", summary)]
}

fn raw_catalogue(english: &mut English, file: &str, f: &raw::RecommendationsFile) {
    let mut raw = Raw { english, file };
    for p in &f.parts {
        let texts = titled(Some(&p.title), p.name.as_ref(), Some(&p.summary));
        raw.entry(&spec::PART, &p.id.value, texts);
    }
    for a in &f.areas {
        let texts = titled(Some(&a.title), a.name.as_ref(), Some(&a.summary));
        raw.entry(&spec::AREA, &a.id.value, texts);
    }
    for s in &f.subthemes {
        let texts = vec![
            ("title", Some(&s.title)),
            ("trend_analysis", Some(&s.trend_analysis)),
        ];
        raw.entry(&spec::SUBTHEME, &s.id.value, texts);
    }
    for t in &f.tags {
        raw.entry(&spec::TAG, &t.id.value, vec![("title", Some(&t.title))]);
    }
    for t in &f.audiences {
        raw.entry(
            &spec::AUDIENCE,
            &t.id.value,
            vec![("title", Some(&t.title))],
        );
    }
    for k in &f.key_recommendations {
        let texts = vec![("title", Some(&k.title)), ("gist", Some(&k.gist))];
        raw.entry(&spec::KEY, &k.id.value, texts);
    }
    for r in &f.resources {
        let texts = vec![("title", Some(&r.title)), ("summary", Some(&r.summary))];
        raw.entry(&spec::RESOURCE, &r.id.value, texts);
    }
    for r in &f.recommendations {
        let texts = vec![
            ("title", Some(&r.title)),
            ("summary", Some(&r.summary)),
            ("first_step", Some(&r.first_step)),
        ];
        raw.entry(&spec::RECOMMENDATION, &r.id.value, texts);
        let parent = Place::section(&spec::RECOMMENDATION, &r.id.value);
        for s in &r.subpoints {
            let at = parent.child("subpoints", &spec::SUBPOINT, &s.id.value);
            let texts = vec![("title", Some(&s.title)), ("summary", Some(&s.summary))];
            raw.item(&at, texts);
        }
    }
    for g in &f.glossary {
        let texts = vec![("term", Some(&g.term)), ("meaning", Some(&g.meaning))];
        raw.entry(&spec::GLOSSARY, &g.term.value, texts);
    }
}

fn raw_questionnaire(english: &mut English, file: &str, f: &raw::QuestionnaireFile) {
    let mut raw = Raw { english, file };
    let root = Place::questionnaire(file);
    let texts = vec![
        ("title", Some(&f.title)),
        ("description", Some(&f.description)),
    ];
    raw.item(&root, texts);
    for l in &f.scale {
        let at = root.child("scale", &spec::SCALE, &l.level.value.to_string());
        let texts = vec![
            ("name", Some(&l.name)),
            ("description", Some(&l.description)),
        ];
        raw.item(&at, texts);
    }
    for p in &f.profile {
        let at = root.child("profile", &spec::PROFILE, &p.id.value);
        raw.item(&at, vec![("question", Some(&p.question))]);
        for o in &p.options {
            let option = at.child("options", &spec::OPTION, &o.id.value);
            raw.item(&option, vec![("label", Some(&o.label))]);
        }
    }
    for (i, r) in f.rules.iter().enumerate() {
        let at = root.child("rules", &spec::RULE, &(i + 1).to_string());
        raw.item(&at, vec![("basis", Some(&r.basis))]);
    }
    for q in &f.questions {
        let at = root.child("questions", &spec::QUESTION, &q.id.value);
        let levels: Vec<(String, &raw::Text)> = q
            .levels
            .value
            .iter()
            .map(|(n, t)| (format!("levels.{n}"), t))
            .collect();
        let mut texts: Vec<(&str, Option<&raw::Text>)> = vec![("text", Some(&q.text))];
        texts.extend(levels.iter().map(|(k, t)| (k.as_str(), Some(*t))));
        raw.item(&at, texts);
    }
}

/// One entry of the model with text of its own, as [`walk_model`] visits it.
pub struct Node<'m> {
    pub path: String,
    pub spec: &'static Spec,
    pub what: String,
    /// The questionnaire's file; empty in the catalogue, whose model keeps no files.
    pub file: String,
    pub texts: Vec<(String, &'m mut String)>,
}

/// Visits every entry of the model with text, with the same paths as [`English::from_files`]:
/// what applying a translation or the pseudo-locale goes through.
pub fn walk_model(data: &mut Data, visit: &mut dyn FnMut(Node<'_>)) {
    walk_catalogue(&mut data.catalogue, visit);
    for q in &mut data.questionnaires {
        walk_questionnaire(q, visit);
    }
}

/// A model entry's key and its text fields, named as in an overlay.
type Fields<'m> = (String, Vec<(&'static str, &'m mut String)>);

/// Visits the entries of one section of the catalogue, each with what `fields` gives of it.
fn walk_section<'m, T>(
    entries: &'m mut [T],
    spec: &'static Spec,
    visit: &mut dyn FnMut(Node<'_>),
    mut fields: impl FnMut(&'m mut T) -> Fields<'m>,
) {
    for entry in entries {
        let (key, texts) = fields(entry);
        visit(Place::section(spec, &key).node("", texts));
    }
}

/// The catalogue's entries, section by section in the order of a recommendations file.
fn walk_catalogue(cat: &mut Catalogue, visit: &mut dyn FnMut(Node<'_>)) {
    walk_section(&mut cat.parts, &spec::PART, visit, |p| {
        (
            p.id.clone(),
            titled(&mut p.title, &mut p.name, &mut p.summary),
        )
    });
    walk_section(&mut cat.areas, &spec::AREA, visit, |a| {
        (
            a.id.clone(),
            titled(&mut a.title, &mut a.name, &mut a.summary),
        )
    });
    walk_section(&mut cat.subthemes, &spec::SUBTHEME, visit, |s| {
        let texts = vec![
            ("title", &mut s.title),
            ("trend_analysis", &mut s.trend_analysis),
        ];
        (s.id.clone(), texts)
    });
    walk_section(&mut cat.tags, &spec::TAG, visit, |t| {
        (t.id.clone(), vec![("title", &mut t.title)])
    });
    walk_section(&mut cat.audiences, &spec::AUDIENCE, visit, |t| {
        (t.id.clone(), vec![("title", &mut t.title)])
    });
    walk_section(&mut cat.key_recommendations, &spec::KEY, visit, |k| {
        (
            k.id.clone(),
            vec![("title", &mut k.title), ("gist", &mut k.gist)],
        )
    });
    walk_section(&mut cat.resources, &spec::RESOURCE, visit, |r| {
        (
            r.id.clone(),
            vec![("title", &mut r.title), ("summary", &mut r.summary)],
        )
    });
    // Sub-points are visited after the glossary, all together: the recommendations' section
    // holds `visit` while their nodes are made.
    let mut subpoints = Vec::new();
    walk_section(
        &mut cat.recommendations,
        &spec::RECOMMENDATION,
        visit,
        |r| {
            let parent = Place::section(&spec::RECOMMENDATION, &r.id);
            for s in &mut r.subpoints {
                let at = parent.child("subpoints", &spec::SUBPOINT, &s.id);
                subpoints.push(at.node(
                    "",
                    vec![("title", &mut s.title), ("summary", &mut s.summary)],
                ));
            }
            let texts = vec![
                ("title", &mut r.title),
                ("summary", &mut r.summary),
                ("first_step", &mut r.first_step),
            ];
            (r.id.clone(), texts)
        },
    );
    walk_section(&mut cat.glossary, &spec::GLOSSARY, visit, |g| {
        (
            g.term.clone(),
            vec![("term", &mut g.term), ("meaning", &mut g.meaning)],
        )
    });
    for node in subpoints {
        visit(node);
    }
}

/// A questionnaire's entries: itself, its scale, its profile questions with their options, its
/// rules and its questions.
fn walk_questionnaire(q: &mut Questionnaire, visit: &mut dyn FnMut(Node<'_>)) {
    let file = q.file.clone();
    let root = Place::questionnaire(&file);
    let texts = vec![("title", &mut q.title), ("description", &mut q.description)];
    visit(root.node(&file, texts));
    for l in &mut q.scale {
        let at = root.child("scale", &spec::SCALE, &l.level.to_string());
        let texts = vec![("name", &mut l.name), ("description", &mut l.description)];
        visit(at.node(&file, texts));
    }
    for p in &mut q.profile {
        let at = root.child("profile", &spec::PROFILE, &p.id);
        visit(at.node(&file, vec![("question", &mut p.question)]));
        for o in &mut p.options {
            let option = at.child("options", &spec::OPTION, &o.id);
            visit(option.node(&file, vec![("label", &mut o.label)]));
        }
    }
    for (i, r) in q.rules.iter_mut().enumerate() {
        let at = root.child("rules", &spec::RULE, &(i + 1).to_string());
        visit(at.node(&file, vec![("basis", &mut r.basis)]));
    }
    for question in &mut q.questions {
        let at = root.child("questions", &spec::QUESTION, &question.id);
        let mut node = at.node(&file, vec![("text", &mut question.text)]);
        // The model keeps one description per level, in the order of the levels (0, 1, ...).
        let levels = question.levels.iter_mut().enumerate();
        node.texts
            .extend(levels.map(|(n, t)| (format!("levels.{n}"), t)));
        visit(node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_skeleton_tool_s() {
        // tools/translation_skeleton.py over {title: Strategy and planning} (the tag strategy).
        let texts = vec![("title".to_string(), "Strategy and planning".to_string())];
        assert_eq!(source_hash(&texts), "3f5f0c38");
        // Own fields sorted by name, then the levels, whatever the order given.
        let a = vec![
            ("text".to_string(), "Q?".to_string()),
            ("levels.1".to_string(), "One".to_string()),
            ("levels.0".to_string(), "None".to_string()),
        ];
        let mut b = a.clone();
        b.reverse();
        assert_eq!(source_hash(&a), source_hash(&b));
        let joined = "text\u{1f}Q?\u{1e}levels.0\u{1f}None\u{1e}levels.1\u{1f}One";
        let want: String = Sha256::digest(joined.as_bytes())[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(source_hash(&a), want);
    }

    #[test]
    fn paths_nest_under_their_parent() {
        assert_eq!(child_path("", "tags", "risk"), "tags[risk]");
        let q = questionnaire_path("data/questionnaires/quick.yaml");
        assert_eq!(q, "questionnaire[quick.yaml]");
        assert_eq!(
            child_path(&q, "scale", "0"),
            "questionnaire[quick.yaml]/scale[0]"
        );
        assert_eq!(questionnaire_name("questionnaires/full.yaml"), "full");
    }
}
