//! The report for screen readers (`--plain` or `--format plain`): no box drawing, no bars, no
//! colour; one fact per line, every line a full sentence or a labelled value.

use super::{Render, Report, level_label, one, percent, range};
use crate::aggregate::{self, Summary};
use crate::scoring::Status;
use crate::text::one_line;
use crate::wording;
use std::io::Write;

pub struct Plain;

/// One line of untrusted text, cleaned and on one line. (The comparison's plain layout shares it.)
pub(crate) fn line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out, "{}", one_line(text))
}

/// A blank line, then the heading as a label ending in a colon.
pub(crate) fn heading(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(out)?;
    line(out, &format!("{text}:"))
}

/// The aggregate's respondents, each scored alone, and the profile the combined answers use.
fn respondents(out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
    heading(out, &format!("Respondents, {}", agg.respondents.len()))?;
    line(
        out,
        "This report is of the combined answers. Each respondent's own readiness, from their answers alone:",
    )?;
    for x in &agg.respondents {
        let c = x.coverage;
        let rng = range(x.overall.low, x.overall.high);
        let rng = if rng.is_empty() {
            String::new()
        } else {
            format!(", range {rng}")
        };
        line(
            out,
            &format!(
                "{}, file {}: {}{rng}; {} answered, {} not applicable, {} don't know, {} unanswered.",
                x.label,
                x.file,
                percent(x.overall.score),
                c.answered,
                c.na,
                c.unknown,
                c.unanswered
            ),
        )?;
    }
    for p in &agg.profile {
        line(
            out,
            &format!("Profile: {}", aggregate::profile_line(r.q, p)),
        )?;
    }
    Ok(())
}

/// The aggregate's disagreements: per question, every respondent's level and note.
fn disagreements(out: &mut dyn Write, r: &Report, agg: &Summary) -> std::io::Result<()> {
    heading(out, wording::WHERE_RESPONDENTS_DISAGREE)?;
    if agg.disagreements.is_empty() {
        return line(
            out,
            &format!(
                "No question's levels spread by {} or more: the respondents broadly agree.",
                aggregate::DISAGREEMENT_SPREAD
            ),
        );
    }
    for d in &agg.disagreements {
        let title = r
            .cat
            .recommendation(&d.recommendation)
            .map_or("", |x| x.title.as_str());
        line(
            out,
            &format!(
                "{} {title}: levels {} to {}, spread {}; combined {} {}, priority {}.",
                d.question,
                d.min,
                d.max,
                d.spread,
                d.median,
                r.level_name(d.median),
                one(d.priority)
            ),
        )?;
        for (x, a) in agg.answers_to(&d.question) {
            let note = aggregate::answer_note(a);
            let note = if note.is_empty() {
                String::new()
            } else {
                format!(" Note: {note}")
            };
            line(
                out,
                &format!("{}: {}.{note}", x.label, aggregate::answer_label(r.q, a)),
            )?;
        }
    }
    Ok(())
}

impl Render for Plain {
    fn render(&self, r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let s = &r.scored;
        let a = r.answers;
        let org = if a.organisation.is_empty() {
            "organisation not named"
        } else {
            &a.organisation
        };
        line(out, &format!("China readiness report for {org}."))?;
        if !a.respondent.is_empty() {
            line(out, &format!("Respondent: {}.", a.respondent))?;
        }
        line(
            out,
            &format!(
                "Questionnaire: {}, {} version {}.",
                r.q.title, r.q.id, r.q.version
            ),
        )?;
        if !a.date.is_empty() {
            line(out, &format!("Date: {}.", a.date))?;
        }
        let rng = range(s.overall.low, s.overall.high);
        line(
            out,
            &format!("Overall readiness: {}.", percent(s.overall.score)),
        )?;
        if !rng.is_empty() {
            line(out, &format!("Range with the don't-know answers: {rng}."))?;
        }
        let c = s.coverage;
        line(
            out,
            &format!(
                "Coverage: {} answered, {} not applicable, {} don't know, {} unanswered, of {} questions.",
                c.answered, c.na, c.unknown, c.unanswered, c.total
            ),
        )?;
        if let Some(agg) = &r.aggregate {
            respondents(out, r, agg)?;
        }

        heading(out, wording::READINESS_BY_AREA)?;
        for area in &s.areas {
            let rng = range(area.score.low, area.score.high);
            let rng = if rng.is_empty() {
                String::new()
            } else {
                format!(", range {rng}")
            };
            line(
                out,
                &format!(
                    "Part {}, {}: {}{rng}; {} of {} applicable questions answered.",
                    area.part,
                    r.area_title(&area.id),
                    percent(area.score.score),
                    area.answered,
                    area.applicable
                ),
            )?;
        }

        heading(out, wording::KEY_RECOMMENDATIONS)?;
        for k in &s.key {
            let title = r.cat.key(&k.id).map_or("", |x| x.title.as_str());
            let status = if k.asked == 0 {
                "not asked".to_string()
            } else {
                percent(k.score)
            };
            line(out, &format!("{}, {title}: {status}.", k.id))?;
        }

        let top = r.priorities();
        heading(out, &format!("Top {} priorities", top.len()))?;
        if top.is_empty() {
            line(out, "No gaps among the answered questions.")?;
        }
        for (n, i) in top.iter().enumerate() {
            let rec = r.recommendation(i);
            line(
                out,
                &format!(
                    "Priority {}: {} {}, in {}. Level now {}, target {}. Importance {}. Priority {}, {} band.",
                    n + 1,
                    rec.id,
                    rec.title,
                    r.area_title(&i.area),
                    i.level.unwrap_or(0),
                    i.target,
                    i.importance,
                    one(i.priority),
                    i.band.as_str()
                ),
            )?;
            line(out, &format!("First step: {}", rec.first_step))?;
        }
        if let Some(agg) = &r.aggregate {
            disagreements(out, r, agg)?;
        }

        heading(out, wording::ALL_QUESTIONS_BY_AREA)?;
        for area in &s.areas {
            line(
                out,
                &format!(
                    "Area {}, {}.",
                    r.area_title(&area.id),
                    percent(area.score.score)
                ),
            )?;
            for i in r.items_in(&area.id) {
                let rec = r.recommendation(i);
                let priority = if i.status == Status::Answered {
                    format!(" Priority {}, {} band.", one(i.priority), i.band.as_str())
                } else {
                    String::new()
                };
                line(
                    out,
                    &format!(
                        "{} {}: {}, target {}, importance {}.{priority}",
                        rec.id,
                        rec.title,
                        level_label(r, i),
                        i.target,
                        i.importance
                    ),
                )?;
                if let Some(note) = &i.note {
                    line(out, &format!("Note on {}: {note}", rec.id))?;
                }
            }
        }

        heading(out, "To investigate, answered don't know")?;
        let unknown = r.with_status(Status::Unknown);
        if unknown.is_empty() {
            line(out, "No don't-know answers.")?;
        }
        for i in unknown {
            let rec = r.recommendation(i);
            line(
                out,
                &format!("{} {}: {}", rec.id, rec.title, r.question_text(i)),
            )?;
        }

        heading(out, wording::NOT_APPLICABLE)?;
        let na = r.with_status(Status::Na);
        if na.is_empty() {
            line(out, "No questions were marked not applicable.")?;
        }
        for i in na {
            let rec = r.recommendation(i);
            line(
                out,
                &format!(
                    "{} {}. Reason: {}",
                    rec.id,
                    rec.title,
                    i.reason.as_deref().unwrap_or("")
                ),
            )?;
        }

        heading(out, "Strengths, at or above target")?;
        let strengths = r.strengths();
        if strengths.is_empty() {
            line(out, "No answer reaches its target yet.")?;
        }
        for i in strengths {
            let rec = r.recommendation(i);
            line(
                out,
                &format!(
                    "{} {}: level {}, target {}.",
                    rec.id,
                    rec.title,
                    i.level.unwrap_or(0),
                    i.target
                ),
            )?;
        }

        heading(out, wording::RESOURCES_FOR_WEAKEST)?;
        let resources = r.resources();
        if resources.is_empty() {
            line(out, "The guide lists no resources for the weakest areas.")?;
        }
        for (res, areas) in resources {
            let names: Vec<&str> = areas.iter().map(|a| a.title.as_str()).collect();
            line(
                out,
                &format!(
                    "Resource {}, {}, for {}: {}",
                    res.id,
                    res.title,
                    names.join(", "),
                    res.summary
                ),
            )?;
        }

        heading(out, wording::HOW_SCORES_WERE_COMPUTED)?;
        for m in r.method() {
            line(out, &m)?;
        }
        Ok(())
    }
}
