//! Writing an answers file: [`to_toml`] in the questionnaire's order, and [`save`], atomic and
//! private (a temporary file in the same folder, synced, then renamed over the target).

use super::model::{Answer, Answers, FORMAT_VERSION, Source, State};
use crate::io::crypt::Seal;
use crate::io::output::Access;
use crate::questionnaire::Questionnaire;
use anyhow::{Result, bail};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// A TOML string, escaped: how the answers and plan files write text.
pub(crate) fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// Whether TOML reads `key` without quotes: ASCII letters, digits, `-` and `_`, as ids are.
pub(super) fn is_bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A TOML key: bare when it can be, quoted otherwise.
fn key(id: &str) -> String {
    if is_bare_key(id) {
        id.to_string()
    } else {
        quoted(id)
    }
}

/// The answers as an answers file: settings first, then the profile in the questionnaire's
/// order, then one table per answer in the questionnaire's order.
pub fn to_toml(answers: &Answers, q: &Questionnaire) -> String {
    let mut out = String::new();
    out.push_str(if answers.workshop.is_some() {
        "# icso-assess consensus file of a workshop. Resume it with the same `icso-assess workshop` command; report on it with: icso-assess report --answers <this file>\n"
    } else {
        "# icso-assess answers file. Edit with care, or resume with: icso-assess assess --file <this file>\n"
    });
    let _ = writeln!(out, "format = {FORMAT_VERSION}");
    for (name, value) in [
        ("questionnaire", &answers.questionnaire),
        ("questionnaire_version", &answers.questionnaire_version),
        ("organisation", &answers.organisation),
        ("respondent", &answers.respondent),
        ("date", &answers.date),
    ] {
        let _ = writeln!(out, "{name} = {}", quoted(value));
    }
    if let Some(w) = &answers.workshop {
        let _ = writeln!(out, "\n[workshop]\nparticipants = {}", w.participants);
        if !w.names.is_empty() {
            let _ = writeln!(out, "names = {}", list(&w.names));
        }
    }

    out.push_str("\n[profile]\n");
    let profile = q.profile.iter().map(|p| p.id.as_str());
    let known = |id: &str| q.profile_question(id).is_some();
    for (id, option) in in_order(profile, &answers.profile, known) {
        let _ = writeln!(out, "{} = {}", key(id), quoted(option));
    }
    let questions = q.questions.iter().map(|x| x.id.as_str());
    let known = |id: &str| q.question(id).is_some();
    for (id, answer) in in_order(questions, &answers.answers, known) {
        let _ = writeln!(out, "\n[answers.{}]", key(id));
        write_answer(&mut out, answer);
    }
    out
}

/// The entries of `given` in the questionnaire's `order`, then those whose id it does not
/// know (never in checked answers, but written rather than lost).
fn in_order<'a, V>(
    order: impl Iterator<Item = &'a str>,
    given: &'a BTreeMap<String, V>,
    known: impl Fn(&str) -> bool,
) -> impl Iterator<Item = (&'a str, &'a V)> {
    let unknown = given
        .keys()
        .map(String::as_str)
        .filter(move |id| !known(id));
    order
        .chain(unknown)
        .filter_map(move |id| given.get(id).map(|v| (id, v)))
}

fn write_answer(out: &mut String, answer: &Answer) {
    match &answer.state {
        State::Level(level) => {
            let _ = writeln!(out, "level = {level}");
        }
        State::NotApplicable(reason) => {
            let _ = writeln!(out, "level = \"n/a\"\nreason = {}", quoted(reason));
        }
        State::Unknown => out.push_str("level = \"unknown\"\n"),
    }
    if let Some(importance) = answer.importance {
        let _ = writeln!(out, "importance = \"{importance}\"");
    }
    if let Some(target) = answer.target {
        let _ = writeln!(out, "target = {target}");
    }
    if let Some(note) = &answer.note {
        let _ = writeln!(out, "note = {}", quoted(note));
    }
    if !answer.evidence.is_empty() {
        let _ = writeln!(out, "evidence = {}", list(&answer.evidence));
    }
    if let Some(source) = &answer.source {
        let _ = writeln!(out, "source = {}", quoted(&source.as_written()));
        if let Source::Agreed { justification } = source {
            let _ = writeln!(out, "justification = {}", quoted(justification));
        }
    }
}

/// A TOML array of texts on one line.
fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// Save atomically: the file holds either the old or the new answers, never half of either,
/// and is readable by its owner only (mode 0600 on Unix), even when it replaces a wider one.
/// A symbolic link at `path` is refused rather than followed. Messages suggest `--file`.
pub fn save(path: &Path, answers: &Answers, q: &Questionnaire) -> Result<()> {
    save_text(path, &to_toml(answers, q), "--file", None)
}

/// [`save`] of text already made by [`to_toml`], encrypted with `seal` when there is one (the
/// temporary file then only holds ciphertext); `option` is the command-line option that names
/// the file, for the fix in messages (`--file`, `--save-combined`).
pub fn save_text(path: &Path, text: &str, option: &str, seal: Option<&Seal>) -> Result<()> {
    let folder = prepare(path, option)?;
    crate::io::output::check_seal(path, seal)?;
    crate::io::output::replace(path, &folder, Access::Private, seal, |out| {
        out.write_all(text.as_bytes())
    })
    .map_err(|e| save_error(path, &e, option))
}

/// Check early that [`save`] to `path` would work: the target is not a symbolic link or folder,
/// and its folder exists and takes new files.
pub fn check_writable(path: &Path, option: &str) -> Result<()> {
    let folder = prepare(path, option)?;
    let probe = temp_file(path, &folder, option)?;
    probe.close().map_err(|e| save_error(path, &e, option))?;
    Ok(())
}

/// Refuse targets that are not (or would not be) regular files; the folder to write in.
fn prepare(path: &Path, option: &str) -> Result<PathBuf> {
    let shown = crate::text::shown_path(path);
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => bail!(crate::t!(
            "err-save-symlink",
            path = shown,
            option = option.to_owned()
        )),
        Ok(meta) if meta.is_dir() => bail!(crate::t!(
            "err-save-folder",
            path = shown,
            option = option.to_owned(),
            example = crate::text::shown_path(&path.join("answers.toml"))
        )),
        Ok(meta) if !meta.is_file() => bail!(crate::t!(
            "err-save-not-regular",
            path = shown,
            option = option.to_owned()
        )),
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(save_error(path, &e, option)),
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match std::fs::metadata(&folder) {
        Ok(meta) if meta.is_dir() => Ok(folder),
        Ok(_) => bail!(crate::t!(
            "err-save-parent-not-folder",
            path = shown,
            folder = crate::text::shown_path(&folder),
            option = option.to_owned()
        )),
        Err(e) if e.kind() == ErrorKind::NotFound => bail!(crate::t!(
            "err-save-because",
            path = shown,
            reason = crate::t!("err-save-reason-no-folder", option = option.to_owned())
        )),
        Err(e) => Err(save_error(path, &e, option)),
    }
}

fn temp_file(path: &Path, folder: &Path, option: &str) -> Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".icso-assess-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| save_error(path, &e, option))
}

/// An I/O error while saving, naming the user's file (never the temporary one) and the fix.
fn save_error(path: &Path, err: &std::io::Error, option: &str) -> anyhow::Error {
    let shown = crate::text::shown_path(path);
    let option = option.to_owned();
    let why = match err.kind() {
        ErrorKind::PermissionDenied => crate::t!("err-save-reason-permission", option = option),
        ErrorKind::NotFound => crate::t!("err-save-reason-no-folder", option = option),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            crate::t!("err-save-reason-disk-full", option = option)
        }
        ErrorKind::FileTooLarge => crate::t!("err-save-reason-too-large", option = option),
        ErrorKind::ReadOnlyFilesystem => crate::t!("err-save-reason-read-only", option = option),
        // The system's words, without the temporary file's path or the OS error number.
        _ => crate::t!(
            "err-save-reason-other",
            reason = crate::io::output::other_reason(err),
            option = option
        ),
    };
    anyhow::anyhow!(crate::t!("err-save-because", path = shown, reason = why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, parse};
    use crate::questionnaire::Importance;
    use crate::testing::{self, assert_contains, mini};
    use proptest::prelude::*;

    /// [`save`] of [`example`] to `path`, for questionnaire `full` of the mini data.
    fn save_example(path: &Path) -> Result<()> {
        let data = mini();
        save(path, &example(), data.questionnaire("full").unwrap())
    }

    fn example() -> Answers {
        let mut a = testing::advocacy_answers(
            "Example \"Relief\" \\ International",
            "Leadership team",
            "2026-11-20",
        );
        a.answers.insert(
            "R02".into(),
            Answer {
                state: State::NotApplicable("no \"tech\"\nwork".into()),
                importance: Some(Importance::High),
                target: Some(4),
                note: Some("a note".into()),
                evidence: vec![
                    "Board minutes, \"March\" 2026".into(),
                    "https://example.org/a?b=c#d".into(),
                ],
                source: Some(Source::Agreed {
                    justification: "two offices had\nthe policy".into(),
                }),
            },
        );
        a.answers.insert("R01".into(), Answer::level(2));
        a
    }

    #[test]
    fn to_toml_writes_the_questionnaire_order() {
        let data = mini();
        let q = data.questionnaire("full").unwrap();
        let text = to_toml(&example(), q);
        assert!(text.starts_with(
            "# icso-assess answers file. Edit with care, or resume with: icso-assess assess --file <this file>\nformat = 1\nquestionnaire = \"full\"\n"
        ));
        let r01 = text.find("[answers.R01]").unwrap();
        let r02 = text.find("[answers.R02]").unwrap();
        assert!(text.find("[profile]").unwrap() < r01 && r01 < r02, "{text}");
        assert_eq!(parse("a.toml", &text, &data), Ok(example()));
    }

    #[test]
    fn save_is_private_and_replaces_the_file() {
        let data = mini();
        let (dir, path) = testing::dir_with("answers.toml", "old");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        check_writable(&path, "--file").unwrap();
        save_example(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(parse("a.toml", &text, &data), Ok(example()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn save_refuses_a_symbolic_link() {
        let (dir, real) = testing::dir_with("real.toml", "keep");
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let err = save_example(&link).unwrap_err().to_string();
        assert_contains(&err, &["is a symbolic link"]);
        assert!(check_writable(&link, "--file").is_err());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "keep");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn save_names_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/answers.toml");
        let err = save_example(&path).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "cannot save answers to {}: the folder does not exist; create it first or choose another place with --file",
                path.display()
            )
        );
        assert!(check_writable(&path, "--file").is_err());
        let err = check_writable(dir.path(), "--file")
            .unwrap_err()
            .to_string();
        assert_contains(&err, &["it is a folder"]);
    }

    #[cfg(unix)]
    #[test]
    fn check_writable_finds_a_read_only_folder() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        let path = locked.join("answers.toml");
        // Root writes anywhere: nothing to check then.
        if std::fs::write(locked.join("probe"), "").is_err() {
            let err = check_writable(&path, "--file").unwrap_err().to_string();
            assert!(
                err.ends_with("permission denied; choose a folder you can write to with --file"),
                "{err}"
            );
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// Text a person could type: any visible character, spaces, quotes, backslashes and line
    /// breaks, not blank.
    fn free_text(max: usize, lines: bool) -> impl Strategy<Value = String> {
        let pattern = if lines {
            format!("(\\PC|\n|[\"'\\\\#=\\[\\]]){{1,{max}}}")
        } else {
            format!("(\\PC|[\"'\\\\#=\\[\\]]){{0,{max}}}")
        };
        proptest::string::string_regex(&pattern)
            .unwrap()
            .prop_filter("typed text", move |s| {
                let forbidden = if lines {
                    crate::text::find_forbidden(s)
                } else {
                    crate::text::find_forbidden_line(s)
                };
                forbidden.is_none() && (!lines || !s.trim().is_empty())
            })
    }

    fn state() -> impl Strategy<Value = State> {
        prop_oneof![
            (0u8..=4).prop_map(State::Level),
            free_text(60, true).prop_map(State::NotApplicable),
            Just(State::Unknown),
        ]
    }

    fn answer() -> impl Strategy<Value = Answer> {
        (
            state(),
            proptest::option::of(proptest::sample::select(Importance::ALL.to_vec())),
            proptest::option::of(1u8..=4),
            proptest::option::of(free_text(80, true)),
            proptest::collection::vec(
                free_text(40, false).prop_filter("not blank", |s| !s.trim().is_empty()),
                0..3,
            ),
            proptest::option::of(prop_oneof![
                (1usize..50).prop_map(|of| Source::Median { of }),
                free_text(60, true).prop_map(|justification| Source::Agreed { justification }),
            ]),
        )
            .prop_map(
                |(state, importance, target, note, evidence, source)| Answer {
                    state,
                    importance,
                    target,
                    note,
                    evidence,
                    source,
                },
            )
    }

    fn answers() -> impl Strategy<Value = Answers> {
        (
            free_text(40, false),
            free_text(40, false),
            prop_oneof![
                Just(String::new()),
                (1000u32..=9999, 1u32..=12, 1u32..=28)
                    .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
            ],
            proptest::option::of(proptest::sample::select(vec![
                "advocacy",
                "service-delivery",
            ])),
            proptest::option::of(answer()),
            proptest::option::of(answer()),
        )
            .prop_map(|(organisation, respondent, date, orientation, r01, r02)| {
                let mut a = testing::full_answers(&organisation, &respondent, &date);
                if let Some(o) = orientation {
                    a.profile.insert("orientation".into(), o.into());
                }
                for (id, answer) in [("R01", r01), ("R02", r02)] {
                    if let Some(answer) = answer {
                        a.answers.insert(id.into(), answer);
                    }
                }
                a
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn parse_reads_back_what_to_toml_writes(a in answers()) {
            let data = mini();
            let q = data.questionnaire("full").unwrap();
            let text = to_toml(&a, q);
            prop_assert_eq!(parse("a.toml", &text, &data), Ok(a), "{}", text);
        }
    }
}
