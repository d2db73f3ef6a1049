//! The workshop pack (`workshop pack`) as a document: what a facilitator prints for a group
//! that agrees one position from its members' answers. The agenda and an overview; a printed
//! page per disagreement (the recommendation, what each level looks like, how many chose it,
//! the notes left, and room to tick the agreed level and write why); the questions that agree,
//! to confirm at a glance; the combined top priorities with the guide's first steps as prompts;
//! and room for the next steps. Anonymous unless asked: counts and notes, never whose they are.

use crate::analysis::aggregate::agenda::Agenda;
use crate::analysis::aggregate::{QuestionStats, Respondent, Summary};
use crate::analysis::scoring::{Band, Item as Scored};
use crate::answers::{Answer, State};
use crate::document::only::GLOSSARY;
use crate::document::wording::workshop as w;
use crate::document::{
    Block, Cell, Document, Inline, Item, Kind, Row, Table, Text, guide, level, masthead,
    or_unnamed, text, trusted,
};
use crate::report::Report;

/// How many notes a disagreement's sheet quotes, so that it stays one printed page.
pub const NOTES_SHOWN: usize = 8;

/// What the pack is made from: the combined answers as a report (scored, with the catalogue and
/// questionnaire), the aggregate's summary, the agenda at the spread asked for, and whether
/// respondents are named.
#[derive(Debug)]
pub struct Pack<'a> {
    pub report: Report<'a>,
    pub summary: &'a Summary,
    pub agenda: Agenda,
    pub named: bool,
}

/// The whole pack.
pub fn build<'a>(p: &'a Pack<'a>) -> Document<'a> {
    let of = p.agenda.discuss.len();
    let mut blocks = vec![header(p), agenda(p), overview(p)];
    for (n, &at) in p.agenda.discuss.iter().enumerate() {
        blocks.push(sheet(p, &p.summary.questions[at], n + 1, of));
    }
    blocks.extend([
        confirm(p),
        priorities(p),
        next_steps(),
        Block::only(GLOSSARY, vec![Block::Glossary(&p.report.cat.glossary)]),
        crate::document::footer(
            &p.report.cat.fingerprint,
            Inline::Text(w::footer(
                &p.report.q.id,
                &p.report.q.version,
                p.summary.respondents.len(),
            )),
        ),
    ]);
    Document {
        kind: Kind::Workshop,
        title: w::title(organisation(p)),
        blocks,
    }
}

fn organisation<'a>(p: &Pack<'a>) -> &'a str {
    or_unnamed(&p.report.answers.organisation, w::organisation_not_named())
}

/// The organisation, what was answered when, and lines for the workshop's own facts.
fn header<'a>(p: &Pack<'a>) -> Block<'a> {
    let q = p.report.q;
    let dates: Vec<&str> = p
        .summary
        .respondents
        .iter()
        .map(|r| r.date.trim())
        .filter(|d| !d.is_empty())
        .collect();
    let first = dates.iter().min().copied().unwrap_or("");
    let last = dates.iter().max().copied().unwrap_or("");
    let facts = vec![
        (
            w::questionnaire().to_string(),
            text(w::questionnaire_full(&q.title, &q.id, &q.version)),
        ),
        (
            w::respondents().to_string(),
            trusted(p.summary.respondents.len().to_string()),
        ),
        (w::answers_dated().to_string(), text(w::dated(first, last))),
    ];
    let mut blocks = masthead(w::kicker(), text(organisation(p)), facts);
    blocks.extend([
        Block::lines(w::workshop_date_line(), 1),
        Block::lines(w::facilitator_line(), 1),
        Block::lines(w::note_taker_line(), 1),
    ]);
    Block::top(blocks)
}

/// The five parts of the workshop, each with what it covers.
fn agenda<'a>(p: &Pack<'a>) -> Block<'a> {
    let item = |title: &str, what: String| Item {
        class: "",
        text: vec![Inline::Strong(trusted(title))],
        more: vec![trusted(what)],
    };
    let items = vec![
        item(w::overview(), w::overview_agenda().to_string()),
        item(
            w::disagreements(),
            w::disagreements_agenda(p.agenda.discuss.len(), p.agenda.spread),
        ),
        item(
            w::confirmation(),
            w::confirmation_agenda(p.agenda.confirm.len()),
        ),
        item(
            w::priorities(),
            w::priorities_agenda(p.report.priorities().len()),
        ),
        item(w::next_steps(), w::next_steps_agenda().to_string()),
    ];
    Block::headed(
        "agenda",
        w::agenda(),
        vec![
            Block::para(trusted(w::agenda_intro())),
            Block::List {
                class: "agenda",
                label: w::agenda(),
                ordered: true,
                items,
            },
        ],
    )
}

/// Where the answers stand: how many answered and how much, the combined readiness, how many
/// questions agree and how many need discussion; who answered only when named.
fn overview<'a>(p: &Pack<'a>) -> Block<'a> {
    let qs = &p.summary.questions;
    let sum = |f: fn(&QuestionStats) -> usize| qs.iter().map(f).sum::<usize>();
    let overall = &p.report.scored.overall;
    let facts = vec![
        (
            w::coverage_label().to_string(),
            trusted(w::coverage(
                qs.len(),
                p.summary.respondents.len(),
                sum(|s| s.n),
                sum(|s| s.na),
                sum(|s| s.unknown),
                sum(|s| s.unanswered),
            )),
        ),
        (
            w::combined_readiness().to_string(),
            trusted(w::percent_with_range(
                overall.score,
                overall.low,
                overall.high,
            )),
        ),
        (
            w::to_discuss_label().to_string(),
            trusted(w::to_discuss(p.agenda.discuss.len(), p.agenda.spread)),
        ),
        (
            w::to_confirm_label().to_string(),
            trusted(w::to_confirm(p.agenda.confirm.len())),
        ),
        (w::scale_label().to_string(), text(w::scale(p.report.q))),
    ];
    let mut blocks = vec![
        Block::heading(2, trusted(w::overview())),
        Block::Facts("meta", facts),
    ];
    if p.named {
        blocks.push(Block::para(trusted(w::named())));
        blocks.push(Block::list(
            p.summary
                .respondents
                .iter()
                .map(|r| text(&r.label))
                .collect(),
        ));
    } else {
        blocks.push(Block::Note("", trusted(w::anonymous())));
    }
    Block::section("overview", blocks)
}

/// "2 Developing", as a level is named.
fn level_name(p: &Pack, l: u8) -> String {
    w::level_box(l, p.report.level_name(l))
}

fn scored<'p>(p: &'p Pack, question: &str) -> Option<&'p Scored> {
    p.report
        .scored
        .items
        .iter()
        .find(|i| i.question == question)
}

/// The id and the recommendation's title, as a heading.
fn titled(p: &Pack, question: &str, recommendation: &str) -> Text {
    let mut t = vec![
        Inline::Span("id", text(question)),
        Inline::Trusted(" ".into()),
    ];
    if let Some(rec) = p.report.cat.recommendation(recommendation) {
        t.push(Inline::Guide(rec.title.clone()));
    }
    t
}

/// One disagreement on a printed page of its own.
fn sheet<'a>(p: &Pack<'a>, s: &QuestionStats, n: usize, of: usize) -> Block<'a> {
    let q = p.report.q;
    let question = q.question(&s.question);
    let rec = p.report.cat.recommendation(&s.recommendation);
    let band = scored(p, &s.question).map_or(Band::None, |i| i.band);
    let mut blocks = vec![
        Block::Para("kicker", trusted(w::sheet_kicker(n, of))),
        Block::heading(2, titled(p, &s.question, &s.recommendation)),
    ];
    if let Some(rec) = rec {
        blocks.push(Block::Para(
            "place",
            vec![Inline::Guide(p.report.area_title(&rec.area).to_string())],
        ));
    }
    if let Some(question) = question {
        blocks.push(Block::Para(
            "asked",
            vec![Inline::Guide(question.text.clone())],
        ));
    }
    let (min, max, spread) = (
        s.min.unwrap_or(0),
        s.max.unwrap_or(0),
        s.spread.unwrap_or(0),
    );
    let mut facts = vec![(
        w::levels_given_label().to_string(),
        trusted(w::levels_given(min, max, spread)),
    )];
    if let Some(median) = s.median {
        facts.push((
            w::combined_level_label().to_string(),
            w::combined_level(level(level_name(p, median)), Inline::Band(band)),
        ));
    }
    blocks.push(Block::Facts("meta", facts));
    blocks.push(distribution(p, s));
    blocks.extend(notes(p, s));
    blocks.push(agreed(p));
    Block::Sheet("disagreement", blocks)
}

/// How many chose each level, with what the level looks like for this question; then how many
/// said not applicable, don't know, or did not answer. Named, who chose each.
fn distribution<'a>(p: &Pack<'a>, s: &QuestionStats) -> Block<'a> {
    let q = p.report.q;
    let question = q.question(&s.question);
    let answers: Vec<(&Respondent, Option<&Answer>)> = p.summary.answers_to(&s.question).collect();
    let who = |pick: &dyn Fn(Option<&Answer>) -> bool| -> Vec<&str> {
        answers
            .iter()
            .filter(|(_, a)| pick(*a))
            .map(|(r, _)| r.label.as_str())
            .collect()
    };
    // Named, who chose a level stands under its count, in small print: a line under each row
    // would push the sheet over its page.
    let row = |label: Text, description: Cell, chose: Vec<&str>| {
        let mut count = trusted(chose.len().to_string());
        if p.named && !chose.is_empty() {
            count.push(Inline::Break);
            count.push(Inline::Span("who", text(w::chosen_by(&chose))));
        }
        let mut row = Row::new(vec![
            Cell::new(label),
            description,
            Cell::new(count).class("count"),
        ]);
        if chose.is_empty() {
            row.class = "none";
        }
        row
    };
    let mut rows: Vec<Row> = q
        .scale
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let description = question
                .and_then(|x| x.levels.get(i))
                .map_or_else(|| guide(&l.description), guide);
            let chose = who(&|a| a.is_some_and(|a| a.state == State::Level(l.level)));
            row(vec![level(level_name(p, l.level))], description, chose)
        })
        .collect();
    let na = who(&|a| a.is_some_and(|a| matches!(a.state, State::NotApplicable(_))));
    let unknown = who(&|a| a.is_some_and(|a| a.state == State::Unknown));
    rows.push(row(vec![level(w::not_applicable_row())], dash(), na));
    rows.push(row(vec![level(w::dont_know_row())], dash(), unknown));
    if s.unanswered > 0 {
        rows.push(row(
            vec![level(w::unanswered_row())],
            dash(),
            who(&|a| a.is_none()),
        ));
    }
    let columns = columns! {
        new(w::level()), new(w::what_it_looks_like()), num(w::chosen_by_column())
    };
    let mut table = Table::new(columns, rows);
    table.class = "distribution";
    Block::Table(table)
}

fn dash() -> Cell {
    Cell::new(trusted(w::DASH))
}

/// The notes left on a question (and the reasons given for not applicable), each under the
/// level it came with: by whom only when named, and no more than [`NOTES_SHOWN`].
fn notes<'a>(p: &Pack<'a>, s: &QuestionStats) -> Vec<Block<'a>> {
    let mut items = Vec::new();
    let mut left = 0;
    for (r, answer) in p.summary.answers_to(&s.question) {
        let Some(a) = answer else { continue };
        let note = crate::document::note(a.note.as_deref());
        let reason = match &a.state {
            State::NotApplicable(reason) => crate::document::note(Some(reason)),
            _ => None,
        };
        // What the answer says it rests on, one line under the note per reference.
        let evidence: Vec<Text> = a
            .evidence
            .iter()
            .map(|e| {
                vec![
                    Inline::Span("sub-label", trusted(w::evidence_label())),
                    Inline::Text(e.clone()),
                ]
            })
            .collect();
        if note.is_none() && reason.is_none() && evidence.is_empty() {
            continue;
        }
        if items.len() == NOTES_SHOWN {
            left += 1;
            continue;
        }
        let label = match &a.state {
            State::Level(l) => w::level_label(*l, p.report.level_name(*l)),
            State::NotApplicable(_) => w::not_applicable_row().to_string(),
            State::Unknown => w::dont_know_row().to_string(),
        };
        let label = if p.named {
            w::named_label(&r.label, &label)
        } else {
            label
        };
        let label = Inline::Strong(text(label));
        // A not-applicable answer's reason comes first, its note under it.
        let (first, then) = match (reason, note) {
            (Some(reason), note) => (reason, note),
            (None, Some(note)) => (note, None),
            (None, None) => ("", None),
        };
        let mut more = Vec::new();
        if let Some(then) = then {
            more.push(vec![
                Inline::Span("sub-label", trusted(w::note_label())),
                Inline::Text(then.to_string()),
            ]);
        }
        more.extend(evidence);
        items.push(Item {
            class: "",
            text: w::note_line(label, Inline::Text(first.to_string())),
            more,
        });
    }
    let mut blocks = vec![Block::heading(3, trusted(w::what_they_wrote()))];
    if items.is_empty() {
        blocks.push(Block::Para("empty", trusted(w::no_notes())));
    } else {
        blocks.push(Block::List {
            class: "notes",
            label: w::what_they_wrote(),
            ordered: false,
            items,
        });
    }
    if left > 0 {
        blocks.push(Block::Para("empty", trusted(w::more_notes(left))));
    }
    blocks
}

/// Room for the group's answer: a box per level and for not applicable and don't know, and
/// lines for why and what follows.
fn agreed<'a>(p: &Pack<'a>) -> Block<'a> {
    let mut boxes: Vec<Text> = p
        .report
        .q
        .scale
        .iter()
        .map(|l| trusted(level_name(p, l.level)))
        .collect();
    boxes.push(trusted(w::not_applicable_row()));
    boxes.push(trusted(w::dont_know_row()));
    Block::div(
        "agreed",
        vec![
            Block::heading(3, trusted(w::agreed())),
            Block::Choices {
                across: true,
                items: boxes,
            },
            Block::lines(w::justification_line(), w::JUSTIFICATION_LINES),
            Block::lines(w::follow_up_line(), w::FOLLOW_UP_LINES),
        ],
    )
}

/// The questions that agree (or have no level), to confirm or reopen in one pass.
fn confirm<'a>(p: &Pack<'a>) -> Block<'a> {
    let mut blocks = vec![Block::heading(2, trusted(w::confirm_heading()))];
    if p.agenda.confirm.is_empty() {
        blocks.push(Block::Para("empty", trusted(w::nothing_to_confirm())));
        return Block::Sheet("confirm", blocks);
    }
    blocks.push(Block::para(trusted(w::confirm_intro(p.agenda.spread))));
    let rows = p
        .agenda
        .confirm
        .iter()
        .map(|&at| {
            let s = &p.summary.questions[at];
            let combined = match p.report.answers.answers.get(&s.question).map(|a| &a.state) {
                Some(State::Level(l)) => level_name(p, *l),
                Some(State::NotApplicable(_)) => w::not_applicable_words().to_string(),
                Some(State::Unknown) => w::dont_know().to_string(),
                None => w::unanswered().to_string(),
            };
            let title = p.report.cat.recommendation(&s.recommendation).map_or_else(
                || trusted(w::DASH),
                |r| vec![Inline::Guide(r.title.clone())],
            );
            Row::new(vec![
                Cell::new(text(&s.question)),
                Cell::new(title),
                Cell::new(trusted(w::levels_range(s.min, s.max, s.na, s.unknown))),
                Cell::new(vec![level(combined)]),
                Cell::new(vec![Inline::Tick]).class("tick-cell"),
                Cell::new(vec![Inline::Tick]).class("tick-cell"),
            ])
        })
        .collect();
    let columns = columns! {
        new(w::id_html()).role("id"), new(w::recommendation()), new(w::levels_given_label()),
        new(w::combined_column()), new(w::confirm_column()), new(w::reopen_column())
    };
    let mut table = Table::new(columns, rows);
    table.class = "confirm";
    blocks.push(Block::Table(table));
    Block::Sheet("confirm", blocks)
}

/// The combined answers' top priorities, each with the guide's first step as a prompt and room
/// for the group's own.
fn priorities<'a>(p: &Pack<'a>) -> Block<'a> {
    let mut blocks = vec![Block::heading(2, trusted(w::priorities_heading()))];
    let now = p.report.priorities();
    if now.is_empty() {
        blocks.push(Block::Para("empty", trusted(w::no_priorities())));
        return Block::Sheet("priorities", blocks);
    }
    blocks.push(Block::para(trusted(w::priorities_intro())));
    for (rank, i) in now.iter().enumerate() {
        let rec = p.report.recommendation(i);
        let levels = w::priority_levels(
            p.report.area_title(&i.area),
            &crate::report::level_label(&p.report, i),
            &level_name(p, i.target),
            w::band_word(i.band),
        );
        blocks.push(Block::div(
            "priority",
            vec![
                Block::heading(3, w::ranked(rank + 1, Inline::Guide(rec.title.clone()))),
                Block::Para("place", text(levels)),
                Block::para(vec![
                    Inline::Span("sub-label", trusted(w::first_step_label())),
                    Inline::Guide(w::or_dash(&rec.first_step).to_string()),
                ]),
                Block::lines(w::our_step_line(), w::OUR_STEP_LINES),
            ],
        ));
    }
    Block::Sheet("priorities", blocks)
}

/// Room to write who records the agreed answers and what happens next.
fn next_steps<'a>() -> Block<'a> {
    Block::headed(
        "next-steps",
        w::next_steps(),
        vec![
            Block::para(w::record_agreed()),
            Block::Lines {
                label: trusted(w::actions_line()),
                lines: w::ACTIONS_LINES,
            },
            Block::Lines {
                label: trusted(w::next_meeting_line()),
                lines: 1,
            },
        ],
    )
}
