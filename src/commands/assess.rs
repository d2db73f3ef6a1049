//! `assess`: the interactive self-assessment in a terminal. Starts or resumes the answers file,
//! saves after every answer, and ends with the report and an offer to export it.

use super::session::{INTERRUPTED, Shared, now_utc};
use super::{Global, finish};
use crate::answers::{self, Answers};
use crate::assess::{Flow, Outcome, Start};
use crate::catalogue;
use crate::io::crypt::{self, Seal};
use crate::io::identity::Role;
use crate::io::term::{self, Style};
use crate::io::{lock, signals};
use crate::prompt::Prompter;
use crate::prompt::lines::Lines;
use crate::prompt::terminal::Terminal;
use crate::report::{self, Report};
use crate::t;
use anyhow::{Result, anyhow, bail};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The answers file used when none is named.
pub const DEFAULT_FILE: &str = "assessment.toml";

#[derive(Debug, Clone)]
pub struct Options {
    pub questionnaire: Option<String>,
    pub file: PathBuf,
    pub review: bool,
    /// For a new assessment: the organisation's name to offer (next year's run).
    pub organisation: Option<String>,
    /// Said on the first screen (which of several files was opened, and why).
    pub note: Option<String>,
    /// Encrypt the answers file (then named `.age`, as in `assessment.toml.age`).
    pub encrypt: crypt::Request,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            questionnaire: None,
            file: PathBuf::from(DEFAULT_FILE),
            review: false,
            organisation: None,
            note: None,
            encrypt: crypt::Request::default(),
        }
    }
}

/// What to print when a session stops with `n` answers saved (`written`: the file exists);
/// `resume` is the command that resumes it.
fn stopped(n: usize, written: bool, shown: &str, resume: &str) -> String {
    if !written {
        t!("assess-stopped-nothing")
    } else {
        t!(
            "assess-stopped",
            count = n,
            file = shown.to_owned(),
            command = resume.to_owned()
        )
    }
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    if !term::interactive() {
        bail!(t!(
            "assess-no-terminal",
            template = "icso-assess template -o answers.toml",
            report = "icso-assess report --answers answers.toml"
        ));
    }
    let path = &opts.file;
    // The answers file is the one file assess exists to update, but never a data file.
    let data = super::load_data(
        global,
        &[],
        &[Role::output(path, t!("assess-role-answers"), "--file")],
    )?;
    if let Some(id) = &opts.questionnaire {
        super::questionnaire(&data, id)?;
    }
    let shown = crate::text::shown_path(path);
    // Held until the process ends: a second session on this file is refused, with who holds it.
    let lock = lock::lock(path, &t!("assess-lock-started", time = now_utc()))?;
    let (start, last, sealing) = if std::fs::symlink_metadata(path).is_ok() {
        // Never start afresh over an existing file: it may hold someone's answers.
        let (existing, read) = read_existing(path, &shown, &data, &global.keys)
            .map_err(|e| anyhow!(t!("assess-left-as-is", error = e.to_string())))?;
        if let Some(id) = &opts.questionnaire
            && *id != existing.questionnaire
        {
            bail!(t!(
                "assess-other-questionnaire",
                file = shown,
                found = existing.questionnaire,
                asked = id.clone()
            ));
        }
        (
            Start::Resume(existing),
            Some(read.on_disk),
            Some(read.sealing),
        )
    } else {
        if opts.review {
            bail!(t!("assess-nothing-to-review", file = shown));
        }
        let start = Start::New {
            questionnaire: opts.questionnaire.clone(),
            date: today(),
            organisation: opts.organisation.clone().unwrap_or_default(),
        };
        (start, None, None)
    };
    // Fail now, not after ten answers, if the answers cannot be saved.
    answers::check_writable(path, "--file")?;
    // Encrypted as asked, or as the file is: a passphrase asked now, before the first question.
    let seal = super::session_seal(&opts.encrypt, path, "--file", sealing)?.map(Arc::new);
    // The command that resumes this file, as typed in a shell: with the recipients again (an
    // age file does not name them), and the identity that opens it.
    let resume = resume_command(
        path,
        &crate::text::shell_word(&shown),
        seal.as_deref(),
        &global.keys,
    );

    let saved = match &start {
        Start::Resume(a) => a.answers.len(),
        Start::New { .. } => 0,
    };
    let mut store = Shared::new(path.clone(), lock, last, seal, saved);
    // A signal (kill, a closed terminal window) ends the session the way Ctrl-C does: what is
    // chosen is saved, the terminal is restored, and the exit status says which signal.
    let on_signal = store.clone();
    let (hint_shown, hint_resume) = (shown.clone(), resume.clone());
    let _watch = signals::watch(move |signal| {
        let mut store = on_signal.get();
        let saved = store.save_pending();
        store.lock.release();
        crate::prompt::terminal::restore();
        if signal != signals::HANGUP {
            let message = match saved {
                Ok(n) => stopped(n, store.last.is_some(), &hint_shown, &hint_resume),
                Err(e) => t!("assess-stopped-error", error = crate::error_line(&e)),
            };
            println!("{message}");
        }
        std::process::exit(signals::exit_code(signal));
    })?;

    let result = session(global, opts, &data, start, &mut store, &shown, &resume);
    // The signal watcher holds the store too, so the lock goes explicitly, not on drop.
    store.get().lock.release();
    result
}

/// The answers already in the file at `path` (named `shown`, decrypted with `keys` when it is
/// encrypted), and the file as read: what the session resumes, what the file must still hold
/// when it is next saved, and how it was protected.
fn read_existing(
    path: &Path,
    shown: &str,
    data: &catalogue::Data,
    keys: &crypt::Keys,
) -> Result<(Answers, answers::Sealed), answers::LoadError> {
    let read = answers::read_sealed(path, keys)?;
    let (existing, _) = answers::checked(shown, &read.text, data)?;
    Ok((existing, read))
}

/// The questions, then the end screen; back to the questions for the skipped ones.
fn session(
    global: &Global,
    opts: &Options,
    data: &catalogue::Data,
    start: Start,
    store: &mut Shared,
    shown: &str,
    resume: &str,
) -> Result<u8> {
    let path = &opts.file;
    let seal = store.get().seal.clone();
    let color = term::use_color(global.color, true);
    let mut prompter: Box<dyn Prompter> = if global.line_mode() {
        Box::new(Lines::stdio(term::Style::stdout(global.color).width))
    } else {
        Box::new(Terminal::new(color))
    };
    let p = prompter.as_mut();
    let resuming = matches!(start, Start::Resume(_));
    let width = p.width();
    p.say(&term::wrap(
        &if resuming {
            t!("assess-resuming", file = shown.to_owned())
        } else {
            t!("assess-starting", file = shown.to_owned())
        },
        width,
        "",
    ));
    if let Some(seal) = &seal {
        let whose = if seal.is_passphrase() {
            t!("assess-sealed-passphrase")
        } else {
            t!("assess-sealed-identity")
        };
        p.say(&term::wrap(
            &t!("assess-sealed", how = seal.describe(), opens = whose),
            width,
            "",
        ));
    }
    if let Some(note) = &opts.note {
        p.say(&term::wrap(note, width, ""));
    }
    let mut start = start;
    let mut review = opts.review;
    loop {
        let outcome = Flow::new(data, p, store).run(start, review)?;
        let finished = match outcome {
            Outcome::Interrupted(a) => {
                let (n, written) = {
                    let s = store.get();
                    (s.saved, s.last.is_some())
                };
                let so_far = so_far(data, &a);
                println!("\n{so_far}{}", stopped(n, written, shown, resume));
                return Ok(INTERRUPTED);
            }
            Outcome::Finished(a) => a,
        };
        let q = data.questionnaire(&finished.questionnaire).ok_or_else(|| {
            anyhow!(t!(
                "assess-questionnaire-missing",
                id = finished.questionnaire.clone()
            ))
        })?;
        let report = Report::new(&data.catalogue, q, &finished, report::DEFAULT_TOP);
        match finish::end_screen(global, p, &report, path, seal.as_deref())? {
            finish::Next::AnswerSkipped => {
                start = Start::Resume(finished.clone());
                review = false;
            }
            finish::Next::Done(code) => {
                if !global.line_mode() {
                    crate::prompt::terminal::clear_screen();
                }
                println!("{}", term::wrap(&finish::readiness(&report), width, ""));
                for line in finish::urgent(&report, 1, width) {
                    println!("{line}");
                }
                let last = t!(
                    "assess-answers-are-in",
                    file = shown.to_owned(),
                    command = resume.to_owned()
                );
                println!("\n{}", term::wrap(&last, width, ""));
                return Ok(code);
            }
        }
    }
}

/// After Ctrl-C with at least one level answered: where things stand so far, as a hint.
fn so_far(data: &catalogue::Data, a: &Answers) -> String {
    let Some(q) = data.questionnaire(&a.questionnaire) else {
        return String::new();
    };
    if !a
        .answers
        .values()
        .any(|x| matches!(x.state, crate::answers::State::Level(_)))
    {
        return String::new();
    }
    let report = Report::new(&data.catalogue, q, a, report::DEFAULT_TOP);
    let mut lines = vec![t!("assess-so-far", readiness = finish::readiness(&report))];
    lines.extend(finish::urgent(&report, 1, 80));
    let width = Style::stdout(crate::io::term::ColorChoice::Never).width;
    let mut text: Vec<String> = lines.iter().map(|l| term::wrap(l, width, "")).collect();
    text.push(String::new());
    text.join("\n") + "\n"
}

/// The shortest command that resumes `path` (`arg`, as typed in a shell): bare `icso-assess`
/// for the default file; for an encrypted one, with the recipients to encrypt to again and the
/// identity files that open it.
fn resume_command(path: &Path, arg: &str, seal: Option<&Seal>, keys: &crypt::Keys) -> String {
    if path == Path::new(DEFAULT_FILE) && seal.is_none() {
        return "icso-assess".to_string();
    }
    let mut words = vec![format!("icso-assess assess --file {arg}")];
    if let Some(seal) = seal
        && !seal.is_passphrase()
    {
        words.extend(seal.args().iter().cloned());
        words.extend(keys.args());
    }
    words.join(" ")
}

/// Today's date as YYYY-MM-DD (UTC), for a new answers file: the day a plan measures against.
pub fn today() -> String {
    crate::plan::today().to_string()
}

#[cfg(test)]
mod tests {
    use super::today;

    #[test]
    fn today_is_written_yyyy_mm_dd() {
        let day = today();
        assert_eq!(
            crate::plan::parse_date(&day),
            Ok(crate::plan::today()),
            "{day}"
        );
        assert_eq!(day.len(), 10, "{day}");
    }
}
