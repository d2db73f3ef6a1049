//! `list`: the recommendations as a table, Markdown or JSON, filtered by part, area, sub-theme,
//! key recommendation or tag.

use super::Global;
use crate::catalogue::{self, Catalogue, model::Recommendation};
use crate::io::term::Style;
use crate::text;
use anyhow::{Result, bail};
use serde::Serialize;
use std::io::Write;

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
    pub format: crate::render::Format,
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
    let format = super::document_format(global, Some(opts.format), None);
    if !format.is_text() && super::stdout_is_terminal() {
        let how = format!(
            "icso-assess list --format {0} > recommendations.{0}",
            format.name()
        );
        return Err(super::binary_on_terminal(format, &how));
    }
    let data = catalogue::load(&global.data)?;
    let cat = &data.catalogue;
    check_filter(cat, &opts.filter)?;
    let recs: Vec<&Recommendation> = cat
        .recommendations
        .iter()
        .filter(|r| matches(r, &opts.filter))
        .collect();
    let list = List { cat, recs };
    crate::render::write(&list, format, Style::stdout(global.color), out)?;
    Ok(0)
}

/// The recommendations `list` shows: a document for the text formats, JSON and CSV records.
struct List<'a> {
    cat: &'a Catalogue,
    recs: Vec<&'a Recommendation>,
}

impl List<'_> {
    fn items(&self) -> Vec<Item<'_>> {
        self.recs
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
            .collect()
    }
}

impl crate::render::Output for List<'_> {
    fn document(&self) -> crate::document::Document<'_> {
        crate::document::catalogue::list(self.cat, &self.recs)
    }

    fn csv(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let mut w = crate::render::csv::writer(out)?;
        let io = crate::render::csv::io_error;
        w.write_record([
            "id",
            "number",
            "title",
            "part",
            "area",
            "subtheme",
            "key",
            "subpoints",
            "tags",
        ])
        .map_err(io)?;
        for i in self.items() {
            let number = i.number.to_string();
            let subpoints = i.subpoints.join(" ");
            let key = i.key.join(" ");
            let tags = i.tags.join(" ");
            let cells = [
                i.id,
                &number,
                i.title,
                i.part,
                i.area,
                i.subtheme.unwrap_or(""),
                &key,
                &subpoints,
                &tags,
            ];
            w.write_record(cells.map(crate::render::csv::text_cell))
                .map_err(io)?;
        }
        w.flush()
    }

    fn json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.items()).map_err(std::io::Error::other)?;
        writeln!(out)
    }
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
    /// `kind` is the filter's name as the message selects it: part, area, subtheme, key, tag.
    fn known(
        kind: &str,
        flag: &str,
        value: &Option<String>,
        ok: bool,
        choices: Vec<&str>,
    ) -> Result<()> {
        match value {
            Some(v) if !ok => bail!(crate::t!(
                "err-list-unknown",
                kind = kind.to_owned(),
                value = text::one_line(v),
                option = flag.to_owned(),
                choices = choices.join(", ")
            )),
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
        "subtheme",
        "--subtheme",
        &f.subtheme,
        f.subtheme
            .as_ref()
            .is_none_or(|s| cat.subtheme(s).is_some()),
        cat.subthemes.iter().map(|s| s.id.as_str()).collect(),
    )?;
    known(
        "key",
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
