//! icso-assess: a self-assessment of an organisation's readiness for China's global rise,
//! built on the 48 recommendations of the ICSC guide. `main.rs` calls [`run`].

pub mod analysis;
pub mod answers;
pub mod assess;
pub mod catalogue;
// The data crate's modules, at the paths the rest of the binary has always used.
pub use icso_data::{diagnostics, overlay, questionnaire, text, yaml};
pub mod cli;
pub mod commands;
pub mod comparison;
pub mod document;
pub mod i18n;
pub mod io;
pub mod plan;
pub mod prompt;
pub mod render;
pub mod report;
pub mod schema;
#[cfg(test)]
pub(crate) mod testing;
pub mod workshop;

/// Resolve the parsed command line and run it; the result is the exit code.
pub fn run(cli: cli::Cli) -> anyhow::Result<u8> {
    let (global, command) = cli.resolve();
    i18n::set_current(global.lang);
    commands::run(&global, command)
}

/// A closed pipe (`| head`) is how readers say they have seen enough: not an error. The I/O
/// error may come wrapped by the JSON or CSV writer, as itself or inside an `std::io::Error`.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(broken_pipe)
}

fn broken_pipe(err: &(dyn std::error::Error + 'static)) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    if let Some(io) = err.downcast_ref::<std::io::Error>() {
        // An `io::Error` made from another error hides it from `source()`: look inside.
        return io.kind() == BrokenPipe || io.get_ref().is_some_and(|inner| broken_pipe(inner));
    }
    if let Some(json) = err.downcast_ref::<serde_json::Error>() {
        return json.io_error_kind() == Some(BrokenPipe);
    }
    if let Some(csv) = err.downcast_ref::<csv::Error>() {
        return matches!(csv.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe);
    }
    false
}

/// The one line `main` prints for an error: its causes joined, safe for a terminal.
pub fn error_line(err: &anyhow::Error) -> String {
    keeping_no_break_spaces(&format!("{err:#}"), text::message_line)
}

/// `clean`, one of the text-safety functions that put a message on one line
/// ([`text::message_line`], [`text::one_line`]), applied to `text` with its no-break spaces kept:
/// those functions take every white space but the space for a line break, and French puts a
/// no-break space before a colon or a semicolon. (A private-use character holds their place;
/// one in the text itself becomes a no-break space, which is as safe.)
pub fn keeping_no_break_spaces(text: &str, clean: impl Fn(&str) -> String) -> String {
    const HELD: char = '\u{E000}';
    clean(&text.replace('\u{a0}', &HELD.to_string())).replace(HELD, "\u{a0}")
}

/// `text` cut to at most `width` characters, ending in an ellipsis when cut: for a line that
/// must keep to its columns, or a value kept short. (It counts characters, as the layouts do;
/// [`text::clip`] also makes the text safe.)
pub fn ellipsized(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::{ellipsized, error_line, is_broken_pipe};

    #[test]
    fn ellipsized_text_keeps_to_its_width() {
        assert_eq!(ellipsized("short", 5), "short");
        assert_eq!(ellipsized("longer", 5), "long…");
        assert_eq!(ellipsized("é€漢字x", 4), "é€漢…");
        assert_eq!(ellipsized("ab", 0), "…");
    }

    #[test]
    fn an_error_line_keeps_its_no_break_spaces_and_loses_its_line_breaks() {
        let err = anyhow::anyhow!("fichier\u{a0}: il\nn’existe pas\u{1b}[2J");
        assert_eq!(
            error_line(&err),
            "fichier\u{a0}: il n’existe pas\u{fffd}[2J"
        );
    }
    use std::io::{Error, ErrorKind, Write};

    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_is_recognised_however_it_is_wrapped() {
        let json = serde_json::to_writer(Closed, &[1, 2, 3]).unwrap_err();
        let csv = {
            let mut w = csv::WriterBuilder::new()
                .buffer_capacity(1)
                .from_writer(Closed);
            w.write_record(["a", "b"])
                .and_then(|()| Ok(w.flush()?))
                .unwrap_err()
        };
        let csv_in_io = {
            let mut w = csv::WriterBuilder::new()
                .buffer_capacity(1)
                .from_writer(Closed);
            Error::from(w.write_record(["a", "b"]).unwrap_err())
        };
        let json_in_io = Error::other(serde_json::to_writer(Closed, &[1]).unwrap_err());
        for err in [
            anyhow::Error::new(json),
            anyhow::Error::new(csv),
            anyhow::Error::new(csv_in_io).context("cannot write"),
            anyhow::Error::new(json_in_io).context("cannot write"),
            anyhow::Error::new(Error::from(ErrorKind::BrokenPipe)).context("cannot write"),
        ] {
            assert!(is_broken_pipe(&err), "{err:#}");
        }
        assert!(!is_broken_pipe(&anyhow::anyhow!("broken pipe")));
        assert!(!is_broken_pipe(&anyhow::Error::new(Error::other("x"))));
    }
}
