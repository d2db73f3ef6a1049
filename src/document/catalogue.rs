//! The catalogue's documents: `list` (the recommendations, filtered), `show` (one in full) and
//! the overview bare `icso-assess` prints when it cannot ask questions.

use crate::catalogue::{Catalogue, Data, model::Recommendation};
use crate::document::only::*;
use crate::document::wording::catalogue as w;
use crate::document::{Block, Column, Document, Inline, Kind, Row, Table, cell, text, trusted};

/// "R23  Title": an id and its title two spaces apart, as lists of ids line up.
fn two(id: &str, title: &str) -> Vec<Inline> {
    vec![
        Inline::Text(id.to_string()),
        Inline::Trusted("  ".into()),
        Inline::Text(title.to_string()),
    ]
}

/// A paragraph indented by `indent` on every line.
fn hanging<'a>(indent: &'static str, text: Vec<Inline>) -> Block<'a> {
    Block::Hanging {
        first: indent,
        rest: indent,
        text,
    }
}

fn area_title<'a>(cat: &'a Catalogue, id: &'a str) -> &'a str {
    cat.area(id).map_or(id, |a| a.title.as_str())
}

/// The recommendations as a table: on a terminal (`joined`) part and area share a column, on a
/// page each has its own.
fn table(cat: &Catalogue, recs: &[&Recommendation], joined: bool) -> Table {
    let place = if joined {
        vec![w::part_and_area_column()]
    } else {
        vec![w::part(), w::area()]
    };
    let columns = [vec![w::id(), w::recommendation()], place, vec![w::key()]].concat();
    let rows = recs
        .iter()
        .map(|r| {
            let mut cells = vec![cell(&r.id), cell(&r.title)];
            if joined {
                cells.push(cell(format!("{} {}", r.part, area_title(cat, &r.area))));
            } else {
                cells.extend([cell(&r.part), cell(area_title(cat, &r.area))]);
            }
            cells.push(cell(r.key.join(" ")));
            Row::new(cells)
        })
        .collect();
    Table::new(columns.into_iter().map(Column::new).collect(), rows)
}

/// `list`: a table of the recommendations, or a line each read aloud.
pub fn list<'a>(cat: &Catalogue, recs: &[&Recommendation]) -> Document<'a> {
    let n = recs.len();
    let screen = table(cat, recs, true);
    let mut page = table(cat, recs, false);
    page.compact = true;
    let mut spoken: Vec<Block> = recs
        .iter()
        .map(|r| {
            Block::para(text(w::list_item_spoken(
                &r.id,
                &r.title,
                &r.part,
                area_title(cat, &r.area),
                &r.key,
            )))
        })
        .collect();
    spoken.push(Block::para(trusted(w::count_spoken(n))));
    let count = trusted(w::count(n));
    Document {
        kind: Kind::Catalogue,
        title: w::list_title().into(),
        blocks: vec![
            Block::only(
                TABLE,
                vec![Block::Table(screen), Block::para(count.clone())],
            ),
            Block::only(PLAIN, spoken),
            Block::only(PAGES, vec![Block::Table(page)]),
            Block::only(HTML, vec![Block::para(count)]),
        ],
    }
}

/// `show R23`: one recommendation in full, with its place in the guide, the key recommendations
/// it feeds, the resources that serve it and the questions that ask about it.
pub fn show<'a>(data: &Data, r: &Recommendation) -> Document<'a> {
    let cat = &data.catalogue;
    let hang = |indent: &'static str, s: String| Block::Hanging {
        first: indent,
        rest: indent,
        text: text(s),
    };
    let part = cat.part(&r.part).map_or("", |p| p.title.as_str());
    let area = cat.area(&r.area).map_or("", |a| a.title.as_str());
    let place = match r.subtheme.as_deref().and_then(|s| cat.subtheme(s)) {
        Some(st) => w::subtheme(&st.id, &st.title),
        None => area.to_string(),
    };
    let mut blocks = vec![
        Block::Title(two(&r.id, &r.title)),
        Block::para(text(w::place(r.number, &r.part, part, &place))),
        Block::Blank,
        Block::para(text(&r.summary)),
    ];
    if !r.subpoints.is_empty() {
        blocks.push(Block::heading(2, trusted(w::sub_points())));
        for s in &r.subpoints {
            blocks.push(hang("  ", format!("{} {}", s.id, s.title)));
            blocks.push(hang("       ", s.summary.clone()));
        }
    }
    blocks.push(Block::heading(2, trusted(w::first_step_within_a_month())));
    blocks.push(hang("  ", r.first_step.clone()));
    if !r.key.is_empty() {
        blocks.push(Block::heading(2, trusted(w::feeds_key())));
        for k in r.key.iter().filter_map(|k| cat.key(k)) {
            blocks.push(hanging("  ", two(&k.id, &k.title)));
        }
    }
    let mut facts = Vec::new();
    if !r.tags.is_empty() {
        facts.push(w::tags(&r.tags));
    }
    if !r.audience.is_empty() {
        let names: Vec<&str> = r
            .audience
            .iter()
            .map(|a| {
                cat.audiences
                    .iter()
                    .find(|t| t.id == *a)
                    .map_or(a.as_str(), |t| t.title.as_str())
            })
            .collect();
        facts.push(w::audiences(&names));
    }
    if !facts.is_empty() {
        blocks.push(Block::Blank);
        blocks.extend(facts.into_iter().map(|f| Block::para(text(f))));
    }
    let resources = cat.resources_for(r);
    if !resources.is_empty() {
        blocks.push(Block::heading(2, trusted(w::resources_from_guide())));
        for res in resources {
            blocks.push(hanging("  ", two(&res.id, &res.title)));
        }
    }
    let asked: Vec<_> = data
        .questionnaires
        .iter()
        .filter_map(|q| {
            q.questions
                .iter()
                .find(|x| x.recommendation == r.id)
                .map(|x| (q, x))
        })
        .collect();
    if !asked.is_empty() {
        blocks.push(Block::heading(2, trusted(w::asked_in_heading())));
        for (q, x) in asked {
            blocks.push(hang("  ", w::asked_in(&q.id, &x.id, &x.text)));
        }
    }
    blocks.push(Block::Blank);
    blocks.push(Block::Note("", trusted(w::guide_dated())));
    Document {
        kind: Kind::Catalogue,
        title: format!("{} {}", r.id, r.title),
        blocks,
    }
}

/// The overview: the catalogue at a glance and where to go next.
pub fn overview<'a>(data: &Data) -> Document<'a> {
    let cat = &data.catalogue;
    let hang = |s: String| Block::Hanging {
        first: "    ",
        rest: "    ",
        text: text(s),
    };
    let mut blocks = vec![
        Block::Title(trusted(w::overview_heading())),
        Block::para(trusted(w::overview_intro(
            cat.recommendations.len(),
            cat.parts.len(),
            cat.areas.len(),
            cat.key_recommendations.len(),
        ))),
        Block::Blank,
    ];
    for part in &cat.parts {
        blocks.push(Block::Label(two(&part.id, &part.title)));
        for area in cat.areas.iter().filter(|a| a.part == part.id) {
            let nums: Vec<u32> = cat
                .recommendations
                .iter()
                .filter(|r| r.area == area.id)
                .map(|r| r.number)
                .collect();
            let range = match (nums.first(), nums.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            };
            let label = match &area.subtheme {
                Some(s) => format!("{s} {}", area.title),
                None => area.title.clone(),
            };
            blocks.push(hang(format!("{label} ({range})")));
        }
    }
    blocks.push(Block::heading(2, trusted(w::key_recommendations())));
    for k in &cat.key_recommendations {
        blocks.push(hanging("    ", two(&k.id, &k.title)));
    }
    blocks.push(Block::heading(2, trusted(w::questionnaires())));
    for q in &data.questionnaires {
        blocks.push(hanging(
            "    ",
            two(
                &q.id,
                &w::questionnaire_line(&q.title, q.questions.len(), &q.version),
            ),
        ));
    }
    blocks.push(Block::Blank);
    blocks.push(Block::para(vec![Inline::Trusted(w::next())]));
    Document {
        kind: Kind::Catalogue,
        title: w::OVERVIEW_TITLE.into(),
        blocks,
    }
}
