//! The command line, and the only module that knows clap: parse arguments, then turn them into
//! the plain options each command takes.

use crate::catalogue::DataSource;
use crate::commands::{
    Command, Global, aggregate, assess, compare, import, key, list, meta, plan, report, show,
    template, validate, workshop, workshop_pack,
};
use crate::i18n::Lang;
use crate::io::crypt;
use crate::io::term::ColorChoice;
use crate::render::Format;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

mod errors;
mod help;

/// Self-assessment of an organisation's readiness for China's global rise, built on the 48
/// recommendations of the International Civil Society Centre's guide for ICSOs.
#[derive(Debug, Parser)]
#[command(name = "icso-assess", version, about, max_term_width = 100)]
#[command(
    after_help = "Run without a command in a terminal to start (or resume) the assessment.\n\
Exit codes: 0 ok, 1 findings or a failed check, 2 usage or runtime error, 130 interrupted."
)]
pub struct Cli {
    /// Read DIR/recommendations/*.yaml and DIR/questionnaires/*.yaml instead of the built-in data
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Output for screen readers: no tables, bars or colour, one fact per line
    #[arg(long, global = true)]
    pub plain: bool,

    /// Open encrypted (.age) files with the age identity in FILE, as `key new` or age-keygen
    /// write it; repeatable [default: the file ICSO_ASSESS_IDENTITY names]
    #[arg(long, global = true, value_name = "FILE")]
    pub identity: Vec<PathBuf>,

    /// The language of screens and reports: en, fr or es [default: from LANGUAGE, LC_ALL,
    /// LC_MESSAGES or LANG, else English]. Answers files are the same in every language
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Commands>,
}

/// `--lang`: a language of the tool, as a tag or a locale (`fr`, `fr_CA.UTF-8`, `es-419`).
fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::find(value).ok_or_else(|| {
        let known: Vec<&str> = Lang::all().map(Lang::tag).collect();
        crate::t!("err-lang-unknown", known = known.join(", "))
    })
}

/// The options that encrypt what a command writes, with age. The files written must then be
/// named `.age` (`report.html.age`: the extension before `.age` says the format).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EncryptArgs {
    /// Encrypt what is written to this age recipient (age1..., as `key new` prints it);
    /// repeatable. The file must end in .age, as in -o report.html.age
    #[arg(
        long = "encrypt-to",
        value_name = "RECIPIENT",
        help_heading = "Encryption"
    )]
    pub encrypt_to: Vec<String>,
    /// Encrypt to each recipient in FILE (one a line, # comments, as age reads it)
    #[arg(long, value_name = "FILE", help_heading = "Encryption")]
    pub recipients_file: Vec<PathBuf>,
    /// Encrypt with a passphrase instead, asked twice on the terminal
    #[arg(long, conflicts_with_all = ["encrypt_to", "recipients_file"], help_heading = "Encryption")]
    pub passphrase: bool,
}

impl From<EncryptArgs> for crypt::Request {
    fn from(args: EncryptArgs) -> crypt::Request {
        crypt::Request {
            encrypt_to: args.encrypt_to,
            recipients_files: args.recipients_file,
            passphrase: args.passphrase,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    /// Run or resume the interactive self-assessment (the default in a terminal)
    Assess {
        /// Which questionnaire for a new assessment (quick or full); asked if not given
        #[arg(long, value_name = "ID")]
        questionnaire: Option<String>,
        /// The answers file to create or resume
        #[arg(long, value_name = "PATH", default_value = crate::commands::assess::DEFAULT_FILE)]
        file: PathBuf,
        /// Walk through every answer again, pre-filled
        #[arg(long)]
        review: bool,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Gap report from an answers file, on screen or exported
    Report {
        /// The answers file (TOML) to report on [default: assessment.toml in this folder]
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        /// Output format [default: from the -o file's extension, else table]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<FormatArg>,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// How many gaps the summary names as what matters now (high and medium bands only)
        #[arg(long, value_name = "N", default_value_t = crate::report::DEFAULT_TOP)]
        top: usize,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Progress between two assessments of the same organisation
    Compare {
        /// The earlier answers file (TOML)
        #[arg(value_name = "BEFORE")]
        before: PathBuf,
        /// The later answers file (TOML); may answer another questionnaire
        #[arg(value_name = "AFTER")]
        after: PathBuf,
        /// Output format [default: from the -o file's extension, else table]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<FormatArg>,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Follow up the action plan in FILE (from `plan -o`): each action against the levels
        #[arg(long, value_name = "FILE")]
        plan: Option<PathBuf>,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Combine several respondents' answers into one report, with where they disagree
    Aggregate {
        /// Answers files of one questionnaire, or folders of them (their *.toml, *.xlsx and
        /// encrypted *.toml.age, *.xlsx.age files, by name)
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Output format [default: from the -o file's extension, else table]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<FormatArg>,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also save the combined answers as an answers file, to report on or compare later
        #[arg(long, value_name = "FILE")]
        save_combined: Option<PathBuf>,
        /// How many gaps the summary names as what matters now (high and medium bands only)
        #[arg(long, value_name = "N", default_value_t = crate::report::DEFAULT_TOP)]
        top: usize,
        /// Name respondents Respondent A, B... in an order drawn at random, never by name or
        /// file; notes and evidence are shown as written
        #[arg(long)]
        anonymise: bool,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Draft, update, show and export an action plan (CSV, Asana, Jira, iCalendar)
    ///
    /// Without a command: draft a plan from the gaps of an assessment (-o), or bring one up to
    /// date after the next assessment (--update).
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Plan {
        #[command(subcommand)]
        what: Option<PlanCommand>,
        /// The answers file (TOML or workbook) [default: assessment.toml in this folder]
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        /// Draft a new plan to FILE (never over an existing file)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Update the plan in FILE: add actions for new gaps, mark closed ones, keep every edit
        #[arg(long, value_name = "FILE")]
        update: Option<PathBuf>,
    },
    /// Write a blank answers file to fill in by hand: commented text, a workbook, or a
    /// questionnaire to print
    Template {
        /// Which questionnaire (quick or full)
        #[arg(long, value_name = "ID", default_value = "quick")]
        questionnaire: String,
        /// Write to FILE instead of standard output (never overwrites)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// toml (a text file), xlsx (a workbook for Excel, LibreOffice or Google Sheets) or html
        /// (a questionnaire to print, with boxes to tick); default: from the extension of -o,
        /// else toml
        #[arg(long, value_name = "FORMAT")]
        format: Option<TemplateFormat>,
    },
    /// Walk a group through its disagreements to an agreed position; `workshop pack` prints
    /// the facilitator's pack
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Workshop {
        #[command(subcommand)]
        what: Option<WorkshopCommand>,
        /// Answers files of one questionnaire, or folders of them (their *.toml files, by name)
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Discuss the questions whose levels spread (highest minus lowest) by N or more
        #[arg(long, value_name = "N", default_value_t = crate::analysis::aggregate::DISAGREEMENT_SPREAD, value_parser = clap::value_parser!(u8).range(1..))]
        spread: u8,
        /// Show who gave which answer (anonymous otherwise)
        #[arg(long)]
        named: bool,
        /// The consensus file to write, or to resume if it exists
        #[arg(short, long, value_name = "FILE", default_value = workshop::DEFAULT_OUTPUT)]
        output: PathBuf,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Write a questionnaire for another tool: an XLSForm for KoboToolbox and ODK
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Turn a KoboToolbox or ODK export of the form into one answers file per submission
    Import {
        /// Where the export comes from
        platform: ImportPlatform,
        /// The export: CSV (with XML values and headers) or .xlsx
        export: PathBuf,
        /// The folder to write the answers files into (created if needed)
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// Which questionnaire the form asked (quick or full); default: the one whose questions
        /// the columns name
        #[arg(long, value_name = "ID")]
        questionnaire: Option<String>,
        /// Replace answers files of the same name instead of numbering new ones
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// Turn a filled workbook into an answers text file, or an answers file into a workbook
    Convert {
        /// The answers file or workbook to read (.toml or .xlsx)
        input: PathBuf,
        /// The file to write: its extension (.toml or .xlsx, before .age when encrypted) says
        /// which (never overwrites)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// An age identity for receiving encrypted answers and reports: `key new -o FILE`
    Key {
        #[command(subcommand)]
        what: KeyCommand,
    },
    /// List the recommendations, optionally filtered
    List {
        /// Only part 01, 02 or 03
        #[arg(long, value_name = "PART")]
        part: Option<String>,
        /// Only one area (e.g. strategy, communications, technology)
        #[arg(long, value_name = "AREA")]
        area: Option<String>,
        /// Only one sub-theme of part 03 (3.1 to 3.4)
        #[arg(long, value_name = "SUBTHEME")]
        subtheme: Option<String>,
        /// Only those feeding a key recommendation (K1 to K7)
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
        /// Only those with a tag (e.g. climate, human-rights)
        #[arg(long, value_name = "TAG")]
        tag: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = FormatArg(Format::Table))]
        format: FormatArg,
    },
    /// Show one recommendation in full (by id, e.g. R23, or number, e.g. 23)
    Show {
        /// Recommendation id or number
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Write a copy of the built-in data to DIR, to adapt and use with --data DIR
    InitData {
        /// Folder to create (must not exist, or be empty)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Print the JSON Schema (draft-07) of a file format
    Schema {
        #[arg(value_enum)]
        kind: SchemaKind,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
    /// Check the recommendation and questionnaire data files
    Validate {
        /// Output format
        #[arg(long, value_enum, default_value_t = ValidateFormat::Human)]
        format: ValidateFormat,
        /// Fail on warnings as well as errors
        #[arg(long)]
        strict: bool,
        /// Also check these answers files against their questionnaire
        #[arg(long, value_name = "FILE", num_args = 1..)]
        answers: Vec<PathBuf>,
    },
}

/// What `export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// An XLSForm (survey, choices, settings) to upload to KoboToolbox or ODK Central
    Xlsform {
        /// Which questionnaire (quick or full)
        #[arg(long, value_name = "ID", default_value = "quick")]
        questionnaire: String,
        /// The form to write (.xlsx)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
}

/// What `workshop` does besides the interactive session.
#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// A pack to print for a facilitated workshop: the agenda, a sheet per disagreement with
    /// room to write the agreed level and why, the questions to confirm, the top priorities
    Pack {
        /// Answers files of one questionnaire, or folders of them (their *.toml files, by name)
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The pack to write: .html (to print) or .docx (Word)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// html or docx [default: from the -o file's extension]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<PackFormat>,
        /// Give a sheet to the questions whose levels spread (highest minus lowest) by N or more
        #[arg(long, value_name = "N", default_value_t = crate::analysis::aggregate::DISAGREEMENT_SPREAD, value_parser = clap::value_parser!(u8).range(1..))]
        spread: u8,
        /// Name respondents beside their levels and notes (anonymous otherwise)
        #[arg(long)]
        named: bool,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
}

/// What `key` does.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// A new age identity in FILE (private, never over an existing file); prints its recipient
    /// (age1...), which those who send you encrypted files need
    New {
        /// The identity file to write
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Print the recipient of each identity in FILE, to give to those who send you files
    Public {
        /// An identity file, from `key new` or age-keygen
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// What `workshop pack` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PackFormat {
    Html,
    Docx,
}

/// What `plan` does besides drafting and updating.
#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// The plan by phase and status: a summary, then a table per phase with what is overdue
    Show {
        /// The plan file (TOML)
        #[arg(value_name = "PLAN")]
        plan: PathBuf,
        /// The day to measure "overdue" against [default: today's date]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
        today: Option<jiff::civil::Date>,
        /// Output format [default: from the -o file's extension, else table]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ShowFormatArg>,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
    /// The plan for another tool: a CSV of every field, Asana's or Jira's CSV import, or an
    /// iCalendar file of the due dates
    Export {
        /// The plan file (TOML)
        #[arg(value_name = "PLAN")]
        plan: PathBuf,
        /// What to write
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: ExportFormatArg,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        encrypt: EncryptArgs,
    },
}

/// `--today`: a day of the calendar written YYYY-MM-DD.
fn day(s: &str) -> Result<jiff::civil::Date, String> {
    crate::plan::parse_date(s).map_err(|why| crate::plan::load::date_reason(&why))
}

/// `ValueEnum` for a newtype over a list of values that have names (`name()`): each value of
/// the list (through the function after `=>`), then those after `then`, offered by their
/// names. The array is built at compile time, so a value added to the list is offered without
/// another list here.
macro_rules! value_enum_by_name {
    ($arg:ident: $list:expr) => {
        value_enum_by_name!($arg: $list => std::convert::identity, then);
    };
    ($arg:ident: $list:expr => $each:path, then $($tail:expr),*) => {
        impl ValueEnum for $arg {
            fn value_variants<'a>() -> &'a [Self] {
                const TAIL: &[$arg] = &[$($arg($tail)),*];
                const ALL: [$arg; $list.len() + TAIL.len()] = {
                    let mut all = [$arg($each($list[0])); $list.len() + TAIL.len()];
                    let mut i = 0;
                    while i < $list.len() {
                        all[i] = $arg($each($list[i]));
                        i += 1;
                    }
                    let mut j = 0;
                    while j < TAIL.len() {
                        all[$list.len() + j] = TAIL[j];
                        j += 1;
                    }
                    all
                };
                &ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(self.0.name()))
            }
        }
    };
}

/// `plan show --format`: every document format, and a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShowFormatArg(pub plan::ShowFormat);

value_enum_by_name!(
    ShowFormatArg: Format::ALL => plan::ShowFormat::Document, then plan::ShowFormat::Xlsx
);

/// `plan export --format`: the formats of [`crate::plan::export::Format::ALL`] by their names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportFormatArg(pub crate::plan::export::Format);

value_enum_by_name!(ExportFormatArg: crate::plan::export::Format::ALL);

/// Where an `import` comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportPlatform {
    Kobo,
    Odk,
}

/// What `template` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    Toml,
    Xlsx,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Recommendations,
    Questionnaire,
    Answers,
    Report,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Human,
    Json,
}

/// An output format on the command line: its values are [`Format::ALL`] by their names, so a
/// new format is offered everywhere without another list here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatArg(pub Format);

value_enum_by_name!(FormatArg: Format::ALL);

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        f.0
    }
}

/// Parse the process arguments; clap prints help or usage errors and exits itself. The language
/// is chosen first, so that `--help` and the messages of `--lang` and `--today` are in it: the
/// one `--lang` names, else the environment's ([`Cli::resolve`] chooses the same).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(&args).unwrap_or_else(Lang::from_env);
    crate::i18n::set_current(lang);
    if lang == Lang::EN {
        // clap's own help, exactly as it has always been.
        return Cli::parse_from(args);
    }
    let mut command = help::localized(Cli::command(), lang);
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    parsed.unwrap_or_else(|e| e.format(&mut command).apply::<errors::Localized>().exit())
}

/// The language `--lang X` or `--lang=X` names among the arguments (before any `--`), when it
/// names one of the tool's.
fn requested_lang(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => return None,
            Some("--lang") => words.next().flatten(),
            Some(w) => w.strip_prefix("--lang="),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::find) {
            return Some(lang);
        }
    }
    None
}

impl Cli {
    /// Turn parsed arguments into what the commands take.
    pub fn resolve(self) -> (Global, Command) {
        let global = Global {
            data: match self.data {
                Some(dir) => DataSource::Dir(dir),
                None => DataSource::Builtin,
            },
            color: match self.color {
                // Plain output is for screen readers: never colour.
                _ if self.plain => ColorChoice::Never,
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
            plain: self.plain,
            keys: crypt::Keys::new(self.identity),
            lang: self.lang.unwrap_or_else(Lang::from_env),
        };
        let command = match self.command {
            None => Command::Default,
            Some(command) => command.resolve(),
        };
        (global, command)
    }
}

impl Commands {
    /// The command with its plain options (`--plain` is applied later, by the one rule in
    /// `commands::Global::screen_format`).
    fn resolve(self) -> Command {
        match self {
            Commands::Assess {
                questionnaire,
                file,
                review,
                encrypt,
            } => Command::Assess(assess::Options {
                questionnaire,
                file,
                review,
                encrypt: encrypt.into(),
                ..assess::Options::default()
            }),
            Commands::Validate {
                format,
                strict,
                answers,
            } => Command::Validate(validate::Options {
                json: format == ValidateFormat::Json,
                strict,
                answers,
            }),
            Commands::Report {
                answers,
                format,
                output,
                top,
                encrypt,
            } => Command::Report(report::Options {
                answers,
                format: format.map(Format::from),
                output,
                top,
                encrypt: encrypt.into(),
            }),
            Commands::Compare {
                before,
                after,
                format,
                output,
                plan,
                encrypt,
            } => Command::Compare(compare::Options {
                before,
                after,
                format: format.map(Format::from),
                output,
                plan,
                encrypt: encrypt.into(),
            }),
            Commands::Aggregate {
                files,
                format,
                output,
                save_combined,
                top,
                anonymise,
                encrypt,
            } => Command::Aggregate(aggregate::Options {
                paths: files,
                format: format.map(Format::from),
                output,
                save_combined,
                top,
                anonymise,
                encrypt: encrypt.into(),
            }),
            Commands::Template {
                questionnaire,
                output,
                format,
            } => Command::Template(template::Options {
                questionnaire,
                kind: match format {
                    Some(TemplateFormat::Toml) => template::Kind::Toml,
                    Some(TemplateFormat::Xlsx) => template::Kind::Workbook,
                    Some(TemplateFormat::Html) => template::Kind::Paper,
                    None => match output.as_deref() {
                        Some(p) if crate::answers::is_workbook_path(p) => template::Kind::Workbook,
                        Some(p) if Format::from_extension(p) == Some(Format::Html) => {
                            template::Kind::Paper
                        }
                        _ => template::Kind::Toml,
                    },
                },
                output,
            }),
            other => other.resolve_more(),
        }
    }

    /// [`Commands::resolve`] for the commands that prepare, exchange and plan: workshops,
    /// imports and exports, plans, keys, and the catalogue.
    fn resolve_more(self) -> Command {
        match self {
            // A subcommand when one is named, else the command's own work.
            Commands::Workshop {
                what,
                files,
                spread,
                named,
                output,
                encrypt,
            } => match what {
                Some(what) => what.resolve(),
                None => Command::Workshop(workshop::Options {
                    files,
                    output,
                    spread,
                    named,
                    encrypt: encrypt.into(),
                }),
            },
            Commands::Import {
                platform,
                export,
                output,
                questionnaire,
                force,
                encrypt,
            } => Command::Import(import::Options {
                platform: platform.into(),
                export,
                output,
                questionnaire,
                force,
                encrypt: encrypt.into(),
            }),
            Commands::Export { what } => what.resolve(),
            Commands::Plan {
                what,
                answers,
                output,
                update,
            } => match what {
                Some(what) => what.resolve(),
                None => Command::Plan(plan::Options {
                    answers,
                    output,
                    update,
                }),
            },
            other => other.resolve_rest(),
        }
    }

    /// [`Commands::resolve_more`] for converting answers, keys and the catalogue.
    fn resolve_rest(self) -> Command {
        match self {
            Commands::Convert {
                input,
                output,
                encrypt,
            } => Command::Convert(template::Convert {
                input,
                output,
                encrypt: encrypt.into(),
            }),
            Commands::Key { what } => what.resolve(),
            Commands::List {
                part,
                area,
                subtheme,
                key,
                tag,
                format,
            } => Command::List(list::Options {
                filter: list::Filter {
                    part,
                    area,
                    subtheme,
                    key,
                    tag,
                },
                format: format.into(),
            }),
            Commands::Show { id } => Command::Show(show::Options { id }),
            Commands::InitData { dir } => Command::InitData(meta::InitData { dir }),
            Commands::Schema { kind } => Command::Schema(kind.into()),
            Commands::Completions { shell } => Command::Text(completions(shell)),
            Commands::Man => Command::Text(man_page()),
            other => unreachable!("{other:?} is resolved by Commands::resolve or resolve_more"),
        }
    }
}

impl WorkshopCommand {
    /// `workshop pack` with its plain options.
    fn resolve(self) -> Command {
        let WorkshopCommand::Pack {
            files,
            output,
            format,
            spread,
            named,
            encrypt,
        } = self;
        Command::WorkshopPack(workshop_pack::Options {
            paths: files,
            output,
            format: format.map(|f| match f {
                PackFormat::Html => Format::Html,
                PackFormat::Docx => Format::Docx,
            }),
            spread,
            named,
            encrypt: encrypt.into(),
        })
    }
}

impl PlanCommand {
    /// `plan show` or `plan export` with its plain options.
    fn resolve(self) -> Command {
        match self {
            PlanCommand::Show {
                plan,
                today,
                format,
                output,
                encrypt,
            } => Command::PlanShow(plan::ShowOptions {
                plan,
                today,
                format: format.map(|f| f.0),
                output,
                encrypt: encrypt.into(),
            }),
            PlanCommand::Export {
                plan,
                format,
                output,
                encrypt,
            } => Command::PlanExport(plan::ExportOptions {
                plan,
                format: format.0,
                output,
                encrypt: encrypt.into(),
            }),
        }
    }
}

impl ExportCommand {
    /// `export xlsform` with its plain options.
    fn resolve(self) -> Command {
        let ExportCommand::Xlsform {
            questionnaire,
            output,
            force,
        } = self;
        Command::ExportXlsform(template::Xlsform {
            questionnaire,
            output,
            force,
        })
    }
}

impl KeyCommand {
    /// `key new` or `key public` with its plain options.
    fn resolve(self) -> Command {
        match self {
            KeyCommand::New { output } => Command::KeyNew(key::New { output }),
            KeyCommand::Public { file } => Command::KeyPublic(key::Public { file }),
        }
    }
}

impl From<ImportPlatform> for import::Platform {
    fn from(platform: ImportPlatform) -> import::Platform {
        match platform {
            ImportPlatform::Kobo => import::Platform::Kobo,
            ImportPlatform::Odk => import::Platform::Odk,
        }
    }
}

impl From<SchemaKind> for crate::schema::Kind {
    fn from(kind: SchemaKind) -> crate::schema::Kind {
        match kind {
            SchemaKind::Recommendations => crate::schema::Kind::Recommendations,
            SchemaKind::Questionnaire => crate::schema::Kind::Questionnaire,
            SchemaKind::Answers => crate::schema::Kind::Answers,
            SchemaKind::Report => crate::schema::Kind::Report,
        }
    }
}

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "icso-assess", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The man page, in roff.
pub fn man_page() -> String {
    let mut out = Vec::new();
    // Rendering to memory cannot fail.
    let _ = clap_mangen::Man::new(Cli::command()).render(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
