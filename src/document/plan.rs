//! The action plan as a document (`plan show`), built once for every text format: a summary of
//! where the actions stand, then one section per phase with a table of its actions. As in the
//! report's document, blocks that only some formats show name those formats ([`Block::Only`]).

use crate::document::only::*;
use crate::document::wording::plan::{self as w};
use crate::document::{
    Block, Cell, Chart, Document, Inline, Item, Kind, Lane, Part, Row, Sub, Table, Tag, Text, Tick,
    Tone, cell, fixed, masthead, or_unnamed, text, trusted, with_notes,
};
use crate::plan::view::{Counts, View};
use crate::plan::{Action, Phase, Status};
use jiff::civil::Date;

pub fn build<'a>(v: &'a View<'a>) -> Document<'a> {
    let mut blocks = vec![header(v), summary(v)];
    blocks.extend(Phase::ALL.iter().map(|p| phase(v, *p)));
    blocks.push(footer(v));
    Document {
        kind: Kind::Plan,
        title: w::title(organisation(v)),
        blocks,
    }
}

fn organisation<'a>(v: &View<'a>) -> &'a str {
    or_unnamed(&v.plan.organisation, w::organisation_not_named())
}

fn assessed(v: &View) -> String {
    v.plan
        .assessed
        .map_or_else(|| w::no_assessment_date().to_string(), |d| d.to_string())
}

/// The title, then the facts every reading needs: which questionnaire, when it was assessed,
/// and the day the plan is seen on, which "overdue" is measured against.
fn header<'a>(v: &View<'a>) -> Block<'a> {
    let facts = vec![
        (
            w::questionnaire().to_string(),
            text(w::or_dash(&v.plan.questionnaire)),
        ),
        (w::assessed().to_string(), text(assessed(v))),
        (w::as_of().to_string(), trusted(v.today.to_string())),
    ];
    let title = w::title_text(Inline::Text(organisation(v).to_string()));
    Block::top(vec![
        Block::only(
            TEXT,
            vec![Block::Title(title), Block::Facts("", facts.clone())],
        ),
        Block::only(HTML, masthead(w::kicker(), text(organisation(v)), facts)),
    ])
}

/// How many actions, where they stand, what is overdue, then the same per phase: a table, or
/// read aloud a sentence a phase; the page adds the timeline.
fn summary<'a>(v: &View<'a>) -> Block<'a> {
    let all = v.counts(None);
    let today = v.today.to_string();
    let mut blocks = vec![
        Block::heading(2, trusted(w::summary())),
        Block::para(trusted(w::counts_sentence(&all))),
    ];
    if all.actions > 0 {
        let overdue = w::overdue_sentence(all.overdue, &today);
        blocks.push(if all.overdue > 0 {
            Block::Note("warning", trusted(overdue))
        } else {
            Block::para(trusted(overdue))
        });
    }
    blocks.extend(w::closed_sentence(all.closed).map(|s| Block::para(trusted(s))));
    if all.actions > 0 {
        blocks.push(Block::only(NOT_PLAIN, vec![Block::Table(counts_table(v))]));
        blocks.push(Block::only(
            PLAIN,
            Phase::ALL
                .iter()
                .map(|p| {
                    let c = v.counts(Some(*p));
                    Block::para(trusted(w::phase_spoken(w::phase_name(*p), &c)))
                })
                .collect(),
        ));
        blocks.push(Block::only(HTML, vec![timeline(v)]));
    }
    Block::section("summary", blocks)
}

/// A count, toned when it needs attention.
fn count(n: usize, tone: Tone) -> Cell {
    if n > 0 {
        Cell::toned(trusted(n.to_string()), tone)
    } else {
        fixed(n.to_string())
    }
}

fn counts_row(label: &str, c: &Counts) -> Row {
    Row::new(vec![
        fixed(label),
        fixed(c.actions.to_string()),
        count(c.done, Tone::Good),
        fixed(c.in_progress.to_string()),
        fixed(c.not_started.to_string()),
        count(c.dropped, Tone::Dim),
        count(c.overdue, Tone::Bad),
    ])
}

fn counts_table(v: &View) -> Table {
    let mut rows: Vec<Row> = Phase::ALL
        .iter()
        .map(|p| counts_row(w::phase_name(*p), &v.counts(Some(*p))))
        .collect();
    let mut total = counts_row(w::total_row(), &v.counts(None));
    total.class = "total";
    rows.push(total);
    let mut t = Table::new(
        columns! { new(w::phase()), num(w::actions_column()), num(w::done()), num(w::in_progress()),
        num(w::not_started()), num(w::dropped()), num(w::overdue_column()) },
        rows,
    );
    t.class = "counts";
    t
}

/// Days from `start` to `d` (negative before it).
fn days(start: Date, d: Date) -> f64 {
    d.duration_since(start).as_hours() as f64 / 24.0
}

/// The page's timeline: a row per phase spanning the dates it was drafted for, its bar divided
/// by where its actions stand, the phases' boundaries marked on the axis and a line at the day
/// the plan is seen on. Without an assessment date the phases stand one after another, undated.
fn timeline<'a>(v: &View<'a>) -> Block<'a> {
    let today = v.today.to_string();
    let axis = Axis::new(v);
    let (ticks, line) = marks(v, &axis, &today);
    let lanes = lanes(v, &axis);
    let desc = lanes
        .iter()
        .map(|l| w::timeline_desc(&l.label, &l.window, &l.shown))
        .collect::<Vec<_>>()
        .join(w::desc_join());
    Block::Group {
        tag: Tag::Figure,
        id: "",
        class: "chart-block",
        blocks: vec![
            Block::Caption("", trusted(w::timeline_caption())),
            Block::only(
                &[crate::render::Format::Html],
                vec![Block::List {
                    class: "timeline-legend",
                    label: "",
                    ordered: false,
                    items: timeline_legend(),
                }],
            ),
            Block::Chart(Chart::Timeline {
                title: w::timeline_title(&today),
                desc,
                ticks,
                line,
                lanes,
            }),
            Block::Para("legend", trusted(w::timeline_legend())),
        ],
    }
}

/// The timeline's axis in days: from the assessment to the end of the last phase, or further
/// to today or the latest due date, with a little room after. Undated, it is the phases' days.
struct Axis {
    span: f64,
    start: Option<Date>,
}

impl Axis {
    fn new(v: &View) -> Axis {
        let last = Phase::SixToTwelveMonths.days() as f64;
        let Some(start) = v.plan.assessed else {
            return Axis {
                span: last,
                start: None,
            };
        };
        let mut end = last;
        end = end.max(days(start, v.today));
        for a in &v.plan.actions {
            if let Some(d) = a.due {
                end = end.max(days(start, d));
            }
        }
        Axis {
            span: end * 1.04,
            start: Some(start),
        }
    }

    /// Where a number of days from the start stands, in percent of the axis.
    fn at(&self, d: f64) -> f64 {
        (d / self.span * 100.0).clamp(0.0, 100.0)
    }

    /// Where a date stands, in percent of the axis (unclamped); undated, at its start.
    fn place(&self, d: Date) -> f64 {
        self.start
            .map_or(0.0, |start| days(start, d) / self.span * 100.0)
    }
}

/// The axis's marks, with an assessment date: its day and each phase's last day, and the line
/// at today.
fn marks(v: &View, axis: &Axis, today: &str) -> (Vec<Tick>, Option<Tick>) {
    let Some(start) = v.plan.assessed else {
        return (Vec::new(), None);
    };
    let mut ticks = vec![Tick {
        at: 0.0,
        label: start.to_string(),
    }];
    for p in Phase::ALL {
        if let Some((_, to)) = v.window(p) {
            ticks.push(Tick {
                at: axis.at(p.days() as f64),
                label: to.to_string(),
            });
        }
    }
    let line = Tick {
        at: axis.place(v.today).clamp(0.0, 100.0),
        label: w::today_mark(today),
    };
    (ticks, Some(line))
}

/// A row per phase: where it stands on the axis, its dates and its bar.
fn lanes(v: &View, axis: &Axis) -> Vec<Lane> {
    Phase::ALL
        .iter()
        .map(|p| {
            let c = v.counts(Some(*p));
            let window = v
                .window(*p)
                .map(|(from, to)| w::window_short(&from.to_string(), &to.to_string()))
                .unwrap_or_default();
            Lane {
                label: w::phase_name(*p).to_string(),
                from: axis.at(p.start_days() as f64),
                to: axis.at(p.days() as f64),
                window,
                parts: parts(&c),
                shown: w::lane_shown(&c),
            }
        })
        .collect()
}

/// The legend is a list the page wraps on a narrow screen; its swatches have the colours the
/// chart gives the tones. The Word document's table says each part in words instead.
fn timeline_legend() -> Vec<Item> {
    [
        ("sw sw-good", w::legend_done()),
        ("sw sw-warn", w::legend_in_progress()),
        ("sw sw-plain", w::legend_not_started()),
        ("sw sw-bad", w::legend_overdue()),
        ("sw sw-dim", w::legend_dropped()),
    ]
    .into_iter()
    .map(|(class, word)| {
        Item::new(vec![
            Inline::Span(class, Vec::new()),
            Inline::Trusted(word.into()),
        ])
    })
    .collect()
}

/// A phase's bar: done, in progress, not started on time, overdue, dropped, in that order.
fn parts(c: &Counts) -> Vec<Part> {
    if c.actions == 0 {
        return Vec::new();
    }
    let on_time = c.not_started + c.in_progress - c.overdue;
    // Overdue actions are not started or in progress: counted once, as overdue.
    let in_progress_on_time = c.in_progress.min(on_time);
    let not_started_on_time = on_time - in_progress_on_time;
    [
        (c.done, Tone::Good, w::bar_done as fn(usize) -> String),
        (in_progress_on_time, Tone::Warn, w::bar_in_progress),
        (not_started_on_time, Tone::Plain, w::bar_not_started),
        (c.overdue, Tone::Bad, w::bar_overdue),
        (c.dropped, Tone::Dim, w::bar_dropped),
    ]
    .into_iter()
    .filter(|(n, ..)| *n > 0)
    .map(|(n, tone, counted)| Part {
        share: n as f64 / c.actions as f64 * 100.0,
        tone,
        shown: counted(n),
    })
    .collect()
}

fn section_id(p: Phase) -> &'static str {
    match p {
        Phase::First90Days => "first-90-days",
        Phase::ThreeToSixMonths => "three-to-six-months",
        Phase::SixToTwelveMonths => "six-to-twelve-months",
    }
}

/// One phase: its heading, when it was drafted for, and its actions.
fn phase<'a>(v: &'a View<'a>, p: Phase) -> Block<'a> {
    let actions: Vec<&Action> = v.actions_in(p).collect();
    let mut blocks = vec![
        Block::only(
            NOT_PLAIN,
            vec![Block::heading(
                2,
                trusted(w::phase_heading(p, actions.len())),
            )],
        ),
        Block::only(
            PLAIN,
            vec![Block::heading(
                2,
                trusted(w::phase_heading_spoken(p, actions.len())),
            )],
        ),
    ];
    if let Some((from, to)) = v.window(p) {
        blocks.push(Block::Para(
            "legend",
            trusted(w::phase_window(p, &from.to_string(), &to.to_string())),
        ));
    }
    if actions.is_empty() {
        blocks.push(Block::Para("empty", trusted(w::no_action_in_phase())));
    } else {
        blocks.push(Block::only(TABLE, vec![screen_table(v, &actions)]));
        blocks.push(Block::only(PLAIN, spoken(v, &actions)));
        blocks.push(Block::only(MARKDOWN, markdown(v, &actions)));
        blocks.push(Block::only(HTML, vec![page_table(v, &actions)]));
    }
    Block::section(section_id(p), blocks)
}

fn owner(a: &Action) -> Inline {
    if a.owner.trim().is_empty() {
        Inline::Span("no-owner", trusted(w::no_owner()))
    } else {
        Inline::Text(a.owner.clone())
    }
}

fn due(a: &Action) -> String {
    a.due
        .map_or_else(|| w::no_due_date().to_string(), |d| d.to_string())
}

/// The status, then "overdue" and "gap closed" when they apply, each after `sep`.
fn status(v: &View, a: &Action, sep: Inline) -> Text {
    let mut t = vec![Inline::Span(
        status_class(a.status),
        trusted(w::status_word(a.status)),
    )];
    if v.overdue(a) {
        t.push(sep.clone());
        t.push(Inline::Span("overdue", trusted(w::overdue())));
    }
    if let Some(closed) = a.closed {
        t.push(sep);
        t.push(Inline::Span(
            "closed",
            trusted(w::gap_closed(&closed.to_string())),
        ));
    }
    t
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "st-not-started",
        Status::InProgress => "st-in-progress",
        Status::Done => "st-done",
        Status::Dropped => "st-dropped",
    }
}

/// How a status cell stands out on a colour terminal.
fn status_tone(v: &View, a: &Action) -> Tone {
    if v.overdue(a) {
        Tone::Bad
    } else {
        match a.status {
            Status::Done => Tone::Good,
            Status::Dropped => Tone::Dim,
            Status::InProgress => Tone::Warn,
            Status::NotStarted => Tone::Plain,
        }
    }
}

/// The terminal: the recommendation and its first task share a column, so that the table
/// keeps room for the task at 80 columns.
fn screen_table<'a>(v: &View<'a>, actions: &[&Action]) -> Block<'a> {
    let rows = actions
        .iter()
        .map(|a| {
            let what = vec![
                Inline::Guide(v.title(a).to_string()),
                Inline::Trusted(format!("\n{}", w::first_task_label())),
                Inline::Text(a.first_task.clone()),
            ];
            Row::new(vec![
                cell(&a.recommendation),
                Cell::new(what),
                Cell::new(vec![owner(a)]),
                fixed(due(a)),
                Cell::toned(
                    status(v, a, Inline::Trusted("\n".into())),
                    status_tone(v, a),
                ),
            ])
        })
        .collect();
    Block::Table(Table::new(
        columns! { new(w::id()), new(w::action_column()), new(w::owner()), new(w::due()), new(w::status()) },
        rows,
    ))
}

/// Notes and the reason an action was dropped, as one line; `None` when there are none.
fn notes(a: &Action) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(r) = crate::document::note(Some(&a.reason)) {
        parts.push(format!("{}{r}", w::reason_label()));
    }
    if let Some(n) = crate::document::note(Some(&a.notes)) {
        parts.push(format!("{}{n}", w::notes_label()));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Read aloud: a sentence an action, its notes after it.
fn spoken<'a>(v: &View<'a>, actions: &[&Action]) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    for a in actions {
        let owner = if a.owner.trim().is_empty() {
            w::no_owner()
        } else {
            a.owner.as_str()
        };
        let status = crate::document::plain(&status(v, a, Inline::Trusted(", ".into())));
        blocks.push(Block::para(text(w::action_spoken(
            &a.recommendation,
            v.title(a),
            owner,
            &due(a),
            &status,
            &a.first_task,
        ))));
        if let Some(n) = notes(a) {
            blocks.push(Block::para(text(n)));
        }
    }
    blocks
}

/// Markdown: a table with the first task in a column of its own, then the notes as a list.
fn markdown<'a>(v: &View<'a>, actions: &[&Action]) -> Vec<Block<'a>> {
    let mut items = Vec::new();
    let rows = actions
        .iter()
        .map(|a| {
            if let Some(n) = notes(a) {
                items.push(Item::new(vec![
                    Inline::Strong(text(&a.recommendation)),
                    Inline::Trusted(": ".into()),
                    Inline::Text(n),
                ]));
            }
            let mut status = status(v, a, Inline::Trusted(", ".into()));
            for part in &mut status {
                if let Inline::Span("overdue", t) = part {
                    *part = Inline::Strong(std::mem::take(t));
                }
            }
            Row::new(vec![
                cell(&a.recommendation),
                Cell::new(vec![Inline::Guide(v.title(a).to_string())]),
                cell(&a.first_task),
                Cell::new(vec![owner(a)]),
                fixed(due(a)),
                Cell::new(status),
            ])
        })
        .collect();
    let table = Table::new(
        columns! { new(w::id()), new(w::recommendation()), new(w::first_task()), new(w::owner()),
        new(w::due()), new(w::status()) },
        rows,
    );
    with_notes(table, items)
}

/// The page and Word: a row an action, its first task and notes on a line across it.
fn page_table<'a>(v: &View<'a>, actions: &[&Action]) -> Block<'a> {
    let rows = actions
        .iter()
        .map(|a| {
            let mut sub = vec![
                Inline::Span("sub-label", trusted(w::first_task_label())),
                Inline::Text(a.first_task.clone()),
            ];
            if let Some(r) = crate::document::note(Some(&a.reason)) {
                sub.push(Inline::Break);
                sub.push(Inline::Span("sub-label", trusted(w::reason_label())));
                sub.push(Inline::Text(r.to_string()));
            }
            if let Some(n) = crate::document::note(Some(&a.notes)) {
                sub.push(Inline::Break);
                sub.push(Inline::Span("sub-label", trusted(w::notes_label())));
                sub.push(Inline::Text(n.to_string()));
            }
            let cells = vec![
                cell(&a.recommendation),
                Cell::new(vec![Inline::Guide(v.title(a).to_string())]),
                Cell::new(vec![owner(a)]),
                Cell::new(vec![crate::document::level(due(a))]),
                Cell::new(status(v, a, Inline::Break)),
            ];
            let mut row = Row::with_sub(
                cells,
                Some(Sub {
                    pad: 1,
                    role: "step",
                    text: sub,
                }),
            );
            if v.overdue(a) {
                row.class = "late";
            }
            row
        })
        .collect();
    Block::Table(Table::grouped(
        "actions",
        columns! { id(), new(w::recommendation()), new(w::owner()), new(w::due()),
        new(w::status()).role("status") },
        rows,
    ))
}

fn footer<'a>(v: &View<'a>) -> Block<'a> {
    crate::document::footer(
        &v.cat.fingerprint,
        Inline::Text(w::footer(w::or_dash(&v.plan.questionnaire), &assessed(v))),
    )
}
