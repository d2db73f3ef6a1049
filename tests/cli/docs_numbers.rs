//! The numbers docs/scoring.md explains with the examples, recomputed by the real binary: the
//! report, the comparison and the aggregate. If the model changes, the doc must change with it.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = Command::cargo_bin("icso-assess")
        .unwrap()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&common::succeeded(out)).unwrap()
}

fn round1(v: &Value) -> f64 {
    (v.as_f64().expect("a number") * 10.0).round() / 10.0
}

fn by<'v>(list: &'v Value, key: &str, id: &str) -> &'v Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|x| x[key] == id)
        .unwrap_or_else(|| panic!("no {key} {id}"))
}

fn doc() -> String {
    std::fs::read_to_string("docs/scoring.md").unwrap()
}

#[test]
fn the_report_example() {
    let r = json(&["report", "--answers", "examples/advocacy-quick-2026.toml"]);
    let r38 = by(&r["items"], "recommendation", "R38");
    assert_eq!(
        (r38["level"].as_u64(), r38["target"].as_u64()),
        (Some(0), Some(3))
    );
    assert_eq!(
        (round1(&r38["priority"]), r38["band"].as_str()),
        (37.5, Some("high"))
    );
    let r45 = by(&r["items"], "recommendation", "R45");
    assert_eq!(
        (round1(&r45["priority"]), r45["importance"].as_str()),
        (30.0, Some("high"))
    );
    assert_eq!(round1(&by(&r["areas"], "id", "strategy")["score"]), 76.2);
    assert_eq!(round1(&r["overall"]["score"]), 55.4);
    let doc = doc();
    for text in ["**37.5**", "**30.0**", "**76.2%**", "/ 8 = 55.4"] {
        assert!(doc.contains(text), "docs/scoring.md lost {text}");
    }
}

#[test]
fn the_compare_example() {
    let c = json(&[
        "compare",
        "examples/advocacy-quick-2025.toml",
        "examples/advocacy-quick-2026.toml",
    ]);
    assert_eq!(round1(&c["overall"]["before"]), 30.4);
    assert_eq!(round1(&c["overall"]["after"]), 55.4);
    assert_eq!(round1(&c["overall"]["progress"]), 35.9);
    assert_eq!(round1(&by(&c["areas"], "id", "strategy")["progress"]), 58.3);
    let doc = doc();
    for text in ["**35.9%**", "**58.3%**", "30.4% to 55.4%"] {
        assert!(doc.contains(text), "docs/scoring.md lost {text}");
    }
}

#[test]
fn the_aggregate_example() {
    let a = json(&["aggregate", "examples/federation"]);
    let d = by(&a["aggregate"]["disagreements"], "recommendation", "R21");
    assert_eq!(
        (d["median"].as_u64(), d["spread"].as_u64()),
        (Some(1), Some(3))
    );
    let levels: Vec<u64> = d["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["level"].as_u64().unwrap())
        .collect();
    assert_eq!(levels, [3, 2, 0, 1]);
    let item = by(&a["items"], "recommendation", "R21");
    assert_eq!(item["level"].as_u64(), Some(1));
    assert_eq!(item["importance"].as_str(), Some("high"));
    assert_eq!(
        (round1(&item["priority"]), item["band"].as_str()),
        (24.0, Some("medium"))
    );
    assert!(doc().contains("**24.0**"));
}
