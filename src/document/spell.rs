//! Readying a document for one format before its writer sees it: the blocks other formats show
//! are dropped and lazy sections are made, then abbreviations in the guide's text are spelled
//! out at their first use ("Belt and Road Initiative (BRI)") and the glossary placeholder
//! becomes the list of those the document used. Done here, once, so every writer gets it.

use super::{Block, Inline, Item, Text, wording};
use crate::catalogue::model::GlossaryEntry;
use crate::render::Format;

/// `doc`'s blocks as `format` shows them, abbreviations spelled out.
pub fn prepare<'a>(mut doc: super::Document<'a>, format: Format) -> super::Document<'a> {
    // The entries come from the document as built, so that formats without a glossary section
    // still spell abbreviations out.
    let entries = glossary_of(&doc.blocks);
    let blocks = resolve(std::mem::take(&mut doc.blocks), format);
    let mut speller = Speller {
        entries,
        used: vec![false; entries.len()],
    };
    doc.blocks = speller.blocks(blocks);
    doc
}

/// Only the blocks `format` shows, with lazy content made for it.
fn resolve(blocks: Vec<Block<'_>>, format: Format) -> Vec<Block<'_>> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        match b {
            Block::Only(formats, inner) => {
                if formats.contains(&format) {
                    out.extend(resolve(inner, format));
                }
            }
            Block::Lazy(make) => out.extend(resolve(make(format), format)),
            Block::Group {
                tag,
                id,
                class,
                blocks,
            } => out.push(Block::Group {
                tag,
                id,
                class,
                blocks: resolve(blocks, format),
            }),
            Block::ByWidth { min, wide, narrow } => out.push(Block::ByWidth {
                min,
                wide: resolve(wide, format),
                narrow: resolve(narrow, format),
            }),
            Block::Sheet(class, blocks) => out.push(Block::Sheet(class, resolve(blocks, format))),
            other => out.push(other),
        }
    }
    out
}

/// The entries of the first glossary placeholder, if any, whichever formats show it.
fn glossary_of<'a>(blocks: &[Block<'a>]) -> &'a [GlossaryEntry] {
    for b in blocks {
        match b {
            Block::Glossary(entries) => return entries,
            Block::Group { blocks, .. } | Block::Only(_, blocks) | Block::Sheet(_, blocks) => {
                let found = glossary_of(blocks);
                if !found.is_empty() {
                    return found;
                }
            }
            _ => {}
        }
    }
    &[]
}

struct Speller<'g> {
    entries: &'g [GlossaryEntry],
    used: Vec<bool>,
}

impl<'g> Speller<'g> {
    fn blocks<'a>(&mut self, blocks: Vec<Block<'a>>) -> Vec<Block<'a>> {
        let mut out = Vec::with_capacity(blocks.len());
        for b in blocks {
            if let Block::Glossary(_) = b {
                out.extend(self.glossary());
            } else {
                out.push(self.block(b));
            }
        }
        out
    }

    fn block<'a>(&mut self, b: Block<'a>) -> Block<'a> {
        if self.entries.is_empty() {
            return b;
        }
        match b {
            Block::Title(t) => Block::Title(self.text(t)),
            Block::Label(t) => Block::Label(self.text(t)),
            Block::Heading(l, c, t) => Block::Heading(l, c, self.text(t)),
            Block::Para(c, t) => Block::Para(c, self.text(t)),
            Block::Note(c, t) => Block::Note(c, self.text(t)),
            Block::Caption(c, t) => Block::Caption(c, self.text(t)),
            Block::Hanging { first, rest, text } => Block::Hanging {
                first,
                rest,
                text: self.text(text),
            },
            Block::List {
                class,
                label,
                ordered,
                items,
            } => Block::List {
                class,
                label,
                ordered,
                items: items
                    .into_iter()
                    .map(|i| Item {
                        class: i.class,
                        text: self.text(i.text),
                        more: i.more.into_iter().map(|t| self.text(t)).collect(),
                    })
                    .collect(),
            },
            Block::Facts(c, facts) => Block::Facts(
                c,
                facts.into_iter().map(|(l, v)| (l, self.text(v))).collect(),
            ),
            Block::Table(mut t) => {
                for row in &mut t.rows {
                    for cell in &mut row.cells {
                        cell.text = self.text(std::mem::take(&mut cell.text));
                    }
                    if let Some(sub) = &mut row.sub {
                        sub.text = self.text(std::mem::take(&mut sub.text));
                    }
                }
                Block::Table(t)
            }
            Block::Group {
                tag,
                id,
                class,
                blocks,
            } => Block::Group {
                tag,
                id,
                class,
                blocks: self.blocks(blocks),
            },
            Block::Sheet(class, blocks) => Block::Sheet(class, self.blocks(blocks)),
            Block::Choices { across, items } => Block::Choices {
                across,
                items: items.into_iter().map(|t| self.text(t)).collect(),
            },
            Block::Lines { label, lines } => Block::Lines {
                label: self.text(label),
                lines,
            },
            // Both layouts start from what came before; the wide one (what every format but a
            // narrow terminal shows) decides what counts as used afterwards.
            Block::ByWidth { min, wide, narrow } => {
                let before = self.used.clone();
                let narrow = self.blocks(narrow);
                self.used = before;
                let wide = self.blocks(wide);
                Block::ByWidth { min, wide, narrow }
            }
            // Charts carry labels made for their space, and streams list respondents' answers:
            // neither is touched.
            other => other,
        }
    }

    fn text(&mut self, text: Text) -> Text {
        text.into_iter()
            .map(|i| match i {
                Inline::Guide(s) => Inline::Guide(self.spell(s)),
                Inline::Strong(t) => Inline::Strong(self.text(t)),
                Inline::Bold(t) => Inline::Bold(self.text(t)),
                Inline::Span(c, t) => Inline::Span(c, self.text(t)),
                other => other,
            })
            .collect()
    }

    /// `s` with each abbreviation not yet spelled out spelled out at its first occurrence.
    fn spell(&mut self, s: String) -> String {
        // Every abbreviation starts with two capitals: most text has none, and is passed over.
        if !s
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
        {
            return s;
        }
        let mut out = String::new();
        let mut rest = s.as_str();
        while let Some((at, len, n, plural)) = self.next_unused(rest) {
            let e = &self.entries[n];
            out.push_str(&rest[..at]);
            out.push_str(&wording::spelled_out(&e.meaning, &e.term, plural));
            self.used[n] = true;
            rest = &rest[at + len..];
        }
        if out.is_empty() {
            return s;
        }
        out.push_str(rest);
        out
    }

    /// The earliest whole-word occurrence in `s` of an entry not used yet: its byte offset, its
    /// length, the entry and whether it is the plural.
    fn next_unused(&self, s: &str) -> Option<(usize, usize, usize, bool)> {
        let mut best: Option<(usize, usize, usize, bool)> = None;
        for (n, e) in self.entries.iter().enumerate() {
            if self.used[n] || e.term.is_empty() {
                continue;
            }
            if let Some((at, plural)) = find_word(s, &e.term) {
                let len = e.term.len() + usize::from(plural);
                if best.is_none_or(|b| at < b.0) {
                    best = Some((at, len, n, plural));
                }
            }
        }
        best
    }

    /// The glossary section: the entries used so far, in the data's order; nothing when none.
    fn glossary<'a>(&self) -> Vec<Block<'a>> {
        let facts: Vec<(String, Text)> = self
            .entries
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| **used)
            .map(|(e, _)| (e.term.clone(), vec![Inline::Guide(e.meaning.clone())]))
            .collect();
        if facts.is_empty() {
            return Vec::new();
        }
        vec![Block::headed(
            "glossary",
            wording::glossary(),
            vec![Block::Facts("glossary", facts)],
        )]
    }
}

/// The first occurrence of `term` (or `term` + "s") in `s` as a word of its own: not inside a
/// longer word or abbreviation ("NGO" is not found in "GONGO").
fn find_word(s: &str, term: &str) -> Option<(usize, bool)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut from = 0;
    while let Some(found) = s[from..].find(term) {
        let at = from + found;
        let end = at + term.len();
        let before = s[..at].chars().next_back();
        let mut after = s[end..].chars();
        let next = after.next();
        if !word(before) {
            if !word(next) {
                return Some((at, false));
            }
            if next == Some('s') && !word(after.next()) {
                return Some((at, true));
            }
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Kind};

    fn entries() -> Vec<GlossaryEntry> {
        [
            ("NGO", "non-governmental organisation"),
            ("GONGO", "government-organised NGO"),
            ("BRI", "Belt and Road Initiative"),
        ]
        .map(|(t, m)| GlossaryEntry {
            term: t.into(),
            meaning: m.into(),
        })
        .to_vec()
    }

    fn guide(s: &str) -> Block<'static> {
        Block::para(vec![Inline::Guide(s.into())])
    }

    /// A report of `blocks` and then the glossary, readied for Markdown.
    fn prepared(mut blocks: Vec<Block<'static>>) -> Document<'static> {
        let e: &'static [GlossaryEntry] = Box::leak(entries().into_boxed_slice());
        blocks.push(Block::Glossary(e));
        let doc = Document {
            kind: Kind::Report,
            title: String::new(),
            blocks,
        };
        prepare(doc, Format::Markdown)
    }

    fn texts(doc: &Document) -> Vec<String> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(_, t) => Some(crate::document::plain(t)),
                Block::Group { blocks, .. } => Some(format!("{blocks:?}")),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn first_use_is_spelled_out_once_and_listed() {
        let doc = prepared(vec![
            guide("Work with NGOs and GONGOs on the BRI."),
            guide("More NGOs, one BRI."),
            Block::para(vec![Inline::Text("Our NGO said so.".into())]),
        ]);
        let t = texts(&doc);
        assert_eq!(
            t[0],
            "Work with non-governmental organisations (NGOs) and government-organised NGOs \
             (GONGOs) on the Belt and Road Initiative (BRI)."
        );
        assert_eq!(t[1], "More NGOs, one BRI.");
        // An answer's own words are never rewritten.
        assert_eq!(t[2], "Our NGO said so.");
        let Some(Block::Group { blocks, .. }) = doc.blocks.last() else {
            panic!("no glossary: {:?}", doc.blocks)
        };
        let Block::Facts(_, facts) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        let terms: Vec<&str> = facts.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["NGO", "GONGO", "BRI"]);
    }

    #[test]
    fn no_glossary_when_nothing_is_used_and_other_formats_are_dropped() {
        let doc = prepared(vec![
            Block::only(&[Format::Html], vec![guide("An NGO")]),
            guide("Nothing to spell"),
        ]);
        assert_eq!(texts(&doc), ["Nothing to spell"]);
        assert_eq!(doc.blocks.len(), 1);
    }

    #[test]
    fn words_are_whole() {
        assert_eq!(find_word("GONGO", "NGO"), None);
        assert_eq!(find_word("NGOish NGO.", "NGO"), Some((7, false)));
        assert_eq!(find_word("(NGOs)", "NGO"), Some((1, true)));
        assert_eq!(find_word("UN-level", "UN"), Some((0, false)));
        assert_eq!(find_word("UNDP", "UN"), None);
    }
}
