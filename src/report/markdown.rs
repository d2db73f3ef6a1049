//! The Markdown report: GitHub-flavoured Markdown with the same content as the other formats.
//! Every piece of data-derived text is escaped: table cells with `md_cell`, everything else with
//! `md_text`, so no organisation name, note or reason can inject HTML or break the structure.

use super::{Render, Report, bar, level_label, one, percent, range};
use crate::aggregate::{self, Summary};
use crate::markup::{md_cell, md_text};
use crate::scoring::{Item, Status};
use crate::wording;
use std::io::Write;

pub struct Markdown;

/// Width of the text bars in the areas table.
const BAR_WIDTH: usize = 20;

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

fn heading(out: &mut dyn Write, level: usize, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{} {}", "#".repeat(level), text)
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

/// "**R01** Map what you already do", escaped, for list items.
fn item_name(r: &Report, item: &Item) -> String {
    let rec = r.recommendation(item);
    format!("**{}** {}", md_text(&rec.id), md_text(&rec.title))
}

/// "1 -> 3" for an answered item, from numbers only.
fn now_target(item: &Item) -> String {
    format!("{} -> {}", item.level.unwrap_or(0), item.target)
}

/// The note column of the gap table: the note, and for n/a items the reason first.
fn note_cell(item: &Item) -> String {
    let mut parts = Vec::new();
    if let Some(reason) = &item.reason {
        parts.push(format!("n/a: {reason}"));
    }
    if let Some(note) = &item.note {
        parts.push(note.clone());
    }
    md_cell(&parts.join("; "))
}

/// The aggregate's "Respondents" section: each respondent scored alone, and the profile used.
fn respondents(out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
    heading(out, 2, &format!("Respondents ({})", agg.respondents.len()))?;
    para(
        out,
        "This report is of the combined answers. Each respondent's own readiness, from their answers alone:",
    )?;
    let rows: Vec<Vec<String>> = agg
        .respondents
        .iter()
        .map(|x| {
            let c = x.coverage;
            vec![
                md_cell(&x.label),
                md_cell(&x.file),
                c.answered.to_string(),
                c.na.to_string(),
                c.unknown.to_string(),
                c.unanswered.to_string(),
                md_cell(&percent(x.overall.score)),
                md_cell(&range(x.overall.low, x.overall.high)),
            ]
        })
        .collect();
    table(
        out,
        &[
            ("Respondent", Align::Left),
            ("File", Align::Left),
            ("Answered", Align::Right),
            ("N/A", Align::Right),
            ("Don't know", Align::Right),
            ("Unanswered", Align::Right),
            ("Readiness", Align::Right),
            ("Range", Align::Right),
        ],
        &rows,
    )?;
    if !agg.profile.is_empty() {
        para(
            out,
            "Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):",
        )?;
        let lines: Vec<String> = agg
            .profile
            .iter()
            .map(|p| md_text(&aggregate::profile_line(r.q, p)))
            .collect();
        list(out, &lines)?;
    }
    Ok(())
}

/// The aggregate's "Where respondents disagree" section: one table of answers per question.
fn disagreements(out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
    heading(out, 2, wording::WHERE_RESPONDENTS_DISAGREE)?;
    if agg.disagreements.is_empty() {
        return para(
            out,
            &format!(
                "No question's levels spread by {} or more: the respondents broadly agree.",
                aggregate::DISAGREEMENT_SPREAD
            ),
        );
    }
    para(
        out,
        &format!(
            "Questions whose levels spread by {} or more, largest spread first: talk these through before acting on the combined level.",
            aggregate::DISAGREEMENT_SPREAD
        ),
    )?;
    for d in &agg.disagreements {
        let title = r
            .cat
            .recommendation(&d.recommendation)
            .map_or("", |x| x.title.as_str());
        heading(
            out,
            3,
            &format!(
                "{} {} (spread {})",
                md_text(&d.question),
                md_text(title),
                d.spread
            ),
        )?;
        let band = r
            .scored
            .items
            .iter()
            .find(|i| i.question == d.question)
            .map_or("none", |i| i.band.as_str());
        para(
            out,
            &format!(
                "Levels {} to {}; combined {} {}, priority {} {band}.",
                d.min,
                d.max,
                d.median,
                md_text(r.level_name(d.median)),
                one(d.priority)
            ),
        )?;
        let rows: Vec<Vec<String>> = agg
            .answers_to(&d.question)
            .map(|(x, a)| {
                vec![
                    md_cell(&x.label),
                    md_cell(&aggregate::answer_label(r.q, a)),
                    md_cell(&aggregate::answer_note(a)),
                ]
            })
            .collect();
        table(
            out,
            &[
                ("Respondent", Align::Left),
                ("Level", Align::Left),
                ("Note", Align::Left),
            ],
            &rows,
        )?;
    }
    Ok(())
}

impl Render for Markdown {
    fn render(&self, r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let s = &r.scored;
        let a = r.answers;

        let name = if a.organisation.trim().is_empty() {
            "(organisation not named)".to_string()
        } else {
            md_text(&a.organisation)
        };
        writeln!(out, "# China readiness report: {name}")?;
        let mut facts = Vec::new();
        if !a.respondent.trim().is_empty() {
            facts.push(format!("Respondent: {}", md_text(&a.respondent)));
        }
        facts.push(format!(
            "Questionnaire: {} ({}, version {})",
            md_text(&r.q.title),
            md_text(&r.q.id),
            md_text(&r.q.version)
        ));
        if !a.date.trim().is_empty() {
            facts.push(format!("Date: {}", md_text(&a.date)));
        }
        list(out, &facts)?;

        heading(out, 2, wording::OVERALL_READINESS)?;
        let rng = range(s.overall.low, s.overall.high);
        let rng = if rng.is_empty() {
            String::new()
        } else {
            format!(", between {rng} depending on the don't-know answers")
        };
        para(
            out,
            &format!("Overall readiness: **{}**{rng}.", percent(s.overall.score)),
        )?;
        let c = s.coverage;
        para(
            out,
            &format!(
                "Coverage: {} answered, {} not applicable, {} don't know, {} unanswered, of {} questions.",
                c.answered, c.na, c.unknown, c.unanswered, c.total
            ),
        )?;
        if let Some(agg) = &r.aggregate {
            respondents(out, r, agg)?;
        }

        heading(out, 2, wording::READINESS_BY_AREA)?;
        if s.areas.is_empty() {
            para(out, "This questionnaire asks about no area.")?;
        } else {
            let rows: Vec<Vec<String>> = s
                .areas
                .iter()
                .map(|x| {
                    let title = match r.area(&x.id).and_then(|y| y.subtheme.as_ref()) {
                        Some(sub) => format!("{} {sub} {}", x.part, r.area_title(&x.id)),
                        None => format!("{} {}", x.part, r.area_title(&x.id)),
                    };
                    vec![
                        md_cell(&title),
                        format!("`{}`", bar(x.score.score, BAR_WIDTH)),
                        md_cell(&percent(x.score.score)),
                        md_cell(&range(x.score.low, x.score.high)),
                        format!("{}/{}", x.answered, x.applicable),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("Area", Align::Left),
                    ("Readiness", Align::Left),
                    ("%", Align::Right),
                    ("Range", Align::Right),
                    ("Answered", Align::Right),
                ],
                &rows,
            )?;
        }

        heading(out, 2, wording::KEY_RECOMMENDATIONS)?;
        if s.key.is_empty() {
            para(out, "The guide lists no key recommendations.")?;
        } else {
            let rows: Vec<Vec<String>> = s
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
                        md_cell(&k.id),
                        md_cell(title),
                        md_cell(&status),
                        format!("{}/{}", k.answered, k.asked),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("Key", Align::Left),
                    ("Recommendation", Align::Left),
                    ("Readiness", Align::Right),
                    ("Answered", Align::Right),
                ],
                &rows,
            )?;
        }

        let top = r.priorities();
        heading(out, 2, wording::TOP_PRIORITIES)?;
        if top.is_empty() {
            let sentence = if c.answered == 0 {
                "No questions are answered yet, so there are no priorities."
            } else {
                "No gaps among the answered questions: every answer is at or above its target."
            };
            para(out, sentence)?;
        } else {
            let rows: Vec<Vec<String>> = top
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    let rec = r.recommendation(i);
                    vec![
                        (n + 1).to_string(),
                        md_cell(&rec.id),
                        md_cell(&rec.title),
                        md_cell(r.area_title(&i.area)),
                        now_target(i),
                        md_cell(i.importance.as_str()),
                        format!("{} {}", one(i.priority), i.band.as_str()),
                        md_cell(&rec.first_step),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("#", Align::Right),
                    ("Id", Align::Left),
                    ("Recommendation", Align::Left),
                    ("Area", Align::Left),
                    ("Now -> target", Align::Left),
                    ("Importance", Align::Left),
                    ("Priority", Align::Right),
                    ("First step", Align::Left),
                ],
                &rows,
            )?;
        }
        if let Some(agg) = &r.aggregate {
            disagreements(out, r, agg)?;
        }

        heading(out, 2, wording::ALL_QUESTIONS_BY_AREA)?;
        if s.areas.is_empty() {
            para(out, "This questionnaire asks no questions.")?;
        }
        for x in &s.areas {
            let title = match r.area(&x.id).and_then(|y| y.subtheme.as_ref()) {
                Some(sub) => format!("{} {sub} {}", x.part, r.area_title(&x.id)),
                None => format!("{} {}", x.part, r.area_title(&x.id)),
            };
            heading(
                out,
                3,
                &format!("{} ({})", md_text(&title), percent(x.score.score)),
            )?;
            let rows: Vec<Vec<String>> = r
                .items_in(&x.id)
                .map(|i| {
                    let rec = r.recommendation(i);
                    let answered = i.status == Status::Answered;
                    vec![
                        md_cell(&rec.id),
                        md_cell(&rec.title),
                        md_cell(&level_label(r, i)),
                        i.target.to_string(),
                        i.gap.map_or(String::new(), |g| g.to_string()),
                        md_cell(i.importance.as_str()),
                        if answered {
                            format!("{} {}", one(i.priority), i.band.as_str())
                        } else {
                            String::new()
                        },
                        note_cell(i),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    ("Id", Align::Left),
                    ("Recommendation", Align::Left),
                    ("Now", Align::Left),
                    ("Target", Align::Right),
                    ("Gap", Align::Right),
                    ("Importance", Align::Left),
                    ("Priority", Align::Right),
                    ("Note", Align::Left),
                ],
                &rows,
            )?;
        }

        heading(out, 2, "To investigate (don't know)")?;
        let unknown = r.with_status(Status::Unknown);
        if unknown.is_empty() {
            para(out, "No don't-know answers.")?;
        } else {
            let lines: Vec<String> = unknown
                .iter()
                .map(|i| {
                    let mut line = format!("{}: {}", item_name(r, i), md_text(r.question_text(i)));
                    if let Some(note) = &i.note {
                        line.push_str(&format!(" Note: {}", md_text(note)));
                    }
                    line
                })
                .collect();
            list(out, &lines)?;
        }

        heading(out, 2, wording::NOT_APPLICABLE)?;
        let na = r.with_status(Status::Na);
        if na.is_empty() {
            para(out, "No questions were marked not applicable.")?;
        } else {
            let lines: Vec<String> = na
                .iter()
                .map(|i| {
                    let reason = i.reason.as_deref().unwrap_or("");
                    let reason = if reason.trim().is_empty() {
                        "(no reason given)".to_string()
                    } else {
                        md_text(reason)
                    };
                    format!("{}: {reason}", item_name(r, i))
                })
                .collect();
            list(out, &lines)?;
        }

        heading(out, 2, "Strengths (at or above target)")?;
        let strengths = r.strengths();
        if strengths.is_empty() {
            para(out, "No answer reaches its target yet.")?;
        } else {
            let lines: Vec<String> = strengths
                .iter()
                .map(|i| {
                    let level = i.level.unwrap_or(0);
                    format!(
                        "{}: level {level} {} (target {})",
                        item_name(r, i),
                        md_text(r.level_name(level)),
                        i.target
                    )
                })
                .collect();
            list(out, &lines)?;
        }

        heading(out, 2, wording::RESOURCES_FOR_WEAKEST)?;
        let weakest = r.weakest_areas();
        let resources = r.resources();
        if weakest.is_empty() {
            para(out, "No scored area falls short of its targets.")?;
        } else {
            let names: Vec<String> = weakest.iter().map(|x| md_text(&x.title)).collect();
            para(out, &format!("The weakest areas: {}.", names.join(", ")))?;
            if resources.is_empty() {
                para(out, "The guide lists no resources for these areas.")?;
            } else {
                let lines: Vec<String> = resources
                    .iter()
                    .map(|(res, areas)| {
                        let names: Vec<String> = areas.iter().map(|x| md_text(&x.title)).collect();
                        format!(
                            "**{}** ({}, for {}): {}",
                            md_text(&res.title),
                            md_text(&res.id),
                            names.join(", "),
                            md_text(&res.summary)
                        )
                    })
                    .collect();
                list(out, &lines)?;
            }
        }

        heading(out, 2, wording::HOW_SCORES_WERE_COMPUTED)?;
        let lines: Vec<String> = r.method().iter().map(|l| md_text(l)).collect();
        list(out, &lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, State};
    use crate::catalogue;
    use crate::report::testing;

    fn answers(organisation: &str) -> Answers {
        testing::answers(&testing::Texts {
            organisation,
            respondent: "Head of <i>policy</i>",
            note: "=HYPERLINK(\"http://x\")|<script>\nsecond line",
            reason: "No tech | <b>work</b>\n# here",
        })
    }

    fn fixture() -> catalogue::Data {
        testing::mini()
    }

    fn render(data: &catalogue::Data, a: &Answers) -> String {
        testing::render(&Markdown, data, a)
    }

    /// Pipes that separate cells: those not escaped by a backslash.
    fn separators(line: &str) -> usize {
        let mut n = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '|' => n += 1,
                _ => {}
            }
        }
        n
    }

    /// Each table as its lines.
    fn tables(md: &str) -> Vec<Vec<&str>> {
        let mut out: Vec<Vec<&str>> = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        for line in md.lines() {
            if line.starts_with('|') {
                current.push(line);
            } else if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        out
    }

    #[test]
    fn tables_keep_their_shape_and_nothing_injects_html() {
        let data = fixture();
        let md = render(&data, &answers("Acme | <b>Aid</b>\n# Org"));

        let tables = tables(&md);
        // Areas, key recommendations, priorities, and one gap table per area (2).
        assert_eq!(tables.len(), 5, "{md}");
        for t in &tables {
            let want = separators(t[0]);
            assert!(want >= 3, "{}", t[0]);
            assert!(t[1].starts_with("| ---"), "{}", t[1]);
            for line in t {
                assert_eq!(separators(line), want, "row breaks the table: {line}");
                assert!(line.ends_with(" |"), "{line}");
            }
        }

        for raw in ["<script>", "<b>", "<i>", "</b>"] {
            assert!(!md.contains(raw), "raw {raw} in:\n{md}");
        }
        assert!(
            !md.contains("second line\n"),
            "the note's newline stayed inside its cell"
        );
        assert!(
            md.starts_with("# China readiness report: Acme \\| &lt;b&gt;Aid&lt;/b&gt; \\# Org\n"),
            "{md}"
        );
        // No heading or list other than the report's own.
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(headings.len(), 13, "{headings:#?}");
        assert!(md.contains("- Respondent: Head of &lt;i&gt;policy&lt;/i&gt;\n"));
        assert!(md.contains("- Questionnaire: Full (full, version 1.0)\n"));
        assert!(md.contains("- Date: 2024-05-01\n"));
    }

    #[test]
    fn content_and_order() {
        let data = fixture();
        let md = render(&data, &answers("Acme"));
        let order = [
            "# China readiness report: Acme",
            "## Overall readiness",
            "Overall readiness: **33.3%**.",
            "Coverage: 1 answered, 1 not applicable, 0 don't know, 0 unanswered, of 2 questions.",
            "## Readiness by area",
            "| 01 Strategy | `",
            "## Key recommendations",
            "| K1 | Have a strategy | 33.3% | 1/1 |",
            "## Top priorities",
            "| 1 | R01 | Map what you already do | Strategy | 1 -> 3 | medium | 20.0 medium | Send a short survey to every office this month. |",
            "## All questions by area",
            "### 01 Strategy (33.3%)",
            "| R01 | Map what you already do | 1 Ad hoc | 3 | 2 | medium | 20.0 medium | =HYPERLINK(\"http://x\")\\|&lt;script&gt; second line |",
            "### 03 3.1 Technology (not scored)",
            "| R02 | Watch technology | n/a | 3 |  | high |  | n/a: No tech \\| &lt;b&gt;work&lt;/b&gt; # here |",
            "## To investigate (don't know)",
            "No don't-know answers.",
            "## Not applicable",
            "- **R02** Watch technology: No tech \\| &lt;b&gt;work&lt;/b&gt; \\# here",
            "## Strengths (at or above target)",
            "No answer reaches its target yet.",
            "## Resources from the guide for the weakest areas",
            "The weakest areas: Strategy.",
            "- **Trackers** (a, for Strategy): Lists of projects.",
            "## How these scores were computed",
            "- Each answered question has a gap",
        ];
        let mut from = 0;
        for want in order {
            let at = md[from..]
                .find(want)
                .unwrap_or_else(|| panic!("missing or out of order: {want}\n{md}"));
            from += at + want.len();
        }
        assert!(md.ends_with(".\n"));
        assert!(!md.contains("\n\n\n"), "no double blank lines");
    }

    #[test]
    fn deterministic() {
        let data = fixture();
        let a = answers("Acme | <b>Aid</b>");
        assert_eq!(render(&data, &a), render(&data, &a));
    }

    #[test]
    fn empty_sections_say_so() {
        let data = fixture();
        let mut a = answers("");
        a.answers.clear();
        a.answers.insert(
            "R02".into(),
            Answer {
                state: State::Unknown,
                importance: None,
                target: None,
                note: None,
            },
        );
        let md = render(&data, &a);
        assert!(md.starts_with("# China readiness report: (organisation not named)\n"));
        assert!(md.contains("No questions are answered yet, so there are no priorities."));
        assert!(md.contains("No questions were marked not applicable."));
        assert!(md.contains("No answer reaches its target yet."));
        assert!(md.contains("- **R02** Watch technology: Do you follow technology exports?"));
        assert!(md.contains("No scored area falls short of its targets."));
        assert!(md.contains("Overall readiness: **not scored**, between 0.0-100.0% depending on the don't-know answers."));
    }
}
