//! The terminal report: headings, wrapped paragraphs and comfy-table tables fitted to the
//! terminal's width (100 columns when not a terminal), colour only when wanted.

use super::{Render, Report, bar, level_label, one, percent, range};
use crate::aggregate::{self, Summary};
use crate::scoring::{Band, Item, Status};
use crate::table::{self, TCell, Tone};
use crate::term::{Style, paint, wrap};
use crate::text::{one_line, sanitize};
use crate::wording;
use std::io::Write;

pub struct Table {
    pub style: Style,
}

fn band_tone(band: Band) -> Tone {
    match band {
        Band::High => Tone::Bad,
        Band::Medium => Tone::Warn,
        Band::Low => Tone::Plain,
        Band::None => Tone::Good,
    }
}

impl Table {
    fn heading(&self, out: &mut dyn Write, text: &str) -> std::io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", paint(text, "1", self.style.color))
    }

    fn para(&self, out: &mut dyn Write, text: &str, indent: &str) -> std::io::Result<()> {
        writeln!(
            out,
            "{}",
            sanitize(&wrap(&one_line(text), self.style.width, indent))
        )
    }

    fn items_list(
        &self,
        out: &mut dyn Write,
        r: &Report,
        items: &[&Item],
        extra: impl Fn(&Item) -> Option<String>,
    ) -> std::io::Result<()> {
        for i in items {
            let rec = r.recommendation(i);
            self.para(out, &format!("{}  {}", rec.id, rec.title), "  ")?;
            if let Some(x) = extra(i) {
                self.para(out, &x, "      ")?;
            }
        }
        Ok(())
    }
}

/// The aggregate's two sections: who answered, and where they disagree.
impl Table {
    fn respondents(&self, out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
        let st = &self.style;
        self.heading(out, &format!("Respondents ({})", agg.respondents.len()))?;
        self.para(
            out,
            "The report above and below is of the combined answers. Each respondent's own readiness, from their answers alone, and coverage: answered / not applicable / don't know / unanswered.",
            "",
        )?;
        let rows = agg
            .respondents
            .iter()
            .map(|x| {
                let c = x.coverage;
                let mut pct = percent(x.overall.score);
                let rg = range(x.overall.low, x.overall.high);
                if !rg.is_empty() {
                    pct = format!("{pct} ({rg})");
                }
                vec![
                    TCell::new(one_line(&x.label)),
                    TCell::new(one_line(&x.file)),
                    TCell::new(format!(
                        "{} / {} / {} / {}",
                        c.answered, c.na, c.unknown, c.unanswered
                    )),
                    TCell::new(pct),
                ]
            })
            .collect();
        out.write_all(
            table::render(&["Respondent", "File", "Coverage", "Readiness"], rows, st).as_bytes(),
        )?;
        if !agg.profile.is_empty() {
            writeln!(out)?;
            self.para(
                out,
                "Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):",
                "",
            )?;
            for p in &agg.profile {
                let opts = textwrap::Options::new(st.width)
                    .initial_indent("  - ")
                    .subsequent_indent("    ");
                let line = one_line(&aggregate::profile_line(r.q, p));
                writeln!(out, "{}", sanitize(&textwrap::fill(&line, opts)))?;
            }
        }
        Ok(())
    }

    fn disagreements(&self, out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
        self.heading(out, wording::WHERE_RESPONDENTS_DISAGREE)?;
        if agg.disagreements.is_empty() {
            return self.para(
                out,
                &format!(
                    "No question's levels spread by {} or more: the respondents broadly agree.",
                    aggregate::DISAGREEMENT_SPREAD
                ),
                "",
            );
        }
        self.para(
            out,
            &format!(
                "Questions whose levels spread by {} or more, largest spread first: talk these through before acting on the combined level.",
                aggregate::DISAGREEMENT_SPREAD
            ),
            "",
        )?;
        for d in &agg.disagreements {
            writeln!(out)?;
            let title = r
                .cat
                .recommendation(&d.recommendation)
                .map_or("", |x| x.title.as_str());
            writeln!(
                out,
                "{}",
                paint(
                    &sanitize(&one_line(&format!("{} {title}", d.question))),
                    "1",
                    self.style.color
                )
            )?;
            let band = r
                .scored
                .items
                .iter()
                .find(|i| i.question == d.question)
                .map_or("none", |i| i.band.as_str());
            self.para(
                out,
                &format!(
                    "Levels {} to {} (spread {}); combined {} {}, priority {} {band}.",
                    d.min,
                    d.max,
                    d.spread,
                    d.median,
                    r.level_name(d.median),
                    one(d.priority)
                ),
                "",
            )?;
            let rows = agg
                .answers_to(&d.question)
                .map(|(x, a)| {
                    vec![
                        TCell::new(one_line(&x.label)),
                        TCell::new(aggregate::answer_label(r.q, a)),
                        TCell::new(one_line(&aggregate::answer_note(a))),
                    ]
                })
                .collect();
            out.write_all(
                table::render(&["Respondent", "Level", "Note"], rows, &self.style).as_bytes(),
            )?;
        }
        Ok(())
    }
}

impl Render for Table {
    fn render(&self, r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let s = &r.scored;
        let st = &self.style;
        let name = if r.answers.organisation.is_empty() {
            "(organisation not named)"
        } else {
            &r.answers.organisation
        };
        writeln!(
            out,
            "{}",
            paint(
                &sanitize(&one_line(&format!("China readiness report: {name}"))),
                "1",
                st.color
            )
        )?;
        let mut facts = Vec::new();
        if !r.answers.respondent.is_empty() {
            facts.push(format!("Respondent: {}", r.answers.respondent));
        }
        facts.push(format!(
            "Questionnaire: {} ({} {})",
            r.q.title, r.q.id, r.q.version
        ));
        if !r.answers.date.is_empty() {
            facts.push(format!("Date: {}", r.answers.date));
        }
        self.para(out, &facts.join(" · "), "")?;

        writeln!(out)?;
        let rng = range(s.overall.low, s.overall.high);
        let rng = if rng.is_empty() {
            String::new()
        } else {
            format!(" (between {rng} depending on the don't-know answers)")
        };
        self.para(
            out,
            &format!("Overall readiness: {}{rng}", percent(s.overall.score)),
            "",
        )?;
        let c = s.coverage;
        self.para(
            out,
            &format!(
                "Coverage: {} answered, {} not applicable, {} don't know, {} unanswered, of {} questions.",
                c.answered, c.na, c.unknown, c.unanswered, c.total
            ),
            "",
        )?;
        if let Some(agg) = &r.aggregate {
            self.respondents(out, r, agg)?;
        }

        self.heading(out, wording::READINESS_BY_AREA)?;
        let bar_width = if st.width >= 100 { 20 } else { 10 };
        let rows = s
            .areas
            .iter()
            .map(|a| {
                let title = match r.area(&a.id).and_then(|x| x.subtheme.as_ref()) {
                    Some(sub) => format!("{} {sub} {}", a.part, r.area_title(&a.id)),
                    None => format!("{} {}", a.part, r.area_title(&a.id)),
                };
                let mut pct = percent(a.score.score);
                let rg = range(a.score.low, a.score.high);
                if !rg.is_empty() {
                    pct = format!("{pct} ({rg})");
                }
                vec![
                    TCell::new(title),
                    TCell::new(bar(a.score.score, bar_width)),
                    TCell::new(pct),
                    TCell::new(format!("{}/{}", a.answered, a.applicable)),
                ]
            })
            .collect();
        out.write_all(table::render(&["Area", "Readiness", "%", "Answered"], rows, st).as_bytes())?;

        self.heading(out, wording::KEY_RECOMMENDATIONS)?;
        let rows = s
            .key
            .iter()
            .map(|k| {
                let title = r.cat.key(&k.id).map_or("", |x| x.title.as_str());
                let status = if k.asked == 0 {
                    "not asked".to_string()
                } else {
                    percent(k.score)
                };
                vec![
                    TCell::new(k.id.clone()),
                    TCell::new(title),
                    TCell::new(status),
                ]
            })
            .collect();
        out.write_all(table::render(&["Key", "Recommendation", "Readiness"], rows, st).as_bytes())?;

        let top = r.priorities();
        self.heading(out, &format!("Top {} priorities", top.len()))?;
        if top.is_empty() {
            self.para(
                out,
                "No gaps among the answered questions: every answer is at or above its target.",
                "",
            )?;
        } else {
            // Below 110 columns the area rides under the title, so titles keep room to breathe.
            let wide = st.width >= 110;
            let rows = top
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    let rec = r.recommendation(i);
                    let title = if wide {
                        format!("{} {}", rec.id, rec.title)
                    } else {
                        format!("{} {}\n({})", rec.id, rec.title, r.area_title(&i.area))
                    };
                    let mut row = vec![TCell::new((n + 1).to_string()), TCell::new(title)];
                    if wide {
                        row.push(TCell::new(r.area_title(&i.area)));
                    }
                    row.extend([
                        TCell::new(format!("{} -> {}", i.level.unwrap_or(0), i.target)),
                        TCell::new(i.importance.as_str()),
                        TCell::tone(
                            format!("{} {}", one(i.priority), i.band.as_str()),
                            band_tone(i.band),
                        ),
                    ]);
                    row
                })
                .collect();
            let header: &[&str] = if wide {
                &[
                    "#",
                    "Recommendation",
                    "Area",
                    "Now -> target",
                    "Importance",
                    "Priority",
                ]
            } else {
                &[
                    "#",
                    "Recommendation (area)",
                    "Now -> target",
                    "Importance",
                    "Priority",
                ]
            };
            out.write_all(table::render(header, rows, st).as_bytes())?;
            writeln!(out)?;
            writeln!(out, "First steps, within a month:")?;
            for (n, i) in top.iter().enumerate() {
                let rec = r.recommendation(i);
                let text = format!("{:>2}. {}: {}", n + 1, rec.id, rec.first_step);
                let opts = textwrap::Options::new(st.width)
                    .initial_indent("  ")
                    .subsequent_indent("      ");
                writeln!(out, "{}", sanitize(&textwrap::fill(&one_line(&text), opts)))?;
            }
        }
        if let Some(agg) = &r.aggregate {
            self.disagreements(out, r, agg)?;
        }

        self.heading(out, wording::ALL_QUESTIONS_BY_AREA)?;
        for a in &s.areas {
            writeln!(out)?;
            self.para(
                out,
                &format!(
                    "{} {} ({})",
                    a.part,
                    r.area_title(&a.id),
                    percent(a.score.score)
                ),
                "",
            )?;
            let rows = r
                .items_in(&a.id)
                .map(|i| {
                    let rec = r.recommendation(i);
                    let tone = match i.status {
                        Status::Answered => band_tone(i.band),
                        _ => Tone::Dim,
                    };
                    vec![
                        TCell::new(rec.id.clone()),
                        TCell::new(rec.title.clone()),
                        TCell::new(level_label(r, i)),
                        TCell::new(i.target.to_string()),
                        TCell::new(i.importance.as_str()),
                        TCell::tone(
                            if i.status == Status::Answered {
                                format!("{} {}", one(i.priority), i.band.as_str())
                            } else {
                                "-".to_string()
                            },
                            tone,
                        ),
                    ]
                })
                .collect();
            out.write_all(
                table::render(
                    &[
                        "Id",
                        "Recommendation",
                        "Now",
                        "Target",
                        "Importance",
                        "Priority",
                    ],
                    rows,
                    st,
                )
                .as_bytes(),
            )?;
        }

        let unknown = r.with_status(Status::Unknown);
        self.heading(out, "To investigate (don't know)")?;
        if unknown.is_empty() {
            self.para(out, "No don't-know answers.", "")?;
        } else {
            self.items_list(out, r, &unknown, |i| Some(r.question_text(i).to_string()))?;
        }

        let na = r.with_status(Status::Na);
        self.heading(out, wording::NOT_APPLICABLE)?;
        if na.is_empty() {
            self.para(out, "No questions were marked not applicable.", "")?;
        } else {
            self.items_list(out, r, &na, |i| {
                i.reason.as_ref().map(|x| format!("Reason: {x}"))
            })?;
        }

        let strengths = r.strengths();
        self.heading(out, "Strengths (at or above target)")?;
        if strengths.is_empty() {
            self.para(out, "No answer reaches its target yet.", "")?;
        } else {
            self.items_list(out, r, &strengths, |i| {
                i.level
                    .map(|l| format!("Level {l} {} (target {})", r.level_name(l), i.target))
            })?;
        }

        self.heading(out, wording::RESOURCES_FOR_WEAKEST)?;
        let resources = r.resources();
        if resources.is_empty() {
            self.para(
                out,
                "The guide lists no resources for the weakest areas.",
                "",
            )?;
        } else {
            for (res, areas) in resources {
                let names: Vec<&str> = areas.iter().map(|a| a.title.as_str()).collect();
                self.para(
                    out,
                    &format!("{}. {} (for {})", res.id, res.title, names.join(", ")),
                    "  ",
                )?;
                self.para(out, &res.summary, "     ")?;
            }
        }

        self.heading(out, wording::HOW_SCORES_WERE_COMPUTED)?;
        for (n, line) in r.method().iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            self.para(out, line, "")?;
        }
        Ok(())
    }
}
