//! What `icso-assess` shows with no command when it cannot ask questions: the catalogue at a
//! glance and where to go next.

use super::Global;
use crate::catalogue::{self, Data};
use crate::io::term::Style;
use anyhow::Result;
use std::io::Write;

pub fn run(global: &Global, out: &mut dyn Write) -> Result<u8> {
    let data = catalogue::load(&global.data)?;
    let style = Style::stdout(global.color);
    out.write_all(render(&data, &style).as_bytes())?;
    Ok(0)
}

pub fn render(data: &Data, style: &Style) -> String {
    super::show::terminal_text(crate::document::catalogue::overview(data), style)
}
