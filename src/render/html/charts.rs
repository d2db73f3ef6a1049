//! Charts drawn as inline SVG from a document's chart data. Sizes are percentages of the chart's
//! width so the text keeps its size from a phone to a wide screen and in print. Every word and
//! number a chart shows comes with its data, written by the builder: this file only places them.

use super::page::{INK, MUTED, TITLE_CHARS, TITLE_LINE, TRACK, TRACK_EDGE, pct, wrap};
use crate::analysis::scoring::Band;
use crate::document::{Bar, Chart, Dot, Lane, Pair, Tick, Tone};
use maud::{Markup, html};

/// The bar chart's rows, in px: each line of a title ([`TITLE_LINE`]), then the bar, its range
/// line and the space before the next bar.
const BAR_SPACE: u32 = 36;
/// Height of one row in the dot chart, in px, and of its scale header.
const DOT_ROW: u32 = 28;
const DOT_HEAD: u32 = 24;
// Colours besides the shared ones: the bar fill carries white text (contrast above 5:1); band
// colours are dark enough for text on white and are always paired with the band's name.
const FILL: &str = "#1f5f8b";
const RANGE: &str = "#8fb3cf";

pub fn chart(c: &Chart) -> Markup {
    match c {
        Chart::Bars {
            title,
            desc,
            bars: rows,
        } => bars(title, desc, rows),
        Chart::Dots {
            title,
            desc,
            levels,
            dots: rows,
        } => dots(title, desc, levels, rows),
        Chart::Pairs {
            title,
            desc,
            before,
            after,
            pairs: rows,
        } => pairs(title, desc, [before, after], rows),
        Chart::Timeline {
            title,
            desc,
            ticks,
            line,
            lanes,
        } => timeline(title, desc, ticks, line.as_ref(), lanes),
    }
}

/// Timeline geometry in px: where the axis's dates sit (two rows above it), each lane (its
/// name, its bar, its words under the bar) and the bar's height.
const AXIS_Y: u32 = 40;
const LANE: u32 = 62;
const LANE_BAR: u32 = 16;

/// The colour of a part of a timeline's bar (the legend's swatches, `.sw-*` in the plan's
/// stylesheet, have the same): dark enough to tell apart in grey, and every part is also named
/// in words.
fn tone_colour(t: Tone) -> &'static str {
    match t {
        Tone::Good => "#2f6b33",
        Tone::Warn => "#b86e00",
        Tone::Plain => FILL,
        Tone::Bad => "#a4262c",
        Tone::Dim => "#8796a6",
    }
}

/// Where a text at `at` percent of the width is anchored, so that it stays inside the chart.
fn anchor(at: f64) -> &'static str {
    if at < 12.0 {
        "start"
    } else if at > 88.0 {
        "end"
    } else {
        "middle"
    }
}

/// Spans on a time axis, a lane each: the phase's name above its bar, the bar across the dates
/// it spans divided into its parts, its words under it; the axis's dates at the top, every
/// other one a line higher so that neighbours never overlap on a phone; a dashed line at `line`
/// across the lanes with its words at the bottom.
fn timeline(
    title: &str,
    desc: &str,
    ticks: &[Tick],
    line: Option<&Tick>,
    lanes: &[Lane],
) -> Markup {
    let top = AXIS_Y + 8;
    let bottom = top + lanes.len() as u32 * LANE;
    let height = bottom + if line.is_some() { 22 } else { 4 };
    // Each part's place: it starts where the one before it ended.
    let placed: Vec<Vec<(f64, f64, &str, Tone)>> = lanes
        .iter()
        .map(|lane| {
            let mut at = lane.from;
            lane.parts
                .iter()
                .map(|part| {
                    let width = (lane.to - lane.from) * part.share / 100.0;
                    let x = at;
                    at += width;
                    (x, width, part.shown.as_str(), part.tone)
                })
                .collect()
        })
        .collect();
    html! {
        svg.chart.timeline role="img" aria-labelledby="timeline-title timeline-desc" width="100%" height=(height) font-size="13" {
            title id="timeline-title" { (title) }
            desc id="timeline-desc" { (desc) }
            @for (n, t) in ticks.iter().enumerate() {
                @let y = if n % 2 == 0 { AXIS_Y - 22 } else { AXIS_Y - 6 };
                line x1=(pct(t.at)) x2=(pct(t.at)) y1=(y + 3) y2=(bottom) stroke=(TRACK_EDGE) stroke-width="1" stroke-dasharray="1 3" {}
                text x=(pct(t.at)) y=(y) text-anchor=(anchor(t.at)) fill=(MUTED) font-size="12" { (t.label) }
            }
            @for (n, (lane, parts)) in lanes.iter().zip(&placed).enumerate() {
                @let y = top + n as u32 * LANE;
                @let (x, side) = if lane.from < 55.0 { (lane.from, "start") } else { (lane.to, "end") };
                g {
                    text.t-title x=(pct(x)) y=(y + 14) text-anchor=(side) fill=(INK) font-weight="600" { (lane.label) }
                    rect x=(pct(lane.from)) y=(y + 20) width=(pct(lane.to - lane.from)) height=(LANE_BAR) rx="3" fill=(TRACK) stroke=(TRACK_EDGE) stroke-width="1" {}
                    @for (x, width, shown, tone) in parts {
                        rect x=(pct(*x)) y=(y + 20) width=(pct(*width)) height=(LANE_BAR) fill=(tone_colour(*tone)) {
                            title { (shown) }
                        }
                    }
                    text x=(pct(x)) y=(y + 20 + LANE_BAR + 16) text-anchor=(side) fill=(MUTED) font-size="12" { (lane.shown) }
                }
            }
            @if let Some(l) = line {
                line x1=(pct(l.at)) x2=(pct(l.at)) y1=(AXIS_Y) y2=(bottom + 4) stroke=(INK) stroke-width="2" stroke-dasharray="5 3" {}
                text x=(pct(l.at)) y=(bottom + 18) text-anchor=(anchor(l.at)) fill=(INK) font-weight="700" font-size="12" { (l.label) }
            }
        }
    }
}

/// Pair chart geometry in px, after each title line ([`TITLE_LINE`]): one bar, the gap between
/// the two bars, and the space after a row.
const PAIR_BAR: u32 = 16;
const PAIR_GAP: u32 = 4;
const PAIR_SPACE: u32 = 18;

/// The earlier score: light, with dark text; the later: the report's accent, with white text.
const BEFORE: &str = "#9dbdd6";
const AFTER: &str = "#1f5f8b";

/// One bar of a pair: the track, the fill, and the value as shown with its side's word.
fn pair_bar(y: u32, v: Option<f64>, shown: &str, word: &str, after: bool) -> Markup {
    let (fill, inside) = if after {
        (AFTER, "#ffffff")
    } else {
        (BEFORE, INK)
    };
    html! {
        rect x="0" y=(y) width="100%" height=(PAIR_BAR) rx="3" fill=(TRACK) stroke=(TRACK_EDGE) stroke-width="1" {}
        @match v {
            Some(v) => {
                rect x="0" y=(y) width=(pct(v)) height=(PAIR_BAR) rx="3" fill=(fill) {}
                @if v >= 75.0 {
                    text x=(pct(v)) dx="-6" y=(y + 12) text-anchor="end" fill=(inside) font-weight="700" { (shown) " " (word) }
                } @else {
                    text x=(pct(v)) dx="6" y=(y + 12) fill=(INK) font-weight="700" { (shown) " " tspan font-weight="400" fill=(MUTED) { (word) } }
                }
            }
            None => {
                text x="0" dx="6" y=(y + 12) fill=(MUTED) font-style="italic" { (shown) " " (word) }
            }
        }
    }
}

/// Two bars per row, before above after, in percentages of the width; `words` are the sides'.
fn pairs(title: &str, desc: &str, words: [&String; 2], pairs: &[Pair]) -> Markup {
    let mut rows = Vec::new();
    let mut y = 0;
    for p in pairs {
        let lines = wrap(&p.label, TITLE_CHARS);
        let n = lines.len() as u32;
        rows.push((p, n, lines, y));
        y += n * TITLE_LINE + 4 + 2 * PAIR_BAR + PAIR_GAP + PAIR_SPACE;
    }
    html! {
        svg.chart role="img" aria-labelledby="areas-title areas-desc" width="100%" height=(y) font-size="13" {
            title id="areas-title" { (title) }
            desc id="areas-desc" { (desc) }
            @for (p, n, lines, y) in &rows {
                @let bar_y = y + 4 + n * TITLE_LINE;
                g {
                    text.t-title y=(y + 14) fill=(INK) font-weight="600" {
                        @for (k, line) in lines.iter().enumerate() {
                            tspan x="0" dy=(if k == 0 { 0 } else { TITLE_LINE }) { (line) }
                        }
                    }
                    (pair_bar(bar_y, p.before, &p.before_shown, words[0], false))
                    (pair_bar(bar_y + PAIR_BAR + PAIR_GAP, p.after, &p.after_shown, words[1], true))
                }
            }
        }
    }
}

/// One bar per row. Long titles wrap onto a second line, since SVG text does not wrap by itself;
/// at the smaller size the stylesheet sets for phones, a 360px screen has room for about 50
/// characters.
fn bars(title: &str, desc: &str, bars: &[Bar]) -> Markup {
    let mut rows = Vec::new();
    let mut y = 0;
    for b in bars {
        let lines = wrap(&b.label, TITLE_CHARS);
        let height = lines.len() as u32 * TITLE_LINE + BAR_SPACE;
        rows.push((b, lines, y));
        y += height;
    }
    html! {
        svg.chart role="img" aria-labelledby="areas-title areas-desc" width="100%" height=(y) font-size="13" {
            title id="areas-title" { (title) }
            desc id="areas-desc" { (desc) }
            @for (b, lines, y) in &rows {
                @let bar_y = y + 4 + lines.len() as u32 * TITLE_LINE;
                g {
                    text.t-title y=(y + 14) fill=(INK) font-weight="600" {
                        @for (n, line) in lines.iter().enumerate() {
                            tspan x="0" dy=(if n == 0 { 0 } else { TITLE_LINE }) { (line) }
                        }
                    }
                    rect x="0" y=(bar_y) width="100%" height="18" rx="3" fill=(TRACK) stroke=(TRACK_EDGE) stroke-width="1" {}
                    @match b.value {
                        Some(v) => {
                            rect x="0" y=(bar_y) width=(pct(v)) height="18" rx="3" fill=(FILL) {}
                            @if v >= 80.0 {
                                text x=(pct(v)) dx="-6" y=(bar_y + 13) text-anchor="end" fill="#ffffff" font-weight="700" { (b.shown) }
                            } @else {
                                text x=(pct(v)) dx="6" y=(bar_y + 13) fill=(INK) font-weight="700" { (b.shown) }
                            }
                        }
                        None => {
                            text x="0" dx="6" y=(bar_y + 13) fill=(MUTED) font-style="italic" { (b.shown) }
                        }
                    }
                    @if let (Some(span), Some(lo), Some(hi)) = (&b.range, b.low, b.high) {
                        rect x=(pct(lo)) y=(bar_y + 21) width=(pct(hi - lo)) height="4" rx="2" fill=(RANGE) {
                            title { (span) }
                        }
                    }
                }
            }
        }
    }
}

/// Where each row stands now and its target, on the scale's levels.
fn dots(title: &str, desc: &str, levels: &[u8], dots: &[Dot]) -> Markup {
    let top = levels.iter().copied().max().unwrap_or(0);
    let max = f64::from(top.max(1));
    // Each row names its recommendation on its own lines, then draws the gap on the scale below,
    // which runs from 2% to 84% of the width: the band's name sits at the right.
    let x = |l: u8| pct(2.0 + 82.0 * f64::from(l) / max);
    let mut rows = Vec::new();
    let mut y = DOT_HEAD;
    for (n, d) in dots.iter().enumerate() {
        let lines = wrap(&format!("{}. {}", n + 1, d.label), TITLE_CHARS);
        let cy = y + lines.len() as u32 * TITLE_LINE + DOT_ROW / 2 - 4;
        rows.push((y, cy, lines, d));
        y = cy + DOT_ROW / 2 + 6;
    }
    let height = y;
    html! {
        svg.chart role="img" aria-labelledby="prio-title prio-desc" width="100%" height=(height) font-size="12" {
            title id="prio-title" { (title) }
            desc id="prio-desc" { (desc) }
            @for l in levels.iter().copied() {
                line x1=(x(l)) x2=(x(l)) y1=(DOT_HEAD - 6) y2=(height) stroke=(TRACK) stroke-width="1" {}
                text x=(x(l)) y="12" text-anchor="middle" fill=(MUTED) { (l) }
            }
            @for (y, cy, lines, d) in &rows {
                @let colour = band_colour(d.band);
                g {
                    text.t-title y=(y + 12) fill=(INK) font-weight="600" {
                        @for (k, line) in lines.iter().enumerate() {
                            tspan x="0" dy=(if k == 0 { 0 } else { TITLE_LINE }) { (line) }
                        }
                    }
                    line x1=(x(d.now)) x2=(x(d.target)) y1=(cy) y2=(cy) stroke=(colour) stroke-width="4" {}
                    circle cx=(x(d.target)) cy=(cy) r="6" fill="#ffffff" stroke=(INK) stroke-width="2" {}
                    circle cx=(x(d.now)) cy=(cy) r="6" fill=(colour) {}
                    text x="100%" y=(cy + 4) text-anchor="end" fill=(colour) font-weight="700" { (crate::document::wording::band_word(d.band)) }
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
