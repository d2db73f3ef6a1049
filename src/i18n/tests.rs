//! The languages are complete and consistent: every `.ftl` file parses, every language has
//! exactly English's messages with the same variables, every message the code asks for exists,
//! and locales from the environment find their language.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a language with the variables its value and attributes use.
fn messages(lang: &Embedded) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in lang.ftl {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!(
                "translations/{}/{name} does not parse: {errors:?}",
                lang.tag
            )
        });
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "translations/{}/{name}: message {id} is defined twice",
                    lang.tag
                );
            }
        }
    }
    out
}

/// The variables a pattern uses (`{ $count }`).
fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    each_inline(p, &mut |i| {
        if let ast::InlineExpression::VariableReference { id } = i {
            vars.insert(id.name.to_owned());
        }
    });
}

/// Calls `f` on every expression in a pattern: placeables, selectors and their variants,
/// function arguments, placeables within placeables.
fn each_inline<'p>(p: &'p ast::Pattern<&str>, f: &mut dyn FnMut(&'p ast::InlineExpression<&str>)) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            each_in_expression(expression, f);
        }
    }
}

fn each_in_expression<'p>(
    e: &'p ast::Expression<&str>,
    f: &mut dyn FnMut(&'p ast::InlineExpression<&str>),
) {
    let inline = match e {
        ast::Expression::Select { selector, variants } => {
            for v in variants {
                each_inline(&v.value, f);
            }
            selector
        }
        ast::Expression::Inline(i) => i,
    };
    each_in_inline(inline, f);
}

fn each_in_inline<'p>(
    i: &'p ast::InlineExpression<&str>,
    f: &mut dyn FnMut(&'p ast::InlineExpression<&str>),
) {
    f(i);
    match i {
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                each_in_inline(a, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => each_in_expression(expression, f),
        _ => {}
    }
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let english = messages(&EMBEDDED[0]);
    assert!(english.contains_key("language-name"));
    for lang in &EMBEDDED[1..] {
        let theirs = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "translations/{} lacks {missing:?}",
            lang.tag
        );
        assert!(
            extra.is_empty(),
            "translations/{} has unknown {extra:?}",
            lang.tag
        );
        for (id, vars) in &english {
            assert_eq!(
                &theirs[id], vars,
                "translations/{}: message {id} uses other variables than the English",
                lang.tag
            );
        }
    }
}

/// Every `t!("id"` and `ts!("id"` in the code names an English message, so a
/// mistyped id is caught here and not by a reader seeing it.
#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let english = messages(&EMBEDDED[0]);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut unknown = Vec::new();
    let mut asked = 0;
    visit(std::path::Path::new(root), &mut |path, text| {
        for opener in ["t!(\"", "ts!(\""] {
            for (at, _) in text.match_indices(opener) {
                // `format!("` ends in `t!("` too: only the macro itself counts.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                let id = rest.split('"').next().unwrap_or_default();
                // This scan's own examples, and the macro's documentation.
                if path.parent().is_some_and(|p| p.ends_with("i18n")) {
                    continue;
                }
                asked += 1;
                if !english.contains_key(id) {
                    unknown.push(format!("{}: {id}", path.display()));
                }
            }
        }
    });
    assert!(asked > 0, "the scan found no message ids at all");
    assert!(
        unknown.is_empty(),
        "messages missing from translations/en: {unknown:#?}"
    );
}

fn visit(dir: &std::path::Path, f: &mut dyn FnMut(&std::path::Path, &str)) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|x| x == "rs") {
            f(&path, &std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn locales_find_their_language() {
    let fr = Lang::find("fr").unwrap();
    let es = Lang::find("es").unwrap();
    assert_eq!(fr.tag(), "fr");
    assert_eq!(es.tag(), "es");
    for (locale, want) in [
        ("fr_FR.UTF-8", Some(fr)),
        ("fr-CA", Some(fr)),
        ("fr_BE@euro", Some(fr)),
        ("es_MX", Some(es)),
        ("es-419", Some(es)),
        ("es_ES.UTF-8", Some(es)),
        ("en_GB.UTF-8", Some(Lang::EN)),
        ("C", Some(Lang::EN)),
        ("C.UTF-8", Some(Lang::EN)),
        ("POSIX", Some(Lang::EN)),
        ("pt_BR", None),
        ("", None),
    ] {
        assert_eq!(Lang::find(locale), want, "{locale}");
    }
    let list = |l: &[&str]| Lang::from_locales(l.iter().map(|s| (*s).to_owned()));
    assert_eq!(list(&["pt-BR", "fr"]), fr);
    assert_eq!(list(&["de-DE", "pt-BR"]), Lang::EN);
    assert_eq!(list(&["C", "fr-FR"]), Lang::EN);
    assert_eq!(list(&[]), Lang::EN);
}

#[test]
fn numbers_follow_the_language() {
    let fr = Lang::find("fr").unwrap();
    assert_eq!(Lang::EN.decimal(3.456, 1), "3.5");
    assert_eq!(fr.decimal(3.456, 1), "3,5");
    assert_eq!(Lang::EN.percent("59"), "59%");
    assert_eq!(fr.percent("59"), "59\u{a0}%");
}

#[test]
fn the_pseudo_locale_accents_lengthens_and_marks_every_message() {
    let xa = Lang::find("en-XA").unwrap();
    assert!(xa.is_pseudo());
    let name = xa.text("language-name");
    assert!(name.starts_with('[') && name.ends_with(']'), "{name}");
    assert!(!name.bytes().any(|b| b.is_ascii_alphabetic()), "{name}");
    assert!(name.chars().count() * 10 >= "English".len() * 14, "{name}");
    let mut args = Args::new();
    args.set("value", "59");
    // Variables are data: they pass through untouched.
    assert_eq!(xa.percent("59"), "59%");
    assert!(Lang::all().all(|l| !l.is_pseudo()));
}

#[test]
fn a_thread_can_speak_another_language_for_a_while() {
    let fr = Lang::find("fr").unwrap();
    assert_eq!(with_lang(fr, || crate::t!("language-name")), "Français");
    assert_eq!(with_lang(fr, || crate::ts!("language-name")), "Français");
    assert_eq!(current(), Lang::EN);
}

/// build.rs's index names exactly the messages each file defines, and lists as a file's
/// dependencies every other file its messages refer to: a run parses only the files it needs,
/// so a message missing from the index, or a reference to an unlisted file, would go unsaid.
#[test]
fn the_message_index_matches_the_files() {
    for lang in EMBEDDED {
        let mut defined: Vec<(String, u8)> = Vec::new();
        let mut refers: Vec<BTreeSet<String>> = Vec::new();
        for (file, (_, text)) in lang.ftl.iter().enumerate() {
            let mut refs = BTreeSet::new();
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    defined.push((m.id.name.to_owned(), u8::try_from(file).unwrap()));
                    let mut patterns: Vec<&ast::Pattern<&str>> = m.value.iter().collect();
                    patterns.extend(m.attributes.iter().map(|a| &a.value));
                    for p in patterns {
                        pattern_refs(p, &mut refs);
                    }
                }
            }
            refers.push(refs);
        }
        defined.sort();
        let index: Vec<(String, u8)> = lang
            .ids
            .iter()
            .map(|(i, f)| ((*i).to_owned(), *f))
            .collect();
        assert_eq!(index, defined, "translations/{}: the index", lang.tag);
        for (file, refs) in refers.iter().enumerate() {
            for id in refs {
                let there = lang.file_of(id).unwrap_or_else(|| {
                    panic!(
                        "translations/{}/{}: {id} is not a message",
                        lang.tag, lang.ftl[file].0
                    )
                });
                assert!(
                    there == file || lang.deps[file].contains(&u8::try_from(there).unwrap()),
                    "translations/{}/{}: refers to {id} of {}, not among its dependencies",
                    lang.tag,
                    lang.ftl[file].0,
                    lang.ftl[there].0
                );
            }
        }
    }
}

/// The messages a pattern refers to (`{ common-readiness-by-area }`).
fn pattern_refs(p: &ast::Pattern<&str>, refs: &mut BTreeSet<String>) {
    each_inline(p, &mut |i| {
        if let ast::InlineExpression::MessageReference { id, .. } = i {
            refs.insert(id.name.to_owned());
        }
    });
}
