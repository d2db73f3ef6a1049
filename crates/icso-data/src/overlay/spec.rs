//! What a translation overlay may hold, kind by kind: the key that finds the English entry, the
//! text fields it translates (with the English field's length limit), the lists of entries
//! inside it, and the structural fields of the English entry, which an overlay never carries.
//! `tools/translation_skeleton.py` writes overlays of this shape.

use crate::catalogue::check::fields::{LONG, NAME, SHORT, STEP, SUMMARY, TITLE};

/// How an entry of a list is found in the English data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The whole file (a questionnaire, or the sections of a recommendations file).
    Root,
    /// `id`: most entries; a glossary entry's English term.
    Id,
    /// `level`: scale levels.
    Level,
    /// `n`: entries with neither, such as rules, by position from 1.
    N,
}

impl Key {
    /// The key as written in an overlay.
    pub fn name(self) -> &'static str {
        match self {
            Key::Root => "",
            Key::Id => "id",
            Key::Level => "level",
            Key::N => "n",
        }
    }
}

/// A translatable text field and the rules of the English field it translates.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    /// Most characters.
    pub limit: usize,
    /// Titles, names and labels stay on one line.
    pub single_line: bool,
}

const fn line(name: &'static str, limit: usize) -> Field {
    Field {
        name,
        limit,
        single_line: true,
    }
}

const fn text(name: &'static str, limit: usize) -> Field {
    Field {
        name,
        limit,
        single_line: false,
    }
}

/// One kind of entry.
#[derive(Debug)]
pub struct Spec {
    /// The kind in messages ("sub-point").
    pub name: &'static str,
    pub key: Key,
    pub texts: &'static [Field],
    /// A question's `levels`: one description per scale level, keyed by level.
    pub levels: bool,
    /// Lists of entries inside it, by field name.
    pub lists: &'static [(&'static str, &'static Spec)],
    /// Fields of the English entry that are structure: never in an overlay.
    pub structure: &'static [&'static str],
}

impl Spec {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.texts.iter().find(|f| f.name == name)
    }

    pub fn list(&self, name: &str) -> Option<(&'static str, &'static Spec)> {
        self.lists.iter().find(|(n, _)| *n == name).copied()
    }

    /// The keys an entry of this kind may have, for messages.
    pub fn allowed(&self) -> Vec<&'static str> {
        let mut keys = Vec::new();
        if self.key != Key::Root {
            keys.push(self.key.name());
        }
        if !self.texts.is_empty() {
            keys.push("source");
        }
        keys.extend(self.texts.iter().map(|f| f.name));
        if self.levels {
            keys.push("levels");
        }
        keys.extend(self.lists.iter().map(|(n, _)| *n));
        if !self.texts.is_empty() {
            keys.push("stale");
        }
        keys
    }
}

/// Every structural field name of the data, and every kind's key: in an overlay entry (where
/// the kind's own key is not one of them) these are structure, never a mistyped text field.
pub const STRUCTURE: &[&str] = &[
    "id",
    "level",
    "n",
    "number",
    "part",
    "area",
    "areas",
    "subtheme",
    "tags",
    "audience",
    "recommendations",
    "recommendation",
    "when",
    "is",
    "importance",
    "version",
    "coverage",
    "scoring",
    "default_target",
    "importance_weights",
    "weight",
    "weights",
    "key_weight",
    "bands",
];

/// The limit of a level description (the English's).
pub const LEVEL: Field = text("levels", SHORT);

/// The translated term of a glossary entry: an abbreviation in capitals, as in English.
pub const TERM: &str = "term";

const TITLED: &[Field] = &[
    line("title", TITLE),
    line("name", NAME),
    text("summary", SUMMARY),
];

pub static PART: Spec = Spec {
    name: "part",
    key: Key::Id,
    texts: TITLED,
    levels: false,
    lists: &[],
    structure: &[],
};

pub static AREA: Spec = Spec {
    name: "area",
    key: Key::Id,
    texts: TITLED,
    levels: false,
    lists: &[],
    structure: &["part", "subtheme"],
};

pub static SUBTHEME: Spec = Spec {
    name: "sub-theme",
    key: Key::Id,
    texts: &[line("title", TITLE), text("trend_analysis", LONG)],
    levels: false,
    lists: &[],
    structure: &[],
};

pub static TAG: Spec = Spec {
    name: "tag",
    key: Key::Id,
    texts: &[line("title", TITLE)],
    levels: false,
    lists: &[],
    structure: &[],
};

pub static AUDIENCE: Spec = Spec {
    name: "audience",
    ..TAG
};

pub static KEY: Spec = Spec {
    name: "key recommendation",
    key: Key::Id,
    texts: &[line("title", TITLE), text("gist", SUMMARY)],
    levels: false,
    lists: &[],
    structure: &["recommendations"],
};

pub static RESOURCE: Spec = Spec {
    name: "resource",
    key: Key::Id,
    texts: &[line("title", TITLE), text("summary", SUMMARY)],
    levels: false,
    lists: &[],
    structure: &["areas", "recommendations"],
};

pub static SUBPOINT: Spec = Spec {
    name: "sub-point",
    key: Key::Id,
    texts: &[line("title", TITLE), text("summary", STEP)],
    levels: false,
    lists: &[],
    structure: &[],
};

pub static RECOMMENDATION: Spec = Spec {
    name: "recommendation",
    key: Key::Id,
    texts: &[
        line("title", TITLE),
        text("summary", SUMMARY),
        text("first_step", STEP),
    ],
    levels: false,
    lists: &[("subpoints", &SUBPOINT)],
    structure: &["number", "part", "area", "tags", "audience"],
};

pub static GLOSSARY: Spec = Spec {
    name: "glossary term",
    key: Key::Id,
    // The term's shape is checked as the English term's (capitals); 12 is its longest.
    texts: &[line(TERM, 12), line("meaning", TITLE)],
    levels: false,
    lists: &[],
    structure: &[],
};

/// The sections of a recommendations file.
pub static CATALOGUE: Spec = Spec {
    name: "recommendations file",
    key: Key::Root,
    texts: &[],
    levels: false,
    lists: &[
        ("parts", &PART),
        ("areas", &AREA),
        ("subthemes", &SUBTHEME),
        ("tags", &TAG),
        ("audiences", &AUDIENCE),
        ("key_recommendations", &KEY),
        ("resources", &RESOURCE),
        ("recommendations", &RECOMMENDATION),
        ("glossary", &GLOSSARY),
    ],
    structure: &[],
};

pub static SCALE: Spec = Spec {
    name: "scale level",
    key: Key::Level,
    texts: &[line("name", TITLE), text("description", SHORT)],
    levels: false,
    lists: &[],
    structure: &[],
};

pub static OPTION: Spec = Spec {
    name: "option",
    key: Key::Id,
    texts: &[line("label", TITLE)],
    levels: false,
    lists: &[],
    structure: &[],
};

pub static PROFILE: Spec = Spec {
    name: "profile question",
    key: Key::Id,
    texts: &[text("question", SHORT)],
    levels: false,
    lists: &[("options", &OPTION)],
    structure: &[],
};

pub static RULE: Spec = Spec {
    name: "rule",
    key: Key::N,
    texts: &[text("basis", SUMMARY)],
    levels: false,
    lists: &[],
    structure: &["when", "importance", "recommendations"],
};

pub static QUESTION: Spec = Spec {
    name: "question",
    key: Key::Id,
    texts: &[text("text", SHORT)],
    levels: true,
    lists: &[],
    structure: &["recommendation"],
};

/// A questionnaire file.
pub static QUESTIONNAIRE: Spec = Spec {
    name: "questionnaire",
    key: Key::Root,
    texts: &[line("title", TITLE), text("description", SUMMARY)],
    levels: false,
    lists: &[
        ("scale", &SCALE),
        ("profile", &PROFILE),
        ("rules", &RULE),
        ("questions", &QUESTION),
    ],
    structure: &["id", "version", "coverage", "scoring"],
};
