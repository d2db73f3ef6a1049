//! The terminal layout of a document: bold headings, paragraphs wrapped to the terminal's width
//! (100 columns when not a terminal), comfy-table tables fitted to it, colour only when wanted.

use super::{Format, Writer};
use crate::document::{Block, Document, Inline};
use crate::table::{self, TCell};
use crate::term::{Style, hanging, paint, wrap};
use crate::text::{one_line, sanitize};
use std::io::Write;

pub struct Terminal {
    pub style: Style,
}

impl Writer for Terminal {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        for block in doc.blocks {
            self.block(block, out)?;
        }
        Ok(())
    }
}

impl Terminal {
    /// Inline content as the terminal shows it: plain characters, bars drawn in cells.
    fn inline(&self, text: &[Inline]) -> String {
        let mut out = String::new();
        for i in text {
            match i {
                Inline::Bar(v, _) => {
                    let width = if self.style.width >= 100 { 20 } else { 10 };
                    out.push_str(&bar(*v, width));
                }
                other => out.push_str(&crate::document::plain(std::slice::from_ref(other))),
            }
        }
        out
    }

    fn bold(&self, text: &str, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(
            out,
            "{}",
            paint(&sanitize(&one_line(text)), "1", self.style.color)
        )
    }

    fn block(&self, block: Block<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        let width = self.style.width;
        match block {
            Block::Title(t) => self.bold(&self.inline(&t), out),
            Block::Heading(_, _, t) => {
                writeln!(out)?;
                self.bold(&self.inline(&t), out)
            }
            Block::Note("warning", t) => writeln!(
                out,
                "{}",
                paint(
                    &sanitize(&wrap(&one_line(&self.inline(&t)), width, "")),
                    "33",
                    self.style.color
                )
            ),
            Block::Ornament(..) => Ok(()),
            Block::Para(_, t) | Block::Note(_, t) | Block::Caption(_, t) => writeln!(
                out,
                "{}",
                sanitize(&wrap(&one_line(&self.inline(&t)), width, ""))
            ),
            Block::Hanging { first, rest, text } => {
                for line in hanging(&one_line(&self.inline(&text)), width, first, rest) {
                    writeln!(out, "{}", sanitize(&line))?;
                }
                Ok(())
            }
            // Lists wrap as textwrap does by default, a long word split at its hyphen.
            Block::List { items, ordered, .. } => {
                for (n, item) in items.iter().enumerate() {
                    let text = self.inline(&item.text);
                    let (text, first, rest) = if ordered {
                        (format!("{:>2}. {text}", n + 1), "  ", "      ")
                    } else {
                        (text, "  - ", "    ")
                    };
                    let text = one_line(&text);
                    let opts = textwrap::Options::new(width)
                        .initial_indent(first)
                        .subsequent_indent(rest);
                    writeln!(out, "{}", sanitize(&textwrap::fill(&text, opts)))?;
                }
                Ok(())
            }
            Block::Facts(_, facts) => {
                let line: Vec<String> = facts
                    .iter()
                    .map(|(label, value)| format!("{label}: {}", self.inline(value)))
                    .collect();
                writeln!(
                    out,
                    "{}",
                    sanitize(&wrap(&one_line(&line.join(" · ")), width, ""))
                )
            }
            Block::Table(t) => {
                let header: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
                let rows = t
                    .rows
                    .iter()
                    .map(|row| {
                        row.cells
                            .iter()
                            .map(|c| TCell::tone(self.inline(&c.text), c.tone))
                            .collect()
                    })
                    .collect();
                out.write_all(table::render(&header, rows, &self.style).as_bytes())
            }
            Block::Chart(_) => Ok(()),
            Block::Group { blocks, .. } => self.blocks(blocks, out),
            Block::ByWidth { min, wide, narrow } => {
                self.blocks(if width >= min { wide } else { narrow }, out)
            }
            Block::Stream { blocks, .. } => {
                for b in blocks {
                    self.block(b, out)?;
                }
                Ok(())
            }
            Block::Only(formats, blocks) if formats.contains(&Format::Table) => {
                self.blocks(blocks, out)
            }
            Block::Only(..) => Ok(()),
            Block::Blank => writeln!(out),
        }
    }

    fn blocks(&self, blocks: Vec<Block<'_>>, out: &mut dyn Write) -> std::io::Result<()> {
        for b in blocks {
            self.block(b, out)?;
        }
        Ok(())
    }
}

/// A text bar of `width` cells for a percentage.
pub fn bar(v: Option<f64>, width: usize) -> String {
    let Some(v) = v else {
        return "·".repeat(width);
    };
    let filled = ((v.clamp(0.0, 100.0) / 100.0) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}
