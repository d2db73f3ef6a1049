//! `workshop pack FILE|FOLDER... -o FILE`: the pack a facilitator prints for a workshop in which
//! a group agrees one position from its members' answers: the agenda, an overview, a sheet per
//! disagreement, the questions to confirm, the top priorities and the next steps, as a page to
//! print (HTML) or a Word document. The answers are read as `aggregate` reads them, with the
//! same errors and warnings.

use super::Global;
use crate::analysis::aggregate::{self, agenda, inputs};
use crate::catalogue;
use crate::document::workshop::{Pack, build};
use crate::io::identity::{self, Role};
use crate::io::output::{self, Access};
use crate::io::term::{PIPE_WIDTH, Style};
use crate::render::Format;
use crate::report::{DEFAULT_TOP, Report};
use crate::text::shown_path;
use anyhow::{Result, bail};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    /// Answers files, or folders whose `*.toml` files are read.
    pub paths: Vec<PathBuf>,
    /// The pack to write; `-` is standard output.
    pub output: PathBuf,
    /// `None`: from the output file's extension.
    pub format: Option<Format>,
    /// Questions whose levels spread by this much or more get a sheet of their own.
    pub spread: u8,
    /// Name respondents beside their answers; anonymous otherwise.
    pub named: bool,
    /// Encrypt the pack (then named `.age`, as in `pack.html.age`).
    pub encrypt: crate::io::crypt::Request,
}

pub fn run(global: &Global, opts: &Options) -> Result<u8> {
    let format = pack_format(global, opts)?;
    let files = inputs::files_for(
        &opts.paths,
        "workshop pack",
        "icso-assess workshop pack examples/federation -o pack.html",
    )?;
    let inputs: Vec<Role<'_>> = files
        .iter()
        .map(|f| Role::input(f, crate::t!("err-role-workshop-input")))
        .collect();
    let outputs = [Role::output(&opts.output, crate::t!("err-role-pack"), "-o")];
    identity::check_outputs_with_data(&global.data, &inputs, &outputs)?;
    let seal = super::seal_for(&opts.encrypt, &[(Some(&opts.output), "-o")])?;

    let data = catalogue::load(&global.data)?;
    let (q, respondents) = inputs::load(&files, &data, &global.keys)?;
    let aggregate::Aggregate {
        combined,
        summary,
        warnings,
    } = aggregate::combine(&data.catalogue, q, respondents);
    super::warn_each(&warnings);
    let report = Report::new(&data.catalogue, q, &combined, DEFAULT_TOP);
    let agenda = agenda::agenda(&summary, &report.scored, opts.spread);
    let (discuss, confirm) = (agenda.discuss.len(), agenda.confirm.len());
    let pack = Pack {
        report,
        summary: &summary,
        agenda,
        named: opts.named,
    };
    let style = Style::plain(PIPE_WIDTH);
    let write =
        |out: &mut dyn Write| crate::render::write_document(build(&pack), format, style, out);
    if output::is_stdout(Some(&opts.output)) {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        write(&mut out)?;
        out.flush()?;
        return Ok(0);
    }
    // Made to be handed round the room, as reports are.
    output::write_sealed(&opts.output, Access::Shared, seal.as_ref(), write)?;
    let (sealed, how) = super::sealing(seal.as_ref());
    eprintln!(
        "{}",
        crate::t!(
            "cli-notice-pack-written",
            format = format.name(),
            sealed = sealed,
            how = how,
            path = shown_path(&opts.output),
            discuss = discuss,
            confirm = confirm
        )
    );
    Ok(0)
}

/// HTML or Word, as asked or by the `-o` file's extension; anything else is refused with the
/// fix, before anything is read.
fn pack_format(global: &Global, opts: &Options) -> Result<Format> {
    let format = super::destination(global, opts.format, Some(&opts.output), "pack")?;
    if !matches!(format, Format::Html | Format::Docx) {
        bail!(crate::t!(
            "err-pack-format",
            path = shown_path(&opts.output)
        ));
    }
    Ok(format)
}
