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
use crate::prompt::{Choice, Menu, Prompter, Reply, Screen, keys};
use crate::report::{Format, Report};
use crate::text::shown_path;
use crate::{t, ts};
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

/// A whole number percent: leaders read "59%", not "58.7%" ("59 %" in French).
fn pct(v: f64) -> String {
    crate::i18n::current().percent(&format!("{v:.0}"))
}

/// What the person can do on the end screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    AnswerSkipped,
    Html,
    Read,
    OtherFormat,
    Plan,
    Finish,
}

/// Readiness in one sentence: the figure, its range, and what it rests on.
pub fn readiness(report: &Report) -> String {
    let s = &report.scored;
    let c = &s.coverage;
    let mut line = match s.overall.score {
        Some(v) => t!("assess-readiness-score", score = pct(v)),
        None => t!("assess-readiness-none"),
    };
    if let (Some(l), Some(h)) = (s.overall.low, s.overall.high)
        && (h - l).abs() >= 0.5
    {
        line = t!(
            "assess-readiness-range",
            readiness = line,
            low = pct(l),
            high = pct(h),
            count = c.unknown
        );
    }
    line.push_str(". ");
    line.push_str(&t!(
        "assess-readiness-answered",
        answered = c.answered + c.na + c.unknown,
        total = c.total
    ));
    let mut extra = Vec::new();
    if c.unknown > 0 {
        extra.push(t!("assess-readiness-unknown", count = c.unknown));
    }
    if c.na > 0 {
        extra.push(t!("assess-readiness-na", count = c.na));
    }
    if c.unanswered > 0 {
        extra.push(t!("assess-readiness-skipped", count = c.unanswered));
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
        return crate::io::term::hanging(&t!("assess-no-gaps"), width, "", "");
    }
    let mut lines = vec![t!("assess-most-urgent", count = ranked.len())];
    let wrap = |text: &str, first: &str| crate::io::term::hanging(text, width, first, "   ");
    for (i, item) in ranked.iter().enumerate() {
        let rec = report.recommendation(item);
        let now = item
            .level
            .map_or_else(|| "?".to_string(), |l| l.to_string());
        lines.extend(wrap(
            &t!(
                "assess-urgent-item",
                id = rec.id.clone(),
                title = rec.title.clone(),
                now = now,
                target = item.target
            ),
            &format!("{}. ", i + 1),
        ));
        lines.extend(wrap(
            &t!("assess-first-step", step = rec.first_step.clone()),
            "   ",
        ));
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
        p.heading(&[t!("assess-complete")]);
        let mut text = vec![readiness(report), String::new()];
        text.extend(urgent(report, URGENT, p.width()));
        text.push(String::new());
        text.push(t!("assess-what-next"));
        let gaps = report.scored.ranked().len();
        let menu = end_menu(skipped, gaps, seal.is_some());
        let screen = Screen {
            question: text.join("\n"),
            start: menu.position(&Action::Html),
            help: t!("assess-end-help"),
            more: Some(text.join("\n")),
            ..Screen::default()
        };
        let action = match menu.choose(p, screen) {
            Reply::Value(action) => action,
            Reply::Back => continue,
            Reply::Interrupt => return Ok(Next::Done(0)),
        };
        match action {
            Action::AnswerSkipped => return Ok(Next::AnswerSkipped),
            Action::Html => save(global, p, report, answers_path, Format::Html, seal)?,
            Action::OtherFormat => {
                if let Some(format) = other_format(p) {
                    save(global, p, report, answers_path, format, seal)?;
                }
            }
            Action::Read => read_here(global, report),
            Action::Plan => draft_plan(global, p, report, answers_path)?,
            Action::Finish => return Ok(Next::Done(0)),
        }
    }
}

/// What the end screen offers, each with its key: the skipped questions when there are some,
/// the report saved or read, and a plan for the `gaps` unless the answers are `sealed`.
fn end_menu(skipped: usize, gaps: usize, sealed: bool) -> Menu<Action> {
    let mut menu = Menu::new();
    if skipped > 0 {
        let label = t!("assess-end-answer-skipped", count = skipped);
        menu.keyed(keys::answer_skipped(), label, Action::AnswerSkipped);
    }
    menu.keyed(keys::html(), t!("assess-end-html"), Action::Html)
        .keyed(keys::read(), t!("assess-end-read"), Action::Read)
        .keyed(
            keys::other_format(),
            t!("assess-end-other-format"),
            Action::OtherFormat,
        );
    if gaps > 0 && !sealed {
        let label = t!("assess-end-plan", count = gaps);
        menu.keyed(keys::plan(), label, Action::Plan);
    }
    menu.keyed(keys::finish(), t!("assess-end-finish"), Action::Finish);
    menu
}

/// The format of the report to save, asked among those the end screen does not offer itself;
/// `None` when the person goes back.
fn other_format(p: &mut dyn Prompter) -> Option<Format> {
    let formats = [Format::Docx, Format::Markdown, Format::Csv, Format::Json];
    let options = [
        t!("assess-format-docx"),
        t!("assess-format-markdown"),
        t!("assess-format-csv"),
        t!("assess-format-json"),
    ];
    let screen = Screen {
        question: t!("assess-which-format"),
        choices: keys::FORMATS
            .iter()
            .zip(options)
            .map(|(key, label)| Choice::keyed(*key, label))
            .collect(),
        start: None,
        help: t!("assess-letter-help"),
        ..Screen::default()
    };
    match p.choose(&screen) {
        Reply::Value(k) => Some(formats[k]),
        _ => None,
    }
}

/// Refuse a file the end screen would write (`output`) when it lands on the answers being
/// reported on, or on a data file.
fn beside_answers(global: &Global, answers_path: &Path, output: Role<'_>) -> Result<()> {
    identity::check_outputs_with_data(
        &global.data,
        &[Role::input(answers_path, t!("assess-role-this-answers"))],
        &[output],
    )
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
    let role = Role::output(&target, t!("assess-role-plan"), ts!("assess-role-plan"));
    if let Err(e) = beside_answers(global, answers_path, role) {
        tell(p, &t!("assess-no-plan", error = crate::error_line(&e)));
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
                            &t!(
                                "assess-plan-updated",
                                file = shown.clone(),
                                added = changes.added.len(),
                                closed = changes.closed.len()
                            ),
                        );
                    }
                    Ok(_) => tell(p, &t!("assess-plan-up-to-date", file = shown.clone())),
                    Err(why) => tell(
                        p,
                        &t!(
                            "assess-plan-left",
                            file = shown.clone(),
                            why = why.to_string()
                        ),
                    ),
                }
            }
            Some((_, Err(e))) => tell(
                p,
                &t!(
                    "assess-plan-left-error",
                    file = shown.clone(),
                    error = crate::text::one_line(&e.to_string())
                ),
            ),
            None => tell(p, &t!("assess-plan-unreadable", file = shown.clone())),
        }
        return Ok(());
    }
    let drafted = crate::plan::draft::draft(report);
    crate::plan::save::write(&target, &crate::plan::save::to_toml(&drafted))?;
    tell(
        p,
        &t!(
            "assess-plan-drafted",
            count = drafted.actions.len(),
            command = format!("icso-assess plan show {}", crate::text::shell_word(&shown)),
            file = shown
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
            &t!("assess-save-as"),
            &suggestion,
            &t!("assess-save-as-help"),
        ) {
            Reply::Value(t) if !t.trim().is_empty() => PathBuf::from(t.trim()),
            Reply::Value(_) => continue,
            Reply::Back | Reply::Interrupt => return Ok(()),
        };
        suggestion = shown_path(&target);
        if seal.is_some() && !crypt::is_sealed_name(&target) {
            p.say(&t!("assess-save-needs-age"));
            continue;
        }
        // Never over the answers themselves (or a data file), however the name is spelled.
        let role = Role::output(&target, t!("assess-role-report"), ts!("assess-role-report"));
        if let Err(e) = beside_answers(global, answers_path, role) {
            p.say(&t!(
                "assess-not-saved-because",
                error = crate::error_line(&e)
            ));
            continue;
        }
        if std::fs::symlink_metadata(&target).is_ok() {
            let screen = Screen {
                choices: vec![
                    Choice::keyed(keys::no(), t!("assess-replace-no")),
                    Choice::keyed(keys::yes(), t!("assess-replace-yes")),
                ],
                ..Screen::first_highlighted(
                    t!("assess-replace", file = shown_path(&target)),
                    t!(
                        "assess-replace-help",
                        yes = keys::yes().to_string(),
                        no = keys::no().to_string()
                    ),
                )
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
                        Some(t!("assess-saved-sealed", command = "age -d -i KEY -o FILE"))
                    }
                    Format::Html => Some(t!("assess-saved-html")),
                    Format::Docx => Some(t!("assess-saved-docx")),
                    _ => None,
                };
                let mut saved = t!(
                    "assess-saved",
                    format = format.name(),
                    file = shown_path(&full)
                );
                if let Some(how) = how {
                    saved.push(' ');
                    saved.push_str(&how);
                }
                p.say(&saved);
                return Ok(());
            }
            Err(e) => p.say(&t!("assess-could-not-save", error = crate::error_line(&e))),
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
            let quit = keys::quit();
            let _ = write!(out, "{}", t!("assess-pager-more", quit = quit.to_string()));
            let _ = out.flush();
            let mut typed = String::new();
            let _ = std::io::stdin().read_line(&mut typed);
            if typed.trim().to_lowercase().chars().eq([quit]) {
                return;
            }
        }
        for line in chunk {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out, "\n{}", t!("assess-pager-end"));
    let _ = out.flush();
    let _ = std::io::stdin().read_line(&mut String::new());
}
