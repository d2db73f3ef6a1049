//! The binary carries the repo's data: the embedded copies are exactly the files on disk, every
//! data file (and translation overlay) is embedded, and `cargo package` ships them all.

use crate::common;

use icso_assess::catalogue::source::BUILTIN;
use std::collections::BTreeSet;

fn data_files() -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for dir in ["recommendations", "questionnaires"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") {
                files.insert(format!("{dir}/{name}"));
            }
        }
    }
    files
}

#[test]
fn embedded_data_equals_the_files() {
    let embedded: BTreeSet<String> = BUILTIN.iter().map(|(p, _)| (*p).to_string()).collect();
    assert_eq!(
        embedded,
        data_files(),
        "crates/icso-data/src/catalogue/source.rs BUILTIN must list every data file"
    );
    for (path, text) in BUILTIN {
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            *text,
            "{path} differs from the embedded copy"
        );
    }
}

/// Every overlay under translations/ is embedded, as it is on disk (the data crate's build
/// script lists them).
#[test]
fn embedded_overlays_equal_the_files() {
    let mut on_disk = BTreeSet::new();
    for lang in std::fs::read_dir("translations").unwrap() {
        let lang = lang.unwrap().path();
        for sub in ["recommendations", "questionnaires"] {
            for file in std::fs::read_dir(lang.join(sub)).into_iter().flatten() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "yaml") {
                    on_disk.insert(path.to_string_lossy().into_owned());
                }
            }
        }
    }
    let embedded: BTreeSet<String> = icso_assess::overlay::BUILTIN
        .iter()
        .map(|(_, p, _)| (*p).to_string())
        .collect();
    assert_eq!(embedded, on_disk);
    for (_, path, text) in icso_assess::overlay::BUILTIN {
        assert_eq!(std::fs::read_to_string(path).unwrap(), *text, "{path}");
    }
}

#[test]
fn cargo_package_ships_every_data_file() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .output()
        .unwrap();
    let listed: BTreeSet<String> = String::from_utf8(common::succeeded(out))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    for file in data_files() {
        assert!(listed.contains(&file), "{file} is not packaged");
    }
    // The translations the data crate's build script embeds, and the interface's.
    for (_, file, _) in icso_assess::overlay::BUILTIN {
        assert!(listed.contains(*file), "{file} is not packaged");
    }
    for file in ["README.md", "LICENSE", "Cargo.toml", "src/main.rs"] {
        assert!(listed.contains(file), "{file} is not packaged");
    }
}

/// The targets the release workflow must build, one archive each.
const RELEASE_TARGETS: [&str; 4] = [
    "x86_64-pc-windows-msvc",
    "aarch64-apple-darwin",
    "x86_64-apple-darwin",
    "x86_64-unknown-linux-musl",
];

fn release_workflow() -> serde_json::Value {
    let text = std::fs::read_to_string(".github/workflows/release.yml").unwrap();
    serde_saphyr::from_str(&text).expect("release.yml is valid YAML")
}

fn text_of(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// What is wrong with a release workflow: empty when it builds every target on a version tag,
/// with `--locked`, and uploads a SHA-256 checksum beside each archive.
fn release_problems(workflow: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    // serde-saphyr keeps the key `on` a string (a YAML 1.1 reader would make it `true`).
    let tags: Vec<String> = workflow
        .pointer("/on/push/tags")
        .and_then(|t| t.as_array())
        .map(|t| t.iter().map(text_of).collect())
        .unwrap_or_default();
    if !tags.iter().any(|t| t.starts_with('v')) {
        problems.push(format!("not triggered on a pushed v* tag (tags: {tags:?})"));
    }

    let Some(jobs) = workflow.get("jobs").and_then(|j| j.as_object()) else {
        problems.push("no jobs".to_string());
        return problems;
    };
    let mut targets = BTreeSet::new();
    for (name, job) in jobs {
        let matrix = job.pointer("/strategy/matrix");
        let listed = matrix
            .and_then(|m| m.get("target"))
            .and_then(|t| t.as_array());
        let included = matrix
            .and_then(|m| m.get("include"))
            .and_then(|i| i.as_array());
        for target in listed.into_iter().flatten() {
            targets.insert(text_of(target));
        }
        for entry in included.into_iter().flatten() {
            if let Some(target) = entry.get("target") {
                targets.insert(text_of(target));
            }
        }
        let runs: Vec<String> = job
            .get("steps")
            .and_then(|s| s.as_array())
            .into_iter()
            .flatten()
            .filter_map(|step| step.get("run").map(text_of))
            .collect();
        let builds: Vec<&String> = runs.iter().filter(|r| r.contains("cargo build")).collect();
        if builds.is_empty() {
            problems.push(format!("job {name} has no `cargo build` step"));
        }
        for build in builds {
            for flag in ["--release", "--locked", "--target"] {
                if !build.split_whitespace().any(|w| w == flag) {
                    problems.push(format!("job {name} builds without {flag}: {build}"));
                }
            }
        }
        if !runs.iter().any(|r| {
            (r.contains("sha256sum") || r.contains("shasum -a 256")) && r.contains(".sha256")
        }) {
            problems.push(format!("job {name} writes no .sha256 checksum file"));
        }
        let uploads = job
            .get("steps")
            .and_then(|s| s.as_array())
            .into_iter()
            .flatten()
            .any(|step| {
                let uses = step.get("uses").map(text_of).unwrap_or_default();
                let files = step.pointer("/with/files").map(text_of).unwrap_or_default();
                let run = step.get("run").map(text_of).unwrap_or_default();
                (uses.starts_with("softprops/action-gh-release") && files.contains(".sha256"))
                    || (run.contains("gh release upload") && run.contains(".sha256"))
            });
        if !uploads {
            problems.push(format!(
                "job {name} does not upload the archive and its .sha256 to the release"
            ));
        }
    }
    for target in RELEASE_TARGETS {
        if !targets.contains(target) {
            problems.push(format!("target {target} is not in the build matrix"));
        }
    }
    problems
}

#[test]
fn release_workflow_builds_every_target_with_checksums() {
    let problems = release_problems(&release_workflow());
    assert!(problems.is_empty(), "release.yml: {problems:#?}");
}

/// The check above can fail: each requirement, broken in a copy of the workflow, is reported.
#[test]
fn release_check_catches_a_broken_workflow() {
    let workflow = release_workflow();
    let job = |w: &mut serde_json::Value| -> serde_json::Value {
        w["jobs"]
            .as_object_mut()
            .unwrap()
            .values_mut()
            .next()
            .unwrap()
            .take()
    };
    let put_back = |w: &mut serde_json::Value, j: serde_json::Value| {
        *w["jobs"]
            .as_object_mut()
            .unwrap()
            .values_mut()
            .next()
            .unwrap() = j;
    };
    let steps_edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut w = workflow.clone();
        let mut j = job(&mut w);
        for step in j["steps"].as_array_mut().unwrap() {
            edit(step);
        }
        put_back(&mut w, j);
        release_problems(&w)
    };

    // A target missing from the matrix.
    let mut w = workflow.clone();
    let mut j = job(&mut w);
    j["strategy"]["matrix"]["include"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["target"] != "x86_64-unknown-linux-musl");
    put_back(&mut w, j);
    let problems = release_problems(&w);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("x86_64-unknown-linux-musl")),
        "{problems:?}"
    );

    // No tag trigger.
    let mut w = workflow.clone();
    w["on"] = serde_json::json!({"push": {"branches": ["main"]}});
    assert!(release_problems(&w).iter().any(|p| p.contains("tag")));

    // A build without --locked.
    let problems = steps_edited(&|step| {
        if let Some(run) = step.get("run").map(text_of) {
            step["run"] = run.replace("--locked", "").into();
        }
    });
    assert!(
        problems.iter().any(|p| p.contains("--locked")),
        "{problems:?}"
    );

    // No checksum step.
    let problems = steps_edited(&|step| {
        if step
            .get("run")
            .map(text_of)
            .is_some_and(|r| r.contains("sha256sum"))
        {
            step["run"] = "true".into();
        }
    });
    assert!(
        problems.iter().any(|p| p.contains("checksum")),
        "{problems:?}"
    );
}
