//! The data is written in our own words: no run of eight or more consecutive words in any text
//! of the built-in data may also appear in the guide. The guide lives outside the repo, in
//! `../shared/guide/` (CI has it); set ICSO_GUIDE to point elsewhere.

use icso_assess::catalogue::{self, DataSource};
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;

const N: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

fn guide() -> Option<String> {
    let path = std::env::var_os("ICSO_GUIDE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/guide/global-china-guide.txt"));
    std::fs::read_to_string(path).ok()
}

#[test]
fn no_eight_word_run_is_copied_from_the_guide() {
    let Some(guide) = guide() else {
        // Outside this project's workspace the guide is not at hand; CI always has it.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must find the guide at ../shared/guide/"
        );
        eprintln!("guide not found: skipping the own-words check");
        return;
    };
    let g = words(&guide);
    let grams: HashSet<&[String]> = g.windows(N).collect();
    let data = catalogue::load(&DataSource::Builtin).unwrap();
    let mut texts = Vec::new();
    strings(&serde_json::to_value(&data.catalogue).unwrap(), &mut texts);
    for q in &data.questionnaires {
        strings(&serde_json::to_value(q).unwrap(), &mut texts);
    }
    assert!(texts.len() > 500, "expected the whole catalogue's text");
    // The glossary spells out names as they are published ("China Council for International
    // Cooperation on Environment and Development"): a name is quoted, not written anew.
    let names: HashSet<&str> = data
        .catalogue
        .glossary
        .iter()
        .map(|g| g.meaning.as_str())
        .collect();
    texts.retain(|t| !names.contains(t.as_str()));
    let mut copied = Vec::new();
    for t in &texts {
        let w = words(t);
        for run in w.windows(N) {
            if grams.contains(run) {
                copied.push(format!("{:?} in {:?}", run.join(" "), t));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the guide:\n{}",
        copied.join("\n")
    );
}
