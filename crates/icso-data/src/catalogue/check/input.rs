//! What the rules read: the files that parsed, and what is derived from them once for all rules
//! (every text field and id, and the catalogue's definitions across files).

use super::Translations;
use super::fields::{self, IdField, TextField};
use crate::catalogue::raw::{self, Text};
use crate::overlay::ParsedLanguage;
use std::collections::{BTreeMap, HashSet};

/// The files that parsed, by the path users see.
pub(super) struct Parsed {
    pub recommendations: Vec<(String, raw::RecommendationsFile)>,
    pub questionnaires: Vec<(String, raw::QuestionnaireFile)>,
    /// Whether no recommendations file failed to parse.
    pub every_recommendation_file: bool,
    /// The translation overlays that parsed, by language.
    pub languages: Vec<ParsedLanguage>,
}

/// What every rule sees.
pub(super) struct Input<'a> {
    /// The recommendations files that parsed: the rules within one file look at these.
    pub recommendations: &'a [(String, raw::RecommendationsFile)],
    pub questionnaires: &'a [(String, raw::QuestionnaireFile)],
    /// How many questionnaire files there are, parsed or not.
    pub questionnaire_files: usize,
    /// The catalogue across its files, when every one of them parsed: references into a file
    /// that did not would all look dangling, so the rules across files wait for syntax fixes.
    pub whole: Option<Whole<'a>>,
    /// Every text of every file, with its limits.
    pub texts: Vec<TextField<'a>>,
    /// Every id of every file, with its shape.
    pub ids: Vec<IdField<'a>>,
    /// The translation overlays, matched with the English.
    pub translations: Translations<'a>,
}

impl<'a> Input<'a> {
    pub fn new(
        parsed: &'a Parsed,
        questionnaire_files: usize,
        translations: Translations<'a>,
    ) -> Self {
        let mut found = fields::Fields::default();
        for (path, f) in &parsed.recommendations {
            found.catalogue_file(path, f);
        }
        for (path, f) in &parsed.questionnaires {
            found.questionnaire_file(path, f);
        }
        Input {
            recommendations: &parsed.recommendations,
            questionnaires: &parsed.questionnaires,
            questionnaire_files,
            whole: parsed
                .every_recommendation_file
                .then(|| Whole::new(&parsed.recommendations)),
            texts: found.texts,
            ids: found.ids,
            translations,
        }
    }

    /// Only translations, for their rules alone: what commands check before they apply one.
    pub fn translations_only(translations: Translations<'a>) -> Self {
        Input {
            recommendations: &[],
            questionnaires: &[],
            questionnaire_files: 0,
            whole: None,
            texts: Vec::new(),
            ids: Vec::new(),
            translations,
        }
    }
}

/// The kinds of item the recommendation files define, each with an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Part,
    Area,
    Subtheme,
    Tag,
    Audience,
    Key,
    Resource,
    Recommendation,
    Glossary,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Part,
        Kind::Area,
        Kind::Subtheme,
        Kind::Tag,
        Kind::Audience,
        Kind::Key,
        Kind::Resource,
        Kind::Recommendation,
        Kind::Glossary,
    ];

    /// The kind in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Part => "part",
            Kind::Area => "area",
            Kind::Subtheme => "sub-theme",
            Kind::Tag => "tag",
            Kind::Audience => "audience",
            Kind::Key => "key recommendation",
            Kind::Resource => "resource",
            Kind::Recommendation => "recommendation",
            Kind::Glossary => "glossary term",
        }
    }

    /// The ids of this kind that one file defines, in file order.
    fn ids(self, f: &raw::RecommendationsFile) -> Vec<&Text> {
        match self {
            Kind::Part => f.parts.iter().map(|x| &x.id).collect(),
            Kind::Area => f.areas.iter().map(|x| &x.id).collect(),
            Kind::Subtheme => f.subthemes.iter().map(|x| &x.id).collect(),
            Kind::Tag => f.tags.iter().map(|x| &x.id).collect(),
            Kind::Audience => f.audiences.iter().map(|x| &x.id).collect(),
            Kind::Key => f.key_recommendations.iter().map(|x| &x.id).collect(),
            Kind::Resource => f.resources.iter().map(|x| &x.id).collect(),
            Kind::Recommendation => f.recommendations.iter().map(|x| &x.id).collect(),
            Kind::Glossary => f.glossary.iter().map(|x| &x.term).collect(),
        }
    }
}

/// The catalogue across its files.
pub(super) struct Whole<'a> {
    pub files: &'a [(String, raw::RecommendationsFile)],
    /// The ids defined, by [`Kind`] (in the order of [`Kind::ALL`]).
    defined: Vec<HashSet<&'a str>>,
    /// Recommendation id -> its area (the last definition, if there are two).
    pub recommendations: BTreeMap<&'a str, &'a str>,
    /// Key recommendation id -> the recommendations it links to.
    pub keys: BTreeMap<&'a str, Vec<&'a str>>,
    /// Area ids in file order.
    pub area_list: Vec<&'a str>,
}

impl<'a> Whole<'a> {
    fn new(files: &'a [(String, raw::RecommendationsFile)]) -> Self {
        let mut whole = Whole {
            files,
            defined: Vec::new(),
            recommendations: BTreeMap::new(),
            keys: BTreeMap::new(),
            area_list: Vec::new(),
        };
        whole.defined = Kind::ALL
            .iter()
            .map(|kind| whole.ids(*kind).map(|(_, id)| id.value.as_str()).collect())
            .collect();
        for r in whole.each(|f| &f.recommendations).map(|(_, r)| r) {
            whole.recommendations.insert(&r.id.value, &r.area.value);
        }
        for k in whole.each(|f| &f.key_recommendations).map(|(_, k)| k) {
            let links = k.recommendations.iter().map(|r| r.value.as_str());
            whole.keys.insert(&k.id.value, links.collect());
        }
        whole.area_list = whole
            .ids(Kind::Area)
            .map(|(_, id)| id.value.as_str())
            .collect();
        whole
    }

    /// Whether an item of `kind` with this id is defined.
    pub fn defines(&self, kind: Kind, id: &str) -> bool {
        self.defined[kind as usize].contains(id)
    }

    /// Whether any item of `kind` is defined.
    pub fn has_any(&self, kind: Kind) -> bool {
        !self.defined[kind as usize].is_empty()
    }

    /// The ids of `kind`, each with the file that defines it, in file order.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = (&'a str, &'a Text)> + use<'a> {
        self.files
            .iter()
            .flat_map(move |(p, f)| kind.ids(f).into_iter().map(move |id| (p.as_str(), id)))
    }

    /// The items of one section of every file, each with its file, in file order.
    pub fn each<T: 'a>(
        &self,
        section: fn(&'a raw::RecommendationsFile) -> &'a Vec<T>,
    ) -> impl Iterator<Item = (&'a str, &'a T)> + use<'a, T> {
        self.files
            .iter()
            .flat_map(move |(p, f)| section(f).iter().map(move |x| (p.as_str(), x)))
    }

    /// Every recommendation with its file.
    pub fn recommendations(
        &self,
    ) -> impl Iterator<Item = (&'a str, &'a raw::Recommendation)> + use<'a> {
        self.each(|f| &f.recommendations)
    }
}
