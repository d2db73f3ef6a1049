//! The writers: one per document format (the text formats and Word), each laying out any
//! [`Document`] and owning all of that format's escaping, plus the one [`Format`] list every
//! command and test chooses from. JSON and CSV are not documents but serialisations of each
//! model, so they live beside their models.

pub mod csv;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod markup;
pub mod plain;
pub mod table;
pub mod terminal;

use crate::document::Document;
use crate::io::term::Style;
use std::io::Write;
use std::path::Path;

/// Every output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Plain,
    Markdown,
    Html,
    Csv,
    Json,
    /// A Word document: the page's content, editable.
    Docx,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Table,
        Format::Plain,
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::Json,
        Format::Docx,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Plain => "plain",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Docx => "docx",
        }
    }

    /// Whether the format is text (UTF-8, readable on a terminal and in a snapshot); a Word
    /// document is a zip archive, which a terminal would show as garbage.
    pub fn is_text(self) -> bool {
        !matches!(self, Format::Docx)
    }

    /// The usual file extension, to suggest export paths.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table | Format::Plain => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Docx => "docx",
        }
    }

    /// The format asked for, else the one the output file's extension names, else the
    /// terminal table.
    pub fn choose(asked: Option<Format>, output: Option<&Path>) -> Format {
        asked
            .or_else(|| output.and_then(Format::from_extension))
            .unwrap_or(Format::Table)
    }

    /// The format a file name asks for by its extension (`.md`, `.html`, `.csv`, `.json`,
    /// `.docx`), if any, looking before `.age` for an encrypted file (`report.html.age`);
    /// anything else is left to the caller's default.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let inner = crate::io::crypt::inner_name(path);
        let ext = inner.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// A writer of documents in one format.
pub trait Writer {
    fn write(&self, doc: Document<'_>, out: &mut dyn Write) -> std::io::Result<()>;
}

/// The writer for a document format; `None` for JSON and CSV, which serialise their models instead.
/// `style` matters only to the terminal table.
pub fn writer(format: Format, style: Style) -> Option<Box<dyn Writer>> {
    match format {
        Format::Table => Some(Box::new(terminal::Terminal { style })),
        Format::Plain => Some(Box::new(plain::Plain)),
        Format::Markdown => Some(Box::new(markdown::Markdown)),
        Format::Html => Some(Box::new(html::Html)),
        Format::Docx => Some(Box::new(docx::Docx)),
        Format::Csv | Format::Json => None,
    }
}

/// What a model offers to be written in every format: a document for the text formats, and its
/// own serialisations as CSV and JSON.
pub trait Output {
    /// The document the document formats (text and Word) lay out.
    fn document(&self) -> Document<'_>;
    fn csv(&self, out: &mut dyn Write) -> std::io::Result<()>;
    fn json(&self, out: &mut dyn Write) -> std::io::Result<()>;
}

/// [`Output`] for a model whose document, CSV and JSON are each made by a function of it:
/// `output!(Model, build_document, write_csv, write_json)`.
macro_rules! output {
    ($model:ident, $document:path, $csv:path, $json:path) => {
        impl $crate::render::Output for $model<'_> {
            fn document(&self) -> $crate::document::Document<'_> {
                $document(self)
            }

            fn csv(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
                $csv(self, out)
            }

            fn json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
                $json(self, out)
            }
        }
    };
}
pub(crate) use output;

/// Write `model` in `format`: the one way every command renders what it made.
pub fn write(
    model: &dyn Output,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Csv => model.csv(out),
        Format::Json => model.json(out),
        text => write_document(model.document(), text, style, out),
    }
}

/// Write a document in a document format (a text format or Word; nothing for CSV and JSON):
/// readied for it by [`crate::document::prepare`], then laid out by its writer. For documents
/// that are only documents (a paper questionnaire, a workshop pack), and for [`write`].
pub fn write_document(
    doc: Document<'_>,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match writer(format, style) {
        Some(w) => w.write(crate::document::prepare(doc, format), out),
        None => Ok(()),
    }
}
