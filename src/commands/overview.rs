//! What `icso-assess` shows with no command when it cannot ask questions: the catalogue at a
//! glance and where to go next.

use super::Global;
use crate::catalogue::{self, Data};
use crate::term::{Style, paint, wrap};
use crate::text::sanitize;
use anyhow::Result;
use std::io::Write;

pub fn run(global: &Global, out: &mut dyn Write) -> Result<u8> {
    let data = catalogue::load(&global.data)?;
    let style = Style::stdout(global.color);
    out.write_all(render(&data, &style).as_bytes())?;
    Ok(0)
}

pub fn render(data: &Data, style: &Style) -> String {
    let cat = &data.catalogue;
    let width = style.width.min(100);
    let mut o = String::new();
    let bold = |s: &str| paint(s, "1", style.color);
    o.push_str(&bold("icso-assess: readiness for China's global rise"));
    o.push('\n');
    o.push_str(&wrap(
        &format!(
            "{} recommendations from the guide for internationally-operating civil society organisations, in {} parts and {} areas, summed up by {} key recommendations.",
            cat.recommendations.len(),
            cat.parts.len(),
            cat.areas.len(),
            cat.key_recommendations.len()
        ),
        width,
        "",
    ));
    o.push_str("\n\n");
    for part in &cat.parts {
        o.push_str(&bold(&sanitize(&format!("{}  {}", part.id, part.title))));
        o.push('\n');
        for area in cat.areas.iter().filter(|a| a.part == part.id) {
            let nums: Vec<u32> = cat
                .recommendations
                .iter()
                .filter(|r| r.area == area.id)
                .map(|r| r.number)
                .collect();
            let range = match (nums.first(), nums.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            };
            let label = match &area.subtheme {
                Some(s) => format!("{s} {}", area.title),
                None => area.title.clone(),
            };
            o.push_str(&sanitize(&wrap(
                &format!("{label} ({range})"),
                width,
                "    ",
            )));
            o.push('\n');
        }
    }
    o.push('\n');
    o.push_str(&bold("Key recommendations"));
    o.push('\n');
    for k in &cat.key_recommendations {
        o.push_str(&sanitize(&wrap(
            &format!("{}  {}", k.id, k.title),
            width,
            "    ",
        )));
        o.push('\n');
    }
    o.push('\n');
    o.push_str(&bold("Questionnaires"));
    o.push('\n');
    for q in &data.questionnaires {
        o.push_str(&sanitize(&wrap(
            &format!(
                "{}  {} ({} questions, version {})",
                q.id,
                q.title,
                q.questions.len(),
                q.version
            ),
            width,
            "    ",
        )));
        o.push('\n');
    }
    o.push('\n');
    o.push_str(&wrap(
        "Next: `icso-assess list` to browse, `icso-assess show R04` to read one recommendation, `icso-assess --help` for every command.",
        width,
        "",
    ));
    o.push('\n');
    o
}
