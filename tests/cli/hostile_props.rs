//! Property tests of the loaders on hostile input: random bytes and mutated copies of the repo's
//! own data and answers files go through the library (no process, so thousands of cases run in
//! seconds). Nothing may panic, and answers that still parse must score within the model's bounds.

use crate::common;

use icso_assess::analysis::scoring::{self, Score};
use icso_assess::answers::{self, Answers};
use icso_assess::catalogue::check;
use icso_assess::catalogue::source::{BUILTIN, DataFile, DataFiles};
use icso_assess::catalogue::{self, Data, DataSource};
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| catalogue::load(&DataSource::Builtin).unwrap())
}

/// The repo's answers examples, read once.
fn examples() -> &'static [(String, String)] {
    static EXAMPLES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    EXAMPLES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        assert!(files.len() >= 2, "examples/*.toml are missing");
        files
    })
}

/// Fragments that parsers and checks find interesting: structure, aliases, numbers out of range,
/// control, escape, bidirectional and invisible characters, raw and escaped.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\n",
    "\r\n",
    "\t",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "<<: *a",
    "!!binary ",
    "---\n",
    "? ",
    "=",
    "[[",
    "]]",
    ".",
    "\"\"\"",
    "99999999999999999999",
    "1e400",
    "-1",
    "2.5",
    "nan",
    "-inf",
    "0x7f",
    "\u{1b}[31m",
    "\\e[31m",
    "\\u001b",
    "\u{7}",
    "\u{9b}",
    "\\x9b",
    "\u{202E}",
    "\\u202E",
    "\u{2066}",
    "\u{200B}",
    "\u{FEFF}",
    "\\uFEFF",
    "\u{0}",
    "\\0",
    "R 01",
    "../R01",
    "R01/x",
    "level = ",
    "\"n/a\"",
    "\"unknown\"",
    "[answers.R01]\n",
    "importance = \"high\"\n",
    "target = 4\n",
];

/// Lines that keep an answers file valid in many places, so that enough mutated files still parse
/// for the scoring checks to matter.
const LINES: &[&str] = &[
    "level = 0\n",
    "level = 1\n",
    "level = 2\n",
    "level = 3\n",
    "level = 4\n",
    "level = \"unknown\"\n",
    "target = 1\n",
    "target = 4\n",
    "importance = \"low\"\n",
    "importance = \"high\"\n",
    "note = \"changed\"\n",
    "\n",
];

/// One change to a file's bytes; positions are fractions of the current length.
#[derive(Debug, Clone)]
enum Op {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index, usize),
    Truncate(Index),
    DuplicateLine(Index),
    DeleteLine(Index),
    Token(Index, Index),
    ReplaceLine(Index, Index),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, bit)| Op::Flip(i, bit)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Op::Insert(i, b)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Op::Delete(i, n)),
        any::<Index>().prop_map(Op::Truncate),
        any::<Index>().prop_map(Op::DuplicateLine),
        any::<Index>().prop_map(Op::DeleteLine),
        (any::<Index>(), any::<Index>()).prop_map(|(i, t)| Op::Token(i, t)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, t)| Op::ReplaceLine(i, t)),
    ]
}

/// Mostly changes at the level of lines, which keep more files valid, and some of any kind.
fn answers_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (any::<Index>(), any::<Index>()).prop_map(|(i, t)| Op::ReplaceLine(i, t)),
        1 => any::<Index>().prop_map(Op::DeleteLine),
        2 => op(),
    ]
}

/// Line starts, for line-level changes.
fn line_spans(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            spans.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        spans.push((start, bytes.len()));
    }
    spans
}

fn apply(bytes: &mut Vec<u8>, op: &Op) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
    match op {
        Op::Flip(i, bit) if !bytes.is_empty() => {
            let k = i.index(bytes.len());
            bytes[k] ^= 1 << bit;
        }
        Op::Insert(i, b) => {
            let k = at(i, bytes.len());
            bytes.insert(k, *b);
        }
        Op::Delete(i, n) if !bytes.is_empty() => {
            let k = i.index(bytes.len());
            let end = (k + n).min(bytes.len());
            bytes.drain(k..end);
        }
        Op::Truncate(i) => {
            let k = at(i, bytes.len());
            bytes.truncate(k);
        }
        Op::DuplicateLine(i) | Op::DeleteLine(i) => {
            let spans = line_spans(bytes);
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[i.index(spans.len())];
            if matches!(op, Op::DuplicateLine(_)) {
                let line = bytes[s..e].to_vec();
                bytes.splice(e..e, line);
            } else {
                bytes.drain(s..e);
            }
        }
        Op::ReplaceLine(i, t) => {
            let spans = line_spans(bytes);
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[i.index(spans.len())];
            let line = LINES[t.index(LINES.len())].as_bytes();
            bytes.splice(s..e, line.iter().copied());
        }
        Op::Token(i, t) => {
            let k = at(i, bytes.len());
            let token = TOKENS[t.index(TOKENS.len())].as_bytes();
            bytes.splice(k..k, token.iter().copied());
        }
        _ => {}
    }
}

/// A real file after some changes, as the text a loader would get (invalid UTF-8 is replaced, as
/// the reader would refuse it before parsing).
fn mutated(original: &str, ops: &[Op]) -> String {
    let mut bytes = original.as_bytes().to_vec();
    for op in ops {
        apply(&mut bytes, op);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The built-in data files with one replaced by `text`; only that file when `alone`, which is
/// much faster and still runs every check that does not need the other files.
fn files_with(which: usize, text: String, alone: bool) -> DataFiles {
    let mut files = DataFiles::default();
    for (k, (path, original)) in BUILTIN.iter().enumerate() {
        let file = if k == which {
            DataFile {
                path: (*path).to_string(),
                text: text.clone(),
            }
        } else if alone {
            continue;
        } else {
            DataFile {
                path: (*path).to_string(),
                text: (*original).to_string(),
            }
        };
        if path.starts_with("recommendations/") {
            files.recommendations.push(file);
        } else {
            files.questionnaires.push(file);
        }
    }
    files
}

fn assert_score(what: &str, s: &Score) -> Result<(), TestCaseError> {
    for v in [s.score, s.low, s.high].into_iter().flatten() {
        prop_assert!(v.is_finite() && (0.0..=100.0).contains(&v), "{what}: {s:?}");
    }
    if let Some(score) = s.score {
        let (low, high) = (s.low.unwrap_or(score), s.high.unwrap_or(score));
        prop_assert!(low <= score + 1e-9 && score <= high + 1e-9, "{what}: {s:?}");
    }
    Ok(())
}

/// The scoring invariants for answers that passed the loader, and a faithful save.
fn assert_scores(a: &Answers) -> Result<(), TestCaseError> {
    let q = data().questionnaire(&a.questionnaire).unwrap();
    let s = scoring::score(&data().catalogue, q, a);
    assert_score("overall", &s.overall)?;
    for area in &s.areas {
        assert_score(&area.id, &area.score)?;
    }
    for part in &s.parts {
        assert_score(&part.id, &part.score)?;
    }
    for key in &s.key {
        if let Some(v) = key.score {
            prop_assert!((0.0..=100.0).contains(&v), "{}: {v}", key.id);
        }
    }
    for item in &s.items {
        prop_assert!(
            item.priority.is_finite() && item.priority >= 0.0,
            "{item:?}"
        );
    }
    let c = s.coverage;
    prop_assert_eq!(c.answered + c.na + c.unknown + c.unanswered, c.total);
    // What the loader accepted, the writer writes back the same.
    let again = answers::parse("again.toml", &answers::to_toml(a, q), data());
    prop_assert_eq!(again.as_ref(), Ok(a), "save does not read back the same");
    Ok(())
}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig { cases: 600, failure_persistence: None, ..ProptestConfig::default() }))]

    #[test]
    fn random_bytes_never_panic_the_answers_loader(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(a) = answers::parse("random.toml", &text, data()) {
            assert_scores(&a)?;
        }
    }

}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() }))]

    #[test]
    fn mutated_answers_never_panic_and_score_within_bounds(
        pick in any::<Index>(),
        ops in prop::collection::vec(answers_op(), 1..5),
    ) {
        let (name, original) = pick.get(examples());
        let text = mutated(original, &ops);
        match answers::parse(name, &text, data()) {
            Ok(a) => assert_scores(&a)?,
            Err(findings) => {
                prop_assert!(!findings.is_empty());
                for f in &findings {
                    prop_assert_eq!(&f.file, name);
                    prop_assert!(!f.message.is_empty());
                    prop_assert!(
                        f.message.chars().all(|c| !icso_assess::text::is_forbidden(c)),
                        "{:?}", f
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() }))]

    #[test]
    fn random_bytes_never_panic_the_data_checks(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        which in any::<Index>(),
    ) {
        let which = which.index(BUILTIN.len());
        let checked = check::check(files_with(which, String::from_utf8_lossy(&bytes).into_owned(), true));
        prop_assert!(checked.catalogue.is_none() || checked.error_count() == 0);
    }

}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() }))]

    #[test]
    fn mutated_data_files_never_panic_the_checks(
        which in any::<Index>(),
        ops in prop::collection::vec(op(), 1..6),
        alone in prop::bool::weighted(0.85),
    ) {
        let which = which.index(BUILTIN.len());
        let text = mutated(BUILTIN[which].1, &ops);
        let checked = check::check(files_with(which, text, alone));
        // Errors mean no model; a model means no errors.
        prop_assert_eq!(checked.catalogue.is_some() && checked.error_count() == 0, checked.catalogue.is_some());
        for f in &checked.findings {
            prop_assert!(
                f.message.chars().all(|c| !icso_assess::text::is_forbidden(c)),
                "{:?}", f
            );
        }
    }
}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() }))]

    /// A mutated translation overlay never panics its loader; what it lets through carries no
    /// forbidden character, and what it refuses it names with a clean message.
    #[test]
    fn mutated_overlays_never_panic_and_pass_only_clean_text(
        which in any::<Index>(),
        ops in prop::collection::vec(op(), 1..6),
    ) {
        use icso_assess::overlay::{self, LanguageFiles};
        let (lang, path, original) = overlay::BUILTIN[which.index(overlay::BUILTIN.len())];
        let mut files = overlay::builtin().into_iter().find(|l: &LanguageFiles| l.lang == lang).unwrap();
        for f in files.recommendations.iter_mut().chain(files.questionnaires.iter_mut()) {
            if f.path == path {
                f.text = mutated(original, &ops);
            }
        }
        let english = Data {
            catalogue: data().catalogue.clone(),
            questionnaires: data().questionnaires.clone(),
        };
        match overlay::translate(english, &files) {
            Ok(translated) => {
                let mut texts = vec![serde_json::to_value(&translated.catalogue).unwrap()];
                texts.extend(translated.questionnaires.iter().map(|q| serde_json::to_value(q).unwrap()));
                for text in texts.iter().flat_map(strings) {
                    prop_assert!(icso_assess::text::find_forbidden(&text).is_none(), "{text:?}");
                }
            }
            Err(findings) => {
                prop_assert!(!findings.is_empty());
                for f in &findings {
                    prop_assert!(f.is_error(), "{:?}", f);
                    prop_assert!(
                        f.message.chars().all(|c| !icso_assess::text::is_forbidden(c)),
                        "{:?}", f
                    );
                }
            }
        }
    }
}

/// Every string in a JSON value.
fn strings(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        serde_json::Value::Object(o) => o.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}
