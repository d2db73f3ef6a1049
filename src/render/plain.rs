//! The screen-reader layout of a document (`--plain` or `--format plain`): no box drawing, no
//! bars, no colour; one fact per line, headings as labels ending in a colon.

use super::{Format, Writer};
use crate::document::{Block, Document, plain, wording};
use crate::text::one_line;
use std::io::Write;

pub struct Plain;

impl Writer for Plain {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        blocks(doc.blocks, out)
    }
}

fn line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "{}", one_line(text))
}

fn blocks(list: Vec<Block<'_>>, out: &mut dyn Write) -> std::io::Result<()> {
    for b in list {
        block(b, out)?;
    }
    Ok(())
}

fn block(b: Block<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    match b {
        Block::Title(t)
        | Block::Label(t)
        | Block::Para(_, t)
        | Block::Note(_, t)
        | Block::Caption(_, t)
        | Block::Hanging { text: t, .. } => line(out, &plain(&t)),
        Block::Ornament(..) => Ok(()),
        Block::Heading(_, _, t) => {
            writeln!(out)?;
            line(out, &wording::heading_spoken(&plain(&t)))
        }
        Block::List { items, ordered, .. } => {
            for (n, item) in items.iter().enumerate() {
                if ordered {
                    line(out, &format!("{}. {}", n + 1, plain(&item.text)))?;
                } else {
                    line(out, &plain(&item.text))?;
                }
                for more in &item.more {
                    line(out, &plain(more))?;
                }
            }
            Ok(())
        }
        Block::Facts(_, facts) => {
            for (label, value) in facts {
                line(
                    out,
                    &format!("{}.", wording::labelled(&label, &plain(&value))),
                )?;
            }
            Ok(())
        }
        // A table read aloud: each row a line of "header: value" pairs.
        Block::Table(t) => {
            for row in &t.rows {
                let parts: Vec<String> = t
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .map(|(c, cell)| wording::labelled(&c.title, &plain(&cell.text)))
                    .collect();
                line(out, &format!("{}.", parts.join(", ")))?;
            }
            Ok(())
        }
        Block::Chart(_) => Ok(()),
        Block::Group { blocks: inner, .. } | Block::ByWidth { wide: inner, .. } => {
            blocks(inner, out)
        }
        Block::Stream { blocks: inner, .. } => {
            for b in inner {
                block(b, out)?;
            }
            Ok(())
        }
        Block::Only(formats, inner) if formats.contains(&Format::Plain) => blocks(inner, out),
        Block::Only(..) => Ok(()),
        Block::Lazy(make) => blocks(make(Format::Plain), out),
        Block::Blank => writeln!(out),
        Block::Glossary(_) => Ok(()),
        // Read aloud: each option a line after its box; all on one line when across.
        Block::Choices { across, items } => {
            let shown: Vec<String> = items
                .iter()
                .map(|t| format!("{} {}", wording::TICK_TEXT, plain(t)))
                .collect();
            if across {
                line(out, &shown.join("   "))
            } else {
                shown.iter().try_for_each(|s| line(out, s))
            }
        }
        // Lines to write on mean nothing read aloud: the label says what goes there.
        Block::Lines { label, .. } => line(out, &plain(&label)),
        Block::Sheet(_, inner) => {
            writeln!(out)?;
            blocks(inner, out)
        }
    }
}
