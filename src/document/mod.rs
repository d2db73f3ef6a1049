//! The format-neutral document every text output is built as: a tree of blocks (headings,
//! paragraphs, lists, facts, tables with column roles, charts as data, sections) holding inline
//! text. A builder (`report::document`, `compare::document`, …) makes one document once; one
//! writer per format (`render::`) lays it out and owns all of that format's escaping.
//!
//! The model borrows pandoc's idea of attributes: a block may carry a class name, which the HTML
//! writer uses for styling and the others ignore. Where the formats still say a thing in
//! different words or show different detail (the terminal leaves out columns a page has room
//! for), the document says so explicitly with [`Block::Only`], so those differences are data in
//! one builder, not code in four writers.

/// A table's columns on a line or two, as a table is read: `columns! { new(w::area()),
/// num(w::readiness()) }` is `vec![Column::new(w::area()), Column::num(w::readiness())]`; builder
/// calls follow a column (`new(w::FILE).role("note")`). Braces keep rustfmt from setting one
/// column a line, which buried each table's shape in boilerplate.
macro_rules! columns {
    ($($kind:ident($($title:expr)?) $(.$method:ident($($arg:expr)?))*),+ $(,)?) => {
        vec![$($crate::document::Column::$kind($($title)?)$(.$method($($arg)?))*),+]
    };
}

pub mod catalogue;
pub mod comparison;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod spell;
pub mod wording;
pub mod workshop;

pub use spell::prepare;

/// The sets of formats that [`Block::Only`] names, one spelling for every builder.
///
/// A Word document shows what the HTML page shows (the richest layout, made to be printed): it
/// is in `HTML` and `PAGES`, and the page's charts become tables there. `HTML` is the page
/// variant's name, not only the HTML writer's.
pub mod only {
    use crate::render::Format;

    pub const TABLE: &[Format] = &[Format::Table];
    pub const PLAIN: &[Format] = &[Format::Plain];
    pub const MARKDOWN: &[Format] = &[Format::Markdown];
    pub const HTML: &[Format] = &[Format::Html, Format::Docx];
    pub const TEXT: &[Format] = &[Format::Table, Format::Plain, Format::Markdown];
    pub const PAGES: &[Format] = &[Format::Markdown, Format::Html, Format::Docx];
    pub const SCREEN: &[Format] = &[Format::Table, Format::Markdown];
    /// The formats that carry a glossary of abbreviations: the documents people print or share.
    pub const GLOSSARY: &[Format] = &[Format::Markdown, Format::Html, Format::Docx];
    /// Every document format but the screen-reader layout.
    pub const NOT_PLAIN: &[Format] = &[Format::Table, Format::Markdown, Format::Html, Format::Docx];
}

use crate::analysis::scoring::Band;
use crate::render::Format;

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text from outside or from the data: every writer escapes or cleans it.
    Text(String),
    /// Text from the guide's data (a title, a first step, a question): written as [`Inline::Text`]
    /// is, and the one text whose abbreviations [`prepare`] spells out (never an answer's words).
    Guide(String),
    /// Text the tool made from numbers and fixed words ("1 -> 3", "2/4"): Markdown writes it as
    /// is; HTML still escapes it.
    Trusted(String),
    Strong(Vec<Inline>),
    /// Bold without emphasis (`<b>` in HTML): a figure in a list of counts.
    Bold(Vec<Inline>),
    /// Code or a file name: backticks in Markdown, `<code>` in HTML.
    Code(String),
    /// A title of a work: `<cite>` in HTML, plain elsewhere.
    Cite(String),
    /// Styled inline text: `<span class="…">` in HTML, plain elsewhere.
    Span(&'static str, Vec<Inline>),
    /// A priority band as a labelled chip in HTML; its name elsewhere.
    Band(Band),
    /// A small bar for a percentage, drawn only in HTML.
    Meter(Option<f64>),
    /// A text bar for a percentage (`█░`) on the terminal (10 or 20 cells, by its width) and in
    /// Markdown (the given number of cells); nothing in HTML, which draws charts instead.
    Bar(Option<f64>, usize),
    /// A line break inside a paragraph or list item, drawn only in HTML.
    Break,
    /// An empty box to tick on paper: drawn in HTML, `☐` in Word, `[ ]` in the text formats.
    Tick,
}

/// Inline content: a run of [`Inline`]s.
pub type Text = Vec<Inline>;

/// Untrusted text as inline content.
pub fn text(s: impl Into<String>) -> Text {
    vec![Inline::Text(s.into())]
}

/// Text the tool made itself (numbers, fixed words) as inline content.
pub fn trusted(s: impl Into<String>) -> Text {
    vec![Inline::Trusted(s.into())]
}

/// A table cell of untrusted text.
pub fn cell(s: impl Into<String>) -> Cell {
    Cell::new(text(s))
}

/// A table cell of the guide's text, whose abbreviations are spelled out at first use.
pub fn guide(s: impl Into<String>) -> Cell {
    Cell::new(vec![Inline::Guide(s.into())])
}

/// A table cell of text the tool made itself.
pub fn fixed(s: impl Into<String>) -> Cell {
    Cell::new(trusted(s))
}

/// `<span class="lv">`: a level that stays on one line in HTML.
pub fn level(s: impl Into<String>) -> Inline {
    Inline::Span("lv", text(s))
}

/// How a column's values align.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How a cell stands out on a colour terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warn,
    Bad,
    Dim,
}

/// A table column: its header, the label small screens show beside each value (HTML cards), its
/// alignment and its role, which the HTML writer turns into a class (`id`, `num`, `note`, …).
#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    pub label: String,
    pub align: Align,
    pub role: &'static str,
}

impl Column {
    /// A left-aligned column with no special role.
    pub fn new(title: &str) -> Column {
        Column {
            title: title.to_string(),
            label: title.to_string(),
            align: Align::Left,
            role: "",
        }
    }

    /// A right-aligned number column (`num` in HTML).
    pub fn num(title: &str) -> Column {
        Column {
            align: Align::Right,
            role: "num",
            ..Column::new(title)
        }
    }

    /// The column's role: the HTML class of its cells.
    pub fn role(mut self, role: &'static str) -> Column {
        self.role = role;
        self
    }

    /// The HTML id column: its cells are styled as ids.
    pub fn id() -> Column {
        Column::new(crate::document::wording::id_html()).role("id")
    }

    /// Right-aligned without a role.
    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }

    /// The label shown beside each value on small screens, when it differs from the header.
    pub fn label(mut self, label: &str) -> Column {
        self.label = label.to_string();
        self
    }
}

/// A table cell: inline content, its tone on a colour terminal, and a class HTML adds to the
/// column's (`up`, `down`: a change's direction).
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: Text,
    pub tone: Tone,
    pub class: &'static str,
}

impl Cell {
    pub fn new(text: Text) -> Cell {
        Cell {
            text,
            tone: Tone::Plain,
            class: "",
        }
    }

    pub fn toned(text: Text, tone: Tone) -> Cell {
        Cell {
            text,
            tone,
            class: "",
        }
    }

    /// The cell with an HTML class besides its column's.
    pub fn class(mut self, class: &'static str) -> Cell {
        self.class = class;
        self
    }
}

impl From<Text> for Cell {
    fn from(text: Text) -> Cell {
        Cell::new(text)
    }
}

/// A line under a row that spans the row's width (a first step, a note): in HTML a second row
/// after `pad` empty cells.
#[derive(Debug, Clone)]
pub struct Sub {
    pub pad: usize,
    pub role: &'static str,
    pub text: Text,
}

impl Sub {
    /// A labelled line ("First step: ..."): the label styled as such, the value untrusted.
    pub fn labelled(pad: usize, role: &'static str, label: &str, value: &str) -> Sub {
        let text = vec![
            Inline::Span("sub-label", trusted(label)),
            Inline::Text(value.to_string()),
        ];
        Sub { pad, role, text }
    }
}

/// A note worth showing: trimmed, and `None` when nothing is left.
pub fn note(n: Option<&str>) -> Option<&str> {
    n.map(str::trim).filter(|n| !n.is_empty())
}

/// A table row; `class` styles it in HTML (`total`).
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub sub: Option<Sub>,
    pub class: &'static str,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            sub: None,
            class: "",
        }
    }

    /// A row with a line under it.
    pub fn with_sub(cells: Vec<Cell>, sub: Option<Sub>) -> Row {
        Row {
            sub,
            ..Row::new(cells)
        }
    }
}

/// A table. `class` is its HTML class besides `data`; `grouped` puts each row (and its sub-row)
/// in a `<tbody>` of its own, so a row and its note stay together in print; `compact` writes
/// Markdown's delimiter row without spaces (`|---|`), as `list` always has.
#[derive(Debug, Clone)]
pub struct Table {
    pub class: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub grouped: bool,
    pub compact: bool,
}

impl Table {
    pub fn new(columns: Vec<Column>, rows: Vec<Row>) -> Table {
        Table {
            class: "",
            columns,
            rows,
            grouped: false,
            compact: false,
        }
    }

    /// A table of row groups (a row and its sub-row stay together), with an HTML class.
    pub fn grouped(class: &'static str, columns: Vec<Column>, rows: Vec<Row>) -> Table {
        Table {
            class,
            grouped: true,
            ..Table::new(columns, rows)
        }
    }
}

/// One bar of a bar chart: a share of a target, with the range don't-knows leave open. The
/// numbers place the bar; the words (`shown` on the bar, `range` as its range line's title, set
/// when there is one) are the builder's, as every word a chart carries.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub shown: String,
    pub range: Option<String>,
}

/// One row of a dot chart: where a thing stands now and where it should be, on a level scale.
#[derive(Debug, Clone)]
pub struct Dot {
    pub label: String,
    pub now: u8,
    pub target: u8,
    pub band: Band,
}

/// One row of a paired bar chart: a share of a target before and after, and each share as the
/// bar shows it ("62.5%", "not scored").
#[derive(Debug, Clone)]
pub struct Pair {
    /// Drawn above the bars.
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub before_shown: String,
    pub after_shown: String,
}

/// A mark on a timeline's axis: where (a percentage of the axis) and its words.
#[derive(Debug, Clone)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// One part of a timeline's bar: its share of the bar (a percentage), how it looks (the HTML
/// writer's colour for the tone, the same as the legend's) and its words.
#[derive(Debug, Clone)]
pub struct Part {
    pub share: f64,
    pub tone: Tone,
    pub shown: String,
}

/// One row of a timeline: a span of the axis (percentages) with its dates in words (`window`,
/// empty when it has none), its bar divided into parts, and the bar in words (`shown`).
#[derive(Debug, Clone)]
pub struct Lane {
    pub label: String,
    pub from: f64,
    pub to: f64,
    pub window: String,
    pub parts: Vec<Part>,
    pub shown: String,
}

/// Charts as data; the HTML writer draws them, the text writers leave them out (their sections
/// say the same in tables and sentences). `title` and `desc` are what a screen reader reads of
/// the drawing: its name, and every row in words.
#[derive(Debug, Clone)]
pub enum Chart {
    Bars {
        title: String,
        desc: String,
        bars: Vec<Bar>,
    },
    Dots {
        title: String,
        desc: String,
        /// The scale's levels, lowest first.
        levels: Vec<u8>,
        dots: Vec<Dot>,
    },
    /// Two bars per row, before above after, each bar followed by its side's word.
    Pairs {
        title: String,
        desc: String,
        before: String,
        after: String,
        pairs: Vec<Pair>,
    },
    /// Spans on a time axis, one row each, with marks on the axis and an optional line across
    /// the rows (today). The parts' tones are named by a legend the builder puts beside it.
    Timeline {
        title: String,
        desc: String,
        ticks: Vec<Tick>,
        line: Option<Tick>,
        lanes: Vec<Lane>,
    },
}

/// What makes a [`Block::Lazy`]'s blocks for a format.
pub type Lazy<'a> = Box<dyn FnOnce(Format) -> Vec<Block<'a>> + 'a>;

/// Blocks in each text format's words, each made only for the format that shows it; a Word
/// document takes the page's (`html`), as [`only::HTML`] says.
pub fn each<'a>(
    table: impl FnOnce() -> Vec<Block<'a>> + 'a,
    plain: impl FnOnce() -> Vec<Block<'a>> + 'a,
    markdown: impl FnOnce() -> Vec<Block<'a>> + 'a,
    html: impl FnOnce() -> Vec<Block<'a>> + 'a,
) -> Block<'a> {
    Block::Lazy(Box::new(move |format| match format {
        Format::Table => table(),
        Format::Plain => plain(),
        Format::Markdown => markdown(),
        Format::Html | Format::Docx => html(),
        Format::Csv | Format::Json => Vec::new(),
    }))
}

/// Blocks in each text format's words, already made (small content, cheap to make four times).
pub fn each_built<'a>(
    table: Vec<Block<'a>>,
    plain: Vec<Block<'a>>,
    markdown: Vec<Block<'a>>,
    html: Vec<Block<'a>>,
) -> Block<'a> {
    each(move || table, move || plain, move || markdown, move || html)
}

/// A list item; `class` styles it in HTML. `more` holds lines that belong under the first (a
/// priority's levels and its first step), each starting on a line of its own in every format.
#[derive(Debug, Clone)]
pub struct Item {
    pub class: &'static str,
    pub text: Text,
    pub more: Vec<Text>,
}

impl Item {
    pub fn new(text: Text) -> Item {
        Item {
            class: "",
            text,
            more: Vec::new(),
        }
    }
}

/// What a container block is in HTML; the other writers only lay out its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Section,
    Div,
    Header,
    Footer,
    Figure,
}

/// A block of a document.
pub enum Block<'a> {
    /// The document's title: `# …` in Markdown, bold on a terminal.
    Title(Text),
    /// A bold line that starts a group without space before it (a run-in heading).
    Label(Text),
    /// A heading at a level (2 or 3); `class` styles it in HTML.
    Heading(u8, &'static str, Text),
    /// A paragraph; `class` styles it in HTML (`empty`, `legend`, …).
    Para(&'static str, Text),
    /// A paragraph set apart as a note (a warning, the scope of a comparison): `role="note"` in
    /// HTML, and on a colour terminal a warning is yellow.
    Note(&'static str, Text),
    /// Decoration only HTML shows, hidden from screen readers (an arrow between two scores).
    Ornament(&'static str, Text),
    /// A paragraph on a terminal with a hanging indent: the first line after `first`, the
    /// others after `rest`.
    Hanging {
        first: &'static str,
        rest: &'static str,
        text: Text,
    },
    /// A list; `class` styles it in HTML, `label` names it for screen readers there.
    List {
        class: &'static str,
        label: &'static str,
        ordered: bool,
        items: Vec<Item>,
    },
    /// Labelled values (`<dl>` in HTML).
    Facts(&'static str, Vec<(String, Text)>),
    Table(Table),
    Chart(Chart),
    /// A figure's caption (HTML `<figcaption>`); `class` styles it.
    Caption(&'static str, Text),
    /// A container with an id and a class; `Tag` says what it is in HTML.
    Group {
        tag: Tag,
        id: &'static str,
        class: &'static str,
        blocks: Vec<Block<'a>>,
    },
    /// A container whose blocks are made one at a time as the writer reaches them, so that a
    /// section listing thousands of respondents is never held in memory whole.
    Stream {
        id: &'static str,
        blocks: Box<dyn Iterator<Item = Block<'a>> + 'a>,
    },
    /// Blocks only the named formats show: where the formats still differ in wording or detail.
    Only(&'static [Format], Vec<Block<'a>>),
    /// Content made only when a writer reaches it, for that writer's format: the variants of a
    /// large section are not built for the formats that will not show them.
    Lazy(Lazy<'a>),
    /// For the terminal: `wide` when it has at least `min` columns, else `narrow`. Every other
    /// format shows `wide`.
    ByWidth {
        min: usize,
        wide: Vec<Block<'a>>,
        narrow: Vec<Block<'a>>,
    },
    /// An empty line, for the line-based formats.
    Blank,
    /// Options to tick on paper, each after a tick box ([`Inline::Tick`]): one a line, or all
    /// `across` one line ("not applicable", "don't know").
    Choices {
        across: bool,
        items: Vec<Text>,
    },
    /// Room to write by hand: a label, then `lines` ruled lines (a single line follows the label
    /// on its own line of text). The text formats show the label and lines of underscores; the
    /// screen-reader layout only the label.
    Lines {
        label: Text,
        lines: usize,
    },
    /// Blocks that start a printed page of their own (a page break before them in HTML and
    /// Word; a rule between them in the text formats); `class` styles it in HTML.
    Sheet(&'static str, Vec<Block<'a>>),
    /// Where the glossary goes: [`prepare`] spells out the abbreviations in [`Inline::Guide`]
    /// text at their first use and puts the ones used here; no writer ever sees it.
    Glossary(&'a [crate::catalogue::model::GlossaryEntry]),
}

impl std::fmt::Debug for Block<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Block::Stream { id, .. } => write!(f, "Stream({id})"),
            Block::Title(t) => f.debug_tuple("Title").field(t).finish(),
            Block::Heading(l, _, t) => f.debug_tuple("Heading").field(l).field(t).finish(),
            Block::Para(c, t) => f.debug_tuple("Para").field(c).field(t).finish(),
            other => write!(f, "{}", other.kind()),
        }
    }
}

impl<'a> Block<'a> {
    fn kind(&self) -> &'static str {
        match self {
            Block::Title(_) => "Title",
            Block::Heading(..) => "Heading",
            Block::Label(_) => "Label",
            Block::Para(..) => "Para",
            Block::Note(..) => "Note",
            Block::Ornament(..) => "Ornament",
            Block::Hanging { .. } => "Hanging",
            Block::List { .. } => "List",
            Block::Facts(..) => "Facts",
            Block::Table(_) => "Table",
            Block::Chart(_) => "Chart",
            Block::Caption(..) => "Caption",
            Block::Group { .. } => "Group",
            Block::Stream { .. } => "Stream",
            Block::Only(..) => "Only",
            Block::Lazy(_) => "Lazy",
            Block::ByWidth { .. } => "ByWidth",
            Block::Blank => "Blank",
            Block::Choices { .. } => "Choices",
            Block::Lines { .. } => "Lines",
            Block::Sheet(..) => "Sheet",
            Block::Glossary(_) => "Glossary",
        }
    }

    /// A heading without a class.
    pub fn heading(level: u8, text: Text) -> Block<'a> {
        Block::Heading(level, "", text)
    }

    /// A plain paragraph.
    pub fn para(text: Text) -> Block<'a> {
        Block::Para("", text)
    }

    /// A `<section id="…">` in HTML.
    pub fn section(id: &'static str, blocks: Vec<Block<'a>>) -> Block<'a> {
        Block::Group {
            tag: Tag::Section,
            id,
            class: "",
            blocks,
        }
    }

    /// A `<section id="…">` that opens with its heading, at level 2: one part of a document.
    pub fn headed(
        id: &'static str,
        heading: impl Into<String>,
        blocks: Vec<Block<'a>>,
    ) -> Block<'a> {
        let heading = Block::heading(2, trusted(heading));
        Block::section(id, std::iter::once(heading).chain(blocks).collect())
    }

    /// A `<div class="…">` in HTML.
    pub fn div(class: &'static str, blocks: Vec<Block<'a>>) -> Block<'a> {
        Block::Group {
            tag: Tag::Div,
            id: "",
            class,
            blocks,
        }
    }

    /// The document's header: `<header class="top">` in HTML.
    pub fn top(blocks: Vec<Block<'a>>) -> Block<'a> {
        Block::Group {
            tag: Tag::Header,
            id: "",
            class: "top",
            blocks,
        }
    }

    /// Room to write by hand: a label, then `lines` lines to write on.
    pub fn lines(label: &str, lines: usize) -> Block<'a> {
        Block::Lines {
            label: trusted(label),
            lines,
        }
    }

    /// A bulleted list.
    pub fn list(items: Vec<Text>) -> Block<'a> {
        Block::List {
            class: "",
            label: "",
            ordered: false,
            items: items.into_iter().map(Item::new).collect(),
        }
    }

    /// Blocks shown only in `formats`.
    pub fn only(formats: &'static [Format], blocks: Vec<Block<'a>>) -> Block<'a> {
        Block::Only(formats, blocks)
    }
}

/// "How … was computed": one sentence at a time, as paragraphs a blank line apart on a terminal
/// and read aloud, a numbered list on the page. Markdown numbers it too when `numbered` (the
/// comparison's), else bullets it (the report's).
pub fn method<'a>(heading: &str, lines: &[String], numbered: bool) -> Block<'a> {
    let mut screen = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            screen.push(Block::Blank);
        }
        screen.push(Block::para(text(line)));
    }
    let list = |ordered: bool, class: &'static str| Block::List {
        class,
        label: "",
        ordered,
        items: lines
            .iter()
            .map(|l| Item {
                class: "",
                text: text(l),
                more: Vec::new(),
            })
            .collect(),
    };
    Block::headed(
        "method",
        heading,
        vec![
            Block::only(&[Format::Table], screen),
            Block::only(
                &[Format::Plain],
                lines.iter().map(|l| Block::para(text(l))).collect(),
            ),
            Block::only(only::MARKDOWN, vec![list(numbered, "")]),
            Block::only(only::HTML, vec![list(true, "method")]),
        ],
    )
}

/// A name as given, trimmed, or `fallback` when none was given ("Organisation not named").
pub fn or_unnamed<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    let name = name.trim();
    if name.is_empty() { fallback } else { name }
}

/// A table, then the notes on its rows as a list below it (none when no row has one): where a
/// row's notes are too long for a cell.
pub fn with_notes<'a>(table: Table, notes: Vec<Item>) -> Vec<Block<'a>> {
    let mut blocks = vec![Block::Table(table)];
    if !notes.is_empty() {
        blocks.push(Block::List {
            class: "notes",
            label: "",
            ordered: false,
            items: notes,
        });
    }
    blocks
}

/// The page's masthead: the kicker that says what the page is, the title, then the facts
/// every reading needs, set as the page's `meta` list.
pub fn masthead<'a>(kicker: &str, title: Text, facts: Vec<(String, Text)>) -> Vec<Block<'a>> {
    vec![
        Block::Para("kicker", trusted(kicker)),
        Block::Title(title),
        Block::Facts("meta", facts),
    ]
}

/// The page footer, on the page alone (HTML and Word): the catalogue's fingerprint, then what
/// made the page.
pub fn footer<'a>(fingerprint: &str, made: Inline) -> Block<'a> {
    Block::only(
        only::HTML,
        vec![Block::Group {
            tag: Tag::Footer,
            id: "",
            class: "",
            blocks: vec![Block::para(vec![
                Inline::Trusted(wording::catalogue_fingerprint().into()),
                Inline::Code(fingerprint.to_string()),
                made,
            ])],
        }],
    )
}

/// Which kind of page a document is: the HTML writer picks its stylesheet by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report,
    Comparison,
    Catalogue,
    /// The paper questionnaire (`template --format html`): a form to fill in by hand.
    Questionnaire,
    /// The pack a workshop's facilitator prints (`workshop pack`).
    Workshop,
    Plan,
}

/// A document: what it is, its title (the HTML page's `<title>`), and its blocks in order.
#[derive(Debug)]
pub struct Document<'a> {
    pub kind: Kind,
    pub title: String,
    pub blocks: Vec<Block<'a>>,
}

/// The plain characters of inline content, without any styling: for the terminal and the
/// screen-reader layout, and for SVG titles.
pub fn plain(text: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(&mut out, text);
    out
}

fn push_plain(out: &mut String, text: &[Inline]) {
    for i in text {
        match i {
            Inline::Text(s)
            | Inline::Guide(s)
            | Inline::Trusted(s)
            | Inline::Code(s)
            | Inline::Cite(s) => {
                out.push_str(s);
            }
            Inline::Strong(t) | Inline::Bold(t) | Inline::Span(_, t) => push_plain(out, t),
            Inline::Band(b) => out.push_str(wording::band_word(*b)),
            Inline::Meter(_) | Inline::Bar(..) => {}
            Inline::Break => out.push(' '),
            Inline::Tick => out.push_str(wording::TICK_TEXT),
        }
    }
}
