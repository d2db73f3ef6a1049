//! Where the data files come from: the copies embedded in the binary, or `DIR/recommendations`
//! and `DIR/questionnaires`. Reading is bounded and refuses anything but regular files.

use crate::diagnostics::Finding;
use crate::yaml::MAX_FILE_BYTES;
use anyhow::{Context, Result, bail};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The repo's own data files, compiled in so the binary works anywhere.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "recommendations/00-guide.yaml",
        include_str!("../../recommendations/00-guide.yaml"),
    ),
    (
        "recommendations/01-organisational-capacity.yaml",
        include_str!("../../recommendations/01-organisational-capacity.yaml"),
    ),
    (
        "recommendations/02-sector-collaboration.yaml",
        include_str!("../../recommendations/02-sector-collaboration.yaml"),
    ),
    (
        "recommendations/03-1-belt-and-road.yaml",
        include_str!("../../recommendations/03-1-belt-and-road.yaml"),
    ),
    (
        "recommendations/03-2-technology.yaml",
        include_str!("../../recommendations/03-2-technology.yaml"),
    ),
    (
        "recommendations/03-3-chinese-ngos.yaml",
        include_str!("../../recommendations/03-3-chinese-ngos.yaml"),
    ),
    (
        "recommendations/03-4-global-governance.yaml",
        include_str!("../../recommendations/03-4-global-governance.yaml"),
    ),
    (
        "questionnaires/full.yaml",
        include_str!("../../questionnaires/full.yaml"),
    ),
    (
        "questionnaires/quick.yaml",
        include_str!("../../questionnaires/quick.yaml"),
    ),
];

/// Where to read the data from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    Builtin,
    Dir(PathBuf),
}

impl DataSource {
    /// How the source is named in messages.
    pub fn describe(&self) -> String {
        match self {
            DataSource::Builtin => "the built-in data".to_string(),
            DataSource::Dir(dir) => format!("the data in {}", crate::text::shown_path(dir)),
        }
    }
}

/// One data file's text, named by the path users see in messages.
#[derive(Debug, Clone)]
pub struct DataFile {
    pub path: String,
    pub text: String,
}

/// The data files found, and those that could not be read.
#[derive(Debug, Default)]
pub struct DataFiles {
    pub recommendations: Vec<DataFile>,
    pub questionnaires: Vec<DataFile>,
    pub problems: Vec<Finding>,
}

/// Read every data file of `source`. An error means nothing could be checked at all.
pub fn read(source: &DataSource) -> Result<DataFiles> {
    match source {
        DataSource::Builtin => Ok(builtin()),
        DataSource::Dir(dir) => read_dir(dir),
    }
}

fn builtin() -> DataFiles {
    let mut files = DataFiles::default();
    for (path, text) in BUILTIN {
        let file = DataFile {
            path: (*path).to_string(),
            text: (*text).to_string(),
        };
        if path.starts_with("recommendations/") {
            files.recommendations.push(file);
        } else {
            files.questionnaires.push(file);
        }
    }
    files
}

fn display(dir: &Path, sub: &str, name: &str) -> String {
    let joined = dir.join(sub).join(name);
    let shown = joined.to_string_lossy().into_owned();
    shown
        .strip_prefix("./")
        .map(str::to_string)
        .unwrap_or(shown)
}

fn read_dir(dir: &Path) -> Result<DataFiles> {
    let meta = std::fs::metadata(dir)
        .with_context(|| format!("cannot read data folder {}", dir.display()))?;
    if !meta.is_dir() {
        bail!(
            "{} is not a folder; --data takes the folder that holds recommendations/ and questionnaires/",
            dir.display()
        );
    }
    let mut files = DataFiles::default();
    for sub in ["recommendations", "questionnaires"] {
        let sub_dir = dir.join(sub);
        // A data folder from a pull request could point recommendations/ anywhere on the runner.
        if std::fs::symlink_metadata(&sub_dir).is_ok_and(|m| m.file_type().is_symlink()) {
            bail!(
                "{} is a symbolic link, which icso-assess does not follow; make {sub}/ a real folder",
                sub_dir.display()
            );
        }
        if !sub_dir.is_dir() {
            bail!(
                "{} has no {sub}/ folder; --data takes the folder that holds recommendations/ and questionnaires/ (icso-assess init-data DIR writes a copy to start from)",
                dir.display()
            );
        }
        let mut names = Vec::new();
        for entry in std::fs::read_dir(&sub_dir)
            .with_context(|| format!("cannot list {}", sub_dir.display()))?
        {
            let entry = entry.with_context(|| format!("cannot list {}", sub_dir.display()))?;
            // Shown lossily, but read by its real name, which need not be UTF-8.
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") || name.ends_with(".yml") {
                names.push((name, entry.file_name()));
            }
        }
        names.sort();
        for (name, real) in names {
            let shown = display(dir, sub, &name);
            match read_file(&sub_dir.join(real)) {
                Ok(text) => {
                    let file = DataFile { path: shown, text };
                    if sub == "recommendations" {
                        files.recommendations.push(file);
                    } else {
                        files.questionnaires.push(file);
                    }
                }
                Err(why) => files
                    .problems
                    .push(Finding::new("unreadable-file", &shown, None, why)),
            }
        }
    }
    if files.recommendations.is_empty()
        && files.questionnaires.is_empty()
        && files.problems.is_empty()
    {
        bail!(
            "{} holds no .yaml files under recommendations/ or questionnaires/",
            dir.display()
        );
    }
    Ok(files)
}

/// Read a file we were told to trust only as far as its size, kind and encoding allow.
pub fn read_file(path: &Path) -> std::result::Result<String, String> {
    let bytes = read_bounded(path, MAX_FILE_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Read at most `limit` bytes from a regular file, refusing symlinks, folders and devices.
pub fn read_bounded(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| io_reason(&e))?;
    if meta.file_type().is_symlink() {
        return Err("is a symbolic link; give the file itself".to_string());
    }
    if meta.is_dir() {
        return Err("is a folder, not a file".to_string());
    }
    if !meta.is_file() {
        return Err("is not a regular file".to_string());
    }
    if meta.len() > limit {
        return Err(format!(
            "is {} bytes, over the limit of {limit} bytes",
            meta.len()
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    // The path could have been swapped for a link between the look and the open.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let opened = file.metadata().map_err(|e| io_reason(&e))?;
        if (opened.dev(), opened.ino()) != (meta.dev(), meta.ino()) {
            return Err("changed while it was being read; try again".to_string());
        }
    }
    // Elsewhere std has no stable file identity: the opened file must at least still be a
    // regular file of the size looked at.
    #[cfg(not(unix))]
    {
        let opened = file.metadata().map_err(|e| io_reason(&e))?;
        if !opened.is_file() || opened.len() != meta.len() {
            return Err("changed while it was being read; try again".to_string());
        }
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(format!("is over the limit of {limit} bytes"));
    }
    Ok(bytes)
}

/// An I/O error in words, without the OS error number.
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "does not exist".to_string(),
        K::PermissionDenied => "cannot be read: permission denied".to_string(),
        K::IsADirectory => "is a folder, not a file".to_string(),
        K::InvalidData => "is not UTF-8 text".to_string(),
        _ => {
            let text = err.to_string();
            let text = match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            format!("cannot be read: {}", text.to_lowercase())
        }
    }
}
