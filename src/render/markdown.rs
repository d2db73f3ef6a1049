//! The Markdown layout of a document: GitHub-flavoured Markdown. Every piece of text from outside
//! is escaped, in table cells with `md_cell` and elsewhere with `md_text`, so no organisation
//! name, note or reason can inject HTML or break the structure.

use super::{Format, Writer};
use crate::document::{Align, Block, Document, Inline, Item, Text, wording};
use crate::render::markup::{md_cell, md_text};
use std::io::Write;

pub struct Markdown;

impl Writer for Markdown {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        blocks(doc.blocks, out, &mut true)
    }
}

/// Where text stands decides how it is escaped.
#[derive(Clone, Copy)]
enum Place {
    Line,
    Cell,
}

fn inline(text: &[Inline], place: Place) -> String {
    let mut out = String::new();
    for i in text {
        match i {
            Inline::Text(s) | Inline::Guide(s) | Inline::Cite(s) => out.push_str(&match place {
                Place::Line => md_text(s),
                Place::Cell => md_cell(s),
            }),
            Inline::Trusted(s) => out.push_str(s),
            Inline::Strong(t) | Inline::Bold(t) => {
                out.push_str("**");
                out.push_str(&inline(t, place));
                out.push_str("**");
            }
            Inline::Code(s) => {
                out.push('`');
                out.push_str(&s.replace('`', "'"));
                out.push('`');
            }
            Inline::Span(_, t) => out.push_str(&inline(t, place)),
            Inline::Band(b) => out.push_str(crate::document::wording::band_word(*b)),
            Inline::Bar(v, cells) => {
                out.push('`');
                out.push_str(&super::terminal::bar(*v, *cells));
                out.push('`');
            }
            Inline::Meter(_) => {}
            Inline::Break => out.push(' '),
            Inline::Tick => out.push_str(&md_text(crate::document::wording::TICK_TEXT)),
        }
    }
    out
}

/// A GitHub table: the header, the alignment row (compact tables without spaces), the rows.
fn table(t: &crate::document::Table, out: &mut dyn Write) -> std::io::Result<()> {
    let head: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
    writeln!(out, "| {} |", head.join(" | "))?;
    let delim: Vec<&str> = t
        .columns
        .iter()
        .map(|c| match c.align {
            Align::Left => "---",
            Align::Right => "---:",
        })
        .collect();
    if t.compact {
        writeln!(out, "|{}|", delim.join("|"))?;
    } else {
        writeln!(out, "| {} |", delim.join(" | "))?;
    }
    for row in &t.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| inline(&c.text, Place::Cell))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

fn blocks<'a>(
    list: impl IntoIterator<Item = Block<'a>>,
    out: &mut dyn Write,
    first: &mut bool,
) -> std::io::Result<()> {
    for b in list {
        block(b, out, first)?;
    }
    Ok(())
}

/// Blocks are separated by a blank line; the first has none before it.
fn space(out: &mut dyn Write, first: &mut bool) -> std::io::Result<()> {
    if !std::mem::take(first) {
        writeln!(out)?;
    }
    Ok(())
}

fn block(b: Block<'_>, out: &mut dyn Write, first: &mut bool) -> std::io::Result<()> {
    match b {
        Block::Title(t) => {
            space(out, first)?;
            writeln!(out, "# {}", inline(&t, Place::Line))
        }
        Block::Label(t) => {
            space(out, first)?;
            writeln!(out, "**{}**", inline(&t, Place::Line))
        }
        Block::Heading(level, _, t) => {
            space(out, first)?;
            let marks = "#".repeat(usize::from(level));
            writeln!(out, "{marks} {}", inline(&t, Place::Line))
        }
        Block::Para(_, t)
        | Block::Note(_, t)
        | Block::Caption(_, t)
        | Block::Hanging { text: t, .. } => {
            space(out, first)?;
            writeln!(out, "{}", inline(&t, Place::Line))
        }
        Block::List { items, ordered, .. } => {
            space(out, first)?;
            list(&items, ordered, out)
        }
        Block::Facts(_, list) => {
            space(out, first)?;
            facts(&list, out)
        }
        Block::Table(t) => {
            space(out, first)?;
            table(&t, out)
        }
        Block::Choices { across, items } => {
            space(out, first)?;
            choices(across, &items, out)
        }
        Block::Lines { label, lines } => {
            space(out, first)?;
            writing_lines(&label, lines, out)
        }
        // A new printed page: a thematic break before it.
        Block::Sheet(_, inner) => {
            space(out, first)?;
            writeln!(out, "---")?;
            blocks(inner, out, first)
        }
        Block::Group { blocks: inner, .. } | Block::ByWidth { wide: inner, .. } => {
            blocks(inner, out, first)
        }
        Block::Stream { blocks: inner, .. } => blocks(inner, out, first),
        Block::Only(formats, inner) if formats.contains(&Format::Markdown) => {
            blocks(inner, out, first)
        }
        Block::Lazy(make) => blocks(make(Format::Markdown), out, first),
        Block::Blank => writeln!(out),
        Block::Ornament(..) | Block::Chart(_) | Block::Only(..) | Block::Glossary(_) => Ok(()),
    }
}

/// Labelled values: one list item a value.
fn facts(list: &[(String, Text)], out: &mut dyn Write) -> std::io::Result<()> {
    for (label, value) in list {
        let value = inline(value, Place::Line);
        writeln!(out, "- {}", wording::labelled(label, &value))?;
    }
    Ok(())
}

/// A GitHub task list: its boxes can be ticked where it is shown. Options `across` share one
/// line, each after a tick box.
fn choices(across: bool, items: &[Text], out: &mut dyn Write) -> std::io::Result<()> {
    if across {
        let tick = md_text(wording::TICK_TEXT);
        let shown: Vec<String> = items
            .iter()
            .map(|t| format!("{tick} {}", inline(t, Place::Line)))
            .collect();
        return writeln!(out, "{}", shown.join(" · "));
    }
    for t in items {
        writeln!(out, "- [ ] {}", inline(t, Place::Line))?;
    }
    Ok(())
}

/// Room to write by hand: the label, then rules of underscores (one follows the label on its
/// line; more stand apart under it).
fn writing_lines(label: &[Inline], lines: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let rule: String =
        std::iter::repeat_n(wording::WRITING_LINE, wording::WRITING_LINE_WIDTH / 2).collect();
    let rule = md_text(&rule);
    if lines == 1 {
        return writeln!(out, "{} {rule}", inline(label, Place::Line));
    }
    writeln!(out, "{}", inline(label, Place::Line))?;
    for _ in 0..lines {
        writeln!(out)?;
        writeln!(out, "{rule}")?;
    }
    Ok(())
}

/// A list: one line an item, and the lines under an item as paragraphs of it.
fn list(items: &[Item], ordered: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let loose = items.iter().any(|i| !i.more.is_empty());
    for (n, item) in items.iter().enumerate() {
        let text = inline(&item.text, Place::Line);
        let marker = if ordered {
            format!("{}. ", n + 1)
        } else {
            "- ".to_string()
        };
        if loose && n > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{marker}{text}")?;
        // Lines under an item are paragraphs of the item, indented to its text, so
        // pandoc and every CommonMark reader keep them inside it.
        let indent = " ".repeat(marker.len());
        for more in &item.more {
            writeln!(out)?;
            writeln!(out, "{indent}{}", inline(more, Place::Line))?;
        }
    }
    Ok(())
}
