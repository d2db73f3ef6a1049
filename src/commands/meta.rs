//! Commands about the tool itself: `init-data` (a copy of the built-in data, its translations
//! and its schemas, to adapt) and `schema` (the JSON Schemas of the file formats).

use super::Global;
use crate::catalogue::source::BUILTIN;
use crate::io::output;
use crate::overlay::BUILTIN as OVERLAYS;
use crate::schema::{self, Kind};
use crate::text::{shell_word, shown_path};
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct InitData {
    pub dir: PathBuf,
}

/// Write the built-in data, its translation overlays (`translations/<lang>/`, which `--data`
/// reads) and the schemas its files point to into a new folder. Each file is
/// written atomically; when any write fails (a full disk), everything this run created is
/// removed again, so a rerun starts from the same empty folder.
pub fn init_data(_global: &Global, opts: &InitData) -> Result<u8> {
    let dir = &opts.dir;
    let shown = shown_path(dir);
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| crate::t!("err-init-data-unreadable", path = shown.clone()))?;
        if entries.next().is_some() {
            bail!(crate::t!("err-init-data-not-empty", path = shown));
        }
    }
    let mut created = Created::default();
    let written = write_all(dir, &mut created);
    if written.is_err() {
        created.undo();
    }
    written?;
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-init-data",
            count = BUILTIN.len(),
            translations = OVERLAYS.len(),
            dir = shell_word(&shown),
            path = shown
        )
    );
    Ok(0)
}

/// What one run of init-data made, to remove if it cannot finish.
#[derive(Default)]
struct Created {
    folders: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl Created {
    fn folder(&mut self, path: PathBuf) -> Result<()> {
        if path.is_dir() {
            return Ok(());
        }
        std::fs::create_dir(&path)
            .with_context(|| crate::t!("err-create-folder", path = shown_path(&path)))?;
        self.folders.push(path);
        Ok(())
    }

    fn file(&mut self, path: PathBuf, text: &str) -> Result<()> {
        // A copy of the published guide's data, for a team to edit together: nothing private.
        output::write_file(&path, output::Access::Shared, |out| {
            out.write_all(text.as_bytes())
        })?;
        self.files.push(path);
        Ok(())
    }

    /// Remove files, then folders, newest first. Best effort: it runs after a failure.
    fn undo(&self) {
        for file in self.files.iter().rev() {
            let _ = std::fs::remove_file(file);
        }
        for folder in self.folders.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
    }
}

fn write_all(dir: &Path, created: &mut Created) -> Result<()> {
    // The folder and any missing parents, recorded so that a failure removes them too.
    let mut missing: Vec<PathBuf> = dir
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty() && !a.exists())
        .map(Path::to_path_buf)
        .collect();
    missing.reverse();
    for folder in missing {
        created.folder(folder)?;
    }
    for sub in ["recommendations", "questionnaires", "schemas"] {
        created.folder(dir.join(sub))?;
    }
    for (path, text) in BUILTIN {
        created.file(dir.join(path), text)?;
    }
    for (_, path, text) in OVERLAYS {
        let path = dir.join(path);
        // translations/, translations/<lang>/ and its sub-folder, as far as they are missing.
        let mut missing: Vec<PathBuf> = path
            .ancestors()
            .skip(1)
            .take_while(|a| *a != dir)
            .map(Path::to_path_buf)
            .collect();
        missing.reverse();
        for folder in missing {
            created.folder(folder)?;
        }
        created.file(path, text)?;
    }
    for kind in Kind::ALL {
        created.file(
            dir.join("schemas").join(kind.file_name()),
            &schema::text(kind),
        )?;
    }
    Ok(())
}

pub fn schema(kind: Kind, out: &mut dyn Write) -> Result<u8> {
    out.write_all(schema::text(kind).as_bytes())?;
    Ok(0)
}
