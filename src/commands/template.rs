//! `template --questionnaire ID`: a blank, commented answers file to fill in an editor or by
//! email. Never overwrites an existing file: it may hold someone's answers.

use super::Global;
use crate::answers;
use crate::catalogue;
use crate::io::identity::{self, Role};
use crate::output;
use anyhow::{Result, bail};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    pub questionnaire: String,
    pub output: Option<PathBuf>,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    if let Some(path) = &opts.output {
        identity::check_outputs_with_data(
            &global.data,
            &[],
            &[Role::output(path, "the template", "-o")],
        )?;
    }
    let data = catalogue::load(&global.data)?;
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
            output::write_file(path, |out| out.write_all(text.as_bytes()))?;
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
