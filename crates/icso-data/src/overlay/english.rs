//! The English side of a translation: every entry of the data that has text of its own, with the
//! path that finds it (`recommendations[R01]/subpoints[1.1]`), its text fields and the file it
//! is in. Built from the files as parsed (for `validate`, whose hashes are over the text as
//! written) or from the validated model (for commands, which only match and apply). The same
//! paths name the model's entries when a translation is applied ([`walk_model`]).

use super::spec::{self, Spec};
use crate::catalogue::Data;
use crate::catalogue::raw;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

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
}

impl Item {
    /// The hash a translation of it names as its `source`: the first 8 hex digits of SHA-256
    /// over its own text fields sorted by name, then its levels sorted as `levels.N`, each as
    /// NAME U+001F TEXT, joined by U+001E (as `tools/translation_skeleton.py` computes it).
    pub fn hash(&self) -> String {
        source_hash(&self.texts)
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

/// Gathers the items of the raw files.
struct Raw<'e> {
    english: &'e mut English,
    file: &'e str,
}

impl Raw<'_> {
    fn item(
        &mut self,
        spec: &'static Spec,
        path: String,
        what: String,
        texts: Vec<(&str, Option<&raw::Text>)>,
    ) {
        let texts = texts
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.value.clone())))
            .collect();
        self.english.add(Item {
            path,
            spec,
            what,
            file: self.file.to_string(),
            texts,
        });
    }

    /// An entry of a section of a recommendations file.
    fn entry(&mut self, spec: &'static Spec, key: &str, texts: Vec<(&str, Option<&raw::Text>)>) {
        let list = spec::CATALOGUE
            .lists
            .iter()
            .find(|(_, s)| std::ptr::eq(*s, spec))
            .map_or("", |(n, _)| n);
        let path = child_path("", list, key);
        self.item(spec, path, what(spec, key, None), texts);
    }
}

fn raw_catalogue(english: &mut English, file: &str, f: &raw::RecommendationsFile) {
    let mut raw = Raw { english, file };
    for p in &f.parts {
        let texts = vec![
            ("title", Some(&p.title)),
            ("name", p.name.as_ref()),
            ("summary", Some(&p.summary)),
        ];
        raw.entry(&spec::PART, &p.id.value, texts);
    }
    for a in &f.areas {
        let texts = vec![
            ("title", Some(&a.title)),
            ("name", a.name.as_ref()),
            ("summary", Some(&a.summary)),
        ];
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
        let parent = child_path("", "recommendations", &r.id.value);
        let parent_what = what(&spec::RECOMMENDATION, &r.id.value, None);
        for s in &r.subpoints {
            let path = child_path(&parent, "subpoints", &s.id.value);
            let what = what(&spec::SUBPOINT, &s.id.value, Some(&parent_what));
            let texts = vec![("title", Some(&s.title)), ("summary", Some(&s.summary))];
            raw.item(&spec::SUBPOINT, path, what, texts);
        }
    }
    for g in &f.glossary {
        let texts = vec![("term", Some(&g.term)), ("meaning", Some(&g.meaning))];
        raw.entry(&spec::GLOSSARY, &g.term.value, texts);
    }
}

fn raw_questionnaire(english: &mut English, file: &str, f: &raw::QuestionnaireFile) {
    let mut raw = Raw { english, file };
    let root = questionnaire_path(file);
    let root_what = what(&spec::QUESTIONNAIRE, questionnaire_name(file), None);
    let texts = vec![
        ("title", Some(&f.title)),
        ("description", Some(&f.description)),
    ];
    raw.item(&spec::QUESTIONNAIRE, root.clone(), root_what.clone(), texts);
    let child = |list: &str, spec: &Spec, key: &str, parent: (&str, &str)| {
        (
            child_path(parent.0, list, key),
            what(spec, key, Some(parent.1)),
        )
    };
    for l in &f.scale {
        let key = l.level.value.to_string();
        let (path, what) = child("scale", &spec::SCALE, &key, (&root, &root_what));
        let texts = vec![
            ("name", Some(&l.name)),
            ("description", Some(&l.description)),
        ];
        raw.item(&spec::SCALE, path, what, texts);
    }
    for p in &f.profile {
        let (path, what) = child("profile", &spec::PROFILE, &p.id.value, (&root, &root_what));
        raw.item(
            &spec::PROFILE,
            path.clone(),
            what.clone(),
            vec![("question", Some(&p.question))],
        );
        for o in &p.options {
            let (path, what) = child("options", &spec::OPTION, &o.id.value, (&path, &what));
            raw.item(&spec::OPTION, path, what, vec![("label", Some(&o.label))]);
        }
    }
    for (i, r) in f.rules.iter().enumerate() {
        let key = (i + 1).to_string();
        let (path, what) = child("rules", &spec::RULE, &key, (&root, &root_what));
        raw.item(&spec::RULE, path, what, vec![("basis", Some(&r.basis))]);
    }
    for q in &f.questions {
        let (path, what) = child(
            "questions",
            &spec::QUESTION,
            &q.id.value,
            (&root, &root_what),
        );
        let levels: Vec<(String, &raw::Text)> = q
            .levels
            .value
            .iter()
            .map(|(n, t)| (format!("levels.{n}"), t))
            .collect();
        let mut texts: Vec<(&str, Option<&raw::Text>)> = vec![("text", Some(&q.text))];
        texts.extend(levels.iter().map(|(k, t)| (k.as_str(), Some(*t))));
        raw.item(&spec::QUESTION, path, what, texts);
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

/// The node of an entry of a section of the catalogue.
fn section_node<'m>(
    spec: &'static Spec,
    key: &str,
    texts: Vec<(&str, &'m mut String)>,
) -> Node<'m> {
    let list = spec::CATALOGUE
        .lists
        .iter()
        .find(|(_, s)| std::ptr::eq(*s, spec))
        .map_or("", |(n, _)| n);
    Node {
        path: child_path("", list, key),
        spec,
        what: what(spec, key, None),
        file: String::new(),
        texts: texts.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    }
}

/// Visits every entry of the model with text, with the same paths as [`English::from_files`]:
/// what applying a translation or the pseudo-locale goes through.
pub fn walk_model(data: &mut Data, visit: &mut dyn FnMut(Node<'_>)) {
    let cat = &mut data.catalogue;
    let mut entry = |spec: &'static Spec, key: &str, texts: Vec<(&str, &mut String)>| {
        visit(section_node(spec, key, texts));
    };
    for p in &mut cat.parts {
        let key = p.id.clone();
        let texts = vec![
            ("title", &mut p.title),
            ("name", &mut p.name),
            ("summary", &mut p.summary),
        ];
        entry(&spec::PART, &key, texts);
    }
    for a in &mut cat.areas {
        let key = a.id.clone();
        let texts = vec![
            ("title", &mut a.title),
            ("name", &mut a.name),
            ("summary", &mut a.summary),
        ];
        entry(&spec::AREA, &key, texts);
    }
    for s in &mut cat.subthemes {
        let key = s.id.clone();
        let texts = vec![
            ("title", &mut s.title),
            ("trend_analysis", &mut s.trend_analysis),
        ];
        entry(&spec::SUBTHEME, &key, texts);
    }
    for t in &mut cat.tags {
        let key = t.id.clone();
        entry(&spec::TAG, &key, vec![("title", &mut t.title)]);
    }
    for t in &mut cat.audiences {
        let key = t.id.clone();
        entry(&spec::AUDIENCE, &key, vec![("title", &mut t.title)]);
    }
    for k in &mut cat.key_recommendations {
        let key = k.id.clone();
        let texts = vec![("title", &mut k.title), ("gist", &mut k.gist)];
        entry(&spec::KEY, &key, texts);
    }
    for r in &mut cat.resources {
        let key = r.id.clone();
        let texts = vec![("title", &mut r.title), ("summary", &mut r.summary)];
        entry(&spec::RESOURCE, &key, texts);
    }
    // Sub-points are visited after their recommendations, all together (`entry` holds
    // `visit` until then).
    let mut subpoints = Vec::new();
    for r in &mut cat.recommendations {
        let key = r.id.clone();
        let texts = vec![
            ("title", &mut r.title),
            ("summary", &mut r.summary),
            ("first_step", &mut r.first_step),
        ];
        entry(&spec::RECOMMENDATION, &key, texts);
        let parent = child_path("", "recommendations", &key);
        let parent_what = what(&spec::RECOMMENDATION, &key, None);
        for s in &mut r.subpoints {
            let sub = s.id.clone();
            let mut node = section_node(
                &spec::SUBPOINT,
                &sub,
                vec![("title", &mut s.title), ("summary", &mut s.summary)],
            );
            node.path = child_path(&parent, "subpoints", &sub);
            node.what = what(&spec::SUBPOINT, &sub, Some(&parent_what));
            subpoints.push(node);
        }
    }
    for g in &mut cat.glossary {
        let key = g.term.clone();
        let texts = vec![("term", &mut g.term), ("meaning", &mut g.meaning)];
        entry(&spec::GLOSSARY, &key, texts);
    }
    for node in subpoints {
        visit(node);
    }
    for q in &mut data.questionnaires {
        let root = questionnaire_path(&q.file);
        let root_what = what(&spec::QUESTIONNAIRE, questionnaire_name(&q.file), None);
        let file = q.file.clone();
        let mut node = |spec: &'static Spec, path: String, what: String, texts| {
            visit(Node {
                path,
                spec,
                what,
                file: file.clone(),
                texts,
            });
        };
        node(
            &spec::QUESTIONNAIRE,
            root.clone(),
            root_what.clone(),
            vec![
                ("title".to_string(), &mut q.title),
                ("description".to_string(), &mut q.description),
            ],
        );
        for l in &mut q.scale {
            let key = l.level.to_string();
            node(
                &spec::SCALE,
                child_path(&root, "scale", &key),
                what(&spec::SCALE, &key, Some(&root_what)),
                vec![
                    ("name".to_string(), &mut l.name),
                    ("description".to_string(), &mut l.description),
                ],
            );
        }
        for p in &mut q.profile {
            let path = child_path(&root, "profile", &p.id);
            let p_what = what(&spec::PROFILE, &p.id, Some(&root_what));
            node(
                &spec::PROFILE,
                path.clone(),
                p_what.clone(),
                vec![("question".to_string(), &mut p.question)],
            );
            for o in &mut p.options {
                node(
                    &spec::OPTION,
                    child_path(&path, "options", &o.id),
                    what(&spec::OPTION, &o.id, Some(&p_what)),
                    vec![("label".to_string(), &mut o.label)],
                );
            }
        }
        for (i, r) in q.rules.iter_mut().enumerate() {
            let key = (i + 1).to_string();
            node(
                &spec::RULE,
                child_path(&root, "rules", &key),
                what(&spec::RULE, &key, Some(&root_what)),
                vec![("basis".to_string(), &mut r.basis)],
            );
        }
        for question in &mut q.questions {
            let mut texts = vec![("text".to_string(), &mut question.text)];
            // The model keeps one description per level, in the order of the levels (0, 1, ...).
            texts.extend(
                question
                    .levels
                    .iter_mut()
                    .enumerate()
                    .map(|(n, t)| (format!("levels.{n}"), t)),
            );
            node(
                &spec::QUESTION,
                child_path(&root, "questions", &question.id),
                what(&spec::QUESTION, &question.id, Some(&root_what)),
                texts,
            );
        }
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
