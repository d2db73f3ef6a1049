//! `import kobo|odk`: exports built by hand from the platforms' documented column layouts (Kobo:
//! group paths joined with `/`, `_uuid`, `_submission_time`; ODK Central: groups joined with `-`,
//! `meta-instanceID`, `SubmissionDate`), as CSV with `,` or `;` and a BOM, and as .xlsx. The
//! imported files aggregate exactly as the same answers written as TOML.

use std::path::Path;
use std::process::Output;

use crate::common::icso;

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Three submissions: (respondent, R01, R02, R02 reason, R04, uuid, time).
const ROWS: [(&str, &str, &str, &str, &str, &str, &str); 3] = [
    (
        "Bangkok office",
        "3",
        "na",
        "No such work here",
        "dk",
        "uuid:a1",
        "2026-11-30T10:00:00",
    ),
    (
        "Nairobi/office",
        "1",
        "2",
        "",
        "4",
        "uuid:b2",
        "2026-11-29T09:00:00.000Z",
    ),
    (
        "Lima office",
        "0",
        "1",
        "",
        "2",
        "uuid:c3",
        "2026-11-28T08:00:00",
    ),
];

fn kobo_csv(delimiter: &str) -> String {
    let d = delimiter;
    let mut out = format!(
        "\u{FEFF}start{d}end{d}organisation{d}respondent{d}china-presence{d}strategy/R01{d}\
         strategy/R02{d}strategy/R02_reason{d}strategy/R02_importance{d}other/R04{d}_id{d}_uuid{d}\
         _submission_time{d}_validation_status{d}__version__\n"
    );
    for (i, (who, r01, r02, reason, r04, uuid, time)) in ROWS.iter().enumerate() {
        out.push_str(&format!(
            "2026-11-01{d}2026-11-01{d}Acme{d}{who}{d}none{d}{r01}{d}{r02}{d}{reason}{d}high{d}{r04}{d}{i}{d}{uuid}{d}{time}{d}{d}vX\n"
        ));
    }
    out
}

fn odk_csv() -> String {
    let mut out = String::from(
        "SubmissionDate,organisation,respondent,china-presence,strategy-R01,strategy-R02,\
         strategy-R02_reason,strategy-R02_importance,other-R04,meta-instanceID,KEY,SubmitterID,\
         SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n",
    );
    for (who, r01, r02, reason, r04, uuid, time) in ROWS {
        out.push_str(&format!(
            "{time},Acme,\"{who}\",none,{r01},{r02},{reason},high,{r04},{uuid},{uuid},5,x,0,0,,,,0,1\n"
        ));
    }
    out
}

/// The same answers as TOML files in `dir`.
fn as_toml(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, (who, r01, r02, reason, r04, _, time)) in ROWS.iter().enumerate() {
        let level = |v: &str| match v {
            "na" => "\"n/a\"".to_string(),
            "dk" => "\"unknown\"".to_string(),
            n => n.to_string(),
        };
        let mut text = format!(
            "format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\n\
             organisation = \"Acme\"\nrespondent = \"{who}\"\ndate = \"{}\"\n[profile]\n\
             china-presence = \"none\"\n[answers.R01]\nlevel = {}\n[answers.R02]\nlevel = {}\nimportance = \"high\"\n",
            &time[..10],
            level(r01),
            level(r02)
        );
        if !reason.is_empty() {
            text.push_str(&format!("reason = \"{reason}\"\n"));
        }
        text.push_str(&format!("[answers.R04]\nlevel = {}\n", level(r04)));
        // Named as import names them: aggregate lists respondents in file-name order.
        let _ = i;
        let stem = who.to_lowercase().replace(['/', ' '], "-");
        std::fs::write(dir.join(format!("{stem}.toml")), text).unwrap();
    }
}

fn aggregate_json(dir: &Path) -> serde_json::Value {
    let out = icso(&["aggregate", s(dir), "--format", "json"]);
    assert!(out.status.success(), "{}", err(&out));
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // File names differ by route; everything else must not.
    strip_files(&mut v);
    v
}

fn strip_files(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("file");
            map.remove("files");
            map.remove("source");
            map.values_mut().for_each(strip_files);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_files),
        _ => {}
    }
}

/// Where two JSON values first differ, as a path and both values: short enough to read.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value) -> String {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) if w == v => {}
                    Some(w) => return format!("{k}.{}", first_difference(v, w)),
                    None => return format!("{k}: missing on the right"),
                }
            }
            "keys differ".into()
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            let i = (0..x.len()).find(|i| x[*i] != y[*i]).unwrap_or(0);
            format!("[{i}].{}", first_difference(&x[i], &y[i]))
        }
        _ => format!(": {a} vs {b}"),
    }
}

#[test]
fn kobo_and_odk_exports_import_and_aggregate_like_toml() {
    let dir = tempfile::tempdir().unwrap();
    let expected = dir.path().join("toml");
    as_toml(&expected);
    let want = aggregate_json(&expected);
    for (platform, name, text) in [
        ("kobo", "kobo-comma.csv", kobo_csv(",")),
        ("kobo", "kobo-semicolon.csv", kobo_csv(";")),
        ("odk", "odk.csv", odk_csv()),
    ] {
        let export = dir.path().join(name);
        std::fs::write(&export, text).unwrap();
        let into = dir.path().join(format!("{name}-out"));
        let out = icso(&["import", platform, s(&export), "-o", s(&into)]);
        assert!(out.status.success(), "{name}: {}", err(&out));
        assert!(err(&out).contains("Imported 3 "), "{}", err(&out));
        let mut files: Vec<String> = std::fs::read_dir(&into)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        files.sort();
        assert_eq!(
            files,
            [
                "bangkok-office.toml",
                "lima-office.toml",
                "nairobi-office.toml"
            ]
        );
        let got = aggregate_json(&into);
        assert!(got == want, "{name}: {}", first_difference(&got, &want));

        // Again: nothing new, nothing overwritten.
        let out = icso(&["import", platform, s(&export), "-o", s(&into)]);
        assert!(out.status.success(), "{}", err(&out));
        assert!(
            err(&out).contains("Imported 0 ") && err(&out).contains("3 already imported"),
            "{}",
            err(&out)
        );
        assert_eq!(std::fs::read_dir(&into).unwrap().count(), 4);
    }
}

#[test]
fn an_xlsx_export_imports_too() {
    let dir = tempfile::tempdir().unwrap();
    let text = kobo_csv(",");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in text.trim_start_matches('\u{FEFF}').lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let export = dir.path().join("kobo.xlsx");
    book.save(&export).unwrap();
    let into = dir.path().join("out");
    let out = icso(&["import", "kobo", s(&export), "-o", s(&into)]);
    assert!(out.status.success(), "{}", err(&out));
    let expected = dir.path().join("toml");
    as_toml(&expected);
    let (got, want) = (aggregate_json(&into), aggregate_json(&expected));
    assert!(got == want, "{}", first_difference(&got, &want));
}

#[test]
fn bad_exports_are_refused_or_named_by_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    // Label headers: the question's wording instead of its name.
    let labels = dir.path().join("labels.csv");
    std::fs::write(
        &labels,
        "Your organisation,How far has your strategy...?\nAcme,3\n",
    )
    .unwrap();
    let out = icso(&["import", "kobo", s(&labels), "-o", s(&dir.path().join("a"))]);
    assert_eq!(out.status.code(), Some(2), "{}", err(&out));
    assert!(
        err(&out).contains("XML values and headers"),
        "{}",
        err(&out)
    );
    assert!(!dir.path().join("a").join("acme.toml").exists());

    // One bad level: that row is named and left out, the others are imported.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, kobo_csv(",").replace(",2,,high,4,", ",7,,high,4,")).unwrap();
    let into = dir.path().join("b");
    let out = icso(&["import", "kobo", s(&bad), "-o", s(&into)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err(&out).contains("row 3, column 7 (strategy/R02): level \"7\""),
        "{}",
        err(&out)
    );
    assert!(err(&out).contains("Imported 2 "), "{}", err(&out));
    assert!(!into.join("nairobi-office.toml").exists());

    // A single enormous line with no end.
    let huge = dir.path().join("huge.csv");
    std::fs::write(&huge, "a".repeat(20 * 1024 * 1024)).unwrap();
    let out = icso(&["import", "kobo", s(&huge), "-o", s(&dir.path().join("c"))]);
    assert_eq!(out.status.code(), Some(2), "{}", err(&out));
    assert!(
        err(&out).contains("no column is named after a question"),
        "{}",
        err(&out)
    );

    // The same submission twice in one export: imported once, the repeat named.
    let twice = dir.path().join("twice.csv");
    let text = kobo_csv(",");
    let last = text.lines().last().unwrap().to_string();
    std::fs::write(&twice, format!("{text}{last}\n")).unwrap();
    let out = icso(&["import", "kobo", s(&twice), "-o", s(&dir.path().join("t"))]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        err(&out).contains("row 5 repeats the submission of row 4"),
        "{}",
        err(&out)
    );
    assert!(err(&out).contains("Imported 3 "), "{}", err(&out));

    // A full-form export is read as the full questionnaire without being told.
    let full = dir.path().join("full.csv");
    let ids: Vec<String> =
        icso_assess::catalogue::load(&icso_assess::catalogue::DataSource::Builtin)
            .unwrap()
            .questionnaire("full")
            .unwrap()
            .questions
            .iter()
            .map(|q| format!("g/{}", q.id))
            .collect();
    let levels = vec!["2"; ids.len()].join(",");
    std::fs::write(
        &full,
        format!("respondent,{}\nHQ,{levels}\n", ids.join(",")),
    )
    .unwrap();
    let into = dir.path().join("f");
    let out = icso(&["import", "kobo", s(&full), "-o", s(&into)]);
    assert!(out.status.success(), "{}", err(&out));
    let text = std::fs::read_to_string(into.join("hq.toml")).unwrap();
    assert!(text.contains("questionnaire = \"full\""), "{text}");

    // Control characters in a header are not printed.
    let esc = dir.path().join("esc.csv");
    std::fs::write(&esc, "respondent,R01,\u{1b}[31mred\nx,2,y\n").unwrap();
    let out = icso(&["import", "kobo", s(&esc), "-o", s(&dir.path().join("d"))]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(!err(&out).contains('\u{1b}'), "{}", err(&out));
}

/// The form's field names as a platform would head its export columns: each field behind the
/// names of its groups, joined by `joiner`.
fn export_headers(form: &Path, joiner: &str) -> Vec<(String, String)> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(form).unwrap();
    let survey = book.worksheet_range("survey").unwrap();
    let mut groups: Vec<String> = Vec::new();
    let mut headers = Vec::new();
    for row in survey.rows().skip(1) {
        let kind = row[0].to_string();
        let name = row[1].to_string();
        match kind.as_str() {
            "begin_group" => groups.push(name),
            "end_group" => {
                groups.pop();
            }
            _ => {
                let mut path = groups.clone();
                path.push(name.clone());
                headers.push((path.join(joiner), name));
            }
        }
    }
    headers
}

#[test]
fn submissions_to_the_generated_form_import_and_aggregate_like_toml() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.xlsx");
    let out = icso(&["export", "xlsform", "-o", s(&form)]);
    assert!(out.status.success(), "{}", err(&out));
    let same = dir.path().join("again.xlsx");
    assert!(
        icso(&["export", "xlsform", "-o", s(&same)])
            .status
            .success()
    );
    assert_eq!(std::fs::read(&form).unwrap(), std::fs::read(&same).unwrap());

    for joiner in ["/", "-"] {
        let headers = export_headers(&form, joiner);
        // Each field's value for one of the three submissions.
        let value = |name: &str, i: usize| -> String {
            let (who, r01, r02, reason, r04, uuid, time) = ROWS[i];
            match name {
                "organisation" => "Acme".into(),
                "respondent" => who.into(),
                "china-presence" => "none".into(),
                "R01" => r01.into(),
                "R02" => r02.into(),
                "R02_reason" => reason.into(),
                "R02_importance" => "high".into(),
                "R04" => r04.into(),
                "_uuid" => uuid.into(),
                "_submission_time" => time.into(),
                _ => String::new(),
            }
        };
        let mut names: Vec<(String, String)> = headers.clone();
        names.push(("_uuid".into(), "_uuid".into()));
        names.push(("_submission_time".into(), "_submission_time".into()));
        let mut csv = names
            .iter()
            .map(|(h, _)| h.as_str())
            .collect::<Vec<_>>()
            .join(",");
        csv.push('\n');
        for i in 0..ROWS.len() {
            let cells: Vec<String> = names
                .iter()
                .map(|(_, n)| format!("\"{}\"", value(n, i)))
                .collect();
            csv.push_str(&cells.join(","));
            csv.push('\n');
        }
        let export = dir.path().join("export.csv");
        std::fs::write(&export, csv).unwrap();
        let into = dir.path().join(format!("out{}", joiner == "/"));
        let out = icso(&["import", "kobo", s(&export), "-o", s(&into)]);
        assert!(out.status.success(), "{}", err(&out));
        assert!(!err(&out).contains("warning"), "{}", err(&out));
        let expected = dir.path().join("toml");
        as_toml(&expected);
        let (got, want) = (aggregate_json(&into), aggregate_json(&expected));
        assert!(got == want, "{joiner}: {}", first_difference(&got, &want));
    }
}

#[test]
fn an_import_can_write_every_answers_file_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("secretariat.key");
    let out = icso(&["key", "new", "-o", s(&key)]);
    assert!(out.status.success(), "{}", err(&out));
    let recipient = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let export = dir.path().join("kobo.csv");
    std::fs::write(&export, kobo_csv(",")).unwrap();
    let plain = dir.path().join("plain");
    assert!(
        icso(&["import", "kobo", s(&export), "-o", s(&plain)])
            .status
            .success()
    );
    let sealed = dir.path().join("sealed");
    let out = icso(&[
        "import",
        "kobo",
        s(&export),
        "-o",
        s(&sealed),
        "--encrypt-to",
        &recipient,
    ]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        err(&out).contains("encrypted to 1 recipient"),
        "{}",
        err(&out)
    );
    let mut names: Vec<String> = std::fs::read_dir(&sealed)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "bangkok-office.toml.age",
            "lima-office.toml.age",
            "nairobi-office.toml.age"
        ]
    );
    for n in &names {
        let bytes = std::fs::read(sealed.join(n)).unwrap();
        assert!(
            bytes.starts_with(b"age-encryption.org/v1\n"),
            "{n} is not ciphertext"
        );
        assert!(!String::from_utf8_lossy(&bytes).contains("Bangkok"), "{n}");
    }
    // The secretariat aggregates them with its key exactly as the plain import.
    let out = icso(&[
        "aggregate",
        "--identity",
        s(&key),
        s(&sealed),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", err(&out));
    let mut got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    strip_files(&mut got);
    assert!(
        got == aggregate_json(&plain),
        "{}",
        first_difference(&got, &aggregate_json(&plain))
    );
    // A passphrase per file is refused before anything is read or written.
    let none = dir.path().join("none");
    let out = icso(&["import", "kobo", s(&export), "-o", s(&none), "--passphrase"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(err(&out).contains("--encrypt-to"), "{}", err(&out));
    assert!(!none.exists());
}
