//! Helpers the comparison's writers still share until they build a document (temporary).

use crate::text::one_line;
use std::io::Write;

pub use crate::render::terminal::bar;

/// A column's alignment in a table's delimiter row.
#[derive(Clone, Copy)]
pub(crate) enum Align {
    Left,
    Right,
}

/// Write a table. Headers are fixed text; every cell must already be escaped.
pub(crate) fn table(
    out: &mut dyn Write,
    headers: &[(&str, Align)],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    writeln!(out)?;
    let head: Vec<&str> = headers.iter().map(|(h, _)| *h).collect();
    writeln!(out, "| {} |", head.join(" | "))?;
    let delim: Vec<&str> = headers
        .iter()
        .map(|(_, a)| match a {
            Align::Left => "---",
            Align::Right => "---:",
        })
        .collect();
    writeln!(out, "| {} |", delim.join(" | "))?;
    for row in rows {
        debug_assert_eq!(row.len(), headers.len());
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    Ok(())
}

/// A paragraph of already escaped text, after a blank line.
pub(crate) fn para(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{text}")
}

/// A bulleted list of already escaped lines, after a blank line.
pub(crate) fn list(out: &mut dyn Write, lines: &[String]) -> std::io::Result<()> {
    writeln!(out)?;
    for line in lines {
        writeln!(out, "- {line}")?;
    }
    Ok(())
}

/// One line of untrusted text, cleaned and on one line. (The comparison's plain layout shares it.)
pub(crate) fn line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "{}", one_line(text))
}

/// A blank line, then the heading as a label ending in a colon.
pub(crate) fn heading(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    line(out, &format!("{text}:"))
}
