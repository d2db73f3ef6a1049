//! The gap report as a document, built once for every text format. Where the formats still say
//! a thing in different words or show different detail, the blocks name the formats that show
//! them ([`Block::Only`]): the one place those differences are written.

use crate::analysis::aggregate::{self, Disagreement, Summary};
use crate::analysis::scoring::{Band, Item as Scored, Status};
use crate::document::wording::{self as w, DASH, one, or_dash, percent, range};
use crate::document::{
    Bar, Block, Cell, Chart, Column, Document, Dot, Each, Inline, Item, Kind, Row, Sub, Table, Tag,
    Text, Tone, cell, fixed, level, text, trusted,
};
use crate::render::Format;
use crate::report::Report;

const TABLE: &[Format] = &[Format::Table];
const PLAIN: &[Format] = &[Format::Plain];
const MARKDOWN: &[Format] = &[Format::Markdown];
const HTML: &[Format] = &[Format::Html];
const TEXT: &[Format] = &[Format::Table, Format::Plain, Format::Markdown];
const PAGES: &[Format] = &[Format::Markdown, Format::Html];
const SCREEN: &[Format] = &[Format::Table, Format::Markdown];

/// The whole report.
pub fn build<'a>(r: &'a Report<'a>) -> Document<'a> {
    let mut blocks = vec![header(r), overall(r)];
    if let Some(agg) = &r.aggregate {
        blocks.push(respondents(r, agg));
    }
    blocks.extend([areas(r), charts(r), key(r), priorities(r)]);
    if let Some(agg) = &r.aggregate {
        blocks.push(disagreements(r, agg));
    }
    blocks.extend([
        gaps(r),
        investigate(r),
        not_applicable(r),
        strengths(r),
        resources(r),
        method(r),
        footer(r),
    ]);
    Document {
        kind: Kind::Report,
        title: format!("China readiness report: {}", html_organisation(r)),
        blocks,
    }
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
    let org = r.answers.organisation.trim();
    if org.is_empty() {
        "organisation not named"
    } else {
        org
    }
}

/// "1 03 Area" or "3 3.1 Area": the area with its part and sub-theme numbers.
fn numbered_area(r: &Report, area: &crate::analysis::scoring::AreaScore) -> String {
    match r.area(&area.id).and_then(|x| x.subtheme.as_ref()) {
        Some(sub) => format!("{} {sub} {}", area.part, r.area_title(&area.id)),
        None => format!("{} {}", area.part, r.area_title(&area.id)),
    }
}

/// "62.5% (50.0-75.0%)" when don't-knows leave a range.
fn percent_with_range(v: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    let rg = range(low, high);
    if rg.is_empty() {
        percent(v)
    } else {
        format!("{} ({rg})", percent(v))
    }
}

/// ", range 50.0-75.0%" when don't-knows leave a range, for sentences.
fn range_clause(low: Option<f64>, high: Option<f64>) -> String {
    let rg = range(low, high);
    if rg.is_empty() {
        String::new()
    } else {
        format!(", range {rg}")
    }
}

fn header<'a>(r: &Report<'a>) -> Block<'a> {
    let a = r.answers;
    let mut screen = Vec::new();
    let mut spoken = Vec::new();
    let mut page = Vec::new();
    if !a.respondent.is_empty() {
        screen.push(("Respondent".to_string(), text(&a.respondent)));
        spoken.push(("Respondent".to_string(), text(&a.respondent)));
    }
    if !a.respondent.trim().is_empty() {
        page.push(("Respondent".to_string(), text(&a.respondent)));
    }
    screen.push((
        "Questionnaire".to_string(),
        text(format!("{} ({} {})", r.q.title, r.q.id, r.q.version)),
    ));
    spoken.push((
        "Questionnaire".to_string(),
        text(format!("{}, {} version {}", r.q.title, r.q.id, r.q.version)),
    ));
    page.push((
        "Questionnaire".to_string(),
        vec![
            Inline::Text(r.q.title.clone()),
            Inline::Trusted(" (".into()),
            Inline::Text(r.q.id.clone()),
            Inline::Trusted(", version ".into()),
            Inline::Text(r.q.version.clone()),
            Inline::Trusted(")".into()),
        ],
    ));
    if !a.date.is_empty() {
        screen.push(("Date".to_string(), text(&a.date)));
        spoken.push(("Date".to_string(), text(&a.date)));
    }
    if !a.date.trim().is_empty() {
        page.push(("Date".to_string(), text(&a.date)));
    }
    let named = |fallback: &str| {
        if a.organisation.is_empty() {
            trusted(fallback)
        } else {
            text(&a.organisation)
        }
    };
    let md_name = if a.organisation.trim().is_empty() {
        trusted("(organisation not named)")
    } else {
        text(&a.organisation)
    };
    let mut title = trusted("China readiness report for ");
    title.extend(named("organisation not named"));
    title.push(Inline::Trusted(".".into()));
    let mut screen_title = trusted("China readiness report: ");
    screen_title.extend(named("(organisation not named)"));
    let mut md_title = trusted("China readiness report: ");
    md_title.extend(md_name);
    Block::Group {
        tag: Tag::Header,
        id: "",
        class: "top",
        blocks: vec![
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
        ],
    }
}

/// The HTML page's header: the kicker, the organisation and the facts with the profile.
fn html_header<'a>(r: &Report<'a>) -> Block<'a> {
    let a = r.answers;
    // In the questionnaire's order, as they were asked.
    let mut answered: Vec<(&String, &String)> = a.profile.iter().collect();
    answered.sort_by_key(|(qid, _)| {
        r.q.profile
            .iter()
            .position(|p| &p.id == *qid)
            .unwrap_or(usize::MAX)
    });
    let mut facts = vec![
        ("Respondent".to_string(), text(or_dash(&a.respondent))),
        (
            "Questionnaire".to_string(),
            text(format!(
                "{} ({}, version {})",
                r.q.title, r.q.id, r.q.version
            )),
        ),
        (
            "Date".to_string(),
            text(if a.date.trim().is_empty() {
                "no date given"
            } else {
                a.date.as_str()
            }),
        ),
    ];
    for (qid, oid) in answered {
        let (question, answer) = match r.q.profile_question(qid) {
            Some(pq) => (
                pq.question.clone(),
                pq.option(oid)
                    .map_or_else(|| oid.clone(), |o| o.label.clone()),
            ),
            None => (qid.clone(), oid.clone()),
        };
        facts.push((
            "Profile".to_string(),
            vec![
                Inline::Text(question),
                Inline::Text(" ".into()),
                Inline::Strong(text(answer)),
            ],
        ));
    }
    facts.push(("Guide".to_string(), vec![Inline::Cite(w::GUIDE.into())]));
    Block::Only(
        HTML,
        vec![
            Block::Para("kicker", trusted("China readiness report")),
            Block::Title(text(html_organisation(r))),
            Block::Facts("meta", facts),
        ],
    )
}

fn overall<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let c = s.coverage;
    let rng = range(s.overall.low, s.overall.high);
    let coverage = Block::para(text(format!(
        "Coverage: {} answered, {} not applicable, {} don't know, {} unanswered, of {} questions.",
        c.answered, c.na, c.unknown, c.unanswered, c.total
    )));
    let screen = if rng.is_empty() {
        String::new()
    } else {
        format!(" (between {rng} depending on the don't-know answers)")
    };
    let mut spoken = vec![Block::para(text(format!(
        "Overall readiness: {}.",
        percent(s.overall.score)
    )))];
    if !rng.is_empty() {
        spoken.push(Block::para(text(format!(
            "Range with the don't-know answers: {rng}."
        ))));
    }
    let page = if rng.is_empty() {
        String::new()
    } else {
        format!(", between {rng} depending on the don't-know answers")
    };
    Block::Group {
        tag: Tag::Section,
        id: "overall",
        class: "",
        blocks: vec![
            Block::only(
                TABLE,
                vec![
                    Block::Blank,
                    Block::para(text(format!(
                        "Overall readiness: {}{screen}",
                        percent(s.overall.score)
                    ))),
                ],
            ),
            Block::only(PLAIN, spoken),
            Block::only(
                MARKDOWN,
                vec![
                    Block::heading(2, trusted(w::OVERALL_READINESS)),
                    Block::para(vec![
                        Inline::Trusted("Overall readiness: ".into()),
                        Inline::Strong(trusted(percent(s.overall.score))),
                        Inline::Trusted(format!("{page}.")),
                    ]),
                ],
            ),
            Block::only(TEXT, vec![coverage]),
            Block::only(HTML, html_overall(r)),
        ],
    }
}

/// The HTML overview: the big score, its range, the coverage as chips and the parts' scores.
fn html_overall<'a>(r: &Report<'a>) -> Vec<Block<'a>> {
    let s = &r.scored;
    let c = &s.coverage;
    let span = range(s.overall.low, s.overall.high);
    let range_para = if span.is_empty() {
        Block::para(trusted(
            "No range: no don't-know answers leave the score open.",
        ))
    } else {
        Block::para(vec![
            Inline::Trusted("Range ".into()),
            Inline::Strong(trusted(&span)),
            Inline::Trusted(format!(
                ": from every don't-know at level 0 to every don't-know at its target ({} don't know).",
                c.unknown
            )),
        ])
    };
    let chip = |n: usize, label: &str| Item {
        class: "",
        text: vec![
            Inline::Bold(trusted(n.to_string())),
            Inline::Trusted(format!(" {label}")),
        ],
    };
    let coverage = Block::List {
        class: "coverage",
        label: "Coverage",
        ordered: false,
        items: vec![
            chip(c.answered, "answered"),
            chip(c.na, "not applicable"),
            chip(c.unknown, "don't know"),
            chip(c.unanswered, "unanswered"),
            Item {
                class: "total",
                text: vec![
                    Inline::Trusted("of ".into()),
                    Inline::Bold(trusted(c.total.to_string())),
                    Inline::Trusted(" questions".into()),
                ],
            },
        ],
    };
    let mut blocks = vec![
        Block::heading(2, trusted(w::OVERALL_READINESS)),
        Block::div(
            "overall",
            vec![
                Block::div(
                    "score",
                    vec![
                        Block::Para("big", trusted(percent(s.overall.score))),
                        Block::Para(
                            "under",
                            trusted("of target reached, the mean of the area scores"),
                        ),
                    ],
                ),
                Block::div("facts", vec![range_para, coverage]),
            ],
        ),
    ];
    if !s.parts.is_empty() {
        let rows = s
            .parts
            .iter()
            .map(|p| {
                Row::new(vec![
                    cell(
                        r.cat
                            .part(&p.id)
                            .map_or(p.id.as_str(), |x| x.title.as_str()),
                    ),
                    fixed(percent(p.score.score)),
                    fixed(or_dash(&range(p.score.low, p.score.high))),
                ])
            })
            .collect();
        let mut t = Table::new(
            vec![
                Column::new("Part"),
                Column::num("Readiness"),
                Column::num("Range"),
            ],
            rows,
        );
        t.class = "parts";
        blocks.push(Block::Table(t));
    }
    blocks
}

/// The aggregate's respondents, each scored alone, and the profile the combined answers use.
fn respondents<'a>(r: &Report<'a>, agg: &'a Summary) -> Block<'a> {
    let n = agg.respondents.len();
    let intro = "This report is of the combined answers. Each respondent's own readiness, from their answers alone:";
    let profile: Vec<Text> = agg
        .profile
        .iter()
        .map(|p| text(aggregate::profile_line(r.q, p)))
        .collect();
    let profile_blocks = || {
        let mut blocks = Vec::new();
        if !profile.is_empty() {
            blocks.push(Block::para(trusted(
                "Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):",
            )));
            blocks.push(Block::list(profile.clone()));
        }
        blocks
    };
    let mut spoken = vec![
        Block::heading(2, trusted(format!("Respondents, {n}"))),
        Block::para(trusted(intro)),
    ];
    spoken.extend(agg.respondents.iter().map(|x| {
        let c = x.coverage;
        Block::para(text(format!(
            "{}, file {}: {}{}; {} answered, {} not applicable, {} don't know, {} unanswered.",
            x.label,
            x.file,
            percent(x.overall.score),
            range_clause(x.overall.low, x.overall.high),
            c.answered,
            c.na,
            c.unknown,
            c.unanswered
        )))
    }));
    spoken.extend(
        profile
            .iter()
            .map(|p| Block::para(text(format!("Profile: {}", crate::document::plain(p))))),
    );
    let mut screen = vec![
        Block::heading(2, trusted(format!("Respondents ({n})"))),
        Block::para(trusted(
            "The report above and below is of the combined answers. Each respondent's own readiness, from their answers alone, and coverage: answered / not applicable / don't know / unanswered.",
        )),
        Block::Table(respondents_screen_table(agg)),
    ];
    if !profile.is_empty() {
        screen.push(Block::Blank);
    }
    screen.extend(profile_blocks());
    let page = |code: bool| {
        let mut blocks = vec![
            Block::heading(2, trusted(format!("Respondents ({n})"))),
            Block::para(trusted(intro)),
            Block::Table(respondents_page_table(agg, code)),
        ];
        blocks.extend(profile_blocks());
        blocks
    };
    Block::section(
        "respondents",
        vec![
            Each {
                table: screen,
                plain: spoken,
                markdown: page(false),
                html: page(true),
            }
            .block(),
        ],
    )
}

/// Respondents on a terminal: coverage and readiness folded into one column each.
fn respondents_screen_table(agg: &Summary) -> Table {
    let rows = agg
        .respondents
        .iter()
        .map(|x| {
            let c = x.coverage;
            Row::new(vec![
                cell(&x.label),
                cell(&x.file),
                fixed(format!(
                    "{} / {} / {} / {}",
                    c.answered, c.na, c.unknown, c.unanswered
                )),
                fixed(percent_with_range(
                    x.overall.score,
                    x.overall.low,
                    x.overall.high,
                )),
            ])
        })
        .collect();
    Table::new(
        vec![
            Column::new("Respondent"),
            Column::new("File"),
            Column::new("Coverage"),
            Column::new("Readiness"),
        ],
        rows,
    )
}

/// Respondents on a page: a column per count; in HTML the file as code and a dash for no range.
fn respondents_page_table(agg: &Summary, html: bool) -> Table {
    let rows = agg
        .respondents
        .iter()
        .map(|x| {
            let c = x.coverage;
            let rg = range(x.overall.low, x.overall.high);
            Row::new(vec![
                cell(&x.label),
                Cell::new(if html {
                    vec![Inline::Code(x.file.clone())]
                } else {
                    text(&x.file)
                }),
                fixed(c.answered.to_string()),
                fixed(c.na.to_string()),
                fixed(c.unknown.to_string()),
                fixed(c.unanswered.to_string()),
                cell(percent(x.overall.score)),
                cell(if html { or_dash(&rg).to_string() } else { rg }),
            ])
        })
        .collect();
    Table::new(
        vec![
            Column::new("Respondent"),
            Column::new("File").role("note"),
            Column::num("Answered"),
            Column::num("N/A"),
            Column::num("Don't know"),
            Column::num("Unanswered"),
            Column::num("Readiness"),
            Column::num("Range"),
        ],
        rows,
    )
}

/// Readiness by area: a table with bars on a terminal and in Markdown, sentences read aloud; the
/// HTML page draws it as a chart instead ([`charts`]).
fn areas<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let screen_rows = s
        .areas
        .iter()
        .map(|a| {
            Row::new(vec![
                cell(numbered_area(r, a)),
                Cell::new(vec![Inline::Bar(a.score.score, 20)]),
                fixed(percent_with_range(a.score.score, a.score.low, a.score.high)),
                fixed(format!("{}/{}", a.answered, a.applicable)),
            ])
        })
        .collect();
    let spoken = s.areas.iter().map(|area| {
        Block::para(text(format!(
            "Part {}, {}: {}{}; {} of {} applicable questions answered.",
            area.part,
            r.area_title(&area.id),
            percent(area.score.score),
            range_clause(area.score.low, area.score.high),
            area.answered,
            area.applicable
        )))
    });
    let page = if s.areas.is_empty() {
        Block::para(trusted("This questionnaire asks about no area."))
    } else {
        let rows = s
            .areas
            .iter()
            .map(|a| {
                Row::new(vec![
                    cell(numbered_area(r, a)),
                    Cell::new(vec![Inline::Bar(a.score.score, 20)]),
                    cell(percent(a.score.score)),
                    cell(range(a.score.low, a.score.high)),
                    fixed(format!("{}/{}", a.answered, a.applicable)),
                ])
            })
            .collect();
        Block::Table(Table::new(
            vec![
                Column::new("Area"),
                Column::new("Readiness"),
                Column::num("%"),
                Column::num("Range"),
                Column::num("Answered"),
            ],
            rows,
        ))
    };
    Block::only(
        TEXT,
        vec![
            Block::heading(2, trusted(w::READINESS_BY_AREA)),
            Block::only(
                TABLE,
                vec![Block::Table(Table::new(
                    vec![
                        Column::new("Area"),
                        Column::new("Readiness"),
                        Column::new("%"),
                        Column::new("Answered"),
                    ],
                    screen_rows,
                ))],
            ),
            Block::only(PLAIN, spoken.collect()),
            Block::only(MARKDOWN, vec![page]),
        ],
    )
}

/// The HTML page's charts: readiness by area, and the top priorities' levels now and targets.
fn charts<'a>(r: &Report<'a>) -> Block<'a> {
    let top = r.priorities();
    let areas = &r.scored.areas;
    let any_range = areas
        .iter()
        .any(|a| !range(a.score.low, a.score.high).is_empty());
    let mut legend = trusted(
        "Each track is the area's target (100%); the filled part is the readiness reached.",
    );
    if any_range {
        legend.push(Inline::Trusted(
            " The thin line under a bar is the range left open by don't-know answers.".into(),
        ));
    }
    let bars = Chart::Bars {
        title: "Readiness by area, as a share of each area's target".into(),
        bars: areas
            .iter()
            .map(|a| Bar {
                label: r.area_title(&a.id).to_string(),
                value: a.score.score,
                low: a.score.low,
                high: a.score.high,
            })
            .collect(),
    };
    let priorities = if top.is_empty() {
        vec![Block::Para(
            "empty",
            trusted("No gaps: every answered question is at or above its target."),
        )]
    } else {
        let scale =
            r.q.scale
                .iter()
                .map(|l| format!("{} {}", l.level, l.name))
                .collect::<Vec<_>>()
                .join(" · ");
        vec![
            Block::Chart(Chart::Dots {
                title: format!(
                    "Top priorities: level now and target on the 0 to {} scale",
                    r.q.max_level()
                ),
                levels: r.q.scale.iter().map(|l| l.level).collect(),
                dots: top
                    .iter()
                    .map(|i| Dot {
                        label: i.recommendation.clone(),
                        now: i.level.unwrap_or(0),
                        target: i.target,
                        band: i.band,
                    })
                    .collect(),
            }),
            Block::Para(
                "legend",
                text(format!(
                    "● level now, ○ target; the segment between them is the gap, named and coloured by priority band. Scale: {scale}"
                )),
            ),
        ]
    };
    let figure = |caption: &str, blocks: Vec<Block<'a>>| Block::Group {
        tag: Tag::Figure,
        id: "",
        class: "chart-block",
        blocks: std::iter::once(Block::Caption("", trusted(caption)))
            .chain(blocks)
            .collect(),
    };
    Block::only(
        HTML,
        vec![Block::section(
            "charts",
            vec![
                Block::heading(2, trusted("At a glance")),
                figure(
                    w::READINESS_BY_AREA,
                    vec![Block::Chart(bars), Block::Para("legend", legend)],
                ),
                figure("Top priorities: level now and target", priorities),
            ],
        )],
    )
}

fn key<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let title = |id: &str| r.cat.key(id).map_or("", |x| x.title.as_str());
    let status = |k: &crate::analysis::scoring::KeyScore| {
        if k.asked == 0 {
            "not asked".to_string()
        } else {
            percent(k.score)
        }
    };
    let screen = Table::new(
        vec![
            Column::new("Key"),
            Column::new("Recommendation"),
            Column::new("Readiness"),
        ],
        s.key
            .iter()
            .map(|k| Row::new(vec![cell(&k.id), cell(title(&k.id)), fixed(status(k))]))
            .collect(),
    );
    let spoken = s
        .key
        .iter()
        .map(|k| Block::para(text(format!("{}, {}: {}.", k.id, title(&k.id), status(k)))))
        .collect();
    let markdown = if s.key.is_empty() {
        Block::para(trusted("The guide lists no key recommendations."))
    } else {
        Block::Table(Table::new(
            vec![
                Column::new("Key"),
                Column::new("Recommendation"),
                Column::num("Readiness"),
                Column::num("Answered"),
            ],
            s.key
                .iter()
                .map(|k| {
                    Row::new(vec![
                        cell(&k.id),
                        cell(title(&k.id)),
                        cell(status(k)),
                        fixed(format!("{}/{}", k.answered, k.asked)),
                    ])
                })
                .collect(),
        ))
    };
    let html = if s.key.is_empty() {
        Block::Para(
            "empty",
            trusted("No key recommendations in this catalogue."),
        )
    } else {
        Block::Table(Table::new(
            vec![
                Column::new("ID").role("id"),
                Column::new("Key recommendation"),
                Column::new("Status").role("status"),
                Column::num("Answered"),
            ],
            s.key
                .iter()
                .map(|k| {
                    Row::new(vec![
                        cell(&k.id),
                        cell(title(&k.id)),
                        Cell::new(vec![Inline::Meter(k.score), Inline::Text(percent(k.score))]),
                        fixed(format!("{} of {}", k.answered, k.asked)),
                    ])
                })
                .collect(),
        ))
    };
    Block::section(
        "key",
        vec![
            Block::heading(2, trusted(w::KEY_RECOMMENDATIONS)),
            Each {
                table: vec![Block::Table(screen)],
                plain: spoken,
                markdown: vec![markdown],
                html: vec![html],
            }
            .block(),
        ],
    )
}

/// "2 Developing", "n/a", "don't know" or "unanswered".
fn level_label(r: &Report, item: &Scored) -> String {
    crate::report::level_label(r, item)
}

fn priorities<'a>(r: &Report<'a>) -> Block<'a> {
    let top = r.priorities();
    let heading = Block::heading(2, trusted(format!("Top {} priorities", top.len())));
    let answered = r.scored.coverage.answered;
    let mut screen = vec![];
    let mut spoken = vec![];
    if top.is_empty() {
        screen.push(Block::para(trusted(
            "No gaps among the answered questions: every answer is at or above its target.",
        )));
        spoken.push(Block::para(trusted(
            "No gaps among the answered questions.",
        )));
    } else {
        screen.push(Block::ByWidth {
            min: 110,
            wide: vec![Block::Table(priorities_screen(r, &top, true))],
            narrow: vec![Block::Table(priorities_screen(r, &top, false))],
        });
        screen.push(Block::Blank);
        screen.push(Block::para(trusted("First steps, within a month:")));
        screen.push(Block::List {
            class: "",
            label: "",
            ordered: true,
            items: top
                .iter()
                .map(|i| {
                    let rec = r.recommendation(i);
                    Item {
                        class: "",
                        text: text(format!("{}: {}", rec.id, rec.first_step)),
                    }
                })
                .collect(),
        });
    }
    for (n, i) in top.iter().enumerate() {
        let rec = r.recommendation(i);
        spoken.push(Block::para(text(format!(
            "Priority {}: {} {}, in {}. Level now {}, target {}. Importance {}. Priority {}, {} band.",
            n + 1,
            rec.id,
            rec.title,
            r.area_title(&i.area),
            i.level.unwrap_or(0),
            i.target,
            i.importance,
            one(i.priority),
            i.band.as_str()
        ))));
        spoken.push(Block::para(text(format!("First step: {}", rec.first_step))));
    }
    let markdown = if top.is_empty() {
        Block::para(trusted(if answered == 0 {
            "No questions are answered yet, so there are no priorities."
        } else {
            "No gaps among the answered questions: every answer is at or above its target."
        }))
    } else {
        Block::Table(priorities_markdown(r, &top))
    };
    let html = if top.is_empty() {
        Block::Para(
            "empty",
            trusted("No priorities: no answered question falls short of its target."),
        )
    } else {
        Block::Table(priorities_html(r, &top))
    };
    Block::section(
        "priorities",
        vec![
            Block::only(&[Format::Table, Format::Plain], vec![heading]),
            Block::only(PAGES, vec![Block::heading(2, trusted(w::TOP_PRIORITIES))]),
            Each {
                table: screen,
                plain: spoken,
                markdown: vec![markdown],
                html: vec![html],
            }
            .block(),
        ],
    )
}

/// The priorities on a terminal; below 110 columns the area rides under the title, so titles
/// keep room to breathe.
fn priorities_screen(r: &Report, top: &[&Scored], wide: bool) -> Table {
    let rows = top
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let rec = r.recommendation(i);
            let mut title = vec![Inline::Text(format!("{} {}", rec.id, rec.title))];
            if !wide {
                title.push(Inline::Trusted("\n(".into()));
                title.push(Inline::Text(r.area_title(&i.area).to_string()));
                title.push(Inline::Trusted(")".into()));
            }
            let mut row = vec![fixed((n + 1).to_string()), Cell::new(title)];
            if wide {
                row.push(cell(r.area_title(&i.area)));
            }
            row.extend([
                fixed(format!("{} -> {}", i.level.unwrap_or(0), i.target)),
                fixed(i.importance.as_str()),
                Cell::toned(
                    trusted(format!("{} {}", one(i.priority), i.band.as_str())),
                    band_tone(i.band),
                ),
            ]);
            Row::new(row)
        })
        .collect();
    let mut columns = vec![Column::new("#")];
    if wide {
        columns.push(Column::new("Recommendation"));
        columns.push(Column::new("Area"));
    } else {
        columns.push(Column::new("Recommendation (area)"));
    }
    columns.extend([
        Column::new("Now -> target"),
        Column::new("Importance"),
        Column::new("Priority"),
    ]);
    Table::new(columns, rows)
}

fn priorities_markdown(r: &Report, top: &[&Scored]) -> Table {
    let rows = top
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let rec = r.recommendation(i);
            Row::new(vec![
                fixed((n + 1).to_string()),
                cell(&rec.id),
                cell(&rec.title),
                cell(r.area_title(&i.area)),
                fixed(format!("{} -> {}", i.level.unwrap_or(0), i.target)),
                cell(i.importance.as_str()),
                fixed(format!("{} {}", one(i.priority), i.band.as_str())),
                cell(&rec.first_step),
            ])
        })
        .collect();
    Table::new(
        vec![
            Column::num("#"),
            Column::new("Id"),
            Column::new("Recommendation"),
            Column::new("Area"),
            Column::new("Now -> target"),
            Column::new("Importance"),
            Column::num("Priority"),
            Column::new("First step"),
        ],
        rows,
    )
}

/// A level that stays on one line, and the target the same way.
fn target(r: &Report, i: &Scored) -> Inline {
    level(format!("{} {}", i.target, r.level_name(i.target)))
}

/// One group per priority: its row, then its first step across the row's width.
fn priorities_html(r: &Report, top: &[&Scored]) -> Table {
    let rows = top
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let rec = r.recommendation(i);
            Row {
                class: "",
                cells: vec![
                    fixed((n + 1).to_string()),
                    cell(&i.recommendation),
                    cell(&rec.title),
                    cell(r.area_title(&i.area)),
                    Cell::new(vec![
                        level(level_label(r, i)),
                        Inline::Trusted(" → ".into()),
                        target(r, i),
                    ]),
                    cell(i.importance.as_str()),
                    Cell::new(vec![
                        Inline::Trusted(format!("{} ", one(i.priority))),
                        Inline::Band(i.band),
                    ]),
                ],
                sub: Some(Sub {
                    pad: 2,
                    role: "",
                    text: vec![
                        Inline::Span("sub-label", trusted("First step: ")),
                        Inline::Text(or_dash(&rec.first_step).to_string()),
                    ],
                }),
            }
        })
        .collect();
    Table {
        class: "prio",
        columns: vec![
            Column::num("#").label("Rank"),
            Column::new("ID").role("id"),
            Column::new("Recommendation"),
            Column::new("Area"),
            Column::new("Now → target"),
            Column::new("Importance"),
            Column::num("Priority"),
        ],
        rows,
        grouped: true,
        compact: false,
    }
}

/// The aggregate's disagreements: one question at a time, since thousands of respondents make
/// this the bulk of the page.
fn disagreements<'a>(r: &'a Report<'a>, agg: &'a Summary) -> Block<'a> {
    let spread = aggregate::DISAGREEMENT_SPREAD;
    let mut intro = vec![Block::heading(2, trusted(w::WHERE_RESPONDENTS_DISAGREE))];
    if agg.disagreements.is_empty() {
        intro.push(Block::Para(
            "empty",
            trusted(format!(
                "No question's levels spread by {spread} or more: the respondents broadly agree."
            )),
        ));
    } else {
        intro.push(Block::only(
            &[Format::Table, Format::Markdown, Format::Html],
            vec![Block::para(trusted(format!(
                "Questions whose levels spread by {spread} or more, largest spread first: talk these through before acting on the combined level."
            )))],
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

/// One question the respondents disagree on, as each format shows it.
struct Split<'a> {
    d: &'a Disagreement,
    title: &'a str,
    band: Band,
    name: &'a str,
}

/// One question the respondents disagree on: every respondent's level and note.
fn disagreement<'a>(r: &Report<'a>, agg: &'a Summary, d: &'a Disagreement) -> Block<'a> {
    let x = Split {
        d,
        title: r
            .cat
            .recommendation(&d.recommendation)
            .map_or("", |x| x.title.as_str()),
        band: r
            .scored
            .items
            .iter()
            .find(|i| i.question == d.question)
            .map_or(Band::None, |i| i.band),
        name: r.level_name(d.median),
    };
    let facts = format!(
        "Levels {} to {} (spread {}); combined {} {}, priority {} {}.",
        d.min,
        d.max,
        d.spread,
        d.median,
        x.name,
        one(d.priority),
        x.band.as_str()
    );
    Block::div(
        "disagreement",
        vec![
            Each {
                table: vec![
                    Block::heading(3, text(format!("{} {}", d.question, x.title))),
                    Block::para(text(facts)),
                    answers_table(r, agg, d, false),
                ],
                plain: disagreement_spoken(r, agg, &x),
                markdown: disagreement_markdown(r, agg, &x),
                html: disagreement_html(r, agg, &x),
            }
            .block(),
        ],
    )
}

/// Every respondent's level and note on a question.
fn answers_table<'a>(r: &Report, agg: &Summary, d: &Disagreement, html: bool) -> Block<'a> {
    let rows = agg
        .answers_to(&d.question)
        .map(|(x, a)| {
            let label = aggregate::answer_label(r.q, a);
            let note = aggregate::answer_note(a);
            let (label, note) = if html {
                (vec![level(label)], or_dash(&note).to_string())
            } else {
                (text(label), note)
            };
            Row::new(vec![cell(&x.label), Cell::new(label), cell(note)])
        })
        .collect();
    let columns = vec![
        Column::new("Respondent"),
        Column::new("Level"),
        Column::new("Note").role("note"),
    ];
    Block::Table(Table::new(columns, rows))
}

fn disagreement_spoken<'a>(r: &Report, agg: &Summary, x: &Split) -> Vec<Block<'a>> {
    let d = x.d;
    let mut lines = vec![Block::para(text(format!(
        "{} {}: levels {} to {}, spread {}; combined {} {}, priority {}.",
        d.question,
        x.title,
        d.min,
        d.max,
        d.spread,
        d.median,
        x.name,
        one(d.priority)
    )))];
    lines.extend(agg.answers_to(&d.question).map(|(who, a)| {
        let note = aggregate::answer_note(a);
        let note = if note.is_empty() {
            String::new()
        } else {
            format!(" Note: {note}")
        };
        let label = aggregate::answer_label(r.q, a);
        Block::para(text(format!("{}: {label}.{note}", who.label)))
    }));
    lines
}

fn disagreement_markdown<'a>(r: &Report, agg: &Summary, x: &Split) -> Vec<Block<'a>> {
    let d = x.d;
    vec![
        Block::heading(
            3,
            vec![
                Inline::Text(d.question.clone()),
                Inline::Trusted(" ".into()),
                Inline::Text(x.title.to_string()),
                Inline::Trusted(format!(" (spread {})", d.spread)),
            ],
        ),
        Block::para(vec![
            Inline::Trusted(format!(
                "Levels {} to {}; combined {} ",
                d.min, d.max, d.median
            )),
            Inline::Text(x.name.to_string()),
            Inline::Trusted(format!(
                ", priority {} {}.",
                one(d.priority),
                x.band.as_str()
            )),
        ]),
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
                Inline::Span("area-score", trusted(format!("spread {}", d.spread))),
            ],
        ),
        Block::Para(
            "area-facts",
            vec![
                Inline::Trusted(format!("Levels {} to {}; combined ", d.min, d.max)),
                level(format!("{} {}", d.median, x.name)),
                Inline::Trusted(format!(", priority {} ", one(d.priority))),
                Inline::Band(x.band),
            ],
        ),
        answers_table(r, agg, d, true),
    ]
}

/// Every question by area, with its level, target, importance and priority.
fn gaps<'a>(r: &Report<'a>) -> Block<'a> {
    let s = &r.scored;
    let mut screen = Vec::new();
    let mut spoken = Vec::new();
    let mut markdown = Vec::new();
    let mut html = Vec::new();
    if s.areas.is_empty() {
        markdown.push(Block::para(trusted(
            "This questionnaire asks no questions.",
        )));
        html.push(Block::Para("empty", trusted("No questions were scored.")));
    }
    for a in &s.areas {
        let pct = percent(a.score.score);
        screen.push(Block::Blank);
        screen.push(Block::para(text(format!(
            "{} {} ({pct})",
            a.part,
            r.area_title(&a.id)
        ))));
        screen.push(Block::Table(gaps_screen(r, &a.id)));
        spoken.push(Block::para(text(format!(
            "Area {}, {pct}.",
            r.area_title(&a.id)
        ))));
        spoken.extend(gaps_spoken(r, &a.id));
        markdown.push(Block::heading(
            3,
            vec![
                Inline::Text(numbered_area(r, a)),
                Inline::Trusted(format!(" ({pct})")),
            ],
        ));
        markdown.push(Block::Table(gaps_markdown(r, &a.id)));
        let span = range(a.score.low, a.score.high);
        let mut facts = String::new();
        if !span.is_empty() {
            facts.push_str(&format!("Range {span}. "));
        }
        facts.push_str(&format!(
            "{} answered, {} not applicable, {} don't know, {} unanswered.",
            a.answered, a.na, a.unknown, a.unanswered
        ));
        html.push(Block::div(
            "area",
            vec![
                Block::heading(
                    3,
                    vec![
                        Inline::Text(format!("{} ", r.area_title(&a.id))),
                        Inline::Span("area-score", trusted(pct)),
                    ],
                ),
                Block::Para("area-facts", trusted(facts)),
                Block::Table(gaps_html(r, &a.id)),
            ],
        ));
    }
    Block::section(
        "gaps",
        vec![
            Block::only(
                TEXT,
                vec![Block::heading(2, trusted(w::ALL_QUESTIONS_BY_AREA))],
            ),
            Block::only(HTML, vec![Block::heading(2, trusted("Gaps by area"))]),
            Each {
                table: screen,
                plain: spoken,
                markdown,
                html,
            }
            .block(),
        ],
    )
}

/// "37.5 high" for an answered item.
fn priority_band(i: &Scored) -> String {
    format!("{} {}", one(i.priority), i.band.as_str())
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
                cell(&rec.title),
                cell(level_label(r, i)),
                fixed(i.target.to_string()),
                fixed(i.importance.as_str()),
                Cell::toned(
                    trusted(if answered {
                        priority_band(i)
                    } else {
                        "-".to_string()
                    }),
                    tone,
                ),
            ])
        })
        .collect();
    Table::new(
        [
            "Id",
            "Recommendation",
            "Now",
            "Target",
            "Importance",
            "Priority",
        ]
        .map(Column::new)
        .to_vec(),
        rows,
    )
}

fn gaps_spoken<'a>(r: &Report<'a>, area: &str) -> Vec<Block<'a>> {
    let mut lines = Vec::new();
    for i in r.items_in(area) {
        let rec = r.recommendation(i);
        let priority = if i.status == Status::Answered {
            format!(" Priority {}, {} band.", one(i.priority), i.band.as_str())
        } else {
            String::new()
        };
        lines.push(Block::para(text(format!(
            "{} {}: {}, target {}, importance {}.{priority}",
            rec.id,
            rec.title,
            level_label(r, i),
            i.target,
            i.importance
        ))));
        if let Some(note) = &i.note {
            lines.push(Block::para(text(format!("Note on {}: {note}", rec.id))));
        }
    }
    lines
}

fn gaps_markdown(r: &Report, area: &str) -> Table {
    let rows = r
        .items_in(area)
        .map(|i| {
            let rec = r.recommendation(i);
            // The note column: the note, and for n/a items the reason first.
            let mut note = Vec::new();
            if let Some(reason) = &i.reason {
                note.push(format!("n/a: {reason}"));
            }
            if let Some(n) = &i.note {
                note.push(n.clone());
            }
            Row::new(vec![
                cell(&rec.id),
                cell(&rec.title),
                cell(level_label(r, i)),
                fixed(i.target.to_string()),
                fixed(i.gap.map_or(String::new(), |g| g.to_string())),
                cell(i.importance.as_str()),
                fixed(if i.status == Status::Answered {
                    priority_band(i)
                } else {
                    String::new()
                }),
                cell(note.join("; ")),
            ])
        })
        .collect();
    Table::new(
        vec![
            Column::new("Id"),
            Column::new("Recommendation"),
            Column::new("Now"),
            Column::new("Target").right(),
            Column::new("Gap").right(),
            Column::new("Importance"),
            Column::new("Priority").right(),
            Column::new("Note"),
        ],
        rows,
    )
}

/// One group per question: its row, then its note, if any, across the row.
fn gaps_html(r: &Report, area: &str) -> Table {
    let rows = r
        .items_in(area)
        .map(|i| {
            let note = i.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            let answered = i.status == Status::Answered;
            let band = match (i.status, i.gap) {
                (Status::Answered, Some(0)) => Inline::Span("lv at-target", trusted("at target")),
                (Status::Answered, _) => Inline::Band(i.band),
                _ => Inline::Trusted(DASH.into()),
            };
            Row {
                class: "",
                cells: vec![
                    cell(&i.recommendation),
                    cell(&r.recommendation(i).title),
                    Cell::new(vec![level(level_label(r, i))]),
                    Cell::new(vec![target(r, i)]),
                    fixed(i.gap.map_or_else(|| DASH.to_string(), |g| g.to_string())),
                    cell(i.importance.as_str()),
                    fixed(if answered {
                        one(i.priority)
                    } else {
                        DASH.to_string()
                    }),
                    Cell::new(vec![band]),
                ],
                sub: note.map(|n| Sub {
                    pad: 1,
                    role: "note",
                    text: vec![
                        Inline::Span("sub-label", trusted("Note: ")),
                        Inline::Text(n.to_string()),
                    ],
                }),
            }
        })
        .collect();
    Table {
        class: "gap",
        columns: vec![
            Column::new("ID").role("id"),
            Column::new("Recommendation"),
            Column::new("Level now"),
            Column::new("Target"),
            Column::num("Gap"),
            Column::new("Importance"),
            Column::num("Priority"),
            Column::new("Band"),
        ],
        rows,
        grouped: true,
        compact: false,
    }
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

/// An HTML table of items with their area, and one more column.
fn html_items(
    r: &Report,
    items: &[&Scored],
    last: Column,
    value: impl Fn(&Scored) -> Text,
) -> Table {
    let rows = items
        .iter()
        .map(|i| {
            Row::new(vec![
                cell(&i.recommendation),
                cell(&r.recommendation(i).title),
                cell(r.area_title(&i.area)),
                Cell::new(value(i)),
            ])
        })
        .collect();
    Table::new(
        vec![
            Column::new("ID").role("id"),
            Column::new("Recommendation"),
            Column::new("Area"),
            last,
        ],
        rows,
    )
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
        screen_heading: "To investigate (don't know)",
        spoken_heading: "To investigate, answered don't know",
        html_heading: "To investigate",
        empty: "No don't-know answers.",
        html_empty: "No don't-know answers.",
        screen: screen_items(r, &items, |i| Some(r.question_text(i).to_string())),
        spoken: items
            .iter()
            .map(|i| {
                let rec = r.recommendation(i);
                Block::para(text(format!(
                    "{} {}: {}",
                    rec.id,
                    rec.title,
                    r.question_text(i)
                )))
            })
            .collect(),
        markdown: items
            .iter()
            .map(|i| {
                let mut rest = vec![
                    Inline::Trusted(": ".into()),
                    Inline::Text(r.question_text(i).to_string()),
                ];
                if let Some(note) = &i.note {
                    rest.push(Inline::Trusted(" Note: ".into()));
                    rest.push(Inline::Text(note.clone()));
                }
                named_item(r, i, rest)
            })
            .collect(),
        html: vec![
            Block::para(trusted(
                "Questions answered \"don't know\": finding out is a first step in itself.",
            )),
            Block::Table(html_items(
                r,
                &items,
                Column::new("Question asked").label("Question"),
                |i| text(or_dash(r.question_text(i))),
            )),
        ],
    }
    .build(!items.is_empty())
}

fn not_applicable<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.with_status(Status::Na);
    let reason = |i: &Scored| i.reason.clone().unwrap_or_default();
    Listing {
        id: "not-applicable",
        screen_heading: w::NOT_APPLICABLE,
        spoken_heading: w::NOT_APPLICABLE,
        html_heading: w::NOT_APPLICABLE,
        empty: "No questions were marked not applicable.",
        html_empty: "No questions marked not applicable.",
        screen: screen_items(r, &items, |i| {
            i.reason.as_ref().map(|x| format!("Reason: {x}"))
        }),
        spoken: items
            .iter()
            .map(|i| {
                let rec = r.recommendation(i);
                Block::para(text(format!(
                    "{} {}. Reason: {}",
                    rec.id,
                    rec.title,
                    reason(i)
                )))
            })
            .collect(),
        markdown: items
            .iter()
            .map(|i| {
                let why = reason(i);
                let why = if why.trim().is_empty() {
                    Inline::Trusted("(no reason given)".into())
                } else {
                    Inline::Text(why)
                };
                named_item(r, i, vec![Inline::Trusted(": ".into()), why])
            })
            .collect(),
        html: vec![Block::Table(html_items(
            r,
            &items,
            Column::new("Reason").role("note"),
            |i| text(or_dash(&reason(i))),
        ))],
    }
    .build(!items.is_empty())
}

fn strengths<'a>(r: &Report<'a>) -> Block<'a> {
    let items = r.strengths();
    let rows = items
        .iter()
        .map(|i| {
            Row::new(vec![
                cell(&i.recommendation),
                cell(&r.recommendation(i).title),
                cell(r.area_title(&i.area)),
                Cell::new(vec![level(level_label(r, i))]),
                Cell::new(vec![target(r, i)]),
            ])
        })
        .collect();
    let html = Table::new(
        vec![
            Column::new("ID").role("id"),
            Column::new("Recommendation"),
            Column::new("Area"),
            Column::new("Level"),
            Column::new("Target"),
        ],
        rows,
    );
    Listing {
        id: "strengths",
        screen_heading: "Strengths (at or above target)",
        spoken_heading: "Strengths, at or above target",
        html_heading: "Strengths",
        empty: "No answer reaches its target yet.",
        html_empty: "No answered question is at or above its target yet.",
        screen: screen_items(r, &items, |i| {
            i.level
                .map(|l| format!("Level {l} {} (target {})", r.level_name(l), i.target))
        }),
        spoken: items
            .iter()
            .map(|i| {
                let rec = r.recommendation(i);
                Block::para(text(format!(
                    "{} {}: level {}, target {}.",
                    rec.id,
                    rec.title,
                    i.level.unwrap_or(0),
                    i.target
                )))
            })
            .collect(),
        markdown: items
            .iter()
            .map(|i| {
                let l = i.level.unwrap_or(0);
                named_item(
                    r,
                    i,
                    vec![
                        Inline::Trusted(format!(": level {l} ")),
                        Inline::Text(r.level_name(l).to_string()),
                        Inline::Trusted(format!(" (target {})", i.target)),
                    ],
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
        .map(|a| a.title.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn resources<'a>(r: &Report<'a>) -> Block<'a> {
    let weak = r.weakest_areas();
    let found = r.resources();
    let none = "The guide lists no resources for the weakest areas.";
    let mut screen = Vec::new();
    let mut spoken = Vec::new();
    if found.is_empty() {
        screen.push(Block::para(trusted(none)));
        spoken.push(Block::para(trusted(none)));
    }
    for (res, areas) in &found {
        screen.push(Block::Hanging {
            first: "  ",
            rest: "  ",
            text: text(format!("{}. {} (for {})", res.id, res.title, titles(areas))),
        });
        screen.push(Block::Hanging {
            first: "     ",
            rest: "     ",
            text: text(&res.summary),
        });
        spoken.push(Block::para(text(format!(
            "Resource {}, {}, for {}: {}",
            res.id,
            res.title,
            titles(areas),
            res.summary
        ))));
    }
    Block::section(
        "resources",
        vec![
            Block::only(
                TEXT,
                vec![Block::heading(2, trusted(w::RESOURCES_FOR_WEAKEST))],
            ),
            Block::only(
                HTML,
                vec![Block::heading(2, trusted("Resources from the guide"))],
            ),
            Each {
                table: screen,
                plain: spoken,
                markdown: resources_markdown(&weak, &found),
                html: resources_html(r, &weak, &found),
            }
            .block(),
        ],
    )
}

fn resources_markdown<'a>(
    weak: &[&crate::catalogue::model::Area],
    found: &Found,
) -> Vec<Block<'a>> {
    if weak.is_empty() {
        return vec![Block::para(trusted(
            "No scored area falls short of its targets.",
        ))];
    }
    let mut line = trusted("The weakest areas: ");
    for (n, a) in weak.iter().enumerate() {
        if n > 0 {
            line.push(Inline::Trusted(", ".into()));
        }
        line.push(Inline::Text(a.title.clone()));
    }
    line.push(Inline::Trusted(".".into()));
    let mut blocks = vec![Block::para(line)];
    if found.is_empty() {
        blocks.push(Block::para(trusted(
            "The guide lists no resources for these areas.",
        )));
    } else {
        blocks.push(Block::list(
            found
                .iter()
                .map(|(res, areas)| resource_md(res, areas))
                .collect(),
        ));
    }
    blocks
}

fn resources_html<'a>(
    r: &Report,
    weak: &[&crate::catalogue::model::Area],
    found: &Found,
) -> Vec<Block<'a>> {
    if weak.is_empty() {
        return vec![Block::Para(
            "empty",
            trusted("No scored area is below its target, so no resources are suggested."),
        )];
    }
    let scored = weak
        .iter()
        .map(|a| {
            let score = r.scored.area(&a.id).and_then(|s| s.score.score);
            format!("{} ({})", a.title, percent(score))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut blocks = vec![Block::para(text(format!(
        "For the weakest areas: {scored}."
    )))];
    if found.is_empty() {
        blocks.push(Block::Para(
            "empty",
            trusted("The guide lists no resources for these areas."),
        ));
    } else {
        blocks.push(Block::List {
            class: "resources",
            label: "",
            ordered: false,
            items: found
                .iter()
                .map(|(res, areas)| Item {
                    class: "",
                    text: resource_html(res, &titles(areas)),
                })
                .collect(),
        });
    }
    blocks
}

/// "**Title** (c, for Area, Area): summary".
fn resource_md(
    res: &crate::catalogue::model::Resource,
    areas: &[&crate::catalogue::model::Area],
) -> Text {
    let mut t = vec![
        Inline::Strong(text(&res.title)),
        Inline::Trusted(" (".into()),
        Inline::Text(res.id.clone()),
        Inline::Trusted(", for ".into()),
    ];
    for (n, a) in areas.iter().enumerate() {
        if n > 0 {
            t.push(Inline::Trusted(", ".into()));
        }
        t.push(Inline::Text(a.title.clone()));
    }
    t.push(Inline::Trusted("): ".into()));
    t.push(Inline::Text(res.summary.clone()));
    t
}

/// The resource's title, id and summary, and on a line of its own the areas it serves.
fn resource_html(res: &crate::catalogue::model::Resource, serves: &str) -> Text {
    let mut t = vec![
        Inline::Strong(text(&res.title)),
        Inline::Text(format!(" ({})", res.id)),
    ];
    if !res.summary.trim().is_empty() {
        t.push(Inline::Text(format!(": {}", res.summary)));
    }
    t.push(Inline::Break);
    t.push(Inline::Span("serves", text(format!("For: {serves}"))));
    t
}

fn method<'a>(r: &Report<'a>) -> Block<'a> {
    let lines = r.method();
    let mut screen = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            screen.push(Block::Blank);
        }
        screen.push(Block::para(trusted(line)));
    }
    let items: Vec<Text> = lines.iter().map(text).collect();
    Block::section(
        "method",
        vec![
            Block::heading(2, trusted(w::HOW_SCORES_WERE_COMPUTED)),
            Block::only(TABLE, screen),
            Block::only(
                PLAIN,
                lines.iter().map(|l| Block::para(trusted(l))).collect(),
            ),
            Block::only(MARKDOWN, vec![Block::list(items.clone())]),
            Block::only(
                HTML,
                vec![Block::List {
                    class: "method",
                    label: "",
                    ordered: true,
                    items: items
                        .into_iter()
                        .map(|text| Item { class: "", text })
                        .collect(),
                }],
            ),
        ],
    )
}

fn footer<'a>(r: &Report<'a>) -> Block<'a> {
    Block::only(
        HTML,
        vec![Block::Group {
            tag: Tag::Footer,
            id: "",
            class: "",
            blocks: vec![Block::para(vec![
                Inline::Trusted("Catalogue fingerprint ".into()),
                Inline::Code(r.cat.fingerprint.clone()),
                Inline::Text(format!(
                    " · questionnaire {} version {} · answers dated {} · made with icso-assess from the guide \u{201c}{}\u{201d}.",
                    r.q.id,
                    r.q.version,
                    or_dash(&r.answers.date),
                    w::GUIDE
                )),
            ])],
        }],
    )
}
