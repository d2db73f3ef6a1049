//! The Word layout of a document (`--format docx`): an editable .docx, built with docx-rs (this
//! is the one module that knows that crate). It shows what the printed page shows: real Word
//! styles (Title, Heading 1-3, so the navigation pane and a table of contents work), tables with
//! widths fitted to their content and a repeating header row, the page's charts as tables whose
//! bars are block characters that survive black-and-white printing, an A4 page with the title
//! and page number in its footer. The same document always gives the same bytes: fixed dates in
//! the package properties and the zip entries, paragraph ids counted from one. Each paragraph
//! and table is written out as XML as soon as it is made, so a long document is held as its XML
//! (about the size of the file), not as docx-rs's tree.

use super::{Format, Writer};
use crate::document::wording::TICK_GLYPH;
use crate::document::{
    self, Align, Bar, Block, Chart, Column, Document, Dot, Inline, Lane, Pair, Row,
};
use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, BuildXML, Footer, IndentLevel,
    LevelJc, LevelOverride, LevelText, LineSpacing, NumberFormat, Numbering, NumberingId,
    PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, ShdType, SpecialIndentType, Start,
    Style, StyleType, Tab, TabValueType, TableBorder, TableBorderPosition, TableBorders, TableCell,
    TableCellBorder, TableCellBorderPosition, TableCellBorders, TableCellMargins, TableLayoutType,
    TableRow, VAlignType, WidthType,
};
use std::io::Write;

pub struct Docx;

impl Writer for Docx {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()> {
        let mut body = Body::new();
        for block in doc.blocks {
            body.block(block);
        }
        let bytes = body.package(&doc.title)?;
        out.write_all(&bytes)
    }
}

// The page, in twentieths of a point (twips): A4 with 2 cm margins all round.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN: i32 = 1_134;
const FOOTER_DISTANCE: i32 = 567;
/// The width tables and the footer's right tab stop fill.
const TEXT_WIDTH: usize = 11_906 - 2 * 1_134;

/// The package's dates. The Document carries no date of its own, and the clock would make two
/// runs on the same answers differ; this is the zip format's own epoch, which the zip entries
/// carry too.
const FIXED_DATE: &str = "1980-01-01T00:00:00Z";

// Font sizes in half points.
const BODY_SIZE: usize = 20;
const TABLE_SIZE: usize = 18;

// Colours chosen to print as distinct greys in black and white.
const ACCENT: &str = "1F5F8B";
const MUTED: &str = "55606E";
const HEADER_FILL: &str = "E4E9EF";
const RULE: &str = "8796A6";
const GAP_FILL: &str = "C9D3DD";
/// The earlier bar of a pair: light, as on the page.
const BEFORE_FILL: &str = "9DBDD6";

/// Bars are block characters in a monospaced font, so their cells line up row under row.
const MONO: &str = "Courier New";
/// Arial: on every Windows and Mac, and LibreOffice's Liberation Sans has its metrics, so the
/// column widths fitted here hold wherever the file is opened.
const BODY_FONT: &str = "Arial";
/// Tick boxes: the font Word itself draws its check boxes in; elsewhere a font that has the
/// character stands in.
const SYMBOL_FONT: &str = "MS Gothic";

/// Table text's em (9 pt) in twips, the share of it a character takes in Arial (see [`width`]),
/// bold text's extra, the monospaced bars' character, and the room a cell's margins take (with
/// a little to spare): estimates for fitting column widths to their content.
const EM: f64 = 180.0;
const BOLD: f64 = 1.08;
const MONO_CHAR: f64 = 0.6 * EM;
const CELL_PAD: f64 = 2.0 * 85.0 + 60.0;
/// An average character, for sizes given in characters.
const CHAR: f64 = 0.55 * EM;
/// The longest word that widens a column; a longer one (a web address) wraps inside its cell.
const LONGEST_WORD: f64 = 24.0 * CHAR;
/// A cell no longer than this ("37.5 high", "5 of 5", a status bar with its share) is not
/// broken across lines: its column is at least as wide as all of it.
const SHORT: f64 = 19.0 * CHAR;

/// A bar chart's bar and a paired chart's bars: cells of block characters.
const BAR_CELLS: usize = 20;
/// A level's column in the dot chart, and the band's.
const LEVEL_WIDTH: usize = 520;
const BAND_WIDTH: usize = 1_100;

/// The numbering definitions: bullets, and one decimal list that each ordered list restarts.
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

/// The styles a paragraph can have, by id. Word knows the built-in ones by their names
/// ("heading 1", "Title", "caption"), which is what makes the navigation pane and a table of
/// contents work.
mod style {
    pub const TITLE: &str = "Title";
    pub const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    pub const KICKER: &str = "Kicker";
    pub const SCORE: &str = "Score";
    pub const LEGEND: &str = "Legend";
    pub const EMPTY: &str = "Empty";
    pub const NOTE: &str = "Note";
    pub const CAPTION: &str = "Caption";
    pub const LABEL: &str = "Label";
    pub const FACT: &str = "Fact";
    pub const LIST: &str = "ListParagraph";
    pub const CELL: &str = "TableText";
    pub const SPACER: &str = "TableSpacer";
    pub const SMALL: &str = "Small";
    pub const FOOTER: &str = "Footer";
}

/// How a run of text looks.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    mono: bool,
    /// A tick box: in a font that has the ballot box (Arial does not).
    symbol: bool,
    color: Option<&'static str>,
}

impl Look {
    fn bold(self) -> Look {
        Look { bold: true, ..self }
    }

    fn run(self, text: &str) -> Run {
        let mut run = Run::new();
        if self.bold {
            run = run.bold();
        }
        if self.italic {
            run = run.italic();
        }
        if self.mono {
            run = run.fonts(fonts(MONO));
        }
        if self.symbol {
            run = run.fonts(fonts(SYMBOL_FONT));
        }
        if let Some(color) = self.color {
            run = run.color(color);
        }
        // Tabs and line breaks are elements in Word, not characters of a text element.
        let mut rest = text;
        while let Some(at) = rest.find(['\n', '\t']) {
            if at > 0 {
                run = run.add_text(&rest[..at]);
            }
            run = if rest.as_bytes()[at] == b'\n' {
                run.add_break(BreakType::TextWrapping)
            } else {
                run.add_tab()
            };
            rest = &rest[at + 1..];
        }
        if !rest.is_empty() {
            run = run.add_text(rest);
        }
        run
    }
}

fn fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .cs(name)
        .east_asia(name)
}

/// Text for Word: every character from outside cleaned as the other writers clean it (control,
/// bidirectional and invisible characters become U+FFFD; XML forbids most of them anyway).
/// docx-rs escapes markup (`<`, `&`, quotes) when it writes the XML.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    crate::text::clean(s)
}

/// The runs of inline content, in `look`.
fn runs(text: &[Inline], look: Look, out: &mut Vec<Run>) {
    for i in text {
        match i {
            Inline::Text(s) | Inline::Guide(s) | Inline::Trusted(s) => {
                out.push(look.run(&clean(s)))
            }
            Inline::Strong(t) | Inline::Bold(t) => runs(t, look.bold(), out),
            Inline::Code(s) => out.push(Look { mono: true, ..look }.run(&clean(s))),
            Inline::Cite(s) => out.push(
                Look {
                    italic: true,
                    ..look
                }
                .run(&clean(s)),
            ),
            // A line's label ("First step: ") reads as one in print too.
            Inline::Span("sub-label", t) => runs(t, look.bold(), out),
            Inline::Span(_, t) => runs(t, look, out),
            Inline::Band(b) => out.push(look.bold().run(crate::document::wording::band_word(*b))),
            Inline::Meter(v) => {
                bar_runs(*v, 10, look, out);
                out.push(look.run(" "));
            }
            Inline::Bar(v, cells) => bar_runs(*v, *cells, look, out),
            Inline::Break => out.push(Run::new().add_break(BreakType::TextWrapping)),
            Inline::Tick => {
                out.push(
                    Look {
                        symbol: true,
                        bold: false,
                        ..look
                    }
                    .run(TICK_GLYPH),
                );
                // A box stays with the words it is for.
                out.push(look.run("\u{a0}"));
            }
        }
    }
}

/// A bar of `cells` block characters: the filled part dark, the rest a light shade, the
/// unscored a row of dots; in black and white the two parts stay apart.
fn bar_runs(v: Option<f64>, cells: usize, look: Look, out: &mut Vec<Run>) {
    shaded_bar(v, cells, ACCENT, look, out);
}

/// [`bar_runs`] with the filled part in `colour`.
fn shaded_bar(v: Option<f64>, cells: usize, colour: &'static str, look: Look, out: &mut Vec<Run>) {
    let look = Look {
        mono: true,
        bold: false,
        ..look
    };
    let drawn = super::terminal::bar(v, cells);
    let filled: String = drawn.chars().take_while(|c| *c == '█').collect();
    let rest: String = drawn.chars().skip(filled.chars().count()).collect();
    if !filled.is_empty() {
        out.push(
            Look {
                color: Some(colour),
                ..look
            }
            .run(&filled),
        );
    }
    if !rest.is_empty() {
        out.push(
            Look {
                color: Some(RULE),
                ..look
            }
            .run(&rest),
        );
    }
}

/// How much room inline content asks for in a table, in twips: its longest line, and its
/// longest word (the narrowest the column can be without breaking a word).
#[derive(Clone, Copy, Default)]
struct Room {
    line: f64,
    word: f64,
}

fn room(text: &[Inline], bold: bool) -> Room {
    let mut r = Room::default();
    let (mut line, mut word) = (0.0, 0.0);
    measure(text, bold, &mut r, &mut line, &mut word);
    r.line = r.line.max(line);
    r.word = r.word.max(word);
    r
}

fn measure(text: &[Inline], bold: bool, r: &mut Room, line: &mut f64, word: &mut f64) {
    let scale = if bold { BOLD } else { 1.0 };
    for i in text {
        match i {
            Inline::Text(s) | Inline::Guide(s) | Inline::Trusted(s) | Inline::Cite(s) => {
                chars(s, |c| width(c) * scale, r, line, word);
            }
            Inline::Code(s) => chars(s, |_| MONO_CHAR, r, line, word),
            Inline::Strong(t) | Inline::Bold(t) => measure(t, true, r, line, word),
            Inline::Span("sub-label", t) => measure(t, true, r, line, word),
            Inline::Span(_, t) => measure(t, bold, r, line, word),
            Inline::Band(b) => chars(
                crate::document::wording::band_word(*b),
                |c| width(c) * BOLD,
                r,
                line,
                word,
            ),
            Inline::Meter(_) => chars("0123456789 ", |_| MONO_CHAR, r, line, word),
            Inline::Bar(_, cells) => {
                *word += *cells as f64 * MONO_CHAR;
                *line += *cells as f64 * MONO_CHAR;
            }
            Inline::Break => chars("\n", width, r, line, word),
            Inline::Tick => chars(TICK_GLYPH, |_| EM, r, line, word),
        }
    }
}

/// How wide a character of table text is in Arial, in twips, roughly by its kind: ids and
/// numbers are wider than lowercase words.
fn width(c: char) -> f64 {
    let em = match c {
        ' ' | 'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.28,
        'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.36,
        'm' | 'w' | 'M' | 'W' | '%' => 0.86,
        'A'..='Z' => 0.7,
        '0'..='9' => 0.56,
        'a'..='z' => 0.53,
        _ => 0.62,
    };
    em * EM
}

/// [`measure`] of a string, each character `w(c)` wide.
fn chars(s: &str, w: impl Fn(char) -> f64, r: &mut Room, line: &mut f64, word: &mut f64) {
    for c in s.chars() {
        if c == '\n' {
            r.line = r.line.max(*line);
            r.word = r.word.max(*word);
            (*line, *word) = (0.0, 0.0);
        } else if c.is_whitespace() {
            r.word = r.word.max(*word);
            *word = 0.0;
            *line += w(c);
        } else {
            *word += w(c);
            *line += w(c);
        }
    }
}

/// Column widths that sum to the text width: each column at least as wide as its longest word,
/// and the room left shared by how much more each column's longest line asks for. A column of
/// long notes cannot take more than half the page.
fn fit(columns: &[Column], rows: &[Row]) -> Vec<usize> {
    let n = columns.len();
    let mut least = vec![0.0_f64; n];
    let mut wanted = vec![0.0_f64; n];
    let mut take = |i: usize, r: Room, whole: bool| {
        let unbroken = if whole && r.line <= SHORT {
            r.line
        } else {
            r.word.min(LONGEST_WORD)
        };
        least[i] = least[i].max(unbroken);
        wanted[i] = wanted[i].max(r.line);
    };
    // A header may wrap between its words; a short value stays whole.
    for (i, c) in columns.iter().enumerate() {
        take(i, room(&document::trusted(&c.title), true), false);
    }
    for row in rows {
        for (i, cell) in row.cells.iter().enumerate().take(n) {
            take(i, room(&cell.text, row.class == "total"), true);
        }
    }
    let least: Vec<f64> = least.iter().map(|w| w + CELL_PAD).collect();
    let half = TEXT_WIDTH as f64 / 2.0;
    let wanted: Vec<f64> = wanted
        .iter()
        .zip(&least)
        .map(|(w, l)| (w + CELL_PAD).min(half).max(*l))
        .collect();
    share(&least, &wanted, TEXT_WIDTH)
}

/// Widths between `least` and `wanted` summing to `total` (see [`fit`]), in whole twips.
fn share(least: &[f64], wanted: &[f64], total: usize) -> Vec<usize> {
    let total_f = total as f64;
    let (sum_least, sum_wanted): (f64, f64) = (least.iter().sum(), wanted.iter().sum());
    let widths: Vec<f64> = if sum_wanted <= total_f {
        wanted.iter().map(|w| w * total_f / sum_wanted).collect()
    } else if sum_least >= total_f {
        least.iter().map(|w| w * total_f / sum_least).collect()
    } else {
        let flex = sum_wanted - sum_least;
        least
            .iter()
            .zip(wanted)
            .map(|(l, w)| l + (total_f - sum_least) * (w - l) / flex)
            .collect()
    };
    let mut whole: Vec<usize> = widths.iter().map(|w| w.floor() as usize).collect();
    // What rounding down left over goes to the widest column.
    let left = total.saturating_sub(whole.iter().sum());
    if let Some(widest) = (0..whole.len()).max_by_key(|&i| whole[i]) {
        whole[widest] += left;
    }
    whole
}

/// The document's body as it is built: each paragraph and table made with docx-rs and written
/// out as XML at once (docx-rs's own serialisation and escaping), so that the document is never
/// held as a tree of docx-rs elements, which take kilobytes each: an aggregate of a thousand
/// respondents would take most of a gigabyte. With the counters that keep the package's ids the
/// same from run to run.
struct Body {
    /// The body's XML so far, `<w:p>` and `<w:tbl>` elements in order.
    xml: Vec<u8>,
    /// Some list was written: the package then declares its numbering (Word Online refuses a
    /// numbering part that nothing uses).
    lists: bool,
    /// The last paragraph id given; docx-rs would count on from wherever an earlier document in
    /// the same thread left off.
    para_ids: u32,
    /// Ordered lists so far: each gets a numbering of its own, so each starts at 1.
    ordered: usize,
    /// Inside the page's footer group: its paragraphs are small print.
    small: bool,
    /// The last paragraph, not added yet (see [`Body::push`]).
    pending: Option<Paragraph>,
    /// A sheet has begun: the next paragraph starts a new page.
    new_page: bool,
}

impl Body {
    fn new() -> Body {
        Body {
            xml: Vec::new(),
            lists: false,
            para_ids: 0,
            ordered: 0,
            small: false,
            pending: None,
            new_page: false,
        }
    }

    /// A new paragraph in `style` (`""`: Normal).
    fn para(&mut self, style: &str) -> Paragraph {
        self.para_ids += 1;
        let p = Paragraph::new().id(format!("{:08X}", self.para_ids));
        if style.is_empty() { p } else { p.style(style) }
    }

    fn text_para(&mut self, style: &str, text: &[Inline], look: Look) -> Paragraph {
        let mut p = self.para(style);
        let mut out = Vec::new();
        runs(text, look, &mut out);
        for r in out {
            p = p.add_run(r);
        }
        p
    }

    /// Add a paragraph. It is held until the next one comes: a paragraph just before a table
    /// (a heading's facts, a lead-in) is then kept on the table's page.
    fn push(&mut self, mut p: Paragraph) {
        if std::mem::take(&mut self.new_page) {
            p = p.page_break_before(true);
        }
        if let Some(last) = self.pending.replace(p) {
            self.write(&last);
        }
    }

    fn flush(&mut self) {
        if let Some(last) = self.pending.take() {
            self.write(&last);
        }
    }

    fn write(&mut self, p: &Paragraph) {
        self.lists |= p.has_numbering;
        self.xml.extend_from_slice(&p.build());
    }

    fn push_table(&mut self, t: docx_rs::Table) {
        if self.new_page {
            // A table cannot start a page by itself: an empty paragraph does it.
            let p = self.para(style::SPACER);
            self.push(p);
        }
        if let Some(last) = self.pending.take() {
            self.write(&last.keep_next(true));
        }
        self.xml.extend_from_slice(&mark_header_rows(&t.build()));
        // A small paragraph after every table: the space before what follows, and what keeps
        // two tables in a row from joining into one when the file is opened.
        let spacer = self.para(style::SPACER);
        self.push(spacer);
    }

    fn blocks(&mut self, blocks: Vec<Block<'_>>) {
        for b in blocks {
            self.block(b);
        }
    }

    fn block(&mut self, block: Block<'_>) {
        match block {
            Block::Title(t) => {
                let p = self.text_para(style::TITLE, &t, Look::default());
                self.push(p);
            }
            Block::Label(t) => {
                let p = self.text_para(style::LABEL, &t, Look::default());
                self.push(p);
            }
            // The document's sections are level 2 (level 1 is its title): Word's first level.
            Block::Heading(level, _, t) => {
                let at = usize::from(level.saturating_sub(2)).min(style::HEADINGS.len() - 1);
                let p = self.text_para(style::HEADINGS[at], &t, Look::default());
                self.push(p);
            }
            Block::Para(class, t) => {
                let style = if self.small {
                    style::SMALL
                } else {
                    para_style(class)
                };
                let p = self.text_para(style, &t, Look::default());
                self.push(p);
            }
            Block::Note(_, t) => {
                let p = self.text_para(style::NOTE, &t, Look::default());
                self.push(p);
            }
            Block::Hanging { text, .. } => {
                let p = self.text_para("", &text, Look::default());
                self.push(p);
            }
            Block::Caption(class, t) => {
                let style = if class == "legend" {
                    style::LEGEND
                } else {
                    style::CAPTION
                };
                let p = self.text_para(style, &t, Look::default());
                self.push(p);
            }
            // Decoration between two scores; the words around it say the same.
            Block::Ornament(..) | Block::Blank | Block::Glossary(_) => {}
            Block::List { ordered, items, .. } => self.list(ordered, &items),
            Block::Facts(_, facts) => self.facts(facts),
            Block::Table(t) => {
                if let Some(t) = self.table(&t) {
                    self.push_table(t);
                }
            }
            Block::Chart(c) => {
                let t = match &c {
                    Chart::Bars { bars, .. } => self.bars(bars),
                    Chart::Dots { levels, dots, .. } => self.dots(levels, dots),
                    Chart::Pairs {
                        before,
                        after,
                        pairs,
                        ..
                    } => self.pairs([before, after], pairs),
                    Chart::Timeline { lanes, .. } => self.lanes(lanes),
                };
                self.push_table(t);
            }
            Block::Group {
                tag: document::Tag::Footer,
                blocks,
                ..
            } => {
                let was = std::mem::replace(&mut self.small, true);
                self.blocks(blocks);
                self.small = was;
            }
            Block::Group { blocks, .. } | Block::ByWidth { wide: blocks, .. } => {
                self.blocks(blocks);
            }
            Block::Stream { blocks, .. } => {
                for b in blocks {
                    self.block(b);
                }
            }
            Block::Only(formats, blocks) if formats.contains(&Format::Docx) => self.blocks(blocks),
            Block::Only(..) => {}
            Block::Lazy(make) => self.blocks(make(Format::Docx)),
            Block::Choices { across, items } => self.choices(across, &items),
            Block::Lines { label, lines } => self.lines(&label, lines),
            Block::Sheet(_, blocks) => {
                self.new_page = true;
                self.blocks(blocks);
            }
        }
    }

    /// Options to tick: a paragraph each, its box hanging, or all in one paragraph `across`.
    fn choices(&mut self, across: bool, items: &[document::Text]) {
        let with_box = |t: &document::Text| {
            let mut all = vec![Inline::Tick];
            all.extend(t.iter().cloned());
            all
        };
        if across {
            // Each option kept whole on its line, the options an em space or two apart.
            let mut all = Vec::new();
            for (n, t) in items.iter().enumerate() {
                if n > 0 {
                    all.push(Inline::Trusted("\u{2003} ".into()));
                }
                all.extend(with_box(&unbroken(t)));
            }
            let p = self.text_para(style::LIST, &all, Look::default());
            self.push(p);
            return;
        }
        for t in items {
            let p = self
                .text_para(style::LIST, &with_box(t), Look::default())
                .indent(
                    Some(LIST_INDENT),
                    Some(SpecialIndentType::Hanging(LIST_INDENT)),
                    None,
                    None,
                );
            self.push(p);
        }
    }

    /// Room to write by hand: the label and one line beside it in a table of two cells, or the
    /// label above a table of `lines` ruled rows. Rows are not split and stay with the label.
    fn lines(&mut self, label: &[Inline], lines: usize) {
        let ruled = |cell: TableCell| {
            keep_with_next(cell).set_borders(
                TableCellBorders::with_empty().set(
                    TableCellBorder::new(TableCellBorderPosition::Bottom)
                        .border_type(BorderType::Single)
                        .size(6)
                        .color(MUTED),
                ),
            )
        };
        let open = |cell: TableCell| {
            keep_with_next(cell).set_borders(TableCellBorders::with_empty().set(
                TableCellBorder::new(TableCellBorderPosition::Bottom).border_type(BorderType::Nil),
            ))
        };
        let row = |cells: Vec<TableCell>| {
            TableRow::new(cells)
                .cant_split()
                .row_height(WRITING_ROW)
                .height_rule(docx_rs::HeightRule::AtLeast)
        };
        if lines <= 1 {
            let first = ((room(label, true).line * 1.15 + CELL_PAD) as usize).min(TEXT_WIDTH / 2);
            let widths = vec![first, TEXT_WIDTH - first];
            let label = self
                .cell(widths[0], label, Align::Left, Look::default().bold())
                .vertical_align(VAlignType::Bottom);
            let line = self.cell(widths[1], &[], Align::Left, Look::default());
            let t = writing_table(vec![row(vec![open(label), ruled(line)])], widths);
            self.push_table(t);
            return;
        }
        let p = self
            .text_para(style::LABEL, label, Look::default())
            .keep_next(true);
        self.push(p);
        let rows = (0..lines)
            .map(|_| {
                let cell = self.cell(TEXT_WIDTH, &[], Align::Left, Look::default());
                row(vec![ruled(cell)])
            })
            .collect();
        let t = writing_table(rows, vec![TEXT_WIDTH]);
        self.push_table(t);
    }

    /// A list: a numbered or bulleted paragraph an item, and the lines under an item (a
    /// priority's levels, its first step) as paragraphs of it, indented to its text without a
    /// number.
    fn list(&mut self, ordered: bool, items: &[document::Item]) {
        let numbering = if ordered {
            self.ordered += 1;
            NUMBERS + self.ordered
        } else {
            BULLETS
        };
        for item in items {
            let p = self
                .text_para(style::LIST, &item.text, Look::default())
                .numbering(NumberingId::new(numbering), IndentLevel::new(0));
            self.push(p);
            for more in &item.more {
                let p = self.text_para(style::LIST, more, Look::default()).indent(
                    Some(LIST_INDENT),
                    None,
                    None,
                    None,
                );
                self.push(p);
            }
        }
    }

    /// Labelled values, a paragraph each: the label bold.
    fn facts(&mut self, facts: Vec<(String, document::Text)>) {
        for (label, value) in facts {
            let mut p = self.para(style::FACT);
            p = p.add_run(Look::default().bold().run(&format!(
                "{}{}",
                clean(&label),
                crate::document::wording::colon()
            )));
            let mut out = Vec::new();
            runs(&value, Look::default(), &mut out);
            for r in out {
                p = p.add_run(r);
            }
            self.push(p);
        }
    }

    /// A cell of a table: one paragraph of `text` in the table's size, aligned.
    fn cell(&mut self, width: usize, text: &[Inline], align: Align, look: Look) -> TableCell {
        let mut p = self.text_para(style::CELL, text, look);
        if align == Align::Right {
            p = p.align(AlignmentType::Right);
        }
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(p)
    }

    /// A data table: the header row (repeated on every page it runs to), a row per row, and
    /// each row's line under it as a row of its own that spans the columns after `pad` and is
    /// kept on the same page as its row.
    fn table(&mut self, t: &document::Table) -> Option<docx_rs::Table> {
        if t.columns.is_empty() {
            return None;
        }
        let n = t.columns.len();
        let widths = fit(&t.columns, &t.rows);
        let mut rows = Vec::with_capacity(t.rows.len() + 1);
        let header: Vec<TableCell> = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                self.cell(
                    *w,
                    &document::trusted(&c.title),
                    c.align,
                    Look::default().bold(),
                )
                .shading(fill(HEADER_FILL))
                .set_borders(rules(false, true))
            })
            .collect();
        rows.push(header_row(header));
        for row in &t.rows {
            let look = if row.class == "total" {
                Look::default().bold()
            } else {
                Look::default()
            };
            let has_sub = row.sub.is_some();
            let mut cells = Vec::with_capacity(n);
            for (i, (column, width)) in t.columns.iter().zip(&widths).enumerate() {
                let text = row.cells.get(i).map_or(&[][..], |c| c.text.as_slice());
                let mut cell = self.cell(*width, text, column.align, look);
                if has_sub {
                    cell = cell.set_borders(rules(false, false));
                }
                cells.push(cell);
            }
            if has_sub {
                // Keep-with-next on the row's paragraphs keeps the row and its line together.
                cells = cells.into_iter().map(keep_with_next).collect();
            }
            rows.push(TableRow::new(cells).cant_split());
            if let Some(sub) = &row.sub {
                let pad = sub.pad.min(n - 1);
                let mut cells = Vec::new();
                if pad > 0 {
                    let w = widths[..pad].iter().sum();
                    cells.push(
                        self.cell(w, &[], Align::Left, Look::default())
                            .grid_span(pad),
                    );
                }
                let w = widths[pad..].iter().sum();
                cells.push(
                    self.cell(w, &sub.text, Align::Left, Look::default())
                        .grid_span(n - pad),
                );
                let cells = cells
                    .into_iter()
                    .map(|c| c.set_borders(rules(true, true)))
                    .collect();
                rows.push(TableRow::new(cells).cant_split());
            }
        }
        Some(data_table(rows, widths))
    }

    /// A bar chart as a table: the label, the bar (its range, when there is one, drawn as a line
    /// under it), and the value with its range in words.
    fn bars(&mut self, bars: &[Bar]) -> docx_rs::Table {
        let bar_width = (BAR_CELLS as f64 * MONO_CHAR + CELL_PAD) as usize;
        let value_width = bars
            .iter()
            .map(|b| {
                let shown = room(&document::trusted(&b.shown), true).line;
                let range = b
                    .range
                    .as_deref()
                    .map_or(0.0, |r| room(&document::trusted(r), false).line);
                (shown.max(range) + CELL_PAD) as usize
            })
            .max()
            .unwrap_or(0)
            .clamp(1_200, 2_400);
        let widths = vec![TEXT_WIDTH - bar_width - value_width, bar_width, value_width];
        let mut rows = Vec::new();
        for b in bars {
            let label = self.cell(
                widths[0],
                &document::text(&b.label),
                Align::Left,
                Look::default(),
            );
            let mut bar = Vec::new();
            bar_runs(b.value, BAR_CELLS, Look::default(), &mut bar);
            if let (Some(_), Some(lo), Some(hi)) = (&b.range, b.low, b.high) {
                bar.push(Run::new().add_break(BreakType::TextWrapping));
                bar.push(
                    Look {
                        mono: true,
                        color: Some(MUTED),
                        ..Look::default()
                    }
                    .run(&range_line(lo, hi, BAR_CELLS)),
                );
            }
            let mut bar_para = self.para(style::CELL);
            for r in bar {
                bar_para = bar_para.add_run(r);
            }
            let mut value = vec![Inline::Strong(document::trusted(&b.shown))];
            if let Some(range) = &b.range {
                value.push(Inline::Break);
                value.push(Inline::Trusted(range.clone()));
            }
            let value = self.cell(widths[2], &value, Align::Right, Look::default());
            let bar = TableCell::new()
                .width(widths[1], WidthType::Dxa)
                .add_paragraph(bar_para);
            rows.push(chart_row(vec![label, bar, value]));
        }
        data_table(rows, widths)
    }

    /// A timeline as a table: a row per lane with its name, its dates and its bar in words (the
    /// line across the page's chart, today, is in the document's facts already).
    fn lanes(&mut self, lanes: &[Lane]) -> docx_rs::Table {
        let label_width = 3_000;
        let window_width = 3_000;
        let widths = vec![
            label_width,
            window_width,
            TEXT_WIDTH - label_width - window_width,
        ];
        let mut rows = Vec::new();
        for lane in lanes {
            let cells = vec![
                self.cell(
                    widths[0],
                    &document::text(&lane.label),
                    Align::Left,
                    Look::default().bold(),
                ),
                self.cell(
                    widths[1],
                    &document::text(&lane.window),
                    Align::Left,
                    Look::default(),
                ),
                self.cell(
                    widths[2],
                    &document::text(&lane.shown),
                    Align::Left,
                    Look::default(),
                ),
            ];
            rows.push(chart_row(cells));
        }
        data_table(rows, widths)
    }

    /// A dot chart as a table: the label, a column per level of the scale (headed by the level)
    /// with ● at the level now, ○ at the target and the gap between them shaded, and the band.
    fn dots(&mut self, levels: &[u8], dots: &[Dot]) -> docx_rs::Table {
        let n = levels.len();
        let label_width = TEXT_WIDTH.saturating_sub(n * LEVEL_WIDTH + BAND_WIDTH);
        let mut widths = vec![label_width];
        widths.extend(std::iter::repeat_n(LEVEL_WIDTH, n));
        widths.push(BAND_WIDTH);
        let mut header = vec![self.cell(label_width, &[], Align::Left, Look::default())];
        for l in levels {
            header.push(self.cell(
                LEVEL_WIDTH,
                &document::trusted(l.to_string()),
                Align::Left,
                Look::default().bold(),
            ));
        }
        header.push(self.cell(BAND_WIDTH, &[], Align::Left, Look::default()));
        let header = header
            .into_iter()
            .map(|c| keep_with_next(centre_levels(c.set_borders(rules(false, true)))))
            .collect();
        let mut rows = vec![header_row(header)];
        for (k, d) in dots.iter().enumerate() {
            let label = vec![
                Inline::Strong(document::trusted(format!("{}.", k + 1))),
                Inline::Trusted(" ".into()),
                Inline::Text(d.label.clone()),
            ];
            let mut cells = vec![self.cell(label_width, &label, Align::Left, Look::default())];
            let (low, high) = (d.now.min(d.target), d.now.max(d.target));
            for &l in levels {
                let mark = if l == d.now {
                    "●"
                } else if l == d.target {
                    "○"
                } else {
                    ""
                };
                let mut cell = self.cell(
                    LEVEL_WIDTH,
                    &document::trusted(mark),
                    Align::Left,
                    Look::default().bold(),
                );
                if (low..=high).contains(&l) && low != high {
                    cell = cell.shading(fill(GAP_FILL));
                }
                cells.push(centre_levels(cell));
            }
            cells.push(self.cell(
                BAND_WIDTH,
                &[Inline::Band(d.band)],
                Align::Left,
                Look::default(),
            ));
            rows.push(chart_row(cells));
        }
        data_table(rows, widths)
    }

    /// A paired bar chart as a table: the label, then before above after, each bar with its
    /// share and its side's word.
    fn pairs(&mut self, words: [&String; 2], pairs: &[Pair]) -> docx_rs::Table {
        let bars_width = (BAR_CELLS as f64 * MONO_CHAR + 16.0 * CHAR + CELL_PAD) as usize;
        let widths = vec![TEXT_WIDTH - bars_width, bars_width];
        let mut rows = Vec::new();
        for p in pairs {
            let label = self.cell(
                widths[0],
                &document::text(&p.label),
                Align::Left,
                Look::default(),
            );
            let mut both = self.para(style::CELL);
            let sides = [
                (p.before, &p.before_shown, words[0]),
                (p.after, &p.after_shown, words[1]),
            ];
            for (k, (v, shown, word)) in sides.into_iter().enumerate() {
                if k > 0 {
                    both = both.add_run(Run::new().add_break(BreakType::TextWrapping));
                }
                // Before light, after dark, as the chart's legend says.
                let colour = if k == 0 { BEFORE_FILL } else { ACCENT };
                let mut out = Vec::new();
                shaded_bar(v, BAR_CELLS, colour, Look::default(), &mut out);
                out.push(Look::default().bold().run(&format!(" {}", clean(shown))));
                out.push(
                    Look {
                        color: Some(MUTED),
                        ..Look::default()
                    }
                    .run(&format!(" {}", clean(word))),
                );
                for r in out {
                    both = both.add_run(r);
                }
            }
            let bars = TableCell::new()
                .width(widths[1], WidthType::Dxa)
                .add_paragraph(both);
            rows.push(chart_row(vec![label, bars]));
        }
        data_table(rows, widths)
    }

    /// The whole package: styles, numbering, page, footer, then the body, as .docx bytes.
    fn package(mut self, title: &str) -> std::io::Result<Vec<u8>> {
        self.flush();
        let mut footer_para = Paragraph::new()
            .id(format!("{:08X}", self.para_ids + 1))
            .style(style::FOOTER)
            .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH));
        footer_para = footer_para
            .add_run(Run::new().add_text(clean(title)))
            .add_run(Run::new().add_tab())
            .add_page_num(PageNum::new());
        // The package around the body: one empty paragraph stands where the body goes.
        let mut docx = docx_rs::Docx::new()
            .add_paragraph(Paragraph::new().id(PLACEHOLDER))
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN)
                    .bottom(MARGIN)
                    .left(MARGIN)
                    .right(MARGIN)
                    .header(FOOTER_DISTANCE)
                    .footer(FOOTER_DISTANCE),
            )
            .default_fonts(fonts(BODY_FONT))
            .default_size(BODY_SIZE)
            // Space after a paragraph, and lines a little apart, unless a style says otherwise.
            .default_line_spacing(
                LineSpacing::new()
                    .after(120)
                    .line(264)
                    .line_rule(docx_rs::LineSpacingType::Auto),
            )
            .footer(Footer::new().add_paragraph(footer_para))
            .created_at(FIXED_DATE)
            .updated_at(FIXED_DATE)
            .add_abstract_numbering(list_level(BULLETS, "bullet", "•"))
            .add_abstract_numbering(list_level(NUMBERS, "decimal", "%1."))
            .add_numbering(Numbering::new(BULLETS, BULLETS));
        for k in 1..=self.ordered {
            docx = docx.add_numbering(
                Numbering::new(NUMBERS + k, NUMBERS).add_override(LevelOverride::new(0).start(1)),
            );
        }
        for s in styles() {
            docx = docx.add_style(s);
        }
        docx.document_rels.has_numberings = self.lists;
        let mut xml = docx.build();
        xml.document = splice(&xml.document, self.xml)?;
        xml.styles = mark_default_style(&xml.styles);
        let mut buf = std::io::Cursor::new(Vec::new());
        xml.pack(&mut buf).map_err(std::io::Error::other)?;
        Ok(buf.into_inner())
    }
}

/// The paragraph style of a paragraph with an HTML class: the page's few kinds of paragraph
/// that look different (the kicker above the title, the big score, legends, "nothing here").
fn para_style(class: &str) -> &'static str {
    match class {
        "kicker" => style::KICKER,
        "big" | "big before" => style::SCORE,
        "legend" | "under" => style::LEGEND,
        "empty" => style::EMPTY,
        _ => "",
    }
}

/// A list's one level: a bullet or a number, hanging.
fn list_level(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        docx_rs::Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(LIST_INDENT),
            Some(SpecialIndentType::Hanging(LIST_INDENT)),
            None,
            None,
        ),
    )
}

/// Where a list item's text starts, in twentieths of a point: its number or bullet hangs left.
const LIST_INDENT: i32 = 360;

/// A line under a bar of `cells`, from `low` to `high` percent: the range don't-knows leave.
fn range_line(low: f64, high: f64, cells: usize) -> String {
    let at = |v: f64| ((v.clamp(0.0, 100.0) / 100.0) * cells as f64).round() as usize;
    let (from, to) = (at(low), at(high).max(at(low) + 1).min(cells));
    format!(
        "{}{}",
        " ".repeat(from),
        "─".repeat(to.saturating_sub(from))
    )
}

fn fill(colour: &str) -> Shading {
    Shading::new()
        .shd_type(ShdType::Clear)
        .color("auto")
        .fill(colour)
}

/// A cell's borders: none at its top (`open_top`: it continues the row above) and a rule at
/// its bottom unless `rule` is false (a row whose line follows it).
fn rules(open_top: bool, rule: bool) -> TableCellBorders {
    let mut b = TableCellBorders::with_empty();
    if open_top {
        b = b.set(TableCellBorder::new(TableCellBorderPosition::Top).border_type(BorderType::Nil));
    }
    let bottom = TableCellBorder::new(TableCellBorderPosition::Bottom);
    b.set(if rule {
        bottom.border_type(BorderType::Single).size(4).color(RULE)
    } else {
        bottom.border_type(BorderType::Nil)
    })
}

/// The cell with `f` applied to each of its paragraphs.
fn each_para(mut cell: TableCell, f: impl Fn(Paragraph) -> Paragraph) -> TableCell {
    for child in &mut cell.children {
        if let docx_rs::TableCellContent::Paragraph(p) = child {
            let taken = std::mem::take(p.as_mut());
            **p = f(taken);
        }
    }
    cell
}

fn keep_with_next(cell: TableCell) -> TableCell {
    each_para(cell, |p| p.keep_next(true))
}

fn centre_levels(cell: TableCell) -> TableCell {
    each_para(cell, |p| p.align(AlignmentType::Center))
}

/// The marker a header row carries until [`mark_header_rows`] makes it a repeating header:
/// docx-rs has no `w:tblHeader`, so the row is given a height rule no other row has (at least
/// one twip, which changes nothing) and that is replaced in the XML.
const HEADER_MARK: f32 = 1.0;
const HEADER_MARK_XML: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells)
        .cant_split()
        .row_height(HEADER_MARK)
        .height_rule(docx_rs::HeightRule::AtLeast)
}

/// Header rows marked repeating (`<w:tblHeader/>`): Word and LibreOffice then print them again
/// at the top of every page a table runs to. The marker is markup docx-rs wrote; text from
/// outside has its `<` escaped, so it cannot spell one.
fn mark_header_rows(document: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(document);
    xml.replace(HEADER_MARK_XML, "<w:tblHeader />").into_bytes()
}

/// The id of the paragraph that stands for the body in the package's document part: above any
/// id [`Body::para`] gives, below the largest Word allows (0x80000000).
const PLACEHOLDER: &str = "7FFFFFFE";

/// The document part with the body in place of the placeholder paragraph. The body's buffer
/// becomes the part, so a large body is not copied whole.
fn splice(document: &[u8], mut body: Vec<u8>) -> std::io::Result<Vec<u8>> {
    let open = format!(r#"<w:p w14:paraId="{PLACEHOLDER}">"#);
    let find = |what: &[u8], from: usize| {
        document[from..]
            .windows(what.len())
            .position(|w| w == what)
            .map(|at| at + from)
    };
    let start = find(open.as_bytes(), 0);
    let end = start
        .and_then(|s| find(b"</w:p>", s))
        .map(|e| e + "</w:p>".len());
    let (Some(start), Some(end)) = (start, end) else {
        return Err(std::io::Error::other(
            "the Word writer lost its place in the document part; this is a bug",
        ));
    };
    body.reserve(start + document.len() - end);
    body.splice(0..0, document[..start].iter().copied());
    body.extend_from_slice(&document[end..]);
    Ok(body)
}

/// Normal marked as the default paragraph style (`w:default="1"`), which docx-rs leaves out:
/// without it a reader has no style for a paragraph that names none (python-docx answers
/// `None`), and Word's style pane shows none selected.
fn mark_default_style(styles: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(styles);
    xml.replacen(NORMAL_XML, NORMAL_DEFAULT_XML, 1).into_bytes()
}

const NORMAL_XML: &str = r#"<w:style w:type="paragraph" w:styleId="Normal">"#;
const NORMAL_DEFAULT_XML: &str = r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#;

fn borders() -> TableBorders {
    let rule = |p: TableBorderPosition, size: usize| {
        TableBorder::new(p)
            .border_type(BorderType::Single)
            .size(size)
            .color(RULE)
    };
    TableBorders::with_empty()
        .set(rule(TableBorderPosition::Top, 8))
        .set(rule(TableBorderPosition::Bottom, 8))
        .set(rule(TableBorderPosition::InsideH, 4))
}

fn margins() -> TableCellMargins {
    TableCellMargins::new()
        .margin_top(30, WidthType::Dxa)
        .margin_bottom(30, WidthType::Dxa)
        .margin_left(85, WidthType::Dxa)
        .margin_right(85, WidthType::Dxa)
}

/// Inline text whose spaces do not break a line (no-break spaces).
fn unbroken(text: &[Inline]) -> document::Text {
    let nb = |s: &String| s.replace(' ', "\u{a0}");
    text.iter()
        .map(|i| match i {
            Inline::Text(s) => Inline::Text(nb(s)),
            Inline::Guide(s) => Inline::Guide(nb(s)),
            Inline::Trusted(s) => Inline::Trusted(nb(s)),
            Inline::Strong(t) => Inline::Strong(unbroken(t)),
            Inline::Bold(t) => Inline::Bold(unbroken(t)),
            Inline::Span(c, t) => Inline::Span(c, unbroken(t)),
            other => other.clone(),
        })
        .collect()
}

/// How tall a line to write on is, in twips: room for handwriting.
const WRITING_ROW: f32 = 440.0;

/// A table of lines to write on: no rules of its own, only its cells' lines.
fn writing_table(rows: Vec<TableRow>, widths: Vec<usize>) -> docx_rs::Table {
    docx_rs::Table::new(rows)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .set_borders(TableBorders::with_empty())
        .margins(margins())
}

/// A table of fixed column widths across the text width.
fn data_table(rows: Vec<TableRow>, widths: Vec<usize>) -> docx_rs::Table {
    docx_rs::Table::new(rows)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .set_borders(borders())
        .margins(margins())
}

/// A chart's row: not split, and kept with the next row (the last, with the legend).
fn chart_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells.into_iter().map(keep_with_next).collect()).cant_split()
}

/// Every paragraph style the writer uses. Sizes are half points; spacing is twips.
fn styles() -> Vec<Style> {
    let para = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
    };
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let heading = |level: usize, size: usize, before: u32| {
        let mut s = para(style::HEADINGS[level], &format!("heading {}", level + 1))
            .size(size)
            .bold()
            .color(if level == 0 { ACCENT } else { "1D2733" })
            .outline_lvl(level)
            .line_spacing(spacing(before, 80));
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let mut caption = para(style::CAPTION, "caption")
        .size(20)
        .bold()
        .line_spacing(spacing(160, 60));
    caption.paragraph_property = caption.paragraph_property.keep_next(true);
    let mut label = para(style::LABEL, "Label")
        .bold()
        .line_spacing(spacing(120, 40));
    label.paragraph_property = label.paragraph_property.keep_next(true);
    let mut kicker = para(style::KICKER, "Kicker")
        .size(18)
        .bold()
        .color(ACCENT)
        .line_spacing(spacing(0, 0));
    kicker.paragraph_property = kicker.paragraph_property.keep_next(true);
    vec![
        para(style::TITLE, "Title")
            .size(44)
            .bold()
            .color("1D2733")
            .line_spacing(spacing(0, 200)),
        heading(0, 30, 360),
        heading(1, 24, 240),
        heading(2, 22, 200),
        kicker,
        para(style::SCORE, "Score")
            .size(48)
            .bold()
            .color(ACCENT)
            .line_spacing(spacing(120, 0)),
        para(style::LEGEND, "Legend")
            .size(18)
            .color(MUTED)
            .line_spacing(spacing(40, 120)),
        para(style::EMPTY, "Nothing to show").italic().color(MUTED),
        para(style::NOTE, "Note")
            .italic()
            .indent(Some(284), None, None, None)
            .line_spacing(spacing(80, 120)),
        caption,
        label,
        para(style::FACT, "Fact").line_spacing(spacing(0, 40)),
        para(style::LIST, "List Paragraph").line_spacing(spacing(0, 60)),
        para(style::CELL, "Table Text")
            .size(TABLE_SIZE)
            .line_spacing(spacing(0, 0)),
        para(style::SPACER, "Table Spacer")
            .size(8)
            .line_spacing(spacing(0, 120)),
        para(style::SMALL, "Small Print")
            .size(16)
            .color(MUTED)
            .line_spacing(spacing(0, 40)),
        para(style::FOOTER, "footer").size(16).color(MUTED),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::scoring::Band;
    use crate::document::{Cell, Item, Kind, Sub, Table, Tag, cell, fixed, text, trusted};
    use crate::testing::assert_contains;
    use std::collections::BTreeMap;
    use std::io::Read;

    /// The package's parts by name, as text.
    fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            parts.insert(entry.name().to_string(), text);
        }
        parts
    }

    fn write(blocks: Vec<Block<'_>>) -> Vec<u8> {
        let doc = Document {
            kind: Kind::Report,
            title: "Report: <Acme & Co>".into(),
            blocks,
        };
        let mut out = Vec::new();
        Docx.write(doc, &mut out).unwrap();
        out
    }

    fn body(blocks: Vec<Block<'_>>) -> String {
        parts(&write(blocks))["word/document.xml"].clone()
    }

    /// A table with a number column and a row with a line under it.
    fn table<'a>() -> Block<'a> {
        let rows = vec![
            Row::with_sub(
                vec![fixed("1"), cell("Map what you do"), fixed("37.5 high")],
                Some(Sub::labelled(1, "", "First step: ", "Ask the team")),
            ),
            Row::new(vec![fixed("2"), cell("Plan"), fixed("20.0")]),
        ];
        let columns = vec![
            Column::num("#"),
            Column::new("Recommendation"),
            Column::num("Priority"),
        ];
        Block::Table(Table::grouped("prio", columns, rows))
    }

    #[test]
    fn headings_are_words_styles_and_the_title_is_a_title() {
        let parts = parts(&write(vec![
            Block::Title(text("Acme")),
            Block::heading(2, trusted("Overall")),
            Block::heading(3, trusted("An area")),
            Block::heading(4, trusted("Deeper")),
        ]));
        let doc = &parts["word/document.xml"];
        for (style, words) in [
            ("Title", "Acme"),
            ("Heading1", "Overall"),
            ("Heading2", "An area"),
            ("Heading3", "Deeper"),
        ] {
            let at = doc.find(&format!(r#"<w:pStyle w:val="{style}" />"#));
            let at = at.unwrap_or_else(|| panic!("no {style} paragraph"));
            assert!(doc[at..].find(words) < doc[at..].find("</w:p>"), "{style}");
        }
        let styles = &parts["word/styles.xml"];
        for (id, name) in [
            ("Heading1", "heading 1"),
            ("Heading2", "heading 2"),
            ("Heading3", "heading 3"),
            ("Title", "Title"),
        ] {
            let style = format!(r#"w:styleId="{id}"><w:name w:val="{name}" />"#);
            assert!(styles.contains(&style), "{style} in {styles}");
        }
        assert!(styles.contains(r#"<w:outlineLvl w:val="0" />"#));
        assert!(
            styles.contains(NORMAL_DEFAULT_XML),
            "Normal is the default style"
        );
    }

    #[test]
    fn tables_have_widths_a_repeating_header_right_aligned_numbers_and_their_lines() {
        let doc = body(vec![table(), table()]);
        // Two tables, each with its header marked and no marker left behind.
        assert_eq!(doc.matches("<w:tbl>").count(), 2);
        assert_eq!(doc.matches("<w:tblHeader />").count(), 2);
        assert!(!doc.contains("<w:trHeight"), "{doc}");
        // The tables are kept apart by a paragraph, so Word does not join them.
        assert!(!doc.contains("</w:tbl><w:tbl>"));
        let grid: Vec<usize> = doc
            .split("<w:gridCol w:w=\"")
            .skip(1)
            .take(3)
            .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(grid.iter().sum::<usize>(), TEXT_WIDTH, "{grid:?}");
        assert!(grid[1] > grid[0] && grid[1] > grid[2], "{grid:?}");
        // The number columns' header and cells are right-aligned; the title's are not.
        let right = r#"<w:jc w:val="right" />"#;
        let header = &doc[..doc.find("</w:tr>").unwrap()];
        assert_eq!(header.matches(right).count(), 2, "{header}");
        // The line under the first row spans the columns after the pad, and its row is kept
        // with it.
        assert!(doc.contains(r#"<w:gridSpan w:val="2" />"#));
        assert!(doc.contains("<w:keepNext />"));
        let step = doc.find("Ask the team").unwrap();
        assert!(doc[..step].contains("First step: "));
        assert!(doc[step..].find("Plan") < doc[step..].find("</w:tbl>"));
    }

    #[test]
    fn share_fills_the_width_and_keeps_the_narrowest_whole() {
        let widths = share(&[500.0, 1_000.0], &[600.0, 20_000.0], 9_638);
        assert_eq!(widths.iter().sum::<usize>(), 9_638);
        assert!(widths[0] >= 500 && widths[0] <= 600, "{widths:?}");
        // All of it fits: the room left is shared out.
        let widths = share(&[100.0, 100.0], &[1_000.0, 3_000.0], 8_000);
        assert_eq!(widths, [2_000, 6_000]);
        // Not even the least fits: each gets its share of the least.
        let widths = share(&[6_000.0, 6_000.0], &[7_000.0, 7_000.0], 9_000);
        assert_eq!(widths, [4_500, 4_500]);
    }

    #[test]
    fn charts_become_tables_of_bars_readable_in_black_and_white() {
        let bars = Chart::Bars {
            title: "t".into(),
            desc: "d".into(),
            bars: vec![Bar {
                label: "Strategy".into(),
                value: Some(50.0),
                low: Some(40.0),
                high: Some(60.0),
                shown: "50.0%".into(),
                range: Some("Range 40-60%".into()),
            }],
        };
        let dots = Chart::Dots {
            title: "t".into(),
            desc: "d".into(),
            levels: vec![0, 1, 2, 3, 4],
            dots: vec![Dot {
                label: "R31".into(),
                now: 1,
                target: 3,
                band: Band::High,
            }],
        };
        let pairs = Chart::Pairs {
            title: "t".into(),
            desc: "d".into(),
            before: "before".into(),
            after: "after".into(),
            pairs: vec![Pair {
                label: "Comms".into(),
                before: None,
                after: Some(100.0),
                before_shown: "not scored".into(),
                after_shown: "100.0%".into(),
            }],
        };
        let doc = body(vec![
            Block::Chart(bars),
            Block::Chart(dots),
            Block::Chart(pairs),
        ]);
        assert_eq!(doc.matches("<w:tbl>").count(), 3);
        assert_contains(
            &doc,
            &[
                "Strategy",
                "50.0%",
                "Range 40-60%",
                &format!(">{}<", "█".repeat(10)),
                &format!(">{}<", "░".repeat(10)),
                &format!("{}{}", " ".repeat(8), "─".repeat(4)),
                "R31",
                "●",
                "○",
                "act now",
                "Comms",
                &"·".repeat(20),
                " not scored",
                " before",
                &"█".repeat(20),
                " 100.0%",
                " after",
            ],
        );
        // The gap between now and target is shaded: levels 1, 2 and 3.
        assert_eq!(doc.matches(GAP_FILL).count(), 3);
        // Bars are in a monospaced font, so they line up.
        assert!(doc.contains(r#"<w:rFonts w:ascii="Courier New""#));
    }

    /// One block of every kind, and inline content of every kind.
    fn every_block() -> Vec<Block<'static>> {
        let lazy: crate::document::Lazy = Box::new(|f| vec![Block::para(trusted(f.name()))]);
        vec![
            Block::Label(trusted("Label")),
            Block::Para("kicker", trusted("Kicker")),
            Block::Note("warning", text("Careful")),
            Block::Ornament("arrow", trusted("ORNAMENT")),
            Block::Hanging {
                first: " ",
                rest: " ",
                text: text("Hanging"),
            },
            Block::List {
                class: "",
                label: "",
                ordered: true,
                items: vec![Item::new(text("First"))],
            },
            Block::list(vec![text("Bullet")]),
            Block::Facts("meta", vec![("Date".into(), text("2024-05-01"))]),
            Block::Caption("", trusted("Caption")),
            Block::Group {
                tag: Tag::Footer,
                id: "",
                class: "",
                blocks: vec![Block::para(vec![Inline::Code("abc123".into())])],
            },
            Block::Stream {
                id: "s",
                blocks: Box::new((1..=2).map(|n| Block::para(trusted(format!("Streamed {n}"))))),
            },
            Block::only(
                crate::document::only::HTML,
                vec![Block::para(trusted("Page"))],
            ),
            Block::only(
                crate::document::only::TEXT,
                vec![Block::para(trusted("TEXT ONLY"))],
            ),
            Block::Lazy(lazy),
            Block::ByWidth {
                min: 100,
                wide: vec![Block::para(trusted("Wide"))],
                narrow: vec![Block::para(trusted("NARROW"))],
            },
            Block::para(vec![
                Inline::Strong(trusted("Strong")),
                Inline::Cite("Cited".into()),
                Inline::Break,
                Inline::Band(Band::Medium),
                Inline::Meter(Some(50.0)),
                Inline::Bar(None, 4),
                Inline::Tick,
            ]),
            Block::Choices {
                across: false,
                items: vec![text("Choice A")],
            },
            Block::Choices {
                across: true,
                items: vec![text("Across B"), text("Across C")],
            },
            Block::Lines {
                label: trusted("Write here"),
                lines: 1,
            },
            Block::Lines {
                label: trusted("Write more"),
                lines: 3,
            },
            Block::Sheet("", vec![Block::para(trusted("On a new page"))]),
        ]
    }

    #[test]
    fn every_block_is_shown_as_the_page_shows_it() {
        let doc = body(every_block());
        assert_contains(
            &doc,
            &[
                "Label",
                "Kicker",
                "Careful",
                "Hanging",
                "First",
                "Bullet",
                "Date: ",
                "2024-05-01",
                "Caption",
                "abc123",
                "Streamed 1",
                "Streamed 2",
                "Page",
                ">docx<",
                "Wide",
                "Strong",
                "Cited",
                "plan",
                ">█████<",
                ">░░░░░<",
                ">····<",
                "Choice A",
                // Kept whole on its line.
                "Across\u{a0}B",
                "Write here",
                "Write more",
                "On a new page",
            ],
        );
        // A box before the tick inline and each choice, in a font that has it.
        assert_eq!(doc.matches(TICK_GLYPH).count(), 4, "{doc}");
        assert!(doc.contains(&format!(r#"<w:rFonts w:ascii="{SYMBOL_FONT}""#)));
        // The sheet starts a page; the lines are rows with a rule under them, three and one.
        let at = doc.find("On a new page").unwrap();
        let para = doc[..at].rfind("<w:p ").unwrap();
        assert!(
            doc[para..at].contains("<w:pageBreakBefore />"),
            "{}",
            &doc[para..at]
        );
        assert_eq!(doc.matches("<w:pageBreakBefore />").count(), 1);
        assert_eq!(
            doc.matches(r#"<w:trHeight w:val="440""#).count(),
            4,
            "{doc}"
        );
        for hidden in ["ORNAMENT", "TEXT ONLY", "NARROW"] {
            assert!(!doc.contains(hidden), "{hidden} shown");
        }
        for style in [
            "Label",
            "Kicker",
            "Note",
            "Fact",
            "Caption",
            "Small",
            "ListParagraph",
        ] {
            assert!(
                doc.contains(&format!(r#"<w:pStyle w:val="{style}" />"#)),
                "{style}"
            );
        }
        assert_contains(
            &doc,
            &[
                r#"<w:br w:type="textWrapping" />"#,
                // The ordered list restarts at 1, the bulleted one is bullets.
                r#"<w:numId w:val="4" />"#,
                r#"<w:numId w:val="2" />"#,
            ],
        );
    }

    #[test]
    fn the_numbering_part_is_declared_only_when_a_list_uses_it() {
        let rels = |blocks| parts(&write(blocks))["word/_rels/document.xml.rels"].clone();
        assert!(rels(vec![Block::list(vec![text("a")])]).contains("numbering.xml"));
        assert!(!rels(vec![Block::para(text("a"))]).contains("numbering.xml"));
    }

    #[test]
    fn the_page_is_a4_with_the_title_and_page_number_in_its_footer() {
        let parts = parts(&write(vec![Block::para(trusted("x"))]));
        let doc = &parts["word/document.xml"];
        assert_contains(
            doc,
            &[r#"<w:pgSz w:w="11906" w:h="16838" />"#, r#"w:left="1134""#],
        );
        let footer = &parts["word/footer1.xml"];
        assert_contains(
            footer,
            &[
                "Report: &lt;Acme &amp; Co&gt;",
                "<w:instrText>PAGE</w:instrText>",
            ],
        );
    }

    #[test]
    fn hostile_text_is_cleaned_and_escaped() {
        let hostile = "<w:p>&\"'<w:t>x</w:t>\u{1b}[31m\u{202E}rlo\u{200B}\u{0}";
        let doc = body(vec![
            Block::Title(text(hostile)),
            Block::Table(Table::new(
                vec![Column::new("Note")],
                vec![Row::new(vec![Cell::new(text(hostile))])],
            )),
        ]);
        let escaped = "&lt;w:p&gt;&amp;&quot;&apos;&lt;w:t&gt;x&lt;/w:t&gt;\u{FFFD}[31m\u{FFFD}rlo\u{FFFD}\u{FFFD}";
        assert_eq!(doc.matches(escaped).count(), 2, "{doc}");
        assert!(!doc.contains("<w:p>&"));
        for c in ['\u{1b}', '\u{202E}', '\u{200B}', '\u{0}'] {
            assert!(!doc.contains(c), "U+{:04X} left in", c as u32);
        }
    }

    #[test]
    fn the_same_document_gives_the_same_bytes_with_no_date_of_today() {
        let make = || write(vec![Block::Title(text("Acme")), table()]);
        let first = make();
        // Other docx-rs paragraphs made on the same thread in between (docx-rs numbers its
        // paragraphs with a counter per thread) change nothing.
        let _ = (Paragraph::new(), Paragraph::new());
        assert_eq!(first, make());
        let parts = parts(&first);
        let core = &parts["docProps/core.xml"];
        assert_contains(core, &[FIXED_DATE]);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let year = (1970 + now / 31_556_952).to_string();
        for (name, text) in &parts {
            assert!(!text.contains(&year), "{name} holds {year}: {text}");
        }
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&first)).unwrap();
        for i in 0..zip.len() {
            let entry = zip.by_index(i).unwrap();
            let stamp = entry.last_modified().unwrap();
            assert_eq!(
                (stamp.year(), stamp.month(), stamp.day()),
                (1980, 1, 1),
                "{}",
                entry.name()
            );
        }
    }
}
