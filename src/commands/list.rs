//! `list`: the recommendations as a table, Markdown or JSON, filtered by part, area, sub-theme,
//! key recommendation or tag.

use super::Global;
use crate::catalogue::{self, Catalogue, model::Recommendation};
use crate::table::{self, TCell};
use crate::term::Style;
use crate::{markup, text};
use anyhow::{Result, bail};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    /// One recommendation per line, for screen readers.
    Plain,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub part: Option<String>,
    pub area: Option<String>,
    pub subtheme: Option<String>,
    pub key: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub filter: Filter,
    pub format: Format,
}

/// One recommendation in `list --format json`.
#[derive(Debug, Serialize)]
struct Item<'a> {
    id: &'a str,
    number: u32,
    title: &'a str,
    part: &'a str,
    area: &'a str,
    subtheme: Option<&'a str>,
    key: &'a [String],
    subpoints: Vec<&'a str>,
    tags: &'a [String],
}

pub fn run(global: &Global, opts: &Options, out: &mut dyn Write) -> Result<u8> {
    let data = catalogue::load(&global.data)?;
    let cat = &data.catalogue;
    check_filter(cat, &opts.filter)?;
    let recs: Vec<&Recommendation> = cat
        .recommendations
        .iter()
        .filter(|r| matches(r, &opts.filter))
        .collect();
    match opts.format {
        Format::Json => {
            let items: Vec<Item> = recs
                .iter()
                .map(|r| Item {
                    id: &r.id,
                    number: r.number,
                    title: &r.title,
                    part: &r.part,
                    area: &r.area,
                    subtheme: r.subtheme.as_deref(),
                    key: &r.key,
                    subpoints: r.subpoints.iter().map(|s| s.id.as_str()).collect(),
                    tags: &r.tags,
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &items)?;
            writeln!(out)?;
        }
        Format::Markdown => write_markdown(out, cat, &recs)?,
        Format::Plain => {
            for r in &recs {
                let key = if r.key.is_empty() {
                    String::new()
                } else {
                    format!("; feeds {}", r.key.join(", "))
                };
                writeln!(
                    out,
                    "{}",
                    text::one_line(&format!(
                        "{}: {}. Part {}, {}{key}.",
                        r.id,
                        r.title,
                        r.part,
                        area_title(cat, &r.area)
                    ))
                )?;
            }
            writeln!(out, "{} recommendations.", recs.len())?;
        }
        Format::Table => {
            let style = Style::stdout(global.color);
            write_table(out, cat, &recs, &style)?;
        }
    }
    Ok(0)
}

fn matches(r: &Recommendation, f: &Filter) -> bool {
    f.part.as_ref().is_none_or(|p| normalise_part(p) == r.part)
        && f.area.as_ref().is_none_or(|a| *a == r.area)
        && f.subtheme
            .as_ref()
            .is_none_or(|s| r.subtheme.as_ref() == Some(s))
        && f.key
            .as_ref()
            .is_none_or(|k| r.key.iter().any(|x| x.eq_ignore_ascii_case(k)))
        && f.tag.as_ref().is_none_or(|t| r.tags.contains(t))
}

/// `1` and `01` both mean part 01.
fn normalise_part(p: &str) -> String {
    match p.trim().parse::<u32>() {
        Ok(n) => format!("{n:02}"),
        Err(_) => p.to_string(),
    }
}

/// A filter naming something that does not exist is a mistake worth telling, not an empty list.
fn check_filter(cat: &Catalogue, f: &Filter) -> Result<()> {
    fn known(
        kind: &str,
        flag: &str,
        value: &Option<String>,
        ok: bool,
        choices: Vec<&str>,
    ) -> Result<()> {
        match value {
            Some(v) if !ok => bail!(
                "no {kind} \"{}\"; use {flag} with one of: {}",
                text::one_line(v),
                choices.join(", ")
            ),
            _ => Ok(()),
        }
    }
    known(
        "part",
        "--part",
        &f.part,
        f.part
            .as_ref()
            .is_none_or(|p| cat.part(&normalise_part(p)).is_some()),
        cat.parts.iter().map(|p| p.id.as_str()).collect(),
    )?;
    known(
        "area",
        "--area",
        &f.area,
        f.area.as_ref().is_none_or(|a| cat.area(a).is_some()),
        cat.areas.iter().map(|a| a.id.as_str()).collect(),
    )?;
    known(
        "sub-theme",
        "--subtheme",
        &f.subtheme,
        f.subtheme
            .as_ref()
            .is_none_or(|s| cat.subtheme(s).is_some()),
        cat.subthemes.iter().map(|s| s.id.as_str()).collect(),
    )?;
    known(
        "key recommendation",
        "--key",
        &f.key,
        f.key.as_ref().is_none_or(|k| {
            cat.key_recommendations
                .iter()
                .any(|x| x.id.eq_ignore_ascii_case(k))
        }),
        cat.key_recommendations
            .iter()
            .map(|k| k.id.as_str())
            .collect(),
    )?;
    known(
        "tag",
        "--tag",
        &f.tag,
        f.tag
            .as_ref()
            .is_none_or(|t| cat.tags.iter().any(|x| x.id == *t)),
        cat.tags.iter().map(|t| t.id.as_str()).collect(),
    )
}

fn area_title<'a>(cat: &'a Catalogue, id: &'a str) -> &'a str {
    cat.area(id).map_or(id, |a| a.title.as_str())
}

fn write_table(
    out: &mut dyn Write,
    cat: &Catalogue,
    recs: &[&Recommendation],
    style: &Style,
) -> Result<()> {
    let rows = recs
        .iter()
        .map(|r| {
            vec![
                TCell::new(r.id.clone()),
                TCell::new(r.title.clone()),
                TCell::new(format!("{} {}", r.part, area_title(cat, &r.area))),
                TCell::new(r.key.join(" ")),
            ]
        })
        .collect();
    out.write_all(
        table::render(
            &["Id", "Recommendation", "Part and area", "Key"],
            rows,
            style,
        )
        .as_bytes(),
    )?;
    writeln!(
        out,
        "{} recommendation{}. `icso-assess show R07` shows one in full.",
        recs.len(),
        if recs.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

fn write_markdown(out: &mut dyn Write, cat: &Catalogue, recs: &[&Recommendation]) -> Result<()> {
    writeln!(out, "| Id | Recommendation | Part | Area | Key |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for r in recs {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            markup::md_cell(&r.id),
            markup::md_cell(&r.title),
            markup::md_cell(&r.part),
            markup::md_cell(area_title(cat, &r.area)),
            markup::md_cell(&r.key.join(" "))
        )?;
    }
    Ok(())
}
