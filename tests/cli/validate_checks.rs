//! One broken fixture per check code: each case changes one thing in `tests/fixtures/mini` (or in
//! its French overlay, `tests/fixtures/mini-translations`, copied in as `translations/` for the
//! cases on translations) and asserts that `validate` reports that code, at the right line, with
//! the right exit code.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const MINI: &str = "tests/fixtures/mini";
/// The overlays of the mini fixture, as its `translations/` folder.
const MINI_TRANSLATIONS: &str = "tests/fixtures/mini-translations";

struct Case {
    code: &'static str,
    file: &'static str,
    old: &'static str,
    new: &'static str,
    /// Text on the line the finding must point at (in the changed file), or "" for file-level.
    marker: &'static str,
}

const CASES: &[Case] = &[
    Case {
        code: "yaml-syntax",
        file: "questionnaires/full.yaml",
        old: "    text: Do you know",
        new: "\ttext: Do you know",
        marker: "\ttext: Do you know",
    },
    Case {
        code: "yaml-limits",
        file: "recommendations/guide.yaml",
        old: "tags: [strategy]",
        new: "tags: [&a strategy, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
        marker: "tags: [&a",
    },
    Case {
        code: "schema",
        file: "recommendations/guide.yaml",
        old: "    tags: [strategy]\n",
        new: "    tags: [strategy]\n    colour: red\n",
        marker: "    colour: red",
    },
    Case {
        code: "schema",
        file: "questionnaires/full.yaml",
        old: "key_weight: 1.25",
        new: "key_weight: heavy",
        marker: "key_weight: heavy",
    },
    Case {
        code: "forbidden-character",
        file: "recommendations/guide.yaml",
        old: "title: Watch technology",
        new: "title: \"Watch \\e[31mtechnology\"",
        marker: "title: \"Watch",
    },
    Case {
        code: "forbidden-character",
        file: "recommendations/guide.yaml",
        old: "title: Watch technology",
        new: "title: Watch \u{202E}technology",
        marker: "title: Watch",
    },
    Case {
        code: "empty-text",
        file: "recommendations/guide.yaml",
        old: "title: Watch technology",
        new: "title: \"\"",
        marker: "title: \"\"",
    },
    Case {
        code: "text-too-long",
        file: "recommendations/guide.yaml",
        old: "title: Watch technology",
        new: "title: Watch technology and watch it closely and keep watching it for many many many many years",
        marker: "title: Watch technology and",
    },
    Case {
        code: "id-format",
        file: "recommendations/guide.yaml",
        old: "  - id: technology\n",
        new: "  - id: ../technology\n",
        marker: "  - id: ../technology",
    },
    Case {
        code: "duplicate-id",
        file: "recommendations/guide.yaml",
        old: "  - id: technology\n    title: Technology\n",
        new: "  - id: technology\n    title: Technology\n  - id: strategy\n    title: Again\n",
        marker: "  - id: strategy\n    title: Again",
    },
    Case {
        code: "numbering-gap",
        file: "recommendations/guide.yaml",
        old: "- id: \"1.1\"",
        new: "- id: \"1.2\"",
        marker: "- id: \"1.2\"",
    },
    Case {
        code: "numbering-gap",
        file: "recommendations/guide.yaml",
        old: "  - id: R02\n    number: 2",
        new: "  - id: R02\n    number: 3",
        marker: "    number: 3",
    },
    Case {
        code: "missing-section",
        file: "recommendations/guide.yaml",
        old: "key_recommendations:\n  - id: K1\n    title: Have a strategy\n    gist: Decide on purpose.\n    recommendations: [R01]\n",
        new: "",
        marker: "",
    },
    Case {
        code: "empty-list",
        file: "recommendations/guide.yaml",
        old: "recommendations: [R01]",
        new: "recommendations: []",
        marker: "  - id: K1",
    },
    Case {
        code: "dangling-part",
        file: "recommendations/guide.yaml",
        old: "    part: \"03\"\n    title: Technology",
        new: "    part: \"04\"\n    title: Technology",
        marker: "    part: \"04\"",
    },
    Case {
        code: "dangling-area",
        file: "recommendations/guide.yaml",
        old: "    area: tech\n",
        new: "    area: techn\n",
        marker: "    area: techn",
    },
    Case {
        code: "dangling-subtheme",
        file: "recommendations/guide.yaml",
        old: "    subtheme: \"3.1\"",
        new: "    subtheme: \"3.2\"",
        marker: "    subtheme: \"3.2\"",
    },
    Case {
        code: "dangling-recommendation",
        file: "questionnaires/full.yaml",
        old: "recommendation: R02",
        new: "recommendation: R09",
        marker: "recommendation: R09",
    },
    Case {
        code: "dangling-tag",
        file: "recommendations/guide.yaml",
        old: "tags: [technology]",
        new: "tags: [tech]",
        marker: "tags: [tech]",
    },
    Case {
        code: "dangling-audience",
        file: "recommendations/guide.yaml",
        old: "audience: [advocacy]",
        new: "audience: [advocates]",
        marker: "audience: [advocates]",
    },
    Case {
        code: "part-mismatch",
        file: "recommendations/guide.yaml",
        old: "    part: \"03\"\n    area: tech",
        new: "    part: \"01\"\n    area: tech",
        marker: "    part: \"01\"\n    area: tech",
    },
    Case {
        code: "invalid-value",
        file: "questionnaires/full.yaml",
        old: "coverage: complete",
        new: "coverage: partial",
        marker: "coverage: partial",
    },
    Case {
        code: "invalid-value",
        file: "questionnaires/full.yaml",
        old: "importance: high",
        new: "importance: urgent",
        marker: "importance: urgent",
    },
    Case {
        code: "level-descriptions",
        file: "questionnaires/full.yaml",
        old: "      4: Monitoring shared with peers.\n",
        new: "",
        marker: "      0: Not at all.",
    },
    Case {
        code: "repeated-recommendation",
        file: "questionnaires/full.yaml",
        old: "recommendation: R02",
        new: "recommendation: R01",
        marker: "recommendation: R01\n    text: Do you follow",
    },
    Case {
        code: "incomplete-coverage",
        file: "questionnaires/full.yaml",
        old: "recommendation: R02",
        new: "recommendation: R01",
        marker: "coverage: complete",
    },
    Case {
        code: "scoring-range",
        file: "questionnaires/full.yaml",
        old: "key_weight: 1.25",
        new: "key_weight: 9",
        marker: "key_weight: 9",
    },
    Case {
        code: "scoring-range",
        file: "questionnaires/full.yaml",
        old: "default_target: 3",
        new: "default_target: 7",
        marker: "default_target: 7",
    },
    Case {
        code: "dangling-profile",
        file: "questionnaires/full.yaml",
        old: "is: [advocacy]",
        new: "is: [campaigning]",
        marker: "is: [campaigning]",
    },
    Case {
        code: "unused-definition",
        file: "recommendations/guide.yaml",
        old: "audiences:\n",
        new: "  - id: unused\n    title: Unused\naudiences:\n",
        marker: "  - id: unused",
    },
    Case {
        code: "forbidden-character",
        file: "translations/fr/recommendations/guide.yaml",
        old: "title: Suivre la technologie",
        new: "title: Suivre \u{202E}la technologie",
        marker: "title: Suivre",
    },
    Case {
        code: "missing-translation",
        file: "translations/fr/recommendations/guide.yaml",
        old: "- id: technology\n  source: 62271ba1\n  title: Technologie\n",
        new: "",
        marker: "",
    },
    Case {
        code: "missing-translation",
        file: "translations/fr/recommendations/guide.yaml",
        old: "  first_step: Charger une personne de suivre l'actualité technologique.\n",
        new: "",
        marker: "- id: R02",
    },
    Case {
        code: "stale-translation",
        file: "translations/fr/recommendations/guide.yaml",
        old: "  source: 43a88a3a\n",
        new: "  source: 43a88a3b\n",
        marker: "  source: 43a88a3b",
    },
    Case {
        code: "unknown-translation",
        file: "translations/fr/recommendations/guide.yaml",
        old: "- id: R02\n",
        new: "- id: R09\n",
        marker: "- id: R09",
    },
    Case {
        code: "unknown-translation",
        file: "translations/fr/questionnaires/full.yaml",
        old: "    '4': Un suivi partagé avec des pairs.\n",
        new: "    '4': Un suivi partagé avec des pairs.\n    '5': Au-delà.\n",
        marker: "    '5': Au-delà.",
    },
    Case {
        code: "structure-in-translation",
        file: "translations/fr/questionnaires/full.yaml",
        old: "- level: 1\n",
        new: "- level: 1\n  weight: 2\n",
        marker: "  weight: 2",
    },
    Case {
        code: "structure-in-translation",
        file: "translations/fr/questionnaires/full.yaml",
        old: "- n: 1\n",
        new: "- n: 1\n  when: { question: orientation, is: [advocacy] }\n",
        marker: "  when:",
    },
];

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn mini_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(MINI), dir.path());
    dir
}

/// The mini fixture with its French overlays.
fn mini_translated_copy() -> tempfile::TempDir {
    let dir = mini_copy();
    copy_dir(
        Path::new(MINI_TRANSLATIONS),
        &dir.path().join("translations"),
    );
    dir
}

fn validate_json(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let out = Command::cargo_bin("icso-assess")
        .unwrap()
        .args(["validate", "--format", "json", "--data"])
        .arg(dir)
        .args(extra)
        .output()
        .unwrap();
    let findings: Vec<Value> = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), findings)
}

/// 1-based line of the start of `marker` in `text`.
fn line_of(text: &str, marker: &str) -> u64 {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("marker {marker:?} not in file"));
    text[..at].matches('\n').count() as u64 + 1
}

#[test]
fn the_mini_fixture_is_clean() {
    let (code, findings) = validate_json(Path::new(MINI), &["--strict"]);
    assert_eq!(findings, Vec::<Value>::new());
    assert_eq!(code, 0);
}

#[test]
fn the_mini_fixture_with_its_translation_is_clean() {
    let dir = mini_translated_copy();
    let (code, findings) = validate_json(dir.path(), &["--strict"]);
    assert_eq!(findings, Vec::<Value>::new());
    assert_eq!(code, 0);
}

#[test]
fn every_broken_fixture_reports_its_code_and_line() {
    for case in CASES {
        let dir = if case.file.starts_with("translations/") {
            mini_translated_copy()
        } else {
            mini_copy()
        };
        let path = dir.path().join(case.file);
        let original = std::fs::read_to_string(&path).unwrap();
        assert!(
            original.contains(case.old),
            "{}: old text not found",
            case.code
        );
        let changed = original.replacen(case.old, case.new, 1);
        std::fs::write(&path, &changed).unwrap();
        let (exit, findings) = validate_json(dir.path(), &["--strict"]);
        let hit = findings
            .iter()
            .find(|f| f["code"] == case.code)
            .unwrap_or_else(|| panic!("{}: not reported; got {findings:#?}", case.code));
        assert_eq!(exit, 1, "{}: exit code", case.code);
        assert_eq!(
            hit["file"].as_str().unwrap(),
            format!("{}/{}", dir.path().display(), case.file),
            "{}",
            case.code
        );
        if case.marker.is_empty() {
            continue;
        }
        let expected = line_of(&changed, case.marker);
        assert_eq!(
            hit["line"].as_u64(),
            Some(expected),
            "{}: line in {hit:#?}",
            case.code
        );
        assert!(
            hit["column"].as_u64().is_some_and(|c| c > 0),
            "{}: column",
            case.code
        );
        let message = hit["message"].as_str().unwrap();
        assert!(
            !message.is_empty() && message.chars().next().unwrap().is_lowercase(),
            "{}: {message}",
            case.code
        );
    }
}

#[test]
fn every_check_code_has_a_broken_fixture() {
    // unreadable-file is covered by the file-level tests below; the answers checks by the
    // answers module's own tests.
    let answers_codes = [
        "answers-syntax",
        "answers-schema",
        "unknown-questionnaire",
        "questionnaire-version",
        "unknown-question",
        "level-out-of-range",
        "missing-reason",
        "missing-justification",
        "invalid-importance",
        "unknown-profile",
        "invalid-date",
    ];
    for check in icso_assess::diagnostics::CHECKS {
        if check.code == "unreadable-file" || answers_codes.contains(&check.code) {
            continue;
        }
        assert!(
            CASES.iter().any(|c| c.code == check.code),
            "no fixture for {}",
            check.code
        );
    }
}

#[test]
fn warnings_fail_only_with_strict() {
    let dir = mini_copy();
    let path = dir.path().join("recommendations/guide.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "audiences:\n",
            "  - id: unused\n    title: Unused\naudiences:\n",
            1,
        ),
    )
    .unwrap();
    let (exit, findings) = validate_json(dir.path(), &[]);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["severity"], "warning");
    assert_eq!(exit, 0);
    let (exit, _) = validate_json(dir.path(), &["--strict"]);
    assert_eq!(exit, 1);
}

#[test]
fn invalid_utf8_is_an_unreadable_file() {
    let dir = mini_copy();
    std::fs::write(
        dir.path().join("recommendations/bad.yaml"),
        b"title: \xff\xfe\n",
    )
    .unwrap();
    let (exit, findings) = validate_json(dir.path(), &[]);
    assert_eq!(exit, 1);
    assert!(
        findings
            .iter()
            .any(|f| f["code"] == "unreadable-file"
                && f["file"].as_str().unwrap().ends_with("bad.yaml")),
        "{findings:#?}"
    );
}

#[test]
fn all_findings_are_collected_before_reporting() {
    let dir = mini_copy();
    let path = dir.path().join("recommendations/guide.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replacen("tags: [technology]", "tags: [tech]", 1)
        .replacen("audience: [advocacy]", "audience: [advocates]", 1);
    std::fs::write(&path, text).unwrap();
    let (_, findings) = validate_json(dir.path(), &[]);
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"dangling-tag") && codes.contains(&"dangling-audience"),
        "{codes:?}"
    );
}

/// docs/validation.md lists exactly the registered checks, in their order, with their severity
/// and rule: the registry is the one source and the page is checked against it.
#[test]
fn the_documented_checks_are_the_registry() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/validation.md"),
    )
    .unwrap();
    let rows: Vec<(String, String, String)> = doc
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            (
                cells[0].trim_matches('`').to_string(),
                cells[1].to_string(),
                cells[2..].join(" | "),
            )
        })
        .collect();
    let registry: Vec<(String, String, String)> = icso_assess::diagnostics::CHECKS
        .iter()
        .map(|c| {
            (
                c.code.to_string(),
                c.severity.to_string(),
                c.rule.to_string(),
            )
        })
        .collect();
    assert_eq!(rows, registry);
    let codes: Vec<&str> = icso_assess::diagnostics::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    let registered: Vec<&str> = icso_assess::diagnostics::CHECKS
        .iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, registered, "Code::ALL and CHECKS are in one order");
}
