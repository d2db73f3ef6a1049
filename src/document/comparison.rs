//! The comparison as a document, built once for every text format. As in the gap report's
//! document, blocks that only some formats show name those formats ([`Block::Only`]).

use crate::analysis::compare::{
    Change, Comparison, Counts, FollowUp, FollowedAction, Movement, Toward,
};
use crate::analysis::scoring::Status;
use crate::comparison::{
    Which, assessed_sentence, counts_sentence, first_few, from_to, left_out, left_out_heading,
    level_long, level_short, lists, movement_sentences, organisations, overall_sentences,
    scope_note, side_facts, side_line, warnings, what_follows, why_attention,
};
use crate::document::each_built;
use crate::document::only::*;
use crate::document::wording::comparison::{self as w, DASH};
use crate::document::{
    Block, Cell, Chart, Column, Document, Inline, Item, Kind, Pair, Row, Sub, Table, Tag, Text,
    Tone, cell, fixed, level, note, text, trusted,
};
use crate::render::Format;

pub fn build<'a>(c: &'a Comparison<'a>) -> Document<'a> {
    let org = organisations(c);
    Document {
        kind: Kind::Comparison,
        title: w::title(&org),
        // The summary first: what a leader reads in thirty seconds. The detail follows.
        blocks: vec![
            header(c, &org),
            summary(c),
            assessments(c),
            plan(c),
            areas(c),
            items(c),
            changes(c),
            left(c),
            method(),
            footer(c),
        ],
    }
}

/// Rises green, falls red.
fn tone_of(v: Option<f64>) -> Tone {
    match v {
        Some(x) if x > 0.05 => Tone::Good,
        Some(x) if x < -0.05 => Tone::Bad,
        _ => Tone::Plain,
    }
}

/// The same in HTML, the sign saying it too.
fn delta_class(v: Option<f64>) -> &'static str {
    match v {
        Some(x) if x > 0.05 => "up",
        Some(x) if x < -0.05 => "down",
        _ => "flat",
    }
}

fn sides<'c, 'a>(c: &'c Comparison<'a>) -> [(Which, &'c crate::analysis::compare::Side<'a>); 2] {
    [(Which::Before, &c.before), (Which::After, &c.after)]
}

/// "Before:", "After:": a side's label before its facts.
fn side_label(which: Which) -> &'static str {
    match which {
        Which::Before => w::before_label(),
        Which::After => w::after_label(),
    }
}

/// The title; on the page also both sides' facts, as the page's header always showed them.
fn header<'a>(c: &Comparison<'a>, org: &str) -> Block<'a> {
    let title = w::title_text(Inline::Text(org.to_string()));
    Block::top(vec![each_built(
        vec![Block::Title(title.clone())],
        vec![Block::Title(title.clone())],
        vec![Block::Title(title)],
        html_header(c, org),
    )])
}

/// The two assessments' facts in the text formats, after the summary: the summary names the
/// organisation and the dates, these add the respondent, the questionnaire and the scope.
fn assessments<'a>(c: &Comparison<'a>) -> Block<'a> {
    let mut screen = Vec::new();
    for (which, side) in sides(c) {
        screen.push(Block::Hanging {
            first: if which == Which::Before {
                w::before_screen()
            } else {
                w::after_screen()
            },
            rest: w::side_indent(),
            text: text(side_line(c, side)),
        });
    }
    if let Some(note) = scope_note(c) {
        screen.push(Block::Blank);
        screen.push(Block::para(text(note)));
    }
    let mut spoken: Vec<Block> = sides(c)
        .into_iter()
        .map(|(which, side)| {
            Block::para(text(format!(
                "{} {}.",
                side_label(which),
                side_line(c, side)
            )))
        })
        .collect();
    spoken.extend(scope_note(c).map(|n| Block::para(text(n))));
    let mut markdown = vec![Block::list(
        sides(c)
            .into_iter()
            .map(|(which, side)| {
                vec![
                    Inline::Strong(trusted(side_label(which))),
                    Inline::Trusted(" ".into()),
                    Inline::Text(side_line(c, side)),
                ]
            })
            .collect(),
    )];
    markdown.extend(scope_note(c).map(|n| Block::para(text(n))));
    Block::only(
        TEXT,
        vec![Block::headed(
            "assessments",
            w::the_two_assessments(),
            vec![each_built(screen, spoken, markdown, Vec::new())],
        )],
    )
}

/// The page's header: both sides' facts side by side, then any warning and the scope.
fn html_header<'a>(c: &Comparison<'a>, org: &str) -> Vec<Block<'a>> {
    let side_blocks = sides(c)
        .into_iter()
        .map(|(which, side)| {
            let facts = side_facts(c, side)
                .into_iter()
                .map(|(k, v)| {
                    let value = if k == w::questionnaire() {
                        text(w::questionnaire_full(
                            &side.q.title,
                            &side.q.id,
                            &side.q.version,
                        ))
                    } else {
                        text(v)
                    };
                    (k.to_string(), value)
                })
                .collect();
            Block::Group {
                tag: Tag::Section,
                id: "",
                class: "side",
                blocks: vec![
                    Block::Heading(2, "side-title", trusted(which.word())),
                    Block::Facts("meta", facts),
                ],
            }
        })
        .collect();
    let mut blocks = vec![
        Block::Para("kicker", trusted(w::kicker())),
        Block::Title(text(org)),
        Block::div("sides", side_blocks),
    ];
    blocks.extend(
        warnings(c)
            .into_iter()
            .map(|w| Block::Note("warning", text(w))),
    );
    blocks.extend(scope_note(c).map(|n| Block::Note("scope", text(n))));
    blocks
}

/// The summary: who and when, overall readiness in words, what needs attention now, what is
/// newly known, what improved, and what follows. Every list names at most a few recommendations
/// ([`crate::comparison::SUMMARY_LIST_MAX`]); the full lists come under "What moved". The text
/// formats share one set of blocks; the page keeps its large before-and-after figures.
fn summary<'a>(c: &Comparison<'a>) -> Block<'a> {
    let attention = c.needs_attention();
    let identified = c.gaps_identified();
    let closed = c.gaps_closed();
    let others = c.improvements().len();
    let after_closed = match (closed.is_empty(), others) {
        (true, 0) => Some(w::nothing_improved().to_string()),
        (true, n) => Some(w::moved_up_only(n)),
        (false, 0) => None,
        (false, n) => Some(w::also_moved_up(n)),
    };
    let mut blocks = vec![
        Block::heading(2, trusted(w::summary())),
        Block::para(text(assessed_sentence(c))),
    ];
    blocks.extend(
        warnings(c)
            .into_iter()
            .map(|x| Block::Note("warning", text(x))),
    );
    if !c.like_for_like() {
        blocks.push(Block::para(trusted(w::scope_short(c.items.len()))));
    }
    blocks.push(Block::para(trusted(overall_sentences(c))));
    let label = trusted(w::with_count(w::needs_attention(), attention.len()));
    blocks.extend(summary_list(
        c,
        label,
        &attention,
        true,
        Some(w::nothing_slipped_back()),
    ));
    if !identified.is_empty() {
        let label = trusted(w::gaps_identified_label(identified.len()));
        blocks.extend(summary_list(c, label, &identified, false, None));
    }
    let label = trusted(w::improved_label(closed.len()));
    blocks.extend(summary_list(c, label, &closed, false, None));
    blocks.extend(after_closed.clone().map(|x| Block::para(trusted(x))));
    blocks.extend(summary_end(c));
    let lists = summary_lists_html(c, &attention, &identified, &closed, after_closed);
    Block::section(
        "summary",
        vec![
            Block::only(TEXT, blocks),
            Block::only(HTML, summary_html(c, lists)),
        ],
    )
}

/// The summary's last lines in every format: how the plan went, when there is one, then what
/// follows.
fn summary_end<'a>(c: &Comparison<'a>) -> impl Iterator<Item = Block<'a>> {
    let plan = c
        .plan
        .as_ref()
        .map(|f| Block::para(trusted(plan_summary(f))));
    plan.into_iter()
        .chain([Block::para(trusted(what_follows(c)))])
}

/// One of the summary's lists: its label, then at most a few names (with why each needs
/// attention, for that list), then how many more; `empty` says so when there are none.
fn summary_list<'a>(
    c: &Comparison,
    label: Text,
    v: &[&Change],
    why: bool,
    empty: Option<&str>,
) -> Vec<Block<'a>> {
    let mut blocks = vec![Block::heading(3, label)];
    if v.is_empty() {
        blocks.extend(empty.map(|e| Block::para(trusted(e.to_string()))));
        return blocks;
    }
    let (few, rest) = first_few(v);
    let mut items: Vec<Text> = few
        .iter()
        .map(|ch| {
            let rest = if why {
                vec![Inline::Trusted(format!(" ({})", why_attention(ch)))]
            } else {
                Vec::new()
            };
            named(c, ch, rest)
        })
        .collect();
    if rest > 0 {
        items.push(trusted(w::and_more(rest)));
    }
    blocks.push(Block::list(items));
    blocks
}

/// The page's summary: the two scores large as before, the sentences beside them, then the
/// short `lists` side by side in the "What moved" look.
fn summary_html<'a>(c: &Comparison<'a>, lists: Block<'a>) -> Vec<Block<'a>> {
    let mut blocks = vec![
        Block::heading(2, trusted(w::summary())),
        overall_html(c),
        lists,
    ];
    blocks.extend(summary_end(c));
    blocks
}

/// The page's two scores, before → after, with the summary's first sentences beside them.
fn overall_html<'a>(c: &Comparison<'a>) -> Block<'a> {
    let m = &c.overall;
    let score = |v| crate::comparison::score(v, w::not_scored());
    let facts = vec![
        Block::para(text(assessed_sentence(c))),
        Block::para(trusted(overall_sentences(c))),
    ];
    Block::div(
        "overall",
        vec![
            Block::div(
                "score",
                vec![
                    Block::Para("under", trusted(w::before())),
                    Block::Para("big before", trusted(score(m.before))),
                ],
            ),
            Block::Ornament("arrow", trusted("→")),
            Block::div(
                "score",
                vec![
                    Block::Para("under", trusted(w::after())),
                    Block::Para("big", trusted(score(m.after))),
                ],
            ),
            Block::div("facts", facts),
        ],
    )
}

/// The page summary's short lists side by side: what needs attention, the gaps newly
/// identified (when there are any), what improved.
fn summary_lists_html<'a>(
    c: &Comparison<'a>,
    attention: &[&Change],
    identified: &[&Change],
    closed: &[&Change],
    improved_tail: Option<String>,
) -> Block<'a> {
    let mut attention_block = vec![count_heading(w::needs_attention(), attention.len())];
    if attention.is_empty() {
        attention_block.push(Block::Para("empty", trusted(w::nothing_slipped_back())));
    } else {
        attention_block.push(names_html(c, attention, true));
    }
    let mut lists = vec![Block::div("list", attention_block)];
    if !identified.is_empty() {
        lists.push(Block::div(
            "list",
            vec![
                count_heading(w::gaps_identified(), identified.len()),
                Block::Para("legend", trusted(w::gaps_identified_html())),
                names_html(c, identified, false),
            ],
        ));
    }
    let mut improved = vec![count_heading(
        w::improved(),
        w::gaps_closed_count(closed.len()),
    )];
    if !closed.is_empty() {
        improved.push(names_html(c, closed, false));
    }
    improved.extend(improved_tail.map(|x| Block::para(trusted(x))));
    lists.push(Block::div("list", improved));
    Block::div("lists", lists)
}

/// A list's heading on the page: its title, then its count in brackets, styled apart.
fn count_heading<'a>(title: &str, count: impl std::fmt::Display) -> Block<'a> {
    Block::heading(
        3,
        vec![
            Inline::Trusted(format!("{title} ")),
            Inline::Span("count", trusted(format!("({count})"))),
        ],
    )
}

/// A page summary list's few names (with why each needs attention, for that list) and how
/// many more, as footnotes.
fn names_html<'a>(c: &Comparison, v: &[&Change], why: bool) -> Block<'a> {
    let (few, rest) = first_few(v);
    let mut items: Vec<Text> = few
        .iter()
        .map(|ch| {
            let rest = if why {
                vec![
                    Inline::Trusted(" ".into()),
                    Inline::Span("ft", trusted(format!("({})", why_attention(ch)))),
                ]
            } else {
                Vec::new()
            };
            named(c, ch, rest)
        })
        .collect();
    if rest > 0 {
        items.push(vec![Inline::Span("ft", trusted(w::and_more(rest)))]);
    }
    Block::list(items)
}

/// The summary's line on the plan: how much is done, and how long the two lists to look at are.
fn plan_summary(f: &FollowUp) -> String {
    let total = f.total();
    w::plan_summary(
        total.done,
        total.planned(),
        f.done_not_moved().len(),
        f.unplanned.len(),
    )
}

/// A ten-cell bar, its score (or `none`) and `end` (a line break on a terminal, where before
/// and after share a cell).
fn bar_score(v: Option<f64>, none: &str, end: &str) -> Text {
    let score = crate::comparison::score(v, none);
    vec![
        Inline::Bar(v, 10),
        Inline::Trusted(format!(" {score}{end}")),
    ]
}

fn areas<'a>(c: &Comparison<'a>) -> Block<'a> {
    let screen_rows = c
        .areas
        .iter()
        .map(|a| {
            let m = &a.movement;
            let mut both = bar_score(m.before, w::NO_VALUE_SCREEN, "\n");
            both.extend(bar_score(m.after, w::NO_VALUE_SCREEN, ""));
            let change = crate::comparison::change(m, w::NO_VALUE_SCREEN);
            let progress = crate::comparison::progress(m, w::NO_VALUE_SCREEN);
            Row::new(vec![
                cell(c.area_label(&a.id)),
                Cell::new(both),
                Cell::toned(trusted(change), tone_of(m.change())),
                Cell::toned(trusted(progress), tone_of(m.progress())),
            ])
        })
        .collect();
    let screen = vec![
        Block::heading(2, trusted(w::areas_screen())),
        Block::Table(Table::new(
            columns! { new(w::area()), new(w::before_after_column()), new(w::change()),
            new(w::progress()) },
            screen_rows,
        )),
        Block::para(trusted(w::areas_note_screen())),
    ];
    let mut spoken = vec![Block::heading(2, trusted(w::readiness_by_area()))];
    spoken.extend(c.areas.iter().map(|a| {
        Block::para(text(w::area_spoken(
            &c.area_label(&a.id),
            &movement_sentences(w::Subject::Area, &a.movement),
        )))
    }));
    spoken.push(Block::para(trusted(w::areas_note_spoken())));
    let mut page = vec![Block::heading(2, trusted(w::readiness_by_area()))];
    if c.areas.is_empty() {
        page.push(Block::Para("empty", trusted(w::no_areas())));
    } else {
        page.push(Block::only(MARKDOWN, areas_markdown(c)));
        page.push(Block::only(HTML, areas_html(c)));
    }
    Block::section(
        "areas",
        vec![
            Block::only(TABLE, screen),
            Block::only(PLAIN, spoken),
            Block::only(PAGES, page),
        ],
    )
}

fn areas_markdown<'a>(c: &Comparison<'a>) -> Vec<Block<'a>> {
    let side = |v: Option<f64>| bar_score(v, w::not_scored(), "");
    let rows = c
        .areas
        .iter()
        .map(|a| {
            let m = &a.movement;
            Row::new(vec![
                cell(c.area_label(&a.id)),
                Cell::new(side(m.before)),
                Cell::new(side(m.after)),
                fixed(crate::comparison::change(m, DASH)),
                fixed(crate::comparison::progress(m, DASH)),
            ])
        })
        .collect();
    vec![
        Block::Table(Table::new(
            columns! { new(w::area()), new(w::before()), new(w::after()),
            num(w::change_points_column()), num(w::progress()) },
            rows,
        )),
        Block::para(trusted(w::areas_note_markdown())),
    ]
}

/// One row of the HTML areas table: scores, and the change and progress coloured by direction.
fn movement_row(label: String, m: &Movement) -> Row {
    let score = |v| crate::comparison::score(v, w::not_scored());
    Row::new(vec![
        cell(label),
        fixed(score(m.before)),
        fixed(score(m.after)),
        fixed(crate::comparison::change(m, DASH)).class(delta_class(m.change())),
        fixed(crate::comparison::progress(m, DASH)).class(delta_class(m.progress())),
    ])
}

fn areas_html<'a>(c: &Comparison<'a>) -> Vec<Block<'a>> {
    let shown = |v| crate::comparison::score(v, w::not_scored());
    let chart = Chart::Pairs {
        title: w::areas_chart_title(),
        desc: c
            .areas
            .iter()
            .map(|a| {
                w::area_spoken(
                    &c.area_label(&a.id),
                    &movement_sentences(w::Subject::Area, &a.movement),
                )
            })
            .collect::<Vec<_>>()
            .join(w::DESC_JOIN),
        before: w::before_word().into(),
        after: w::after_word().into(),
        pairs: c
            .areas
            .iter()
            .map(|a| Pair {
                label: c.area_label(&a.id),
                before: a.movement.before,
                after: a.movement.after,
                before_shown: shown(a.movement.before),
                after_shown: shown(a.movement.after),
            })
            .collect(),
    };
    let mut rows: Vec<Row> = c
        .areas
        .iter()
        .map(|a| movement_row(c.area_label(&a.id), &a.movement))
        .collect();
    let mut total = movement_row(w::overall_row().into(), &c.overall);
    total.class = "total";
    rows.push(total);
    vec![
        Block::Group {
            tag: Tag::Figure,
            id: "",
            class: "chart-block",
            blocks: vec![
                Block::Chart(chart),
                Block::Caption("legend", trusted(w::areas_chart_legend())),
            ],
        },
        Block::Table(Table::new(
            columns! { new(w::area()), num(w::before()), num(w::after()),
            num(w::change_points_column()).label(w::change()), num(w::progress()) },
            rows,
        )),
        Block::Para("legend", trusted(w::progress_legend_html())),
    ]
}

/// A level in words a screen reader reads well: "2 Developing", "not applicable".
fn level_words(
    q: &crate::questionnaire::Questionnaire,
    i: &crate::analysis::scoring::Item,
) -> String {
    match i.status {
        Status::Na => w::not_applicable_words().to_string(),
        _ => level_long(q, i),
    }
}

fn signed_change(ch: &Change, none: &str) -> String {
    ch.change()
        .map_or_else(|| none.to_string(), crate::comparison::signed)
}

/// A recommendation's row: its id and title, then `rest`.
fn named_row(c: &Comparison, ch: &Change, rest: Vec<Cell>) -> Vec<Cell> {
    let mut cells = vec![cell(&ch.recommendation), cell(c.title(&ch.recommendation))];
    cells.extend(rest);
    cells
}

/// One row a recommendation: its id and title, then what `rest` makes of it.
fn item_rows(c: &Comparison, rest: impl Fn(&Change) -> Vec<Cell>) -> Vec<Row> {
    let row = |ch: &Change| Row::new(named_row(c, ch, rest(ch)));
    c.items.iter().map(row).collect()
}

fn items<'a>(c: &Comparison<'a>) -> Block<'a> {
    let screen_rows = item_rows(c, |ch| {
        vec![
            fixed(level_short(&ch.before)),
            fixed(level_short(&ch.after)),
            Cell::toned(
                trusted(signed_change(ch, w::NO_VALUE_SCREEN)),
                tone_of(ch.change().map(f64::from)),
            ),
        ]
    });
    let (sb, sa) = (w::scale(c.before.q), w::scale(c.after.q));
    let mut screen = vec![Block::Table(Table::new(
        columns! { new(w::id()), new(w::recommendation()), new(w::before()), new(w::after()),
        new(w::change()) },
        screen_rows,
    ))];
    if sb == sa {
        screen.push(Block::para(text(w::levels(&sb))));
    } else {
        screen.push(Block::para(text(w::levels_before(&sb))));
        screen.push(Block::para(text(w::levels_after(&sa))));
    }
    let spoken = c
        .items
        .iter()
        .map(|ch| {
            let change = ch.change().map(crate::comparison::signed);
            Block::para(text(w::item_spoken(
                &ch.recommendation,
                c.title(&ch.recommendation),
                &level_words(c.before.q, &ch.before),
                &level_words(c.after.q, &ch.after),
                change.as_deref(),
            )))
        })
        .collect();
    let mut page = Vec::new();
    if c.items.is_empty() {
        page.push(Block::Para("empty", trusted(w::no_shared_recommendation())));
    } else {
        page.push(Block::only(MARKDOWN, vec![Block::Table(items_markdown(c))]));
        page.push(Block::only(
            HTML,
            vec![
                Block::Table(items_html(c)),
                Block::Para("legend", text(w::items_legend_html(&sa))),
            ],
        ));
    }
    Block::headed(
        "items",
        w::recommendations_compared(),
        vec![
            Block::only(TABLE, screen),
            Block::only(PLAIN, spoken),
            Block::only(PAGES, page),
        ],
    )
}

fn items_markdown(c: &Comparison) -> Table {
    let rows = item_rows(c, |ch| {
        vec![
            cell(c.area_label(&ch.area)),
            cell(level_long(c.before.q, &ch.before)),
            cell(level_long(c.after.q, &ch.after)),
            fixed(signed_change(ch, DASH)),
            cell(ch.after.note.as_deref().unwrap_or("")),
        ]
    });
    Table::new(
        columns! { new(w::id()), new(w::recommendation()), new(w::area()), new(w::before()),
        new(w::after()), num(w::change()), new(w::note_after_column()) },
        rows,
    )
}

/// One group per recommendation: its row, then the notes, if any, across it.
fn items_html(c: &Comparison) -> Table {
    let rows = c
        .items
        .iter()
        .map(|ch| {
            let nb = note(ch.before.note.as_deref());
            let na = note(ch.after.note.as_deref());
            let mut notes = Vec::new();
            if let Some(n) = nb {
                notes.push(Inline::Span("sub-label", trusted(w::note_before_label())));
                notes.push(Inline::Text(n.to_string()));
            }
            if nb.is_some() && na.is_some() {
                notes.push(Inline::Break);
            }
            if let Some(n) = na {
                notes.push(Inline::Span("sub-label", trusted(w::note_after_label())));
                notes.push(Inline::Text(n.to_string()));
            }
            let change = Inline::Span(
                delta_class(ch.change().map(f64::from)),
                trusted(signed_change(ch, DASH)),
            );
            let cells = named_row(
                c,
                ch,
                vec![
                    cell(c.area_label(&ch.area)),
                    Cell::new(vec![level(level_long(c.before.q, &ch.before))]),
                    Cell::new(vec![level(level_long(c.after.q, &ch.after))]),
                    Cell::new(vec![change]),
                ],
            );
            let sub = (!notes.is_empty()).then_some(Sub {
                pad: 1,
                role: "note",
                text: notes,
            });
            Row::with_sub(cells, sub)
        })
        .collect();
    let columns = [w::recommendation(), w::area(), w::before(), w::after()].map(Column::new);
    let mut columns: Vec<Column> = std::iter::once(Column::id()).chain(columns).collect();
    columns.push(Column::num(w::change()));
    Table::grouped("", columns, rows)
}

/// "from 1 Ad hoc to 3 Established, target 3": no arrows, which screen readers spell out.
fn spoken_from_to(c: &Comparison, ch: &Change) -> String {
    w::from_to_spoken(
        &level_words(c.before.q, &ch.before),
        &level_words(c.after.q, &ch.after),
        &crate::comparison::target_text(ch),
    )
}

/// The five lists in full, after the sentence that counts them.
fn changes<'a>(c: &Comparison<'a>) -> Block<'a> {
    let mut text_blocks = vec![
        Block::heading(2, trusted(w::what_moved())),
        Block::para(text(counts_sentence(c))),
    ];
    let mut html_lists = Vec::new();
    for (title, empty, items) in lists(c) {
        let n = items.len();
        text_blocks.push(Block::only(
            SCREEN,
            vec![Block::heading(3, trusted(w::with_count(title, n)))],
        ));
        text_blocks.push(Block::only(
            PLAIN,
            vec![Block::heading(3, trusted(w::with_count_spoken(title, n)))],
        ));
        let h3 = count_heading(title, n);
        if items.is_empty() {
            text_blocks.push(Block::only(
                TABLE,
                vec![Block::Hanging {
                    first: "  ",
                    rest: "  ",
                    text: trusted(empty),
                }],
            ));
            text_blocks.push(Block::only(
                &[Format::Plain, Format::Markdown],
                vec![Block::para(trusted(empty))],
            ));
            html_lists.push(Block::div(
                "list",
                vec![h3, Block::Para("empty", trusted(empty))],
            ));
        } else {
            text_blocks.push(change_items(c, &items));
            html_lists.push(Block::div(
                "list",
                vec![h3, Block::list(html_changes(c, &items))],
            ));
        }
    }
    Block::section(
        "changes",
        vec![
            Block::only(TEXT, text_blocks),
            Block::only(
                HTML,
                vec![
                    Block::heading(2, trusted(w::what_moved())),
                    Block::para(text(counts_sentence(c))),
                    Block::div("lists", html_lists),
                ],
            ),
        ],
    )
}

/// "**R01** Title" and what follows it.
fn named(c: &Comparison, ch: &Change, rest: Vec<Inline>) -> Text {
    named_id(c, &ch.recommendation, rest)
}

/// One of the five lists in the text formats.
fn change_items<'a>(c: &Comparison, items: &[&Change]) -> Block<'a> {
    each_built(
        items
            .iter()
            .map(|ch| Block::Hanging {
                first: "  ",
                rest: "      ",
                text: text(format!(
                    "{} {} ({})",
                    ch.recommendation,
                    c.title(&ch.recommendation),
                    from_to(ch)
                )),
            })
            .collect(),
        items
            .iter()
            .map(|ch| {
                Block::para(text(w::named_spoken(
                    &ch.recommendation,
                    c.title(&ch.recommendation),
                    &spoken_from_to(c, ch),
                )))
            })
            .collect(),
        vec![Block::list(
            items
                .iter()
                .map(|ch| named(c, ch, vec![Inline::Trusted(format!(" ({})", from_to(ch)))]))
                .collect(),
        )],
        Vec::new(),
    )
}

/// One of the five lists on the page: each item with its levels, arrows drawn.
fn html_changes(c: &Comparison, items: &[&Change]) -> Vec<Text> {
    items
        .iter()
        .map(|ch| {
            let ft = format!("({})", from_to(ch).replace(" -> ", " → "));
            named(
                c,
                ch,
                vec![Inline::Trusted(" ".into()), Inline::Span("ft", trusted(ft))],
            )
        })
        .collect()
}

/// "R01 Title" with `rest` after it, the id bold.
fn named_id(c: &Comparison, id: &str, rest: Vec<Inline>) -> Text {
    let mut t = vec![
        Inline::Strong(text(id)),
        Inline::Trusted(" ".into()),
        Inline::Text(c.title(id).to_string()),
    ];
    t.extend(rest);
    t
}

/// A level on the screen, or the dash when the recommendation was not compared.
fn side_short(i: Option<&crate::analysis::scoring::Item>, none: &str) -> String {
    i.map_or_else(|| none.to_string(), level_short)
}

/// "1 -> 1, target 3": an action's levels against its own target.
fn action_from_to(f: &FollowedAction) -> String {
    let ch = f.change.as_ref();
    format!(
        "{} -> {}, {}",
        side_short(ch.map(|c| &c.before), w::NO_VALUE_SCREEN),
        side_short(ch.map(|c| &c.after), w::NO_VALUE_SCREEN),
        w::target(f.action.target, f.action.target)
    )
}

/// The same read aloud.
fn action_from_to_spoken(c: &Comparison, f: &FollowedAction) -> String {
    let Some(ch) = &f.change else {
        return w::target(f.action.target, f.action.target);
    };
    w::from_to_spoken(
        &level_words(c.before.q, &ch.before),
        &level_words(c.after.q, &ch.after),
        &w::target(f.action.target, f.action.target),
    )
}

fn toward_tone(t: Toward) -> Tone {
    match t {
        Toward::ReachedTarget | Toward::MovedUp => Tone::Good,
        Toward::MovedDown => Tone::Bad,
        Toward::NotRated | Toward::NotAsked => Tone::Dim,
        Toward::NoChange => Tone::Plain,
    }
}

fn toward_class(t: Toward) -> &'static str {
    match t {
        Toward::ReachedTarget | Toward::MovedUp => "up",
        Toward::MovedDown => "down",
        _ => "",
    }
}

/// "First 90 days: 3 of 6 done, 1 in progress, 1 dropped".
fn share_line(label: &str, n: &Counts) -> String {
    w::share(label, n.done, n.planned(), n.in_progress, n.dropped)
}

/// One of the plan's lists: a heading with its count (in each format's way), what it means,
/// then its items in each format's layout or what to say when it is empty. `screen` and
/// `spoken` are each item's line on a terminal and read aloud, `page` its text in Markdown and
/// HTML (the same, with the arrows drawn).
struct PlanList<'t> {
    title: &'t str,
    legend: Option<&'t str>,
    empty: &'t str,
    screen: Vec<String>,
    spoken: Vec<String>,
    page: Vec<[Text; 2]>,
}

/// One entry an action of a plan list, made from its recommendation's id and the action.
fn each_action<T>(list: &[&FollowedAction], make: impl Fn(&str, &FollowedAction) -> T) -> Vec<T> {
    list.iter()
        .map(|a| make(&a.action.recommendation, a))
        .collect()
}

/// A plan list's line on a terminal: the id and title, then why it is listed in brackets.
fn titled_why(c: &Comparison, id: &str, why: &str) -> String {
    format!("{id} {} ({why})", c.title(id))
}

/// An item's text in Markdown and in HTML: `make(drawn)`, `drawn` for HTML's arrows.
fn both(make: impl Fn(bool) -> Text) -> [Text; 2] {
    [make(false), make(true)]
}

impl PlanList<'_> {
    fn text_blocks<'a>(self) -> (Vec<Block<'a>>, Block<'a>) {
        let n = self.screen.len();
        let mut blocks = vec![
            Block::only(
                SCREEN,
                vec![Block::heading(3, trusted(w::with_count(self.title, n)))],
            ),
            Block::only(
                PLAIN,
                vec![Block::heading(
                    3,
                    trusted(w::with_count_spoken(self.title, n)),
                )],
            ),
        ];
        let mut html = vec![count_heading(self.title, n)];
        if let Some(legend) = self.legend {
            blocks.push(Block::para(trusted(legend)));
            html.push(Block::Para("legend", trusted(legend)));
        }
        if n == 0 {
            blocks.push(Block::only(
                TABLE,
                vec![Block::Hanging {
                    first: "  ",
                    rest: "  ",
                    text: trusted(self.empty),
                }],
            ));
            blocks.push(Block::only(
                &[Format::Plain, Format::Markdown],
                vec![Block::para(trusted(self.empty))],
            ));
            html.push(Block::Para("empty", trusted(self.empty)));
        } else {
            blocks.push(each_built(
                self.screen
                    .into_iter()
                    .map(|line| Block::Hanging {
                        first: "  ",
                        rest: "      ",
                        text: text(line),
                    })
                    .collect(),
                self.spoken
                    .into_iter()
                    .map(|l| Block::para(text(l)))
                    .collect(),
                vec![Block::list(
                    self.page.iter().map(|[md, _]| md.clone()).collect(),
                )],
                Vec::new(),
            ));
            html.push(Block::list(self.page.into_iter().map(|[_, h]| h).collect()));
        }
        (blocks, Block::div("list", html))
    }
}

/// The action plan followed up (`--plan`): how far each phase has got, the two lists worth a
/// look (done while the level did not move; a level that moved with no action), the dropped
/// actions with their reasons, then every action against its levels.
fn plan<'a>(c: &Comparison<'a>) -> Block<'a> {
    let Some(f) = &c.plan else {
        return Block::Only(&[], Vec::new());
    };
    let intro = w::plan_intro(
        f.plan.actions.len(),
        f.plan.assessed.map(|d| d.to_string()).as_deref(),
    );
    let mut shares: Vec<Text> = f
        .phases
        .iter()
        .map(|(p, n)| trusted(share_line(w::phase(*p), n)))
        .collect();
    if f.phases.len() > 1 {
        shares.push(trusted(share_line(w::whole_plan(), &f.total())));
    }
    let done_list = done_not_moved_list(c, f);
    let unplanned_list = unplanned_list(c, f);
    let dropped_list = dropped_list(c, f);

    let mut text_blocks = vec![
        Block::heading(2, trusted(w::the_action_plan())),
        Block::para(text(intro.clone())),
    ];
    let mut html = vec![
        Block::heading(2, trusted(w::the_action_plan())),
        Block::para(text(intro)),
    ];
    if f.plan.actions.is_empty() {
        text_blocks.push(Block::para(trusted(w::plan_no_actions())));
        html.push(Block::Para("empty", trusted(w::plan_no_actions())));
    } else {
        text_blocks.push(Block::heading(3, trusted(w::done_by_phase())));
        text_blocks.push(Block::list(shares.clone()));
        html.push(Block::heading(3, trusted(w::done_by_phase())));
        html.push(Block::list(shares));
    }
    let mut html_lists = Vec::new();
    for list in [done_list, unplanned_list, dropped_list] {
        let (blocks, page) = list.text_blocks();
        text_blocks.extend(blocks);
        html_lists.push(page);
    }
    html.push(Block::div("lists", html_lists));
    if !f.actions.is_empty() {
        text_blocks.push(Block::heading(3, trusted(w::every_action())));
        text_blocks.push(Block::only(TABLE, actions_screen(f)));
        text_blocks.push(Block::only(PLAIN, actions_spoken(c, f)));
        text_blocks.push(Block::only(
            MARKDOWN,
            vec![Block::Table(actions_page(c, f, false))],
        ));
        html.push(Block::heading(3, trusted(w::every_action())));
        html.push(Block::Table(actions_page(c, f, true)));
        html.push(Block::Para("legend", trusted(w::actions_note())));
    }
    Block::section(
        "plan",
        vec![Block::only(TEXT, text_blocks), Block::only(HTML, html)],
    )
}

/// A list item's footnote: its levels or its reason, after the title. Markdown writes arrows as
/// the lists of what moved do; HTML draws them.
fn ft(s: String, drawn: bool) -> Text {
    let s = if drawn { s.replace(" -> ", " → ") } else { s };
    vec![Inline::Trusted(" ".into()), Inline::Span("ft", trusted(s))]
}

/// Actions marked done whose level did not move.
fn done_not_moved_list(c: &Comparison, f: &FollowUp) -> PlanList<'static> {
    let not_moved = f.done_not_moved();
    PlanList {
        title: w::done_not_moved(),
        legend: Some(w::done_not_moved_legend()),
        empty: if f.total().done == 0 {
            w::nothing_done_yet()
        } else {
            w::every_done_moved()
        },
        screen: each_action(&not_moved, |id, a| titled_why(c, id, &action_from_to(a))),
        spoken: each_action(&not_moved, |id, a| {
            w::named_spoken(id, c.title(id), &action_from_to_spoken(c, a))
        }),
        page: each_action(&not_moved, |id, a| {
            both(|drawn| named_id(c, id, ft(format!("({})", action_from_to(a)), drawn)))
        }),
    }
}

/// Levels that moved without an action of the plan behind them.
fn unplanned_list(c: &Comparison, f: &FollowUp) -> PlanList<'static> {
    let why = |status: Option<crate::plan::Status>| {
        status.map_or_else(
            || w::no_action_in_plan().to_string(),
            |s| w::action_was(w::action_status(s)),
        )
    };
    PlanList {
        title: w::moved_no_action(),
        legend: Some(w::moved_no_action_legend()),
        empty: w::nothing_moved_unplanned(),
        screen: f
            .unplanned
            .iter()
            .map(|u| {
                let ch = &u.change;
                titled_why(
                    c,
                    &ch.recommendation,
                    &w::levels_and_why(&from_to(ch), &why(u.status)),
                )
            })
            .collect(),
        spoken: f
            .unplanned
            .iter()
            .map(|u| {
                let ch = &u.change;
                w::named_spoken(
                    &ch.recommendation,
                    c.title(&ch.recommendation),
                    &w::levels_and_why(&spoken_from_to(c, ch), &why(u.status)),
                )
            })
            .collect(),
        page: f
            .unplanned
            .iter()
            .map(|u| {
                both(|drawn| {
                    let ch = &u.change;
                    named(
                        c,
                        ch,
                        ft(
                            format!("({})", w::levels_and_why(&from_to(ch), &why(u.status))),
                            drawn,
                        ),
                    )
                })
            })
            .collect(),
    }
}

/// Actions dropped, with their reasons.
fn dropped_list(c: &Comparison, f: &FollowUp) -> PlanList<'static> {
    let dropped = f.dropped();
    let reason = |a: &FollowedAction| w::because(a.action.reason.trim());
    PlanList {
        title: w::dropped(),
        legend: None,
        empty: w::nothing_dropped(),
        screen: each_action(&dropped, |id, a| titled_why(c, id, &reason(a))),
        spoken: each_action(&dropped, |id, a| {
            w::full_stop(&w::named_colon(id, c.title(id), &reason(a)))
        }),
        page: each_action(&dropped, |id, a| {
            both(|_| {
                let ft = vec![
                    Inline::Trusted(" ".into()),
                    Inline::Span("ft", text(format!("({})", reason(a)))),
                ];
                named_id(c, id, ft)
            })
        }),
    }
}

/// Every action on a terminal: no titles (the table of recommendations has them), so that the
/// levels fit at 80 columns.
fn actions_screen<'a>(f: &FollowUp) -> Vec<Block<'a>> {
    let rows = f
        .actions
        .iter()
        .map(|a| {
            let ch = a.change.as_ref();
            Row::new(vec![
                cell(&a.action.recommendation),
                fixed(w::phase_word(a.action.phase)),
                fixed(w::action_status(a.action.status)),
                fixed(side_short(ch.map(|c| &c.before), w::NO_VALUE_SCREEN)),
                fixed(side_short(ch.map(|c| &c.after), w::NO_VALUE_SCREEN)),
                fixed(a.action.target.to_string()),
                Cell::toned(trusted(w::toward(a.toward)), toward_tone(a.toward)),
            ])
        })
        .collect();
    vec![
        Block::Table(Table::new(
            columns! { new(w::id()), new(w::phase_column()), new(w::status_column()),
            new(w::before()), new(w::after()), new(w::target_label()), new(w::toward_target()) },
            rows,
        )),
        Block::para(trusted(w::actions_note())),
    ]
}

/// Every action read aloud, one sentence each.
fn actions_spoken<'a>(c: &Comparison, f: &FollowUp) -> Vec<Block<'a>> {
    let mut blocks: Vec<Block> = f
        .actions
        .iter()
        .map(|a| {
            let id = &a.action.recommendation;
            let (phase, status) = (
                w::phase_word(a.action.phase),
                w::action_status(a.action.status),
            );
            let line = match &a.change {
                Some(ch) => w::action_spoken(
                    id,
                    c.title(id),
                    phase,
                    status,
                    &level_words(c.before.q, &ch.before),
                    &level_words(c.after.q, &ch.after),
                    a.action.target,
                    w::toward(a.toward),
                ),
                None => w::action_spoken_not_asked(id, c.title(id), phase, status, a.action.target),
            };
            Block::para(text(line))
        })
        .collect();
    blocks.push(Block::para(trusted(w::actions_note())));
    blocks
}

/// Every action on the page (Markdown, and HTML and Word with `html`): with titles, and the
/// levels with their names.
fn actions_page(c: &Comparison, f: &FollowUp, html: bool) -> Table {
    let rows = f
        .actions
        .iter()
        .map(|a| {
            let id = &a.action.recommendation;
            let ch = a.change.as_ref();
            let long = |q, i: Option<&crate::analysis::scoring::Item>| {
                i.map_or_else(|| DASH.to_string(), |i| level_long(q, i))
            };
            let before = long(c.before.q, ch.map(|c| &c.before));
            let after = long(c.after.q, ch.map(|c| &c.after));
            let (before, after) = if html {
                (
                    Cell::new(vec![level(before)]),
                    Cell::new(vec![level(after)]),
                )
            } else {
                (cell(before), cell(after))
            };
            // Short values kept on one line on the page, as levels are (`lv`).
            let short = |s: &str| {
                if html {
                    Cell::new(vec![Inline::Span("lv", trusted(s))])
                } else {
                    fixed(s)
                }
            };
            Row::new(vec![
                cell(id),
                cell(c.title(id)),
                short(w::phase_word(a.action.phase)),
                short(w::action_status(a.action.status)),
                before,
                after,
                fixed(a.action.target.to_string()),
                short(w::toward(a.toward)).class(toward_class(a.toward)),
            ])
        })
        .collect();
    let first = if html {
        Column::id()
    } else {
        Column::new(w::id())
    };
    let mut columns = vec![first];
    columns.extend(
        columns! { new(w::recommendation()), new(w::phase_column()), new(w::status_column()),
        new(w::before()), new(w::after()), num(w::target_label()), new(w::toward_target()) },
    );
    Table::new(columns, rows)
}

/// Recommendations asked on one side only.
fn left<'a>(c: &Comparison<'a>) -> Block<'a> {
    let left = left_out(c);
    if left.is_empty() {
        return Block::Only(&[], Vec::new());
    }
    let mut blocks = vec![Block::heading(2, trusted(w::left_out_of_comparison()))];
    for (which, q, ids) in left {
        let heading = left_out_heading(which, &q, ids.len());
        let named: Vec<Text> = ids
            .iter()
            .map(|id| {
                vec![
                    Inline::Strong(text(id)),
                    Inline::Trusted(" ".into()),
                    Inline::Text(c.title(id).to_string()),
                ]
            })
            .collect();
        blocks.push(Block::only(
            TABLE,
            vec![
                Block::para(text(w::run_in(&heading))),
                Block::Hanging {
                    first: "  ",
                    rest: "  ",
                    text: text(ids.join(", ")),
                },
            ],
        ));
        blocks.push(Block::only(
            PLAIN,
            vec![Block::para(text(w::left_out_spoken(
                &heading,
                &ids.join(", "),
            )))],
        ));
        blocks.push(Block::only(
            MARKDOWN,
            vec![
                Block::para(text(w::run_in(&heading))),
                Block::list(named.clone()),
            ],
        ));
        blocks.push(Block::only(
            HTML,
            vec![
                Block::heading(3, text(heading)),
                Block::List {
                    class: "ids",
                    label: "",
                    ordered: false,
                    items: named.into_iter().map(Item::new).collect(),
                },
            ],
        ));
    }
    Block::section("left-out", blocks)
}

fn method<'a>() -> Block<'a> {
    let lines = w::method().map(String::from);
    crate::document::method(w::how_comparison_was_computed(), &lines, true)
}

fn footer<'a>(c: &Comparison<'a>) -> Block<'a> {
    crate::document::footer(&c.cat.fingerprint, Inline::Trusted(w::footer()))
}
