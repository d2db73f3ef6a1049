//! The comparison as GitHub-flavoured Markdown. Data-derived text goes through `md_cell` in
//! tables and `md_text` elsewhere, so no organisation name or note can inject HTML or structure.

use super::legacy::bar;
use super::legacy::{Align, list, para, table};
use super::{
    Render, Which, counts_sentence, from_to, left_out, left_out_heading, level_long, lists,
    organisations, overall_sentence, side_line,
};
use crate::compare::Comparison;
use crate::document::wording;
use crate::markup::{md_cell, md_text};
use std::io::Write;

pub struct Markdown;

/// Width of the text bars in the areas table.
const BAR_WIDTH: usize = 10;

fn heading(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "## {text}")
}

impl Render for Markdown {
    fn render(&self, c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "# Progress report: {}", md_text(&organisations(c)))?;
        let sides: Vec<String> = [(Which::Before, &c.before), (Which::After, &c.after)]
            .into_iter()
            .map(|(which, side)| format!("**{}:** {}", which.word(), md_text(&side_line(c, side))))
            .collect();
        list(out, &sides)?;
        for w in c.warnings() {
            para(out, &format!("**{}**", md_text(&w)))?;
        }
        if let Some(note) = c.scope_note() {
            para(out, &md_text(&note))?;
        }

        heading(out, wording::OVERALL_READINESS)?;
        para(out, &md_text(&overall_sentence(c)))?;
        para(out, &md_text(&counts_sentence(c)))?;

        heading(out, wording::READINESS_BY_AREA)?;
        if c.areas.is_empty() {
            para(out, "No area has a recommendation asked on both sides.")?;
        } else {
            let rows: Vec<Vec<String>> = c
                .areas
                .iter()
                .map(|a| {
                    let m = &a.movement;
                    vec![
                        md_cell(&c.area_label(&a.id)),
                        format!(
                            "`{}` {}",
                            bar(m.before, BAR_WIDTH),
                            super::score(m.before, "not scored")
                        ),
                        format!(
                            "`{}` {}",
                            bar(m.after, BAR_WIDTH),
                            super::score(m.after, "not scored")
                        ),
                        super::change(m, "–"),
                        super::progress(m, "–"),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("Area", Align::Left),
                    ("Before", Align::Left),
                    ("After", Align::Left),
                    ("Change (points)", Align::Right),
                    ("Progress", Align::Right),
                ],
                &rows,
            )?;
            para(
                out,
                "Progress is the share of the remaining gap to target closed; – means it is undefined (either score missing, or the area was already at 100% before).",
            )?;
        }

        heading(out, wording::RECOMMENDATIONS_COMPARED)?;
        if c.items.is_empty() {
            para(out, "The two questionnaires share no recommendation.")?;
        } else {
            let rows: Vec<Vec<String>> = c
                .items
                .iter()
                .map(|ch| {
                    vec![
                        md_cell(&ch.recommendation),
                        md_cell(c.title(&ch.recommendation)),
                        md_cell(c.area_title(&ch.area)),
                        md_cell(&level_long(c.before.q, &ch.before)),
                        md_cell(&level_long(c.after.q, &ch.after)),
                        ch.change().map_or_else(|| "–".to_string(), super::signed),
                        md_cell(ch.after.note.as_deref().unwrap_or("")),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("Id", Align::Left),
                    ("Recommendation", Align::Left),
                    ("Area", Align::Left),
                    ("Before", Align::Left),
                    ("After", Align::Left),
                    ("Change", Align::Right),
                    ("Note (after)", Align::Left),
                ],
                &rows,
            )?;
        }

        for (title, empty, items) in lists(c) {
            heading(out, &format!("{title} ({})", items.len()))?;
            if items.is_empty() {
                para(out, empty)?;
            } else {
                let lines: Vec<String> = items
                    .iter()
                    .map(|ch| {
                        format!(
                            "**{}** {} ({})",
                            md_text(&ch.recommendation),
                            md_text(c.title(&ch.recommendation)),
                            // Numbers and fixed words only: nothing to escape.
                            from_to(ch)
                        )
                    })
                    .collect();
                list(out, &lines)?;
            }
        }

        let left = left_out(c);
        if !left.is_empty() {
            heading(out, wording::LEFT_OUT_OF_COMPARISON)?;
            for (which, q, ids) in left {
                para(
                    out,
                    &md_text(&format!("{}:", left_out_heading(which, &q, ids.len()))),
                )?;
                let lines: Vec<String> = ids
                    .iter()
                    .map(|id| format!("**{}** {}", md_text(id), md_text(c.title(id))))
                    .collect();
                list(out, &lines)?;
            }
        }

        heading(out, wording::HOW_COMPARISON_WAS_COMPUTED)?;
        writeln!(out)?;
        for (n, line) in c.method().iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, md_text(line))?;
        }
        Ok(())
    }
}
