//! The comparison for screen readers (`--plain` or `--format plain`): no box drawing, no bars, no
//! colour; one fact per line, every line a full sentence or a labelled value.

use super::legacy::{heading, line};
use super::{
    Render, Which, counts_sentence, left_out, left_out_heading, level_long, lists, organisations,
    overall_sentence, side_line, target_text,
};
use crate::compare::{Change, Comparison};
use crate::document::wording;
use crate::questionnaire::Questionnaire;
use crate::scoring::{Item, Status};
use std::io::Write;

pub struct Plain;

/// A level in words a screen reader reads well: "2 Developing", "not applicable".
fn level_words(q: &Questionnaire, i: &Item) -> String {
    match i.status {
        Status::Na => "not applicable".to_string(),
        _ => level_long(q, i),
    }
}

/// "from 1 Ad hoc to 3 Established, target 3": no arrows, which screen readers spell out.
fn from_to(c: &Comparison, ch: &Change) -> String {
    format!(
        "from {} to {}, {}",
        level_words(c.before.q, &ch.before),
        level_words(c.after.q, &ch.after),
        target_text(ch)
    )
}

impl Render for Plain {
    fn render(&self, c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
        line(out, &format!("Progress report: {}", organisations(c)))?;
        for (which, side) in [(Which::Before, &c.before), (Which::After, &c.after)] {
            line(out, &format!("{}: {}.", which.word(), side_line(c, side)))?;
        }
        for w in c.warnings() {
            line(out, &w)?;
        }
        if let Some(note) = c.scope_note() {
            line(out, &note)?;
        }

        heading(out, "Overall")?;
        line(out, &overall_sentence(c))?;
        line(out, &counts_sentence(c))?;

        heading(out, wording::READINESS_BY_AREA)?;
        for a in &c.areas {
            let m = &a.movement;
            let mut s = format!(
                "{}: {} before, {} after",
                c.area_label(&a.id),
                super::score(m.before, "not scored"),
                super::score(m.after, "not scored"),
            );
            if m.change().is_some() {
                s.push_str(&format!(", change {} points", super::change(m, "")));
            }
            if m.progress().is_some() {
                s.push_str(&format!(", progress {}", super::progress(m, "")));
            }
            s.push('.');
            line(out, &s)?;
        }
        line(
            out,
            "Progress is the share of the remaining gap to target closed; it is not given when either score is missing or the area was already at 100%.",
        )?;

        heading(out, wording::RECOMMENDATIONS_COMPARED)?;
        for ch in &c.items {
            let mut s = format!(
                "{} {}: before {}, after {}",
                ch.recommendation,
                c.title(&ch.recommendation),
                level_words(c.before.q, &ch.before),
                level_words(c.after.q, &ch.after),
            );
            if let Some(d) = ch.change() {
                s.push_str(&format!(", change {}", super::signed(d)));
            }
            s.push('.');
            line(out, &s)?;
        }

        for (title, empty, items) in lists(c) {
            heading(out, &format!("{title}, {}", items.len()))?;
            if items.is_empty() {
                line(out, empty)?;
            }
            for ch in items {
                line(
                    out,
                    &format!(
                        "{} {}: {}.",
                        ch.recommendation,
                        c.title(&ch.recommendation),
                        from_to(c, ch)
                    ),
                )?;
            }
        }

        let left = left_out(c);
        if !left.is_empty() {
            heading(out, wording::LEFT_OUT_OF_COMPARISON)?;
            for (which, q, ids) in left {
                line(
                    out,
                    &format!(
                        "{}: {}.",
                        left_out_heading(which, &q, ids.len()),
                        ids.join(", ")
                    ),
                )?;
            }
        }

        heading(out, wording::HOW_COMPARISON_WAS_COMPUTED)?;
        for m in c.method() {
            line(out, &m)?;
        }
        Ok(())
    }
}
