//! The advisory lock that keeps two interactive sessions off one answers file. It is an
//! operating-system lock (flock on Unix, LockFileEx on Windows) on a small file beside the
//! answers, `.NAME.lock`, so it is released when the process ends however it ends, and a
//! lock left by a crash never blocks anyone. The file says who holds it, for the message.

use crate::text::shown_path;
use anyhow::{Result, bail};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Held for a whole session; dropping it (or [`SessionLock::release`]) removes the lock file.
#[derive(Debug)]
pub struct SessionLock {
    /// `None` where the file system offers no locks.
    file: Option<File>,
    path: PathBuf,
}

/// The lock file for `answers`: `.NAME.lock` in the same folder.
pub fn lock_path(answers: &Path) -> PathBuf {
    let name = answers
        .file_name()
        .map_or_else(|| "answers".into(), |n| n.to_string_lossy().into_owned());
    answers.with_file_name(format!(".{name}.lock"))
}

fn open(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// The lock file still is the file at `path`: nobody removed it between our open and our lock.
fn still_there(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        path.exists()
    }
}

/// Take the lock for a session on `answers`, or say who holds it. `started` is how the session
/// describes itself ("started 14:02 UTC").
pub fn lock(answers: &Path, started: &str) -> Result<SessionLock> {
    let path = lock_path(answers);
    let shown = shown_path(answers);
    let name = answers
        .file_name()
        .map_or_else(|| shown.clone(), |n| shown_path(Path::new(n)));
    // A holder that removes the file as it ends can leave us locking a file nobody else sees:
    // open, lock, and check it is still the file at that path; a few tries settle any race.
    for _ in 0..20 {
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            bail!(crate::t!(
                "err-lock-symlink",
                path = shown,
                lock = shown_path(&path)
            ));
        }
        let mut file = match open(&path) {
            Ok(f) => f,
            // A folder we cannot write to is reported by the save check with its fix.
            Err(_) => return Ok(SessionLock::none()),
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = Read::by_ref(&mut file)
                    .take(200)
                    .read_to_string(&mut holder);
                let holder = crate::text::one_line(&holder);
                bail!(if holder.is_empty() {
                    crate::t!("err-lock-held", name = name)
                } else {
                    crate::t!("err-lock-held-by", name = name, holder = holder)
                });
            }
            // File systems without locks (some network drives): go on unlocked, as before.
            Err(TryLockError::Error(_)) => return Ok(SessionLock::none()),
        }
        if !still_there(&file, &path) {
            continue;
        }
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = writeln!(file, "{started}, process {}", std::process::id());
        let _ = file.flush();
        return Ok(SessionLock {
            file: Some(file),
            path,
        });
    }
    bail!(crate::t!(
        "err-lock-changing",
        path = shown,
        lock = shown_path(&path)
    ))
}

impl SessionLock {
    /// No lock could be taken where none is supported; the session goes on without one.
    fn none() -> SessionLock {
        SessionLock {
            file: None,
            path: PathBuf::new(),
        }
    }

    /// Remove the lock file, then let go of the lock (in that order, so nobody can lock a
    /// file that is about to disappear). Safe to call more than once.
    pub fn release(&mut self) {
        if let Some(file) = self.file.take() {
            if still_there(&file, &self.path) {
                let _ = std::fs::remove_file(&self.path);
            }
            let _ = file.unlock();
        }
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_says_who_holds_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("assessment.toml");
        let first = lock(&answers, "started 14:02 UTC").unwrap();
        assert!(lock_path(&answers).exists());
        let err = lock(&answers, "started 14:05 UTC").unwrap_err().to_string();
        assert!(
            err.starts_with(
                "assessment.toml is open in another icso-assess, started 14:02 UTC, process "
            ),
            "{err}"
        );
        drop(first);
        assert!(!lock_path(&answers).exists(), "the lock file is removed");
        let again = lock(&answers, "started 14:06 UTC").unwrap();
        drop(again);
    }

    #[test]
    fn a_lock_file_left_behind_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("a.toml");
        std::fs::write(lock_path(&answers), "started 09:00 UTC, process 1\n").unwrap();
        let held = lock(&answers, "started 10:00 UTC").unwrap();
        let text = std::fs::read_to_string(lock_path(&answers)).unwrap();
        assert!(text.starts_with("started 10:00 UTC, process "), "{text}");
        drop(held);
    }
}
