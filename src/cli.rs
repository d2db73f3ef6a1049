//! The command line, and the only module that knows clap: parse arguments, then turn them into
//! the plain options each command takes.

use crate::catalogue::DataSource;
use crate::commands::{Command, Global, assess, list, report, show, template, validate};
use crate::report::Format;
use crate::term::ColorChoice;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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

    #[command(subcommand)]
    pub command: Option<Commands>,
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
    },
    /// Gap report from an answers file, on screen or exported
    Report {
        /// The answers file (TOML) to report on
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        /// Output format [default: from the -o file's extension, else table]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ReportFormat>,
        /// Write to FILE instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// How many priorities to list
        #[arg(long, value_name = "N", default_value_t = crate::report::DEFAULT_TOP)]
        top: usize,
    },
    /// Write a blank, commented answers file to fill in by hand
    Template {
        /// Which questionnaire (quick or full)
        #[arg(long, value_name = "ID", default_value = "quick")]
        questionnaire: String,
        /// Write to FILE instead of standard output (never overwrites)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Show one recommendation in full (by id, e.g. R23, or number, e.g. 23)
    Show {
        /// Recommendation id or number
        #[arg(value_name = "ID")]
        id: String,
    },
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Markdown,
    Html,
    Csv,
    Json,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Table => Format::Table,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Html => Format::Html,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Markdown,
    Json,
}

/// Parse the process arguments; clap prints help or usage errors and exits itself.
pub fn parse() -> Cli {
    Cli::parse()
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
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
        };
        let command = match self.command {
            None => Command::Default,
            Some(Commands::Assess {
                questionnaire,
                file,
                review,
            }) => Command::Assess(assess::Options {
                questionnaire,
                file,
                review,
            }),
            Some(Commands::Validate {
                format,
                strict,
                answers,
            }) => Command::Validate(validate::Options {
                json: format == ValidateFormat::Json,
                strict,
                answers,
            }),
            Some(Commands::Report {
                answers,
                format,
                output,
                top,
            }) => Command::Report(report::Options {
                answers,
                format: format.map(Format::from),
                output,
                top,
            }),
            Some(Commands::Template {
                questionnaire,
                output,
            }) => Command::Template(template::Options {
                questionnaire,
                output,
            }),
            Some(Commands::List {
                part,
                area,
                subtheme,
                key,
                tag,
                format,
            }) => Command::List(list::Options {
                filter: list::Filter {
                    part,
                    area,
                    subtheme,
                    key,
                    tag,
                },
                format: match format {
                    ListFormat::Table => list::Format::Table,
                    ListFormat::Markdown => list::Format::Markdown,
                    ListFormat::Json => list::Format::Json,
                },
            }),
            Some(Commands::Show { id }) => Command::Show(show::Options { id }),
        };
        (global, command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
