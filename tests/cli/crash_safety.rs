//! Crash safety of saving answers: a child process that saves in a loop is killed (SIGKILL) at
//! random moments, and the file must always hold one whole set of answers. Saving never follows a
//! symbolic link, and answers files (and reports) stay private (0600) whatever the umask.

use icso_assess::answers::{self, Answer, Answers, State};
use icso_assess::catalogue::{self, Data, DataSource};
use icso_assess::questionnaire::Importance;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set when this test binary is re-executed as a child: what the child should do.
const CHILD: &str = "ICSO_CRASH_CHILD";
const KILLS: usize = 60;

fn mini() -> Data {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    catalogue::load(&DataSource::Dir(dir)).unwrap()
}

/// Two different answers sets; long notes make each file several kilobytes.
fn sets() -> (Answers, Answers) {
    let base = Answers {
        questionnaire: "full".into(),
        questionnaire_version: "1.0".into(),
        organisation: "Open Rivers Alliance".into(),
        respondent: "Senior leadership team".into(),
        date: "2026-10-20".into(),
        ..Answers::default()
    };
    let mut a = base.clone();
    a.profile.insert("orientation".into(), "advocacy".into());
    a.answers.insert(
        "R01".into(),
        Answer {
            note: Some("A".repeat(1_900)),
            ..Answer::level(1)
        },
    );
    a.answers.insert(
        "R02".into(),
        Answer {
            state: State::Level(3),
            importance: Some(Importance::High),
            target: Some(4),
            note: Some("a second note, ".repeat(120)),
            evidence: vec!["Board minutes, March 2026".into(), "e".repeat(300)],
            source: None,
        },
    );
    let mut b = base;
    b.organisation = "Open Rivers Alliance (after)".into();
    b.profile
        .insert("orientation".into(), "service-delivery".into());
    b.answers.insert(
        "R01".into(),
        Answer {
            state: State::NotApplicable("B".repeat(1_900)),
            importance: None,
            target: None,
            note: None,
            evidence: Vec::new(),
            source: None,
        },
    );
    b.answers.insert(
        "R02".into(),
        Answer {
            state: State::Unknown,
            importance: Some(Importance::Low),
            target: None,
            note: Some("b".repeat(1_999)),
            evidence: Vec::new(),
            source: None,
        },
    );
    assert_ne!(a, b);
    (a, b)
}

/// The task this process has when a test below started it as its child (this binary again,
/// running only that test, with `ICSO_CRASH_CHILD` set to `<kind>:<path>`); none in a normal run.
fn child_task(kind: &str) -> Option<PathBuf> {
    let task = std::env::var_os(CHILD)?.to_string_lossy().into_owned();
    let path = task.strip_prefix(kind)?.strip_prefix(':')?;
    Some(PathBuf::from(path))
}

/// The child of the kill test: save A and B in turn until killed.
fn save_until_killed(path: &Path) -> ! {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let (a, b) = sets();
    loop {
        answers::save(path, &a, q).unwrap();
        answers::save(path, &b, q).unwrap();
    }
}

/// The child of the umask test, started under `umask 000`: a new file, and one replacing a
/// world-writable file.
fn save_under_umask_000(dir: &Path) {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let (a, b) = sets();
    std::fs::write(dir.join("plain.txt"), "shows the umask").unwrap();
    answers::save(&dir.join("new.toml"), &a, q).unwrap();
    let wide = dir.join("wide.toml");
    std::fs::write(&wide, "old").unwrap();
    std::fs::set_permissions(&wide, std::fs::Permissions::from_mode(0o666)).unwrap();
    answers::save(&wide, &b, q).unwrap();
    use icso_assess::io::output::{Access, write_file};
    write_file(&dir.join("report.md"), Access::Shared, |out| {
        out.write_all(b"# r\n")
    })
    .unwrap();
    write_file(&dir.join("private.md"), Access::Private, |out| {
        out.write_all(b"# r\n")
    })
    .unwrap();
}

/// The test `function` of this module as the test harness names it (`crash_safety::…`), to run
/// it alone in a child process.
fn test_name(function: &str) -> String {
    let (_binary, module) = module_path!().split_once("::").unwrap();
    format!("{module}::{function}")
}

/// This binary again, running only the test `function`, as a child with `task`.
fn child(function: &str, task: String) -> Command {
    let mut c = Command::new(std::env::current_exe().unwrap());
    c.args(["--exact", &test_name(function), "--test-threads=1"])
        .env(CHILD, task)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// A small generator: good enough to spread the kills, and no crate needed.
struct Rng(u64);

impl Rng {
    /// Seeded from `ICSO_CRASH_SEED` when set (to replay a failure), else from the clock; the
    /// seed is printed, so a failing run says how to replay it.
    fn new() -> Rng {
        let seed = std::env::var("ICSO_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        println!("crash test seed: {seed} (replay with ICSO_CRASH_SEED={seed})");
        Rng(seed | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn killing_a_save_leaves_one_whole_answers_file() {
    if let Some(path) = child_task("loop") {
        save_until_killed(&path);
    }
    let data = mini();
    let (a, b) = sets();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.toml");
    let mut rng = Rng::new();
    let (mut saw_a, mut saw_b) = (0, 0);
    // How long kills wait after the start, at most, in microseconds: 40 ms, plus twice what the
    // first round took from the start to the first whole save, which grows with the machine's
    // load (the other tests of this binary run beside this one).
    let mut spread = 40_000;
    for round in 0..KILLS {
        let mut running = child(
            "killing_a_save_leaves_one_whole_answers_file",
            format!("loop:{}", path.display()),
        )
        .spawn()
        .unwrap();
        // Wait for the first whole save (or, after the first round, the old file is there).
        let start = Instant::now();
        while round == 0 && !path.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the child never saved"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        if round == 0 {
            spread += 2 * u64::try_from(start.elapsed().as_micros()).unwrap();
        }
        // Start-up is part of the time, so some kills land before the first save, most during
        // the save loop, at every step of it.
        std::thread::sleep(Duration::from_micros(rng.below(spread)));
        running.kill().unwrap(); // SIGKILL: no destructor, no clean-up runs.
        running.wait().unwrap();

        let loaded = answers::load(&path, &data)
            .unwrap_or_else(|e| panic!("round {round}: the answers file is broken: {e}"));
        if loaded == a {
            saw_a += 1;
        } else if loaded == b {
            saw_b += 1;
        } else {
            panic!("round {round}: the file holds neither set: {loaded:?}");
        }
        assert_eq!(mode(&path), 0o600, "round {round}");
        // A kill can leave a temporary file behind; it must be as private as the answers.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let entry = entry.unwrap().path();
            assert_eq!(mode(&entry), 0o600, "{}", entry.display());
        }
    }
    eprintln!("kills: {KILLS} within {spread} µs, left A {saw_a} times, B {saw_b} times");
    assert!(
        saw_a > 0 && saw_b > 0,
        "kills never landed on both sets: A {saw_a}, B {saw_b}"
    );
}

#[test]
fn saving_refuses_a_symbolic_link_and_leaves_its_target_alone() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let (a, _) = sets();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere.txt");
    std::fs::write(&target, "not answers").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("answers.toml");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let err = answers::save(&link, &a, q).unwrap_err().to_string();
    assert!(err.contains("symbolic link"), "{err}");
    assert!(err.contains("answers.toml"), "{err}");
    assert!(answers::check_writable(&link, "--file").is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not answers");
    assert_eq!(mode(&target), 0o644);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // A dangling link: saving must not create the file it points to.
    let missing = dir.path().join("created-through-the-link.toml");
    let dangling = dir.path().join("dangling.toml");
    std::os::unix::fs::symlink(&missing, &dangling).unwrap();
    assert!(answers::save(&dangling, &a, q).is_err());
    assert!(!missing.exists());
    // Nothing else was left in the folder: no temporary file, no partial answers.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["answers.toml", "dangling.toml", "elsewhere.txt"]);
}

#[test]
fn answers_files_are_private_even_replacing_a_wider_file() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let (a, b) = sets();
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("answers.toml");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    answers::save(&path, &a, q).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(answers::load(&path, &data).unwrap(), a);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    answers::save(&path, &b, q).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(answers::load(&path, &data).unwrap(), b);
}

#[test]
fn answers_are_private_and_reports_follow_umask_000() {
    if let Some(dir) = child_task("umask") {
        save_under_umask_000(&dir);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // umask is per process: set it in a child, not in this multi-threaded test process.
    let exe = std::env::current_exe().unwrap();
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" --exact \"$1\" --test-threads=1")
        .arg(exe)
        .arg(test_name(
            "answers_are_private_and_reports_follow_umask_000",
        ))
        .env(CHILD, format!("umask:{}", dir.path().display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // The child really ran under umask 000: a plain file it made is 0666.
    assert_eq!(mode(&dir.path().join("plain.txt")), 0o666);
    let data = mini();
    let (a, b) = sets();
    assert_eq!(mode(&dir.path().join("new.toml")), 0o600);
    assert_eq!(mode(&dir.path().join("wide.toml")), 0o600);
    assert_eq!(mode(&dir.path().join("private.md")), 0o600);
    // A shared file gets what any program's new file gets under this umask.
    assert_eq!(mode(&dir.path().join("report.md")), 0o666);
    assert_eq!(
        answers::load(&dir.path().join("new.toml"), &data).unwrap(),
        a
    );
    assert_eq!(
        answers::load(&dir.path().join("wide.toml"), &data).unwrap(),
        b
    );
}
