//! The language of screens and reports: chosen by `--lang` or the locale, negotiated so that
//! regional locales find their language, and independent of the answers, which carry none.

use crate::common::with_locale;
use std::process::Command;

/// The language the HTML report declares: what the whole page was written in.
fn page_language(vars: &[(&str, &str)], extra: &[&str]) -> String {
    let mut args = vec![
        "report",
        "--answers",
        "examples/advocacy-quick-2026.toml",
        "--format",
        "html",
    ];
    args.extend_from_slice(extra);
    let out = with_locale(vars, &args);
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8(out.stdout).unwrap();
    let at = page
        .find("<html lang=\"")
        .expect("the page names its language")
        + 12;
    page[at..].split('"').next().unwrap().to_owned()
}

#[test]
fn the_locale_chooses_the_language_and_regional_locales_find_theirs() {
    for (vars, want) in [
        (&[("LANG", "fr_FR.UTF-8")][..], "fr"),
        (&[("LANG", "fr-CA")], "fr"),
        (&[("LANG", "es_MX")], "es"),
        (&[("LANG", "es-419")], "es"),
        (&[("LANG", "en_GB.UTF-8")], "en"),
        (&[("LANG", "de_DE.UTF-8")], "en"),
        (&[], "en"),
        // C and POSIX mean English, even over LANG and LANGUAGE, as in gettext.
        (&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")], "en"),
        (&[("LC_ALL", "POSIX"), ("LANGUAGE", "es")], "en"),
        // LANGUAGE is a list: the first language the tool has wins.
        (&[("LANGUAGE", "pt_BR:fr"), ("LANG", "en_US.UTF-8")], "fr"),
        (
            &[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "en_GB.UTF-8")],
            "es",
        ),
        (&[("LC_ALL", "es_AR.UTF-8"), ("LANG", "fr_FR.UTF-8")], "es"),
    ] {
        assert_eq!(page_language(vars, &[]), want, "{vars:?}");
    }
}

#[test]
fn lang_overrides_the_locale_and_names_what_it_offers_when_unknown() {
    let fr = [("LANG", "fr_FR.UTF-8")];
    assert_eq!(page_language(&fr, &["--lang", "en"]), "en");
    assert_eq!(page_language(&fr, &["--lang", "es_MX.UTF-8"]), "es");
    assert_eq!(page_language(&[], &["--lang", "fr-CA"]), "fr");
    let out = with_locale(&[], &["--lang", "de", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("'de'") && err.contains("en, es, fr"), "{err}");
}

/// Chinese and Japanese letters take two columns each: a document written in them still keeps
/// within 80 columns on a terminal, so such a language can follow without layout work.
#[test]
fn double_width_text_keeps_within_the_terminal() {
    use icso_assess::document::{Block, Column, Document, Kind, Row, Table, cell, text};
    use icso_assess::io::term::Style;
    use icso_assess::render::{Format, write_document};
    use unicode_width::UnicodeWidthStr;

    // A pseudo-string: one double-width letter for each English letter, as long as a long
    // recommendation title.
    let wide = |n: usize| {
        "组织能力战略风险"
            .chars()
            .cycle()
            .take(n)
            .collect::<String>()
    };
    let doc = || Document {
        kind: Kind::Report,
        title: wide(10),
        blocks: vec![
            Block::heading(1, text(wide(60))),
            Block::para(text(format!("{} 59% {}", wide(70), wide(55)))),
            Block::list(vec![text(wide(90)), text(wide(12))]),
            Block::Facts("facts", vec![(wide(8), text(wide(80)))]),
            Block::Table(Table::new(
                vec![Column::id(), Column::new(&wide(4)), Column::num(&wide(3))],
                vec![
                    Row::new(vec![cell("R01"), cell(wide(75)), cell("3")]),
                    Row::new(vec![cell("R02"), cell(wide(6)), cell("12")]),
                ],
            )),
        ],
    };
    for width in [80, 60] {
        let mut out = Vec::new();
        let style = Style {
            color: false,
            width,
            terminal: false,
        };
        write_document(doc(), Format::Table, style, &mut out).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains(&wide(12)), "{shown}");
        for line in shown.lines() {
            assert!(
                line.width() <= width,
                "{} columns at {width}: {line}",
                line.width()
            );
        }
    }
}

/// The words of `text` still written in plain ASCII letters, three or more long, that are not
/// data: in the pseudo-locale every message and every piece of content is accented, so such a
/// word is interface text that did not come through a message. `data` holds the words the
/// inputs themselves carry (names, notes, file names), which are shown as written.
fn english_left(text: &str, data: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut left = std::collections::BTreeSet::new();
    for token in text.split(|c: char| c.is_whitespace()) {
        // Links, file names and fingerprints are data.
        if token.contains("://") || token.contains('/') || token.contains('\\') {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            let hex = word.chars().all(|c| c.is_ascii_hexdigit());
            // A file name wrapped in a narrow table cell leaves its tail ("oml" of ".toml").
            let tail = "toml".ends_with(&word.to_lowercase());
            if word.len() >= 3 && !hex && !tail && !data.contains(&word.to_lowercase()) {
                left.insert(word.to_owned());
            }
        }
    }
    left.into_iter().collect()
}

/// Every word (lower case) of the files a command reads, and of the names that are kept as
/// published in every language.
fn data_words(files: &[&str]) -> std::collections::BTreeSet<String> {
    // The guide's title as published; the tool's commands, shown as code to type; and the
    // data's ids (tags, profile options, questionnaires), which are written as they are.
    let mut text = String::from(
        "Strengthening the capacity of ICSOs related to the rise of China icso assess \
         International Civil Society Centre list show report template validate compare \
         aggregate plan workshop pack import export convert key toml low medium high html \
         consensus",
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["recommendations", "questionnaires"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            for line in std::fs::read_to_string(e.path())
                .unwrap_or_default()
                .lines()
            {
                for (at, _) in line.match_indices("id: ") {
                    let id = line[at + 4..]
                        .split([',', ' ', '}'])
                        .next()
                        .unwrap_or_default();
                    text.push(' ');
                    text.push_str(id);
                }
            }
        }
    }
    for f in files {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
        if path.is_dir() {
            for e in std::fs::read_dir(&path).unwrap().flatten() {
                text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
                text.push_str(&e.file_name().to_string_lossy());
            }
        } else {
            text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            text.push_str(f);
        }
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// The text a reader sees on a page: without tags, styles, scripts and entities.
fn page_text(html: &str) -> String {
    let mut s = html.to_owned();
    for (open, close) in [
        ("<style", "</style>"),
        ("<script", "</script>"),
        ("<svg", "</svg>"),
    ] {
        while let Some(a) = s.find(open) {
            let b = s[a..].find(close).map_or(s.len(), |b| a + b + close.len());
            s.replace_range(a..b, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split('&')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_owned()
            } else {
                part.split_once(';')
                    .map_or(part.to_owned(), |(_, rest)| rest.to_owned())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_pseudo_locale_leaves_no_english_interface_word_in_any_report() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let plan = plan.to_str().unwrap();
    let quick = "examples/advocacy-quick-2026.toml";
    let before = "examples/advocacy-quick-2025.toml";
    let full = "examples/federation-full-2026.toml";
    let made = crate::common::icso(&["--lang", "en-XA", "plan", "--answers", quick, "-o", plan]);
    assert!(made.status.success(), "{made:?}");
    let mut runs: Vec<(Vec<String>, Vec<&str>)> = Vec::new();
    let owned = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    for format in ["table", "plain", "markdown", "html"] {
        runs.push((
            owned(&["report", "--answers", quick, "--format", format]),
            vec![quick],
        ));
        runs.push((
            owned(&["report", "--answers", full, "--format", format]),
            vec![full],
        ));
        runs.push((
            owned(&["compare", before, quick, "--format", format]),
            vec![before, quick],
        ));
        runs.push((
            owned(&["aggregate", "examples/federation", "--format", format]),
            vec!["examples/federation"],
        ));
        runs.push((
            owned(&["plan", "show", plan, "--format", format]),
            vec![quick],
        ));
    }
    for args in [
        &["list"][..],
        &["show", "R01"],
        &["show", "R23"],
        &["template"],
        &["template", "--format", "html"],
        &[],
    ] {
        runs.push((owned(args), vec!["examples/federation"]));
    }
    let pack = dir.path().join("pack.html");
    let packed = crate::common::icso(&[
        "--lang",
        "en-XA",
        "workshop",
        "pack",
        "examples/federation",
        "--format",
        "html",
        "-o",
        pack.to_str().unwrap(),
    ]);
    assert!(packed.status.success(), "{packed:?}");
    let mut problems = Vec::new();
    let left = english_left(
        &page_text(&std::fs::read_to_string(&pack).unwrap()),
        &data_words(&["examples/federation"]),
    );
    if !left.is_empty() {
        problems.push(format!("workshop pack: {left:?}"));
    }
    for (args, inputs) in &runs {
        let mut all = vec!["--lang".to_owned(), "en-XA".to_owned()];
        all.extend(args.iter().cloned());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let out = crate::common::icso(&refs);
        let shown = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() || shown.is_empty() {
            problems.push(format!("{args:?} failed: {out:?}"));
            continue;
        }
        let text = if args.iter().any(|a| a == "html") {
            page_text(&shown)
        } else {
            shown
        };
        let mut data = data_words(inputs);
        data.extend(data_words(&[plan]));
        let left = english_left(&text, &data);
        if !left.is_empty() {
            problems.push(format!("{args:?}: {left:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "English left in the pseudo-locale:\n{}",
        problems.join("\n")
    );
}

/// The quick report as a French and a Spanish director read it on a terminal.
#[test]
fn the_quick_report_in_french_and_spanish() {
    for lang in ["fr", "es"] {
        let out = crate::common::icso(&[
            "--lang",
            lang,
            "report",
            "--answers",
            "examples/advocacy-quick-2026.toml",
        ]);
        assert!(out.status.success(), "{out:?}");
        let shown = String::from_utf8(out.stdout).unwrap();
        crate::common::assert_snapshot!(format!("quick_report_{lang}"), shown);
    }
}

/// The first question's screen at 80x24, in French and Spanish: the question, its header,
/// every level and the keys to press.
#[cfg(unix)]
#[test]
fn a_question_screen_in_french_and_spanish() {
    use rexpect::session::{Options, spawn_with_options};
    use std::num::NonZeroU16;
    let dir = tempfile::tempdir().unwrap();
    // Profile answered and no question yet: the assessment opens on question 1.
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\n\
         organisation = \"Acme\"\nrespondent = \"Board\"\ndate = \"2026-10-20\"\n\n\
         [profile]\nchina-presence = \"none\"\norientation = \"advocacy\"\n\
         structure = \"single\"\nbri-countries = \"yes\"\n",
    )
    .unwrap();
    for (lang, help) in [("fr", "Ctrl-C arrêter"), ("es", "Ctrl-C parar")] {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg("stty cols 80 rows 24 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_icso-assess"))
            .args(["--lang", lang, "assess", "--file", "a.toml"])
            .current_dir(dir.path())
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .env_remove("LINES");
        let options = Options::new()
            .timeout_ms(Some(10_000))
            .strip_ansi_escape_codes(false);
        let mut s = spawn_with_options(cmd, options).expect("spawn in a pty");
        let size = |n: u16| NonZeroU16::new(n).unwrap();
        let mut vt = vt100::Parser::new(size(24), size(80), 0);
        let start = std::time::Instant::now();
        let screen = loop {
            while let Some(c) = s.try_read() {
                vt.process(&[u8::try_from(u32::from(c)).unwrap_or(b'?')]);
            }
            let shown = vt.screen().contents();
            if shown.contains(help) {
                break shown;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "{lang}: no question screen:\n{shown}"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        s.send("\x03").unwrap();
        s.flush().unwrap();
        let _ = s.exp_eof();
        let trimmed: Vec<&str> = screen.lines().map(str::trim_end).collect();
        crate::common::assert_snapshot!(format!("question_80x24_{lang}"), trimmed.join("\n"));
    }
}

/// Offices that answer in French, Spanish and English combine into one report: the answers
/// files carry no language, so the secretariat's English report of the three is the same as
/// if all three had answered in English.
#[test]
fn answers_in_three_languages_aggregate_into_one_english_report() {
    let dir = tempfile::tempdir().unwrap();
    let made = |folder: &str, langs: [&str; 3]| {
        let out_dir = dir.path().join(folder);
        std::fs::create_dir(&out_dir).unwrap();
        for (lang, (name, example)) in langs.iter().zip([
            ("dakar", "examples/federation/bangkok.toml"),
            ("lima", "examples/federation/nairobi.toml"),
            ("london", "examples/federation/beijing.toml"),
        ]) {
            let file = out_dir.join(format!("{name}.toml"));
            let out = crate::common::icso(&[
                "--lang",
                lang,
                "convert",
                example,
                "-o",
                file.to_str().unwrap(),
            ]);
            assert!(out.status.success(), "{lang}: {out:?}");
        }
        out_dir
    };
    let mixed = made("mixed", ["fr", "es", "en"]);
    let english = made("english", ["en", "en", "en"]);
    for name in ["dakar", "lima"] {
        assert_eq!(
            std::fs::read(mixed.join(format!("{name}.toml"))).unwrap(),
            std::fs::read(english.join(format!("{name}.toml"))).unwrap(),
            "{name}: an answers file is the same whatever the language it was written in"
        );
    }
    let report = |folder: &std::path::Path, format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_icso-assess"))
            .args(["--lang", "en", "aggregate", ".", "--format", format])
            .current_dir(folder)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(report(&mixed, "json"), report(&english, "json"));
    let page = report(&mixed, "markdown");
    assert!(page.contains("Readiness by area"), "{page}");
}

/// In the pseudo-locale every word is about 40% longer: the terminal's tables and lists still
/// keep within 80 columns.
#[test]
fn the_pseudo_locale_still_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let plan = plan.to_str().unwrap();
    let quick = "examples/advocacy-quick-2026.toml";
    let made = crate::common::icso(&["--lang", "en-XA", "plan", "--answers", quick, "-o", plan]);
    assert!(made.status.success(), "{made:?}");
    for args in [
        &["report", "--answers", quick][..],
        &["report", "--answers", "examples/federation-full-2026.toml"],
        &["compare", "examples/advocacy-quick-2025.toml", quick],
        &["aggregate", "examples/federation"],
        &["plan", "show", plan],
        &["list"],
        &["show", "R01"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_icso-assess"))
            .args(["--lang", "en-XA"])
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .env("COLUMNS", "80")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        let shown = String::from_utf8(out.stdout).unwrap();
        for line in shown.lines() {
            assert!(
                line.width() <= 80,
                "{args:?}: {} columns: {line}",
                line.width()
            );
        }
    }
}
