//! `--help` and the tool's messages in the language of `--lang` or the locale: the help's
//! texts, headings and placeholders from translations/<lang>/cli.ftl, errors and notices from
//! messages.ftl, and English exactly as clap and the code write it.

use crate::common::with_locale;
use std::process::Output;

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn lang_fr_help_is_french_from_its_headings_to_its_placeholders() {
    let help = stdout(&with_locale(&[], &["--lang", "fr", "--help"]));
    for french in [
        "Auto-évaluation de la préparation d’une ONG",
        "Utilisation\u{a0}: icso-assess [OPTIONS] [COMMANDE]",
        "Commandes\u{a0}:",
        "Options\u{a0}:",
        "report       Rapport des écarts d’un fichier de réponses",
        "--data <DOSSIER>",
        "[par défaut\u{a0}: auto] [valeurs possibles\u{a0}: auto, always, never]",
        "-h, --help                Affiche l’aide",
        "Codes de sortie\u{a0}: 0 réussite",
    ] {
        assert!(help.contains(french), "{french:?} not in:\n{help}");
    }
    for english in [
        "Usage:",
        "Commands:",
        "Print help",
        "[default:",
        "possible values",
        "<DIR>",
        "Exit codes",
    ] {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
    // `help report` is `report --help`, in French too.
    let report = stdout(&with_locale(&[], &["--lang=fr", "report", "--help"]));
    assert_eq!(
        stdout(&with_locale(&[], &["--lang", "fr", "help", "report"])),
        report
    );
    assert!(report.contains("Chiffrement\u{a0}:"), "{report}");
    // Arguments keep their order: the one before, then the one after.
    let compare = stdout(&with_locale(&[], &["--lang", "fr", "compare", "--help"]));
    assert!(
        compare.contains(
            "Arguments\u{a0}:\n  <AVANT>  Le fichier de réponses antérieur (TOML)\n  <APRÈS>  "
        ),
        "{compare}"
    );
}

#[test]
fn a_spanish_locale_gives_spanish_help_for_each_command() {
    let help = stdout(&with_locale(
        &[("LANG", "es_ES.UTF-8")],
        &["report", "--help"],
    ));
    for spanish in [
        "Informe de brechas de un archivo de respuestas",
        "Uso: icso-assess report [OPTIONS]",
        "Opciones:",
        "--answers <ARCHIVO>",
        "[por defecto: 5]",
        "Cifrado:",
        "--encrypt-to <DESTINATARIO>",
        "Muestra la ayuda",
    ] {
        assert!(help.contains(spanish), "{spanish:?} not in:\n{help}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Encryption:",
        "Print help",
        "[default:",
    ] {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
    // A command with a long help keeps clap's layout: the notes on lines of their own.
    let plan = stdout(&with_locale(
        &[("LANG", "es_ES.UTF-8")],
        &["plan", "--help"],
    ));
    assert!(
        plan.contains("Sin orden: redacta un plan")
            && plan.contains("\n          [por defecto: auto]\n          [valores posibles: auto, always, never]\n"),
        "{plan}"
    );
}

#[test]
fn english_help_is_clap_s_own_whatever_the_way_english_is_chosen() {
    let plain = stdout(&with_locale(&[], &["--help"]));
    assert!(
        plain.starts_with("Self-assessment of an NGO's readiness"),
        "{plain}"
    );
    for (vars, args) in [
        (&[("LANG", "en_GB.UTF-8")][..], &["--help"][..]),
        (&[("LANG", "fr_FR.UTF-8")], &["--lang", "en", "--help"]),
        (&[("LC_ALL", "C"), ("LANGUAGE", "fr")], &["--help"]),
    ] {
        assert_eq!(stdout(&with_locale(vars, args)), plain, "{vars:?} {args:?}");
    }
}

#[test]
fn errors_and_notices_speak_the_language_and_keep_file_line_and_column() {
    let out = with_locale(
        &[],
        &["--lang", "fr", "report", "--answers", "no-such-file.toml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "erreur\u{a0}: impossible de lire le fichier de réponses no-such-file.toml\u{a0}: il n’existe pas\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "format = 1\nquestionnaire = \"quick\"\nquestionnaire_version = \"1.0\"\norganisation = \"\"\nrespondent = \"\"\ndate = \"\"\n[answers.R01]\nlevel = 9\n",
    )
    .unwrap();
    let out = with_locale(
        &[("LANG", "es_MX.UTF-8")],
        &["report", "--answers", bad.to_str().unwrap()],
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: ")
            && err.contains("bad.toml:8:9: la respuesta R01 tiene el nivel 9; los niveles van de 0 a 4 [level-out-of-range]"),
        "{err}"
    );
    // `validate --format json` is for programs: its messages stay English.
    let out = with_locale(
        &[],
        &[
            "--lang",
            "fr",
            "validate",
            "--format",
            "json",
            "--answers",
            bad.to_str().unwrap(),
        ],
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(
        json.contains("\"message\": \"answer R01 has level 9; levels run 0 to 4\""),
        "{json}"
    );
    // A bad --lang is told in the language of the locale, which it falls back to.
    let out = with_locale(&[("LANG", "fr_FR.UTF-8")], &["--lang", "de", "list"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("l’outil n’a pas de traduction pour cette langue")
            && err.contains("en, es, fr"),
        "{err}"
    );
}

#[test]
fn clap_s_usage_errors_are_in_the_language_too() {
    let out = with_locale(&[], &["--lang", "fr", "report", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "erreur\u{a0}: valeur 'pdf' non valide pour '--format <FORMAT>'\n  \
         [valeurs possibles\u{a0}: table, plain, markdown, html, csv, json, docx]\n\n\
         Pour en savoir plus, essayez '--help'.\n"
    );
    let out = with_locale(&[("LANG", "es_ES.UTF-8")], &["repot"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(
            "error: suborden 'repot' desconocida\n\n  consejo: existen subórdenes parecidas: "
        ) && err.contains(
            "\n\nUso: icso-assess [OPTIONS] [ORDEN]\n\nPara más información, pruebe '--help'.\n"
        ),
        "{err}"
    );
    // English is clap's own.
    let out = with_locale(&[], &["report", "--format", "pdf"]);
    assert!(
        String::from_utf8(out.stderr).unwrap().starts_with(
            "error: invalid value 'pdf' for '--format <FORMAT>'\n  [possible values: "
        )
    );
}

/// The pseudo-locale shows what did not come through a message: no English word is left in
/// the help's texts (option names, values and the usage line are not words to translate).
#[test]
fn the_pseudo_locale_leaves_no_english_text_in_the_help() {
    let help = stdout(&with_locale(&[], &["--lang", "en-XA", "plan", "--help"]));
    for english in ["Draft", "Options", "Usage", "Print", "default", "FILE"] {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
}
