//! What unit tests across the crate share: checks that show what they looked in when they fail,
//! and the sample answers and files they start from.
//! (The renderers' own fixtures live in `report::testing`.)

use crate::answers::Answers;
use crate::catalogue::{self, Data, DataSource};
use std::path::PathBuf;

/// Each of `wanted` stands somewhere in `text`; a miss names it and shows the whole text.
#[track_caller]
pub fn assert_contains(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
}

/// The small data set in `tests/fixtures/mini`: two areas, a `full` questionnaire of R01 and R02.
pub fn mini() -> Data {
    catalogue::load(&DataSource::Dir("tests/fixtures/mini".into())).expect("mini fixture loads")
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

/// A new temporary folder holding `contents` at `name`, a path inside it whose folders are made
/// too: the folder (removed when dropped) and the file's path.
pub fn dir_with(name: &str, contents: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, contents).unwrap();
    (dir, path)
}
