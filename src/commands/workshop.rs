//! `workshop FILES|FOLDER... [-o consensus.toml]`: the facilitated session in a terminal. Reads
//! the respondents as `aggregate` does, then walks the group through its disagreements
//! ([`crate::workshop`]), saving the consensus file after every step with the same locking,
//! change detection and signal handling as `assess`; a second run resumes where it stopped.

use super::Global;
use super::assess::today;
use super::session::{INTERRUPTED, Shared, now_utc};
use crate::analysis::aggregate::{self, inputs};
use crate::answers::{self, Answers};
use crate::io::identity::{self, Role};
use crate::io::{lock, signals, term};
use crate::prompt::Prompter;
use crate::prompt::lines::Lines;
use crate::prompt::terminal::Terminal;
use crate::t;
use crate::text::{one_line, shell_word, shown_path};
use crate::workshop::{Flow, Group, Outcome};
use anyhow::{Result, anyhow, bail};
use std::path::PathBuf;
use std::sync::Arc;

/// The consensus file written when none is named.
pub const DEFAULT_OUTPUT: &str = "consensus.toml";

#[derive(Debug, Clone)]
pub struct Options {
    /// Answers files, or folders whose `*.toml` (and `.xlsx`) files are read.
    pub files: Vec<PathBuf>,
    /// The consensus file to create or resume.
    pub output: PathBuf,
    /// Discuss questions whose levels spread by this much or more.
    pub spread: u8,
    /// Show who said what.
    pub named: bool,
    /// Encrypt the consensus file (then named `.age`, as in `consensus.toml.age`).
    pub encrypt: crate::io::crypt::Request,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    if opts.spread == 0 {
        bail!(t!("ws-spread-zero"));
    }
    let files = inputs::files(&opts.files)?;
    let roles: Vec<Role<'_>> = files
        .iter()
        .map(|f| Role::input(f, t!("ws-role-respondent")))
        .collect();
    let out = [Role::output(&opts.output, t!("ws-role-consensus"), "-o")];
    identity::check_outputs_with_data(&global.data, &roles, &out)?;
    let data = crate::catalogue::load(&global.data)?;
    // The consensus file is this session's own output: never one of its inputs.
    let (q, respondents) = inputs::load(&files, &data, &global.keys)?;
    let combined = aggregate::combine(&data.catalogue, q, respondents);
    for w in &combined.warnings {
        eprintln!("{}", t!("ws-warning", message = one_line(w)));
    }
    // The files are checked before the terminal: a wrong folder is said first, wherever it runs.
    if !term::interactive() {
        bail!(t!(
            "ws-no-terminal",
            command = "icso-assess workshop pack FILES -o pack.html"
        ));
    }
    let mut group = Group::new(
        &data,
        q,
        &combined.summary,
        &combined.combined,
        opts.spread,
        opts.named,
    );
    group.words = global.line_mode();

    let path = &opts.output;
    let shown = shown_path(path);
    let arg = shell_word(&shown);
    let lock = lock::lock(path, &t!("ws-lock-started", time = now_utc()))?;
    let (start, last, sealing) = if std::fs::symlink_metadata(path).is_ok() {
        let (existing, read) = existing(global, &data, &group, path)?;
        (existing, Some(read.on_disk), Some(read.sealing))
    } else {
        (group.blank(&today()), None, None)
    };
    answers::check_writable(path, "-o")?;
    // Encrypted as asked, or as the consensus file already is.
    let seal = super::session_seal(&opts.encrypt, path, "-o", sealing)?.map(Arc::new);
    let saved = start.answers.len();
    let mut store = Shared::new(path.clone(), lock, last, seal.clone(), saved);
    let on_signal = store.clone();
    let hint_shown = shown.clone();
    let resume = resume_command(global, opts, &arg, seal.as_deref());
    let on_signal_resume = resume.clone();
    let _watch = signals::watch(move |signal| {
        let mut store = on_signal.get();
        store.lock.release();
        crate::prompt::terminal::restore();
        if signal != signals::HANGUP {
            println!(
                "{}",
                t!(
                    "ws-stopped-saved",
                    file = hint_shown.clone(),
                    command = on_signal_resume.clone()
                )
            );
        }
        std::process::exit(signals::exit_code(signal));
    })?;

    let mut prompter: Box<dyn Prompter> = if global.line_mode() {
        Box::new(Lines::stdio(term::Style::stdout(global.color).width))
    } else {
        Box::new(Terminal::new(term::use_color(global.color, true)))
    };
    let width = prompter.width();
    prompter.say(&term::wrap(
        &t!("ws-saved-after-every", file = shown.clone()),
        width,
        "",
    ));
    let outcome = Flow::new(&group, prompter.as_mut(), &mut store).run(start);
    store.get().lock.release();
    drop(prompter);
    if !global.line_mode() {
        crate::prompt::terminal::clear_screen();
    }
    ended(outcome?, &shown, &arg, &resume, width)
}

/// The consensus file at `path`, checked to be a workshop's on these respondents'
/// questionnaire, as the session resumes it, with how it was read.
fn existing(
    global: &Global,
    data: &crate::catalogue::Data,
    group: &Group,
    path: &std::path::Path,
) -> Result<(Answers, answers::Sealed)> {
    let shown = shown_path(path);
    let read = answers::read_sealed(path, &global.keys)
        .map_err(|e| anyhow!(t!("assess-left-as-is", error = e.to_string())))?;
    let (existing, _) = answers::checked(&shown, &read.text, data)
        .map_err(|e| anyhow!(t!("assess-left-as-is", error = e.to_string())))?;
    if existing.workshop.is_none() {
        bail!(t!(
            "ws-not-consensus",
            file = shown,
            default = DEFAULT_OUTPUT
        ));
    }
    if existing.questionnaire != group.q.id {
        bail!(t!(
            "ws-other-questionnaire",
            file = shown,
            found = existing.questionnaire,
            asked = group.q.id.clone()
        ));
    }
    Ok((resumed(existing, group), read))
}

/// The command that resumes this session: the same files, with the recipients again (an age
/// file does not name them) and the identity files.
fn resume_command(
    global: &Global,
    opts: &Options,
    arg: &str,
    seal: Option<&crate::io::crypt::Seal>,
) -> String {
    let inputs_arg = opts
        .files
        .iter()
        .map(|f| shell_word(&shown_path(f)))
        .collect::<Vec<_>>()
        .join(" ");
    let mut resume = format!("icso-assess workshop {inputs_arg} -o {arg}");
    if let Some(seal) = seal
        && !seal.is_passphrase()
    {
        for word in seal.args() {
            resume.push(' ');
            resume.push_str(word);
        }
    }
    for word in global.keys.args() {
        resume.push(' ');
        resume.push_str(&word);
    }
    resume
}

/// What the session says as it ends, and its exit code.
fn ended(outcome: Outcome, shown: &str, arg: &str, resume: &str, width: usize) -> Result<u8> {
    match outcome {
        Outcome::Interrupted(a) => {
            let agreed = count_agreed(&a);
            println!(
                "{}",
                t!(
                    "ws-stopped",
                    count = agreed,
                    file = shown.to_owned(),
                    command = resume.to_owned()
                )
            );
            Ok(INTERRUPTED)
        }
        Outcome::Finished(a) => {
            let agreed = count_agreed(&a);
            let rest = a.answers.len() - agreed;
            println!(
                "{}",
                term::wrap(
                    &t!(
                        "ws-finished",
                        file = shown.to_owned(),
                        count = agreed,
                        rest = rest
                    ),
                    width,
                    ""
                )
            );
            println!(
                "{}",
                t!(
                    "ws-next",
                    command = format!("icso-assess report --answers {arg}")
                )
            );
            Ok(0)
        }
    }
}

/// A consensus file read back: what the group already decided is kept; the header follows
/// the respondents as they are now (their number may have grown).
fn resumed(existing: Answers, group: &Group) -> Answers {
    let fresh = group.blank(&existing.date);
    Answers {
        answers: existing.answers,
        ..fresh
    }
}

fn count_agreed(a: &Answers) -> usize {
    a.answers
        .values()
        .filter(|x| matches!(x.source, Some(answers::Source::Agreed { .. })))
        .count()
}
