//! What unit tests across the crate share: checks that show what they looked in when they fail,
//! and the sample answers they start from.
//! (The renderers' own fixtures live in `report::testing`.)

use crate::answers::Answers;

/// Each of `wanted` stands somewhere in `text`; a miss names it and shows the whole text.
#[track_caller]
pub fn assert_contains(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
}

/// Answers to the mini data's `full` questionnaire, version 1.0, by `respondent` of
/// `organisation` on `date`, with no profile and no answer yet: where sample answers start.
pub fn full_answers(organisation: &str, respondent: &str, date: &str) -> Answers {
    Answers {
        questionnaire: "full".into(),
        questionnaire_version: "1.0".into(),
        organisation: organisation.into(),
        respondent: respondent.into(),
        date: date.into(),
        ..Answers::default()
    }
}

/// The same with the advocacy profile, as the samples that exercise the profile have.
pub fn advocacy_answers(organisation: &str, respondent: &str, date: &str) -> Answers {
    let mut a = full_answers(organisation, respondent, date);
    a.profile.insert("orientation".into(), "advocacy".into());
    a
}
