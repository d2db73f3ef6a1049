//! The scoring model: a worked example with exact numbers (the one in docs/scoring.md), and
//! property tests of its invariants over random answers to the built-in full questionnaire.

use crate::common;

use icso_assess::analysis::scoring::{self, Band, Status};
use icso_assess::answers::{Answer, Answers, State};
use icso_assess::catalogue::{self, Data, DataSource};
use icso_assess::questionnaire::Importance;
use proptest::prelude::*;
use std::sync::OnceLock;

fn mini() -> Data {
    catalogue::load(&DataSource::Dir("tests/fixtures/mini".into())).unwrap()
}

fn builtin() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| catalogue::load(&DataSource::Builtin).unwrap())
}

fn answers(q: &str, profile: &[(&str, &str)], items: Vec<(&str, Answer)>) -> Answers {
    Answers {
        questionnaire: q.to_string(),
        questionnaire_version: "1.0".to_string(),
        profile: profile
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        answers: items.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        ..Answers::default()
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn worked_example() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let a = answers(
        "full",
        &[("orientation", "advocacy")],
        vec![("R01", Answer::level(1)), ("R02", Answer::level(2))],
    );
    let s = scoring::score(&data.catalogue, q, &a);
    // R01 feeds K1: weight medium 2 x key 1.25; gap 3 - 1 = 2; priority 2.5 x (3^2 - 1) = 20.
    let r01 = &s.items[0];
    assert_eq!((r01.gap, r01.weight, r01.priority), (Some(2), 2.5, 20.0));
    // Largest possible: 3 x 1.25 x (4^2 - 1) = 56.25; 20 is at least a quarter: medium.
    assert_eq!(s.priority_ref, 56.25);
    assert_eq!(r01.band, Band::Medium);
    // R02: the advocacy rule makes it high (3); gap 1; priority 3 x (2^2 - 1) = 9: low.
    let r02 = &s.items[1];
    assert_eq!(
        (r02.importance, r02.gap, r02.priority, r02.band),
        (Importance::High, Some(1), 9.0, Band::Low)
    );
    // Areas: strategy 2x1 / 2x3 = 33.3%; tech 3x2 / 3x3 = 66.7%; overall their mean, 50%.
    assert!(close(s.area("strategy").unwrap().score.score, 100.0 / 3.0));
    assert!(close(s.area("tech").unwrap().score.score, 200.0 / 3.0));
    assert!(close(s.overall.score, 50.0));
    assert!(close(s.key[0].score, 100.0 / 3.0));
    // Ranking: R01 before R02.
    let ranked: Vec<&str> = s.ranked().iter().map(|i| i.question.as_str()).collect();
    assert_eq!(ranked, ["R01", "R02"]);
}

#[test]
fn dont_know_gives_a_range_and_na_is_left_out() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let unknown = Answer {
        state: State::Unknown,
        ..Answer::level(0)
    };
    let a = answers(
        "full",
        &[],
        vec![("R01", Answer::level(1)), ("R02", unknown)],
    );
    let s = scoring::score(&data.catalogue, q, &a);
    assert_eq!(s.area("tech").unwrap().score.score, None);
    assert!(close(s.overall.score, 100.0 / 3.0));
    assert!(close(s.overall.low, 100.0 / 6.0));
    assert!(close(s.overall.high, (100.0 / 3.0 + 100.0) / 2.0));
    assert_eq!(s.coverage.unknown, 1);

    let na = Answer {
        state: State::NotApplicable("no tech work".into()),
        ..Answer::level(0)
    };
    let a = answers("full", &[], vec![("R01", Answer::level(3)), ("R02", na)]);
    let s = scoring::score(&data.catalogue, q, &a);
    let tech = s.area("tech").unwrap();
    assert_eq!((tech.score.score, tech.applicable, tech.na), (None, 0, 1));
    assert!(close(s.overall.score, 100.0));
    assert_eq!(s.items[1].status, Status::Na);
}

#[test]
fn exceeding_the_target_earns_no_extra_credit() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let a = answers(
        "full",
        &[],
        vec![("R01", Answer::level(4)), ("R02", Answer::level(3))],
    );
    let s = scoring::score(&data.catalogue, q, &a);
    assert!(close(s.overall.score, 100.0));
    assert!(
        s.items
            .iter()
            .all(|i| i.gap == Some(0) && i.priority == 0.0 && i.band == Band::None)
    );
}

#[test]
fn answer_importance_beats_profile_rules() {
    let data = mini();
    let q = data.questionnaire("full").unwrap();
    let low = Answer {
        importance: Some(Importance::Low),
        ..Answer::level(2)
    };
    let a = answers("full", &[("orientation", "advocacy")], vec![("R02", low)]);
    let s = scoring::score(&data.catalogue, q, &a);
    assert_eq!(s.items[1].importance, Importance::Low);
    assert_eq!(s.items[1].weight, 1.0);
}

fn arb_answer(max: u8) -> impl Strategy<Value = Option<Answer>> {
    let state = prop_oneof![
        (0..=max).prop_map(State::Level),
        Just(State::Unknown),
        "[a-z ]{1,10}".prop_map(State::NotApplicable),
    ];
    let importance = prop::option::of(prop_oneof![
        Just(Importance::Low),
        Just(Importance::Medium),
        Just(Importance::High)
    ]);
    prop::option::weighted(
        0.85,
        (state, importance, prop::option::of(1..=max)).prop_map(|(state, importance, target)| {
            Answer {
                state,
                importance,
                target,
                note: None,
                evidence: Vec::new(),
                source: None,
            }
        }),
    )
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let q = builtin().questionnaire("full").unwrap();
    let ids: Vec<String> = q.questions.iter().map(|x| x.id.clone()).collect();
    let max = q.max_level();
    let profile = prop::sample::select(vec!["advocacy", "service-delivery", "both"]);
    (prop::collection::vec(arb_answer(max), ids.len()), profile).prop_map(
        move |(list, orientation)| Answers {
            questionnaire: "full".into(),
            questionnaire_version: q.version.clone(),
            profile: [("orientation".to_string(), orientation.to_string())].into(),
            answers: ids
                .iter()
                .cloned()
                .zip(list)
                .filter_map(|(id, a)| a.map(|a| (id, a)))
                .collect(),
            ..Answers::default()
        },
    )
}

proptest! {
    #![proptest_config(common::seeded(ProptestConfig::with_cases(200)))]

    #[test]
    fn raising_a_level_never_raises_its_priority(a in arb_answers(), pick in any::<prop::sample::Index>()) {
        let data = builtin();
        let q = data.questionnaire("full").unwrap();
        let levels: Vec<String> = a.answers.iter().filter(|(_, x)| matches!(x.state, State::Level(l) if l < q.max_level())).map(|(k, _)| k.clone()).collect();
        prop_assume!(!levels.is_empty());
        let id = pick.get(&levels).clone();
        let before = scoring::score(&data.catalogue, q, &a);
        let mut raised = a.clone();
        let ans = raised.answers.get_mut(&id).unwrap();
        if let State::Level(l) = ans.state { ans.state = State::Level(l + 1); }
        let after = scoring::score(&data.catalogue, q, &raised);
        let p = |s: &scoring::Scored| s.items.iter().find(|i| i.question == id).unwrap().priority;
        prop_assert!(p(&after) <= p(&before));
    }

    #[test]
    fn marking_na_never_changes_another_areas_score(a in arb_answers(), pick in any::<prop::sample::Index>()) {
        let data = builtin();
        let q = data.questionnaire("full").unwrap();
        let id = pick.get(&q.questions).id.clone();
        let area = data.catalogue.recommendation(&q.question(&id).unwrap().recommendation).unwrap().area.clone();
        let before = scoring::score(&data.catalogue, q, &a);
        let mut changed = a.clone();
        changed.answers.insert(id, Answer { state: State::NotApplicable("not for us".into()), ..Answer::level(0) });
        let after = scoring::score(&data.catalogue, q, &changed);
        for (x, y) in before.areas.iter().zip(&after.areas) {
            if x.id != area {
                prop_assert_eq!(x.score, y.score);
            }
        }
    }

    #[test]
    fn scores_stay_within_their_bounds(a in arb_answers()) {
        let data = builtin();
        let q = data.questionnaire("full").unwrap();
        let s = scoring::score(&data.catalogue, q, &a);
        let within = |sc: &scoring::Score| {
            let in_range = |v: Option<f64>| v.is_none_or(|v| (-1e-9..=100.0 + 1e-9).contains(&v));
            let ordered = match (sc.low, sc.score, sc.high) {
                (Some(l), Some(m), Some(h)) => l <= m + 1e-9 && m <= h + 1e-9,
                _ => true,
            };
            in_range(sc.score) && in_range(sc.low) && in_range(sc.high) && ordered
        };
        prop_assert!(within(&s.overall), "{:?}", s.overall);
        for area in &s.areas { prop_assert!(within(&area.score), "{:?}", area); }
        for part in &s.parts { prop_assert!(within(&part.score), "{:?}", part); }
        let c = s.coverage;
        prop_assert_eq!(c.answered + c.na + c.unknown + c.unanswered, c.total);
    }

    #[test]
    fn the_same_answers_give_the_same_scores(a in arb_answers()) {
        let data = builtin();
        let q = data.questionnaire("full").unwrap();
        let one = serde_json::to_string(&scoring::score(&data.catalogue, q, &a)).unwrap();
        let two = serde_json::to_string(&scoring::score(&data.catalogue, q, &a.clone())).unwrap();
        prop_assert_eq!(one, two);
    }
}
