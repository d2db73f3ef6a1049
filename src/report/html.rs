//! The HTML report: one self-contained page (inline CSS and SVG, no script, no external request,
//! locked down by a Content-Security-Policy) that reads on screens from 360px up and prints on A4.
//! Built with maud's compile-time templates, so every piece of text from the data is escaped; the
//! only unescaped strings are the constant stylesheet and the doctype.

use super::{Render, Report, level_label, one, percent, range};
use crate::aggregate::{self, Disagreement, Summary};
use crate::html_page::{
    self, DASH, INK, MUTED, TITLE_CHARS, TITLE_LINE, TRACK, TRACK_EDGE, pct, wrap,
};
use crate::scoring::{Band, Item, Status};
use crate::wording;
use maud::{Markup, html};
use std::io::Write;

pub struct Html;

/// The guide the recommendations come from, shown as text only.
const GUIDE: &str = "Strengthening the capacity of ICSOs related to the rise of China";

/// The area chart's rows, in px: each line of an area's title ([`TITLE_LINE`]), then the bar,
/// its range line and the space before the next area.
const AREA_BAR_SPACE: u32 = 36;
/// Height of one row in the priorities chart, in px, and of its scale header.
const PRIORITY_ROW: u32 = 28;
const PRIORITY_HEAD: u32 = 24;

// Chart colours besides the shared ones: the fill of the area bars carries white text (contrast
// above 5:1); band colours are dark enough for text on white and are always paired with the
// band's name.
const FILL: &str = "#1f5f8b";
const RANGE: &str = "#8fb3cf";

impl Render for Html {
    fn render(&self, r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let org = organisation(r);
        let title = format!("China readiness report: {org}");
        html_page::write(out, &title, CSS, |page| {
            page.put(header(r, org))?;
            page.put(overall(r))?;
            if let Some(agg) = &r.aggregate {
                page.put(respondents(r, agg))?;
            }
            page.put(charts(r))?;
            page.put(key(r))?;
            page.put(priorities(r))?;
            if let Some(agg) = &r.aggregate {
                // Thousands of respondents make this the bulk of the page: one question at a time.
                let intro = disagreements_intro(agg);
                let each = agg.disagreements.iter().map(|d| disagreement(r, agg, d));
                page.section("disagreements", std::iter::once(intro).chain(each))?;
            }
            page.put(gaps(r))?;
            page.put(investigate(r))?;
            page.put(not_applicable(r))?;
            page.put(strengths(r))?;
            page.put(resources(r))?;
            page.put(method(r))?;
            page.put(footer(r))
        })
    }
}

fn organisation<'a>(r: &Report<'a>) -> &'a str {
    let org = r.answers.organisation.trim();
    if org.is_empty() {
        "organisation not named"
    } else {
        org
    }
}

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { DASH } else { s }
}

fn header(r: &Report, org: &str) -> Markup {
    // In the questionnaire's order, as they were asked.
    let mut answered: Vec<(&String, &String)> = r.answers.profile.iter().collect();
    answered.sort_by_key(|(qid, _)| {
        r.q.profile
            .iter()
            .position(|p| &p.id == *qid)
            .unwrap_or(usize::MAX)
    });
    let profile: Vec<(String, String)> = answered
        .into_iter()
        .map(|(qid, oid)| match r.q.profile_question(qid) {
            Some(pq) => (
                pq.question.clone(),
                pq.option(oid)
                    .map_or_else(|| oid.clone(), |o| o.label.clone()),
            ),
            None => (qid.clone(), oid.clone()),
        })
        .collect();
    html! {
        header.top {
            p.kicker { "China readiness report" }
            h1 { (org) }
            dl.meta {
                dt { "Respondent" }
                dd { (or_dash(&r.answers.respondent)) }
                dt { "Questionnaire" }
                dd { (r.q.title) " (" (r.q.id) ", version " (r.q.version) ")" }
                dt { "Date" }
                dd { (if r.answers.date.trim().is_empty() { "no date given" } else { r.answers.date.as_str() }) }
                @for (question, answer) in &profile {
                    dt { "Profile" }
                    dd { (question) " " strong { (answer) } }
                }
                dt { "Guide" }
                dd { cite { (GUIDE) } }
            }
        }
    }
}

fn overall(r: &Report) -> Markup {
    let s = &r.scored;
    let c = &s.coverage;
    let span = range(s.overall.low, s.overall.high);
    html! {
        section #overall {
            h2 { (wording::OVERALL_READINESS) }
            div.overall {
                div.score {
                    p.big { (percent(s.overall.score)) }
                    p.under { "of target reached, the mean of the area scores" }
                }
                div.facts {
                    @if span.is_empty() {
                        p { "No range: no don't-know answers leave the score open." }
                    } @else {
                        p {
                            "Range " strong { (span) } ": from every don't-know at level 0 to every don't-know at its target ("
                            (c.unknown) " don't know)."
                        }
                    }
                    ul.coverage aria-label="Coverage" {
                        li { b { (c.answered) } " answered" }
                        li { b { (c.na) } " not applicable" }
                        li { b { (c.unknown) } " don't know" }
                        li { b { (c.unanswered) } " unanswered" }
                        li.total { "of " b { (c.total) } " questions" }
                    }
                }
            }
            @if !s.parts.is_empty() {
                table.data.parts {
                    thead { tr { th { "Part" } th.num { "Readiness" } th.num { "Range" } } }
                    tbody {
                        @for p in &s.parts {
                            tr {
                                td data-label="Part" { (r.cat.part(&p.id).map_or(p.id.as_str(), |x| x.title.as_str())) }
                                td.num data-label="Readiness" { (percent(p.score.score)) }
                                td.num data-label="Range" { (or_dash(&range(p.score.low, p.score.high))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn charts(r: &Report) -> Markup {
    let top = r.priorities();
    let any_range = r
        .scored
        .areas
        .iter()
        .any(|a| !range(a.score.low, a.score.high).is_empty());
    html! {
        section #charts {
            h2 { "At a glance" }
            figure.chart-block {
                figcaption { (wording::READINESS_BY_AREA) }
                (area_chart(r))
                p.legend {
                    "Each track is the area's target (100%); the filled part is the readiness reached."
                    @if any_range { " The thin line under a bar is the range left open by don't-know answers." }
                }
            }
            figure.chart-block {
                figcaption { "Top priorities: level now and target" }
                @if top.is_empty() {
                    p.empty { "No gaps: every answered question is at or above its target." }
                } @else {
                    (priority_chart(r, &top))
                    p.legend {
                        "● level now, ○ target; the segment between them is the gap, named and coloured by priority band. Scale: "
                        (scale_legend(r))
                    }
                }
            }
        }
    }
}

fn scale_legend(r: &Report) -> String {
    r.q.scale
        .iter()
        .map(|l| format!("{} {}", l.level, l.name))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One bar per area, drawn in percentages of the chart's width so the text keeps its size from
/// a phone to a wide screen and in print. Long area titles wrap onto a second line, since SVG text
/// does not wrap by itself; at the smaller size the stylesheet sets for phones, a 360px screen has
/// room for about 50 characters.
fn area_chart(r: &Report) -> Markup {
    let areas = &r.scored.areas;
    if areas.is_empty() {
        return html! { p.empty { "No areas to chart." } };
    }
    let mut rows = Vec::new();
    let mut y = 0;
    for a in areas {
        let lines = wrap(r.area_title(&a.id), TITLE_CHARS);
        let height = lines.len() as u32 * TITLE_LINE + AREA_BAR_SPACE;
        rows.push((a, lines, y));
        y += height;
    }
    let desc = areas
        .iter()
        .map(|a| format!("{}: {}", r.area_title(&a.id), percent(a.score.score)))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        svg.chart role="img" aria-labelledby="areas-title areas-desc" width="100%" height=(y) font-size="13" {
            title id="areas-title" { "Readiness by area, as a share of each area's target" }
            desc id="areas-desc" { (desc) }
            @for (a, lines, y) in &rows {
                @let bar_y = y + 4 + lines.len() as u32 * TITLE_LINE;
                @let span = range(a.score.low, a.score.high);
                g {
                    text.t-title y=(y + 14) fill=(INK) font-weight="600" {
                        @for (n, line) in lines.iter().enumerate() {
                            tspan x="0" dy=(if n == 0 { 0 } else { TITLE_LINE }) { (line) }
                        }
                    }
                    rect x="0" y=(bar_y) width="100%" height="18" rx="3" fill=(TRACK) stroke=(TRACK_EDGE) stroke-width="1" {}
                    @match a.score.score {
                        Some(v) => {
                            rect x="0" y=(bar_y) width=(pct(v)) height="18" rx="3" fill=(FILL) {}
                            @if v >= 80.0 {
                                text x=(pct(v)) dx="-6" y=(bar_y + 13) text-anchor="end" fill="#ffffff" font-weight="700" { (percent(Some(v))) }
                            } @else {
                                text x=(pct(v)) dx="6" y=(bar_y + 13) fill=(INK) font-weight="700" { (percent(Some(v))) }
                            }
                        }
                        None => {
                            text x="0" dx="6" y=(bar_y + 13) fill=(MUTED) font-style="italic" { "not scored" }
                        }
                    }
                    @if let (false, Some(lo), Some(hi)) = (span.is_empty(), a.score.low, a.score.high) {
                        rect x=(pct(lo)) y=(bar_y + 21) width=(pct(hi - lo)) height="4" rx="2" fill=(RANGE) {
                            title { "Range " (span) }
                        }
                    }
                }
            }
        }
    }
}

/// Level now and target of the top priorities on the questionnaire's scale.
fn priority_chart(r: &Report, top: &[&Item]) -> Markup {
    let max = f64::from(r.q.max_level().max(1));
    // The scale runs from 24% to 80% of the width: ids on the left, band names on the right.
    let x = |l: u8| pct(24.0 + 56.0 * f64::from(l) / max);
    let height = PRIORITY_HEAD + top.len() as u32 * PRIORITY_ROW;
    let desc = top
        .iter()
        .enumerate()
        .map(|(n, i)| {
            format!(
                "{}. {}: level {} now, target {}, {} priority",
                n + 1,
                i.recommendation,
                i.level.unwrap_or(0),
                i.target,
                i.band.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        svg.chart role="img" aria-labelledby="prio-title prio-desc" width="100%" height=(height) font-size="12" {
            title id="prio-title" { "Top priorities: level now and target on the 0 to " (r.q.max_level()) " scale" }
            desc id="prio-desc" { (desc) }
            @for l in r.q.scale.iter().map(|l| l.level) {
                line x1=(x(l)) x2=(x(l)) y1=(PRIORITY_HEAD - 6) y2=(height) stroke=(TRACK) stroke-width="1" {}
                text x=(x(l)) y="12" text-anchor="middle" fill=(MUTED) { (l) }
            }
            @for (n, i) in top.iter().enumerate() {
                @let cy = PRIORITY_HEAD + n as u32 * PRIORITY_ROW + PRIORITY_ROW / 2;
                @let now = i.level.unwrap_or(0);
                @let colour = band_colour(i.band);
                g {
                    text x="0" y=(cy + 4) fill=(INK) { tspan font-weight="700" { (n + 1) "." } " " (i.recommendation) }
                    line x1=(x(now)) x2=(x(i.target)) y1=(cy) y2=(cy) stroke=(colour) stroke-width="4" {}
                    circle cx=(x(i.target)) cy=(cy) r="6" fill="#ffffff" stroke=(INK) stroke-width="2" {}
                    circle cx=(x(now)) cy=(cy) r="6" fill=(colour) {}
                    text x="100%" y=(cy + 4) text-anchor="end" fill=(colour) font-weight="700" { (i.band.as_str()) }
                }
            }
        }
    }
}

fn band_colour(b: Band) -> &'static str {
    match b {
        Band::High => "#a4262c",
        Band::Medium => "#8a5400",
        Band::Low => "#2f6b33",
        Band::None => MUTED,
    }
}

/// A band as a labelled chip: the word carries the meaning, the colour repeats it.
fn band(b: Band) -> Markup {
    html! { span class=(format!("band band-{}", b.as_str())) { (b.as_str()) } }
}

fn key(r: &Report) -> Markup {
    html! {
        section #key {
            h2 { (wording::KEY_RECOMMENDATIONS) }
            @if r.scored.key.is_empty() {
                p.empty { "No key recommendations in this catalogue." }
            } @else {
                table.data {
                    thead { tr { th { "ID" } th { "Key recommendation" } th { "Status" } th.num { "Answered" } } }
                    tbody {
                        @for k in &r.scored.key {
                            tr {
                                td.id data-label="ID" { (k.id) }
                                td data-label="Key recommendation" { (r.cat.key(&k.id).map_or("", |x| x.title.as_str())) }
                                td.status data-label="Status" {
                                    @if let Some(v) = k.score {
                                        span.meter aria-hidden="true" { span style=(format!("width:{}", pct(v))) {} }
                                    } @else {
                                        span.meter.blank aria-hidden="true" {}
                                    }
                                    (percent(k.score))
                                }
                                td.num data-label="Answered" { (k.answered) " of " (k.asked) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A level that stays on one line: "0 Not started", "n/a", "don't know".
fn level(text: String) -> Markup {
    html! { span.lv { (text) } }
}

fn target(r: &Report, i: &Item) -> Markup {
    level(format!("{} {}", i.target, r.level_name(i.target)))
}

fn priorities(r: &Report) -> Markup {
    let top = r.priorities();
    html! {
        section #priorities {
            h2 { (wording::TOP_PRIORITIES) }
            @if top.is_empty() {
                p.empty { "No priorities: no answered question falls short of its target." }
            } @else {
                // One tbody per priority: its row, then its first step across the row's width.
                table.data.prio {
                    thead {
                        tr {
                            th.num { "#" } th { "ID" } th { "Recommendation" } th { "Area" }
                            th { "Now → target" } th { "Importance" } th.num { "Priority" }
                        }
                    }
                    @for (n, i) in top.iter().enumerate() {
                        tbody {
                            tr.has-sub {
                                td.num data-label="Rank" { (n + 1) }
                                td.id data-label="ID" { (i.recommendation) }
                                td data-label="Recommendation" { (r.recommendation(i).title) }
                                td data-label="Area" { (r.area_title(&i.area)) }
                                td data-label="Now → target" { (level(level_label(r, i))) " → " (target(r, i)) }
                                td data-label="Importance" { (i.importance.as_str()) }
                                td.num data-label="Priority" { (one(i.priority)) " " (band(i.band)) }
                            }
                            tr.sub {
                                td.pad colspan="2" {}
                                td colspan="5" {
                                    span.sub-label { "First step: " }
                                    (or_dash(&r.recommendation(i).first_step))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The aggregate's respondents: each scored alone, and the profile the combined answers use.
fn respondents(r: &Report, agg: &Summary) -> Markup {
    html! {
        section #respondents {
            h2 { "Respondents (" (agg.respondents.len()) ")" }
            p { "This report is of the combined answers. Each respondent's own readiness, from their answers alone:" }
            table.data {
                thead {
                    tr {
                        th { "Respondent" } th { "File" } th.num { "Answered" } th.num { "N/A" }
                        th.num { "Don't know" } th.num { "Unanswered" } th.num { "Readiness" } th.num { "Range" }
                    }
                }
                tbody {
                    @for x in &agg.respondents {
                        @let c = x.coverage;
                        tr {
                            td data-label="Respondent" { (x.label) }
                            td.note data-label="File" { code { (x.file) } }
                            td.num data-label="Answered" { (c.answered) }
                            td.num data-label="N/A" { (c.na) }
                            td.num data-label="Don't know" { (c.unknown) }
                            td.num data-label="Unanswered" { (c.unanswered) }
                            td.num data-label="Readiness" { (percent(x.overall.score)) }
                            td.num data-label="Range" { (or_dash(&range(x.overall.low, x.overall.high))) }
                        }
                    }
                }
            }
            @if !agg.profile.is_empty() {
                p { "Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):" }
                ul {
                    @for p in &agg.profile {
                        li { (aggregate::profile_line(r.q, p)) }
                    }
                }
            }
        }
    }
}

/// The heading of the aggregate's disagreements, and what to read them for.
fn disagreements_intro(agg: &Summary) -> Markup {
    html! {
        h2 { (wording::WHERE_RESPONDENTS_DISAGREE) }
        @if agg.disagreements.is_empty() {
            p.empty {
                "No question's levels spread by " (aggregate::DISAGREEMENT_SPREAD)
                " or more: the respondents broadly agree."
            }
        } @else {
            p {
                "Questions whose levels spread by " (aggregate::DISAGREEMENT_SPREAD)
                " or more, largest spread first: talk these through before acting on the combined level."
            }
        }
    }
}

/// One question the respondents disagree on: every respondent's level and note.
fn disagreement(r: &Report, agg: &Summary, d: &Disagreement) -> Markup {
    let title = r
        .cat
        .recommendation(&d.recommendation)
        .map_or("", |x| x.title.as_str());
    let item = r.scored.items.iter().find(|i| i.question == d.question);
    html! {
        div.disagreement {
            h3 { (d.question) " " (title) " " span.area-score { "spread " (d.spread) } }
            p.area-facts {
                "Levels " (d.min) " to " (d.max) "; combined "
                (level(format!("{} {}", d.median, r.level_name(d.median))))
                ", priority " (one(d.priority)) " "
                (band(item.map_or(Band::None, |i| i.band)))
            }
            table.data {
                thead { tr { th { "Respondent" } th { "Level" } th { "Note" } } }
                tbody {
                    @for (x, a) in agg.answers_to(&d.question) {
                        tr {
                            td data-label="Respondent" { (x.label) }
                            td data-label="Level" { (level(aggregate::answer_label(r.q, a))) }
                            td.note data-label="Note" { (or_dash(&aggregate::answer_note(a))) }
                        }
                    }
                }
            }
        }
    }
}

fn gaps(r: &Report) -> Markup {
    html! {
        section #gaps {
            h2 { "Gaps by area" }
            @if r.scored.areas.is_empty() {
                p.empty { "No questions were scored." }
            }
            @for a in &r.scored.areas {
                @let span = range(a.score.low, a.score.high);
                div.area {
                    h3 { (r.area_title(&a.id)) " " span.area-score { (percent(a.score.score)) } }
                    p.area-facts {
                        @if !span.is_empty() { "Range " (span) ". " }
                        (a.answered) " answered, " (a.na) " not applicable, " (a.unknown) " don't know, "
                        (a.unanswered) " unanswered."
                    }
                    table.data.gap {
                        thead {
                            tr {
                                th { "ID" } th { "Recommendation" } th { "Level now" } th { "Target" }
                                th.num { "Gap" } th { "Importance" } th.num { "Priority" } th { "Band" }
                            }
                        }
                        // One tbody per question: its row, then its note, if any, across the row.
                        @for i in r.items_in(&a.id) {
                            @let note = i.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
                            tbody {
                                tr.has-sub[note.is_some()] {
                                    td.id data-label="ID" { (i.recommendation) }
                                    td data-label="Recommendation" { (r.recommendation(i).title) }
                                    td data-label="Level now" { (level(level_label(r, i))) }
                                    td data-label="Target" { (target(r, i)) }
                                    td.num data-label="Gap" { (i.gap.map_or_else(|| DASH.to_string(), |g| g.to_string())) }
                                    td data-label="Importance" { (i.importance.as_str()) }
                                    td.num data-label="Priority" {
                                        (if i.status == Status::Answered { one(i.priority) } else { DASH.to_string() })
                                    }
                                    td data-label="Band" {
                                        @match (i.status, i.gap) {
                                            (Status::Answered, Some(0)) => span.lv.at-target { "at target" },
                                            (Status::Answered, _) => (band(i.band)),
                                            _ => (DASH),
                                        }
                                    }
                                }
                                @if let Some(note) = note {
                                    tr.sub {
                                        td.pad {}
                                        td.note colspan="7" { span.sub-label { "Note: " } (note) }
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

fn investigate(r: &Report) -> Markup {
    let items = r.with_status(Status::Unknown);
    html! {
        section #investigate {
            h2 { "To investigate" }
            @if items.is_empty() {
                p.empty { "No don't-know answers." }
            } @else {
                p { "Questions answered \"don't know\": finding out is a first step in itself." }
                table.data {
                    thead { tr { th { "ID" } th { "Recommendation" } th { "Area" } th { "Question asked" } } }
                    tbody {
                        @for i in &items {
                            tr {
                                td.id data-label="ID" { (i.recommendation) }
                                td data-label="Recommendation" { (r.recommendation(i).title) }
                                td data-label="Area" { (r.area_title(&i.area)) }
                                td data-label="Question" { (or_dash(r.question_text(i))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn not_applicable(r: &Report) -> Markup {
    let items = r.with_status(Status::Na);
    html! {
        section #not-applicable {
            h2 { (wording::NOT_APPLICABLE) }
            @if items.is_empty() {
                p.empty { "No questions marked not applicable." }
            } @else {
                table.data {
                    thead { tr { th { "ID" } th { "Recommendation" } th { "Area" } th { "Reason" } } }
                    tbody {
                        @for i in &items {
                            tr {
                                td.id data-label="ID" { (i.recommendation) }
                                td data-label="Recommendation" { (r.recommendation(i).title) }
                                td data-label="Area" { (r.area_title(&i.area)) }
                                td.note data-label="Reason" { (or_dash(i.reason.as_deref().unwrap_or(""))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn strengths(r: &Report) -> Markup {
    let items = r.strengths();
    html! {
        section #strengths {
            h2 { "Strengths" }
            @if items.is_empty() {
                p.empty { "No answered question is at or above its target yet." }
            } @else {
                table.data {
                    thead { tr { th { "ID" } th { "Recommendation" } th { "Area" } th { "Level" } th { "Target" } } }
                    tbody {
                        @for i in &items {
                            tr {
                                td.id data-label="ID" { (i.recommendation) }
                                td data-label="Recommendation" { (r.recommendation(i).title) }
                                td data-label="Area" { (r.area_title(&i.area)) }
                                td data-label="Level" { (level(level_label(r, i))) }
                                td data-label="Target" { (target(r, i)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn resources(r: &Report) -> Markup {
    let weak = r.weakest_areas();
    let found = r.resources();
    let names = weak
        .iter()
        .map(|a| {
            let score = r.scored.area(&a.id).and_then(|s| s.score.score);
            format!("{} ({})", a.title, percent(score))
        })
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        section #resources {
            h2 { "Resources from the guide" }
            @if weak.is_empty() {
                p.empty { "No scored area is below its target, so no resources are suggested." }
            } @else {
                p { "For the weakest areas: " (names) "." }
                @if found.is_empty() {
                    p.empty { "The guide lists no resources for these areas." }
                } @else {
                    ul.resources {
                        @for (res, served) in &found {
                            li {
                                strong { (res.title) } " (" (res.id) ")"
                                @if !res.summary.trim().is_empty() { ": " (res.summary) }
                                br;
                                span.serves {
                                    "For: "
                                    (served.iter().map(|a| a.title.as_str()).collect::<Vec<_>>().join(", "))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn method(r: &Report) -> Markup {
    html! {
        section #method {
            h2 { (wording::HOW_SCORES_WERE_COMPUTED) }
            ol.method {
                @for line in r.method() {
                    li { (line) }
                }
            }
        }
    }
}

fn footer(r: &Report) -> Markup {
    html! {
        footer {
            p {
                "Catalogue fingerprint " code { (r.cat.fingerprint) }
                " · questionnaire " (r.q.id) " version " (r.q.version)
                " · answers dated " (or_dash(&r.answers.date))
                " · made with icso-assess from the guide \u{201c}" (GUIDE) "\u{201d}."
            }
        }
    }
}

/// The report's own rules, after the shared stylesheet of [`html_page`].
const CSS: &str = r#"
.overall { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: center; margin-bottom: 1rem; }
.big { margin: 0; font-size: 3.4rem; font-weight: 700; line-height: 1; color: var(--accent); }
.under { margin: .3rem 0 0; color: var(--muted); font-size: .9rem; }
.coverage { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .6rem 0 0; }
.coverage li { border: 1px solid var(--line); border-radius: 6px; padding: .15rem .6rem; }
.coverage li.total { border-style: dashed; }
.chart-block { margin: 1.2rem 0 1.8rem; }
figcaption { font-weight: 700; margin-bottom: .5rem; }
td.status { white-space: nowrap; }
td.step { color: #3b4652; }
tr.sub td { color: #3b4652; }
table.parts { max-width: 36rem; }
.band {
  display: inline-block; padding: 0 .5em; border: 1px solid currentColor; border-radius: 1em;
  font-size: .78rem; font-weight: 700; line-height: 1.5; white-space: nowrap;
}
.band-high { color: #a4262c; background: #fbeaea; }
.band-medium { color: #7d4c00; background: #fcf1d9; }
.band-low { color: #2f6b33; background: #e7f2e5; }
.band-none { color: var(--muted); background: #eef1f4; }
.at-target { color: #2f6b33; font-weight: 700; }
.meter {
  display: inline-block; width: 5rem; height: .65rem; margin-right: .5rem; vertical-align: middle;
  background: var(--track); border: 1px solid #8796a6; border-radius: 3px; overflow: hidden;
}
.meter > span { display: block; height: 100%; background: var(--accent); }
.meter.blank { visibility: hidden; }
.area-score { color: var(--accent); font-weight: 700; margin-left: .3rem; }
.area-facts { color: var(--muted); font-size: .9rem; margin-top: 0; }
.resources { padding-left: 1.2rem; }
.resources li { margin-bottom: .6rem; }
.serves { color: var(--muted); font-size: .9rem; }
@media screen and (max-width: 700px) {
  .big { font-size: 2.8rem; }
  table.parts { max-width: none; }
}
@media print {
  h2 { margin-top: 1.6rem; }
  .area-facts { break-after: avoid; page-break-after: avoid; }
  .meter, .band { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::catalogue;
    use crate::report::testing;

    fn answers() -> Answers {
        testing::answers(&testing::Texts {
            organisation: "Acme <b>Aid</b> & Partners",
            respondent: "Policy team",
            note: "<script>alert(1)</script> & \"quotes\"",
            reason: "No technology work",
        })
    }

    fn fixture() -> catalogue::Data {
        testing::mini()
    }

    fn render(data: &catalogue::Data, a: &Answers) -> String {
        testing::render(&Html, data, a)
    }

    #[test]
    fn self_contained_with_csp() {
        let data = fixture();
        let out = render(&data, &answers());
        assert!(out.starts_with("<!DOCTYPE html>"));
        assert!(out.contains(
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#
        ));
        assert!(out.contains(
            "<title>China readiness report: Acme &lt;b&gt;Aid&lt;/b&gt; &amp; Partners</title>"
        ));
        assert!(!out.contains("<script"), "no script element");
        assert!(
            !out.contains("http://") && !out.contains("https://"),
            "no URL"
        );
        assert!(!out.contains("src="), "no src attribute");
        assert!(!out.contains("href="), "no link");
        assert!(!out.contains("url("), "no CSS request");
        assert!(!out.contains("@import"), "no CSS import");
        assert!(out.contains("<svg"));
        assert!(out.contains(r#"role="img""#));
    }

    #[test]
    fn data_is_escaped() {
        let data = fixture();
        let out = render(&data, &answers());
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assert!(!out.contains("<b>Aid"));
        assert!(out.contains("No technology work"));
    }

    #[test]
    fn shows_the_report() {
        let data = fixture();
        let out = render(&data, &answers());
        // Header: respondent, questionnaire and the answers file's date.
        assert!(out.contains("Policy team"));
        assert!(out.contains("(full, version 1.0)"));
        assert!(out.contains("2024-05-01"));
        // R01 at 1 of target 3: 33.3% in the only scored area; R02 is not applicable.
        assert!(out.contains("33.3%"));
        assert!(out.contains("Send a short survey to every office this month."));
        assert!(out.contains("No don't-know answers."));
        assert!(out.contains("No answered question is at or above its target yet."));
        assert!(out.contains("Trackers"));
        assert!(out.contains(&data.catalogue.fingerprint));
        // Bands as text next to colour.
        assert!(out.contains(r#"class="band band-"#));
        // Sections in the promised order.
        let order = [
            "id=\"overall\"",
            "id=\"charts\"",
            "id=\"key\"",
            "id=\"priorities\"",
            "id=\"gaps\"",
            "id=\"investigate\"",
            "id=\"not-applicable\"",
            "id=\"strengths\"",
            "id=\"resources\"",
            "id=\"method\"",
            "<footer>",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|s| out.find(s).expect("section present"))
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "sections in order: {at:?}"
        );
    }

    #[test]
    fn empty_sections_say_so() {
        let data = fixture();
        let mut a = answers();
        a.answers.clear();
        let out = render(&data, &a);
        assert!(out.contains("No gaps: every answered question is at or above its target."));
        assert!(out.contains("No don't-know answers."));
        assert!(out.contains("No questions marked not applicable."));
        assert!(out.contains("No scored area is below its target"));
        assert!(out.contains("not scored"));
    }

    #[test]
    fn deterministic() {
        let data = fixture();
        let a = answers();
        assert_eq!(render(&data, &a), render(&data, &a));
    }
}
