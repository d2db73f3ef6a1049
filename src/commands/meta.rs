//! Commands about the tool itself: `init-data` (a copy of the built-in data to adapt) and
//! `schema` (the JSON Schemas of the file formats).

use super::Global;
use crate::catalogue::source::BUILTIN;
use crate::schema::{self, Kind};
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct InitData {
    pub dir: PathBuf,
}

/// Write the built-in data and the schemas its files point to into a new folder.
pub fn init_data(_global: &Global, opts: &InitData) -> Result<u8> {
    let dir = &opts.dir;
    let shown = dir.display();
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).with_context(|| format!("cannot read {shown}"))?;
        if entries.next().is_some() {
            bail!("{shown} is not empty; choose a new folder so nothing in it is overwritten");
        }
    }
    for sub in ["recommendations", "questionnaires", "schemas"] {
        std::fs::create_dir_all(dir.join(sub))
            .with_context(|| format!("cannot create {}", dir.join(sub).display()))?;
    }
    for (path, text) in BUILTIN {
        let target = dir.join(path);
        std::fs::write(&target, text).map_err(|e| cannot_write(&target, &e))?;
    }
    for kind in Kind::ALL {
        let target = dir.join("schemas").join(kind.file_name());
        std::fs::write(&target, schema::text(kind)).map_err(|e| cannot_write(&target, &e))?;
    }
    eprintln!(
        "Wrote {} data files and their schemas to {shown}. Edit them, then check with: icso-assess validate --data {shown}",
        BUILTIN.len()
    );
    Ok(0)
}

/// Files are written in a folder that was new or empty, so nothing there can be a named pipe
/// or a link to follow; the error says why in words, without the OS error number.
fn cannot_write(target: &std::path::Path, err: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot write {}: {}",
        crate::text::one_line(&target.display().to_string()),
        crate::output::reason(err)
    )
}

pub fn schema(kind: Kind, out: &mut dyn Write) -> Result<u8> {
    out.write_all(schema::text(kind).as_bytes())?;
    Ok(0)
}
