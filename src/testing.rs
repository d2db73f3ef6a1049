//! What unit tests across the crate share: checks that show what they looked in when they fail.
//! (The renderers' own fixtures live in `report::testing`.)

/// Each of `wanted` stands somewhere in `text`; a miss names it and shows the whole text.
#[track_caller]
pub fn assert_contains(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
}
