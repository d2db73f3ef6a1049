//! The comparison as one self-contained HTML page: inline CSS and SVG, no script, no external
//! request, the same Content-Security-Policy as the gap report. maud escapes every piece of text
//! from the data; the only unescaped strings are the constant stylesheet and the doctype.

use super::{
    Render, Which, counts_sentence, from_to, left_out, left_out_heading, level_long, lists,
    organisations, overall_sentence, side_facts,
};
use crate::compare::{Change, Comparison, Movement};
use crate::document::wording;
use crate::render::html::page::{
    DASH, INK, MUTED, TITLE_CHARS, TITLE_LINE, TRACK, TRACK_EDGE, pct, wrap,
};
use maud::{Markup, html};
use std::io::Write;

pub struct Html;

/// Chart geometry in px, after each title line ([`TITLE_LINE`]): one bar, the gap between the
/// two bars, and the space after an area.
const BAR: u32 = 16;
const BAR_GAP: u32 = 4;
const AREA_SPACE: u32 = 18;

/// The earlier score: light, with dark text; the later: the report's accent, with white text.
const BEFORE: &str = "#9dbdd6";
const AFTER: &str = "#1f5f8b";

impl Render for Html {
    fn render(&self, c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
        let org = organisations(c);
        crate::render::html::page::write(out, &format!("Progress report: {org}"), CSS, |page| {
            page.put(header(c, &org))?;
            page.put(overall(c))?;
            page.put(areas(c))?;
            page.put(items(c))?;
            page.put(changes(c))?;
            page.put(left(c))?;
            page.put(method(c))?;
            page.put(html! {
                footer {
                    p {
                        "Catalogue fingerprint " code { (c.cat.fingerprint) }
                        " · made with icso-assess compare."
                    }
                }
            })
        })
    }
}

fn header(c: &Comparison, org: &str) -> Markup {
    html! {
        header.top {
            p.kicker { "Progress report" }
            h1 { (org) }
            div.sides {
                @for (which, side) in [(Which::Before, &c.before), (Which::After, &c.after)] {
                    section.side {
                        h2.side-title { (which.word()) }
                        dl.meta {
                            @for (k, v) in side_facts(c, side) {
                                dt { (k) }
                                @if k == "Questionnaire" {
                                    dd { (side.q.title) " (" (side.q.id) ", version " (side.q.version) ")" }
                                } @else {
                                    dd { (v) }
                                }
                            }
                        }
                    }
                }
            }
            @for w in c.warnings() {
                p.warning role="note" { (w) }
            }
            @if let Some(note) = c.scope_note() {
                p.scope role="note" { (note) }
            }
        }
    }
}

fn score(v: Option<f64>) -> String {
    super::score(v, "not scored")
}

/// Rises green, falls red, the sign saying it too.
fn delta_class(v: Option<f64>) -> &'static str {
    match v {
        Some(x) if x > 0.05 => "up",
        Some(x) if x < -0.05 => "down",
        _ => "flat",
    }
}

fn overall(c: &Comparison) -> Markup {
    let m = &c.overall;
    html! {
        section #overall {
            h2 { (wording::OVERALL_READINESS) }
            div.overall {
                div.score {
                    p.under { "Before" }
                    p.big.before { (score(m.before)) }
                }
                p.arrow aria-hidden="true" { "→" }
                div.score {
                    p.under { "After" }
                    p.big { (score(m.after)) }
                }
                div.facts {
                    p { (overall_sentence(c)) }
                    p { (counts_sentence(c)) }
                }
            }
        }
    }
}

/// One bar of the pair: the track, the fill, and the value with its side's name.
fn bar(y: u32, v: Option<f64>, which: Which) -> Markup {
    let (fill, inside) = match which {
        Which::Before => (BEFORE, INK),
        Which::After => (AFTER, "#ffffff"),
    };
    let word = which.word().to_lowercase();
    html! {
        rect x="0" y=(y) width="100%" height=(BAR) rx="3" fill=(TRACK) stroke=(TRACK_EDGE) stroke-width="1" {}
        @match v {
            Some(v) => {
                rect x="0" y=(y) width=(pct(v)) height=(BAR) rx="3" fill=(fill) {}
                @if v >= 75.0 {
                    text x=(pct(v)) dx="-6" y=(y + 12) text-anchor="end" fill=(inside) font-weight="700" { (score(Some(v))) " " (word) }
                } @else {
                    text x=(pct(v)) dx="6" y=(y + 12) fill=(INK) font-weight="700" { (score(Some(v))) " " tspan font-weight="400" fill=(MUTED) { (word) } }
                }
            }
            None => {
                text x="0" dx="6" y=(y + 12) fill=(MUTED) font-style="italic" { "not scored " (word) }
            }
        }
    }
}

/// The areas as pairs of bars (before above, after below) drawn in percentages of the width,
/// then the same numbers in a table with change and progress.
fn areas(c: &Comparison) -> Markup {
    let mut rows = Vec::new();
    let mut y = 0;
    for a in &c.areas {
        let lines = wrap(&c.area_label(&a.id), TITLE_CHARS);
        rows.push((a, lines.len() as u32, lines, y));
        y += rows.last().map_or(0, |r| r.1) * TITLE_LINE + 4 + 2 * BAR + BAR_GAP + AREA_SPACE;
    }
    let desc = c
        .areas
        .iter()
        .map(|a| {
            format!(
                "{}: {} before, {} after",
                c.area_title(&a.id),
                score(a.movement.before),
                score(a.movement.after)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        section #areas {
            h2 { (wording::READINESS_BY_AREA) }
            @if c.areas.is_empty() {
                p.empty { "No area has a recommendation asked on both sides." }
            } @else {
                figure.chart-block {
                    svg.chart role="img" aria-labelledby="areas-title areas-desc" width="100%" height=(y) font-size="13" {
                        title id="areas-title" { "Readiness by area before and after, as a share of each area's target" }
                        desc id="areas-desc" { (desc) }
                        @for (a, n, lines, y) in &rows {
                            @let bar_y = y + 4 + n * TITLE_LINE;
                            g {
                                text.t-title y=(y + 14) fill=(INK) font-weight="600" {
                                    @for (k, line) in lines.iter().enumerate() {
                                        tspan x="0" dy=(if k == 0 { 0 } else { TITLE_LINE }) { (line) }
                                    }
                                }
                                (bar(bar_y, a.movement.before, Which::Before))
                                (bar(bar_y + BAR + BAR_GAP, a.movement.after, Which::After))
                            }
                        }
                    }
                    figcaption.legend {
                        "Each track is the area's target (100%): the light bar is the readiness before, the dark bar after."
                    }
                }
                table.data {
                    thead {
                        tr { th { "Area" } th.num { "Before" } th.num { "After" } th.num { "Change (points)" } th.num { "Progress" } }
                    }
                    tbody {
                        @for a in &c.areas {
                            @let m = &a.movement;
                            tr {
                                td data-label="Area" { (c.area_label(&a.id)) }
                                td.num data-label="Before" { (score(m.before)) }
                                td.num data-label="After" { (score(m.after)) }
                                td class=(format!("num {}", delta_class(m.change()))) data-label="Change" { (super::change(m, DASH)) }
                                td class=(format!("num {}", delta_class(m.progress()))) data-label="Progress" { (progress(m)) }
                            }
                        }
                        tr.total {
                            td data-label="Area" { "Overall (mean of the areas)" }
                            td.num data-label="Before" { (score(c.overall.before)) }
                            td.num data-label="After" { (score(c.overall.after)) }
                            td class=(format!("num {}", delta_class(c.overall.change()))) data-label="Change" { (super::change(&c.overall, DASH)) }
                            td class=(format!("num {}", delta_class(c.overall.progress()))) data-label="Progress" { (progress(&c.overall)) }
                        }
                    }
                }
                p.legend {
                    "Progress is the share of the remaining gap to target closed: (after − before) / (100 − before). "
                    (DASH) " means it is undefined: a score is missing, or the area was already at 100% before."
                }
            }
        }
    }
}

fn progress(m: &Movement) -> String {
    super::progress(m, DASH)
}

fn change_cell(ch: &Change) -> Markup {
    let d = ch.change();
    html! {
        span class=(delta_class(d.map(f64::from))) { (d.map_or_else(|| DASH.to_string(), super::signed)) }
    }
}

fn items(c: &Comparison) -> Markup {
    html! {
        section #items {
            h2 { (wording::RECOMMENDATIONS_COMPARED) }
            @if c.items.is_empty() {
                p.empty { "The two questionnaires share no recommendation." }
            } @else {
                table.data {
                    thead {
                        tr { th { "ID" } th { "Recommendation" } th { "Area" } th { "Before" } th { "After" } th.num { "Change" } }
                    }
                    // One tbody per recommendation: its row, then the notes, if any, across it.
                    @for ch in &c.items {
                        @let nb = ch.before.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
                        @let na = ch.after.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
                        tbody {
                            tr.has-sub[nb.is_some() || na.is_some()] {
                                td.id data-label="ID" { (ch.recommendation) }
                                td data-label="Recommendation" { (c.title(&ch.recommendation)) }
                                td data-label="Area" { (c.area_title(&ch.area)) }
                                td data-label="Before" { span.lv { (level_long(c.before.q, &ch.before)) } }
                                td data-label="After" { span.lv { (level_long(c.after.q, &ch.after)) } }
                                td.num data-label="Change" { (change_cell(ch)) }
                            }
                            @if nb.is_some() || na.is_some() {
                                tr.sub {
                                    td.pad {}
                                    td.note colspan="5" {
                                        @if let Some(n) = nb { span.sub-label { "Note before: " } (n) }
                                        @if nb.is_some() && na.is_some() { br; }
                                        @if let Some(n) = na { span.sub-label { "Note after: " } (n) }
                                    }
                                }
                            }
                        }
                    }
                }
                p.legend {
                    "Change is the level after minus the level before, shown when both sides give a level. Scale: "
                    (c.after.q.scale.iter().map(|l| format!("{} {}", l.level, l.name)).collect::<Vec<_>>().join(" · "))
                    "."
                }
            }
        }
    }
}

fn changes(c: &Comparison) -> Markup {
    html! {
        section #changes {
            h2 { "What moved" }
            div.lists {
                @for (title, empty, items) in lists(c) {
                    div.list {
                        h3 { (title) " " span.count { "(" (items.len()) ")" } }
                        @if items.is_empty() {
                            p.empty { (empty) }
                        } @else {
                            ul {
                                @for ch in &items {
                                    li {
                                        strong { (ch.recommendation) } " " (c.title(&ch.recommendation))
                                        " " span.ft { "(" (from_to(ch).replace(" -> ", " → ")) ")" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn left(c: &Comparison) -> Markup {
    let left = left_out(c);
    html! {
        @if !left.is_empty() {
            section #left-out {
                h2 { (wording::LEFT_OUT_OF_COMPARISON) }
                @for (which, q, ids) in &left {
                    h3 { (left_out_heading(*which, q, ids.len())) }
                    ul.ids {
                        @for id in ids.iter() {
                            li { strong { (id) } " " (c.title(id)) }
                        }
                    }
                }
            }
        }
    }
}

fn method(c: &Comparison) -> Markup {
    html! {
        section #method {
            h2 { (wording::HOW_COMPARISON_WAS_COMPUTED) }
            ol.method {
                @for line in c.method() {
                    li { (line) }
                }
            }
        }
    }
}

/// The comparison's own rules, after the shared stylesheet of [`html_page`].
const CSS: &str = r#"
h3 { margin: 1.2rem 0 .3rem; }
.sides { display: flex; flex-wrap: wrap; gap: 1rem 3rem; }
.side { flex: 1 1 18rem; }
h2.side-title { font-size: 1rem; margin: 0 0 .3rem; border-bottom: 1px solid var(--line); }
.warning {
  margin: 1rem 0 0; padding: .5rem .8rem; border-left: 4px solid #8a5400; background: #fcf1d9;
  font-weight: 600; overflow-wrap: anywhere;
}
.scope { margin: 1rem 0 0; padding: .5rem .8rem; border-left: 4px solid var(--accent); background: #eaf1f7; }
.overall { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: center; }
.big { margin: 0; font-size: 3rem; font-weight: 700; line-height: 1; color: var(--accent); }
.big.before { color: #4f7da0; }
.arrow { font-size: 2rem; color: var(--muted); margin: 1rem 0 0; }
.under { margin: 0 0 .3rem; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; }
.chart-block { margin: 1rem 0 1.2rem; }
td.note { color: #3b4652; }
tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
.up { color: var(--up); font-weight: 700; }
.down { color: var(--down); font-weight: 700; }
.lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
.lists ul, ul.ids { padding-left: 1.2rem; margin: .2rem 0; }
ul.ids { columns: 2 20rem; column-gap: 2rem; }
.lists li, ul.ids li { margin-bottom: .2rem; }
.count, .ft { color: var(--muted); font-weight: 400; }
@media screen and (max-width: 700px) {
  .big { font-size: 2.4rem; }
}
@media print {
  .warning, .scope { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;
