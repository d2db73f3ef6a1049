//! The end of an interactive session: one screen that says where the organisation stands and
//! what to do first, then the ways on: answer what was skipped, save the full report (a web page
//! by default, with its full path), read it here in a pager, or finish. The scoring method is in
//! the full report, never the last thing on screen.

use super::Global;
use crate::analysis::scoring::{Item, Status};
use crate::io::crypt::{self, Seal};
use crate::io::identity::{self, Role};
use crate::io::output;
use crate::io::term::Style;
use crate::prompt::{Choice, Prompter, Reply, Screen};
use crate::report::{Format, Report};
use crate::text::shown_path;
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many priorities the end screen shows.
const URGENT: usize = 3;

/// What the person chose on the end screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Go back to the questions that were skipped.
    AnswerSkipped,
    /// Done, with this exit code.
    Done(u8),
}

/// A whole number percent: leaders read "59%", not "58.7%".
fn pct(v: f64) -> String {
    format!("{v:.0}%")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Readiness in one sentence: the figure, its range, and what it rests on.
pub fn readiness(report: &Report) -> String {
    let s = &report.scored;
    let c = &s.coverage;
    let mut line = match s.overall.score {
        Some(v) => format!("Overall readiness: {} of target", pct(v)),
        None => "Overall readiness: not scored yet (no level answered)".to_string(),
    };
    if let (Some(l), Some(h)) = (s.overall.low, s.overall.high)
        && (h - l).abs() >= 0.5
    {
        line.push_str(&format!(
            ", between {} and {} depending on the {}",
            pct(l),
            pct(h),
            plural(c.unknown, "\"don't know\" answer", "\"don't know\" answers")
        ));
    }
    line.push_str(&format!(
        ". {} of {} questions answered",
        c.answered + c.na + c.unknown,
        c.total
    ));
    let mut extra = Vec::new();
    if c.unknown > 0 {
        extra.push(format!("{} \"don't know\"", c.unknown));
    }
    if c.na > 0 {
        extra.push(format!("{} not applicable", c.na));
    }
    if c.unanswered > 0 {
        extra.push(format!("{} skipped", c.unanswered));
    }
    if !extra.is_empty() {
        line.push_str(&format!(" ({})", extra.join(", ")));
    }
    line.push('.');
    line
}

/// The most urgent priorities, each with where it stands and its first step, wrapped to
/// `width` with a hanging indent.
pub fn urgent(report: &Report, n: usize, width: usize) -> Vec<String> {
    let ranked: Vec<&Item> = report.scored.ranked().into_iter().take(n).collect();
    if ranked.is_empty() {
        return vec![
            "No gaps: every answered recommendation is at or above its target.".to_string(),
        ];
    }
    let mut lines = vec![if ranked.len() == 1 {
        "Most urgent:".to_string()
    } else {
        format!("The {} most urgent:", ranked.len())
    }];
    let wrap = |text: &str, first: &str| crate::io::term::hanging(text, width, first, "   ");
    for (i, item) in ranked.iter().enumerate() {
        let rec = report.recommendation(item);
        let now = item
            .level
            .map_or_else(|| "?".to_string(), |l| l.to_string());
        lines.extend(wrap(
            &format!(
                "{} {} (now {now}, target {})",
                rec.id, rec.title, item.target
            ),
            &format!("{}. ", i + 1),
        ));
        lines.extend(wrap(&format!("First step: {}", rec.first_step), "   "));
    }
    lines
}

/// The end screen, until the person finishes or goes back to the skipped questions.
/// With `seal` (the answers are encrypted), the reports saved from here are encrypted the same
/// way, and no plan is offered: a plan is a text file to edit, never encrypted.
pub fn end_screen(
    global: &Global,
    p: &mut dyn Prompter,
    report: &Report,
    answers_path: &Path,
    seal: Option<&Seal>,
) -> Result<Next> {
    let skipped = report
        .scored
        .items
        .iter()
        .filter(|i| i.status == Status::Unanswered)
        .count();
    loop {
        p.heading(&["Your assessment is complete".to_string()]);
        let mut text = vec![readiness(report), String::new()];
        text.extend(urgent(report, URGENT, p.width()));
        text.push(String::new());
        text.push("What next?".to_string());
        let mut choices = Vec::new();
        let mut actions = Vec::new();
        if skipped > 0 {
            choices.push(
                Choice::new(format!(
                    "a Answer the {} now",
                    plural(skipped, "skipped question", "skipped questions")
                ))
                .with_key('a'),
            );
            actions.push('a');
        }
        choices.push(Choice::new("h Save the full report as a web page (HTML)").with_key('h'));
        actions.push('h');
        choices.push(Choice::new("r Read the full report here").with_key('r'));
        actions.push('r');
        choices.push(
            Choice::new("o Save it in another format (Word, Markdown, CSV, JSON)").with_key('o'),
        );
        actions.push('o');
        let gaps = report.scored.ranked().len();
        if gaps > 0 && seal.is_none() {
            choices.push(
                Choice::new(format!(
                    "p Draft an action plan from the {}",
                    plural(gaps, "gap", "gaps")
                ))
                .with_key('p'),
            );
            actions.push('p');
        }
        choices.push(Choice::new("f Finish").with_key('f'));
        actions.push('f');
        let start = actions.iter().position(|a| *a == 'h');
        let screen = Screen {
            question: text.join("\n"),
            choices,
            start,
            help: "Press a letter, or ↑↓ then Enter · ? all of the summary · Ctrl-C finish"
                .to_string(),
            more: Some(text.join("\n")),
            ..Screen::default()
        };
        let action = match p.choose(&screen) {
            Reply::Value(i) => actions[i],
            Reply::Back => continue,
            Reply::Interrupt => return Ok(Next::Done(0)),
        };
        match action {
            'a' => return Ok(Next::AnswerSkipped),
            'h' => save(global, p, report, answers_path, Format::Html, seal)?,
            'o' => {
                let formats = [Format::Docx, Format::Markdown, Format::Csv, Format::Json];
                let options = [
                    "w Word (.docx): to edit, share and print",
                    "m Markdown: for a wiki or a document",
                    "c CSV: one row per question, for a spreadsheet",
                    "j JSON: for other tools",
                ];
                let screen = Screen {
                    question: "Which format?".to_string(),
                    choices: options
                        .iter()
                        .map(|o| Choice::new(*o).with_key(o.chars().next().unwrap_or(' ')))
                        .collect(),
                    start: None,
                    help: "Press a letter, or ↑↓ then Enter · Esc back".to_string(),
                    ..Screen::default()
                };
                if let Reply::Value(k) = p.choose(&screen) {
                    save(global, p, report, answers_path, formats[k], seal)?;
                }
            }
            'r' => read_here(global, report),
            'p' => draft_plan(global, p, report, answers_path)?,
            _ => return Ok(Next::Done(0)),
        }
    }
}

/// Draft the action plan next to the answers (`NAME-plan.toml`), or, when that plan exists,
/// offer to bring it up to date instead; say where it is and what to do next.
fn draft_plan(
    global: &Global,
    p: &mut dyn Prompter,
    report: &Report,
    answers_path: &Path,
) -> Result<()> {
    let stem = answers_path.file_stem().map_or_else(
        || "assessment".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let target = answers_path.with_file_name(format!("{stem}-plan.toml"));
    let shown = shown_path(&target);
    if let Err(e) = identity::check_outputs_with_data(
        &global.data,
        &[Role::input(
            answers_path,
            "the answers file of this assessment",
        )],
        &[Role::output(&target, "the plan", "the plan")],
    ) {
        tell(p, &format!("No plan drafted: {}.", crate::error_line(&e)));
        return Ok(());
    }
    let data = crate::catalogue::load(&global.data)?;
    if std::fs::symlink_metadata(&target).is_ok() {
        let text =
            crate::catalogue::source::read_bounded(&target, crate::plan::load::MAX_FILE_BYTES)
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
        let checked = text
            .as_deref()
            .map(|t| (t, crate::plan::parse(&shown, t, &data)));
        match checked {
            Some((text, Ok(existing))) => {
                match crate::plan::update::update(text, &existing, report) {
                    Ok((updated, changes)) if updated != text => {
                        crate::plan::save::write(&target, &updated)?;
                        tell(
                            p,
                            &format!(
                                "Updated the plan {shown}: {} new actions, {} marked closed; nothing written in it was changed.",
                                changes.added.len(),
                                changes.closed.len()
                            ),
                        );
                    }
                    Ok(_) => tell(
                        p,
                        &format!("The plan {shown} is already up to date with these answers."),
                    ),
                    Err(why) => tell(p, &format!("The plan {shown} was left as it is: {why}.")),
                }
            }
            Some((_, Err(e))) => tell(
                p,
                &format!(
                    "The plan {shown} was left as it is: {}",
                    crate::text::one_line(&e.to_string())
                ),
            ),
            None => tell(
                p,
                &format!("The plan {shown} could not be read; it was left as it is."),
            ),
        }
        return Ok(());
    }
    let drafted = crate::plan::draft::draft(report);
    crate::plan::save::write(&target, &crate::plan::save::to_toml(&drafted))?;
    tell(
        p,
        &format!(
            "Drafted an action plan of {} actions in {shown}: write an owner for each and adjust the dates in any text editor, then see it with: icso-assess plan show {}",
            drafted.actions.len(),
            crate::text::shell_word(&shown)
        ),
    );
    Ok(())
}

/// A message, wrapped to the screen.
fn tell(p: &mut dyn Prompter, message: &str) {
    let width = p.width();
    p.say(&crate::io::term::wrap(message, width, ""));
}

/// Ask where to save the report in `format` (next to the answers by default), never over the
/// answers themselves, replacing an existing file only when told to; say where it went. With
/// `seal`, the report is encrypted as the answers are, under a name ending in `.age`.
fn save(
    global: &Global,
    p: &mut dyn Prompter,
    report: &Report,
    answers_path: &Path,
    format: Format,
    seal: Option<&Seal>,
) -> Result<()> {
    let stem = crypt::inner_name(answers_path).file_stem().map_or_else(
        || "assessment".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let age = if seal.is_some() { ".age" } else { "" };
    let mut suggestion = shown_path(
        &answers_path.with_file_name(format!("{stem}-report.{}{age}", format.extension())),
    );
    loop {
        let target = match p.text(
            "Save the report as",
            &suggestion,
            "Enter saves it here · or type another name · Esc back",
        ) {
            Reply::Value(t) if !t.trim().is_empty() => PathBuf::from(t.trim()),
            Reply::Value(_) => continue,
            Reply::Back | Reply::Interrupt => return Ok(()),
        };
        suggestion = shown_path(&target);
        if seal.is_some() && !crypt::is_sealed_name(&target) {
            p.say("Not saved: the answers are encrypted, so the report is too, and its name ends in .age; add .age to the name.");
            continue;
        }
        // Never over the answers themselves (or a data file), however the name is spelled.
        if let Err(e) = identity::check_outputs_with_data(
            &global.data,
            &[Role::input(
                answers_path,
                "the answers file of this assessment",
            )],
            &[Role::output(&target, "the report", "the report")],
        ) {
            p.say(&format!("Not saved: {}.", crate::error_line(&e)));
            continue;
        }
        if std::fs::symlink_metadata(&target).is_ok() {
            let screen = Screen {
                question: format!("{} already exists. Replace it?", shown_path(&target)),
                choices: vec![
                    Choice::new("n No, choose another name").with_key('n'),
                    Choice::new("y Yes, replace it").with_key('y'),
                ],
                start: Some(0),
                help: "y replace it · n choose another name · Esc back".to_string(),
                ..Screen::default()
            };
            match p.choose(&screen) {
                Reply::Value(1) => {}
                Reply::Value(_) => continue,
                Reply::Back | Reply::Interrupt => return Ok(()),
            }
        }
        let style = Style::plain(crate::io::term::PIPE_WIDTH);
        // Like `report -o`: a report to pass on, not the private answers.
        match output::write_sealed(&target, output::Access::Shared, seal, |out| {
            crate::render::write(report, format, style, out)
        }) {
            Ok(()) => {
                let full = std::path::absolute(&target).unwrap_or(target.clone());
                let how = match format {
                    _ if seal.is_some() => {
                        " It is encrypted as the answers are: its recipients open it with the age tool (age -d -i KEY -o FILE), or with the passphrase."
                    }
                    Format::Html => {
                        " Open it in your web browser: double-click the file, or drag it onto a browser window. It prints well too."
                    }
                    Format::Docx => {
                        " Open it in Word or LibreOffice to edit it: double-click the file."
                    }
                    _ => "",
                };
                p.say(&format!(
                    "Saved the {} report to {}.{how}",
                    format.name(),
                    shown_path(&full)
                ));
                return Ok(());
            }
            Err(e) => p.say(&format!(
                "Could not save: {}. Try another name.",
                crate::error_line(&e)
            )),
        }
    }
}

/// The full report in a pager.
fn read_here(global: &Global, report: &Report) {
    let style = Style::stdout(global.color);
    let format = global.screen_format();
    let mut text = Vec::new();
    if crate::render::write(report, format, style, &mut text).is_ok() {
        page(global, &text);
    }
}

/// Show `text` in a pager: `$PAGER`, else `less -R`, else `more`; without one (or in the
/// accessible mode), all of it, then wait for Enter.
pub fn page(global: &Global, text: &[u8]) {
    if !global.plain {
        crate::prompt::terminal::clear_screen();
    }
    let defaults: &[&[&str]] = if global.plain {
        &[]
    } else {
        &[&["less", "-R"], &["more"]]
    };
    if crate::io::term::to_pager(text, defaults) {
        return;
    }
    // No pager: page by page, a screenful at a time (all of it at once in the accessible mode,
    // where a screen reader does the paging).
    let rows = if global.plain {
        usize::MAX
    } else {
        crate::io::term::rows().saturating_sub(1).max(5)
    };
    let text = String::from_utf8_lossy(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = std::io::stdout();
    for (n, chunk) in lines.chunks(rows).enumerate() {
        if n > 0 {
            let _ = write!(out, "-- Enter for more, q then Enter to go back --");
            let _ = out.flush();
            let mut typed = String::new();
            let _ = std::io::stdin().read_line(&mut typed);
            if typed.trim().eq_ignore_ascii_case("q") {
                return;
            }
        }
        for line in chunk {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = out.write_all(b"\nPress Enter to go back to the summary.\n");
    let _ = out.flush();
    let _ = std::io::stdin().read_line(&mut String::new());
}
