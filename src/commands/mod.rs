//! One file per command, each a short script over the core modules, and `session`, the file
//! the interactive commands save after every step. Commands write to the writer they are given
//! and return an exit code; only `main.rs` prints errors.

pub mod aggregate;
pub mod assess;
pub mod compare;
pub mod finish;
pub mod home;
pub mod import;
pub mod key;
pub mod list;
pub mod meta;
pub mod overview;
pub mod plan;
pub mod report;
mod session;
pub mod show;
pub mod template;
pub mod validate;
pub mod workshop;
pub mod workshop_pack;

use crate::catalogue::{Data, DataSource};
use crate::io::crypt::{self, Keys, Seal, Sealing};
use crate::io::identity::{self, Role};
use crate::io::output::Access;
use crate::io::term::{ColorChoice, Style};
use crate::questionnaire::Questionnaire;
use crate::render::Format;
use anyhow::{Result, anyhow, bail};
use std::io::Write;
use std::path::Path;

/// Options every command shares.
#[derive(Debug, Clone)]
pub struct Global {
    pub data: DataSource,
    pub color: ColorChoice,
    /// Screen-reader output: no box drawing, bars or colour.
    pub plain: bool,
    /// What opens encrypted files: `--identity` files (or `ICSO_ASSESS_IDENTITY`'s), and a
    /// passphrase asked on the terminal.
    pub keys: Keys,
    /// The language of screens, messages and reports (answers files have none).
    pub lang: crate::i18n::Lang,
}

/// A resolved command line.
#[derive(Debug)]
pub enum Command {
    /// No command: the assessment on a terminal, the overview otherwise.
    Default,
    Overview,
    Assess(assess::Options),
    Validate(validate::Options),
    List(list::Options),
    Show(show::Options),
    Report(report::Options),
    Template(template::Options),
    Convert(template::Convert),
    ExportXlsform(template::Xlsform),
    Import(import::Options),
    Plan(plan::Options),
    PlanShow(plan::ShowOptions),
    PlanExport(plan::ExportOptions),
    Compare(compare::Options),
    Aggregate(aggregate::Options),
    Workshop(workshop::Options),
    WorkshopPack(workshop_pack::Options),
    InitData(meta::InitData),
    KeyNew(key::New),
    KeyPublic(key::Public),
    Schema(crate::schema::Kind),
    /// Text made by the command line itself (completions, man page).
    Text(String),
}

/// Run a command. Returns the exit code.
pub fn run(global: &Global, command: Command) -> Result<u8> {
    match command {
        Command::Default if crate::io::term::interactive() => home::run(global),
        Command::Default | Command::Overview => to_stdout(|out| overview::run(global, out)),
        Command::InitData(opts) => meta::init_data(global, &opts),
        Command::KeyNew(opts) => key::new(&opts),
        Command::KeyPublic(opts) => to_stdout(|out| key::public(&opts, out)),
        Command::Schema(kind) => to_stdout(|out| meta::schema(kind, out)),
        Command::Text(text) => print(&text),
        Command::Validate(opts) => to_stdout(|out| validate::run(global, &opts, out)),
        Command::List(opts) => to_stdout(|out| list::run(global, &opts, out)),
        Command::Show(opts) => to_stdout(|out| show::run(global, &opts, out)),
        // These may write to a file and manage their own output.
        Command::Assess(opts) => assess::run(global, &opts),
        Command::Report(opts) => report::run(global, &opts),
        Command::Compare(opts) => compare::run(global, &opts),
        Command::Aggregate(opts) => aggregate::run(global, &opts),
        Command::Workshop(opts) => workshop::run(global, &opts),
        Command::WorkshopPack(opts) => workshop_pack::run(global, &opts),
        Command::Template(opts) => template::run(global, &opts),
        Command::Convert(opts) => template::convert(global, &opts),
        Command::ExportXlsform(opts) => template::xlsform(global, &opts),
        Command::Import(opts) => import::run(global, &opts),
        Command::Plan(opts) => plan::run(global, &opts),
        Command::PlanShow(opts) => plan::show(global, &opts),
        Command::PlanExport(opts) => plan::export(global, &opts),
    }
}

fn to_stdout(f: impl FnOnce(&mut dyn Write) -> Result<u8>) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = f(&mut out)?;
    out.flush()?;
    Ok(code)
}

/// Write text made whole in memory to standard output.
fn print(text: &str) -> Result<u8> {
    to_stdout(|out| {
        out.write_all(text.as_bytes())?;
        Ok(0)
    })
}

/// The data, once no output would overwrite one of `inputs` or a data file: a command that is
/// refused has not loaded anything yet.
fn load_data(global: &Global, inputs: &[Role<'_>], outputs: &[Role<'_>]) -> Result<Data> {
    identity::check_outputs_with_data(&global.data, inputs, outputs)?;
    crate::catalogue::load(&global.data)
}

/// The questionnaire `--questionnaire` names, or the error that lists the ones there are.
fn questionnaire<'d>(data: &'d Data, id: &str) -> Result<&'d Questionnaire> {
    data.questionnaire(id).ok_or_else(|| {
        anyhow!(crate::t!(
            "err-no-questionnaire",
            id = crate::text::one_line(id),
            ids = data.questionnaire_ids().join(", ")
        ))
    })
}

impl Global {
    /// The layout for reading on screen: the terminal table, or with `--plain` the
    /// screen-reader layout. The one place that rule is written.
    pub fn screen_format(&self) -> Format {
        if self.plain {
            Format::Plain
        } else {
            Format::Table
        }
    }

    /// The interactive session talks in numbered lines (`--plain`, or a terminal that cannot
    /// move the cursor) instead of drawing pages.
    pub fn line_mode(&self) -> bool {
        self.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb")
    }
}

/// The format of a rendered document: as asked, else from the `-o` file's extension, else the
/// terminal table; `--plain` turns the table into the screen-reader layout.
fn document_format(global: &Global, asked: Option<Format>, output: Option<&Path>) -> Format {
    match Format::choose(asked, output) {
        Format::Table => global.screen_format(),
        f => f,
    }
}

/// [`document_format`], refused when it is a binary format (a Word document) bound for a
/// terminal: a zip archive shown there is garbage and can leave the terminal in a strange state.
/// A pipe or a file takes it. `file` is the name the error suggests for `-o` ("report.docx").
/// Commands call this before loading anything, so a refusal has read and written nothing.
fn destination(
    global: &Global,
    asked: Option<Format>,
    output: Option<&Path>,
    file: &str,
) -> Result<Format> {
    let format = document_format(global, asked, output);
    if !format.is_text() && crate::io::output::is_stdout(output) && stdout_is_terminal() {
        return Err(binary_on_terminal(
            format,
            &format!("-o {file}.{}", format.extension()),
        ));
    }
    Ok(format)
}

/// Standard output is a terminal.
fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}

/// The error for a binary format on a terminal, with the fix: `how` saves it to a file.
fn binary_on_terminal(format: Format, how: &str) -> anyhow::Error {
    debug_assert_eq!(format, Format::Docx, "say what the new binary format is");
    anyhow!(crate::t!("err-docx-on-terminal", how = how.to_owned()))
}

/// An output of a command, for the encryption rules: its path (`None`: standard output) and
/// the option that names it (`-o`).
type Out<'a> = (Option<&'a Path>, &'a str);

/// The seal for what a command writes, from its encryption options, checked before anything
/// is written: with the options, every output must be a file named `.age` (standard output is
/// never encrypted, so it is refused); without them, no output may be named `.age`. Recipients
/// are checked here, and a passphrase asked (twice) last, once the names are right.
fn seal_for(request: &crypt::Request, outputs: &[Out<'_>]) -> Result<Option<Seal>> {
    if request.is_empty() {
        for (path, option) in outputs {
            if let Some(path) = path
                && crypt::is_sealed_name(path)
            {
                bail!(crate::t!(
                    "err-age-name-without-encryption",
                    path = crate::text::shown_path(path),
                    option = (*option).to_owned()
                ));
            }
        }
        return Ok(None);
    }
    let given = request.option();
    let mut names = Vec::new();
    for (path, option) in outputs {
        match path {
            Some(path) if !crate::io::output::is_stdout(Some(path)) => {
                let shown = crate::text::shown_path(path);
                if !crypt::is_sealed_name(path) {
                    bail!(crate::t!(
                        "err-encrypted-name-without-age",
                        given = given,
                        option = (*option).to_owned(),
                        path = shown
                    ));
                }
                names.push(shown);
            }
            _ => bail!(crate::t!(
                "err-encrypt-stdout",
                given = given,
                option = (*option).to_owned()
            )),
        }
    }
    Seal::from_request(request, &and_list(&names)).map(Some)
}

/// The seal of a file a session saves after every step (`assess`'s answers, `workshop`'s
/// consensus): as the options ask; without options, a file that exists stays as it is: its
/// passphrase (the one that opened it) seals it again, while a file encrypted to recipients
/// needs them again, since an age file does not say who they are. `existing` is how the file
/// was protected when it was read.
fn session_seal(
    request: &crypt::Request,
    path: &Path,
    option: &str,
    existing: Option<Sealing>,
) -> Result<Option<Seal>> {
    if request.is_empty() {
        match existing {
            Some(Sealing::Passphrase(seal)) => return Ok(Some(seal)),
            Some(Sealing::Recipients) => bail!(crate::t!(
                "err-session-recipients-again",
                path = crate::text::shown_path(path)
            )),
            _ => {}
        }
    }
    seal_for(request, &[(Some(path), option)])
}

/// What [`write_document`] writes, for the name it suggests and the notice that says so.
#[derive(Debug, Clone, Copy)]
enum Made {
    Report,
    Comparison,
    Plan,
    /// The report of this many respondents' combined answers.
    Combined(usize),
}

impl Made {
    /// The file name `-o` is suggested with ("report", for `-o report.docx`).
    fn file(self) -> &'static str {
        match self {
            Made::Report | Made::Combined(_) => "report",
            Made::Comparison => "comparison",
            Made::Plan => "plan",
        }
    }

    /// The notice that says so, and the number of respondents it counts, if any.
    fn notice(self) -> (&'static str, Option<usize>) {
        match self {
            Made::Report => ("cli-notice-wrote-report", None),
            Made::Comparison => ("cli-notice-wrote-comparison", None),
            Made::Plan => ("cli-notice-wrote-plan", None),
            Made::Combined(count) => ("cli-notice-wrote-combined-report", Some(count)),
        }
    }

    /// "Wrote the html report, encrypted to 1 recipient, to r.html.age".
    fn wrote(self, format: Format, seal: Option<&Seal>, shown: String) -> String {
        let (id, count) = self.notice();
        let mut args = crate::i18n::Args::new();
        if let Some(count) = count {
            args.set("count", count);
        }
        args.set("format", format.name());
        let (sealed, how) = sealing(seal);
        args.set("sealed", sealed);
        args.set("how", how);
        args.set("path", shown);
        crate::i18n::current().format(id, Some(&args))
    }
}

/// How a notice tells whether what it names was encrypted: `sealed`, "yes" or "no" (the
/// messages select on it), and `how` ("encrypted to 2 recipients"; nothing without a seal).
fn sealing(seal: Option<&Seal>) -> (&'static str, String) {
    match seal {
        Some(seal) => ("yes", seal.describe()),
        None => ("no", String::new()),
    }
}

/// The variables of a message that names a file: `path`, the file as shown, and `file`, the
/// same as one shell word (quoted where it must be), for a command the reader can paste.
fn file_args(shown: &str) -> crate::i18n::Args {
    let mut args = crate::i18n::Args::new();
    args.set("file", crate::text::shell_word(shown));
    args.set("path", shown.to_owned());
    args
}

/// A warning on standard error, after "warning:".
fn warn(warning: String) {
    eprintln!("{}", crate::t!("warn-line", warning = warning));
}

/// The warnings of reading several answers files, each on one line: they name files and
/// respondents, so they are for the terminal of whoever runs the command, never for a report.
fn warn_each(warnings: &[String]) {
    for w in warnings {
        warn(crate::keeping_no_break_spaces(w, crate::text::one_line));
    }
}

/// Names joined as a list: "a", "a and b", "a, b and c".
fn and_list(names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            crate::t!("err-list-and", rest = rest.join(", "), last = last.clone())
        }
    }
}

/// Write `model` in the format asked for (see [`document_format`]) to standard output (styled
/// for it) or atomically to the `-o` file (plain, 100 columns), encrypted when `seal` is given,
/// then say on standard error what was written where: "Wrote the html report to PATH". The one
/// way `report`, `compare` and `aggregate` write what they made.
fn write_document(
    global: &Global,
    asked: Option<Format>,
    output: Option<&Path>,
    what: Made,
    model: &dyn crate::render::Output,
    seal: Option<&Seal>,
) -> Result<u8> {
    // Already checked by the command before it loaded anything; checked again here so that no
    // command can write a binary format to a terminal by forgetting to.
    let format = destination(global, asked, output, what.file())?;
    match output {
        Some(path) if !crate::io::output::is_stdout(Some(path)) => {
            let style = Style::plain(crate::io::term::PIPE_WIDTH);
            // Reports are made to be passed on: a colleague on a shared drive can open them.
            crate::io::output::write_sealed(path, Access::Shared, seal, |out| {
                crate::render::write(model, format, style, out)
            })?;
            let shown = crate::text::shown_path(path);
            eprintln!("{}", what.wrote(format, seal, shown));
        }
        _ => {
            let style = Style::stdout(global.color);
            // A report longer than the screen, on a terminal, goes through a pager, as git's
            // output does: the reader starts at its summary instead of at its last lines.
            // `less -F` leaves a short one printed as it is, `-X` leaves what was read on the
            // screen after `q`.
            if format == Format::Table && !global.plain && crate::io::term::interactive() {
                let mut text = Vec::new();
                crate::render::write(model, format, style, &mut text)?;
                let long = text.iter().filter(|&&b| b == b'\n').count() >= crate::io::term::rows();
                let prompt = format!("-Ps{}", crate::document::wording::pager_prompt());
                let less: &[&str] = &["less", "-FRX", &prompt];
                if long && crate::io::term::to_pager(&text, &[less]) {
                    return Ok(0);
                }
                let mut out = std::io::stdout().lock();
                out.write_all(&text)?;
                out.flush()?;
                return Ok(0);
            }
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::render::write(model, format, style, &mut out)?;
            out.flush()?;
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::Made;
    use crate::i18n::Lang;

    /// The notices [`Made::wrote`] chooses at run time are English messages (the scan of
    /// macro calls does not see them).
    #[test]
    fn every_wrote_notice_exists_in_english() {
        for made in [
            Made::Report,
            Made::Comparison,
            Made::Plan,
            Made::Combined(2),
        ] {
            let (id, _) = made.notice();
            assert_ne!(Lang::EN.text(id), id, "{made:?}");
        }
    }
}
