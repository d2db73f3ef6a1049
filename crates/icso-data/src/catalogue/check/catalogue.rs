//! The rules on the recommendation files: ids once across files, numbering, the sections and
//! lists that must not be empty, references between parts, areas, sub-themes, tags, audiences
//! and recommendations, parts that agree, and definitions nothing uses.

use super::fields::is_recommendation_id;
use super::input::{Input, Kind, Whole};
use super::{Sink, raw};
use crate::catalogue::raw::Text;
use crate::diagnostics::Code;
use std::collections::{HashMap, HashSet};

/// `duplicate-id`: every id once in its kind, across all files.
pub(super) fn catalogue_ids_once(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    for kind in Kind::ALL {
        // Id -> the file that defined it last: a third definition names the second.
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (path, id) in whole.ids(kind) {
            if let Some(first) = seen.insert(&id.value, path) {
                let (kind, id_) = (kind.name(), &id.value);
                let message = format!(
                    "{kind} \"{id_}\" is defined twice (also in {first}); keep one definition"
                );
                out.at(path, id, message);
            }
        }
    }
}

/// `numbering-gap`: a recommendation's id (R07) matches its number (7).
pub(super) fn recommendation_ids_match_numbers(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    for (path, r) in whole.recommendations() {
        let expected = format!("R{:02}", r.number.value);
        if is_recommendation_id(&r.id.value) && r.id.value != expected {
            out.at(
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
}

/// Items in the order of their numbers (a stable sort: one number keeps file order), each with
/// its file and the number expected next before it: a number above that leaves a gap.
fn in_order<'a, T, N: Ord + Copy>(
    whole: &Whole<'a>,
    section: fn(&'a raw::RecommendationsFile) -> &'a Vec<T>,
    number: fn(&T) -> Option<N>,
    (first, next): (N, fn(N) -> N),
) -> Vec<(&'a str, &'a T, N, N)> {
    let mut numbered: Vec<(&str, &T, N)> = whole
        .each(section)
        .filter_map(|(p, x)| number(x).map(|n| (p, x, n)))
        .collect();
    numbered.sort_by_key(|(_, _, n)| *n);
    let mut expected = first;
    let mut walked = Vec::new();
    for (path, x, n) in numbered {
        walked.push((path, x, n, expected));
        expected = expected.max(next(n));
    }
    walked
}

/// `numbering-gap`: recommendations are numbered 1, 2, 3, ... without gaps.
pub(super) fn recommendation_numbers_without_gaps(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let number = |r: &raw::Recommendation| Some(r.number.value);
    for (path, r, n, expected) in in_order(whole, |f| &f.recommendations, number, (1, |n| n + 1)) {
        let id = &r.id.value;
        if n > expected {
            let missing = if n - expected == 1 {
                format!("number {expected} is missing")
            } else {
                format!("numbers {expected} to {} are missing", n - 1)
            };
            out.at(
                path,
                &r.number,
                format!("recommendation {id} has number {n} but {missing}; recommendations are numbered 1, 2, 3, ... without gaps"),
            );
        } else if n == 0 {
            let message = format!("recommendation {id} has number 0; numbering starts at 1");
            out.at(path, &r.number, message);
        }
    }
}

/// `numbering-gap`: key recommendations are numbered K1, K2, ... without gaps.
pub(super) fn key_numbers_without_gaps(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let number = |k: &raw::KeyRecommendation| k.id.value.get(1..)?.parse::<u32>().ok();
    let keys = in_order(whole, |f| &f.key_recommendations, number, (1, |n| n + 1));
    for (path, k, _, expected) in keys.into_iter().filter(|(_, _, n, e)| n > e) {
        out.at(
            path,
            &k.id,
            format!("key recommendation {} follows K{}; key recommendations are numbered K1, K2, ... without gaps", k.id.value, expected - 1),
        );
    }
}

/// `numbering-gap`: resources are lettered a, b, c, ... without gaps.
pub(super) fn resource_letters_without_gaps(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let letter = |r: &raw::Resource| match r.id.value.as_bytes() {
        [b] if b.is_ascii_lowercase() => Some(*b),
        _ => None,
    };
    let resources = in_order(whole, |f| &f.resources, letter, (b'a', |b| b + 1));
    for (path, r, _, expected) in resources.into_iter().filter(|(_, _, b, e)| b > e) {
        let follows = if expected == b'a' {
            "nothing".to_string()
        } else {
            char::from(expected - 1).to_string()
        };
        out.at(
            path,
            &r.id,
            format!(
                "resource {} follows {follows}; resources are lettered a, b, c, ... without gaps",
                r.id.value
            ),
        );
    }
}

/// `numbering-gap`: the sub-points of recommendation 4 are 4.1, 4.2, ... in order.
pub(super) fn subpoint_numbers(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    for (path, r) in whole.recommendations() {
        let n = r.number.value;
        for (i, s) in r.subpoints.iter().enumerate() {
            let expected = format!("{n}.{}", i + 1);
            if s.id.value != expected {
                out.at(
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
}

/// `missing-section`: there is a questionnaire, and the catalogue defines parts, areas,
/// recommendations and key recommendations.
pub(super) fn sections_present(input: &Input<'_>, out: &mut Sink<'_>) {
    if input.questionnaire_files == 0 {
        out.file(
            "questionnaires/",
            "there is no questionnaire; add at least one file under questionnaires/".to_string(),
        );
    }
    let Some(whole) = &input.whole else { return };
    let first_file = whole
        .files
        .first()
        .map_or("recommendations/", |(p, _)| p.as_str());
    for (what, kind) in [
        ("parts", Kind::Part),
        ("areas", Kind::Area),
        ("recommendations", Kind::Recommendation),
        ("key_recommendations", Kind::Key),
    ] {
        if !whole.has_any(kind) {
            out.file(
                first_file,
                format!(
                    "no file under recommendations/ defines any {what}; add a `{what}:` section"
                ),
            );
        }
    }
}

/// `empty-list`: every key recommendation links to recommendations, and every resource serves
/// areas.
pub(super) fn catalogue_lists_not_empty(input: &Input<'_>, out: &mut Sink<'_>) {
    for (path, f) in input.recommendations {
        for k in &f.key_recommendations {
            if k.recommendations.is_empty() {
                out.at(
                    path,
                    &k.id,
                    format!(
                        "key recommendation {} links to no recommendations; list the detailed recommendations it draws on",
                        k.id.value
                    ),
                );
            }
        }
        for r in f.resources.iter().filter(|r| r.areas.is_empty()) {
            let message = format!(
                "resource {} serves no area; list the areas it helps with",
                r.id.value
            );
            out.at(path, &r.id, message);
        }
    }
}

/// A reference from one item of the catalogue to another, which must be defined.
struct Reference<'a> {
    /// The kind and id of the item that makes it.
    from: (Kind, &'a Text),
    /// How messages say it: "names", "links to", "has".
    verb: &'static str,
    /// The kind of item it names, and the id it names.
    to: (Kind, &'a Text),
}

impl Reference<'_> {
    /// `area tech names part "04" which does not exist`: recommendations are named by their id
    /// alone, and tags and audiences are declared rather than defined.
    fn dangling_message(&self) -> String {
        let ((from, id), (to, name)) = (self.from, self.to);
        let named = match to {
            Kind::Recommendation => name.value.clone(),
            _ => format!("{} \"{}\"", to.name(), name.value),
        };
        let missing = match to {
            Kind::Tag => "is not declared under tags",
            Kind::Audience => "is not declared under audiences",
            _ => "does not exist",
        };
        let (from, id, verb) = (from.name(), &id.value, self.verb);
        format!("{from} {id} {verb} {named} which {missing}")
    }
}

/// The code of a reference to `kind` that names nothing; `None` for kinds nothing names.
fn dangling_code(kind: Kind) -> Option<Code> {
    match kind {
        Kind::Part => Some(Code::DanglingPart),
        Kind::Area => Some(Code::DanglingArea),
        Kind::Subtheme => Some(Code::DanglingSubtheme),
        Kind::Tag => Some(Code::DanglingTag),
        Kind::Audience => Some(Code::DanglingAudience),
        Kind::Recommendation => Some(Code::DanglingRecommendation),
        Kind::Key | Kind::Resource | Kind::Glossary => None,
    }
}

/// The references of one file, as they are gathered.
struct References<'a>(Vec<Reference<'a>>);

impl<'a> References<'a> {
    fn add(
        &mut self,
        from: (Kind, &'a Text),
        verb: &'static str,
        to: Kind,
        names: impl IntoIterator<Item = &'a Text>,
    ) {
        let made = names.into_iter().map(|name| Reference {
            from,
            verb,
            to: (to, name),
        });
        self.0.extend(made);
    }
}

/// Every reference one file makes.
fn references(f: &raw::RecommendationsFile) -> Vec<Reference<'_>> {
    let mut refs = References(Vec::new());
    for a in &f.areas {
        let from = (Kind::Area, &a.id);
        refs.add(from, "names", Kind::Part, [&a.part]);
        refs.add(from, "names", Kind::Subtheme, &a.subtheme);
    }
    for k in &f.key_recommendations {
        let from = (Kind::Key, &k.id);
        refs.add(from, "links to", Kind::Recommendation, &k.recommendations);
    }
    for r in &f.resources {
        let from = (Kind::Resource, &r.id);
        refs.add(from, "names", Kind::Area, &r.areas);
        refs.add(from, "names", Kind::Recommendation, &r.recommendations);
    }
    for r in &f.recommendations {
        let from = (Kind::Recommendation, &r.id);
        refs.add(from, "names", Kind::Part, [&r.part]);
        refs.add(from, "names", Kind::Area, [&r.area]);
        refs.add(from, "has", Kind::Tag, &r.tags);
        refs.add(from, "names", Kind::Audience, &r.audience);
    }
    refs.0
}

/// `dangling-part`, `dangling-area`, `dangling-subtheme`, `dangling-recommendation`,
/// `dangling-tag` and `dangling-audience` within the catalogue: registered once per code, it
/// checks that the references of its code name items that exist.
pub(super) fn references_exist(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let code = Some(out.code);
    for (path, f) in whole.files {
        for reference in references(f) {
            let (kind, name) = reference.to;
            if dangling_code(kind) == code && !whole.defines(kind, &name.value) {
                out.at(path, name, reference.dangling_message());
            }
        }
    }
}

/// `part-mismatch`: areas of part 03, and only they, have a sub-theme; a recommendation's part
/// is its area's part.
pub(super) fn parts_agree(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    for (path, a) in whole.each(|f| &f.areas) {
        let (id, part) = (&a.id.value, &a.part.value);
        match &a.subtheme {
            Some(s) if part != "03" => out.at(
                path,
                s,
                format!("area {id} is in part {part} but has a sub-theme; only areas of part 03 have one"),
            ),
            None if part == "03" => out.at(
                path,
                &a.id,
                format!("area {id} is in part 03 but names no sub-theme; add `subtheme:`"),
            ),
            _ => {}
        }
    }
    // Area -> its part (the last definition, if there are two).
    let area_part: HashMap<&str, &str> = whole
        .each(|f| &f.areas)
        .map(|(_, a)| (a.id.value.as_str(), a.part.value.as_str()))
        .collect();
    for (path, r) in whole.recommendations() {
        let Some(part) = area_part.get(r.area.value.as_str()) else {
            continue;
        };
        if *part != r.part.value {
            out.at(
                path,
                &r.part,
                format!(
                    "recommendation {} is in part {} but its area {} is in part {part}; make them agree",
                    r.id.value, r.part.value, r.area.value
                ),
            );
        }
    }
}

/// `unused-definition`: every declared tag and audience is used by a recommendation, every
/// area has recommendations, and every sub-theme has an area.
pub(super) fn definitions_used(input: &Input<'_>, out: &mut Sink<'_>) {
    let Some(whole) = &input.whole else { return };
    let refs: Vec<Reference> = whole
        .files
        .iter()
        .flat_map(|(_, f)| references(f))
        .collect();
    // What counts as a use of each kind (a resource that names an area does not), and the
    // message for an id nothing uses.
    type Unused = fn(&str) -> String;
    let uses: [(Kind, Kind, Unused); 4] = [
        (Kind::Tag, Kind::Recommendation, |tag| {
            format!("tag \"{tag}\" is declared but no recommendation uses it")
        }),
        (Kind::Audience, Kind::Recommendation, |audience| {
            format!("audience \"{audience}\" is declared but no recommendation uses it")
        }),
        (Kind::Area, Kind::Recommendation, |area| {
            format!("area \"{area}\" has no recommendations")
        }),
        (Kind::Subtheme, Kind::Area, |subtheme| {
            format!("sub-theme \"{subtheme}\" belongs to no area")
        }),
    ];
    for (kind, user, unused) in uses {
        let used: HashSet<&str> = refs
            .iter()
            .filter(|r| r.to.0 == kind && r.from.0 == user)
            .map(|r| r.to.1.value.as_str())
            .collect();
        for (path, id) in whole.ids(kind) {
            if !used.contains(id.value.as_str()) {
                out.at(path, id, unused(&id.value));
            }
        }
    }
}
