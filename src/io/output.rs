//! Writing a command's output: to standard output, or to a file replaced atomically (a temp
//! file in the same folder, synced, then renamed) so no reader ever sees half a report; and
//! encrypted, when a [`Seal`] is given, inside that same path: the age writer streams into the
//! temp file, which so only ever holds ciphertext.

use crate::io::crypt::{self, Seal};
use anyhow::{Result, anyhow, bail};
use std::io::{Read, Write};
use std::path::Path;

/// Where output goes: `None` or `-` is standard output.
pub fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p == Path::new("-"))
}

/// Who may read a file the tool writes. Every writer names one, so no file is private or shared
/// because of a default nobody chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Readable and writable by the owner only (0600 on Unix) whatever the umask, also when it
    /// replaces a wider file: answers files, which hold every answer and note as they are
    /// typed, and templates, which become answers files once filled in (editors keep a file's
    /// mode when they save it).
    Private,
    /// With the mode any program gives a new file: 0666 less the process umask on Unix (0644
    /// under the usual 022), so colleagues can open a report on a shared drive when the folder
    /// lets them. Reports and copies of the guide's data are written to be passed on.
    Shared,
}

/// Write to `path` atomically with `write`, readable as `access` says.
///
/// Every error names `path` and says why in words (the disk is full, permission denied...),
/// never the temporary file's name or an OS error number. A closed pipe stays an
/// [`std::io::ErrorKind::BrokenPipe`] error, which `main` treats as success.
pub fn write_file(
    path: &Path,
    access: Access,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    write_sealed(path, access, None, write)
}

/// [`write_file`], encrypted with `seal` when there is one: what `write` writes goes through
/// the age writer into the temporary file, so no plaintext reaches the disk. Without a seal, a
/// name ending in `.age` and a file that is encrypted now are refused (see [`check_seal`]).
pub fn write_sealed(
    path: &Path,
    access: Access,
    seal: Option<&Seal>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let shown = crate::text::shown_path(path);
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        bail!(crate::t!(
            "err-write-no-folder",
            path = shown,
            folder = crate::text::shown_path(parent)
        ));
    }
    if path.is_dir() {
        bail!(crate::t!("err-write-is-folder", path = shown));
    }
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        bail!(crate::t!("err-write-symlink", path = shown));
    }
    check_seal(path, seal)?;
    let failed = |err: std::io::Error| fail(&shown, err);
    // A device or pipe (`-o /dev/null`, a FIFO) is written in place: renaming a file over it
    // would replace /dev/null itself with a regular file for everyone.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = open_in_place(path, &shown)?;
        let mut buf = std::io::BufWriter::new(file);
        sealed(seal, &mut buf, write).map_err(failed)?;
        buf.flush().map_err(failed)?;
        return Ok(());
    }
    replace(path, parent, access, seal, write).map_err(failed)
}

/// Refuse to write plaintext where ciphertext belongs: without a seal, to a name ending in
/// `.age` (the name says it is encrypted, and readers would trust it), or over a file that is
/// encrypted now (which would replace it with one anyone can read).
pub fn check_seal(path: &Path, seal: Option<&Seal>) -> Result<()> {
    if seal.is_some() {
        return Ok(());
    }
    let shown = crate::text::shown_path(path);
    if crypt::is_sealed_name(path) {
        bail!(crate::t!("err-write-age-name-plain", path = shown));
    }
    if holds_ciphertext(path) {
        bail!(crate::t!("err-write-over-encrypted", path = shown));
    }
    Ok(())
}

/// Whether the regular file at `path` is an age file now, by its first bytes. Opened without
/// waiting (a named pipe swapped in cannot hold the open), and only a regular file is read.
fn holds_ciphertext(path: &Path) -> bool {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = icso_data::catalogue::source::open_nonblocking(path) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut start = Vec::with_capacity(64);
    file.take(64).read_to_end(&mut start).is_ok() && crypt::is_encrypted(&start)
}

/// Run `write` into `out`, through `seal` when there is one.
fn sealed(
    seal: Option<&Seal>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    match seal {
        Some(seal) => seal.write(out, write),
        None => write(out),
    }
}

/// The one atomic replace, for answers and every output alike: a temporary file in `folder`
/// with the mode `access` gives, written, flushed and synced, renamed over `path` (which so
/// takes that mode, whatever the file it replaces had), then the folder synced so the rename
/// survives a crash. With a seal, `write` writes into the age writer, which writes only
/// ciphertext into the temporary file. Errors keep their I/O kind for the caller's message; none
/// names the temporary file. Callers check [`check_seal`] first.
pub fn replace(
    path: &Path,
    folder: &Path,
    access: Access,
    seal: Option<&Seal>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".icso-assess-").suffix(".tmp");
    #[cfg(unix)]
    if access == Access::Shared {
        // 0666 goes to open(2), and the kernel takes the umask off it (or applies the folder's
        // default ACL) as for any program's new file. Reading the umask instead would mean
        // setting it, for the whole process, while other threads may be creating files.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder)?;
    #[cfg(unix)]
    if access == Access::Private {
        // tempfile creates 0600 already; said again here so that a change of its default
        // cannot widen an answers file.
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = access;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        sealed(seal, &mut buf, write)?;
        buf.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_folder(folder);
    Ok(())
}

/// Make a rename durable. Best effort: the new file is already in place, and some file systems
/// cannot sync a folder.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// The error for a failed write to `shown`: a closed pipe kept as the I/O error it is (so `main`
/// can tell it apart), anything else in words.
fn fail(shown: &str, err: std::io::Error) -> anyhow::Error {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        return anyhow::Error::new(err).context(crate::t!("err-write", path = shown.to_owned()));
    }
    anyhow!(crate::t!(
        "err-write-because",
        path = shown.to_owned(),
        reason = reason(&err)
    ))
}

/// Open a device or named pipe for writing without waiting for a reader: a FIFO nobody reads
/// would otherwise block the open forever. Once open, writes wait as usual.
#[cfg(unix)]
fn open_in_place(path: &Path, shown: &str) -> Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    use std::os::unix::fs::FileTypeExt;
    let flags = OFlags::WRONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NXIO)
            if std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo()) =>
        {
            bail!(crate::t!("err-write-fifo", path = shown.to_owned()))
        }
        Err(e) => bail!(crate::t!(
            "err-write-because",
            path = shown.to_owned(),
            reason = reason(&e.into())
        )),
    };
    let file = std::fs::File::from(fd);
    let blocking = rustix::fs::fcntl_getfl(&file)
        .and_then(|f| rustix::fs::fcntl_setfl(&file, f - OFlags::NONBLOCK));
    if let Err(e) = blocking {
        bail!(crate::t!(
            "err-write-because",
            path = shown.to_owned(),
            reason = reason(&e.into())
        ));
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_in_place(path: &Path, shown: &str) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| {
            anyhow!(crate::t!(
                "err-write-because",
                path = shown.to_owned(),
                reason = reason(&e)
            ))
        })
}

/// Why a write failed, in words and with what to do: no path (the temporary file's name means
/// nothing to users) and no OS error number.
pub fn reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::StorageFull => crate::t!("err-write-reason-disk-full"),
        K::QuotaExceeded => crate::t!("err-write-reason-quota"),
        K::PermissionDenied => crate::t!("err-write-reason-permission"),
        K::ReadOnlyFilesystem => crate::t!("err-write-reason-read-only"),
        K::FileTooLarge => crate::t!("err-write-reason-too-large"),
        K::NotFound => crate::t!("err-write-reason-folder-gone"),
        K::IsADirectory => crate::t!("err-write-reason-is-folder"),
        K::BrokenPipe => crate::t!("err-write-reason-pipe-closed"),
        K::WouldBlock => crate::t!("err-write-reason-not-ready"),
        _ => other_reason(err),
    }
}

/// Why a file could not be read, as the data crate's reader says it (in English, to follow the
/// file's name: "does not exist"), in the current language; a reason it does not know (the
/// system's own words) is kept as it is. The data crate stays English: its few fixed reasons
/// are translated here, where they reach people.
pub fn read_reason(why: &str) -> String {
    if let Some(os) = why.strip_prefix("cannot be read: ")
        && os != "permission denied"
    {
        return crate::t!("err-read-cannot-be-read", reason = os.to_owned());
    }
    if let Some((len, limit)) = why
        .strip_prefix("is ")
        .and_then(|r| r.strip_suffix(" bytes"))
        .and_then(|r| r.split_once(" bytes, over the limit of "))
        .and_then(|(a, b)| Some((a.parse::<u64>().ok()?, b.parse::<u64>().ok()?)))
    {
        return crate::t!("err-read-too-large", size = len, limit = limit);
    }
    match why {
        "does not exist" => crate::t!("err-read-not-found"),
        "cannot be read: permission denied" => crate::t!("err-read-permission"),
        "is a folder, not a file" => crate::t!("err-read-folder"),
        "is not UTF-8 text" => crate::t!("err-read-not-utf8"),
        "changed while it was being read; try again" => crate::t!("err-read-changed"),
        "grew while it was being read; try again when nothing is writing to it" => {
            crate::t!("err-read-grew")
        }
        "is a symbolic link; give the file itself" => crate::t!("err-read-symlink"),
        "is a named pipe, not a regular file; save its content to a file and give that" => {
            crate::t!("err-read-fifo")
        }
        "is a device, not a regular file; give a file" => crate::t!("err-read-device"),
        "is a socket, not a regular file; give a file" => crate::t!("err-read-socket"),
        "is not a regular file; give a file" => crate::t!("err-read-not-regular"),
        other => other.to_owned(),
    }
}

/// The system's words for an error without a sentence of our own: the OS message without its
/// number, and without the path tempfile appends (" at path ...") to the errors it passes on.
pub(crate) fn other_reason(err: &std::io::Error) -> String {
    let mut text = err.to_string();
    for marker in [" (os error", " at path "] {
        if let Some(i) = text.find(marker) {
            text.truncate(i);
        }
    }
    if text.trim().is_empty() {
        text = err.kind().to_string();
    }
    crate::text::clip(&text.to_lowercase(), 200)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn reasons_are_words_without_paths_or_numbers() {
        for (code, words) in [
            (28, "the disk is full; free some space or write elsewhere"),
            (30, "the file system is read-only; write elsewhere"),
            (
                13,
                "permission denied; choose a folder you may write to, or get write access",
            ),
            (
                27,
                "the file is too large for this file system; write to another file system",
            ),
        ] {
            assert_eq!(reason(&Error::from_raw_os_error(code)), words);
        }
        assert_eq!(reason(&Error::from_raw_os_error(5)), "input/output error");
        // tempfile appends the temporary file's path to the errors it passes on.
        let err = tempfile::Builder::new()
            .prefix(".icso-assess-")
            .tempfile_in("/nonexistent/icso")
            .unwrap_err();
        assert!(err.to_string().contains("at path"), "{err}");
        assert_eq!(
            reason(&err),
            "the folder no longer exists; create it or choose another path"
        );
        let wrapped = Error::other(format!(
            "{} at path \"/x/.icso-assess-1.tmp\"",
            Error::from_raw_os_error(5)
        ));
        assert_eq!(reason(&wrapped), "input/output error");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_named_in_words() {
        let path = Path::new("/dev/full");
        if !path.exists() {
            return;
        }
        let err =
            write_file(path, Access::Shared, |out| out.write_all(&[b'x'; 100_000])).unwrap_err();
        assert_eq!(
            format!("{err:#}"),
            "cannot write /dev/full: the disk is full; free some space or write elsewhere"
        );
    }

    /// The writer of an encrypted file only ever hands ciphertext to the disk: while the
    /// plaintext is being written (far more than age's 64 KiB chunk and the buffer), every file
    /// in the folder, the temporary one included, holds the age header and none of it.
    #[test]
    fn an_encrypted_write_puts_only_ciphertext_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let key = crypt::new_identity("2026-01-01");
        let request = crypt::Request {
            encrypt_to: vec![key.recipient.clone()],
            ..crypt::Request::default()
        };
        let seal = Seal::from_request(&request, "x").unwrap();
        let path = dir.path().join("answers.toml.age");
        let marker = b"organisation = \"Secret Relief\"\n";
        let scans = std::cell::Cell::new(0);
        let scan = || {
            for entry in std::fs::read_dir(dir.path()).unwrap() {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap();
                assert!(
                    !bytes.windows(marker.len()).any(|w| w == marker),
                    "plaintext reached the disk"
                );
                if !bytes.is_empty() {
                    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
                }
            }
            scans.set(scans.get() + 1);
        };
        write_sealed(&path, Access::Private, Some(&seal), |out| {
            for i in 0..20_000 {
                out.write_all(marker)?;
                // At the start, then every 32 KB or so (age writes a chunk every 64 KiB).
                if i < 50 || i % 1000 == 0 {
                    out.flush()?;
                    scan();
                }
            }
            out.flush()?;
            scan();
            Ok(())
        })
        .unwrap();
        scan();
        assert!(scans.get() > 60);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let keys_file = dir.path().join("k");
        std::fs::write(&keys_file, {
            let mut text = Vec::new();
            key.write(&mut text).unwrap();
            text
        })
        .unwrap();
        let opened =
            crypt::read(&path, 1 << 20, &crypt::Keys::new(vec![keys_file])).expect("decrypts");
        assert_eq!(opened.bytes.len(), marker.len() * 20_000);
    }

    #[test]
    fn plaintext_never_goes_to_an_age_name_or_over_an_encrypted_file() {
        let dir = tempfile::tempdir().unwrap();
        let named = dir.path().join("report.html.age");
        let err = write_file(&named, Access::Shared, |out| out.write_all(b"x")).unwrap_err();
        assert!(err.to_string().contains("a name ending in .age"), "{err}");
        assert!(!named.exists());
        let sealed = dir.path().join("report.html");
        std::fs::write(&sealed, b"age-encryption.org/v1\n-> X25519 abc\n").unwrap();
        let err = write_file(&sealed, Access::Shared, |out| out.write_all(b"x")).unwrap_err();
        assert!(err.to_string().contains("it is an encrypted file"), "{err}");
        assert!(
            std::fs::read(&sealed)
                .unwrap()
                .starts_with(b"age-encryption")
        );
    }

    #[test]
    fn a_closed_pipe_stays_an_io_error() {
        let err = fail("out.txt", Error::from(ErrorKind::BrokenPipe));
        assert!(crate::is_broken_pipe(&err));
    }
}
