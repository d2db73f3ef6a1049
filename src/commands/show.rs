//! `show R23`: one recommendation in full, with its place in the guide, the key
//! recommendations it feeds, the resources that serve it and the questions that ask about it.

use super::Global;
use crate::catalogue::{self, Data};
use crate::term::{Style, paint, wrap};
use crate::text::sanitize;
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
        bail!(
            "no recommendation \"{}\"; give an id from R01 to R{:02} or a number from 1 to {} (`icso-assess list` shows them all)",
            crate::text::one_line(id),
            cat.recommendations.len(),
            cat.recommendations.len()
        );
    };
    let width = style.width.min(100);
    // Data text is cleaned before it is painted, so only our own colour codes reach the terminal.
    let bold = |s: &str| paint(&sanitize(s), "1", style.color);
    let wrap = |text: &str, width: usize, indent: &str| sanitize(&wrap(text, width, indent));
    let mut o = String::new();
    let mut line = |s: &str| {
        o.push_str(s);
        o.push('\n');
    };
    line(&bold(&format!("{}  {}", r.id, r.title)));
    let part = cat.part(&r.part).map_or("", |p| p.title.as_str());
    let area = cat.area(&r.area).map_or("", |a| a.title.as_str());
    let place = match r.subtheme.as_deref().and_then(|s| cat.subtheme(s)) {
        Some(st) => format!("sub-theme {} {}", st.id, st.title),
        None => area.to_string(),
    };
    line(&wrap(
        &format!(
            "Recommendation {} of the guide · Part {} {part} · {place}",
            r.number, r.part
        ),
        width,
        "",
    ));
    line("");
    line(&wrap(&r.summary, width, ""));
    if !r.subpoints.is_empty() {
        line("");
        line(&bold("Sub-points"));
        for s in &r.subpoints {
            line(&wrap(&format!("{} {}", s.id, s.title), width, "  "));
            line(&wrap(&s.summary, width, "       "));
        }
    }
    line("");
    line(&bold("A first step within a month"));
    line(&wrap(&r.first_step, width, "  "));
    if !r.key.is_empty() {
        line("");
        line(&bold("Feeds key recommendations"));
        for k in r.key.iter().filter_map(|k| cat.key(k)) {
            line(&wrap(&format!("{}  {}", k.id, k.title), width, "  "));
        }
    }
    let mut facts = Vec::new();
    if !r.tags.is_empty() {
        facts.push(format!("Tags: {}", r.tags.join(", ")));
    }
    if !r.audience.is_empty() {
        let names: Vec<&str> = r
            .audience
            .iter()
            .map(|a| {
                cat.audiences
                    .iter()
                    .find(|t| t.id == *a)
                    .map_or(a.as_str(), |t| t.title.as_str())
            })
            .collect();
        facts.push(format!("Especially for: {}", names.join("; ")));
    }
    if !facts.is_empty() {
        line("");
        for f in facts {
            line(&wrap(&f, width, ""));
        }
    }
    let resources = cat.resources_for(r);
    if !resources.is_empty() {
        line("");
        line(&bold("Resources from the guide"));
        for res in resources {
            line(&wrap(&format!("{}  {}", res.id, res.title), width, "  "));
        }
    }
    let asked: Vec<_> = data
        .questionnaires
        .iter()
        .filter_map(|q| {
            q.questions
                .iter()
                .find(|x| x.recommendation == r.id)
                .map(|x| (q, x))
        })
        .collect();
    if !asked.is_empty() {
        line("");
        line(&bold("Asked in"));
        for (q, x) in asked {
            line(&wrap(
                &format!("{} (question {}): {}", q.id, x.id, x.text),
                width,
                "  ",
            ));
        }
    }
    Ok(o)
}
