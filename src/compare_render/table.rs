//! The terminal comparison: wrapped paragraphs and comfy-table tables fitted to the width, with
//! a before/after bar pair per area; colour (when wanted) marks rises and falls.

use super::legacy::bar;
use super::{
    Render, Which, counts_sentence, from_to, left_out, left_out_heading, level_short, lists,
    organisations, overall_sentence, side_line,
};
use crate::compare::Comparison;
use crate::document::wording;
use crate::table::{self, TCell, Tone};
use crate::term::{Style, paint, wrap};
use crate::text::{one_line, sanitize};
use std::io::Write;

pub struct Table {
    pub style: Style,
}

fn tone_of(v: Option<f64>) -> Tone {
    match v {
        Some(x) if x > 0.05 => Tone::Good,
        Some(x) if x < -0.05 => Tone::Bad,
        _ => Tone::Plain,
    }
}

impl Table {
    fn heading(&self, out: &mut dyn Write, text: &str) -> std::io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", paint(&sanitize(text), "1", self.style.color))
    }

    fn para(&self, out: &mut dyn Write, text: &str, indent: &str) -> std::io::Result<()> {
        self.hang(out, text, indent, indent)
    }

    fn hang(
        &self,
        out: &mut dyn Write,
        text: &str,
        first: &str,
        rest: &str,
    ) -> std::io::Result<()> {
        let opts = textwrap::Options::new(self.style.width.max(20))
            .initial_indent(first)
            .subsequent_indent(rest);
        writeln!(out, "{}", sanitize(&textwrap::fill(&one_line(text), opts)))
    }
}

impl Render for Table {
    fn render(&self, c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
        let st = &self.style;
        writeln!(
            out,
            "{}",
            paint(
                &sanitize(&one_line(&format!("Progress report: {}", organisations(c)))),
                "1",
                st.color
            )
        )?;
        for (which, side) in [(Which::Before, &c.before), (Which::After, &c.after)] {
            // Labels padded to one width so both lines' facts start in the same column.
            let label = format!("{:<8}", format!("{}:", which.word()));
            self.hang(out, &side_line(c, side), &label, "        ")?;
        }
        for w in c.warnings() {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                paint(
                    &sanitize(&wrap(&one_line(&w), st.width, "")),
                    "33",
                    st.color
                )
            )?;
        }
        if let Some(note) = c.scope_note() {
            writeln!(out)?;
            self.para(out, &note, "")?;
        }

        writeln!(out)?;
        self.para(out, &overall_sentence(c), "")?;
        self.para(out, &counts_sentence(c), "")?;

        self.heading(out, "Readiness by area (top bar before, bottom bar after)")?;
        let bar_width = if st.width >= 100 { 20 } else { 10 };
        let rows = c
            .areas
            .iter()
            .map(|a| {
                let m = &a.movement;
                vec![
                    TCell::new(c.area_label(&a.id)),
                    TCell::new(format!(
                        "{} {}\n{} {}",
                        bar(m.before, bar_width),
                        super::score(m.before, "-"),
                        bar(m.after, bar_width),
                        super::score(m.after, "-"),
                    )),
                    TCell::tone(super::change(m, "-"), tone_of(m.change())),
                    TCell::tone(super::progress(m, "-"), tone_of(m.progress())),
                ]
            })
            .collect();
        out.write_all(
            table::render(&["Area", "Before / after", "Change", "Progress"], rows, st).as_bytes(),
        )?;
        self.para(
            out,
            "Change in percentage points; progress is the share of the remaining gap closed (- when either score is missing or the area was already at 100%).",
            "",
        )?;

        self.heading(out, wording::RECOMMENDATIONS_COMPARED)?;
        let rows = c
            .items
            .iter()
            .map(|ch| {
                let delta = ch.change();
                vec![
                    TCell::new(ch.recommendation.clone()),
                    TCell::new(c.title(&ch.recommendation)),
                    TCell::new(level_short(&ch.before)),
                    TCell::new(level_short(&ch.after)),
                    TCell::tone(
                        delta.map_or_else(|| "-".to_string(), super::signed),
                        tone_of(delta.map(f64::from)),
                    ),
                ]
            })
            .collect();
        out.write_all(
            table::render(
                &["Id", "Recommendation", "Before", "After", "Change"],
                rows,
                st,
            )
            .as_bytes(),
        )?;
        let scale = |q: &crate::questionnaire::Questionnaire| {
            q.scale
                .iter()
                .map(|l| format!("{} {}", l.level, l.name))
                .collect::<Vec<_>>()
                .join(" · ")
        };
        let (sb, sa) = (scale(c.before.q), scale(c.after.q));
        if sb == sa {
            self.para(out, &format!("Levels: {sb}."), "")?;
        } else {
            self.para(out, &format!("Levels before: {sb}."), "")?;
            self.para(out, &format!("Levels after: {sa}."), "")?;
        }

        for (title, empty, items) in lists(c) {
            self.heading(out, &format!("{title} ({})", items.len()))?;
            if items.is_empty() {
                self.para(out, empty, "  ")?;
            }
            for ch in items {
                self.hang(
                    out,
                    &format!(
                        "{} {} ({})",
                        ch.recommendation,
                        c.title(&ch.recommendation),
                        from_to(ch)
                    ),
                    "  ",
                    "      ",
                )?;
            }
        }

        let left = left_out(c);
        if !left.is_empty() {
            self.heading(out, wording::LEFT_OUT_OF_COMPARISON)?;
            for (which, q, ids) in left {
                self.para(
                    out,
                    &format!("{}:", left_out_heading(which, &q, ids.len())),
                    "",
                )?;
                self.para(out, &ids.join(", "), "  ")?;
            }
        }

        self.heading(out, wording::HOW_COMPARISON_WAS_COMPUTED)?;
        for (n, line) in c.method().iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            self.para(out, line, "")?;
        }
        Ok(())
    }
}
