//! The paper questionnaire (`template --format html`) as a document: lines for the
//! organisation, respondent and date; the profile questions with a tick box per option; then each
//! area on a printed page of its own, every question with its recommendation, the five anchored
//! level descriptions to tick, "not applicable" and "don't know", and lines for the reason, a
//! note and evidence. For people who answer on paper before anyone types the answers in.

use crate::catalogue::Catalogue;
use crate::catalogue::model::Area;
use crate::document::only::GLOSSARY;
use crate::document::wording::questionnaire as w;
use crate::document::{Block, Document, Inline, Kind, Text, text, trusted};
use crate::questionnaire::{Question, Questionnaire};

/// The whole form.
pub fn build<'a>(cat: &'a Catalogue, q: &'a Questionnaire) -> Document<'a> {
    let areas = by_area(cat, q);
    let mut blocks = vec![header(q, areas.len()), how(), profile(q)];
    let count = areas.len();
    for (n, (area, questions)) in areas.into_iter().enumerate() {
        blocks.push(area_sheet(cat, q, area, &questions, n + 1, count));
    }
    blocks.extend([
        finished(q),
        Block::only(GLOSSARY, vec![Block::Glossary(&cat.glossary)]),
        crate::document::footer(&cat.fingerprint, Inline::Text(w::footer(&q.id, &q.version))),
    ]);
    Document {
        kind: Kind::Questionnaire,
        title: w::title(&q.title),
        blocks,
    }
}

/// The questions of each area, areas in the guide's order and questions in the
/// questionnaire's; a question whose recommendation has no known area comes last, alone.
fn by_area<'a>(
    cat: &'a Catalogue,
    q: &'a Questionnaire,
) -> Vec<(Option<&'a Area>, Vec<&'a Question>)> {
    let mut groups: Vec<(usize, Option<&Area>, Vec<&Question>)> = Vec::new();
    for question in &q.questions {
        let area = cat
            .recommendation(&question.recommendation)
            .and_then(|r| cat.area(&r.area));
        let at = area.map_or(usize::MAX, |a| cat.area_index(&a.id));
        match groups.iter_mut().find(|(i, _, _)| *i == at) {
            Some((_, _, list)) => list.push(question),
            None => groups.push((at, area, vec![question])),
        }
    }
    groups.sort_by_key(|(i, _, _)| *i);
    groups.into_iter().map(|(_, a, list)| (a, list)).collect()
}

/// The title, what the form asks, and lines for who answers when.
fn header<'a>(q: &Questionnaire, areas: usize) -> Block<'a> {
    Block::top(vec![
        Block::Para("kicker", trusted(w::kicker())),
        Block::Title(vec![Inline::Guide(q.title.clone())]),
        Block::Para(
            "place",
            text(w::about(&q.id, &q.version, q.questions.len(), areas)),
        ),
        Block::lines(w::organisation_line(), 1),
        Block::lines(w::respondent_line(), 1),
        Block::lines(w::date_line(), 1),
    ])
}

fn how<'a>() -> Block<'a> {
    Block::div(
        "how",
        vec![
            Block::heading(2, trusted(w::how_heading())),
            Block::list(w::how().iter().map(|l| trusted(*l)).collect()),
        ],
    )
}

/// The profile questions, a tick box per option; nothing when the questionnaire has none.
fn profile<'a>(q: &Questionnaire) -> Block<'a> {
    if q.profile.is_empty() {
        return Block::only(&[], Vec::new());
    }
    let mut blocks = vec![
        Block::heading(2, trusted(w::profile_heading())),
        Block::para(trusted(w::profile_intro())),
    ];
    for p in &q.profile {
        blocks.push(Block::div(
            "profile-question",
            vec![
                Block::Label(vec![Inline::Guide(p.question.clone())]),
                Block::Choices {
                    across: false,
                    items: p
                        .options
                        .iter()
                        .map(|o| vec![Inline::Guide(o.label.clone())])
                        .collect(),
                },
            ],
        ));
    }
    Block::section("profile", blocks)
}

/// One area on a page of its own, with its questions.
fn area_sheet<'a>(
    cat: &Catalogue,
    q: &Questionnaire,
    area: Option<&Area>,
    questions: &[&Question],
    n: usize,
    of: usize,
) -> Block<'a> {
    let mut blocks = Vec::new();
    if let Some(area) = area {
        let part = cat.part(&area.part);
        blocks.push(Block::Para(
            "kicker",
            text(w::area_kicker(
                &area.part,
                part.map_or("", |p| p.name.as_str()),
                n,
                of,
            )),
        ));
        blocks.push(Block::heading(2, vec![Inline::Guide(area.name.clone())]));
    }
    for question in questions {
        blocks.push(question_block(cat, q, question));
    }
    Block::Sheet("area", blocks)
}

/// One question: its recommendation, what it asks, a box per level with what the level looks
/// like for it, "not applicable" and "don't know", and lines for the reason, a note, evidence.
fn question_block<'a>(cat: &Catalogue, q: &Questionnaire, question: &Question) -> Block<'a> {
    let mut heading = vec![
        Inline::Span("id", text(&question.id)),
        Inline::Trusted(" ".into()),
    ];
    if let Some(rec) = cat.recommendation(&question.recommendation) {
        heading.push(Inline::Guide(rec.title.clone()));
    }
    let levels: Vec<Text> = question
        .levels
        .iter()
        .enumerate()
        .map(|(i, description)| {
            let (number, name) = q.scale.get(i).map_or_else(
                || (u8::try_from(i).unwrap_or(u8::MAX), ""),
                |l| (l.level, l.name.as_str()),
            );
            w::level_choice(
                number,
                Inline::Guide(name.to_string()),
                Inline::Guide(description.clone()),
            )
        })
        .collect();
    Block::div(
        "question",
        vec![
            Block::heading(3, heading),
            Block::Para("asked", vec![Inline::Guide(question.text.clone())]),
            Block::Choices {
                across: false,
                items: levels,
            },
            Block::Choices {
                across: true,
                items: vec![
                    trusted(w::not_applicable_box()),
                    trusted(w::dont_know_box()),
                ],
            },
            Block::lines(w::reason_line(), w::REASON_LINES),
            // Side by side on the page, where there is room; one under the other elsewhere.
            Block::div(
                "side-by-side",
                vec![
                    Block::lines(w::note_line(), w::NOTE_LINES),
                    Block::lines(w::evidence_line(), w::EVIDENCE_LINES),
                ],
            ),
        ],
    )
}

/// What to do with the filled form.
fn finished<'a>(q: &Questionnaire) -> Block<'a> {
    let mut blocks = vec![Block::heading(2, trusted(w::finished_heading()))];
    blocks.extend(w::finished(&q.id).into_iter().map(Block::para));
    Block::section("finished", blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::term::Style;
    use crate::render::Format;
    use crate::testing::assert_contains;

    fn render(format: Format) -> String {
        let data = crate::testing::mini();
        let q = data.questionnaire("full").unwrap();
        let mut out = Vec::new();
        crate::render::write_document(
            build(&data.catalogue, q),
            format,
            Style::plain(100),
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_question_has_a_box_per_level_and_lines_to_write_on() {
        let html = render(Format::Html);
        for id in ["R01", "R02"] {
            assert!(
                html.contains(&format!(r#"<span class="id">{id}</span>"#)),
                "{id}"
            );
        }
        // Per question: five levels, n/a and don't know; per profile option one more.
        assert_eq!(html.matches(r#"<span class="tick""#).count(), 2 * 7 + 2);
        assert_eq!(html.matches(r#"<section class="sheet area">"#).count(), 2);
        assert!(html.contains("A full map exists."));
        assert!(!html.contains("<script"));
        let text = render(Format::Plain);
        assert_contains(&text, &["[ ] 3 Established: A full map exists."]);
        let screen = render(Format::Table);
        assert_contains(&screen, &["Organisation ____"]);
        let md = render(Format::Markdown);
        assert_contains(&md, &["- [ ] **0 Not started**: No idea."]);
    }
}
