//! Encrypted answers and reports (age): round trips through every reader and writer, the
//! bad inputs (wrong key, damaged files, malformed recipients, a key others can read), the
//! plaintext limit, and interoperability with the `age` command-line tool both ways, by key and
//! by passphrase (typed in a pseudo-terminal, where both tools read it). The interoperability
//! tests skip with a note when `age` is not installed, except in CI, which installs it.
#![cfg(unix)]

use icso_assess::io::crypt::{self, Keys, Request, Seal};
use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const HEADER: &[u8] = b"age-encryption.org/v1\n";
/// Generous, so a loaded machine does not fail the test (a passphrase costs age about a second).
const TIMEOUT_MS: u64 = 30_000;

fn example(name: &str) -> PathBuf {
    Path::new(ROOT).join("examples").join(name)
}

/// The binary, run in `dir`, with no identity from the environment of whoever runs the tests.
fn tool(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("ICSO_ASSESS_IDENTITY");
    cmd
}

/// Exit code, standard output and standard error of the binary run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = tool(dir).args(args).output().expect("run icso-assess");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Run and require exit 0; standard output.
fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = run(dir, args);
    assert_eq!(code, 0, "icso-assess {}: {err}", args.join(" "));
    out
}

/// Run and require exit 2 with nothing on standard output; standard error.
fn fails(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = run(dir, args);
    assert_eq!(code, 2, "icso-assess {} should fail: {err}", args.join(" "));
    assert_eq!(out, "");
    assert!(
        !err.bytes().any(|b| b == 0x1b),
        "an escape character reached the terminal: {err:?}"
    );
    err
}

/// A new identity `name` in `dir` (by `key new`); its recipient.
fn new_key(dir: &Path, name: &str) -> String {
    let out = ok(dir, &["key", "new", "-o", name]);
    let recipient = out.trim().to_string();
    assert!(
        recipient.starts_with("age1") && recipient.len() == 62,
        "{out:?}"
    );
    recipient
}

/// The plaintext of the encrypted file at `path`, opened with the identity file `key`.
fn decrypt(path: &Path, key: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(HEADER),
        "{} is not an age file",
        path.display()
    );
    crypt::read(path, 16 << 20, &Keys::new(vec![key.to_path_buf()]))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .bytes
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Fail unless `got` is `want`, without printing them (they are long).
fn same(got: &[u8], want: &[u8], what: &str) {
    assert!(
        got == want,
        "{what}: {} bytes, not the {} expected",
        got.len(),
        want.len()
    );
}

/// Whether `needle` appears in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn key_new_writes_a_private_identity_once_and_prints_its_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let out = tool(dir.path())
        .args(["key", "new", "-o", "secretariat.key"])
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let recipient = String::from_utf8(out.stdout).unwrap();
    let key = dir.path().join("secretariat.key");
    assert_eq!(
        mode(&key),
        0o600,
        "the identity is private whatever the umask"
    );
    let text = std::fs::read_to_string(&key).unwrap();
    assert!(text.contains(&format!("# public key: {}", recipient.trim())));
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("AGE-SECRET-KEY-1"))
            .count(),
        1
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("AGE-SECRET-KEY"),
        "the secret is never printed"
    );
    assert_eq!(
        ok(dir.path(), &["key", "public", "secretariat.key"]),
        recipient
    );

    // Never over an existing file (it may be the key everything is encrypted to).
    let err = fails(dir.path(), &["key", "new", "-o", "secretariat.key"]);
    assert!(err.contains("secretariat.key already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), text);
    let err = fails(dir.path(), &["key", "new", "-o", "-"]);
    assert!(err.contains("never to standard output"), "{err}");
}

#[test]
fn encrypted_answers_read_like_plain_ones_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    let plain = example("federation-full-2026.toml");
    ok(d, &["convert", s(&plain), "-o", "plain.toml"]);
    let plain_text = std::fs::read_to_string(d.join("plain.toml")).unwrap();
    ok(
        d,
        &[
            "convert",
            s(&plain),
            "-o",
            "a.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    let sealed = std::fs::read(d.join("a.toml.age")).unwrap();
    assert!(sealed.starts_with(HEADER));
    assert!(
        !contains(&sealed, b"Hands Together"),
        "no plaintext in the file"
    );
    assert_eq!(mode(&d.join("a.toml.age")), 0o600, "answers stay private");
    same(
        &decrypt(&d.join("a.toml.age"), &d.join("sec.key")),
        plain_text.as_bytes(),
        "the decrypted file",
    );

    // The same report, byte for byte, from the encrypted file, with --identity or the variable.
    let want = ok(d, &["report", "--answers", s(&plain), "--format", "json"]);
    let got = ok(
        d,
        &[
            "report",
            "--identity",
            "sec.key",
            "--answers",
            "a.toml.age",
            "--format",
            "json",
        ],
    );
    assert_eq!(got, want);
    let by_env = tool(d)
        .args(["report", "--answers", "a.toml.age", "--format", "json"])
        .env("ICSO_ASSESS_IDENTITY", "sec.key")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(by_env.stdout).unwrap(), want);
    ok(
        d,
        &[
            "--identity",
            "sec.key",
            "validate",
            "--answers",
            "a.toml.age",
        ],
    );
    ok(
        d,
        &[
            "compare",
            "--identity",
            "sec.key",
            "a.toml.age",
            s(&plain),
            "--format",
            "csv",
        ],
    );
    let plan = d.join("plan.toml");
    ok(
        d,
        &[
            "plan",
            "--identity",
            "sec.key",
            "--answers",
            "a.toml.age",
            "-o",
            s(&plan),
        ],
    );
    assert!(
        std::fs::read_to_string(&plan)
            .unwrap()
            .contains("[[action]]")
    );

    // Any file with the age header is decrypted, whatever its name; the workbook too.
    std::fs::copy(d.join("a.toml.age"), d.join("named.toml")).unwrap();
    assert_eq!(
        ok(
            d,
            &[
                "report",
                "--identity",
                "sec.key",
                "--answers",
                "named.toml",
                "--format",
                "json"
            ]
        ),
        want
    );
    ok(
        d,
        &[
            "convert",
            "--identity",
            "sec.key",
            "a.toml.age",
            "-o",
            "b.xlsx.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    assert!(
        std::fs::read(d.join("b.xlsx.age"))
            .unwrap()
            .starts_with(HEADER)
    );
    assert_eq!(
        ok(
            d,
            &[
                "report",
                "--identity",
                "sec.key",
                "--answers",
                "b.xlsx.age",
                "--format",
                "json"
            ]
        ),
        want
    );
    // And back to plain text, for whoever holds the key.
    ok(
        d,
        &[
            "convert",
            "--identity",
            "sec.key",
            "b.xlsx.age",
            "-o",
            "c.toml",
        ],
    );
    assert_eq!(
        ok(d, &["report", "--answers", "c.toml", "--format", "json"]),
        want
    );
}

#[test]
fn encrypted_reports_hold_the_plain_report() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    let other = new_key(d, "office.key");
    let answers = example("advocacy-quick-2026.toml");
    let before = example("advocacy-quick-2025.toml");
    ok(d, &["report", "--answers", s(&answers), "-o", "plain.html"]);
    let (code, _, err) = run(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "report.html.age",
            "--encrypt-to",
            &recipient,
            "--encrypt-to",
            &other,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Wrote the html report, encrypted to 2 recipients, to report.html.age"),
        "{err}"
    );
    let plain = std::fs::read(d.join("plain.html")).unwrap();
    same(
        &decrypt(&d.join("report.html.age"), &d.join("sec.key")),
        &plain,
        "the decrypted file",
    );
    same(
        &decrypt(&d.join("report.html.age"), &d.join("office.key")),
        &plain,
        "the decrypted file",
    );

    // The format is the extension before .age; a Word document too; a recipients file.
    std::fs::write(
        d.join("recipients.txt"),
        format!("# the secretariat\n{recipient}\n\n"),
    )
    .unwrap();
    ok(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.docx.age",
            "--recipients-file",
            "recipients.txt",
        ],
    );
    assert!(decrypt(&d.join("r.docx.age"), &d.join("sec.key")).starts_with(b"PK"));
    ok(
        d,
        &[
            "compare",
            s(&before),
            s(&answers),
            "-o",
            "c.md.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    let md = ok(
        d,
        &["compare", s(&before), s(&answers), "--format", "markdown"],
    );
    same(
        &decrypt(&d.join("c.md.age"), &d.join("sec.key")),
        md.as_bytes(),
        "the decrypted file",
    );
    ok(
        d,
        &[
            "workshop",
            "pack",
            s(&example("federation")),
            "-o",
            "pack.html.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    assert!(contains(
        &decrypt(&d.join("pack.html.age"), &d.join("sec.key")),
        b"<html"
    ));
}

#[test]
fn aggregate_reads_a_folder_of_encrypted_replies() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    let offices = d.join("offices");
    std::fs::create_dir(&offices).unwrap();
    let federation = example("federation");
    for name in ["bangkok", "beijing", "nairobi", "secretariat"] {
        let from = federation.join(format!("{name}.toml"));
        let to = offices.join(format!("{name}.toml.age"));
        ok(
            d,
            &[
                "convert",
                s(&from),
                "-o",
                s(&to),
                "--encrypt-to",
                &recipient,
            ],
        );
    }
    // The reference: the same files in plain text.
    ok(
        d,
        &[
            "aggregate",
            s(&federation),
            "--save-combined",
            "plain.toml",
            "-o",
            "plain.json",
        ],
    );
    let (code, _, err) = run(
        d,
        &[
            "aggregate",
            "--identity",
            "sec.key",
            "offices",
            "-o",
            "report.json.age",
            "--save-combined",
            "combined.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Saved the combined answers of 4 respondents, encrypted to 1 recipient,"),
        "{err}"
    );
    let key = d.join("sec.key");
    same(
        &decrypt(&d.join("combined.toml.age"), &key),
        &std::fs::read(d.join("plain.toml")).unwrap(),
        "the decrypted file",
    );
    assert_eq!(mode(&d.join("combined.toml.age")), 0o600);
    let report: serde_json::Value =
        serde_json::from_slice(&decrypt(&d.join("report.json.age"), &key)).unwrap();
    let want: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("plain.json")).unwrap()).unwrap();
    assert_eq!(report["items"], want["items"]);
    assert_eq!(
        report["aggregate"]["disagreements"],
        want["aggregate"]["disagreements"]
    );

    // Without the key: one clear error, naming a file and the fix, nothing written.
    let err = fails(d, &["aggregate", "offices", "-o", "nokey.html"]);
    assert!(
        err.contains("offices/bangkok.toml.age") && err.contains("--identity FILE"),
        "{err}"
    );
    assert!(!d.join("nokey.html").exists());
}

#[test]
fn bad_inputs_are_refused_with_the_file_and_the_fix_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    new_key(d, "other.key");
    let answers = example("advocacy-quick-2026.toml");
    ok(
        d,
        &[
            "convert",
            s(&answers),
            "-o",
            "a.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    let sealed = std::fs::read(d.join("a.toml.age")).unwrap();
    let report = |key: &str, file: &str| {
        fails(
            d,
            &[
                "report",
                "--identity",
                key,
                "--answers",
                file,
                "-o",
                "out.html",
            ],
        )
    };

    // A wrong identity, or a file for another recipient: the same to age.
    let err = report("other.key", "a.toml.age");
    assert!(
        err.starts_with("error: cannot read answers file a.toml.age: is encrypted to other keys: none of the identities in other.key (--identity) opens it; give the identity file of one of its recipients with --identity FILE"),
        "{err}"
    );
    // No identity at all.
    let err = fails(d, &["report", "--answers", "a.toml.age", "-o", "out.html"]);
    assert!(err.contains("a.toml.age: is encrypted (age); give the identity file that opens it with --identity FILE, or name it in ICSO_ASSESS_IDENTITY"), "{err}");

    // Cut short, changed in its payload, changed in its header.
    std::fs::write(d.join("cut.toml.age"), &sealed[..sealed.len() - 20]).unwrap();
    let err = report("sec.key", "cut.toml.age");
    assert!(
        err.contains("cut.toml.age: is damaged: the encrypted data does not check out"),
        "{err}"
    );
    assert!(err.contains("ask for a new copy"), "{err}");
    let mut changed = sealed.clone();
    let last = changed.len() - 5;
    changed[last] ^= 0x20;
    std::fs::write(d.join("changed.toml.age"), &changed).unwrap();
    let err = report("sec.key", "changed.toml.age");
    assert!(err.contains("changed.toml.age: is damaged"), "{err}");
    let mut header = sealed.clone();
    let at = sealed.iter().position(|&b| b == b'>').unwrap() + 12;
    header[at] = if header[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(d.join("header.toml.age"), &header).unwrap();
    let err = report("sec.key", "header.toml.age");
    assert!(err.contains("header.toml.age: is"), "{err}");
    std::fs::write(d.join("empty.toml.age"), HEADER).unwrap();
    let err = report("sec.key", "empty.toml.age");
    assert!(
        err.contains("empty.toml.age: is not a complete age file"),
        "{err}"
    );
    assert!(!d.join("out.html").exists(), "nothing was written");

    // Malformed recipients: named, control characters escaped, nothing written.
    let err = fails(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.html.age",
            "--encrypt-to",
            "age1nope\u{1b}]0;x\u{7}",
        ],
    );
    assert!(err.starts_with("error: --encrypt-to: \"age1nope\\u{001B}]0;x\\u{0007}\" is not an age recipient; a recipient starts with age1"), "{err}");
    std::fs::write(d.join("list.txt"), format!("{recipient}\nage1short\n")).unwrap();
    let err = fails(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.html.age",
            "--recipients-file",
            "list.txt",
        ],
    );
    assert!(
        err.contains("the recipients file list.txt, line 2: \"age1short\" is not an age recipient"),
        "{err}"
    );
    let secret = std::fs::read_to_string(d.join("sec.key")).unwrap();
    let secret = secret
        .lines()
        .find(|l| l.starts_with("AGE-SECRET"))
        .unwrap();
    let err = fails(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.html.age",
            "--encrypt-to",
            secret,
        ],
    );
    assert!(
        err.contains("that is a secret identity, not a recipient") && !err.contains(secret),
        "{err}"
    );
    assert!(!d.join("r.html.age").exists(), "nothing was written");

    // Names: an encrypted output ends in .age, a .age name is encrypted, standard output never.
    let err = fails(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.html",
            "--encrypt-to",
            &recipient,
        ],
    );
    assert!(err.contains("name it r.html.age"), "{err}");
    let err = fails(d, &["report", "--answers", s(&answers), "-o", "r.html.age"]);
    assert!(err.contains("r.html.age: a name ending in .age (-o) is for an encrypted file; say who may read it with --encrypt-to"), "{err}");
    let err = fails(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "--encrypt-to",
            &recipient,
        ],
    );
    assert!(err.contains("standard output is never encrypted"), "{err}");
    let err = fails(d, &["template", "-o", "blank.toml.age"]);
    assert!(
        err.contains("blank.toml.age: a name ending in .age is for an encrypted file"),
        "{err}"
    );
    // Never plaintext over an encrypted file, whatever its name.
    std::fs::copy(d.join("a.toml.age"), d.join("old.html")).unwrap();
    let err = fails(d, &["report", "--answers", s(&answers), "-o", "old.html"]);
    assert!(
        err.contains(
            "old.html: it is an encrypted file, and this would replace it with one anyone can read"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(d.join("old.html")).unwrap(), sealed);
    // The identity file itself: not one, or missing.
    std::fs::write(d.join("bad.key"), "not a key\n").unwrap();
    let err = report("bad.key", "a.toml.age");
    assert!(
        err.contains("the identity file bad.key (--identity) is not an age identity file"),
        "{err}"
    );
    assert!(
        !err.contains("not a key"),
        "the file's lines are not repeated: {err}"
    );
    let err = report("missing.key", "a.toml.age");
    assert!(
        err.contains("the identity file missing.key (--identity) does not exist"),
        "{err}"
    );
    assert!(!d.join("out.html").exists(), "nothing was written");
}

#[test]
fn an_identity_others_can_read_is_used_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    ok(
        d,
        &[
            "convert",
            s(&example("advocacy-quick-2026.toml")),
            "-o",
            "a.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    std::fs::set_permissions(d.join("sec.key"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, err) = run(
        d,
        &[
            "report",
            "--identity",
            "sec.key",
            "--answers",
            "a.toml.age",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: the identity file sec.key can be read by other users of this computer (mode 0644)")
            && err.contains("chmod 600 sec.key"),
        "{err}"
    );
}

#[test]
fn the_size_limit_is_on_the_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    let seal = Seal::from_request(
        &Request {
            encrypt_to: vec![recipient],
            ..Request::default()
        },
        "big",
    )
    .unwrap();
    let mut text = std::fs::read_to_string(example("advocacy-quick-2026.toml")).unwrap();
    let write = |text: &str, name: &str| {
        let mut out = Vec::new();
        seal.write(&mut out, |w| w.write_all(text.as_bytes()))
            .unwrap();
        std::fs::write(d.join(name), out).unwrap();
    };
    // Just under 1 MiB of plaintext (comments) reads; just over is refused.
    while text.len() < 1 << 20 {
        text.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    text.truncate((1 << 20) - 1);
    text.push('\n');
    write(&text, "full.toml.age");
    ok(
        d,
        &[
            "--identity",
            "sec.key",
            "validate",
            "--answers",
            "full.toml.age",
        ],
    );
    text.push_str("# one more\n");
    write(&text, "over.toml.age");
    let err = fails(
        d,
        &[
            "report",
            "--identity",
            "sec.key",
            "--answers",
            "over.toml.age",
        ],
    );
    assert!(err.contains("over.toml.age: holds more than 1048576 bytes once decrypted, over the limit of 1048576 bytes"), "{err}");
}

#[test]
fn what_leaves_for_a_pipe_is_ciphertext_only() {
    // `-o` to a named pipe is written in place, not through a temporary file: what comes out of
    // the pipe is all the tool wrote, and it is ciphertext from the first byte.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    let fifo = d.join("pipe.md.age");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let (code, _, err) = run(
        d,
        &[
            "report",
            "--answers",
            s(&example("federation-full-2026.toml")),
            "-o",
            s(&fifo),
            "--encrypt-to",
            &recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let bytes = reader.join().unwrap();
    assert!(bytes.starts_with(HEADER));
    assert!(!contains(&bytes, b"Hands Together"));
    std::fs::remove_file(&fifo).unwrap();
    std::fs::write(&fifo, &bytes).unwrap();
    let md = decrypt(&fifo, &d.join("sec.key"));
    assert!(contains(&md, b"Hands Together"));
}

// ---- in a pseudo-terminal: the assessment's autosave, and passphrases ----

const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";

/// `program args...` in a pseudo-terminal in `dir`, 100 columns, under umask 022.
fn spawn(dir: &Path, program: &str, args: &[&str]) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("umask 022 && stty cols 100 rows 50 && exec \"$0\" \"$@\"")
        .arg(program)
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env_remove("ICSO_ASSESS_IDENTITY");
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("spawn in a pty")
}

fn expect(s: &mut PtySession, needle: &str) -> String {
    s.exp_string(needle)
        .unwrap_or_else(|e| panic!("waiting for {needle:?}: {e}"))
}

fn send(s: &mut PtySession, keys: &str) {
    s.send(keys).expect("send keys");
    s.flush().expect("flush keys");
}

/// Read to the end; (everything shown, exit code).
fn finish(s: &mut PtySession) -> (String, i32) {
    let rest = s.exp_eof().expect("the program ends");
    match s.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => (rest, code),
        other => panic!("did not exit normally: {other:?}"),
    }
}

/// Type a passphrase at the prompt that ends with `prompt`.
fn type_passphrase(s: &mut PtySession, prompt: &str, passphrase: &str) {
    expect(s, prompt);
    send(s, &format!("{passphrase}{ENTER}"));
}

/// Answer a new quick assessment's name, respondent and profile questions (when `new`), then
/// `levels` questions at level 2.
fn answer(s: &mut PtySession, new: bool, levels: usize) {
    if new {
        expect(s, "Organisation name");
        send(s, "Acme Relief\r");
        expect(s, "Who is answering?");
        send(s, "Leadership team\r");
        for p in &quick().profile {
            let start: String = p.question.chars().take(20).collect();
            expect(s, &start);
            send(s, "1");
        }
    }
    for _ in 0..levels {
        expect(s, "0-4 level");
        send(s, "2");
        expect(s, "How important is this for your organisation?");
        send(s, ENTER);
        expect(s, "Note (optional)");
        send(s, ENTER);
    }
}

/// [`answer`], then stop with Ctrl-C at the next question: everything shown, and the exit code.
fn answer_and_stop(s: &mut PtySession, new: bool, levels: usize) -> (String, i32) {
    answer(s, new, levels);
    expect(s, "0-4 level");
    send(s, CTRL_C);
    finish(s)
}

/// The built-in quick questionnaire.
fn quick() -> icso_assess::questionnaire::Questionnaire {
    let data = icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin).unwrap();
    data.questionnaire("quick").unwrap().clone()
}

#[test]
fn the_end_of_an_encrypted_assessment_saves_encrypted_reports_and_offers_no_plan() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "me.key");
    let mut t = spawn(
        d,
        BIN,
        &[
            "assess",
            "--questionnaire",
            "quick",
            "--file",
            "q.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    answer(&mut t, true, quick().questions.len());
    let end = expect(&mut t, "f Finish");
    assert!(end.contains("Your assessment is complete"), "{end}");
    assert!(
        !end.contains("Draft an action plan"),
        "no plaintext plan is offered: {end}"
    );
    send(&mut t, "h");
    expect(&mut t, "Save the report as");
    expect(&mut t, "q-report.html.age");
    send(&mut t, ENTER);
    expect(&mut t, "Saved the html report to");
    expect(&mut t, "f Finish");
    send(&mut t, "f");
    let (rest, code) = finish(&mut t);
    assert_eq!(code, 0, "{rest}");
    let html = decrypt(&d.join("q-report.html.age"), &d.join("me.key"));
    assert!(contains(&html, b"Acme Relief") && contains(&html, b"<html"));
    let names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".lock"))
        .collect();
    assert_eq!(
        names.len(),
        3,
        "only the key, the answers and the report: {names:?}"
    );
}

#[test]
fn the_assessment_saves_encrypted_after_every_answer_and_resumes_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "me.key");
    let file = d.join("kenya.toml.age");
    let mut t = spawn(
        d,
        BIN,
        &[
            "assess",
            "--questionnaire",
            "quick",
            "--file",
            "kenya.toml.age",
            "--encrypt-to",
            &recipient,
            "--identity",
            "me.key",
        ],
    );
    expect(&mut t, "The file is encrypted to 1 recipient");
    let (shown, code) = answer_and_stop(&mut t, true, 2);
    assert_eq!(code, 130);
    let resume = format!(
        "icso-assess assess --file kenya.toml.age --encrypt-to {recipient} --identity me.key"
    );
    assert!(
        shown.contains(&resume),
        "the resume command gives the recipient again: {shown}"
    );
    let sealed = std::fs::read(&file).unwrap();
    assert!(sealed.starts_with(HEADER) && !contains(&sealed, b"Acme"));
    assert_eq!(mode(&file), 0o600);
    let text = String::from_utf8(decrypt(&file, &d.join("me.key"))).unwrap();
    assert!(text.contains("organisation = \"Acme Relief\""), "{text}");
    assert_eq!(text.matches("level = 2").count(), 2, "{text}");
    // Nothing else in the folder: no temporary file or plaintext copy left.
    let mut names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".lock"))
        .collect();
    names.sort();
    assert_eq!(names, ["kenya.toml.age", "me.key"]);

    // Resumed without the recipients: refused before anything, the file as it was.
    let mut t = spawn(
        d,
        BIN,
        &["assess", "--file", "kenya.toml.age", "--identity", "me.key"],
    );
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 2);
    assert!(
        shown.contains("kenya.toml.age is encrypted to recipients, whom an age file does not name"),
        "{shown}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), sealed);

    // Resumed with them: one more answer, still encrypted.
    let mut t = spawn(
        d,
        BIN,
        &[
            "assess",
            "--file",
            "kenya.toml.age",
            "--encrypt-to",
            &recipient,
            "--identity",
            "me.key",
        ],
    );
    expect(&mut t, "Resuming the assessment in kenya.toml.age");
    let (_, code) = answer_and_stop(&mut t, false, 1);
    assert_eq!(code, 130);
    let text = String::from_utf8(decrypt(&file, &d.join("me.key"))).unwrap();
    assert_eq!(text.matches("level = 2").count(), 3, "{text}");
}

#[test]
fn the_workshop_reads_encrypted_replies_and_saves_its_consensus_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "sec.key");
    std::fs::create_dir(d.join("offices")).unwrap();
    for name in ["bangkok", "beijing", "nairobi", "secretariat"] {
        let from = example("federation").join(format!("{name}.toml"));
        let to = format!("offices/{name}.toml.age");
        ok(
            d,
            &["convert", s(&from), "-o", &to, "--encrypt-to", &recipient],
        );
    }
    let args = [
        "workshop",
        "--identity",
        "sec.key",
        "offices",
        "-o",
        "consensus.toml.age",
        "--encrypt-to",
        &recipient,
    ];
    let mut t = spawn(d, BIN, &args);
    expect(&mut t, "Where do you want to start?");
    send(&mut t, ENTER);
    expect(&mut t, "Disagreement 1 of");
    expect(&mut t, "0-4 level");
    send(&mut t, "2");
    expect(&mut t, "Why does the group agree on this level?");
    send(&mut t, "Only Bangkok works with the networks\r");
    expect(&mut t, "What shows it?");
    send(&mut t, ENTER);
    expect(&mut t, "Disagreement 2 of");
    send(&mut t, CTRL_C);
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 130, "{shown}");
    assert!(
        shown.contains(&format!(
            "-o consensus.toml.age --encrypt-to {recipient} --identity sec.key"
        )),
        "the resume command gives the recipient again: {shown}"
    );
    let file = d.join("consensus.toml.age");
    let sealed = std::fs::read(&file).unwrap();
    assert!(!contains(&sealed, b"Bangkok"));
    assert_eq!(mode(&file), 0o600);
    let text = String::from_utf8(decrypt(&file, &d.join("sec.key"))).unwrap();
    assert!(
        text.contains("justification = \"Only Bangkok works with the networks\""),
        "{text}"
    );

    // Resumed without the recipient: refused, the file as it was.
    let mut t = spawn(d, BIN, &args[..6]);
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 2, "{shown}");
    assert!(
        shown.contains("consensus.toml.age is encrypted to recipients"),
        "{shown}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), sealed);
}

#[test]
fn a_passphrase_is_asked_twice_to_encrypt_and_once_to_open() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answers = example("advocacy-quick-2026.toml");
    let mut t = spawn(
        d,
        BIN,
        &["convert", s(&answers), "-o", "p.toml.age", "--passphrase"],
    );
    type_passphrase(
        &mut t,
        "Passphrase to encrypt p.toml.age: ",
        "correct horse",
    );
    type_passphrase(&mut t, "The same passphrase again: ", "correct hose");
    expect(&mut t, "The two passphrases differ; type it again.");
    type_passphrase(
        &mut t,
        "Passphrase to encrypt p.toml.age: ",
        "correct horse",
    );
    type_passphrase(&mut t, "The same passphrase again: ", "correct horse");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    assert!(
        !shown.contains("correct horse"),
        "the passphrase is not echoed: {shown}"
    );
    let sealed = std::fs::read(d.join("p.toml.age")).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "));

    // Opened with it: a wrong one first, then the right one.
    let mut t = spawn(
        d,
        BIN,
        &[
            "report",
            "--answers",
            "p.toml.age",
            "--format",
            "json",
            "-o",
            "r.json",
        ],
    );
    type_passphrase(&mut t, "Passphrase for p.toml.age: ", "wrong");
    expect(
        &mut t,
        "That passphrase does not open p.toml.age; try again.",
    );
    type_passphrase(&mut t, "Passphrase for p.toml.age: ", "correct horse");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(
        std::fs::read_to_string(d.join("r.json")).unwrap(),
        ok(d, &["report", "--answers", s(&answers), "--format", "json"])
    );

    // Three wrong ones: exit 2, nothing written.
    let mut t = spawn(
        d,
        BIN,
        &["report", "--answers", "p.toml.age", "-o", "no.html"],
    );
    for _ in 0..3 {
        type_passphrase(&mut t, "Passphrase for p.toml.age: ", "wrong");
    }
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 2);
    assert!(shown.contains("none of the 3 typed opens it"), "{shown}");
    assert!(!d.join("no.html").exists());
}

#[test]
fn ctrl_c_at_the_passphrase_stops_with_the_terminal_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answers = example("advocacy-quick-2026.toml");
    // The shell reports the exit status, then the terminal's echo setting after the program
    // (on before it: rexpect starts its terminal without echo).
    let script = format!(
        "stty echo; {BIN} convert {} -o p.toml.age --passphrase; echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'",
        s(&answers)
    );
    let mut t = spawn(d, "sh", &["-c", &script]);
    expect(&mut t, "Passphrase to encrypt p.toml.age: ");
    send(&mut t, "half typed");
    send(&mut t, CTRL_C);
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    assert!(
        shown.contains("Stopped at the passphrase; nothing was written."),
        "{shown}"
    );
    assert!(shown.contains("exit=130"), "{shown}");
    assert!(
        shown.lines().any(|l| l.trim() == "echo"),
        "echo is back on: {shown}"
    );
    assert!(!d.join("p.toml.age").exists());
}

/// The `age` binary, or `None` (and a note) where it is not installed; CI must have it.
fn age_tool() -> Option<&'static str> {
    let found = Command::new("age")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some("age");
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the age command-line tool must be installed in CI (.ci/run installs Debian's age)"
    );
    println!(
        "note: the age command-line tool is not installed; the interoperability test is skipped (apt-get install age)"
    );
    None
}

#[test]
fn files_interoperate_with_the_age_tool_by_key() {
    let Some(age) = age_tool() else { return };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answers = example("federation-full-2026.toml");
    // What the tool writes of these answers (convert writes them in the questionnaire's order).
    ok(d, &["convert", s(&answers), "-o", "plain.toml"]);
    let plain = std::fs::read(d.join("plain.toml")).unwrap();

    // The tool's key and file, decrypted by age.
    let recipient = new_key(d, "sec.key");
    ok(
        d,
        &[
            "convert",
            s(&answers),
            "-o",
            "ours.toml.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    let out = Command::new(age)
        .args(["-d", "-i", "sec.key", "ours.toml.age"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    same(&out.stdout, &plain, "age -d of the tool's file");

    // age-keygen's key and age's file (binary and armoured), read by the tool.
    let theirs = Command::new("age-keygen")
        .args(["-o", "theirs.key"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(theirs.status.success());
    let their_recipient = ok(d, &["key", "public", "theirs.key"]);
    let keygen_y = Command::new("age-keygen")
        .args(["-y", "theirs.key"])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(keygen_y.stdout).unwrap(), their_recipient);
    for (name, armour) in [("theirs.toml.age", false), ("armoured.toml.age", true)] {
        let mut cmd = Command::new(age);
        cmd.args(["-r", their_recipient.trim(), "-o", name]);
        if armour {
            cmd.arg("-a");
        }
        assert!(cmd.arg(&answers).current_dir(d).status().unwrap().success());
        assert_eq!(
            ok(
                d,
                &[
                    "report",
                    "--identity",
                    "theirs.key",
                    "--answers",
                    name,
                    "--format",
                    "json"
                ]
            ),
            ok(d, &["report", "--answers", s(&answers), "--format", "json"])
        );
    }
    // A recipients file as `age -R` reads it, and a report to age's recipient.
    std::fs::write(
        d.join("r.txt"),
        format!("# both\n{recipient}\n{their_recipient}"),
    )
    .unwrap();
    ok(
        d,
        &[
            "report",
            "--answers",
            s(&answers),
            "-o",
            "r.md.age",
            "--recipients-file",
            "r.txt",
        ],
    );
    let out = Command::new(age)
        .args(["-d", "-i", "theirs.key", "r.md.age"])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        ok(
            d,
            &["report", "--answers", s(&answers), "--format", "markdown"]
        )
    );
}

#[test]
fn files_interoperate_with_the_age_tool_by_passphrase() {
    let Some(age) = age_tool() else { return };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answers = example("advocacy-quick-2026.toml");
    // What the tool writes of these answers (convert writes them in the questionnaire's order).
    ok(d, &["convert", s(&answers), "-o", "plain.toml"]);
    let plain = std::fs::read(d.join("plain.toml")).unwrap();

    // Encrypted by age -p (which reads the passphrase from the terminal only), read by the tool.
    let mut t = spawn(d, age, &["-p", "-o", "theirs.toml.age", s(&answers)]);
    type_passphrase(&mut t, "Enter passphrase", "tea at five");
    type_passphrase(&mut t, "Confirm passphrase", "tea at five");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    let mut t = spawn(d, BIN, &["convert", "theirs.toml.age", "-o", "back.toml"]);
    type_passphrase(&mut t, "Passphrase for theirs.toml.age: ", "tea at five");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(
        ok(d, &["report", "--answers", "back.toml", "--format", "json"]),
        ok(d, &["report", "--answers", s(&answers), "--format", "json"])
    );

    // Encrypted by the tool, decrypted by age -d.
    let mut t = spawn(
        d,
        BIN,
        &[
            "convert",
            s(&answers),
            "-o",
            "ours.toml.age",
            "--passphrase",
        ],
    );
    type_passphrase(
        &mut t,
        "Passphrase to encrypt ours.toml.age: ",
        "tea at six",
    );
    type_passphrase(&mut t, "The same passphrase again: ", "tea at six");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    let mut t = spawn(d, age, &["-d", "-o", "ours.toml", "ours.toml.age"]);
    type_passphrase(&mut t, "Enter passphrase", "tea at six");
    let (shown, code) = finish(&mut t);
    assert_eq!(code, 0, "{shown}");
    same(
        &std::fs::read(d.join("ours.toml")).unwrap(),
        &plain,
        "age -d of the tool's file",
    );
}

#[test]
fn plan_show_and_export_write_encrypted_what_they_write_plain() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let recipient = new_key(d, "s.key");
    let key = d.join("s.key");
    let answers = example("advocacy-quick-2025.toml");
    ok(d, &["plan", "--answers", s(&answers), "-o", "plan.toml"]);
    for (args, plain) in [
        (
            vec!["plan", "show", "plan.toml", "--today", "2026-03-01", "-o"],
            "shown.html",
        ),
        (
            vec!["plan", "show", "plan.toml", "--today", "2026-03-01", "-o"],
            "shown.xlsx",
        ),
        (
            vec!["plan", "export", "plan.toml", "--format", "ics", "-o"],
            "plan.ics",
        ),
        (
            vec!["plan", "export", "plan.toml", "--format", "jira", "-o"],
            "jira.csv",
        ),
    ] {
        let sealed = format!("{plain}.age");
        let mut a = args.clone();
        a.push(plain);
        ok(d, &a);
        let mut a = args.clone();
        a.extend([sealed.as_str(), "--encrypt-to", recipient.as_str()]);
        ok(d, &a);
        let want = std::fs::read(d.join(plain)).unwrap();
        same(&decrypt(&d.join(&sealed), &key), &want, &sealed);
        // An .age name without a recipient is refused, and nothing is written.
        let mut a = args.clone();
        a.push("other.age");
        let err = fails(d, &a);
        assert!(err.contains("--encrypt-to"), "{err}");
        assert!(!d.join("other.age").exists());
    }
}
