//! The terminal layout of a document: bold headings, paragraphs wrapped to the terminal's width
//! (100 columns when not a terminal), comfy-table tables fitted to it, colour only when wanted.

use super::{Format, Writer};
use crate::document::{Block, Document, Inline, Item, Table, Text, wording};
use crate::io::term::{Style, hanging_lines, paint};
use crate::render::table::{self, TCell};
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
    /// Inline content as the terminal shows it: text from outside cleaned, its line breaks and
    /// runs of white space made one space; the tool's own text as written (a line break in a
    /// cell, two spaces after an id); bars drawn.
    fn inline(&self, text: &[Inline]) -> String {
        let mut out = String::new();
        self.push(&mut out, text);
        out
    }

    fn push(&self, out: &mut String, text: &[Inline]) {
        for i in text {
            match i {
                Inline::Text(s) | Inline::Guide(s) | Inline::Code(s) | Inline::Cite(s) => {
                    squash(out, &sanitize(s));
                }
                Inline::Trusted(s) => out.push_str(s),
                Inline::Strong(t) | Inline::Bold(t) | Inline::Span(_, t) => self.push(out, t),
                Inline::Band(b) => out.push_str(crate::document::wording::band_word(*b)),
                Inline::Bar(v, _) => {
                    let width = if self.style.width >= 100 { 20 } else { 10 };
                    out.push_str(&bar(*v, width));
                }
                Inline::Meter(_) => {}
                Inline::Break => squash(out, " "),
                Inline::Tick => out.push_str(wording::TICK_TEXT),
            }
        }
    }

    /// A paragraph's text: its inline content, trimmed.
    fn line(&self, text: &[Inline]) -> String {
        self.inline(text).trim().to_string()
    }

    /// A title or heading in bold, wrapped like a paragraph when it is wider than the
    /// terminal (a long title in French, or in a language written without spaces).
    fn bold(&self, text: &str, out: &mut dyn Write) -> std::io::Result<()> {
        if text.is_empty() {
            return writeln!(out, "{}", paint("", "1", self.style.color));
        }
        for line in hanging_lines(text, self.style.width, "", "").lines() {
            writeln!(out, "{}", paint(&sanitize(line), "1", self.style.color))?;
        }
        Ok(())
    }

    fn block(&self, block: Block<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        let width = self.style.width;
        match block {
            Block::Title(t) | Block::Label(t) => self.bold(&self.line(&t), out),
            Block::Heading(_, _, t) => {
                writeln!(out)?;
                self.bold(&self.line(&t), out)
            }
            Block::Note("warning", t) => writeln!(
                out,
                "{}",
                paint(
                    &sanitize(&hanging_lines(&self.line(&t), width, "", "")),
                    "33",
                    self.style.color
                )
            ),
            Block::Ornament(..) => Ok(()),
            Block::Para(_, t) | Block::Note(_, t) | Block::Caption(_, t) => {
                writeln!(
                    out,
                    "{}",
                    sanitize(&hanging_lines(&self.line(&t), width, "", ""))
                )
            }
            Block::Hanging { first, rest, text } => {
                let lines = hanging_lines(&self.line(&text), width, first, rest);
                writeln!(out, "{}", sanitize(&lines))
            }
            // Lists wrap as textwrap does by default, a long word split at its hyphen.
            Block::List { items, ordered, .. } => self.list(&items, ordered, out),
            Block::Facts(_, facts) => {
                let line: Vec<String> = facts
                    .iter()
                    .map(|(label, value)| wording::labelled(label, &self.line(value)))
                    .collect();
                writeln!(
                    out,
                    "{}",
                    sanitize(&hanging_lines(&one_line(&line.join(" · ")), width, "", ""))
                )
            }
            Block::Table(t) => self.table(&t, out),
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
            Block::Lazy(make) => self.blocks(make(Format::Table), out),
            Block::Blank => writeln!(out),
            Block::Glossary(_) => Ok(()),
            Block::Choices { across, items } => self.choices(&items, across, out),
            Block::Lines { label, lines } => self.lines(&label, lines, out),
            // A new printed page: on a screen, a rule across it.
            Block::Sheet(_, blocks) => {
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    "─".repeat(width.min(wording::WRITING_LINE_WIDTH))
                )?;
                self.blocks(blocks, out)
            }
        }
    }

    fn list(&self, items: &[Item], ordered: bool, out: &mut dyn Write) -> std::io::Result<()> {
        let width = self.style.width;
        for (n, item) in items.iter().enumerate() {
            let text = self.inline(&item.text);
            let (text, first, rest) = if ordered {
                (format!("{:>2}. {text}", n + 1), "  ", "      ")
            } else {
                (text, "  - ", "    ")
            };
            // Between words only: "one-hour" and "tech-specialist" stay whole.
            let text = one_line(&text);
            writeln!(
                out,
                "{}",
                sanitize(&hanging_lines(&text, width, first, rest))
            )?;
            for line in &item.more {
                let line = one_line(&self.inline(line));
                let lines = hanging_lines(&line, width, rest, rest);
                writeln!(out, "{}", sanitize(&lines))?;
            }
        }
        Ok(())
    }

    fn table(&self, t: &Table, out: &mut dyn Write) -> std::io::Result<()> {
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

    fn choices(&self, items: &[Text], across: bool, out: &mut dyn Write) -> std::io::Result<()> {
        let width = self.style.width;
        let shown: Vec<String> = items
            .iter()
            .map(|t| format!("{} {}", wording::TICK_TEXT, one_line(&self.inline(t))))
            .collect();
        if across {
            let joined = shown.join("   ");
            writeln!(
                out,
                "{}",
                sanitize(&hanging_lines(&joined, width, "  ", "  "))
            )
        } else {
            for s in shown {
                writeln!(
                    out,
                    "{}",
                    sanitize(&hanging_lines(&s, width, "  ", "      "))
                )?;
            }
            Ok(())
        }
    }

    /// Lines to write on: one after its label when it is a single line, else under it.
    fn lines(&self, label: &[Inline], lines: usize, out: &mut dyn Write) -> std::io::Result<()> {
        let width = self.style.width;
        let label = self.line(label);
        let rule = |room: usize| {
            let n = room.min(wording::WRITING_LINE_WIDTH);
            std::iter::repeat_n(wording::WRITING_LINE, n).collect::<String>()
        };
        if lines == 1 {
            let room = width
                .saturating_sub(textwrap::core::display_width(&label) + 1)
                .max(10);
            return writeln!(out, "{} {}", sanitize(&label), rule(room));
        }
        writeln!(out, "{}", sanitize(&hanging_lines(&label, width, "", "")))?;
        for _ in 0..lines {
            writeln!(out)?;
            writeln!(out, "{}", rule(width))?;
        }
        Ok(())
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

/// Append text from outside with each run of white space made one space, and none at the start
/// of a line or after a space already there: what `one_line` does, across inline boundaries.
fn squash(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !(out.is_empty() || out.ends_with(char::is_whitespace)) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}
