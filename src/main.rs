//! The doorway: parse the command line, run it, turn the outcome into an exit code, and print
//! at most one error line.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = icso_assess::cli::parse();
    match icso_assess::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if icso_assess::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let line = icso_assess::error_line(&err);
            eprintln!("{}", icso_assess::t!("err-main", message = line));
            ExitCode::from(2)
        }
    }
}
