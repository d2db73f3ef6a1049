//! The gap report as a document, built once for every text format. Where the formats still say
//! a thing in different words or show different detail, the blocks name the formats that show
//! them ([`Block::Only`]): the one place those differences are written.

use crate::analysis::aggregate::{self, Disagreement, ProfileChoice, Summary};
use crate::analysis::scoring::{Band, Item as Scored, KeyScore, Status};
use crate::answers::{Answer, State};
use crate::document::only::*;
use crate::document::wording::report::{self as w, DASH, or_dash, percent, range};
use crate::document::{
    Bar, Block, Cell, Chart, Column, Document, Dot, Inline, Item, Kind, Row, Sub, Table, Tag, Text,
    Tone, cell, fixed, guide, level, masthead, or_unnamed, text, trusted, with_notes,
};
use crate::document::{each, each_built};
use crate::questionnaire::Questionnaire;
use crate::report::Report;

/// The whole report.
pub fn build<'a>(r: &'a Report<'a>) -> Document<'a> {
    // The summary comes first in every format: what a leader reads in thirty seconds.
    // Combined answers add who answered and where they disagree.
    let agg = r.aggregate.as_ref();
    let mut blocks = vec![header(r), summary(r)];
    blocks.extend(agg.map(|agg| respondents(r, agg)));
    blocks.extend([
        areas(r),
        priorities_figure(r),
        key(r),
        also_now(r),
        later(r),
    ]);
    blocks.extend(agg.map(|agg| disagreements(r, agg)));
    blocks.extend([
        gaps(r),
        investigate(r),
        claims(r),
        not_applicable(r),
        strengths(r),
        resources(r),
        Block::only(GLOSSARY, vec![Block::Glossary(&r.cat.glossary)]),
        profile(r),
        method(r),
        footer(r),
    ]);
    Document {
        kind: Kind::Report,
        title: w::title(html_organisation(r)),
        blocks,
    }
}

/// The summary: readiness in figures and words, the priorities that matter now with their
/// first steps, and one line on what follows. The HTML page adds the areas chart, so that the
/// first printed page holds all of it.
fn summary<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let c = s.coverage;
    let mut blocks = vec![
        Block::heading(2, trusted(w::summary())),
        Block::Para(
            "readiness",
            text(w::readiness_summary(
                s.overall.score,
                s.overall.low,
                s.overall.high,
                c.unknown,
            )),
        ),
        Block::para(trusted(w::coverage_summary(
            c.answered, c.total, c.na, c.unknown,
        ))),
    ];
    if let Some(agg) = &r.aggregate {
        blocks.push(Block::para(trusted(w::combined_summary(
            agg.respondents.len(),
            agg.disagreements.len(),
            aggregate::DISAGREEMENT_SPREAD,
        ))));
    }
    blocks.push(Block::heading(3, trusted(w::now_heading())));
    let now = r.priorities();
    if now.is_empty() {
        blocks.push(Block::Para(
            "empty",
            trusted(if c.answered == 0 {
                w::nothing_answered_yet()
            } else {
                w::nothing_now()
            }),
        ));
    } else {
        blocks.push(Block::para(trusted(w::now_intro(now.len()))));
        blocks.push(Block::List {
            class: "now",
            label: w::now_heading(),
            ordered: true,
            items: now.iter().map(|i| now_item(r, i)).collect(),
        });
    }
    let strengths = r.strengths().len();
    blocks.push(Block::Para(
        "follows",
        trusted(w::what_follows(
            r.also_now().len(),
            r.later().len(),
            c.unknown,
            strengths,
        )),
    ));
    blocks.push(Block::only(HTML, vec![areas_meters(r)]));
    Block::section("summary", blocks)
}

/// The summary's readiness by area on the HTML page: a bar and a figure a row, compact enough to
/// share the first printed page with the priorities (the full chart follows the summary).
fn areas_meters<'a>(r: &Report<'a>) -> Block<'a> {
    let rows = r
        .scored
        .areas
        .iter()
        .map(|a| {
            Row::new(vec![
                guide(r.area_title(&a.id)),
                Cell::new(vec![
                    Inline::Meter(a.score.score),
                    Inline::Trusted(percent(a.score.score)),
                ]),
            ])
        })
        .collect();
    let mut t = Table::new(
        columns! { new(w::area()), new(w::readiness()).role("status") },
        rows,
    );
    t.class = "areas-mini";
    Block::Table(t)
}

/// A priority in the summary: its title and area, then its levels and band, then its first
/// step, each on a line of its own.
fn now_item(r: &Report, i: &Scored) -> Item {
    let rec = r.recommendation(i);
    let mut head = vec![Inline::Strong(vec![Inline::Guide(rec.title.clone())])];
    head.push(Inline::Trusted(" (".into()));
    head.push(Inline::Guide(r.area_title(&i.area).to_string()));
    head.push(Inline::Trusted(")".into()));
    let levels = trusted(w::now_target(
        &level_label(r, i),
        &format!("{} {}", i.target, r.level_name(i.target)),
        w::band_word(i.band),
    ));
    let step = vec![
        Inline::Span("sub-label", trusted(w::first_step_label())),
        Inline::Guide(or_dash(&rec.first_step).to_string()),
    ];
    Item {
        class: "",
        text: head,
        more: vec![levels, step],
    }
}

/// A list of gaps with their area and levels, for the sections after the summary.
fn gap_list<'a>(r: &Report<'a>, items: &[&Scored]) -> Block<'a> {
    let item = |i: &&Scored| {
        let rec = r.recommendation(i);
        let mut t = vec![Inline::Guide(rec.title.clone())];
        t.extend(trusted(w::area_and_levels(
            r.area_title(&i.area),
            &level_label(r, i),
            &format!("{} {}", i.target, r.level_name(i.target)),
        )));
        Item::new(t)
    };
    Block::List {
        class: "gaps",
        label: "",
        ordered: false,
        items: items.iter().map(item).collect(),
    }
}

/// High and medium gaps beyond the summary's list; nothing when there are none.
fn also_now<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.also_now();
    if items.is_empty() {
        return Block::only(&[], Vec::new());
    }
    Block::headed(
        "also-now",
        w::also_now(),
        vec![
            Block::para(trusted(w::also_now_intro())),
            gap_list(r, &items),
        ],
    )
}

/// The low-band gaps: listed, not ranked as priorities.
fn later<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.later();
    let mut blocks = vec![Block::heading(2, trusted(w::later()))];
    if items.is_empty() {
        blocks.push(Block::Para("empty", trusted(w::no_later())));
    } else {
        blocks.push(Block::para(trusted(w::later_intro())));
        blocks.push(gap_list(r, &items));
    }
    Block::section("later", blocks)
}

fn band_tone(band: Band) -> Tone {
    match band {
        Band::High => Tone::Bad,
        Band::Medium => Tone::Warn,
        Band::Low => Tone::Plain,
        Band::None => Tone::Good,
    }
}

fn html_organisation<'a>(r: &Report<'a>) -> &'a str {
    or_unnamed(&r.answers.organisation, w::organisation_not_named())
}

/// Who answered, as the header says it: the combined answers' respondent ("Combined: 4
/// respondents", English in the answers file) in the document's language.
fn respondent(r: &Report) -> String {
    match &r.aggregate {
        Some(agg) if r.answers.respondent.starts_with("Combined: ") => {
            w::combined_respondent(agg.respondents.len())
        }
        _ => r.answers.respondent.clone(),
    }
}

fn header<'a>(r: &Report<'a>) -> Block<'a> {
    let a = r.answers;
    let who = respondent(r);
    let mut screen = Vec::new();
    let mut spoken = Vec::new();
    let mut page = Vec::new();
    let fact = |label: &str, value: Text| (label.to_string(), value);
    if !a.respondent.is_empty() {
        screen.push(fact(w::respondent(), text(&who)));
        spoken.push(fact(w::respondent(), text(&who)));
    }
    if !a.respondent.trim().is_empty() {
        page.push(fact(w::respondent(), text(&who)));
    }
    let q = r.q;
    screen.push(fact(
        w::questionnaire(),
        text(w::questionnaire_screen(&q.title, &q.id, &q.version)),
    ));
    spoken.push(fact(
        w::questionnaire(),
        text(w::questionnaire_spoken(&q.title, &q.id, &q.version)),
    ));
    page.push(fact(
        w::questionnaire(),
        w::questionnaire_markdown(
            Inline::Text(q.title.clone()),
            Inline::Text(q.id.clone()),
            Inline::Text(q.version.clone()),
        ),
    ));
    if !a.date.is_empty() {
        screen.push(fact(w::date(), text(&a.date)));
        spoken.push(fact(w::date(), text(&a.date)));
    }
    if !a.date.trim().is_empty() {
        page.push(fact(w::date(), text(&a.date)));
    }
    let named = |fallback: &str| {
        if a.organisation.is_empty() {
            trusted(fallback)
        } else {
            text(&a.organisation)
        }
    };
    let md_name = if a.organisation.trim().is_empty() {
        trusted(w::organisation_not_named_paren())
    } else {
        text(&a.organisation)
    };
    let title = w::title_spoken(named(w::organisation_not_named()));
    let screen_title = w::title_screen(named(w::organisation_not_named_paren()));
    let md_title = w::title_screen(md_name);
    Block::top(vec![
        Block::only(
            TABLE,
            vec![Block::Title(screen_title), Block::Facts("", screen)],
        ),
        Block::only(PLAIN, vec![Block::Title(title), Block::Facts("", spoken)]),
        Block::only(
            MARKDOWN,
            vec![Block::Title(md_title), Block::Facts("", page)],
        ),
        Block::only(HTML, vec![html_header(r)]),
    ])
}

/// The HTML page's header: the kicker, the organisation and who answered when; the profile
/// waits for the end ([`profile`]), so that the first printed page is the summary's.
fn html_header<'a>(r: &Report<'a>) -> Block<'a> {
    let a = r.answers;
    let facts = vec![
        (w::respondent().to_string(), text(or_dash(&respondent(r)))),
        (
            w::questionnaire().to_string(),
            text(w::questionnaire_full(&r.q.title, &r.q.id, &r.q.version)),
        ),
        (
            w::date().to_string(),
            text(if a.date.trim().is_empty() {
                w::no_date_given()
            } else {
                a.date.as_str()
            }),
        ),
    ];
    Block::Only(
        HTML,
        masthead(w::kicker(), text(html_organisation(r)), facts),
    )
}

/// The HTML page's profile: how the organisation described itself, which set the importance
/// of questions; nothing when no profile question was answered.
fn profile<'a>(r: &Report<'a>) -> Block<'a> {
    let a = r.answers;
    // In the questionnaire's order, as they were asked.
    let mut answered: Vec<(&String, &String)> = a.profile.iter().collect();
    answered.sort_by_key(|(qid, _)| {
        r.q.profile
            .iter()
            .position(|p| &p.id == *qid)
            .unwrap_or(usize::MAX)
    });
    let items: Vec<Text> = answered
        .into_iter()
        .map(|(qid, oid)| match r.q.profile_question(qid) {
            Some(pq) => {
                let answer = pq.option(oid).map_or(oid.as_str(), |o| o.label.as_str());
                vec![
                    Inline::Text(pq.question.clone()),
                    Inline::Text(" ".into()),
                    Inline::Strong(text(answer)),
                ]
            }
            None => vec![Inline::Text(format!("{qid}{}{oid}", w::colon()))],
        })
        .collect();
    if items.is_empty() {
        return Block::only(&[], Vec::new());
    }
    Block::only(
        HTML,
        vec![Block::headed(
            "profile",
            w::profile_heading(),
            vec![
                Block::para(trusted(w::profile_intro_html())),
                Block::list(items),
            ],
        )],
    )
}

/// A profile choice of the combined answers in words: "Question? Option label (3 of 4
/// answers)".
fn profile_line(q: &Questionnaire, choice: &ProfileChoice) -> String {
    let Some(pq) = q.profile_question(&choice.question) else {
        return choice.question.clone();
    };
    match &choice.option {
        Some(id) => w::profile_choice(
            &pq.question,
            pq.option(id).map_or(id.as_str(), |o| o.label.as_str()),
            choice.count,
            choice.answered,
        ),
        None => w::profile_unanswered(&pq.question),
    }
}

/// The aggregate's respondents, each scored alone, and the profile the combined answers use.
fn respondents<'a>(r: &'a Report<'a>, agg: &'a Summary) -> Block<'a> {
    let n = agg.respondents.len();
    // Thousands of respondents make each variant large: only the one being written is made.
    let profile = move || -> Vec<Text> {
        agg.profile
            .iter()
            .map(|p| text(profile_line(r.q, p)))
            .collect()
    };
    let profile_blocks = move || {
        let profile = profile();
        let mut blocks = Vec::new();
        if !profile.is_empty() {
            blocks.push(Block::para(trusted(w::profile_intro())));
            blocks.push(Block::list(profile));
        }
        blocks
    };
    // An anonymised report says so where it lists the respondents.
    let anonymised = move || {
        agg.anonymised
            .then(|| Block::para(trusted(w::anonymised_intro())))
    };
    let spoken = move || {
        let mut spoken = vec![
            Block::heading(2, trusted(w::with_count_spoken(w::respondents(), n))),
            Block::para(trusted(w::respondents_intro())),
        ];
        spoken.extend(anonymised());
        spoken.extend(agg.respondents.iter().map(|x| {
            let c = x.coverage;
            Block::para(text(w::respondent_spoken(
                &w::respondent_shown(&x.label, agg.anonymised),
                (!agg.anonymised).then_some(x.file.as_str()),
                &percent(x.overall.score),
                &range(x.overall.low, x.overall.high),
                &w::counts(c.answered, c.na, c.unknown, c.unanswered),
            )))
        }));
        spoken.extend(
            profile()
                .iter()
                .map(|p| Block::para(text(w::profile_spoken(&crate::document::plain(p))))),
        );
        spoken
    };
    let screen = move || {
        let mut screen = vec![
            Block::heading(2, trusted(w::with_count(w::respondents(), n))),
            Block::para(trusted(w::respondents_intro_screen())),
        ];
        screen.extend(anonymised());
        screen.push(Block::Table(respondents_screen_table(agg)));
        let profile = profile_blocks();
        if !profile.is_empty() {
            screen.push(Block::Blank);
        }
        screen.extend(profile);
        screen
    };
    let page = move |code: bool| {
        let mut blocks = vec![
            Block::heading(2, trusted(w::with_count(w::respondents(), n))),
            Block::para(trusted(w::respondents_intro())),
        ];
        blocks.extend(anonymised());
        blocks.push(Block::Table(respondents_page_table(agg, code)));
        blocks.extend(profile_blocks());
        blocks
    };
    Block::section(
        "respondents",
        vec![each(
            screen,
            spoken,
            move || page(false),
            move || page(true),
        )],
    )
}

/// Respondents on a terminal: coverage and readiness folded into one column each; the file
/// unless the report is anonymised.
fn respondents_screen_table(agg: &Summary) -> Table {
    let rows = agg
        .respondents
        .iter()
        .map(|x| {
            let c = x.coverage;
            let mut cells = vec![cell(w::respondent_shown(&x.label, agg.anonymised))];
            if !agg.anonymised {
                cells.push(cell(&x.file));
            }
            cells.extend([
                fixed(format!(
                    "{} / {} / {} / {}",
                    c.answered, c.na, c.unknown, c.unanswered
                )),
                fixed(w::percent_with_range(
                    x.overall.score,
                    x.overall.low,
                    x.overall.high,
                )),
            ]);
            Row::new(cells)
        })
        .collect();
    let mut columns = columns! { new(w::respondent()), new(w::file()), new(w::coverage_column()),
    new(w::readiness()) };
    if agg.anonymised {
        columns.remove(1);
    }
    Table::new(columns, rows)
}

/// Respondents on a page: a column per count; in HTML the file as code and a dash for no range;
/// no file when the report is anonymised.
fn respondents_page_table(agg: &Summary, html: bool) -> Table {
    let rows = agg
        .respondents
        .iter()
        .map(|x| {
            let c = x.coverage;
            let rg = range(x.overall.low, x.overall.high);
            let mut cells = vec![cell(w::respondent_shown(&x.label, agg.anonymised))];
            if !agg.anonymised {
                cells.push(Cell::new(if html {
                    vec![Inline::Code(x.file.clone())]
                } else {
                    text(&x.file)
                }));
            }
            cells.extend([
                fixed(c.answered.to_string()),
                fixed(c.na.to_string()),
                fixed(c.unknown.to_string()),
                fixed(c.unanswered.to_string()),
                cell(percent(x.overall.score)),
                cell(if html { or_dash(&rg).to_string() } else { rg }),
            ]);
            Row::new(cells)
        })
        .collect();
    let mut columns = columns! { new(w::respondent()), new(w::file()).role("note"), num(w::answered()),
    num(w::na_column()), num(w::dont_know_column()), num(w::unanswered_column()),
    num(w::readiness()), num(w::range_label()) };
    if agg.anonymised {
        columns.remove(1);
    }
    Table::new(columns, rows)
}

/// The areas' readiness: a table with bars on a terminal and in Markdown, sentences read aloud; the
/// HTML page draws it as a chart instead ([`charts`]).
fn areas<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    // The terminal puts the range beside the percentage; Markdown gives each a column.
    // Markdown has no bars (a pasted table keeps only text) and gives the range its own
    // column. Each part with several areas is named once, on a row before them.
    let table = |split: bool| {
        let mut rows = Vec::new();
        let mut part = "";
        for a in &s.areas {
            if a.part != part {
                part = &a.part;
                if s.areas.iter().filter(|x| x.part == a.part).count() > 1 {
                    let mut cells = vec![Cell::new(vec![Inline::Strong(text(r.part_name(part)))])];
                    cells.extend((0..3).map(|_| fixed("")));
                    rows.push(Row {
                        class: "part",
                        ..Row::new(cells)
                    });
                }
            }
            let mut cells = vec![cell(r.area_title(&a.id))];
            let (score, low, high) = (a.score.score, a.score.low, a.score.high);
            if split {
                cells.extend([cell(percent(score)), cell(range(low, high))]);
            } else {
                cells.push(Cell::new(vec![Inline::Bar(a.score.score, 20)]));
                cells.push(fixed(w::percent_with_range(score, low, high)));
            }
            cells.push(fixed(format!("{}/{}", a.answered, a.applicable)));
            rows.push(Row::new(cells));
        }
        let columns = if split {
            columns! { new(w::area()), num(w::PERCENT_COLUMN), num(w::range_label()),
            num(w::answered()) }
        } else {
            columns! { new(w::area()), new(w::readiness()), new(w::PERCENT_COLUMN),
            new(w::answered()) }
        };
        Block::Table(Table::new(columns, rows))
    };
    let spoken = s.areas.iter().map(|area| {
        Block::para(text(w::area_spoken(
            r.part_name(&area.part),
            r.area_title(&area.id),
            &percent(area.score.score),
            &range(area.score.low, area.score.high),
            area.answered,
            area.applicable,
        )))
    });
    let page = if s.areas.is_empty() {
        Block::para(trusted(w::no_area()))
    } else {
        table(true)
    };
    Block::headed(
        "areas",
        w::readiness_by_area(),
        vec![
            Block::only(TABLE, vec![table(false)]),
            Block::only(PLAIN, spoken.collect()),
            Block::only(MARKDOWN, vec![page]),
            Block::only(HTML, vec![areas_figure(r)]),
        ],
    )
}

/// A chart in a figure with its caption.
fn figure<'a>(caption: &str, blocks: Vec<Block<'a>>) -> Block<'a> {
    Block::Group {
        tag: Tag::Figure,
        id: "",
        class: "chart-block",
        blocks: std::iter::once(Block::Caption("", trusted(caption.to_string())))
            .chain(blocks)
            .collect(),
    }
}

/// The HTML page's chart of readiness by area.
fn areas_figure<'a>(r: &Report<'a>) -> Block<'a> {
    figure(w::areas_chart_title(), areas_chart(r))
}

/// The HTML page's chart of the priorities that matter now, after the summary.
fn priorities_figure<'a>(r: &Report<'a>) -> Block<'a> {
    Block::only(
        HTML,
        vec![Block::section(
            "priorities-chart",
            vec![figure(w::priorities_caption(), priorities_chart(r))],
        )],
    )
}

/// The areas' readiness as bars, and the legend under them.
fn areas_chart<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    let areas = &r.scored.areas;
    let any_range = areas
        .iter()
        .any(|a| !range(a.score.low, a.score.high).is_empty());
    let mut legend = trusted(w::areas_legend());
    if any_range {
        legend.push(Inline::Trusted(w::areas_legend_range().into()));
    }
    let bars: Vec<Bar> = areas
        .iter()
        .map(|a| {
            let span = range(a.score.low, a.score.high);
            Bar {
                label: r.area_title(&a.id).to_string(),
                value: a.score.score,
                low: a.score.low,
                high: a.score.high,
                shown: percent(a.score.score),
                range: (!span.is_empty()).then(|| w::bar_range(&span)),
            }
        })
        .collect();
    let chart = if bars.is_empty() {
        Block::Para("empty", trusted(w::no_areas_to_chart()))
    } else {
        Block::Chart(Chart::Bars {
            title: w::areas_chart_title().to_owned(),
            desc: bars
                .iter()
                .map(|b| w::bar_desc(&b.label, &b.shown))
                .collect::<Vec<_>>()
                .join(w::desc_join()),
            bars,
        })
    };
    vec![chart, Block::Para("legend", legend)]
}

/// The top priorities' levels now and targets as dots on the scale, and the legend under them.
fn priorities_chart<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    let top = r.priorities();
    if top.is_empty() {
        return vec![Block::Para("empty", trusted(w::no_gaps_chart()))];
    }
    let dots: Vec<Dot> = top
        .iter()
        .map(|i| Dot {
            label: r.recommendation(i).title.clone(),
            now: i.level.unwrap_or(0),
            target: i.target,
            band: i.band,
        })
        .collect();
    let desc = dots
        .iter()
        .enumerate()
        .map(|(n, d)| w::dot_desc(n + 1, &d.label, d.now, d.target, w::band_word(d.band)))
        .collect::<Vec<_>>()
        .join(w::desc_join());
    vec![
        Block::Chart(Chart::Dots {
            title: w::priorities_chart_title(r.q.max_level()),
            desc,
            levels: r.q.scale.iter().map(|l| l.level).collect(),
            dots,
        }),
        Block::Para("legend", text(w::priorities_legend(&w::scale(r.q)))),
    ]
}

fn key<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let title = |id: &str| r.cat.key_title(id);
    let status = |k: &KeyScore| {
        if k.asked == 0 {
            w::not_asked().to_string()
        } else if k.na == k.asked {
            w::not_scored_na().to_string()
        } else {
            percent(k.score)
        }
    };
    let screen = Table::new(
        columns! { new(w::key()), new(w::recommendation()), new(w::readiness()) },
        s.key
            .iter()
            .map(|k| Row::new(vec![cell(&k.id), guide(title(&k.id)), fixed(status(k))]))
            .collect(),
    );
    let spoken = s
        .key
        .iter()
        .map(|k| Block::para(text(w::key_spoken(&k.id, title(&k.id), &status(k)))))
        .collect();
    // Markdown and HTML: id, title, the status as each shows it, and how many were answered.
    let rows = |status: &dyn Fn(&KeyScore) -> Cell, answered: &dyn Fn(&KeyScore) -> String| {
        let row = |k: &KeyScore| {
            let cells = vec![
                cell(&k.id),
                guide(title(&k.id)),
                status(k),
                fixed(answered(k)),
            ];
            Row::new(cells)
        };
        s.key.iter().map(row).collect()
    };
    let markdown = if s.key.is_empty() {
        Block::para(trusted(w::no_key_markdown()))
    } else {
        Block::Table(Table::new(
            columns! { new(w::key()), new(w::recommendation()), num(w::readiness()),
            num(w::answered()) },
            rows(&|k| cell(status(k)), &|k| {
                format!("{}/{}", k.answered, k.asked)
            }),
        ))
    };
    let html = if s.key.is_empty() {
        Block::Para("empty", trusted(w::no_key_html()))
    } else {
        Block::Table(Table::new(
            columns! { new(w::id_html()).role("id"), new(w::key_recommendation()),
            new(w::status()).role("status"), num(w::answered()) },
            rows(
                &|k| Cell::new(vec![Inline::Meter(k.score), Inline::Text(status(k))]),
                &|k| w::of(k.answered, k.asked),
            ),
        ))
    };
    Block::headed(
        "key",
        w::key_recommendations(),
        vec![each_built(
            vec![Block::Table(screen)],
            spoken,
            vec![markdown],
            vec![html],
        )],
    )
}

/// "2 Developing", "n/a", "don't know" or "unanswered".
fn level_label(r: &Report, item: &Scored) -> String {
    crate::report::level_label(r, item)
}

/// A level that stays on one line, and the target the same way.
fn target(r: &Report, i: &Scored) -> Inline {
    level(format!("{} {}", i.target, r.level_name(i.target)))
}

/// The aggregate's disagreements: one question at a time, since thousands of respondents make
/// this the bulk of the page.
fn disagreements<'a>(r: &'a Report<'a>, agg: &'a Summary) -> Block<'a> {
    let spread = aggregate::DISAGREEMENT_SPREAD;
    let mut intro = vec![Block::heading(2, trusted(w::where_respondents_disagree()))];
    if agg.disagreements.is_empty() {
        intro.push(Block::Para("empty", trusted(w::no_disagreement(spread))));
    } else {
        intro.push(Block::only(
            NOT_PLAIN,
            vec![Block::para(trusted(w::disagreements_intro(spread)))],
        ));
    }
    let each = agg
        .disagreements
        .iter()
        .map(move |d| disagreement(r, agg, d));
    Block::Stream {
        id: "disagreements",
        blocks: Box::new(intro.into_iter().chain(each)),
    }
}

/// A respondent's answer as the report shows it: "2 Developing", "n/a", "don't know" or
/// "unanswered".
fn answer_label(q: &Questionnaire, answer: Option<&Answer>) -> String {
    match answer.map(|a| &a.state) {
        Some(State::Level(l)) => format!("{l} {}", q.level_name(*l)),
        Some(State::NotApplicable(_)) => w::na_short().to_string(),
        Some(State::Unknown) => w::dont_know().to_string(),
        None => w::unanswered().to_string(),
    }
}

/// A respondent's note, with the reason first for a not-applicable answer.
fn answer_note(answer: Option<&Answer>) -> String {
    let Some(a) = answer else {
        return String::new();
    };
    let mut parts = Vec::new();
    if let State::NotApplicable(reason) = &a.state {
        parts.push(w::na_reason(reason));
    }
    if let Some(note) = w::note_and_evidence(a.note.as_deref(), &a.evidence) {
        parts.push(note);
    }
    parts.join(w::semicolon())
}

/// One question the respondents disagree on, as each format shows it.
struct Split<'a> {
    d: &'a Disagreement,
    title: &'a str,
    band: Band,
    name: &'a str,
    levels: w::Levels<'a>,
}

/// One question the respondents disagree on: every respondent's level and note.
fn disagreement<'a>(r: &'a Report<'a>, agg: &'a Summary, d: &'a Disagreement) -> Block<'a> {
    let band = r
        .scored
        .items
        .iter()
        .find(|i| i.question == d.question)
        .map_or(Band::None, |i| i.band);
    let name = r.level_name(d.median);
    let x = Split {
        d,
        title: r.cat.recommendation_title(&d.recommendation),
        band,
        name,
        levels: w::Levels {
            min: d.min,
            max: d.max,
            spread: d.spread,
            median: d.median,
            name,
            band: w::band_word(band),
        },
    };
    // Thousands of respondents make each variant large: only the one being written is made.
    let x = std::rc::Rc::new(x);
    let (spoken, markdown, html) = (x.clone(), x.clone(), x.clone());
    Block::div(
        "disagreement",
        vec![each(
            move || {
                vec![
                    Block::heading(3, text(format!("{} {}", d.question, x.title))),
                    Block::para(text(w::levels_spread(&x.levels))),
                    answers_table(r, agg, d, false),
                ]
            },
            move || disagreement_spoken(r, agg, &spoken),
            move || disagreement_markdown(r, agg, &markdown),
            move || disagreement_html(r, agg, &html),
        )],
    )
}

/// Every respondent's level and note on a question.
fn answers_table<'a>(r: &Report, agg: &Summary, d: &Disagreement, html: bool) -> Block<'a> {
    let rows = agg
        .answers_to(&d.question)
        .map(|(x, a)| {
            let label = answer_label(r.q, a);
            let note = answer_note(a);
            let (label, note) = if html {
                (vec![level(label)], or_dash(&note).to_string())
            } else {
                (text(label), note)
            };
            let who = w::respondent_shown(&x.label, agg.anonymised);
            Row::new(vec![cell(who), Cell::new(label), cell(note)])
        })
        .collect();
    let columns = columns! { new(w::respondent()), new(w::level()), new(w::note()).role("note") };
    Block::Table(Table::new(columns, rows))
}

fn disagreement_spoken<'a>(r: &Report, agg: &Summary, x: &Split) -> Vec<Block<'a>> {
    let d = x.d;
    let mut lines = vec![Block::para(text(w::levels_spread_spoken(
        &d.question,
        x.title,
        &x.levels,
    )))];
    lines.extend(agg.answers_to(&d.question).map(|(who, a)| {
        let note = answer_note(a);
        let label = answer_label(r.q, a);
        let who = w::respondent_shown(&who.label, agg.anonymised);
        Block::para(text(w::respondent_level_spoken(&who, &label, &note)))
    }));
    lines
}

fn disagreement_markdown<'a>(r: &Report, agg: &Summary, x: &Split) -> Vec<Block<'a>> {
    let d = x.d;
    vec![
        Block::heading(
            3,
            w::disagreement_heading_markdown(
                Inline::Text(d.question.clone()),
                Inline::Text(x.title.to_string()),
                d.spread,
            ),
        ),
        Block::para(w::levels_markdown(&x.levels)),
        answers_table(r, agg, d, false),
    ]
}

fn disagreement_html<'a>(r: &Report, agg: &Summary, x: &Split) -> Vec<Block<'a>> {
    let d = x.d;
    vec![
        Block::heading(
            3,
            vec![
                Inline::Text(format!("{} {} ", d.question, x.title)),
                Inline::Span("area-score", trusted(w::spread(d.spread))),
            ],
        ),
        Block::Para(
            "area-facts",
            w::levels_html(
                &x.levels,
                level(format!("{} {}", d.median, x.name)),
                Inline::Band(x.band),
            ),
        ),
        answers_table(r, agg, d, true),
    ]
}

/// Every question by area, with its level, target, importance and priority.
fn gaps<'a>(r: &'a Report<'a>) -> Block<'a> {
    titled_section(
        "gaps",
        w::all_questions_by_area(),
        w::gaps_by_area_html(),
        each(
            move || gaps_by_area_screen(r),
            move || gaps_by_area_spoken(r),
            move || gaps_by_area_markdown(r),
            move || gaps_by_area_html(r),
        ),
    )
}

/// A section whose heading the page words otherwise than the text formats, then its content.
fn titled_section<'a>(
    id: &'static str,
    text_heading: &str,
    html_heading: &str,
    content: Block<'a>,
) -> Block<'a> {
    Block::section(
        id,
        vec![
            Block::only(TEXT, vec![Block::heading(2, trusted(text_heading))]),
            Block::only(HTML, vec![Block::heading(2, trusted(html_heading))]),
            content,
        ],
    )
}

fn gaps_by_area_screen<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    for a in &r.scored.areas {
        let pct = percent(a.score.score);
        blocks.push(Block::Blank);
        blocks.push(Block::para(text(format!(
            "{} ({pct})",
            r.area_title(&a.id)
        ))));
        blocks.push(Block::Table(gaps_screen(r, &a.id)));
    }
    blocks
}

fn gaps_by_area_spoken<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    for a in &r.scored.areas {
        let pct = percent(a.score.score);
        blocks.push(Block::para(text(w::area_heading_spoken(
            r.area_title(&a.id),
            &pct,
        ))));
        blocks.extend(gaps_spoken(r, &a.id));
    }
    blocks
}

fn gaps_by_area_markdown<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    if r.scored.areas.is_empty() {
        return vec![Block::para(trusted(w::no_questions_markdown()))];
    }
    let mut blocks = Vec::new();
    for a in &r.scored.areas {
        let pct = percent(a.score.score);
        blocks.push(Block::heading(
            3,
            vec![
                Inline::Text(r.area_title(&a.id).to_string()),
                Inline::Trusted(format!(" ({pct})")),
            ],
        ));
        blocks.extend(gaps_markdown(r, &a.id));
    }
    blocks
}

fn gaps_by_area_html<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    if r.scored.areas.is_empty() {
        return vec![Block::Para("empty", trusted(w::no_questions_html()))];
    }
    r.scored
        .areas
        .iter()
        .map(|a| {
            let facts = w::area_facts_html(
                &range(a.score.low, a.score.high),
                &w::counts(a.answered, a.na, a.unknown, a.unanswered),
            );
            Block::div(
                "area",
                vec![
                    Block::heading(
                        3,
                        vec![
                            Inline::Text(format!("{} ", r.area_title(&a.id))),
                            Inline::Span("area-score", trusted(percent(a.score.score))),
                        ],
                    ),
                    Block::Para("area-facts", trusted(facts)),
                    Block::Table(gaps_html(r, &a.id)),
                ],
            )
        })
        .collect()
}

fn gaps_screen(r: &Report, area: &str) -> Table {
    let rows = r
        .items_in(area)
        .map(|i| {
            let rec = r.recommendation(i);
            let answered = i.status == Status::Answered;
            let tone = if answered {
                band_tone(i.band)
            } else {
                Tone::Dim
            };
            Row::new(vec![
                cell(&rec.id),
                guide(&rec.title),
                cell(level_label(r, i)),
                fixed(i.target.to_string()),
                fixed(w::importance_word(i.importance)),
                Cell::toned(
                    trusted(if answered {
                        w::band_word(i.band)
                    } else {
                        w::NO_VALUE_SCREEN
                    }),
                    tone,
                ),
            ])
        })
        .collect();
    Table::new(
        columns! { new(w::id()), new(w::recommendation()), new(w::now_column()),
        new(w::target_label()), new(w::importance()), new(w::priority()) },
        rows,
    )
}

fn gaps_spoken<'a>(r: &Report<'a>, area: &str) -> Vec<Block<'a>> {
    let mut lines = Vec::new();
    for i in r.items_in(area) {
        let rec = r.recommendation(i);
        lines.push(Block::para(text(w::question_spoken(
            &rec.id,
            &rec.title,
            &level_label(r, i),
            i.target,
            w::importance_word(i.importance),
            (i.status == Status::Answered).then_some(w::band_word(i.band)),
        ))));
        if let Some(note) = w::note_and_evidence(i.note.as_deref(), &i.evidence) {
            lines.push(Block::para(text(w::note_on(&rec.id, &note))));
        }
    }
    lines
}

/// Markdown: a narrow table (a pasted table keeps its columns readable), then the notes and
/// not-applicable reasons as a list under it.
fn gaps_markdown<'a>(r: &Report, area: &str) -> Vec<Block<'a>> {
    let mut notes = Vec::new();
    let rows = r
        .items_in(area)
        .map(|i| {
            let rec = r.recommendation(i);
            let mut note = Vec::new();
            if let Some(reason) = &i.reason {
                note.push(w::na_reason(reason));
            }
            if let Some(n) = w::note_and_evidence(i.note.as_deref(), &i.evidence) {
                note.push(n);
            }
            if !note.is_empty() {
                let mut t = vec![
                    Inline::Strong(text(&rec.id)),
                    Inline::Trusted(w::colon().into()),
                ];
                t.push(Inline::Text(note.join(w::semicolon())));
                notes.push(Item::new(t));
            }
            Row::new(vec![
                cell(&rec.id),
                Cell::new(vec![Inline::Guide(rec.title.clone())]),
                cell(level_label(r, i)),
                fixed(i.target.to_string()),
                cell(w::importance_word(i.importance)),
                fixed(if i.status == Status::Answered {
                    w::band_word(i.band)
                } else {
                    ""
                }),
            ])
        })
        .collect();
    let table = Table::new(
        columns! { new(w::id()), new(w::recommendation()), new(w::now_column()),
        new(w::target_label()).right(), new(w::importance()), new(w::priority()) },
        rows,
    );
    with_notes(table, notes)
}

/// One group per question: its row, then its note, if any, across the row.
fn gaps_html(r: &Report, area: &str) -> Table {
    let rows = r
        .items_in(area)
        .map(|i| {
            let note = w::note_and_evidence(i.note.as_deref(), &i.evidence);
            let band = match (i.status, i.gap) {
                (Status::Answered, Some(0)) => {
                    Inline::Span("lv at-target", trusted(w::at_target()))
                }
                (Status::Answered, _) => Inline::Band(i.band),
                _ => Inline::Trusted(DASH.into()),
            };
            let cells = vec![
                cell(&i.recommendation),
                Cell::new(vec![Inline::Guide(r.recommendation(i).title.clone())]),
                Cell::new(vec![level(level_label(r, i))]),
                Cell::new(vec![target(r, i)]),
                fixed(i.gap.map_or_else(|| DASH.to_string(), |g| g.to_string())),
                cell(w::importance_word(i.importance)),
                Cell::new(vec![band]),
            ];
            let note = note.map(|n| Sub::labelled(1, "note", w::note_label(), &n));
            Row::with_sub(cells, note)
        })
        .collect();
    let columns = columns! { id(), new(w::recommendation()), new(w::level_now_column()), new(w::target_label()),
    num(w::gap_column()), new(w::importance()), new(w::priority()) };
    Table::grouped("gap", columns, rows)
}

/// "**R01** Map what you already do" and what follows it in a Markdown list item.
fn named_item(r: &Report, i: &Scored, rest: Vec<Inline>) -> Text {
    let rec = r.recommendation(i);
    let mut t = vec![
        Inline::Strong(text(&rec.id)),
        Inline::Trusted(" ".into()),
        Inline::Text(rec.title.clone()),
    ];
    t.extend(rest);
    t
}

/// A terminal list of items: "R01  Title", and under it what `extra` says of the item.
fn screen_items<'a>(
    r: &Report<'a>,
    items: &[&Scored],
    extra: impl Fn(&Scored) -> Option<String>,
) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    for i in items {
        let rec = r.recommendation(i);
        blocks.push(Block::Hanging {
            first: "  ",
            rest: "  ",
            text: text(format!("{}  {}", rec.id, rec.title)),
        });
        if let Some(x) = extra(i) {
            blocks.push(Block::Hanging {
                first: "      ",
                rest: "      ",
                text: text(x),
            });
        }
    }
    blocks
}

/// A sentence an item, read aloud: `say` gets the item's id and title.
fn spoken_items<'a>(
    r: &Report<'a>,
    items: &[&Scored],
    say: impl Fn(&str, &str, &Scored) -> String,
) -> Vec<Block<'a>> {
    let sentence = |i: &&Scored| {
        let rec = r.recommendation(i);
        Block::para(text(say(&rec.id, &rec.title, i)))
    };
    items.iter().map(sentence).collect()
}

/// An HTML table of items with their area, and the columns that follow it.
fn html_items(
    r: &Report,
    items: &[&Scored],
    last: Vec<Column>,
    value: impl Fn(&Scored) -> Vec<Cell>,
) -> Table {
    let rows = items
        .iter()
        .map(|i| {
            let mut cells = vec![
                cell(&i.recommendation),
                cell(&r.recommendation(i).title),
                cell(r.area_title(&i.area)),
            ];
            cells.extend(value(i));
            Row::new(cells)
        })
        .collect();
    let mut columns = columns! { id(), new(w::recommendation()), new(w::area()) };
    columns.extend(last);
    Table::new(columns, rows)
}

/// A section listing items: the same empty sentence everywhere but HTML.
struct Listing<'a> {
    id: &'static str,
    screen_heading: &'static str,
    spoken_heading: &'static str,
    html_heading: &'static str,
    empty: &'static str,
    html_empty: &'static str,
    screen: Vec<Block<'a>>,
    spoken: Vec<Block<'a>>,
    markdown: Vec<Text>,
    html: Vec<Block<'a>>,
}

impl<'a> Listing<'a> {
    fn build(self, any: bool) -> Block<'a> {
        let mut blocks = vec![
            Block::only(
                SCREEN,
                vec![Block::heading(2, trusted(self.screen_heading))],
            ),
            Block::only(PLAIN, vec![Block::heading(2, trusted(self.spoken_heading))]),
            Block::only(HTML, vec![Block::heading(2, trusted(self.html_heading))]),
        ];
        if any {
            blocks.push(Block::only(TABLE, self.screen));
            blocks.push(Block::only(PLAIN, self.spoken));
            blocks.push(Block::only(MARKDOWN, vec![Block::list(self.markdown)]));
            blocks.push(Block::only(HTML, self.html));
        } else {
            blocks.push(Block::only(TEXT, vec![Block::para(trusted(self.empty))]));
            blocks.push(Block::only(
                HTML,
                vec![Block::Para("empty", trusted(self.html_empty))],
            ));
        }
        Block::section(self.id, blocks)
    }
}

fn investigate<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.with_status(Status::Unknown);
    Listing {
        id: "investigate",
        screen_heading: w::investigate_screen(),
        spoken_heading: w::investigate_spoken(),
        html_heading: w::investigate_html(),
        empty: w::no_dont_know(),
        html_empty: w::no_dont_know(),
        screen: screen_items(r, &items, |i| Some(r.question_text(i).to_string())),
        spoken: spoken_items(r, &items, |id, title, i| {
            w::investigate_item_spoken(id, title, r.question_text(i))
        }),
        markdown: items
            .iter()
            .map(|i| {
                let mut rest = vec![
                    Inline::Trusted(w::colon().into()),
                    Inline::Text(r.question_text(i).to_string()),
                ];
                if let Some(note) = &i.note {
                    rest.push(Inline::Trusted(w::note_after_question().into()));
                    rest.push(Inline::Text(note.clone()));
                }
                named_item(r, i, rest)
            })
            .collect(),
        html: vec![
            Block::para(trusted(w::investigate_intro_html())),
            Block::Table(html_items(
                r,
                &items,
                columns! { new(w::question_asked_column()).label(w::question_label()) },
                |i| vec![cell(or_dash(r.question_text(i)))],
            )),
        ],
    }
    .build(!items.is_empty())
}

/// Answers at level 3 or 4 that name no evidence.
fn claims<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.claims_to_check();
    let named = |i: &Scored| {
        let l = i.level.unwrap_or(0);
        (l, r.level_name(l))
    };
    Listing {
        id: "claims",
        screen_heading: w::claims_screen(),
        spoken_heading: w::claims_spoken(),
        html_heading: w::claims_html(),
        empty: w::no_claims(),
        html_empty: w::no_claims(),
        screen: screen_items(r, &items, |i| {
            let (l, name) = named(i);
            Some(w::claim_screen(l, name))
        }),
        spoken: spoken_items(r, &items, |id, title, i| {
            let (l, name) = named(i);
            w::claim_spoken(id, title, l, name)
        }),
        markdown: items
            .iter()
            .map(|i| {
                let (l, name) = named(i);
                named_item(r, i, w::claim_markdown(l, Inline::Text(name.to_string())))
            })
            .collect(),
        html: vec![
            Block::para(trusted(w::claims_intro_html())),
            Block::Table(html_items(r, &items, columns! { new(w::level()) }, |i| {
                vec![Cell::new(vec![level(level_label(r, i))])]
            })),
        ],
    }
    .build(!items.is_empty())
}

fn not_applicable<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.with_status(Status::Na);
    let reason = |i: &Scored| i.reason.clone().unwrap_or_default();
    Listing {
        id: "not-applicable",
        screen_heading: w::not_applicable(),
        spoken_heading: w::not_applicable(),
        html_heading: w::not_applicable(),
        empty: w::no_not_applicable(),
        html_empty: w::no_not_applicable_html(),
        screen: screen_items(r, &items, |i| i.reason.as_deref().map(w::reason)),
        spoken: spoken_items(r, &items, |id, title, i| {
            w::not_applicable_spoken(id, title, &reason(i))
        }),
        markdown: items
            .iter()
            .map(|i| {
                let why = reason(i);
                let why = if why.trim().is_empty() {
                    Inline::Trusted(w::no_reason_given().into())
                } else {
                    Inline::Text(why)
                };
                named_item(r, i, vec![Inline::Trusted(w::colon().into()), why])
            })
            .collect(),
        html: vec![Block::Table(html_items(
            r,
            &items,
            columns! { new(w::reason_column()).role("note") },
            |i| vec![cell(or_dash(&reason(i)))],
        ))],
    }
    .build(!items.is_empty())
}

fn strengths<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.strengths();
    let html = html_items(
        r,
        &items,
        columns! { new(w::level()), new(w::target_label()) },
        |i| {
            vec![
                Cell::new(vec![level(level_label(r, i))]),
                Cell::new(vec![target(r, i)]),
            ]
        },
    );
    Listing {
        id: "strengths",
        screen_heading: w::strengths_screen(),
        spoken_heading: w::strengths_spoken(),
        html_heading: w::strengths_html(),
        empty: w::no_strengths(),
        html_empty: w::no_strengths_html(),
        screen: screen_items(r, &items, |i| {
            i.level
                .map(|l| w::strength_screen(l, r.level_name(l), i.target))
        }),
        spoken: spoken_items(r, &items, |id, title, i| {
            w::strength_spoken(id, title, i.level.unwrap_or(0), i.target)
        }),
        markdown: items
            .iter()
            .map(|i| {
                let l = i.level.unwrap_or(0);
                named_item(
                    r,
                    i,
                    w::strength_markdown(l, Inline::Text(r.level_name(l).to_string()), i.target),
                )
            })
            .collect(),
        html: vec![Block::Table(html)],
    }
    .build(!items.is_empty())
}

type Found<'a> = [(
    &'a crate::catalogue::model::Resource,
    Vec<&'a crate::catalogue::model::Area>,
)];

/// "Area, Area": the titles of the areas a resource serves.
fn titles(areas: &[&crate::catalogue::model::Area]) -> String {
    areas
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn resources<'a>(r: &Report<'a>) -> Block<'a> {
    let weak = r.weakest_areas();
    let found = r.resources();
    // Left out when no area short of its target has resources in the guide.
    if found.is_empty() {
        return Block::only(&[], Vec::new());
    }
    let mut screen = Vec::new();
    let mut spoken = Vec::new();
    for (res, areas) in &found {
        screen.push(Block::Hanging {
            first: "  ",
            rest: "  ",
            text: text(w::resource_screen(&res.id, &res.title, &titles(areas))),
        });
        screen.push(Block::Hanging {
            first: "     ",
            rest: "     ",
            text: vec![Inline::Guide(res.summary.clone())],
        });
        spoken.push(Block::para(text(w::resource_spoken(
            &res.id,
            &res.title,
            &titles(areas),
            &res.summary,
        ))));
    }
    titled_section(
        "resources",
        w::resources_for_weakest(),
        w::resources_from_guide(),
        each_built(
            screen,
            spoken,
            resources_markdown(&weak, &found),
            resources_html(r, &weak, &found),
        ),
    )
}

fn resources_markdown<'a>(
    weak: &[&crate::catalogue::model::Area],
    found: &Found,
) -> Vec<Block<'a>> {
    vec![
        Block::para(w::weakest_areas_markdown(listed(weak))),
        Block::list(
            found
                .iter()
                .map(|(res, areas)| resource_md(res, areas))
                .collect(),
        ),
    ]
}

fn resources_html<'a>(
    r: &Report,
    weak: &[&crate::catalogue::model::Area],
    found: &Found,
) -> Vec<Block<'a>> {
    let scored = weak
        .iter()
        .map(|a| {
            let score = r.scored.area(&a.id).and_then(|s| s.score.score);
            format!("{} ({})", a.name, percent(score))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut blocks = vec![Block::para(text(w::weakest_areas_html(&scored)))];
    blocks.push(Block::List {
        class: "resources",
        label: "",
        ordered: false,
        items: found
            .iter()
            .map(|(res, areas)| Item {
                class: "",
                text: resource_html(res, &titles(areas)),
                more: Vec::new(),
            })
            .collect(),
    });
    blocks
}

/// "Area, Area": the areas' titles as inline content, for Markdown.
fn listed(areas: &[&crate::catalogue::model::Area]) -> Text {
    let mut t = Vec::new();
    for (n, a) in areas.iter().enumerate() {
        if n > 0 {
            t.push(Inline::Trusted(", ".into()));
        }
        t.push(Inline::Text(a.name.clone()));
    }
    t
}

/// "**Title** (c, for Area, Area): summary".
fn resource_md(
    res: &crate::catalogue::model::Resource,
    areas: &[&crate::catalogue::model::Area],
) -> Text {
    w::resource_markdown(
        Inline::Strong(text(&res.title)),
        Inline::Text(res.id.clone()),
        listed(areas),
        Inline::Guide(res.summary.clone()),
    )
}

/// The resource's title, id and summary, and on a line of its own the areas it serves.
fn resource_html(res: &crate::catalogue::model::Resource, serves: &str) -> Text {
    let mut t = vec![
        Inline::Strong(text(&res.title)),
        Inline::Text(format!(" ({})", res.id)),
    ];
    if !res.summary.trim().is_empty() {
        t.push(Inline::Guide(format!("{}{}", w::colon(), res.summary)));
    }
    t.push(Inline::Break);
    t.push(Inline::Span("serves", text(w::serves(serves))));
    t
}

/// How the scores were computed, then once when the guide was written.
fn method<'a>(r: &Report<'a>) -> Block<'a> {
    let mut method = crate::document::method(w::how_scores_were_computed(), &r.method(), false);
    if let Block::Group { blocks, .. } = &mut method {
        blocks.push(Block::Note("dated", trusted(w::guide_dated())));
    }
    method
}

fn footer<'a>(r: &Report<'a>) -> Block<'a> {
    crate::document::footer(
        &r.cat.fingerprint,
        Inline::Text(w::footer(&r.q.id, &r.q.version, or_dash(&r.answers.date))),
    )
}
