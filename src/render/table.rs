//! The only module that knows comfy-table: plain rows in, a table fitted to a width out.

use crate::io::term::Style;
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

pub use crate::document::Tone;

/// A table cell: text and a tone.
#[derive(Debug, Clone)]
pub struct TCell {
    pub text: String,
    pub tone: Tone,
}

impl TCell {
    pub fn new(text: impl Into<String>) -> TCell {
        TCell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }

    pub fn tone(text: impl Into<String>, tone: Tone) -> TCell {
        TCell {
            text: text.into(),
            tone,
        }
    }
}

impl From<String> for TCell {
    fn from(text: String) -> TCell {
        TCell::new(text)
    }
}

impl From<&str> for TCell {
    fn from(text: &str) -> TCell {
        TCell::new(text)
    }
}

/// Render rows under a header, wrapped to fit `style.width`.
pub fn render(header: &[&str], rows: Vec<Vec<TCell>>, style: &Style) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(style.width).unwrap_or(u16::MAX));
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(header.iter().map(|h| Cell::new(*h)));
    for row in rows {
        table.add_row(row.into_iter().map(|c| {
            let cell = Cell::new(crate::text::sanitize(&c.text));
            match (style.color, c.tone) {
                (true, Tone::Good) => cell.fg(Color::Green),
                (true, Tone::Warn) => cell.fg(Color::Yellow),
                (true, Tone::Bad) => cell.fg(Color::Red),
                (true, Tone::Dim) => cell.fg(Color::DarkGrey),
                _ => cell,
            }
        }));
    }
    // comfy-table pads lines to the table width; trailing spaces only get in the way of diffs.
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
