//! The fill-in workbook end to end: `template -o answers.xlsx` writes one (same bytes every time,
//! never over an existing file), `convert` turns answers into a workbook and back, and a workbook
//! filled in (here written with rust_xlsxwriter, as a spreadsheet program would save it) reports
//! exactly what the same answers in TOML report; its mistakes are named by sheet and cell.

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_icso-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn icso(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .output()
        .expect("run icso-assess")
}

fn ok(args: &[&str]) -> Vec<u8> {
    let out = icso(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn the_template_workbook_has_its_sheets_rows_and_same_bytes_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    ok(&["template", "--questionnaire", "full", "-o", s(&a)]);
    ok(&[
        "template",
        "--questionnaire",
        "full",
        "--format",
        "xlsx",
        "-o",
        s(&b),
    ]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());

    let again = icso(&["template", "-o", s(&a)]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let mut book: Xlsx<_> = calamine::open_workbook(&a).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Instructions", "Profile", "Questions", "About"]
    );
    let questions = book.worksheet_range("Questions").unwrap();
    let data = icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin).unwrap();
    let full = data.questionnaire("full").unwrap();
    assert_eq!(questions.height(), full.questions.len() + 1);
    assert_eq!(
        questions.get((1, 0)),
        Some(&Data::String(full.questions[0].id.clone()))
    );
    assert_eq!(
        questions.get((0, 10)),
        Some(&Data::String("Your level".into()))
    );

    // On a terminal there is nothing to show.
    let out = icso(&["template", "--format", "xlsx"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn answers_convert_to_a_workbook_and_back_and_report_the_same() {
    let dir = tempfile::tempdir().unwrap();
    for example in [
        "examples/federation-full-2026.toml",
        "examples/advocacy-quick-2025.toml",
    ] {
        let xlsx = dir.path().join("x.xlsx");
        let toml = dir.path().join("x.toml");
        ok(&["convert", example, "-o", s(&xlsx)]);
        ok(&["convert", s(&xlsx), "-o", s(&toml)]);
        let json = |p: &str| ok(&["report", "--answers", p, "--format", "json"]);
        assert_eq!(json(example), json(s(&xlsx)), "{example}");
        assert_eq!(json(example), json(s(&toml)), "{example}");
        std::fs::remove_file(&xlsx).unwrap();
        std::fs::remove_file(&toml).unwrap();
    }
}

/// A workbook with our sheets, filled the way a spreadsheet program stores what people type:
/// numbers as numbers, words as text.
fn filled(path: &Path, levels: &[(&str, &str)]) {
    let mut book = Workbook::new();
    let instructions = book.add_worksheet().set_name("Instructions").unwrap();
    instructions.write_string(0, 0, "Filled by hand").unwrap();
    let profile = book.add_worksheet().set_name("Profile").unwrap();
    for (row, (key, value)) in [
        ("organisation", "Bangkok office"),
        ("respondent", "Country director"),
        ("date", "2026-11-30"),
    ]
    .iter()
    .enumerate()
    {
        profile.write_string(row as u32 + 1, 0, *key).unwrap();
        profile.write_string(row as u32 + 1, 2, *value).unwrap();
    }
    let questions = book.add_worksheet().set_name("Questions").unwrap();
    questions.write_string(0, 0, "Question").unwrap();
    questions.write_string(0, 10, "Your level").unwrap();
    for (row, (id, level)) in levels.iter().enumerate() {
        let row = row as u32 + 1;
        questions.write_string(row, 0, *id).unwrap();
        match level.parse::<f64>() {
            Ok(n) if *level != "5" => questions.write_number(row, 10, n).unwrap(),
            _ => questions.write_string(row, 10, *level).unwrap(),
        };
    }
    let about = book.add_worksheet().set_name("About").unwrap();
    for (row, (k, v)) in [
        ("format", "1"),
        ("questionnaire", "quick"),
        ("questionnaire_version", "1.0"),
    ]
    .iter()
    .enumerate()
    {
        about.write_string(row as u32, 0, *k).unwrap();
        about.write_string(row as u32, 1, *v).unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn a_filled_workbook_reports_like_the_same_answers_in_toml() {
    let dir = tempfile::tempdir().unwrap();
    let data = icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin).unwrap();
    let quick = data.questionnaire("quick").unwrap();
    let ids: Vec<&str> = quick.questions.iter().map(|q| q.id.as_str()).collect();
    let levels = [
        (ids[0], "3"),
        (ids[1], "not applicable"),
        (ids[2], "don't know"),
        (ids[3], "0"),
    ];
    let xlsx = dir.path().join("bangkok.xlsx");
    // The not applicable answer needs its reason: first see the error, then give one.
    filled(&xlsx, &levels);
    let out = icso(&["validate", "--answers", s(&xlsx)]);
    assert_eq!(out.status.code(), Some(1));
    let err =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("sheet Questions, cell K3:"), "{err}");
    assert!(err.contains("Reason cell"), "{err}");

    let levels = [
        (ids[0], "3"),
        (ids[1], "don't know"),
        (ids[2], "don't know"),
        (ids[3], "0"),
    ];
    filled(&xlsx, &levels);
    let toml = dir.path().join("bangkok.toml");
    let text = format!(
        "format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\n\
         organisation = \"Bangkok office\"\nrespondent = \"Country director\"\ndate = \"2026-11-30\"\n\
         [answers.{}]\nlevel = 3\n[answers.{}]\nlevel = \"unknown\"\n[answers.{}]\nlevel = \"unknown\"\n\
         [answers.{}]\nlevel = 0\n",
        ids[0], ids[1], ids[2], ids[3]
    );
    std::fs::write(&toml, text).unwrap();
    let json = |p: &Path| ok(&["report", "--answers", s(p), "--format", "json"]);
    assert_eq!(json(&xlsx), json(&toml));

    // A folder of workbooks and text files aggregates together.
    let agg = |args: &[&str]| ok(&[&["aggregate", "--format", "json"], args].concat());
    let both = agg(&[s(dir.path())]);
    assert!(String::from_utf8_lossy(&both).contains("bangkok.xlsx"));
}

#[test]
fn workbook_mistakes_are_named_by_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let data = icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin).unwrap();
    let id = data.questionnaire("quick").unwrap().questions[0].id.clone();
    let xlsx = dir.path().join("bangkok.xlsx");
    filled(&xlsx, &[(&id, "5")]);
    let out = icso(&["report", "--answers", s(&xlsx)]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bangkok.xlsx: sheet Questions, cell K2:"),
        "{err}"
    );
    assert!(err.contains("level 5"), "{err}");

    // Not one of ours: a workbook without our sheets, and a file that is no workbook at all.
    let mut other = Workbook::new();
    other.add_worksheet().write_string(0, 0, "budget").unwrap();
    let budget = dir.path().join("budget.xlsx");
    other.save(&budget).unwrap();
    let junk = dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"PK\x03\x04 truncated").unwrap();
    for path in [&budget, &junk] {
        let out = icso(&["validate", "--answers", s(path)]);
        assert_eq!(out.status.code(), Some(1));
        let all = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            all.contains("is not an icso-assess answers workbook"),
            "{all}"
        );
    }
}
