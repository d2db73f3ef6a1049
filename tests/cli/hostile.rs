//! Hostile and broken input against every command that reads files: the small cases committed in
//! tests/hostile/ and large ones (huge files and lines, deep nesting) made here at run time. Every
//! run must fail cleanly, name the file, stay fast and small, and print nothing that could take
//! over a terminal; BOM and CRLF files must simply work.

use crate::common;

use std::ffi::OsString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// A guard against quadratic blow-ups in a debug build: processor seconds for each run, a cap the
/// kernel enforces (`ulimit -t`), so a crowded machine does not count (the other tests of this
/// binary run beside these). The real budget is in bench/.
const CPU_LIMIT_S: u64 = 2;
/// A guard against runs that wait instead of failing (a pipe, a lock): time on the clock.
const TIME_LIMIT: Duration = Duration::from_secs(10);
/// Virtual memory for each run, in KiB: a blow-up fails the run instead of eating the machine.
const MEMORY_LIMIT_KB: u64 = 1_000_000;
const EXAMPLE: &str = "examples/advocacy-quick-2026.toml";

/// `ICSO_HOSTILE_FULL=1` runs every command in every format on every case; by default each case
/// gets the commands every case needs plus a rotating share of the others, to keep the suite fast.
fn full() -> bool {
    std::env::var_os("ICSO_HOSTILE_FULL").is_some()
}

fn root(rel: &str) -> PathBuf {
    Path::new(ROOT).join(rel)
}

/// One run of the binary: how it ended, what it printed, how long it took.
struct Run {
    args: String,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
}

impl Run {
    fn text(&self) -> String {
        format!(
            "{}{}",
            String::from_utf8_lossy(&self.stdout),
            String::from_utf8_lossy(&self.stderr)
        )
    }
}

/// At most one run per core across all tests of this file, so the time guard measures the
/// program and not a crowded machine.
struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

static SLOTS: OnceLock<Slots> = OnceLock::new();

fn slot<T>(f: impl FnOnce() -> T) -> T {
    let slots = SLOTS.get_or_init(|| Slots {
        free: Mutex::new(std::thread::available_parallelism().map_or(2, |n| n.get())),
        freed: Condvar::new(),
    });
    let mut free = slots.free.lock().unwrap();
    while *free == 0 {
        free = slots.freed.wait(free).unwrap();
    }
    *free -= 1;
    drop(free);
    let result = f();
    *slots.free.lock().unwrap() += 1;
    slots.freed.notify_one();
    result
}

/// Run the binary under a memory and a processor-time cap, with no terminal, no colour and no
/// standard input.
fn icso(args: &[OsString]) -> Run {
    slot(|| icso_now(args))
}

fn icso_now(args: &[OsString]) -> Run {
    let start = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {MEMORY_LIMIT_KB}; ulimit -t {CPU_LIMIT_S}; exec \"$0\" \"$@\""
        ))
        .arg(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .output()
        .expect("run icso-assess");
    Run {
        args: args
            .iter()
            .map(|a| a.to_string_lossy().escape_debug().to_string())
            .collect::<Vec<_>>()
            .join(" "),
        code: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
        elapsed: start.elapsed(),
    }
}

fn args<const N: usize>(parts: [&dyn AsRef<std::ffi::OsStr>; N]) -> Vec<OsString> {
    parts.iter().map(|p| p.as_ref().to_os_string()).collect()
}

/// Characters that must never reach a terminal: C0 controls but tab and line ends (escape, bell,
/// NUL...), DEL and C1 controls, bidirectional controls and invisible characters. A list of its
/// own, not the program's rule: no output here holds emoji, so joiners and variation selectors
/// count too.
fn dangerous(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(
            c,
            '\u{AD}'                       // soft hyphen
                | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FE00}'..='\u{FE0F}'     // variation selectors
                | '\u{FEFF}'
                | '\u{E0000}'..='\u{E007F}'   // tag characters
                | '\u{E0100}'..='\u{E01EF}'   // variation selectors
        )
}

/// Output safe to print: UTF-8, no dangerous character, and carriage returns only before a
/// line feed (CSV ends rows with CRLF; a lone CR would let text overwrite its own line). One
/// U+FEFF is allowed, as the very first character: the byte-order mark every CSV starts with,
/// which the tool writes itself (text holding one is refused when loaded and replaced by every
/// writer).
fn terminal_safe(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("output is not UTF-8: {e}"))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let lone_cr = c == '\r' && chars.get(k + 1).is_none_or(|&(_, n)| n != '\n');
        if dangerous(c) || lone_cr {
            let around: String = chars[k.saturating_sub(30)..(k + 30).min(chars.len())]
                .iter()
                .map(|&(_, c)| c)
                .collect();
            return Err(format!(
                "output holds U+{:04X} at byte {i}: {around:?}",
                c as u32
            ));
        }
    }
    Ok(())
}

/// What every run on a hostile case must do; the problems found, if any.
fn check(run: &Run, codes: &[i32], names: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |what: String| problems.push(format!("`icso-assess {}`: {what}", run.args));
    match run.code {
        Some(code) if codes.contains(&code) => {}
        Some(101) => problem(format!("panicked: {}", run.text())),
        Some(code) => problem(format!("exit {code}, expected {codes:?}: {}", run.text())),
        None => problem(format!(
            "killed by a signal (a crash, over the memory cap or over {CPU_LIMIT_S} s of processor time)"
        )),
    }
    if run.elapsed > TIME_LIMIT {
        problem(format!("took {:?}, over {TIME_LIMIT:?}", run.elapsed));
    }
    for (stream, bytes) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        if let Err(why) = terminal_safe(bytes) {
            problem(format!("{stream}: {why}"));
        }
    }
    let text = run.text();
    if !names.iter().any(|n| text.contains(n)) {
        problem(format!(
            "no message names {names:?}: {}",
            text.chars().take(400).collect::<String>()
        ));
    }
    problems
}

/// Run `f` on every item on a few threads, collecting every problem instead of stopping at one.
fn each<T: Sync>(items: &[T], f: impl Fn(usize, &T) -> Vec<String> + Sync) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let found = f(i, item);
                    problems.lock().unwrap().extend(found);
                }
            });
        }
    });
    problems.into_inner().unwrap()
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// What a case puts where a file should be.
enum Content {
    Bytes(Vec<u8>),
    /// A symbolic link to this target.
    Link(PathBuf),
    Folder,
    Fifo,
    Missing,
}

/// Put `content` at `path`, replacing whatever is there.
fn place(path: &Path, content: &Content) {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).unwrap(),
        Ok(_) => std::fs::remove_file(path).unwrap(),
        Err(_) => {}
    }
    match content {
        Content::Bytes(bytes) => std::fs::write(path, bytes).unwrap(),
        Content::Link(target) => std::os::unix::fs::symlink(target, path).unwrap(),
        Content::Folder => std::fs::create_dir(path).unwrap(),
        Content::Fifo => common::mkfifo(path),
        Content::Missing => {}
    }
}

/// Every file of a corpus folder, sorted, with its bytes.
fn corpus(sub: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(root(sub))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A copy of a data folder (the repo's root for the built-in data), to break one of its files.
fn data_copy(from: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["recommendations", "questionnaires"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        for entry in std::fs::read_dir(root(from).join(sub)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(sub).join(entry.file_name())).unwrap();
        }
    }
    dir
}

// ---------------------------------------------------------------------------------------------
// Data files: validate --data and list --data

struct DataCase {
    name: String,
    /// Where the case goes inside the data folder.
    at: PathBuf,
    content: Content,
    /// Text a message must contain (the file's name, as shown).
    shown: String,
    /// More text `validate` must print, if any.
    expect: &'static str,
}

impl DataCase {
    fn new(name: &str, at: &str, content: Content) -> DataCase {
        let shown = Path::new(at)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        DataCase {
            name: name.to_string(),
            at: PathBuf::from(at),
            content,
            shown,
            expect: "",
        }
    }

    fn expecting(mut self, text: &'static str) -> DataCase {
        self.expect = text;
        self
    }
}

const REC_AT: &str = "recommendations/99-hostile.yaml";
const Q_AT: &str = "questionnaires/zz-hostile.yaml";

/// Large cases, made here rather than committed.
fn generated_data_cases() -> Vec<DataCase> {
    let b = |s: String| Content::Bytes(s.into_bytes());
    let deep = |open: &str, inner: &str, close: &str| {
        // 50,000 levels: far past the parser's limit, and within the size limit of a data file.
        format!("{}{inner}{}", open.repeat(50_000), close.repeat(50_000))
    };
    let rec = |field: &str| {
        format!(
            "recommendations:\n  - id: R49\n    number: 49\n    title: Hostile\n    summary: Text.\n    part: \"03\"\n    area: technology\n    tags: [technology]\n    first_step: Review it.\n    {field}\n"
        )
    };
    let entries = |n: usize| {
        let mut s = String::from("tags:\n");
        for _ in 0..n {
            s.push_str("  - {id: hostile, title: The same tag again}\n");
        }
        s
    };
    vec![
        DataCase::new(
            "huge-file",
            REC_AT,
            b(format!("# {}\n", "x".repeat(1_500_000))),
        )
        .expecting("over the limit"),
        DataCase::new("huge-file-of-entries", REC_AT, b(entries(40_000)))
            .expecting("over the limit"),
        DataCase::new("many-entries", REC_AT, b(entries(1_000))),
        DataCase::new(
            "long-text-repeated-by-aliases",
            REC_AT,
            b(format!(
                "tags:\n  - {{id: a, title: &t \"{}\"}}\n{}",
                "x".repeat(200_000),
                (0..12)
                    .map(|i| format!("  - {{id: b{i}, title: *t}}\n"))
                    .collect::<String>()
            )),
        )
        .expecting("error[yaml-limits]: its text values add up to more than 2 MiB, counting each use of an alias (*name); shorten them, and write each value out instead of repeating it with aliases"),
        DataCase::new(
            "long-line-title",
            REC_AT,
            b(format!(
                "tags:\n  - id: hostile\n    title: \"{}\"\n",
                "a".repeat(250_000)
            )),
        )
        .expecting("text-too-long"),
        DataCase::new(
            "long-line-quoted-key",
            REC_AT,
            b(format!(
                "tags:\n  - id: hostile\n    title: Hostile\n    \"{}\": x\n",
                "k".repeat(250_000)
            )),
        ),
        DataCase::new(
            "long-line-plain-key",
            REC_AT,
            b(format!("{}: x\n", "k".repeat(250_000))),
        ),
        DataCase::new(
            "long-line-reference",
            REC_AT,
            b(rec(&format!("audience: [\"{}\"]", "a".repeat(250_000)))),
        ),
        DataCase::new(
            "long-line-id",
            REC_AT,
            b(format!(
                "tags:\n  - id: {}\n    title: Hostile\n",
                "a".repeat(250_000)
            )),
        ),
        DataCase::new("deep-flow-root", REC_AT, b(deep("[", "", "]"))).expecting("yaml-limits"),
        DataCase::new(
            "deep-flow-sequence",
            REC_AT,
            b(format!("tags: {}\n", deep("[", "", "]"))),
        )
        .expecting("yaml-limits"),
        DataCase::new(
            "deep-flow-mapping",
            REC_AT,
            b(format!("tags: {}\n", deep("{a: ", "1", "}"))),
        ),
        DataCase::new(
            "deep-block-sequence",
            REC_AT,
            b(format!("tags:\n  {}x\n", "- ".repeat(100_000))),
        ),
        DataCase::new(
            "deep-in-a-field",
            REC_AT,
            b(rec(&format!("subpoints: {}", deep("[", "", "]")))),
        ),
        DataCase::new(
            "deep-in-a-questionnaire",
            Q_AT,
            b(format!("id: hostile\nscale: {}\n", deep("[", "", "]"))),
        ),
        DataCase::new(
            "symlink-to-etc-passwd",
            "recommendations/x.yaml",
            Content::Link("/etc/passwd".into()),
        )
        .expecting("symbolic link"),
        DataCase::new(
            "symlink-to-a-real-data-file",
            "recommendations/y.yaml",
            Content::Link(root("recommendations/00-guide.yaml")),
        )
        .expecting("symbolic link"),
        DataCase::new(
            "symlink-dangling",
            "questionnaires/gone.yaml",
            Content::Link("/nonexistent/icso/gone.yaml".into()),
        )
        .expecting("symbolic link"),
        DataCase::new("folder-as-file", "questionnaires/q.yaml", Content::Folder)
            .expecting("is a folder"),
        DataCase::new("fifo-as-file", "recommendations/f.yaml", Content::Fifo)
            .expecting("not a regular file"),
        DataCase {
            name: "escape-in-file-name".to_string(),
            at: "recommendations/\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202E}x.yaml".into(),
            content: b("tags: [\n".to_string()),
            shown: "x.yaml".to_string(),
            expect: "yaml-syntax",
        },
        DataCase {
            name: "symlinked-recommendations-folder".to_string(),
            at: "recommendations".into(),
            content: Content::Link(root("recommendations")),
            shown: "recommendations".to_string(),
            expect: "symbolic link",
        },
        // Read by its real name (the message shows it lossily), so the finding is about its YAML.
        DataCase {
            name: "file-name-not-utf8".to_string(),
            at: Path::new("recommendations").join(std::ffi::OsStr::from_bytes(b"99-\xff\xfe.yaml")),
            content: b("tags: [\n".to_string()),
            shown: "99-\u{FFFD}\u{FFFD}.yaml".to_string(),
            expect: "unclosed",
        },
    ]
}

/// What `validate` must say about some corpus files, word for word.
const CORPUS_MESSAGES: &[(&str, &str)] = &[
    ("workbook-bomb.xlsx", "it unpacks to more than 20 MB"),
    (
        "workbook-formula.xlsx",
        "sheet Questions, cell K2: the cell holds a formula",
    ),
    (
        "workbook-merged.xlsx",
        "sheet Questions, cells K2:K4: these cells are merged",
    ),
    (
        "workbook-not-ours.xlsx",
        "is not an icso-assess answers workbook: it has no sheet named Profile",
    ),
    ("workbook-password.xlsx", "it is password-protected"),
    ("workbook-truncated.xlsx", "it may be truncated"),
    (
        "syntax-two-documents.yaml",
        "error[yaml-limits]: the file holds 2 YAML documents; keep one document per file (remove the extra `---`)",
    ),
    (
        "id-trailing-space-in-key.yaml",
        "error[schema]: unknown field \"id \", expected one of id, title;",
    ),
    (
        "id-trailing-space-in-key.toml",
        "error[unknown-question]: question \"R02 \" is not in questionnaire quick 1.0; remove it or fix the id",
    ),
];

fn data_cases() -> Vec<DataCase> {
    let mut cases: Vec<DataCase> = corpus("tests/hostile/data")
        .into_iter()
        .map(|(name, bytes)| {
            let at = if name.starts_with("q-") { Q_AT } else { REC_AT };
            let case = DataCase::new(&name, at, Content::Bytes(bytes));
            match CORPUS_MESSAGES.iter().find(|(n, _)| *n == name) {
                Some((_, says)) => case.expecting(says),
                None => case,
            }
        })
        .collect();
    assert!(cases.len() >= 70, "the data corpus is missing");
    cases.extend(generated_data_cases());
    cases
}

/// Hostile files join the small valid catalogue of tests/fixtures/mini rather than the built-in
/// data: the same checks run, ten times faster.
const MINI: &str = "tests/fixtures/mini";

#[test]
fn hostile_data_files_fail_cleanly() {
    let cases = data_cases();
    let problems = each(&cases, |i, case| {
        let dir = data_copy(MINI);
        place(&dir.path().join(&case.at), &case.content);
        let data = dir.path().as_os_str();
        let mut problems = Vec::new();
        let mut note = |found: Vec<String>| {
            problems.extend(found.into_iter().map(|p| format!("[{}] {p}", case.name)));
        };
        // validate names the file; list stops at the first error and names the data folder.
        let validate = icso(&args([&"validate", &"--data", &data]));
        note(check(&validate, &[1, 2], &[&case.shown]));
        if validate.text().contains("root:x:0:0") {
            note(vec![
                "validate printed the content of /etc/passwd".to_string(),
            ]);
        }
        if !validate.text().contains(case.expect) {
            note(vec![format!(
                "validate does not say {:?}: {}",
                case.expect,
                validate.text()
            )]);
        }
        let shown_dir = dir.path().to_string_lossy().into_owned();
        let list = icso(&args([&"list", &"--data", &data]));
        note(check(&list, &[2], &[&shown_dir]));
        if !list.stdout.is_empty() || list.text().lines().count() != 1 {
            note(vec![format!(
                "list printed more than one error line: {}",
                list.text()
            )]);
        }
        // The JSON findings too, but for a third of the large cases only: it is the same parse.
        let small = matches!(&case.content, Content::Bytes(b) if b.len() < 64 * 1024);
        if full() || small || i % 3 == 0 {
            let json = icso(&args([&"validate", &"--format", &"json", &"--data", &data]));
            note(check(&json, &[1, 2], &[&case.shown]));
        }
        problems
    });
    assert_none(problems);
}

/// The built-in data with every file saved with a byte order mark and CRLF line ends.
#[test]
fn data_with_bom_and_crlf_simply_works() {
    let dir = data_copy(".");
    for sub in ["recommendations", "questionnaires"] {
        for entry in std::fs::read_dir(dir.path().join(sub)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("\u{FEFF}{}", text.replace('\n', "\r\n"))).unwrap();
        }
    }
    let data = dir.path().as_os_str();
    let validate = icso(&args([&"validate", &"--data", &data]));
    assert_eq!(validate.code, Some(0), "{}", validate.text());
    assert!(
        String::from_utf8_lossy(&validate.stdout).starts_with("ok: "),
        "{}",
        validate.text()
    );
    // The same catalogue, to the byte: no stray CR or BOM in any text.
    let converted = icso(&args([&"list", &"--format", &"json", &"--data", &data]));
    let builtin = icso(&args([&"list", &"--format", &"json"]));
    assert_eq!(converted.code, Some(0), "{}", converted.text());
    assert!(
        converted.stdout == builtin.stdout,
        "list differs with BOM and CRLF"
    );
    for run in [&validate, &converted] {
        assert!(
            run.elapsed < TIME_LIMIT,
            "{} took {:?}",
            run.args,
            run.elapsed
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Answers files: validate --answers, report, compare, aggregate, assess --file

struct AnswersCase {
    /// More text `validate` must print, if any.
    expect: &'static str,
    name: String,
    /// The answers file's name in its folder.
    file: String,
    content: Content,
    shown: String,
}

impl AnswersCase {
    fn new(name: &str, content: Content) -> AnswersCase {
        AnswersCase {
            expect: CORPUS_MESSAGES
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("", |(_, says)| says),
            name: name.to_string(),
            file: name.to_string(),
            content,
            shown: name.to_string(),
        }
    }
}

fn example() -> String {
    std::fs::read_to_string(root(EXAMPLE)).unwrap()
}

/// Large cases and files that are not files, made here rather than committed.
fn generated_answers_cases() -> Vec<AnswersCase> {
    let a = example();
    let b = |s: String| Content::Bytes(s.into_bytes());
    let deep = |open: &str, inner: &str, close: &str| {
        format!("{}{inner}{}", open.repeat(100_000), close.repeat(100_000))
    };
    let with_first = |line: String| a.replacen("format = 1\n", &format!("format = 1\n{line}\n"), 1);
    let many_tables = {
        let mut s = a.clone();
        for i in 0..2_000 {
            s.push_str(&format!("\n[answers.X{i}]\nlevel = 1\n"));
        }
        s
    };
    vec![
        AnswersCase::new(
            "huge-file.toml",
            b(format!("{a}# {}\n", "x".repeat(1_500_000))),
        ),
        AnswersCase::new(
            "long-line-note.toml",
            b(a.replacen(
                "note = \"Mapping",
                &format!("note = \"{} Mapping", "a".repeat(900_000)),
                1,
            )),
        ),
        AnswersCase::new(
            "long-line-key.toml",
            b(format!(
                "{a}\n[answers.{}]\nlevel = 1\n",
                "k".repeat(900_000)
            )),
        ),
        AnswersCase::new(
            "long-line-value.toml",
            b(a.replacen(
                "date = \"2026-10-20\"",
                &format!("date = \"{}\"", "9".repeat(900_000)),
                1,
            )),
        ),
        AnswersCase::new("many-tables.toml", b(many_tables)),
        AnswersCase::new(
            "deep-array.toml",
            b(with_first(format!("x = {}", deep("[", "", "]")))),
        ),
        AnswersCase::new(
            "deep-inline-table.toml",
            b(with_first(format!("x = {}", deep("{a=", "1", "}")))),
        ),
        AnswersCase::new(
            "deep-table-header.toml",
            b(format!("{a}\n[{}]\n", vec!["a"; 100_000].join("."))),
        ),
        AnswersCase::new(
            "deep-dotted-key.toml",
            b(with_first(format!("{} = 1", vec!["a"; 100_000].join(".")))),
        ),
        AnswersCase::new(
            "deep-level.toml",
            b(a.replacen(
                "[answers.R02]\nlevel = 2",
                &format!("[answers.R02]\nlevel = {}", deep("[", "", "]")),
                1,
            )),
        ),
        AnswersCase::new("symlink-to-a-valid-file.toml", Content::Link(root(EXAMPLE))),
        AnswersCase::new(
            "symlink-to-etc-passwd.toml",
            Content::Link("/etc/passwd".into()),
        ),
        AnswersCase::new(
            "symlink-loop.toml",
            Content::Link("symlink-loop.toml".into()),
        ),
        AnswersCase::new("folder.toml", Content::Folder),
        AnswersCase::new("fifo.toml", Content::Fifo),
        AnswersCase::new("missing.toml", Content::Missing),
        AnswersCase {
            expect: "",
            name: "escape-in-file-name".to_string(),
            file: "\u{1b}[31m\u{1b}]8;;x\u{1b}\\\u{202E}\u{9b}x.toml".to_string(),
            content: b("format = 1\n".to_string()),
            shown: "x.toml".to_string(),
        },
    ]
}

fn answers_cases() -> Vec<AnswersCase> {
    let mut cases: Vec<AnswersCase> = corpus("tests/hostile/answers")
        .into_iter()
        .map(|(name, bytes)| AnswersCase::new(&name, Content::Bytes(bytes)))
        .collect();
    assert!(cases.len() >= 60, "the answers corpus is missing");
    cases.extend(generated_answers_cases());
    cases
}

/// What a folder holds: each entry's name, kind, mode and bytes (or link target).
fn snapshot(dir: &Path) -> Vec<(OsString, String, u32, Vec<u8>)> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = std::fs::symlink_metadata(e.path()).unwrap();
            let kind = format!("{:?}", meta.file_type());
            let bytes = if meta.file_type().is_symlink() {
                std::fs::read_link(e.path())
                    .unwrap()
                    .into_os_string()
                    .into_encoded_bytes()
            } else if meta.is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (e.file_name(), kind, meta.permissions().mode(), bytes)
        })
        .collect();
    entries.sort();
    entries
}

#[test]
fn hostile_answers_files_fail_cleanly() {
    let cases = answers_cases();
    let good = root(EXAMPLE);
    // The built-in data less the full questionnaire, which no case uses: the same checks, faster.
    let quick = data_copy(".");
    std::fs::remove_file(quick.path().join("questionnaires/full.yaml")).unwrap();
    let quick = quick.path();
    let problems = each(&cases, |i, case| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(&case.file);
        place(&path, &case.content);
        let before = snapshot(dir.path());
        let mut problems = Vec::new();
        let mut note = |found: Vec<String>| {
            problems.extend(found.into_iter().map(|p| format!("[{}] {p}", case.name)));
        };
        let names = [case.shown.as_str()];

        let validate = icso(&args([&"validate", &"--data", &quick, &"--answers", &path]));
        note(check(&validate, &[1, 2], &names));
        if !validate.text().contains(case.expect) {
            note(vec![format!(
                "validate does not say {:?}: {}",
                case.expect,
                validate.text()
            )]);
        }
        // Each case gets one more reading command in turn (all of them with ICSO_HOSTILE_FULL):
        // the loader fails before any rendering, so one format per case covers the paths.
        let good: &Path = &good;
        let others: Vec<Vec<OsString>> = common::formats()
            .iter()
            .map(|f| {
                args([
                    &"report",
                    &"--data",
                    &quick,
                    &"--answers",
                    &path,
                    &"--format",
                    f,
                ])
            })
            .chain([
                args([&"compare", &"--data", &quick, &path, &good]),
                args([&"aggregate", &"--data", &quick, &good, &path]),
            ])
            .collect();
        let picked: Vec<&Vec<OsString>> = if full() {
            others.iter().collect()
        } else {
            vec![&others[i % others.len()]]
        };
        for command in picked {
            let run = icso(command);
            let report = command[0] == "report";
            note(check(&run, if report { &[2] } else { &[1, 2] }, &names));
            if report && !run.stdout.is_empty() {
                note(vec![format!("`{}` wrote to stdout", run.args)]);
            }
        }
        // Without a terminal, assess refuses at once; whatever is at --file stays as it was.
        let assess = icso(&args([&"assess", &"--file", &path]));
        note(check(&assess, &[2], &["terminal"]));
        if snapshot(dir.path()) != before {
            note(vec![
                "assess --file changed the folder of a broken answers file".to_string(),
            ]);
        }
        problems
    });
    assert_none(problems);
}

/// The example answers file saved with a byte order mark, CRLF line ends, or both: every
/// command reads it exactly as the original.
#[test]
fn answers_with_bom_and_crlf_simply_work() {
    let original = example();
    let dir = tempfile::tempdir().unwrap();
    let variants = [
        ("bom.toml", format!("\u{FEFF}{original}")),
        ("crlf.toml", original.replace('\n', "\r\n")),
        (
            "bom-crlf.toml",
            format!("\u{FEFF}{}", original.replace('\n', "\r\n")),
        ),
    ];
    let good = root(EXAMPLE);
    let paths: Vec<PathBuf> = variants
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    // Each command on the original, then on every variant.
    let mut jobs: Vec<Vec<Vec<OsString>>> = Vec::new();
    let command = |file: &Path, which: usize| -> Vec<OsString> {
        match which {
            0 => args([&"validate", &"--answers", &file]),
            1..=5 => args([
                &"report",
                &"--answers",
                &file,
                &"--format",
                &common::formats()[which - 1],
            ]),
            _ => args([&"compare", &good, &file, &"--format", &"json"]),
        }
    };
    for which in 0..7 {
        jobs.push(
            std::iter::once(good.as_path())
                .chain(paths.iter().map(PathBuf::as_path))
                .map(|f| command(f, which))
                .collect(),
        );
    }
    let problems = each(&jobs, |_, runs| {
        let original = icso(&runs[0]);
        let mut problems = Vec::new();
        for converted in &runs[1..] {
            let a = icso(converted);
            if a.code != Some(0) {
                problems.push(format!("`{}` exit {:?}: {}", a.args, a.code, a.text()));
            }
            // validate names the file it checked; everything else must match to the byte.
            if !a.args.starts_with("validate") && a.stdout != original.stdout {
                problems.push(format!(
                    "`{}` prints something else than the original",
                    a.args
                ));
            }
            if a.elapsed > TIME_LIMIT {
                problems.push(format!("`{}` took {:?}", a.args, a.elapsed));
            }
        }
        problems
    });
    assert_none(problems);
}

/// Notes that are valid text but start a formula after white space: every CSV the tool writes
/// (report, aggregate, compare) neutralises them with a leading `'`, and no other cell starts a
/// formula.
#[test]
fn csv_formulas_after_leading_white_space_are_neutralised() {
    let example = example();
    let line = "note = \"Mapping finished in March: 9 of 11 country teams had contacts with Chinese actors.\"";
    assert!(example.contains(line));
    let notes = [
        r#"note = "  =cmd|' /C calc'!A0""#,
        r#"note = "\n=1+1""#,
        r#"note = "\t@SUM(A1)""#,
        "note = \"\u{A0}+1\"",
        "note = \"\u{3000}-1\"",
        "note = \"\u{FF1D}1+1\"",
    ];
    let dir = tempfile::tempdir().unwrap();
    let good = root(EXAMPLE);
    let jobs: Vec<Vec<OsString>> = notes
        .iter()
        .enumerate()
        .flat_map(|(i, note)| {
            let path = dir.path().join(format!("formula-{i}.toml"));
            std::fs::write(&path, example.replacen(line, note, 1)).unwrap();
            [
                args([&"report", &"--answers", &path, &"--format", &"csv"]),
                args([&"aggregate", &good, &path, &"--format", &"csv"]),
                args([&"compare", &good, &path, &"--format", &"csv"]),
            ]
        })
        .collect();
    let problems = each(&jobs, |_, command| {
        let run = icso(command);
        let mut problems = check(&run, &[0], &["R01"]);
        let mut rows = csv::Reader::from_reader(run.stdout.as_slice());
        let mut notes = 0;
        for row in rows.records() {
            for cell in row.unwrap().iter() {
                let first = cell.trim_start().chars().next();
                let formula = matches!(first, Some('=' | '+' | '-' | '@' | '\u{FF1D}'));
                if formula && !cell.starts_with('\'') {
                    problems.push(format!("`{}`: cell {cell:?} not neutralised", run.args));
                }
                notes += usize::from(cell.starts_with('\''));
            }
        }
        // The combined answers of aggregate carry no notes: nothing to neutralise there.
        if notes == 0 && command[0] != "aggregate" {
            problems.push(format!("`{}`: no neutralised note", run.args));
        }
        problems
    });
    assert_none(problems);
}

// ---------------------------------------------------------------------------------------------
// Data folders over the limits: refused at once, before reading their files

#[test]
fn data_folders_over_the_limits_are_refused_at_once() {
    const TINY: &[u8] = b"tags: []\n";
    type Make = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Make, &str)> = vec![
        (
            "5,000 tiny data files",
            Box::new(|dir: &Path| {
                for i in 0..5_000 {
                    std::fs::write(dir.join(format!("recommendations/x{i}.yaml")), TINY).unwrap();
                }
            }),
            "holds more than 200 .yaml files in recommendations/ and questionnaires/, the limit for a data folder; keep only the data files there",
        ),
        (
            "201 data files in both folders",
            Box::new(|dir: &Path| {
                for i in 0..100 {
                    std::fs::write(dir.join(format!("recommendations/x{i}.yaml")), TINY).unwrap();
                    std::fs::write(dir.join(format!("questionnaires/x{i}.yml")), TINY).unwrap();
                }
            }),
            "holds more than 200 .yaml files",
        ),
        (
            "2,000 other files",
            Box::new(|dir: &Path| {
                for i in 0..2_000 {
                    std::fs::write(dir.join(format!("questionnaires/notes-{i}.txt")), "x").unwrap();
                }
            }),
            "holds more than 1000 entries, the limit for a data folder; keep only the data files there",
        ),
        (
            "nine files just under the size limit of each",
            Box::new(|dir: &Path| {
                let big = format!("# {}\n", "x".repeat(250_000));
                for i in 0..9 {
                    std::fs::write(dir.join(format!("recommendations/big-{i}.yaml")), &big)
                        .unwrap();
                }
            }),
            "add up to more than 2 MiB, the limit for a data folder; keep only the data files in recommendations/ and questionnaires/",
        ),
    ];
    let mut problems = Vec::new();
    for (name, make, says) in &cases {
        let dir = data_copy(MINI);
        make(dir.path());
        for command in [
            args([&"validate", &"--data", &dir.path()]),
            args([&"validate", &"--format", &"json", &"--data", &dir.path()]),
            args([&"list", &"--data", &dir.path()]),
        ] {
            let run = icso(&command);
            let shown = dir.path().to_string_lossy().into_owned();
            problems.extend(
                check(&run, &[2], &[&shown])
                    .into_iter()
                    .map(|p| format!("[{name}] {p}")),
            );
            if !run.text().contains(says) || run.text().lines().count() != 1 {
                problems.push(format!(
                    "[{name}] `{}` does not say {says:?}: {}",
                    run.args,
                    run.text()
                ));
            }
        }
    }
    assert_none(problems);
}

/// Tens of thousands of findings: people see the first hundred and how many more there are;
/// JSON lists them all.
#[test]
fn the_findings_shown_are_bounded() {
    let dir = data_copy(MINI);
    let mut tags = String::from("tags:\n");
    for _ in 0..3_000 {
        tags.push_str("  - {id: hostile, title: The same tag again}\n");
    }
    std::fs::write(dir.path().join(REC_AT), tags).unwrap();
    let run = icso(&args([&"validate", &"--data", &dir.path()]));
    assert_none(check(&run, &[1], &["99-hostile.yaml"]));
    let json = icso(&args([
        &"validate",
        &"--format",
        &"json",
        &"--data",
        &dir.path(),
    ]));
    assert_none(check(&json, &[1], &["99-hostile.yaml"]));
    let all: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    let total = all.len();
    assert!(total > 2_000, "{total}");
    let out = String::from_utf8_lossy(&run.stdout);
    let shown = out
        .lines()
        .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
        .count();
    assert_eq!(shown, 100, "{out}");
    assert!(
        out.contains(&format!(
            "and {} more findings: fix the ones above and run validate again (--format json lists every finding)",
            total - 100
        )),
        "{out}"
    );
    let errors = all.iter().filter(|f| f["severity"] == "error").count();
    assert!(
        out.ends_with(&format!(": {errors} errors, {} warnings\n", total - errors)),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// Files that could block: named pipes and /proc files, to read or to write

fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    place(&path, &Content::Fifo);
    path
}

/// `-o` a named pipe nobody reads: refused at once, not a wait forever.
#[test]
fn output_to_a_pipe_without_reader_fails_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "report.fifo");
    for format in common::formats() {
        let run = icso(&args([
            &"report",
            &"--answers",
            &root(EXAMPLE),
            &"--format",
            &format,
            &"-o",
            &pipe,
        ]));
        assert_none(check(&run, &[2], &["report.fifo"]));
        let shown = pipe.display();
        assert_eq!(
            String::from_utf8_lossy(&run.stderr),
            format!(
                "error: cannot write {shown}: it is a named pipe with no reader; start the reader first or write to a file\n"
            )
        );
    }
}

/// With a reader there, the pipe gets the whole report and stays a pipe.
#[test]
fn output_to_a_pipe_with_a_reader_works() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "report.fifo");
    let reader = common::fifo_reader(&pipe);
    let run = icso(&args([
        &"report",
        &"--answers",
        &root(EXAMPLE),
        &"--format",
        &"json",
        &"-o",
        &pipe,
    ]));
    assert_eq!(run.code, Some(0), "{}", run.text());
    let doc: serde_json::Value = serde_json::from_slice(&reader.join().unwrap()).unwrap();
    assert_eq!(doc["organisation"], "Open Rivers Alliance");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&pipe)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

/// Answers from a named pipe (nobody writing) or a /proc file that blocks on read: refused or
/// read as empty, at once, with a message naming the file.
#[test]
fn answers_that_could_block_fail_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<(PathBuf, &str)> = vec![(
        fifo(dir.path(), "answers.toml"),
        "is a named pipe, not a regular file; save its content to a file",
    )];
    // Reading /proc/kmsg waits for the next kernel message (root may open it).
    for (proc_file, says) in [
        ("/proc/kmsg", "the file is empty"),
        ("/proc/self/status", "the file is empty"),
    ] {
        if Path::new(proc_file).exists() {
            paths.push((PathBuf::from(proc_file), says));
        }
    }
    let mut problems = Vec::new();
    for (path, says) in &paths {
        let name = path.to_string_lossy().into_owned();
        for command in [
            args([&"report", &"--answers", path]),
            args([&"validate", &"--answers", path]),
            args([&"compare", path, &root(EXAMPLE)]),
        ] {
            let run = icso(&command);
            problems.extend(check(&run, &[1, 2], &[&name]));
            // Unreadable for lack of permission is a clear message too.
            if !run.text().contains(says) && !run.text().contains("permission denied") {
                problems.push(format!(
                    "`{}` does not say {says:?}: {}",
                    run.args,
                    run.text()
                ));
            }
        }
    }
    assert_none(problems);
}

// ---------------------------------------------------------------------------------------------
// Renderers: text that slips past the loader is still cleaned

mod renderers {
    use super::terminal_safe;
    use crate::common;
    use icso_assess::answers::{self, Answer, Answers, State};
    use icso_assess::catalogue::{self, Data, DataSource};
    use icso_assess::io::term::Style;
    use icso_assess::report::{Format, Report};
    use std::sync::OnceLock;

    fn data() -> &'static Data {
        static DATA: OnceLock<Data> = OnceLock::new();
        DATA.get_or_init(|| catalogue::load(&DataSource::Builtin).unwrap())
    }

    /// Everything that could take over a terminal or a page, in one string.
    const HOSTILE: &str = "=HYPERLINK(\"http://x\") \u{1b}[31mred\u{1b}[0m \u{1b}]0;title\u{7} \
        \u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ \u{9b}31m \u{202E}rlo \u{2066}lri\u{2069} \
        zw\u{200B}sp \u{FEFF}bom \u{0}nul\r\ncr <script>alert(1)</script> | *b* [l](x) & \"q\"";

    /// Answers built in code, as a bug in the loader or a future caller could make them:
    /// hostile text in every free-text field, and every kind of answer.
    fn hostile_answers() -> Answers {
        let q = data().questionnaire("quick").unwrap();
        let mut a = Answers {
            questionnaire: "quick".into(),
            questionnaire_version: q.version.clone(),
            organisation: HOSTILE.into(),
            respondent: HOSTILE.into(),
            date: HOSTILE.into(),
            ..Answers::default()
        };
        for (i, question) in q.questions.iter().enumerate() {
            let state = match i % 3 {
                0 => State::Level(u8::try_from(i % 3).unwrap()),
                1 => State::NotApplicable(HOSTILE.into()),
                _ => State::Unknown,
            };
            let answer = Answer {
                state,
                importance: None,
                target: None,
                note: Some(HOSTILE.into()),
                evidence: Vec::new(),
                source: None,
            };
            a.answers.insert(question.id.clone(), answer);
        }
        a
    }

    /// The report in `format`, as its reader sees it (a Word document's XML).
    fn render(format: Format, a: &Answers) -> String {
        let q = data().questionnaire(&a.questionnaire).unwrap();
        let r = Report::new(&data().catalogue, q, a, 10);
        let mut out = Vec::new();
        icso_assess::render::write(&r, format, Style::plain(100), &mut out).unwrap();
        String::from_utf8(common::readable(format, &out)).unwrap()
    }

    #[test]
    fn every_format_cleans_hostile_text() {
        let a = hostile_answers();
        for format in Format::ALL {
            let out = render(format, &a);
            let name = format.name();
            terminal_safe(out.as_bytes()).unwrap_or_else(|why| panic!("{name}: {why}"));
        }
    }

    #[test]
    fn every_aggregate_format_cleans_hostile_text() {
        use icso_assess::analysis::aggregate::{self, Input};
        let q = data().questionnaire("quick").unwrap();
        let hostile = hostile_answers();
        // A second respondent who disagrees everywhere, so every section is filled.
        let mut other = hostile.clone();
        for a in other.answers.values_mut() {
            a.state = State::Level(4);
        }
        let agg = aggregate::aggregate(
            &data().catalogue,
            q,
            vec![
                Input::new(HOSTILE, hostile),
                Input::new(format!("{HOSTILE}.toml"), other),
            ],
        );
        let mut r = Report::new(&data().catalogue, q, &agg.combined, 10);
        r.aggregate = Some(agg.summary);
        for format in Format::ALL {
            let mut out = Vec::new();
            icso_assess::render::write(&r, format, Style::plain(100), &mut out).unwrap();
            let name = format.name();
            terminal_safe(&common::readable(format, &out))
                .unwrap_or_else(|why| panic!("aggregate {name}: {why}"));
        }
        for w in &agg.warnings {
            terminal_safe(icso_assess::text::one_line(w).as_bytes()).unwrap();
        }
    }

    #[test]
    fn every_compare_format_cleans_hostile_text() {
        let a = hostile_answers();
        let q = data().questionnaire("quick").unwrap();
        let c =
            icso_assess::analysis::compare::Comparison::new(&data().catalogue, (q, &a), (q, &a));
        for format in Format::ALL {
            let mut out = Vec::new();
            icso_assess::render::write(&c, format, Style::plain(100), &mut out).unwrap();
            let name = format.name();
            terminal_safe(&common::readable(format, &out))
                .unwrap_or_else(|why| panic!("compare {name}: {why}"));
        }
    }

    #[test]
    fn markup_is_escaped_and_formulas_neutralised() {
        let a = hostile_answers();
        let html = render(Format::Html, &a);
        assert!(!html.contains("<script>alert"), "raw script in HTML");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let md = render(Format::Markdown, &a);
        assert!(!md.contains("<script>alert"), "raw script in Markdown");
        assert!(md.contains("&lt;script&gt;"));
        assert!(
            !md.contains(" | *b* "),
            "pipes and emphasis unescaped in Markdown"
        );
        let docx = render(Format::Docx, &a);
        assert!(!docx.contains("<script>alert"), "raw script in Word");
        assert!(docx.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let csv = render(Format::Csv, &a);
        assert!(!csv.contains("\n=HYPERLINK") && !csv.contains(",=HYPERLINK"));
        assert!(
            csv.contains("\"'=HYPERLINK") || csv.contains(",'=HYPERLINK"),
            "formula not neutralised: {csv}"
        );
    }

    #[test]
    fn json_keeps_the_text_exactly_but_escaped() {
        let a = hostile_answers();
        let json = render(Format::Json, &a);
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["organisation"], HOSTILE);
        let notes: Vec<&serde_json::Value> = doc["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| &i["note"])
            .collect();
        assert!(!notes.is_empty() && notes.iter().all(|n| *n == HOSTILE));
    }

    /// Through the loader, the same text never gets that far: every free-text field rejects each
    /// kind of character, raw or as a TOML escape, with a finding at its line.
    #[test]
    fn the_loader_rejects_hostile_text_in_every_field() {
        let example = std::fs::read_to_string(super::root(super::EXAMPLE)).unwrap();
        let fields = [
            ("organisation = ", "organisation = \"Open Rivers Alliance\""),
            ("respondent = ", "respondent = \"Senior leadership team\""),
            (
                "note = ",
                "note = \"Mapping finished in March: 9 of 11 country teams had contacts with Chinese actors.\"",
            ),
            (
                "reason = ",
                "reason = \"We have no Chinese partners whose standing could be put at risk by our impact claims.\"",
            ),
        ];
        let payloads = [
            r"\u001b[31m",
            r"\u001b]0;title\u0007",
            r"\u001b]8;;http://x\u001b\\",
            r"\u009b31m",
            "\u{9b}31m",
            r"\u202E",
            "\u{202E}",
            r"\u2066",
            "\u{2066}",
            r"\u200B",
            "\u{200B}",
            r"\uFEFF",
            "\u{FEFF}",
            r"\u0000",
            r"\u0007",
            r"\U000E0041",
            "\u{E0041}",
            r"\u00AD",
            "\u{AD}",
            "\u{3164}",
            r"\uFE0F",
            "\u{E0100}",
            "x\u{200D}y",
        ];
        for (key, line) in fields {
            let line_no = example.lines().position(|l| l == line).unwrap() + 1;
            for payload in payloads {
                let text = example.replacen(line, &format!("{key}\"a {payload} b\""), 1);
                let findings = answers::parse("hostile.toml", &text, data())
                    .expect_err(&format!("{key}{payload:?} was accepted"));
                let hit = findings.iter().find(|f| f.code == "forbidden-character");
                let hit = hit.unwrap_or_else(|| panic!("{key}{payload:?}: {findings:?}"));
                assert_eq!(hit.line, Some(u32::try_from(line_no).unwrap()));
                assert_eq!(hit.file, "hostile.toml");
                assert!(terminal_safe(hit.message.as_bytes()).is_ok(), "{hit:?}");
            }
        }
    }
}
