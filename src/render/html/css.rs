//! The stylesheets of each kind of page, after the shared one in `page.rs`.

/// The badges of a priority band ("high", "medium", …): the report and the workshop pack
/// show them alike.
macro_rules! band_rules {
    () => {
        r#".band {
  display: inline-block; padding: 0 .5em; border: 1px solid currentColor; border-radius: 1em;
  font-size: .78rem; font-weight: 700; line-height: 1.5; white-space: nowrap;
}
.band-high { color: #a4262c; background: #fbeaea; }
.band-medium { color: #7d4c00; background: #fcf1d9; }
.band-low { color: #2f6b33; background: #e7f2e5; }
.band-none { color: var(--muted); background: #eef1f4; }
"#
    };
}

/// The gap report's own rules.
pub const REPORT: &str = concat!(
    r#"
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
"#,
    band_rules!(),
    r#".at-target { color: #2f6b33; font-weight: 700; }
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
#summary h2 { margin-top: 1.4rem; }
p.readiness { font-size: 1.2rem; font-weight: 700; margin: .6rem 0 .2rem; }
ol.now { padding-left: 1.5rem; margin: .4rem 0 .6rem; }
ol.now li { margin-bottom: .55rem; }
ol.now .more, ul.gaps .more { display: block; }
p.follows { color: var(--muted); }
ul.gaps li { margin-bottom: .3rem; }
tr.part td { font-weight: 700; padding-top: .8rem; }
table.areas-mini { max-width: 40rem; margin-top: .8rem; }
table.areas-mini td { padding: .2rem .5rem; }
table.areas-mini .meter { width: 10rem; }
dl.glossary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.glossary dt { font-weight: 700; }
dl.glossary dd { margin: 0; }
@media screen and (max-width: 700px) {
  .big { font-size: 2.8rem; }
  table.parts { max-width: none; }
}
@media print {
  h2 { margin-top: 1.6rem; }
  #summary h2 { margin-top: .6rem; }
  #summary .chart-block { margin: .6rem 0 0; }
  ol.now li { break-inside: avoid; page-break-inside: avoid; margin-bottom: .3rem; }
  p.readiness { margin-top: .3rem; }
  table.areas-mini { margin-top: .4rem; }
  table.areas-mini { font-size: .8rem; }
  table.areas-mini td, table.areas-mini th { padding: .05rem .4rem; }
  ol.now { margin-bottom: .3rem; }
  .area-facts { break-after: avoid; page-break-after: avoid; }
  .meter, .band { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#
);

/// The comparison's own rules.
pub const COMPARISON: &str = r#"
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

/// What every printed form shares: tick boxes, lines to write on, a printed page per sheet
/// (`Inline::Tick`, `Block::Choices`, `Block::Lines`, `Block::Sheet`), and a larger type for
/// reading on paper.
pub const FORMS: &str = r#"
.tick {
  display: inline-block; width: 1em; height: 1em; margin-right: .45em; vertical-align: -.15em;
  border: 1.5px solid var(--ink); border-radius: 2px; background: var(--paper);
}
ul.choices { list-style: none; padding: 0; margin: .3rem 0 .5rem; }
ul.choices li { padding-left: 1.5em; text-indent: -1.5em; margin: .3rem 0; }
ul.choices.across li { display: inline-block; padding-left: 0; text-indent: 0; margin: .2rem 2.5rem .2rem 0; }
.lines { margin: .45rem 0 .6rem; }
.lines-label { margin: 0; font-weight: 700; font-size: .9rem; }
.lines .rule { height: 1.9rem; border-bottom: 1px solid #6b7684; }
.lines.one { display: flex; align-items: flex-end; gap: .6rem; }
.lines.one .lines-label { flex: none; }
.lines.one .rule { flex: 1; height: 1.7rem; }
.sheet { margin-top: 2.5rem; padding-top: 1rem; border-top: 2px dashed var(--line); }
.sheet > h2:first-child, .sheet > .kicker:first-child + h2 { margin-top: .2rem; }
.id { font-weight: 700; color: var(--accent); margin-right: .4rem; }
.asked { font-weight: 600; margin: .3rem 0 .4rem; }
.place { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
.how { border-left: 4px solid var(--accent); background: #eaf1f7; padding: .5rem .9rem; margin: 1rem 0; }
.how ul, .how ol { margin: .2rem 0; padding-left: 1.2rem; }
@media print {
  html { font-size: 10pt; }
  .sheet { break-before: page; page-break-before: always; margin-top: 0; padding-top: 0; border-top: 0; }
  .lines, ul.choices li, .how { break-inside: avoid; page-break-inside: avoid; }
  .lines-label { break-after: avoid; page-break-after: avoid; }
  .tick, .how { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  footer { margin-top: 1rem; padding-top: .4rem; }
}
"#;

/// The paper questionnaire's own rules: a question and its boxes stay on one page.
pub const QUESTIONNAIRE: &str = r#"
.question { margin: 1.2rem 0 1.8rem; padding-top: .6rem; border-top: 1px solid var(--line); }
.question h3 { margin-top: 0; }
.question ul.choices li { font-size: .92rem; line-height: 1.35; margin: .2rem 0; }
.question ul.choices.across li { margin-right: 2.5rem; }
.question .asked { margin: .2rem 0 .3rem; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
.question .lines { margin: .3rem 0 .4rem; }
.question .lines .rule { height: 1.7rem; }
.level-name { font-weight: 700; }
.profile-question { margin-bottom: .8rem; }
.profile-question p { margin-bottom: .1rem; }
@media print {
  .question { break-inside: avoid; page-break-inside: avoid; margin: .4rem 0 .7rem; }
  .sheet > .question:first-of-type { border-top: 0; }
  h2 { margin-top: .4rem; }
}
"#;

/// The workshop pack's own rules: a disagreement's sheet is one printed page.
pub const WORKSHOP: &str = concat!(
    r#"
table.distribution td:first-child { width: 8.5rem; white-space: nowrap; }
table.distribution td.count { width: 5.5rem; font-weight: 700; font-size: 1.05rem; }
table.distribution td.count .who {
  display: block; font-size: .72rem; font-weight: 400; line-height: 1.25; white-space: normal;
  color: var(--muted); text-align: right;
}
table.distribution td.count br { display: none; }
table.distribution tr.none td { color: var(--muted); }
.disagreement dl.meta { grid-template-columns: max-content 1fr max-content 1fr; }
.agreed { margin-top: .8rem; padding: .5rem .9rem .1rem; border: 1.5px solid var(--ink); border-radius: 4px; }
.agreed h3 { margin-top: 0; }
.agreed ul.choices.across li { margin-right: 1.3rem; }
ol.agenda li { margin-bottom: .45rem; }
ol.agenda .more { display: block; color: var(--muted); }
ul.notes { padding-left: 1.2rem; margin: .2rem 0; }
ul.notes li { margin-bottom: .2rem; }
ul.notes .more { display: block; color: var(--muted); font-size: .9rem; }
.priority h3 { margin-bottom: .1rem; }
table.confirm td.tick-cell { width: 4.5rem; }
"#,
    band_rules!(),
    r#"@media print {
  .agreed, .priority { break-inside: avoid; page-break-inside: avoid; }
  .disagreement h2 { margin: .1rem 0 .3rem; }
  .disagreement h3 { margin: .7rem 0 .1rem; }
  .disagreement .asked { margin: .2rem 0 .3rem; }
  table.distribution { font-size: .82rem; line-height: 1.35; margin: .3rem 0 .4rem; }
  table.distribution th, table.distribution td { padding: .12rem .4rem; }
  .agreed .lines .rule { height: 1.55rem; }
  .agreed .lines { margin: .3rem 0 .4rem; }
  .band { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#
);

/// The action plan's own rules.
pub const PLAN: &str = r#"
.chart-block { margin: 1.2rem 0 1.8rem; }
figcaption { font-weight: 700; margin-bottom: .5rem; }
table.counts { max-width: 44rem; }
tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
td.step { color: #3b4652; }
td.status { white-space: nowrap; }
.no-owner { color: var(--muted); font-style: italic; }
.overdue {
  display: inline-block; padding: 0 .5em; border: 1px solid currentColor; border-radius: 1em;
  font-size: .78rem; font-weight: 700; line-height: 1.5; color: #a4262c; background: #fbeaea;
}
.closed { color: #2f6b33; font-size: .85rem; }
.st-done { color: #2f6b33; font-weight: 700; }
.st-dropped { color: var(--muted); }
tr.late td.id { color: #a4262c; }
ul.timeline-legend {
  display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; list-style: none; padding: 0;
  margin: 0 0 .3rem; font-size: .85rem;
}
/* The same colours as the timeline's parts (charts.rs, tone_colour). */
.sw { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem; vertical-align: -.05rem; }
.sw-good { background: #2f6b33; }
.sw-warn { background: #b86e00; }
.sw-plain { background: #1f5f8b; }
.sw-bad { background: #a4262c; }
.sw-dim { background: #8796a6; }
p.warning {
  margin: .6rem 0; padding: .4rem .8rem; border-left: 4px solid #a4262c; background: #fbeaea;
  font-weight: 600;
}
@media print {
  .overdue, p.warning, .sw { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;
