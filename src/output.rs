//! Writing a command's output: to standard output, or to a file replaced atomically (a temp
//! file in the same folder, synced, then renamed) so no reader ever sees half a report.

use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::Path;

/// Where output goes: `None` or `-` is standard output.
pub fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p == Path::new("-"))
}

/// Write to `path` atomically with `write`. Files are created readable by their owner only:
/// reports describe sensitive decisions.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let shown = path.display();
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        bail!(
            "cannot write {shown}: the folder {} does not exist; create it first or choose another path",
            parent.display()
        );
    }
    if path.is_dir() {
        bail!("cannot write {shown}: it is a folder; give a file name");
    }
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        bail!("cannot write {shown}: it is a symbolic link; give the real file's path");
    }
    // A device or pipe (`-o /dev/null`, a FIFO) is written in place: renaming a file over it
    // would replace /dev/null itself with a regular file for everyone.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("cannot write {shown}"))?;
        let mut buf = std::io::BufWriter::new(file);
        write(&mut buf).with_context(|| format!("cannot write {shown}"))?;
        buf.flush()
            .with_context(|| format!("cannot write {shown}"))?;
        return Ok(());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".icso-assess-")
        .suffix(".tmp")
        .tempfile_in(parent)
        .with_context(|| {
            format!(
                "cannot write {shown}: cannot create a file in {}",
                parent.display()
            )
        })?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).with_context(|| format!("cannot write {shown}"))?;
        buf.flush()
            .with_context(|| format!("cannot write {shown}"))?;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {shown}"))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {shown}"))?;
    Ok(())
}
