//! Reading one overlay file into [`Entry`]s, guided by the [`Spec`] of each kind: text fields
//! are read as text with their positions, lists as entries of their kind, and every other key
//! (structure, or a key the kind does not have) is kept with its position for the checks to
//! report, without reading its value. The YAML itself goes through the same bounded parser as
//! the data files (`crate::yaml`).

use super::spec::{self, Key, Spec};
use crate::catalogue::raw::{Located, Text};
use crate::yaml;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One entry of an overlay (or a whole file, for [`Key::Root`]) as written.
#[derive(Debug)]
pub struct Entry {
    pub spec: &'static Spec,
    /// Line and column of its first key (0, 0 for an empty mapping).
    pub at: (u32, u32),
    /// The value of its key (`id`, `level` or `n`), as text.
    pub key: Option<Text>,
    /// The hash of the English it translates.
    pub source: Option<Text>,
    /// `stale: true`: marked by the skeleton tool when the English changed.
    pub stale: Option<Located<bool>>,
    /// The translated texts, by field.
    pub texts: Vec<(&'static spec::Field, Text)>,
    /// A question's translated level descriptions: the level as written, and the text.
    pub levels: Vec<(Text, Text)>,
    /// The entries of its lists, by list name.
    pub lists: Vec<(&'static str, Vec<Entry>)>,
    /// Keys that are structure of the English entry (`weight`, `number`, a rule's `when`), or
    /// another kind's key (`level` where `id` belongs).
    pub structure: Vec<Text>,
    /// Keys this kind of entry does not have at all.
    pub unknown: Vec<Text>,
}

impl Entry {
    /// An entry with nothing in it: a blank overlay file.
    pub fn empty(spec: &'static Spec) -> Self {
        Entry {
            spec,
            at: (0, 0),
            key: None,
            source: None,
            stale: None,
            texts: Vec::new(),
            levels: Vec::new(),
            lists: Vec::new(),
            structure: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Whether it marks itself stale.
    pub fn marked_stale(&self) -> bool {
        self.stale.as_ref().is_some_and(|s| s.value)
    }
}

/// An overlay of a recommendations file.
#[derive(Debug)]
pub struct CatalogueOverlay(pub Entry);

/// An overlay of a questionnaire file.
#[derive(Debug)]
pub struct QuestionnaireOverlay(pub Entry);

impl<'de> serde::Deserialize<'de> for CatalogueOverlay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        EntrySeed(&spec::CATALOGUE)
            .deserialize(d)
            .map(CatalogueOverlay)
    }
}

impl<'de> serde::Deserialize<'de> for QuestionnaireOverlay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        EntrySeed(&spec::QUESTIONNAIRE)
            .deserialize(d)
            .map(QuestionnaireOverlay)
    }
}

/// Whether a file holds nothing but comments, blank lines and document markers: an overlay not
/// begun, which translates nothing (the English data refuses such a file; an overlay may be
/// empty).
pub fn is_blank(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#') || l.trim() == "---")
}

struct EntrySeed(&'static Spec);

impl<'de> DeserializeSeed<'de> for EntrySeed {
    type Value = Entry;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Entry, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EntrySeed {
    type Value = Entry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.key {
            Key::Root => write!(f, "a mapping of the {}'s translated fields", self.0.name),
            key => write!(
                f,
                "a {} entry: a mapping with its `{}` and translated fields",
                self.0.name,
                key.name()
            ),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
        let spec = self.0;
        let mut entry = Entry::empty(spec);
        let mut first = true;
        while let Some(key) = map.next_key::<Text>()? {
            if first {
                entry.at = yaml::position(&key.0);
                first = false;
            }
            let name = key.value.as_str();
            if spec.key != Key::Root && name == spec.key.name() {
                entry.key = Some(map.next_value()?);
            } else if name == "source" && !spec.texts.is_empty() {
                entry.source = Some(map.next_value()?);
            } else if name == "stale" && !spec.texts.is_empty() {
                entry.stale = Some(map.next_value()?);
            } else if let Some(field) = spec.field(name) {
                entry.texts.push((field, map.next_value()?));
            } else if spec.levels && name == "levels" {
                entry.levels = map.next_value_seed(LevelsSeed)?;
            } else if let Some((list, kind)) = spec.list(name) {
                entry
                    .lists
                    .push((list, map.next_value_seed(ListSeed(kind))?));
            } else if spec.structure.contains(&name) || spec::STRUCTURE.contains(&name) {
                map.next_value::<IgnoredAny>()?;
                entry.structure.push(key);
            } else {
                map.next_value::<IgnoredAny>()?;
                entry.unknown.push(key);
            }
        }
        Ok(entry)
    }
}

struct ListSeed(&'static Spec);

impl<'de> DeserializeSeed<'de> for ListSeed {
    type Value = Vec<Entry>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Entry>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ListSeed {
    type Value = Vec<Entry>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list of {} entries", self.0.name)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Entry>, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = seq.next_element_seed(EntrySeed(self.0))? {
            entries.push(entry);
        }
        Ok(entries)
    }
}

struct LevelsSeed;

impl<'de> DeserializeSeed<'de> for LevelsSeed {
    type Value = Vec<(Text, Text)>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LevelsSeed {
    type Value = Vec<(Text, Text)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping of scale levels to their translated descriptions")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut levels = Vec::new();
        while let Some(level) = map.next_key::<Text>()? {
            levels.push((level, map.next_value()?));
        }
        Ok(levels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::YamlErrorKind;

    fn entries<'e>(e: &'e Entry, list: &str) -> &'e [Entry] {
        e.lists
            .iter()
            .find(|(n, _)| *n == list)
            .map_or(&[], |(_, l)| l.as_slice())
    }

    #[test]
    fn an_overlay_reads_with_positions() {
        let text = "recommendations:\n- id: R01\n  source: 'abcd1234'\n  title: Cartographier\n  subpoints:\n  - id: '1.1'\n    title: Bureaux\n";
        let CatalogueOverlay(root) = yaml::parse(text).unwrap();
        let recs = entries(&root, "recommendations");
        assert_eq!(recs.len(), 1);
        let r = &recs[0];
        assert_eq!(r.at, (2, 3));
        assert_eq!(r.key.as_ref().unwrap().value, "R01");
        assert_eq!(r.source.as_ref().unwrap().value, "abcd1234");
        assert_eq!(r.texts[0].0.name, "title");
        assert_eq!(yaml::position(&r.texts[0].1.0), (4, 10));
        assert_eq!(
            entries(r, "subpoints")[0].key.as_ref().unwrap().value,
            "1.1"
        );
    }

    #[test]
    fn structure_and_unknown_keys_are_kept_with_their_position() {
        let text = "scale:\n- level: 0\n  name: Rien\n  weight: 3\nrules:\n- n: 1\n  when: {question: a, is: [b]}\n  basis: Parce que.\n  titel: x\nquestions:\n- id: R01\n  levels: {'0': Non, 1: Un peu}\n";
        let QuestionnaireOverlay(root) = yaml::parse(text).unwrap();
        let scale = &entries(&root, "scale")[0];
        assert_eq!(scale.key.as_ref().unwrap().value, "0");
        // Weights are structure wherever they are written.
        assert_eq!(scale.structure[0].value, "weight");
        let rule = &entries(&root, "rules")[0];
        assert_eq!(rule.structure[0].value, "when");
        assert_eq!(yaml::position(&rule.structure[0].0), (7, 3));
        assert_eq!(rule.unknown[0].value, "titel");
        let q = &entries(&root, "questions")[0];
        let levels: Vec<(&str, &str)> = q
            .levels
            .iter()
            .map(|(l, t)| (l.value.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(levels, [("0", "Non"), ("1", "Un peu")]);
    }

    #[test]
    fn hostile_overlays_hit_the_parser_s_limits_and_rules() {
        let bomb = format!("tags:\n- &a {{id: x, title: y}}\n{}", "- *a\n".repeat(30));
        let err = yaml::parse::<CatalogueOverlay>(&bomb).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Limits, "{err:?}");
        let deep = format!("tags: {}{}", "[".repeat(200), "]".repeat(200));
        let err = yaml::parse::<CatalogueOverlay>(&deep).unwrap_err();
        assert_ne!(err.kind, YamlErrorKind::Syntax, "{err:?}");
        let tab = "tags:\n\t- id: x\n";
        assert!(yaml::parse::<CatalogueOverlay>(tab).is_err());
        let twice = "tags:\n- id: x\n  title: a\n  title: b\n";
        let err = yaml::parse::<CatalogueOverlay>(twice).unwrap_err();
        assert_eq!(err.line, Some(4), "{err:?}");
        let not_a_list = "tags: strategy\n";
        let err = yaml::parse::<CatalogueOverlay>(not_a_list).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Schema, "{err:?}");
        let not_text = "title: {a: b}\n";
        let err = yaml::parse::<QuestionnaireOverlay>(not_text).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Schema, "{err:?}");
    }

    #[test]
    fn blank_files_are_overlays_not_begun() {
        assert!(is_blank("# fr overlay\n\n---\n"));
        assert!(!is_blank("tags: []\n"));
    }
}
