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

/// A kind found by its `id` with `texts`, and nothing more: no levels, no lists inside it, no
/// structure. The kinds with some (or another key) say so over it.
const fn kind(name: &'static str, texts: &'static [Field]) -> Spec {
    Spec {
        name,
        key: Key::Id,
        texts,
        levels: false,
        lists: &[],
        structure: &[],
    }
}

pub static PART: Spec = kind("part", TITLED);

pub static AREA: Spec = Spec {
    structure: &["part", "subtheme"],
    ..kind("area", TITLED)
};

pub static SUBTHEME: Spec = kind(
    "sub-theme",
    &[line("title", TITLE), text("trend_analysis", LONG)],
);

pub static TAG: Spec = kind("tag", &[line("title", TITLE)]);

pub static AUDIENCE: Spec = Spec {
    name: "audience",
    ..TAG
};

pub static KEY: Spec = Spec {
    structure: &["recommendations"],
    ..kind(
        "key recommendation",
        &[line("title", TITLE), text("gist", SUMMARY)],
    )
};

pub static RESOURCE: Spec = Spec {
    structure: &["areas", "recommendations"],
    ..kind(
        "resource",
        &[line("title", TITLE), text("summary", SUMMARY)],
    )
};

pub static SUBPOINT: Spec = kind("sub-point", &[line("title", TITLE), text("summary", STEP)]);

pub static RECOMMENDATION: Spec = Spec {
    lists: &[("subpoints", &SUBPOINT)],
    structure: &["number", "part", "area", "tags", "audience"],
    ..kind(
        "recommendation",
        &[
            line("title", TITLE),
            text("summary", SUMMARY),
            text("first_step", STEP),
        ],
    )
};

// The term's shape is checked as the English term's (capitals); 12 is its longest.
pub static GLOSSARY: Spec = kind("glossary term", &[line(TERM, 12), line("meaning", TITLE)]);

/// The sections of a recommendations file.
pub static CATALOGUE: Spec = Spec {
    key: Key::Root,
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
    ..kind("recommendations file", &[])
};

pub static SCALE: Spec = Spec {
    key: Key::Level,
    ..kind(
        "scale level",
        &[line("name", TITLE), text("description", SHORT)],
    )
};

pub static OPTION: Spec = kind("option", &[line("label", TITLE)]);

pub static PROFILE: Spec = Spec {
    lists: &[("options", &OPTION)],
    ..kind("profile question", &[text("question", SHORT)])
};

pub static RULE: Spec = Spec {
    key: Key::N,
    structure: &["when", "importance", "recommendations"],
    ..kind("rule", &[text("basis", SUMMARY)])
};

pub static QUESTION: Spec = Spec {
    levels: true,
    structure: &["recommendation"],
    ..kind("question", &[text("text", SHORT)])
};

/// A questionnaire file.
pub static QUESTIONNAIRE: Spec = Spec {
    key: Key::Root,
    lists: &[
        ("scale", &SCALE),
        ("profile", &PROFILE),
        ("rules", &RULE),
        ("questions", &QUESTION),
    ],
    structure: &["id", "version", "coverage", "scoring"],
    ..kind(
        "questionnaire",
        &[line("title", TITLE), text("description", SUMMARY)],
    )
};
