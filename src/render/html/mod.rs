//! The HTML layout of a document: one self-contained page (inline CSS and SVG, no script, no
//! external request, locked down by a Content-Security-Policy) that reads on screens from 360px
//! up and prints on A4. Built with maud's compile-time templates, so every piece of text is
//! escaped; the only unescaped strings are the constant stylesheets and the doctype. Streamed
//! sections are written one block at a time, so a page of thousands of respondents is never
//! held in memory whole.

mod charts;
pub mod css;
pub mod page;

use super::{Format, Writer};
use crate::document::{Block, Document, Inline, Kind, Table, Tag};
use maud::{Markup, Render, html};
use std::io::Write;

pub struct Html;

impl Writer for Html {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        let css = match doc.kind {
            Kind::Report => css::REPORT.to_string(),
            Kind::Comparison => css::COMPARISON.to_string(),
            Kind::Catalogue => String::new(),
            Kind::Questionnaire => format!("{}{}", css::FORMS, css::QUESTIONNAIRE),
            Kind::Workshop => format!("{}{}", css::FORMS, css::WORKSHOP),
            Kind::Plan => css::PLAN.to_string(),
        };
        // Printed pages carry the document's title (which names the organisation) and their
        // number; the title is untrusted, so it goes into the stylesheet as an escaped string.
        let css = format!(
            "{css}{}",
            page::print_footer(&crate::text::clean(&doc.title))
        );
        let contents = contents(&doc.blocks);
        page::write(out, &doc.title, &css, |page| {
            let mut sections = 0;
            for block in doc.blocks {
                let section = matches!(
                    block,
                    Block::Group {
                        tag: Tag::Section,
                        ..
                    }
                );
                top(page, block)?;
                // The contents follow the first section (the summary), which opens page one.
                sections += usize::from(section);
                if section && sections == 1 && !contents.is_empty() {
                    page.put(contents_nav(&contents))?;
                }
            }
            Ok(())
        })
    }
}

/// The sections after the first that open with a heading: their ids and headings, for the
/// contents list (only documents long enough to need one).
fn contents(blocks: &[Block<'_>]) -> Vec<(&'static str, String)> {
    let found: Vec<(&'static str, String)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Group {
                tag: Tag::Section,
                id,
                blocks,
                ..
            } if !id.is_empty() => match blocks.first() {
                Some(Block::Heading(2, _, t)) => Some((*id, crate::document::plain(t))),
                _ => None,
            },
            _ => None,
        })
        .skip(1)
        .collect();
    if found.len() < 4 { Vec::new() } else { found }
}

fn contents_nav(contents: &[(&'static str, String)]) -> Markup {
    html! {
        nav.contents aria-labelledby="contents-title" {
            h2 #contents-title { (crate::document::wording::contents()) }
            ol {
                @for (id, title) in contents {
                    li { a href=(format!("#{id}")) { (title) } }
                }
            }
        }
    }
}

/// A top-level block: streamed sections part by part, the rest whole.
fn top(page: &mut page::Page, block: Block<'_>) -> std::io::Result<()> {
    match block {
        Block::Stream { id, blocks } => page.section(id, blocks.map(|b| markup(b))),
        Block::Only(formats, inner) if formats.contains(&Format::Html) => {
            for b in inner {
                top(page, b)?;
            }
            Ok(())
        }
        Block::Only(..) => Ok(()),
        Block::Lazy(make) => {
            for b in make(Format::Html) {
                top(page, b)?;
            }
            Ok(())
        }
        other => page.put(markup(other)),
    }
}

/// Blocks rendered straight into the buffer of the element around them (maud calls
/// `render_to` with it), instead of into a string of their own that is then copied.
struct Children<'a>(std::cell::RefCell<Vec<Block<'a>>>);

impl<'a> Children<'a> {
    fn new(blocks: Vec<Block<'a>>) -> Children<'a> {
        Children(std::cell::RefCell::new(blocks))
    }
}

impl maud::Render for Children<'_> {
    fn render_to(&self, buffer: &mut String) {
        for b in self.0.take() {
            markup(b).render_to(buffer);
        }
    }
}

fn markups(blocks: Vec<Block<'_>>) -> Markup {
    html! { (Children::new(blocks)) }
}

/// `Some(class)` unless empty, for maud's optional attributes.
fn class(c: &'static str) -> Option<&'static str> {
    (!c.is_empty()).then_some(c)
}

fn markup(block: Block<'_>) -> Markup {
    match block {
        Block::Title(t) => html! { h1 { (inline(&t)) } },
        Block::Label(t) => html! { p { strong { (inline(&t)) } } },
        Block::Heading(2, c, t) => html! { h2 class=[class(c)] { (inline(&t)) } },
        Block::Heading(_, c, t) => html! { h3 class=[class(c)] { (inline(&t)) } },
        Block::Para(c, t) => html! { p class=[class(c)] { (inline(&t)) } },
        Block::Note(c, t) => html! { p class=[class(c)] role="note" { (inline(&t)) } },
        Block::Ornament(c, t) => html! { p class=[class(c)] aria-hidden="true" { (inline(&t)) } },
        Block::Hanging { text: t, .. } => html! { p { (inline(&t)) } },
        Block::Caption(c, t) => html! { figcaption class=[class(c)] { (inline(&t)) } },
        Block::List {
            class: c,
            label,
            ordered,
            items,
        } => {
            let label = class(label);
            let lis = html! {
                @for i in &items {
                    li class=[class(i.class)] {
                        (inline(&i.text))
                        @for more in &i.more { span.more { (inline(more)) } }
                    }
                }
            };
            if ordered {
                html! { ol class=[class(c)] aria-label=[label] { (lis) } }
            } else {
                html! { ul class=[class(c)] aria-label=[label] { (lis) } }
            }
        }
        Block::Facts(c, facts) => html! {
            dl class=[class(c)] {
                @for (label, value) in &facts {
                    dt { (label) }
                    dd { (inline(value)) }
                }
            }
        },
        Block::Table(t) => table(&t),
        Block::Chart(c) => charts::chart(&c),
        Block::Group {
            tag,
            id,
            class: c,
            blocks,
        } => {
            let id = class(id);
            let c = class(c);
            let inner = Children::new(blocks);
            match tag {
                Tag::Section => html! { section id=[id] class=[c] { (inner) } },
                Tag::Div => html! { div id=[id] class=[c] { (inner) } },
                Tag::Header => html! { header id=[id] class=[c] { (inner) } },
                Tag::Footer => html! { footer id=[id] class=[c] { (inner) } },
                Tag::Figure => html! { figure id=[id] class=[c] { (inner) } },
            }
        }
        Block::Stream { id, blocks } => {
            html! { section id=(id) { @for b in blocks { (Children::new(vec![b])) } } }
        }
        Block::Only(formats, inner) if formats.contains(&Format::Html) => markups(inner),
        Block::Only(..) | Block::Blank | Block::Glossary(_) => html! {},
        Block::Lazy(make) => markups(make(Format::Html)),
        Block::ByWidth { wide, .. } => markups(wide),
        Block::Choices { across, items } => html! {
            ul.choices.across[across] {
                @for t in &items {
                    li { (inline(&[Inline::Tick])) (inline(t)) }
                }
            }
        },
        Block::Lines { label, lines } => html! {
            div.lines.one[lines == 1] {
                p.lines-label { (inline(&label)) }
                @for _ in 0..lines { div.rule {} }
            }
        },
        Block::Sheet(c, blocks) => {
            let c = if c.is_empty() {
                "sheet".to_string()
            } else {
                format!("sheet {c}")
            };
            html! { section class=(c) { (Children::new(blocks)) } }
        }
    }
}

/// A cell's classes: its column's role, then its own.
fn cell_class(role: &'static str, own: &'static str) -> Option<String> {
    match (role.is_empty(), own.is_empty()) {
        (true, true) => None,
        (false, true) => Some(role.to_string()),
        (true, false) => Some(own.to_string()),
        (false, false) => Some(format!("{role} {own}")),
    }
}

fn table(t: &Table) -> Markup {
    let table_class = if t.class.is_empty() {
        "data".to_string()
    } else {
        format!("data {}", t.class)
    };
    let span = t.columns.len();
    let row_markup = |row: &crate::document::Row| {
        let cells = html! {
            @for (col, cell) in t.columns.iter().zip(&row.cells) {
                td class=[cell_class(col.role, cell.class)] data-label=(col.label) { (inline(&cell.text)) }
            }
        };
        html! {
            @if t.grouped {
                tr.has-sub[row.sub.is_some()] { (cells) }
            } @else {
                tr class=[class(row.class)] { (cells) }
            }
            @if let Some(sub) = &row.sub {
                tr.sub {
                    td.pad colspan=[(sub.pad > 1).then_some(sub.pad)] {}
                    td class=[class(sub.role)] colspan=(span - sub.pad) { (inline(&sub.text)) }
                }
            }
        }
    };
    html! {
        table class=(table_class) {
            thead {
                tr {
                    @for col in &t.columns {
                        th class=[(col.role == "num").then_some("num")] { (col.title) }
                    }
                }
            }
            @if t.grouped {
                @for row in &t.rows { tbody { (row_markup(row)) } }
            } @else {
                tbody { @for row in &t.rows { (row_markup(row)) } }
            }
        }
    }
}

/// Inline content rendered straight into the buffer of the element around it: a report has
/// thousands of runs, and a string of each, copied, was most of the HTML writer's time.
fn inline(text: &[Inline]) -> Inlines<'_> {
    Inlines(text)
}

struct Inlines<'t>(&'t [Inline]);

impl maud::Render for Inlines<'_> {
    fn render_to(&self, buf: &mut String) {
        for i in self.0 {
            match i {
                Inline::Text(s) | Inline::Guide(s) | Inline::Trusted(s) => s.render_to(buf),
                Inline::Strong(t) => tag(buf, "strong", t),
                Inline::Bold(t) => tag(buf, "b", t),
                Inline::Code(s) => html! { code { (s) } }.render_to(buf),
                Inline::Cite(s) => html! { cite { (s) } }.render_to(buf),
                Inline::Span(c, t) => {
                    html! { span class=(c) { (inline(t)) } }.render_to(buf);
                }
                Inline::Band(b) => html! {
                    span class=(format!("band band-{}", b.as_str())) { (crate::document::wording::band_word(*b)) }
                }
                .render_to(buf),
                Inline::Meter(Some(v)) => html! {
                    span.meter aria-hidden="true" { span style=(format!("width:{}", page::pct(*v))) {} }
                }
                .render_to(buf),
                Inline::Meter(None) => buf.push_str(r#"<span class="meter blank" aria-hidden="true"></span>"#),
                Inline::Bar(..) => {}
                Inline::Break => buf.push_str("<br>"),
                Inline::Tick => buf.push_str(r#"<span class="tick" aria-hidden="true"></span>"#),
            }
        }
    }
}

/// `<name>` around inline content.
fn tag(buf: &mut String, name: &str, t: &[Inline]) {
    buf.push('<');
    buf.push_str(name);
    buf.push('>');
    inline(t).render_to(buf);
    buf.push_str("</");
    buf.push_str(name);
    buf.push('>');
}
