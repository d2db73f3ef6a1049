//! `template --questionnaire ID`: a blank, commented answers file to fill in an editor or by
//! email. Never overwrites an existing file: it may hold someone's answers.

use super::Global;
use crate::answers;
use crate::io::identity::Role;
use crate::io::output;
use anyhow::{Result, bail};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    pub questionnaire: String,
    pub output: Option<PathBuf>,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let outputs: Vec<Role<'_>> = opts
        .output
        .iter()
        .map(|path| Role::output(path, "the template", "-o"))
        .collect();
    let data = super::load_data(global, &[], &outputs)?;
    let q = super::questionnaire(&data, &opts.questionnaire)?;
    let text = answers::template(&data, q);
    match &opts.output {
        Some(path) if !output::is_stdout(Some(path)) => {
            if std::fs::symlink_metadata(path).is_ok() {
                bail!(
                    "{} already exists and may hold answers; choose another file name, or delete it first",
                    crate::text::shown_path(path)
                );
            }
            // Private like the answers file it becomes: editors keep the mode when saving.
            output::write_file(path, output::Access::Private, |out| {
                out.write_all(text.as_bytes())
            })?;
            let shown = crate::text::shown_path(path);
            eprintln!(
                "Wrote a blank {} questionnaire to {shown}. Fill it in, then run: icso-assess report --answers {}",
                q.id,
                crate::text::shell_word(&shown),
            );
            Ok(0)
        }
        _ => super::print(&text),
    }
}
