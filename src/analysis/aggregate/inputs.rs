//! The answers files an aggregate reads: folders expanded to their answers files (`*.toml`,
//! `*.xlsx`, and encrypted `*.toml.age`, `*.xlsx.age`), every file read (decrypted in memory
//! when encrypted), checked and scored on a few threads, and one clear error when files cannot
//! be used or answer different questionnaires.

use super::{Input, Respondent};
use crate::answers::{self, LoadError};
use crate::catalogue::{self, Data};
use crate::diagnostics::Code;
use crate::io::crypt::{self, Keys};
use crate::questionnaire::Questionnaire;
use crate::text::{one_line, shown_path};
use anyhow::{Result, anyhow, bail};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Loading threads at most: reading and parsing are cheap, so a few threads are plenty.
const MAX_THREADS: usize = 8;

/// Below this many files per thread, a thread costs more than it saves.
const FILES_PER_THREAD: usize = 64;

/// How many files a loading thread takes at a time.
const BATCH: usize = 16;

/// The files to combine: at least two, from files and folders as given.
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    files_for(
        paths,
        "aggregate",
        "icso-assess aggregate examples/federation",
    )
}

/// [`files`] for another command that combines answers: its error names `command` and shows
/// `example`, a command line that works.
pub fn files_for(paths: &[PathBuf], command: &str, example: &str) -> Result<Vec<PathBuf>> {
    let files = expand(paths)?;
    if files.len() < 2 {
        bail!(match files.first() {
            Some(f) => crate::t!(
                "err-combine-one-file",
                command = command.to_owned(),
                file = shown_path(f),
                example = example.to_owned()
            ),
            None => crate::t!(
                "err-combine-no-file",
                command = command.to_owned(),
                example = example.to_owned()
            ),
        });
    }
    Ok(files)
}

/// Every file read (an encrypted one opened with `keys`), checked and scored: the questionnaire
/// they all answer and the respondents, in the files' order; or one error naming what is wrong
/// with which files.
pub fn load<'d>(
    files: &[PathBuf],
    data: &'d Data,
    keys: &Keys,
) -> Result<(&'d Questionnaire, Vec<Respondent>)> {
    let loaded = load_all(files, data, keys);
    check_one_questionnaire(files, &loaded)?;
    let mut respondents = Vec::with_capacity(files.len());
    let mut failed = Vec::new();
    for (path, result) in files.iter().zip(loaded) {
        match result {
            Ok(r) => respondents.push(r),
            Err(e) => failed.push((path, e)),
        }
    }
    if let Some((_, first)) = failed.first() {
        if failed.len() == 1 {
            bail!("{first}");
        }
        let others: Vec<String> = failed[1..].iter().map(|(p, _)| shown_path(p)).collect();
        bail!(crate::t!(
            "err-combine-failed",
            failed = failed.len(),
            count = files.len(),
            first = first.to_string(),
            others = super::names(&others)
        ));
    }
    let id = respondents
        .first()
        .map(|r| r.questionnaire.clone())
        .unwrap_or_default();
    let q = data.questionnaire(&id).ok_or_else(|| {
        anyhow!(crate::t!(
            "err-combine-questionnaire-missing",
            id = id.clone()
        ))
    })?;
    Ok((q, respondents))
}

/// The files to read: files as given, folders replaced by their answers files sorted by name
/// (not recursive): `*.toml` and `*.xlsx`, and the same encrypted (`*.toml.age`, `*.xlsx.age`).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let shown = shown_path(path);
        let entries = std::fs::read_dir(path).map_err(|e| {
            anyhow!(crate::t!(
                "err-folder-unreadable",
                path = shown.clone(),
                reason = crate::io::output::read_reason(&catalogue::source::io_reason(&e))
            ))
        })?;
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| {
                anyhow!(crate::t!(
                    "err-folder-unreadable",
                    path = shown.clone(),
                    reason = e.to_string().to_lowercase()
                ))
            })?;
            let p = entry.path();
            // A folder named like a file is not read (no recursion); anything else ending in
            // .toml is, and fails loudly if it is not a readable answers file.
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let inner = crypt::inner_name(&p);
            if !is_dir
                && inner
                    .extension()
                    .is_some_and(|e| e == "toml" || e.eq_ignore_ascii_case("xlsx"))
            {
                found.push(p);
            }
        }
        if found.is_empty() {
            bail!(crate::t!("err-folder-no-answers", path = shown));
        }
        found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        files.extend(found);
    }
    Ok(files)
}

/// Read, check and score every file alone, in order, on a few threads: each file is read and
/// parsed once against the catalogue loaded once, and scored on the thread that read it (which
/// keeps the memory it frees for that thread's next file).
fn load_all(files: &[PathBuf], data: &Data, keys: &Keys) -> Vec<Result<Respondent, LoadError>> {
    let one = |f: &PathBuf| {
        let (a, q) = answers::open(f, data, keys)?;
        Ok(Respondent::new(
            &data.catalogue,
            q,
            Input::new(shown_path(f), a),
        ))
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS)
        .min(files.len().div_ceil(FILES_PER_THREAD));
    if threads <= 1 {
        return files.iter().map(one).collect();
    }
    // Each thread takes the next few files until none are left, so a thread slowed down by
    // other programs does not hold up the rest; the results are put back in the files' order.
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<Respondent, LoadError>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut got = Vec::new();
                    loop {
                        let start = next.fetch_add(BATCH, Ordering::Relaxed);
                        if start >= files.len() {
                            return got;
                        }
                        let end = (start + BATCH).min(files.len());
                        got.extend((start..end).map(|n| (n, one(&files[n]))));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(n, _)| *n);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The questionnaire and version a file answers: from the loaded answers, or for a file that
/// failed on them (a questionnaire or version this build does not have), from what the loader
/// read of its header in the same pass.
fn made_for(loaded: &Result<Respondent, LoadError>) -> Option<(String, String)> {
    match loaded {
        Ok(r) => Some((r.questionnaire.clone(), r.questionnaire_version.clone())),
        Err(LoadError::Invalid { findings, made_for })
            if findings.iter().any(|f| {
                matches!(
                    f.code,
                    Code::QuestionnaireVersion | Code::UnknownQuestionnaire
                )
            }) =>
        {
            made_for.clone()
        }
        Err(_) => None,
    }
}

/// Fail when the files answer different questionnaires or versions, saying which has which.
fn check_one_questionnaire(
    files: &[PathBuf],
    loaded: &[Result<Respondent, LoadError>],
) -> Result<()> {
    let mut groups: Vec<((String, String), Vec<String>)> = Vec::new();
    for (path, result) in files.iter().zip(loaded) {
        let Some(key) = made_for(result) else {
            continue;
        };
        let shown = shown_path(path);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(shown),
            None => groups.push((key, vec![shown])),
        }
    }
    if groups.len() <= 1 {
        return Ok(());
    }
    let described: Vec<String> = groups
        .iter()
        .map(|((id, version), list)| {
            if version.is_empty() {
                crate::t!(
                    "err-combine-group-no-version",
                    id = one_line(id),
                    files = super::names(list)
                )
            } else {
                crate::t!(
                    "err-combine-group",
                    id = one_line(id),
                    version = version.clone(),
                    files = super::names(list)
                )
            }
        })
        .collect();
    bail!(crate::t!(
        "err-combine-questionnaires-differ",
        groups = described.join(&crate::t!("err-list-semicolon"))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_to_their_toml_files_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in [
            "b.toml",
            "a.toml",
            "notes.txt",
            "c.TOML.bak",
            "e.toml.age",
            "f.xlsx.age",
            "g.age",
        ] {
            std::fs::write(dir.path().join(name), "").expect("write");
        }
        std::fs::create_dir(dir.path().join("sub.toml")).expect("mkdir");
        std::fs::write(dir.path().join("sub.toml").join("d.toml"), "").expect("write");
        let files = expand(&[dir.path().to_path_buf(), PathBuf::from("x.toml")]).expect("expand");
        let names: Vec<String> = files
            .iter()
            .map(|f| f.file_name().expect("name").to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["a.toml", "b.toml", "e.toml.age", "f.xlsx.age", "x.toml"]
        );

        let empty = tempfile::tempdir().expect("tempdir");
        let err = expand(&[empty.path().to_path_buf()]).expect_err("no files");
        assert!(err.to_string().contains("holds no answers files"), "{err}");
    }
}
