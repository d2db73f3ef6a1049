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
        bail!(
            "cannot write {shown}: the folder {} does not exist; create it first or choose another path",
            crate::text::shown_path(parent)
        );
    }
    if path.is_dir() {
        bail!("cannot write {shown}: it is a folder; give a file name");
    }
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        bail!("cannot write {shown}: it is a symbolic link; give the real file's path");
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
        bail!(
            "cannot write {shown}: a name ending in .age is for an encrypted file, and this one would not be encrypted; say who may read it with --encrypt-to, --recipients-file or --passphrase where the command takes them, or give a name without .age"
        );
    }
    if holds_ciphertext(path) {
        bail!(
            "cannot write {shown}: it is an encrypted file, and this would replace it with one anyone can read; encrypt it too (--encrypt-to, --recipients-file or --passphrase, with a name ending in .age), or choose another file name"
        );
    }
    Ok(())
}

/// Whether the regular file at `path` is an age file now, by its first bytes. Opened without
/// waiting (a named pipe swapped in cannot hold the open), and only a regular file is read.
fn holds_ciphertext(path: &Path) -> bool {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = open_to_peek(path) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut start = Vec::with_capacity(64);
    file.take(64).read_to_end(&mut start).is_ok() && crypt::is_encrypted(&start)
}

#[cfg(unix)]
fn open_to_peek(path: &Path) -> std::io::Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    Ok(std::fs::File::from(rustix::fs::open(
        path,
        flags,
        Mode::empty(),
    )?))
}

#[cfg(not(unix))]
fn open_to_peek(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
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
        return anyhow::Error::new(err).context(format!("cannot write {shown}"));
    }
    anyhow!("cannot write {shown}: {}", reason(&err))
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
            bail!(
                "cannot write {shown}: it is a named pipe with no reader; start the reader first or write to a file"
            )
        }
        Err(e) => bail!("cannot write {shown}: {}", reason(&e.into())),
    };
    let file = std::fs::File::from(fd);
    let blocking = rustix::fs::fcntl_getfl(&file)
        .and_then(|f| rustix::fs::fcntl_setfl(&file, f - OFlags::NONBLOCK));
    if let Err(e) = blocking {
        bail!("cannot write {shown}: {}", reason(&e.into()));
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_in_place(path: &Path, shown: &str) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| anyhow!("cannot write {shown}: {}", reason(&e)))
}

/// Why a write failed, in words and with what to do: no path (the temporary file's name means
/// nothing to users) and no OS error number.
pub fn reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let words = match err.kind() {
        K::StorageFull => "the disk is full; free some space or write elsewhere",
        K::QuotaExceeded => "the disk quota is used up; free some space or write elsewhere",
        K::PermissionDenied => {
            "permission denied; choose a folder you may write to, or get write access"
        }
        K::ReadOnlyFilesystem => "the file system is read-only; write elsewhere",
        K::FileTooLarge => {
            "the file is too large for this file system; write to another file system"
        }
        K::NotFound => "the folder no longer exists; create it or choose another path",
        K::IsADirectory => "it is a folder; give a file name",
        K::BrokenPipe => "the reader closed the pipe",
        K::WouldBlock => "it is not ready for writing; write to a file instead",
        _ => return other_reason(err),
    };
    words.to_string()
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
