//! Tests of the report's text formats, through the document and its writers.

mod html;
mod markdown;

use crate::answers::Answers;
use crate::render::Format;
use crate::report::testing;
use crate::testing::assert_contains;

/// The report of `a` on the mini data in a text `format`.
fn rendered(format: Format, a: &Answers) -> String {
    testing::render(format, &testing::mini(), a)
}

/// The same, checked to hold each of `wanted`: the text is returned for the test's other checks.
fn rendered_has(format: Format, a: &Answers, wanted: &[&str]) -> String {
    let out = rendered(format, a);
    assert_contains(&out, wanted);
    out
}

/// Every format writes the same bytes twice from the same answers: nothing in a report depends
/// on hash order, the clock or the machine.
#[test]
fn every_format_is_deterministic() {
    let data = testing::mini();
    let a = testing::answers(&testing::Texts::default());
    for format in Format::ALL {
        let first = testing::render_bytes(format, &data, &a);
        assert!(!first.is_empty(), "{format:?}");
        assert_eq!(
            first,
            testing::render_bytes(format, &data, &a),
            "{format:?}"
        );
    }
}
