//! The file an interactive session saves after every step (`assess`'s answers, `workshop`'s
//! consensus), shared by the session and its signal watcher: written atomically (encrypted,
//! when sealed), never over a file that changed on disk since the session last read or wrote
//! it, and locked against a second session for as long as this one lives.

use crate::answers::{self, Answers};
use crate::assess::Store;
use crate::io::crypt::{self, Seal};
use crate::io::lock::SessionLock;
use crate::questionnaire::Questionnaire;
use crate::t;
use anyhow::{Result, bail};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// Exit code for an interrupted session, as shells expect after Ctrl-C.
pub const INTERRUPTED: u8 = 130;

/// The time of day as HH:MM (UTC), for saying when a session started.
pub(super) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = secs % 86_400;
    format!("{:02}:{:02}", day / 3600, day % 3600 / 60)
}

/// The answers file of one session: saved atomically after every answer (encrypted, when it
/// is sealed), never over a file that changed on disk since this session last read or wrote
/// it, and locked against a second session for as long as this one lives.
pub(super) struct FileStore {
    pub(super) path: PathBuf,
    pub(super) lock: SessionLock,
    /// The file's bytes on disk (its ciphertext, when encrypted) as this session last read or
    /// wrote them; `None` before it exists.
    pub(super) last: Option<Vec<u8>>,
    /// Who can open the file: every save, and the copy kept aside, are encrypted with it.
    pub(super) seal: Option<Arc<Seal>>,
    /// What a signal would save: the answers with the one in progress.
    pub(super) pending: Option<String>,
    /// Answers in the file as last saved.
    pub(super) saved: usize,
}

impl FileStore {
    /// Write `text` unless the file changed under us; then keep this session's answers in a
    /// new file beside it, and stop.
    fn write(&mut self, text: String, count: usize) -> Result<()> {
        // Compared as they are on disk: an encrypted file need not be decrypted to tell.
        let on_disk = match std::fs::symlink_metadata(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            _ => Some(crypt::read_raw(&self.path, answers::MAX_FILE_BYTES)),
        };
        let changed = match (&on_disk, &self.last) {
            // Deleted meanwhile: writing it again loses nothing.
            (None, _) => false,
            (Some(Ok(now)), Some(last)) => now != last,
            (Some(_), _) => true,
        };
        if changed {
            let shown = crate::text::shown_path(&self.path);
            let kept = self.keep_aside(&text);
            bail!(t!("assess-changed-on-disk", file = shown, kept = kept));
        }
        answers::save_text(&self.path, &text, "--file", self.seal.as_deref())?;
        // What is on disk now, to compare with before the next save: the text itself, or the
        // ciphertext that was just written (read back, since age chose its random parts).
        self.last = match &self.seal {
            None => Some(text.into_bytes()),
            Some(_) => crypt::read_raw(&self.path, answers::MAX_FILE_BYTES).ok(),
        };
        self.pending = None;
        self.saved = count;
        Ok(())
    }

    /// Save this session's answers to a new file next to the answers file; what to tell the user.
    fn keep_aside(&self, text: &str) -> String {
        let stem = crypt::inner_name(&self.path)
            .file_stem()
            .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
        // Encrypted as the answers are: never a plaintext copy of an encrypted file.
        let age = if self.seal.is_some() { ".age" } else { "" };
        for n in 1..100 {
            let aside = self
                .path
                .with_file_name(format!("{stem}.unsaved-{n}.toml{age}"));
            if std::fs::symlink_metadata(&aside).is_ok() {
                continue;
            }
            return match answers::save_text(&aside, text, "--file", self.seal.as_deref()) {
                Ok(()) => {
                    let shown = crate::text::shown_path(&self.path);
                    let aside = crate::text::shown_path(&aside);
                    let command = format!(
                        "icso-assess compare {} {}",
                        crate::text::shell_word(&shown),
                        crate::text::shell_word(&aside)
                    );
                    t!("assess-kept-aside", aside = aside, command = command)
                }
                Err(e) => t!("assess-not-kept", error = crate::error_line(&e)),
            };
        }
        t!("assess-not-kept-too-many")
    }

    /// On a signal: save the answer in progress, if there is one. How many answers are saved.
    pub(super) fn save_pending(&mut self) -> Result<usize> {
        if let Some(text) = self.pending.take() {
            let count = self.saved + 1;
            self.write(text, count)?;
        }
        Ok(self.saved)
    }
}

/// The store the flow and the signal watcher share; the mutex keeps their saves apart.
#[derive(Clone)]
pub(super) struct Shared(pub(super) Arc<Mutex<FileStore>>);

impl Shared {
    /// The store of the file at `path`, held by `lock`: `last` is what it holds on disk now
    /// (`None`: not written yet), with `saved` answers; `seal` encrypts every save.
    pub(super) fn new(
        path: PathBuf,
        lock: SessionLock,
        last: Option<Vec<u8>>,
        seal: Option<Arc<Seal>>,
        saved: usize,
    ) -> Self {
        Shared(Arc::new(Mutex::new(FileStore {
            path,
            lock,
            last,
            seal,
            pending: None,
            saved,
        })))
    }

    pub(super) fn get(&self) -> MutexGuard<'_, FileStore> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Store for Shared {
    fn save(&mut self, answers: &Answers, q: &Questionnaire) -> Result<()> {
        let text = answers::to_toml(answers, q);
        self.get().write(text, answers.answers.len())
    }

    fn pending(&mut self, answers: &Answers, q: &Questionnaire) {
        if !answers.questionnaire.is_empty() && !answers.respondent.is_empty() {
            self.get().pending = Some(answers::to_toml(answers, q));
        }
    }
}
