//! The data is written in our own words: no run of eight or more consecutive words in any text
//! of the built-in data (or of a translation) may also appear in the guide. The guide's text is
//! not in this repository; its fingerprint is (`tests/fixtures/guide.fingerprint`, rebuilt by
//! `bench/guide-fingerprint.py`): winnowed hashes of 20- and 32-letter windows of the guide with
//! spaces, punctuation and hyphens removed, so the check runs in any clone, and "co-donors" in our data
//! still meets "codonors" in the guide's extracted text. Names quoted as published (the guide's
//! title, organisations, the glossary's meanings) are exempt through
//! `tests/fixtures/own-words-names.txt`.

use icso_assess::catalogue::{self, DataSource};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;

/// Words in a run.
const N: usize = 8;
/// The window sizes (characters hashed, hashes winnowed) of the fingerprint, as its header
/// says: 20-character windows find a run, 32-character ones tell a copied run from one stitched
/// of two passages that share a phrase.
const SIZES: [(usize, usize); 2] = [(20, 5), (32, 5)];

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fnv1a(data: &[u8]) -> u32 {
    let mut h: u32 = 2_166_136_261;
    for &b in data {
        h ^= u32::from(b);
        h = h.wrapping_mul(16_777_619);
    }
    h
}

/// The guide's kept hashes, one set per window size, after checking that the header names the
/// sizes used here.
fn fingerprint() -> Vec<HashSet<u32>> {
    let bytes = std::fs::read(Path::new(ROOT).join("tests/fixtures/guide.fingerprint"))
        .expect("tests/fixtures/guide.fingerprint");
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .expect("a header line");
    let header = std::str::from_utf8(&bytes[..end]).expect("an ASCII header");
    assert!(
        header.starts_with("icso-assess guide fingerprint v1 fnv1a-32 "),
        "{header}"
    );
    let mut body = bytes[end + 1..]
        .chunks_exact(4)
        .map(|c| u32::from_be_bytes(c.try_into().expect("four bytes")));
    let sets: Vec<HashSet<u32>> = SIZES
        .iter()
        .map(|(k, w)| {
            let field = header
                .split(' ')
                .find(|f| f.starts_with(&format!("k={k},w={w},n=")))
                .unwrap_or_else(|| panic!("the fingerprint has no k={k},w={w}: {header}"));
            let n: usize = field.rsplit('=').next().unwrap().parse().unwrap();
            body.by_ref().take(n).collect()
        })
        .collect();
    assert!(body.next().is_none(), "nothing after the hashes");
    sets
}

/// A text's words, each lower-cased with everything but ASCII letters and digits dropped
/// ("co-donors" is "codonors"); words left empty (a dash) are no words.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `run` (words joined) stands whole in the guide, as winnowing tells: where the guide
/// has the run, its window of W consecutive hashes at each place kept the smallest of them, so
/// the smallest of every W consecutive hashes of the run is a kept one, at both window sizes. A
/// run with anything of its own puts hashes the guide never kept among them, and some window's
/// smallest is one of those.
fn in_guide(run: &str, kept: &[HashSet<u32>]) -> bool {
    let b = run.as_bytes();
    let (k, w) = SIZES[0];
    if b.len() < k + w - 1 {
        // Too short for the guide's winnowing to have kept a hash of it for certain: such a
        // run of eight words is mostly words of two or three letters.
        return false;
    }
    SIZES.iter().zip(kept).all(|(&(k, w), kept)| {
        // A run shorter than the longer windows need is judged by the shorter ones alone.
        if b.len() < k + w - 1 {
            return true;
        }
        let hashes: Vec<u32> = b.windows(k).map(fnv1a).collect();
        hashes
            .windows(w)
            .all(|w| w.iter().min().is_some_and(|m| kept.contains(m)))
    })
}

/// The runs of `text` of N words found in the guide, names removed first.
fn copied(text: &str, names: &[String], kept: &[HashSet<u32>]) -> Vec<String> {
    // Words are compared lower-cased: the names are found in the lower-cased text, whatever
    // its language (lower-casing may change the length of some letters).
    let mut text = text.to_lowercase();
    // A name becomes a break, so no run spans it. The names are ASCII, and so is the break.
    for name in names {
        let mut from = 0;
        while let Some(at) = text[from..].find(name.as_str()) {
            let at = from + at;
            text.replace_range(at..at + name.len(), &"|".repeat(name.len()));
            from = at + name.len();
        }
    }
    let mut found = Vec::new();
    for part in text.split('|') {
        for run in words(part).windows(N) {
            if in_guide(&run.concat(), kept) {
                found.push(run.join(" "));
            }
        }
    }
    found
}

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The reviewed list of names, and the glossary's meanings (names spelled out as published).
fn names(data: &catalogue::Data) -> Vec<String> {
    let list = std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/own-words-names.txt"))
        .expect("tests/fixtures/own-words-names.txt");
    let mut names: Vec<String> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .chain(
            data.catalogue
                .glossary
                .iter()
                .map(|g| g.meaning.to_lowercase()),
        )
        .collect();
    assert!(names.iter().all(|n| n.is_ascii()), "names are ASCII");
    // The longest first, so a long name is taken whole before a shorter one inside it.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

/// Every text of the built-in data and of the translations' overlays, when there are some.
fn texts(data: &catalogue::Data) -> Vec<String> {
    let mut texts = Vec::new();
    strings(&serde_json::to_value(&data.catalogue).unwrap(), &mut texts);
    for q in &data.questionnaires {
        strings(&serde_json::to_value(q).unwrap(), &mut texts);
    }
    // The overlays: translations/<lang>/recommendations/*.yaml and .../questionnaires/*.yaml.
    let mut overlays = 0;
    if let Ok(langs) = std::fs::read_dir(Path::new(ROOT).join("translations")) {
        for lang in langs.flatten() {
            for sub in ["recommendations", "questionnaires"] {
                for file in std::fs::read_dir(lang.path().join(sub))
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    if file.path().extension().is_some_and(|e| e == "yaml") {
                        let yaml = std::fs::read_to_string(file.path()).unwrap();
                        // Hashes such as 7021e732 are text to the loader (the field is
                        // text) but a number to an untyped reading: no text to check.
                        let options = serde_saphyr::options! {
                            non_finite_float_policy: serde_saphyr::options::NonFiniteFloatPolicy::PassThrough,
                        };
                        let v: Value = serde_saphyr::from_str_with_options(&yaml, options).unwrap();
                        strings(&v, &mut texts);
                        overlays += 1;
                    }
                }
            }
        }
    }
    assert_eq!(
        overlays,
        icso_assess::overlay::BUILTIN.len(),
        "every overlay is checked"
    );
    texts
}

#[test]
fn no_eight_word_run_is_copied_from_the_guide() {
    let kept = fingerprint();
    let data = catalogue::load(&DataSource::Builtin).unwrap();
    let names = names(&data);
    let texts = texts(&data);
    assert!(texts.len() > 500, "expected the whole catalogue's text");
    let found: Vec<String> = texts
        .iter()
        .flat_map(|t| {
            copied(t, &names, &kept)
                .into_iter()
                .map(move |run| format!("{run:?} in {t:?}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "copied from the guide:\n{}",
        found.join("\n")
    );
}

/// The check finds what it is for, with the guide's hyphens gone, and lets the rest pass.
#[test]
fn the_fingerprint_finds_a_copied_run_and_only_that() {
    let kept = fingerprint();
    let names: Vec<String> = Vec::new();
    // In the guide's extracted text this sentence reads "codonors" (the hyphen at a line end).
    let copied_run =
        "working with Western and Chinese co-donors and partner CSOs in third countries";
    assert!(
        !copied(copied_run, &names, &kept).is_empty(),
        "a run the guide has is found"
    );
    let ours = "Ask the policy team to write down what the organisation could offer a partner";
    assert!(copied(ours, &names, &kept).is_empty(), "our own words pass");
    // A name inside a run is exempt when listed.
    let title = "Strengthening the capacity of internationally-operating civil society organisations (ICSOs) related to the rise of China";
    assert!(
        !copied(title, &names, &kept).is_empty(),
        "the title is the guide's own"
    );
    let named = vec![title.to_lowercase()];
    assert!(
        copied(title, &named, &kept).is_empty(),
        "listed, it is exempt"
    );
}
