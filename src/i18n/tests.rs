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

/// build.rs's index names exactly the messages (and terms) each file defines, each entry's text
/// alone parses to the same message as in its whole file, and an entry's dependencies list
/// every other entry it refers to: a run parses only the messages it asks for, so a message
/// missing from the index, a text cut in the wrong place or an unlisted reference would go
/// unsaid, or be said wrong.
#[test]
fn the_message_index_matches_the_files() {
    for lang in EMBEDDED {
        let mut defined: Vec<String> = Vec::new();
        for (file, (name, text)) in lang.ftl.iter().enumerate() {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            for whole in resource.body {
                let (id, patterns) = match &whole {
                    ast::Entry::Message(m) => (
                        m.id.name.to_owned(),
                        entry_patterns(m.value.as_ref(), &m.attributes),
                    ),
                    ast::Entry::Term(t) => (
                        format!("-{}", t.id.name),
                        entry_patterns(Some(&t.value), &t.attributes),
                    ),
                    _ => continue,
                };
                let k = lang.entry_of(&id).unwrap_or_else(|| {
                    panic!("translations/{}/{name}: {id} is not in the index", lang.tag)
                });
                assert_eq!(
                    usize::from(lang.entries[k].file),
                    file,
                    "translations/{}/{name}: {id}'s file",
                    lang.tag
                );
                let alone =
                    fluent_syntax::parser::parse(lang.text_of(k)).unwrap_or_else(|(_, e)| {
                        panic!(
                            "translations/{}/{name}: {id} alone does not parse: {e:?}",
                            lang.tag
                        )
                    });
                assert_eq!(
                    alone.body,
                    vec![without_comment(whole.clone())],
                    "translations/{}/{name}: {id} alone",
                    lang.tag
                );
                let mut refs = BTreeSet::new();
                for p in patterns {
                    pattern_refs(p, &mut refs);
                }
                for r in refs {
                    let there = lang.entry_of(&r).unwrap_or_else(|| {
                        panic!(
                            "translations/{}/{name}: {id} refers to {r}, which is not a message",
                            lang.tag
                        )
                    });
                    assert!(
                        lang.deps_of(k).contains(&u16::try_from(there).unwrap()),
                        "translations/{}/{name}: {id} refers to {r}, not among its dependencies",
                        lang.tag
                    );
                }
                defined.push(id);
            }
        }
        defined.sort();
        let index: Vec<String> = (0..lang.entries.len())
            .map(|k| lang.id_of(k).to_owned())
            .collect();
        assert_eq!(index, defined, "translations/{}: the index", lang.tag);
    }
}

/// An entry without the comment above it, which the index leaves out of its text.
fn without_comment(entry: ast::Entry<&str>) -> ast::Entry<&str> {
    match entry {
        ast::Entry::Message(m) => ast::Entry::Message(ast::Message { comment: None, ..m }),
        ast::Entry::Term(t) => ast::Entry::Term(ast::Term { comment: None, ..t }),
        other => other,
    }
}

/// A message's or term's patterns: its value, then its attributes'.
fn entry_patterns<'p>(
    value: Option<&'p ast::Pattern<&'p str>>,
    attributes: &'p [ast::Attribute<&'p str>],
) -> Vec<&'p ast::Pattern<&'p str>> {
    value
        .into_iter()
        .chain(attributes.iter().map(|a| &a.value))
        .collect()
}

/// The messages a pattern refers to (`{ common-readiness-by-area }`).
fn pattern_refs(p: &ast::Pattern<&str>, refs: &mut BTreeSet<String>) {
    each_inline(p, &mut |i| match i {
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, .. } => {
            refs.insert(format!("-{}", id.name));
        }
        _ => {}
    });
}
