//! Helpers shared by the modules of the integration-test binary (`use crate::common;`).

use icso_assess::report::Format;
use proptest::test_runner::{Config as ProptestConfig, RngSeed};
use std::process::Output;

/// The name of every report format (`--format` of `report`, `compare` and `aggregate`), from the
/// one list, so a new format cannot go untested.
pub fn formats() -> [&'static str; Format::ALL.len()] {
    Format::ALL.map(Format::name)
}

/// The formats whose output is text, for the tests that read it as text (snapshots, parsers);
/// the others (Word) are read back by `crate::docx`, which fails when one is not.
pub fn text_formats() -> Vec<&'static str> {
    Format::ALL
        .into_iter()
        .filter(|f| f.is_text())
        .map(Format::name)
        .collect()
}

/// What a reader of `format` sees of `bytes`: text formats as they are, a Word document's XML
/// parts one after another.
pub fn readable(format: Format, bytes: &[u8]) -> Vec<u8> {
    if format.is_text() {
        return bytes.to_vec();
    }
    crate::docx::parts(bytes)
        .into_values()
        .collect::<String>()
        .into_bytes()
}

/// The values the last argument of `icso-assess <args>` accepts, as its usage error lists them
/// (`list --format`: table, plain, markdown, json), so a value added later is tested too.
pub fn accepted_values(args: &[&str]) -> Vec<String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_icso-assess"))
        .args(args)
        .arg("?")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    let values: Vec<String> = err
        .split_once("[possible values: ")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list.split(", ").map(str::to_string).collect())
        .unwrap_or_default();
    assert!(
        out.status.code() == Some(2) && !values.is_empty(),
        "`icso-assess {} ?` lists no values: {err}",
        args.join(" ")
    );
    values
}

/// A property test's `config` with a seed it prints (the harness shows it when the test fails),
/// so a failure can be replayed: `PROPTEST_RNG_SEED=<seed> cargo test --test cli <test>`. That
/// variable also fixes the seed; without it each run draws a new one, as proptest does.
pub fn seeded(mut config: ProptestConfig) -> ProptestConfig {
    use std::hash::BuildHasher;
    let seed = match config.rng_seed {
        RngSeed::Fixed(seed) => seed,
        RngSeed::Random => std::hash::RandomState::new().hash_one(std::time::SystemTime::now()),
    };
    println!("proptest seed: {seed} (replay with PROPTEST_RNG_SEED={seed})");
    config.rng_seed = RngSeed::Fixed(seed);
    config
}

/// The standard output of a run that had to succeed; fails with its standard error otherwise.
pub fn succeeded(out: Output) -> Vec<u8> {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A named pipe at `path`, made by `mkfifo` (POSIX: a test that needs one fails without it, it is
/// not skipped).
#[cfg(unix)]
pub fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(
        made.as_ref().is_ok_and(|s| s.success()),
        "mkfifo {}: {made:?}",
        path.display()
    );
}

/// A reader of the named pipe at `path`, already there when this returns: a program started
/// afterwards finds a reader at once. Its thread returns every byte written, once the writer
/// has come and gone (or what it has after ten seconds).
#[cfg(unix)]
pub fn fifo_reader(path: &std::path::Path) -> std::thread::JoinHandle<Vec<u8>> {
    use rustix::fs::{Mode, OFlags};
    use std::io::{ErrorKind, Read};
    use std::time::{Duration, Instant};
    // Opened without waiting for a writer; reads then tell "no writer yet or gone" (0) from
    // "writer there, nothing yet" (WouldBlock).
    let fd = rustix::fs::open(path, OFlags::RDONLY | OFlags::NONBLOCK, Mode::empty()).unwrap();
    let mut file = std::fs::File::from(fd);
    std::thread::spawn(move || {
        let start = Instant::now();
        let mut got = Vec::new();
        let mut buf = [0u8; 65536];
        let mut seen_writer = false;
        while start.elapsed() < Duration::from_secs(10) {
            match file.read(&mut buf) {
                Ok(0) if seen_writer || !got.is_empty() => break,
                Ok(0) => std::thread::sleep(Duration::from_millis(5)),
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    seen_writer = true;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => panic!("reading the pipe: {e}"),
            }
        }
        got
    })
}

/// `insta::assert_snapshot!` with a name, kept where it was when each module was a test binary of
/// its own: tests/snapshots/<module>__<name>.snap (`golden__overview.snap` for "overview" in
/// `golden`). Insta would otherwise put the binary's name in front (`cli__golden__overview`) and
/// look in a snapshots folder beside the module's file.
macro_rules! assert_snapshot {
    ($name:expr, $value:expr $(,)?) => {{
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        let name = format!(
            "{}__{}",
            $crate::common::snapshot_prefix(module_path!()),
            $name
        );
        settings.bind(|| insta::assert_snapshot!(name, $value));
    }};
}
pub(crate) use assert_snapshot;

/// The module path as a test binary of its own had it, the way insta writes it in file names:
/// `cli::broken_pipe::renderers` becomes `broken_pipe__renderers`.
pub fn snapshot_prefix(module_path: &str) -> String {
    let (_binary, module) = module_path
        .split_once("::")
        .expect("a snapshot is taken in a module of the test binary");
    module.replace("::", "__")
}

/// The binary under test, run from the repository's root (where `examples/` are) without colour.
pub fn icso(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_icso-assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run icso-assess")
}

/// The binary with only the locale variables given (the test process's own are removed).
pub fn with_locale(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_icso-assess"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    for (k, v) in vars {
        c.env(k, v);
    }
    c.output().expect("run icso-assess")
}
