//! The page every HTML document is built in: the document
//! shell with its Content-Security-Policy, the shared stylesheet, chart colours and SVG helpers.

use maud::{Markup, PreEscaped, html};
use std::io::Write;

/// Nothing may load or run: styles are inline, images could only be data: URIs (there are none).
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// One line of an SVG chart title, in px, and how many characters a title line holds: about
/// what a 360px screen allows with the smaller font the stylesheet sets there.
pub const TITLE_LINE: u32 = 16;
pub const TITLE_CHARS: usize = 52;

// Chart colours shared by both pages; the fills that carry white text stay above 5:1 contrast.
pub const INK: &str = "#1d2733";
pub const MUTED: &str = "#55606e";
pub const TRACK: &str = "#e4e9ef";
pub const TRACK_EDGE: &str = "#8796a6";

/// Writes a page one part at a time, so that a page listing thousands of respondents is never
/// held in memory whole. Every part is cleaned as it is written: maud escapes markup but not
/// control, bidirectional or zero-width characters, and the page's own text has none (no tabs),
/// so cleaning each part catches any that answers carry.
pub struct Page<'w> {
    out: &'w mut dyn Write,
}

impl Page<'_> {
    /// One or more complete elements.
    pub fn put(&mut self, part: Markup) -> std::io::Result<()> {
        self.out
            .write_all(crate::text::clean(&part.into_string()).as_bytes())
    }

    /// `<section id="ID">` around parts made one at a time (a long list, item by item).
    pub fn section(
        &mut self,
        id: &'static str,
        parts: impl IntoIterator<Item = Markup>,
    ) -> std::io::Result<()> {
        debug_assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        write!(self.out, r#"<section id="{id}">"#)?;
        for part in parts {
            self.put(part)?;
        }
        self.out.write_all(b"</section>")
    }
}

/// Write a whole page: `title` (escaped), the shared stylesheet followed by the page's own `css`,
/// and inside `<main>` what `content` puts there.
pub fn write(
    out: &mut dyn Write,
    title: &str,
    css: &str,
    content: impl FnOnce(&mut Page) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut page = Page { out };
    // `html`, `body` and `main` are opened and closed around the parts; the rest is maud's.
    write!(
        page.out,
        r#"<!DOCTYPE html><html lang="{}">"#,
        crate::document::wording::lang()
    )?;
    page.put(html! {
        head {
            meta charset="utf-8";
            meta http-equiv="Content-Security-Policy" content=(CSP);
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="referrer" content="no-referrer";
            title { (title) }
            style { (PreEscaped(BASE_CSS)) (PreEscaped(css)) }
        }
    })?;
    page.out.write_all(b"<body><main>")?;
    content(&mut page)?;
    page.out.write_all(b"</main></body></html>\n")
}

/// The print footer: `title` on the left of every page, "Page 2 of 6" on the right. CSS
/// margin boxes take only strings and counters, so the title and the page number's words are
/// escaped for a CSS string ([`css_string`]).
pub fn print_footer(title: &str) -> String {
    use crate::document::wording::PageOf;
    let number: Vec<String> = crate::document::wording::page_of()
        .into_iter()
        .map(|part| match part {
            PageOf::Text(words) => format!("\"{}\"", css_string(&words)),
            PageOf::Page => "counter(page)".to_string(),
            PageOf::Pages => "counter(pages)".to_string(),
        })
        .collect();
    format!(
        "@page {{ @bottom-left {{ content: \"{}\"; font-size: 8pt; color: #55606e; }} \
         @bottom-right {{ content: {}; font-size: 8pt; color: #55606e; }} }}",
        css_string(title),
        number.join(" ")
    )
}

/// Text for inside a CSS string: every character but letters, digits and spaces as a
/// hexadecimal escape, so nothing in it can end the string or the stylesheet.
fn css_string(text: &str) -> String {
    let mut escaped = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            escaped.push(c);
        } else {
            escaped.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    escaped
}

/// A percentage as an SVG length.
pub fn pct(v: f64) -> String {
    format!("{:.2}%", v.clamp(0.0, 100.0))
}

/// Greedy word wrap at `max` characters, for SVG text, which does not wrap by itself; a longer
/// word gets a line of its own.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Typography, header facts, tables (cards on small screens), charts, footer, A4 print.
const BASE_CSS: &str = r#"
:root {
  --ink: #1d2733; --muted: #55606e; --line: #d5dce3; --accent: #1f5f8b;
  --track: #e4e9ef; --paper: #ffffff; --bg: #eef1f4; --up: #2f6b33; --down: #a4262c;
}
* { box-sizing: border-box; }
html { font-size: 16px; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5;
}
main { max-width: 64rem; margin: 0 auto; padding: 2rem 2rem 3rem; background: var(--paper); }
h1 { font-size: 2rem; line-height: 1.2; margin: .2rem 0 1rem; overflow-wrap: anywhere; }
h2 {
  font-size: 1.3rem; line-height: 1.3; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid var(--accent);
}
h3 { font-size: 1.05rem; margin: 1.6rem 0 .2rem; }
p { margin: .4rem 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.kicker {
  margin: 0; color: var(--accent); font-size: .8rem; font-weight: 700;
  letter-spacing: .08em; text-transform: uppercase;
}
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.facts { flex: 1 1 20rem; }
svg.chart { display: block; width: 100%; max-width: 100%; overflow: visible; }
.legend { color: var(--muted); font-size: .85rem; margin-top: .4rem; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; margin: .4rem 0 .8rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); }
th {
  font-size: .75rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase;
  color: var(--muted); border-bottom: 2px solid var(--line); vertical-align: bottom;
}
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.id { font-weight: 700; white-space: nowrap; }
td.note { white-space: pre-line; overflow-wrap: anywhere; }
.lv { white-space: nowrap; }
tr.has-sub td { border-bottom: 0; }
tr.sub td { padding-top: 0; }
.sub-label { color: var(--muted); font-weight: 700; }
.empty { color: var(--muted); font-style: italic; }
.method li { margin-bottom: .4rem; }
nav.contents ol { columns: 2 16rem; column-gap: 2rem; padding-left: 1.4rem; margin: .3rem 0; }
nav.contents a { color: var(--accent); }
footer {
  margin-top: 2.5rem; padding-top: .8rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .85rem; overflow-wrap: anywhere;
}
@media screen and (max-width: 700px) {
  main { padding: 1.2rem .9rem 2rem; }
  h1 { font-size: 1.55rem; }
  .meta { grid-template-columns: 1fr; gap: 0; }
  .meta dd { margin-bottom: .3rem; }
  table.data thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap;
  }
  table.data, table.data tbody, table.data tr, table.data td { display: block; width: 100%; }
  table.data tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .6rem; padding: .3rem .6rem; }
  table.data td {
    display: flow-root; border: 0; padding: .15rem 0 .15rem 8.2rem; text-align: left;
  }
  table.data td::before {
    content: attr(data-label); float: left; width: 7.6rem; margin-left: -8.2rem;
    padding-top: .1rem; color: var(--muted); font-size: .8rem; font-weight: 700;
  }
  table.data tr.has-sub { border-bottom: 0; border-radius: 6px 6px 0 0; margin-bottom: 0; }
  table.data tr.sub { border-top: 0; border-radius: 0 0 6px 6px; padding-top: 0; }
  table.data tr.sub td.pad { display: none; }
  table.data tr.sub td { padding-left: 0; }
  table.data tr.sub td::before { content: none; }
}
@media screen and (max-width: 480px) {
  svg.chart text { font-size: 11.5px; }
  svg.chart text.t-title { font-weight: 400; }
}
@page { margin: 14mm 14mm 16mm; }
@media print {
  html { font-size: 9pt; }
  body { background: none; }
  main { max-width: none; margin: 0; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, tbody, li, figure, svg, .chart-block, .overall, .meta, footer {
    break-inside: avoid; page-break-inside: avoid;
  }
  /* A table of single rows may break between them; a row and its note stay together. */
  tbody:only-of-type { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  nav.contents a { color: inherit; text-decoration: none; }
  th, td { padding: .3rem .4rem; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use maud::DOCTYPE;

    #[test]
    fn wrap_breaks_at_words_and_keeps_long_words_whole() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("unbreakable", 4), ["unbreakable"]);
        assert_eq!(wrap("", 10), [""]);
    }

    fn page(content: impl FnOnce(&mut Page) -> std::io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out, "<b>A & B</b>", "p { }", content).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_shell_escapes_the_title_and_sets_the_policy() {
        let page = page(|p| p.put(html! { p { "x" } }));
        assert!(page.starts_with(r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">"#));
        assert!(page.contains("<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>"));
        assert!(page.contains(CSP));
        assert!(page.ends_with("p { }</style></head><body><main><p>x</p></main></body></html>\n"));
    }

    #[test]
    fn every_part_is_cleaned_and_sections_wrap_their_parts() {
        let page = page(|p| {
            p.put(html! { p { "a\u{1b}[31mb\u{202e}" } })?;
            p.section("list", (1..=2).map(|n| html! { p { (n) } }))
        });
        assert!(page.contains("<p>a\u{FFFD}[31mb\u{FFFD}</p>"));
        assert!(page.contains(r#"<section id="list"><p>1</p><p>2</p></section>"#));
    }

    #[test]
    fn the_same_as_one_maud_template() {
        // Written part by part, the page is the one a single template would make.
        let whole = html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta http-equiv="Content-Security-Policy" content=(CSP);
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="referrer" content="no-referrer";
                    title { "<b>A & B</b>" }
                    style { (PreEscaped(BASE_CSS)) "p { }" }
                }
                body { main { p { "x" } section #list { p { "1" } } } }
            }
        };
        let parts = page(|p| {
            p.put(html! { p { "x" } })?;
            p.section("list", [html! { p { "1" } }])
        });
        assert_eq!(parts, whole.into_string() + "\n");
    }
}
