//! The language of screens and reports: chosen by `--lang` or the locale, negotiated so that
//! regional locales find their language, and independent of the answers, which carry none.

use std::process::{Command, Output};

/// The binary with only the locale variables given (the test process's own are removed).
fn with_locale(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icso-assess"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    for (k, v) in vars {
        c.env(k, v);
    }
    c.output().expect("run icso-assess")
}

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
