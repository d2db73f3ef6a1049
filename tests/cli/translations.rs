//! The content translations (`translations/<lang>/` overlays) through the binary: `validate`
//! on a copy from `init-data` reports stale, missing and unknown translations with their codes
//! and exit statuses, and the commands show the data in the language asked for (`show`, `list`,
//! `template`), from the built-in overlays or those of `--data DIR`.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn bin() -> Command {
    let mut c = Command::cargo_bin("icso-assess").unwrap();
    c.env("NO_COLOR", "1");
    for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c
}

/// A copy of the built-in data, its translations and schemas, as `init-data` writes it.
fn data_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = bin().arg("init-data").arg(&data).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    (dir, data)
}

/// `validate --format json` on `data`: its exit status and findings.
fn validate(data: &Path, strict: bool) -> (i32, Vec<Value>) {
    let mut c = bin();
    c.args(["validate", "--format", "json", "--data"]).arg(data);
    if strict {
        c.arg("--strict");
    }
    let out = c.output().unwrap();
    let findings = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), findings)
}

/// Replace `old` (which must be there) by `new` once in `path`.
fn edit(path: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(old), "{old:?} is not in {}", path.display());
    std::fs::write(path, text.replacen(old, new, 1)).unwrap();
}

/// The findings of `code`, as (severity, file ending, message).
fn of_code<'f>(findings: &'f [Value], code: &str) -> Vec<&'f Value> {
    findings.iter().filter(|f| f["code"] == code).collect()
}

/// The overlay file of `lang` as JSON, from the repository.
fn overlay(lang: &str, file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("translations")
        .join(lang)
        .join(file);
    // A `source` hash such as 7021e732 reads as a number when untyped: let it through.
    let options = serde_saphyr::options! {
        non_finite_float_policy: serde_saphyr::options::NonFiniteFloatPolicy::PassThrough,
    };
    serde_saphyr::from_str_with_options(&std::fs::read_to_string(path).unwrap(), options).unwrap()
}

/// The entry with `key` = `id` of a list of an overlay.
fn entry<'v>(list: &'v Value, key: &str, id: &str) -> &'v Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|e| e[key] == id)
        .unwrap_or_else(|| panic!("no {key} {id}"))
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_copy_with_its_translations_validates_strictly() {
    let (_dir, data) = data_copy();
    for lang in ["fr", "es"] {
        let guide = data.join(format!("translations/{lang}/recommendations/00-guide.yaml"));
        assert!(guide.is_file(), "init-data copies the {lang} overlays");
    }
    assert_eq!(validate(&data, true), (0, Vec::new()));
}

#[test]
fn an_english_change_makes_both_translations_stale() {
    let (_dir, data) = data_copy();
    edit(
        &data.join("recommendations/01-organisational-capacity.yaml"),
        "title: Map what your offices already do on China",
        "title: Map what your offices already do about China",
    );
    let (code, findings) = validate(&data, false);
    assert_eq!(code, 0, "stale translations are warnings: {findings:#?}");
    let stale = of_code(&findings, "stale-translation");
    assert_eq!(stale.len(), 2, "{findings:#?}");
    for (f, lang) in stale.iter().zip(["es", "fr"]) {
        assert_eq!(f["severity"], "warning");
        let file = f["file"].as_str().unwrap();
        assert!(
            file.ends_with(&format!(
                "translations/{lang}/recommendations/01-organisational-capacity.yaml"
            )),
            "{file}"
        );
        assert!(f["line"].as_u64().is_some_and(|l| l > 0), "{f:#?}");
        let message = f["message"].as_str().unwrap();
        assert!(
            message
                .starts_with("the translation of recommendation R01 was made from other English"),
            "{message}"
        );
    }
    assert_eq!(validate(&data, true).0, 1, "--strict fails on them");
    // Still applied: a translation a little behind reads better than English.
    let fr = stdout(
        bin()
            .args(["--lang", "fr", "show", "R01", "--data"])
            .arg(&data),
    );
    let title = entry(
        &overlay("fr", "recommendations/01-organisational-capacity.yaml")["recommendations"],
        "id",
        "R01",
    )["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(fr.contains(&title), "{fr}");
}

#[test]
fn a_missing_translation_warns_and_fails_only_with_strict() {
    let (_dir, data) = data_copy();
    let guide = data.join("translations/fr/recommendations/00-guide.yaml");
    let text = std::fs::read_to_string(&guide).unwrap();
    let start = text.find("- id: risk\n").unwrap();
    let end = start + text[start..].find("- id: funding\n").unwrap();
    std::fs::write(&guide, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (code, findings) = validate(&data, false);
    assert_eq!(code, 0, "{findings:#?}");
    let missing = of_code(&findings, "missing-translation");
    assert_eq!(missing.len(), 1, "{findings:#?}");
    assert_eq!(missing[0]["severity"], "warning");
    assert!(
        missing[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("translations/fr/recommendations/00-guide.yaml")
    );
    assert_eq!(
        missing[0]["message"],
        "tag risk has no fr translation; add it to this file (tools/translation_skeleton.py fr adds the missing entries)"
    );
    let (code, strict) = validate(&data, true);
    assert_eq!((code, strict.len()), (1, 1));
    // A warning does not stop the commands in that language.
    stdout(bin().args(["--lang", "fr", "list", "--data"]).arg(&data));
}

#[test]
fn an_unknown_id_is_an_error_that_stops_the_commands_in_that_language() {
    let (_dir, data) = data_copy();
    let es = data.join("translations/es/recommendations/01-organisational-capacity.yaml");
    edit(&es, "- id: R01\n", "- id: R99\n");
    let (code, findings) = validate(&data, false);
    assert_eq!(code, 1);
    let unknown = of_code(&findings, "unknown-translation");
    assert_eq!(unknown.len(), 1, "{findings:#?}");
    assert_eq!(unknown[0]["severity"], "error");
    let text = std::fs::read_to_string(&es).unwrap();
    let line = text[..text.find("- id: R99").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(unknown[0]["line"].as_u64(), Some(line as u64));
    assert_eq!(unknown[0]["column"].as_u64(), Some(7));
    assert!(
        unknown[0]["message"].as_str().unwrap().starts_with(
            "the overlay translates recommendation R99, which the English data does not have"
        ),
        "{unknown:#?}"
    );
    // R01 is now untranslated too.
    assert_eq!(of_code(&findings, "missing-translation").len(), 1);
    let out = bin()
        .args(["--lang", "es", "list", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("the es translation of the data in ")
            && err.contains("has 1 problem: ")
            && err.contains("[unknown-translation]; run `icso-assess validate --data "),
        "{err}"
    );
    // English and French are not affected.
    for lang in ["en", "fr"] {
        stdout(bin().args(["--lang", lang, "list", "--data"]).arg(&data));
    }
}

#[test]
fn structure_in_a_translation_is_an_error_at_its_key() {
    let (_dir, data) = data_copy();
    let quick = data.join("translations/fr/questionnaires/quick.yaml");
    edit(&quick, "- level: 1\n", "- level: 1\n  weight: 2\n");
    let (code, findings) = validate(&data, false);
    assert_eq!(code, 1);
    let structure = of_code(&findings, "structure-in-translation");
    assert_eq!(structure.len(), 1, "{findings:#?}");
    assert!(
        structure[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("field `weight` in scale level 1 of questionnaire quick is structure"),
        "{structure:#?}"
    );
}

#[test]
fn commands_show_the_data_in_the_language_asked_for() {
    let r01 = |lang: &str| {
        let file = overlay(lang, "recommendations/01-organisational-capacity.yaml");
        entry(&file["recommendations"], "id", "R01")["title"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let shown = stdout(bin().args(["--lang", "fr", "--plain", "show", "R01"]));
    assert!(shown.contains(&r01("fr")), "{shown}");
    assert!(!shown.contains("Map what your offices"), "{shown}");

    let es = overlay("es", "recommendations/01-organisational-capacity.yaml");
    // An area without a name of its own is called by its title.
    let strategy = entry(&es["areas"], "id", "strategy");
    let area = strategy
        .get("name")
        .unwrap_or(&strategy["title"])
        .as_str()
        .unwrap()
        .to_string();
    let listed = stdout(bin().args(["--lang", "es", "list", "--format", "plain"]));
    assert!(
        listed.contains(&format!(", {area};")),
        "{area} not in {listed}"
    );
    assert!(listed.contains(&r01("es")), "{listed}");

    let quick = overlay("fr", "questionnaires/quick.yaml");
    let template = stdout(bin().args(["--lang", "fr", "template"]));
    for level in quick["scale"].as_array().unwrap() {
        let name = level["name"].as_str().unwrap();
        assert!(template.contains(name), "{name} not in {template}");
    }
    let question = &quick["questions"][0]["levels"]["0"];
    let first_words: String = question
        .as_str()
        .unwrap()
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        template.contains(&first_words),
        "{first_words} not in {template}"
    );
    // Answers files are the same in every language: ids, not text.
    assert!(template.contains("questionnaire = \"quick\""), "{template}");
}

#[test]
fn a_data_folder_s_overlays_are_the_ones_applied() {
    let (_dir, data) = data_copy();
    edit(
        &data.join("translations/fr/recommendations/01-organisational-capacity.yaml"),
        "title: Recenser ce que vos bureaux font déjà sur la Chine",
        "title: Recenser le travail de vos bureaux sur la Chine",
    );
    let shown = stdout(
        bin()
            .args(["--lang", "fr", "show", "R01", "--data"])
            .arg(&data),
    );
    assert!(
        shown.contains("Recenser le travail de vos bureaux sur la Chine"),
        "{shown}"
    );
    // Without translations, a data folder is shown in English in every language.
    std::fs::remove_dir_all(data.join("translations")).unwrap();
    let shown = stdout(
        bin()
            .args(["--lang", "fr", "show", "R01", "--data"])
            .arg(&data),
    );
    assert!(
        shown.contains("Map what your offices already do on China"),
        "{shown}"
    );
    assert_eq!(validate(&data, true), (0, Vec::new()));
}

#[test]
fn the_pseudo_locale_makes_the_content_pseudo_too() {
    let shown = stdout(bin().args(["--lang", "en-XA", "--plain", "show", "R01"]));
    assert!(shown.contains("R01"), "ids stay: {shown}");
    assert!(!shown.contains("Map what your offices"), "{shown}");
    assert!(shown.contains("Ḿȧȧƥ"), "{shown}");
}
