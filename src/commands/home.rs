//! Bare `icso-assess` in a terminal: where a leader comes back to. With no assessment in the
//! folder it starts one; an unfinished one resumes; a finished one offers its report, a review,
//! next year's assessment in a new file (never over the old one), and a comparison with an
//! earlier assessment in the folder. With several, the newest (by its date) opens, and the others
//! are offered.

use super::assess::{self, DEFAULT_FILE};
use super::{Global, finish};
use crate::analysis::compare::Comparison;
use crate::answers::{self, Answers};
use crate::catalogue::{self, Data};
use crate::io::term::{self, Style};
use crate::prompt::lines::Lines;
use crate::prompt::terminal::Terminal;
use crate::prompt::{Choice, Menu, Prompter, Reply, Screen, keys};
use crate::t;
use crate::text::shown_path;
use anyhow::Result;
use std::path::PathBuf;

/// An answers file found in the folder.
struct Found {
    path: PathBuf,
    answers: Answers,
    /// Questions without an answer.
    open: usize,
}

/// `assessment.toml` and `assessment-*.toml` in the current folder that load, newest first (by
/// their date, then their name).
fn found(data: &Data) -> Vec<Found> {
    let mut all = Vec::new();
    let Ok(entries) = std::fs::read_dir(".") else {
        return all;
    };
    for entry in entries.flatten().take(10_000) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name == DEFAULT_FILE
            || (name.starts_with("assessment-")
                && name.ends_with(".toml")
                && !name.contains(".unsaved"));
        if !ours {
            continue;
        }
        let path = PathBuf::from(&name);
        // Only plain `.toml` files are listed: nothing here asks for a key or a passphrase.
        let Ok((a, q)) = answers::open(&path, data, &crate::io::crypt::Keys::none()) else {
            continue;
        };
        let open = q
            .questions
            .iter()
            .filter(|x| !a.answers.contains_key(&x.id))
            .count();
        all.push(Found {
            path,
            answers: a,
            open,
        });
    }
    all.sort_by(|a, b| {
        b.answers
            .date
            .cmp(&a.answers.date)
            .then_with(|| b.path.cmp(&a.path))
    });
    all
}

/// A free file for next year's assessment: `assessment-YEAR.toml`, or `-2`, `-3`...
fn next_file(year: &str) -> PathBuf {
    let first = PathBuf::from(format!("assessment-{year}.toml"));
    if std::fs::symlink_metadata(&first).is_err() {
        return first;
    }
    (2..1000)
        .map(|n| PathBuf::from(format!("assessment-{year}-{n}.toml")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or(first)
}

fn describe(f: &Found) -> String {
    let date = if f.answers.date.is_empty() {
        t!("assess-home-undated")
    } else {
        f.answers.date.clone()
    };
    let open = if f.open == 0 {
        t!("assess-home-finished")
    } else {
        t!("assess-home-open", count = f.open)
    };
    t!(
        "assess-home-file",
        file = shown_path(&f.path),
        organisation = f.answers.organisation.clone(),
        date = date,
        state = open
    )
}

pub fn run(global: &Global) -> Result<u8> {
    let data = catalogue::load(&global.data)?;
    let files = found(&data);
    let Some(newest) = files.first() else {
        // Nothing here yet: a new assessment in assessment.toml.
        return assess::run(global, &assess::Options::default());
    };
    if newest.open > 0 {
        // Unfinished: resume it, as before, saying which when there are others.
        let note = (files.len() > 1).then(|| {
            let others: Vec<String> = files[1..].iter().map(|f| shown_path(&f.path)).collect();
            t!(
                "assess-home-opened-newest",
                command = "icso-assess assess --file",
                file = describe(newest),
                others = others.join(", ")
            )
        });
        let opts = assess::Options {
            file: newest.path.clone(),
            note,
            ..assess::Options::default()
        };
        return assess::run(global, &opts);
    }
    let mut chosen = 0;
    loop {
        let action = {
            let mut prompter: Box<dyn Prompter> =
                if global.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb") {
                    Box::new(Lines::stdio(Style::stdout(global.color).width))
                } else {
                    Box::new(Terminal::new(term::use_color(global.color, true)))
                };
            menu(prompter.as_mut(), &files, chosen)
        };
        let f = &files[chosen];
        match action {
            Action::Report => {
                let opts = assess::Options {
                    file: f.path.clone(),
                    ..assess::Options::default()
                };
                return assess::run(global, &opts);
            }
            Action::Review => {
                let opts = assess::Options {
                    file: f.path.clone(),
                    review: true,
                    ..assess::Options::default()
                };
                return assess::run(global, &opts);
            }
            Action::NextYear => {
                let year = assess::today()[..4].to_string();
                let opts = assess::Options {
                    file: next_file(&year),
                    questionnaire: Some(f.answers.questionnaire.clone()),
                    organisation: Some(f.answers.organisation.clone()),
                    ..assess::Options::default()
                };
                return assess::run(global, &opts);
            }
            Action::Compare(other) => compare(global, &data, &files[other], f),
            Action::Open(other) => chosen = other,
            Action::Quit => return Ok(0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Report,
    Review,
    NextYear,
    /// Compare this earlier file with the open one.
    Compare(usize),
    /// Open another file of the folder.
    Open(usize),
    Quit,
}

/// The menu for the finished assessment `files[at]`.
fn menu(p: &mut dyn Prompter, files: &[Found], at: usize) -> Action {
    let f = &files[at];
    let year = assess::today()[..4].to_string();
    let next = next_file(&year);
    p.heading(&[t!("assess-home-heading", program = "icso-assess")]);
    let mut context = vec![t!("assess-home-opened", file = describe(f))];
    if files.len() > 1 {
        context.push(t!("assess-home-others", count = files.len() - 1));
    }
    let mut menu = Menu::new();
    let new = t!("assess-home-new", file = shown_path(&next));
    menu.keyed(keys::report(), t!("assess-home-report"), Action::Report)
        .keyed(keys::review(), t!("assess-home-review"), Action::Review)
        .keyed(keys::new(), new, Action::NextYear);
    let others: Vec<usize> = (0..files.len()).filter(|&i| i != at).collect();
    if !others.is_empty() {
        let (compare, open) = (t!("assess-home-compare"), t!("assess-home-open-other"));
        menu.keyed(keys::compare(), compare, Action::Compare(usize::MAX))
            .keyed(keys::open(), open, Action::Open(usize::MAX));
    }
    menu.keyed(keys::home_quit(), t!("assess-home-quit"), Action::Quit);
    let screen = Screen {
        context,
        ..Screen::first_highlighted(t!("assess-home-question"), t!("assess-home-help"))
    };
    let action = match menu.choose(p, screen) {
        Reply::Value(action) => action,
        Reply::Back | Reply::Interrupt => return Action::Quit,
    };
    match action {
        Action::Compare(_) | Action::Open(_) => {
            let question = if matches!(action, Action::Compare(_)) {
                t!("assess-home-compare-which")
            } else {
                t!("assess-home-open-which")
            };
            let screen = Screen {
                choices: others
                    .iter()
                    .enumerate()
                    .map(|(n, &i)| Choice::new(format!("{} {}", n + 1, describe(&files[i]))))
                    .collect(),
                ..Screen::first_highlighted(question, t!("assess-home-which-help"))
            };
            match p.choose(&screen) {
                Reply::Value(n) if matches!(action, Action::Compare(_)) => {
                    Action::Compare(others[n])
                }
                Reply::Value(n) => Action::Open(others[n]),
                _ => Action::Open(at),
            }
        }
        other => other,
    }
}

/// Progress from `before` to `after`, read in the pager.
fn compare(global: &Global, data: &Data, before: &Found, after: &Found) {
    let (Some(qb), Some(qa)) = (
        data.questionnaire(&before.answers.questionnaire),
        data.questionnaire(&after.answers.questionnaire),
    ) else {
        return;
    };
    // The earlier by date is "before", whichever was chosen first.
    let (b, a, qb, qa) = if before.answers.date <= after.answers.date {
        (before, after, qb, qa)
    } else {
        (after, before, qa, qb)
    };
    let comparison = Comparison::new(&data.catalogue, (qb, &b.answers), (qa, &a.answers));
    let format = global.screen_format();
    let mut text = Vec::new();
    let style = Style::stdout(global.color);
    if crate::render::write(&comparison, format, style, &mut text).is_ok() {
        finish::page(global, &text);
    }
}
