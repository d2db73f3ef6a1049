//! icso-assess: a self-assessment of an organisation's readiness for China's global rise,
//! built on the 48 recommendations of the ICSC guide. `main.rs` calls [`run`].

pub mod aggregate;
pub mod answers;
pub mod assess;
pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod compare_render;
pub mod diagnostics;
pub mod html_page;
pub mod io;
pub mod markup;
pub mod output;
pub mod prompt;
pub mod questionnaire;
pub mod report;
pub mod schema;
pub mod scoring;
pub mod table;
pub mod term;
pub mod text;
pub mod yaml;

/// Resolve the parsed command line and run it; the result is the exit code.
pub fn run(cli: cli::Cli) -> anyhow::Result<u8> {
    let (global, command) = cli.resolve();
    commands::run(&global, command)
}

/// A closed pipe (`| head`) is how readers say they have seen enough: not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The one line `main` prints for an error: its causes joined, safe for a terminal.
pub fn error_line(err: &anyhow::Error) -> String {
    text::one_line(&format!("{err:#}"))
}
