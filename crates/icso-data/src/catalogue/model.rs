//! The validated catalogue: the guide's parts, areas, sub-themes, recommendations, key
//! recommendations and resources, with every reference known to resolve.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Part {
    pub id: String,
    pub title: String,
    /// What readers call it: the data's `name`, else the title.
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub part: String,
    pub title: String,
    /// What readers call it: the data's `name`, else the title.
    pub name: String,
    pub summary: String,
    pub subtheme: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subtheme {
    pub id: String,
    pub title: String,
    pub trend_analysis: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: String,
    pub meaning: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyRecommendation {
    pub id: String,
    pub title: String,
    pub gist: String,
    pub recommendations: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub areas: Vec<String>,
    pub recommendations: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subpoint {
    pub id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub summary: String,
    pub part: String,
    pub area: String,
    /// The sub-theme of its area, for part 03.
    pub subtheme: Option<String>,
    pub subpoints: Vec<Subpoint>,
    pub tags: Vec<String>,
    pub audience: Vec<String>,
    pub first_step: String,
    /// Key recommendations that draw on this one, derived from their links.
    pub key: Vec<String>,
}

/// The whole guide as data. Lists are in the guide's order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalogue {
    pub parts: Vec<Part>,
    pub areas: Vec<Area>,
    pub subthemes: Vec<Subtheme>,
    pub tags: Vec<Term>,
    pub audiences: Vec<Term>,
    pub key_recommendations: Vec<KeyRecommendation>,
    pub resources: Vec<Resource>,
    pub recommendations: Vec<Recommendation>,
    /// Abbreviations and what they stand for, in the data's order.
    pub glossary: Vec<GlossaryEntry>,
    /// A short hash of the data files, so reports made from different catalogues can be told apart.
    pub fingerprint: String,
}

/// Methods that give one text field of the entry with an id, or "" when there is none: the
/// reports show an empty title rather than fail on an id the catalogue lacks.
macro_rules! text_by_id {
    ($($(#[$doc:meta])* $name:ident: $find:ident . $field:ident;)*) => {$(
        $(#[$doc])*
        pub fn $name(&self, id: &str) -> &str {
            self.$find(id).map_or("", |e| e.$field.as_str())
        }
    )*};
}

impl Catalogue {
    find_by_id! {
        recommendation: recommendations -> Recommendation;
        area: areas -> Area;
        part: parts -> Part;
        subtheme: subthemes -> Subtheme;
        key: key_recommendations -> KeyRecommendation;
    }

    text_by_id! {
        /// The guide's title for a part.
        part_title: part.title;
        /// The part as readers call it ("Sector collaboration").
        part_name: part.name;
        /// The guide's title for an area.
        area_title: area.title;
        /// The area as readers call it ("Belt and Road finance").
        area_name: area.name;
        /// The guide's title for a recommendation.
        recommendation_title: recommendation.title;
        /// The guide's title for a key recommendation.
        key_title: key.title;
    }

    /// Position of an area in the guide's order, for sorting.
    pub fn area_index(&self, id: &str) -> usize {
        self.areas
            .iter()
            .position(|a| a.id == id)
            .unwrap_or(usize::MAX)
    }

    /// Resources that serve an area.
    pub fn resources_for_area<'a>(&'a self, area: &'a str) -> impl Iterator<Item = &'a Resource> {
        self.resources
            .iter()
            .filter(move |r| r.areas.iter().any(|a| a == area))
    }

    /// Resources that serve a recommendation, directly or through its area.
    pub fn resources_for(&self, rec: &Recommendation) -> Vec<&Resource> {
        self.resources
            .iter()
            .filter(|r| r.recommendations.contains(&rec.id) || r.areas.contains(&rec.area))
            .collect()
    }

    /// Find a recommendation by id (`R23`, `r23`) or guide number (`23`).
    pub fn lookup(&self, query: &str) -> Option<&Recommendation> {
        let q = query.trim();
        if let Ok(n) = q.parse::<u32>() {
            return self.recommendations.iter().find(|r| r.number == n);
        }
        self.recommendations
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(q))
    }
}
