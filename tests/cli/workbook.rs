//! The fill-in workbook end to end: `template -o answers.xlsx` writes one (same bytes every time,
//! never over an existing file), `convert` turns answers into a workbook and back, and a workbook
//! filled in (here written with rust_xlsxwriter, as a spreadsheet program would save it) reports
//! exactly what the same answers in TOML report; its mistakes are named by sheet and cell.

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;
use std::path::Path;

use crate::common::icso;

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

#[test]
fn a_consensus_file_is_not_converted_to_a_workbook_that_would_drop_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let consensus = dir.path().join("consensus.toml");
    std::fs::write(
        &consensus,
        "format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\norganisation = \"A\"\nrespondent = \"Workshop: 2 respondents\"\ndate = \"2026-12-01\"\n[workshop]\nparticipants = 2\n[answers.R01]\nlevel = 3\nsource = \"agreed\"\njustification = \"Both offices\"\n",
    )
    .unwrap();
    let xlsx = dir.path().join("c.xlsx");
    let out = icso(&["convert", s(&consensus), "-o", s(&xlsx)]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("workshop's consensus file"), "{stderr}");
    assert!(!xlsx.exists());
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

/// What `validate --answers` says of `path`, which must fail with exit 1 and say `expect`, fast.
fn refused(path: &Path, expect: &str) {
    let started = std::time::Instant::now();
    let out = icso(&["validate", "--answers", s(path)]);
    let all =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains(expect), "{expect:?} not in {all}");
    assert!(!all.contains("panicked"), "{all}");
    // Generous for a debug build on a loaded machine; bench/ holds the real figures.
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[test]
fn hostile_workbooks_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let data = icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin).unwrap();
    let id = data.questionnaire("quick").unwrap().questions[0].id.clone();
    let good = dir.path().join("good.xlsx");
    filled(&good, &[(&id, "2")]);
    let bytes = std::fs::read(&good).unwrap();

    // Truncated in transit.
    let cut = dir.path().join("cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    refused(&cut, "may be truncated");

    // Saved with a password: Excel writes an encrypted OLE file instead of a zip.
    let locked = dir.path().join("locked.xlsx");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    std::fs::write(&locked, ole).unwrap();
    refused(&locked, "password-protected");

    // A zip bomb: a small file that unpacks to 200 MB.
    let bomb = dir.path().join("bomb.xlsx");
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let zeros = vec![b' '; 1024 * 1024];
        for _ in 0..200 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2 * 1024 * 1024);
    refused(&bomb, "unpacks to more than");

    // A formula, a date and an error in level cells; a cell at the last row of a sheet.
    let write = |path: &Path, edit: &dyn Fn(&mut rust_xlsxwriter::Worksheet)| {
        let mut book = Workbook::new();
        book.add_worksheet().set_name("Instructions").unwrap();
        let profile = book.add_worksheet().set_name("Profile").unwrap();
        profile.write_string(1, 0, "organisation").unwrap();
        let questions = book.add_worksheet().set_name("Questions").unwrap();
        questions.write_string(0, 10, "Your level").unwrap();
        questions.write_string(1, 0, &id).unwrap();
        edit(questions);
        let about = book.add_worksheet().set_name("About").unwrap();
        about.write_string(0, 0, "questionnaire").unwrap();
        about.write_string(0, 1, "quick").unwrap();
        about.write_string(1, 0, "questionnaire_version").unwrap();
        about.write_string(1, 1, "1.0").unwrap();
        book.save(path).unwrap();
    };
    let formula = dir.path().join("formula.xlsx");
    write(&formula, &|q| {
        q.write_formula(1, 10, "=1+1").unwrap();
    });
    refused(
        &formula,
        "sheet Questions, cell K2: the cell holds a formula",
    );
    let date = dir.path().join("date.xlsx");
    write(&date, &|q| {
        let day = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 1).unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
        q.write_datetime_with_format(1, 10, &day, &format).unwrap();
    });
    refused(
        &date,
        "sheet Questions, cell K2: the level is formatted as a date",
    );
    let merged = dir.path().join("merged.xlsx");
    write(&merged, &|q| {
        q.merge_range(1, 10, 3, 10, "2", &rust_xlsxwriter::Format::new())
            .unwrap();
    });
    refused(
        &merged,
        "sheet Questions, cells K2:K4: these cells are merged",
    );
    let far = dir.path().join("far.xlsx");
    write(&far, &|q| {
        q.write_string(1_048_575, 0, "x").unwrap();
    });
    refused(
        &far,
        "sheet Questions, cell A1048576: the sheet goes on far beyond",
    );
}
