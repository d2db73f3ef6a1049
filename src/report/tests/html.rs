//! The html report's own tests: escaping, content, order and empty sections.
use super::rendered_has;
use crate::answers::Answers;
use crate::render::Format;
use crate::report::testing;

fn answers() -> Answers {
    testing::answers(&testing::Texts {
        organisation: "Acme <b>Aid</b> & Partners",
        respondent: "Policy team",
        note: "<script>alert(1)</script> & \"quotes\"",
        reason: "No technology work",
    })
}

#[test]
fn self_contained_with_csp() {
    let out = rendered_has(
        Format::Html,
        &answers(),
        &[
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#,
            "<title>China readiness report: Acme &lt;b&gt;Aid&lt;/b&gt; &amp; Partners</title>",
            "<svg",
            r#"role="img""#,
        ],
    );
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(!out.contains("<script"), "no script element");
    assert!(
        !out.contains("http://") && !out.contains("https://"),
        "no URL"
    );
    assert!(!out.contains("src="), "no src attribute");
    // The only links are the contents list's, to the page's own sections.
    assert_eq!(
        out.matches("href=").count(),
        out.matches("href=\"#").count(),
        "no outside link"
    );
    assert!(!out.contains("url("), "no CSS request");
    assert!(!out.contains("@import"), "no CSS import");
}

#[test]
fn data_is_escaped() {
    let out = rendered_has(
        Format::Html,
        &answers(),
        &[
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;",
            "No technology work",
        ],
    );
    assert!(!out.contains("<b>Aid"));
}

#[test]
fn shows_the_report() {
    let fingerprint = testing::mini().catalogue.fingerprint;
    let out = rendered_has(
        Format::Html,
        &answers(),
        &[
            // Header: respondent, questionnaire and the answers file's date.
            "Policy team",
            "(full, version 1.0)",
            "2024-05-01",
            // R01 at 1 of target 3: 33.3% in the only scored area; R02 is not applicable.
            "33.3%",
            "Send a short survey to every office this month.",
            "No don't-know answers.",
            "No answered question is at or above its target yet.",
            "Trackers",
            &fingerprint,
            // Bands as text next to colour.
            r#"class="band band-"#,
        ],
    );
    // Sections in the promised order.
    let order = [
        "id=\"summary\"",
        "id=\"areas\"",
        "id=\"priorities-chart\"",
        "id=\"key\"",
        "id=\"later\"",
        "id=\"gaps\"",
        "id=\"investigate\"",
        "id=\"not-applicable\"",
        "id=\"strengths\"",
        "id=\"resources\"",
        "id=\"method\"",
        "<footer>",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|s| out.find(s).expect("section present"))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "sections in order: {at:?}"
    );
}

#[test]
fn empty_sections_say_so() {
    let mut a = answers();
    a.answers.clear();
    let out = rendered_has(
        Format::Html,
        &a,
        &[
            "No questions are answered yet, so there is nothing to prioritise.",
            "No don't-know answers.",
            "No questions marked not applicable.",
            "not scored",
        ],
    );
    // Nothing is scored, so no area is short of its target and the resources are left out.
    assert!(!out.contains("id=\"resources\""));
}
