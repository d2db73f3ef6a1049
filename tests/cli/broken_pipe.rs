//! A reader that closes the pipe early (`| head`) has seen enough: every command, in every
//! format, must then end with exit 0 and say nothing on standard error.

use crate::common;

use std::io::Read;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const EXAMPLE: &str = "examples/advocacy-quick-2026.toml";
const BEFORE: &str = "examples/advocacy-quick-2025.toml";

fn command(args: &[String]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args)
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// Every command that writes to standard output, in each of its formats.
fn every_command() -> Vec<Vec<String>> {
    let mut all: Vec<Vec<&str>> = Vec::new();
    for f in common::formats() {
        all.push(vec!["report", "--answers", EXAMPLE, "--format", f]);
        all.push(vec!["compare", BEFORE, EXAMPLE, "--format", f]);
        all.push(vec!["aggregate", "examples/federation", "--format", f]);
    }
    let list_formats = common::accepted_values(&["list", "--format"]);
    for f in &list_formats {
        all.push(vec!["list", "--format", f]);
    }
    let kinds = common::accepted_values(&["schema"]);
    for kind in &kinds {
        all.push(vec!["schema", kind]);
    }
    all.extend([
        vec!["--plain", "report", "--answers", EXAMPLE],
        vec!["--plain", "aggregate", "examples/federation"],
        vec!["--plain", "list"],
        vec!["validate"],
        vec!["validate", "--format", "json"],
        vec!["validate", "--answers", EXAMPLE],
        vec!["template", "--questionnaire", "full"],
        vec!["show", "R23"],
        vec!["--plain", "show", "R23"],
        vec!["--help"],
        vec!["completions", "bash"],
        vec!["man"],
        // No command and no terminal: the overview.
        vec![],
    ]);
    all.into_iter()
        .map(|args| args.into_iter().map(str::to_string).collect())
        .collect()
}

fn check(args: &[String], status: std::process::ExitStatus, stderr: &[u8]) -> Option<String> {
    let stderr = String::from_utf8_lossy(stderr);
    (status.code() != Some(0) || !stderr.is_empty())
        .then(|| format!("`icso-assess {}`: {status}: {stderr}", args.join(" ")))
}

/// The pipe is closed before the command writes anything: its first write fails.
#[test]
fn a_pipe_closed_at_once_is_success() {
    let mut problems = Vec::new();
    for args in every_command() {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = command(&args).stdout(writer).output().unwrap();
        problems.extend(check(&args, out.status, &out.stderr));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The reader takes a few bytes, then closes the pipe while the command is still writing.
#[test]
fn a_pipe_closed_after_a_few_bytes_is_success() {
    let mut problems = Vec::new();
    for args in every_command() {
        let mut child = command(&args).stdout(Stdio::piped()).spawn().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 10];
        let _ = stdout.read(&mut first).unwrap();
        drop(stdout);
        let mut stderr = Vec::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_end(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        problems.extend(check(&args, status, &stderr));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The renderers keep a write error as the I/O error it is, whatever writes it (the JSON or CSV
/// writer, whose errors would otherwise hide its kind), wherever the pipe closes.
mod renderers {
    use icso_assess::answers::{self, Answers};
    use icso_assess::catalogue::{self, Data, DataSource};
    use icso_assess::io::term::Style;
    use icso_assess::report::{Format, Report};
    use std::io::{ErrorKind, Write};

    /// A pipe its reader closes after `left` bytes.
    struct Closing {
        left: usize,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// An example with a long note on every answer, so that every format writes more than the
    /// JSON and CSV writers buffer (64 KiB and 8 KiB).
    fn example(data: &Data, file: &str) -> Answers {
        let mut a = answers::load(&std::path::Path::new(super::ROOT).join(file), data).unwrap();
        for answer in a.answers.values_mut() {
            answer.note = Some("A long note. ".repeat(300));
        }
        a
    }

    /// Closed at once, after a few bytes, and past the writers' own buffers.
    const CLOSE_AFTER: [usize; 4] = [0, 10, 9_000, 70_000];
    const FULL: &str = "examples/federation-full-2026.toml";

    #[test]
    fn every_report_format_keeps_the_broken_pipe() {
        let data = catalogue::load(&DataSource::Builtin).unwrap();
        let a = example(&data, FULL);
        let q = data.questionnaire(&a.questionnaire).unwrap();
        let r = Report::new(&data.catalogue, q, &a, 10);
        for format in Format::ALL {
            let name = format.name();
            let mut whole = Vec::new();
            icso_assess::render::write(&r, format, Style::plain(100), &mut whole).unwrap();
            if matches!(format, Format::Json | Format::Csv) {
                assert!(whole.len() > 70_000, "{name}: {} bytes", whole.len());
            }
            for left in CLOSE_AFTER.into_iter().filter(|&n| n < whole.len()) {
                let err = icso_assess::render::write(
                    &r,
                    format,
                    Style::plain(100),
                    &mut Closing { left },
                )
                .expect_err(name);
                assert_eq!(
                    err.kind(),
                    ErrorKind::BrokenPipe,
                    "{name} after {left}: {err}"
                );
            }
        }
    }

    #[test]
    fn every_compare_format_keeps_the_broken_pipe() {
        let data = catalogue::load(&DataSource::Builtin).unwrap();
        let (b, a) = (
            example(&data, super::BEFORE),
            example(&data, super::EXAMPLE),
        );
        let q = data.questionnaire(&a.questionnaire).unwrap();
        let c = icso_assess::analysis::compare::Comparison::new(&data.catalogue, (q, &b), (q, &a));
        for format in Format::ALL {
            let name = format.name();
            let mut whole = Vec::new();
            icso_assess::render::write(&c, format, Style::plain(100), &mut whole).unwrap();
            if matches!(format, Format::Json | Format::Csv) {
                assert!(whole.len() > 70_000, "{name}: {} bytes", whole.len());
            }
            for left in CLOSE_AFTER.into_iter().filter(|&n| n < whole.len()) {
                let err = icso_assess::render::write(
                    &c,
                    format,
                    Style::plain(100),
                    &mut Closing { left },
                )
                .expect_err(name);
                assert_eq!(
                    err.kind(),
                    ErrorKind::BrokenPipe,
                    "{name} after {left}: {err}"
                );
            }
        }
    }
}
