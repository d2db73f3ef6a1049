//! Whether an output would land on one of the command's own inputs, or on another of its outputs.
//! Existing files are compared by identity (device and inode on Unix, the canonical path
//! elsewhere), files not yet written by their canonical folder and name: never by spelling, so
//! `./a.toml`, `dir/../a.toml`, a hard link and a symbolic link to it are all caught.

use crate::catalogue::DataSource;
use crate::text::shown_path;
use anyhow::{Result, bail};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// What a path resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    /// An existing file (following symbolic links).
    #[cfg(unix)]
    Existing { dev: u64, ino: u64 },
    #[cfg(not(unix))]
    Existing(PathBuf),
    /// A file not written yet: its folder, canonical, and its name.
    Planned { folder: PathBuf, name: OsString },
}

fn identity(path: &Path) -> Option<Identity> {
    match std::fs::metadata(path) {
        Ok(meta) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                Some(Identity::Existing {
                    dev: meta.dev(),
                    ino: meta.ino(),
                })
            }
            #[cfg(not(unix))]
            {
                let _ = meta;
                std::fs::canonicalize(path).ok().map(Identity::Existing)
            }
        }
        Err(_) => {
            let name = path.file_name()?.to_os_string();
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let folder = std::fs::canonicalize(folder).ok()?;
            Some(Identity::Planned { folder, name })
        }
    }
}

/// A file a command reads or writes, how to name it in a message ("the answers file given to
/// --answers", "the report"), and for an output the option that names it (`-o`).
#[derive(Debug, Clone)]
pub struct Role<'a> {
    pub path: &'a Path,
    pub what: String,
    pub option: &'a str,
}

impl<'a> Role<'a> {
    /// A file the command reads.
    pub fn input(path: &'a Path, what: impl Into<String>) -> Self {
        Role {
            path,
            what: what.into(),
            option: "",
        }
    }

    /// A file the command writes, named on the command line by `option`.
    pub fn output(path: &'a Path, what: impl Into<String>, option: &'a str) -> Self {
        Role {
            path,
            what: what.into(),
            option,
        }
    }
}

/// Refuse when an output (`-`, standard output, excepted) is one of the inputs, or the same
/// file as another output. Call before anything is read or written. Devices such as /dev/null
/// may be written twice.
pub fn check_outputs(inputs: &[Role<'_>], outputs: &[Role<'_>]) -> Result<()> {
    let outputs: Vec<(&Role<'_>, Identity)> = outputs
        .iter()
        .filter(|o| !crate::io::output::is_stdout(Some(o.path)))
        .filter_map(|o| identity(o.path).map(|id| (o, id)))
        .collect();
    if outputs.is_empty() {
        return Ok(());
    }
    for input in inputs {
        let Some(id) = identity(input.path) else {
            continue;
        };
        if let Some((out, _)) = outputs.iter().find(|(_, o)| *o == id) {
            bail!(crate::t!(
                "err-output-is-input",
                output = out.what.clone(),
                path = shown_path(out.path),
                input = input.what.clone(),
                option = out.option.to_owned()
            ));
        }
    }
    for (i, (a, ida)) in outputs.iter().enumerate() {
        if std::fs::metadata(a.path).is_ok_and(|m| !m.is_file()) {
            continue;
        }
        if let Some((b, _)) = outputs[i + 1..].iter().find(|(_, idb)| idb == ida) {
            bail!(crate::t!(
                "err-outputs-collide",
                first = a.what.clone(),
                first_option = a.option.to_owned(),
                second = b.what.clone(),
                second_option = b.option.to_owned(),
                path = shown_path(a.path)
            ));
        }
    }
    Ok(())
}

/// The data files `--data DIR` would read, as inputs: `DIR/recommendations/*.yaml` and
/// `DIR/questionnaires/*.yaml`. The built-in data is in the binary: nothing to protect.
pub fn data_files(source: &DataSource) -> Vec<PathBuf> {
    let DataSource::Dir(dir) = source else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for sub in ["recommendations", "questionnaires"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        // Bounded like the data reader: a folder of 100,000 files is refused there anyway.
        for entry in entries.flatten().take(10_000) {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                files.push(path);
            }
        }
    }
    files
}

/// [`check_outputs`] with the data files of `source` added to the inputs.
pub fn check_outputs_with_data(
    source: &DataSource,
    inputs: &[Role<'_>],
    outputs: &[Role<'_>],
) -> Result<()> {
    if outputs
        .iter()
        .all(|o| crate::io::output::is_stdout(Some(o.path)))
    {
        return Ok(());
    }
    let data = data_files(source);
    let mut all: Vec<Role<'_>> = inputs.to_vec();
    all.extend(
        data.iter()
            .map(|p| Role::input(p, crate::t!("err-role-data-file"))),
    );
    check_outputs(&all, outputs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::assert_contains;

    fn err(inputs: &[Role<'_>], outputs: &[Role<'_>]) -> String {
        check_outputs(inputs, outputs)
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn an_output_on_an_input_is_refused_however_it_is_spelled() {
        let (dir, a) = crate::testing::dir_with("a.toml", "x");
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let dotted = sub.join("..").join("a.toml");
        let hard = dir.path().join("hard.toml");
        std::fs::hard_link(&a, &hard).unwrap();
        let input = [Role::input(&a, "the answers file")];
        for out in [&a, &dotted, &hard] {
            let message = err(&input, &[Role::output(out, "the report", "-o")]);
            assert!(
                message.contains("that is the answers file") && message.ends_with("for -o"),
                "{message}"
            );
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link.toml");
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(check_outputs(&input, &[Role::output(&link, "the report", "-o")]).is_err());
        }
        let other = dir.path().join("b.toml");
        check_outputs(&input, &[Role::output(&other, "the report", "-o")]).unwrap();
        check_outputs(&input, &[Role::output(Path::new("-"), "the report", "-o")]).unwrap();
    }

    #[test]
    fn two_outputs_on_one_new_file_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let one = dir.path().join("new.toml");
        let two = sub.join("..").join("new.toml");
        let message = err(
            &[],
            &[
                Role::output(&one, "the report", "-o"),
                Role::output(&two, "the combined answers", "--save-combined"),
            ],
        );
        assert_contains(&message, &["would both be written"]);
        check_outputs(
            &[],
            &[
                Role::output(Path::new("/dev/null"), "the report", "-o"),
                Role::output(
                    Path::new("/dev/null"),
                    "the combined answers",
                    "--save-combined",
                ),
            ],
        )
        .unwrap();
    }

    #[test]
    fn data_files_are_inputs() {
        let (dir, file) = crate::testing::dir_with("recommendations/00-guide.yaml", "x");
        let source = DataSource::Dir(dir.path().to_path_buf());
        let message =
            check_outputs_with_data(&source, &[], &[Role::output(&file, "the report", "-o")])
                .expect_err("refused")
                .to_string();
        assert_contains(&message, &["a data file of --data"]);
    }
}
