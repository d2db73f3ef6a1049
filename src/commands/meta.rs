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
        std::fs::write(&target, text)
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    for kind in Kind::ALL {
        let target = dir.join("schemas").join(kind.file_name());
        std::fs::write(&target, schema::text(kind))
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    eprintln!(
        "Wrote {} data files and their schemas to {shown}. Edit them, then check with: icso-assess validate --data {shown}",
        BUILTIN.len()
    );
    Ok(0)
}

pub fn schema(kind: Kind, out: &mut dyn Write) -> Result<u8> {
    out.write_all(schema::text(kind).as_bytes())?;
    Ok(0)
}
