//! `show R23`: one recommendation in full, with its place in the guide, the key
//! recommendations it feeds, the resources that serve it and the questions that ask about it.

use super::Global;
use crate::catalogue::{self, Data};
use crate::io::term::Style;
use crate::render::{Writer, terminal::Terminal};
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, Clone)]
pub struct Options {
    pub id: String,
}

pub fn run(global: &Global, opts: &Options, out: &mut dyn Write) -> Result<u8> {
    let data = catalogue::load(&global.data)?;
    let style = Style::stdout(global.color);
    let text = render(&data, &opts.id, &style)?;
    out.write_all(text.as_bytes())?;
    Ok(0)
}

/// The text of `show`, fitted to `style.width` (at most 100 columns, for reading comfort).
pub fn render(data: &Data, id: &str, style: &Style) -> Result<String> {
    let cat = &data.catalogue;
    let Some(r) = cat.lookup(id) else {
        bail!(crate::t!(
            "err-no-recommendation",
            id = crate::text::one_line(id),
            last = format!("{:02}", cat.recommendations.len()),
            count = cat.recommendations.len()
        ));
    };
    Ok(terminal_text(
        crate::document::catalogue::show(data, r),
        style,
    ))
}

/// A document as the terminal shows it at no more than 100 columns.
pub fn terminal_text(doc: crate::document::Document<'_>, style: &Style) -> String {
    let style = Style {
        width: style.width.min(100),
        ..*style
    };
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = Terminal { style }.write(doc, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}
