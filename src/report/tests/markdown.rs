//! The markdown report's own tests: escaping, content, order and empty sections.
use super::{rendered, rendered_has};
use crate::answers::Answers;
use crate::render::Format;
use crate::report::testing;

fn answers(organisation: &str) -> Answers {
    testing::answers(&testing::Texts {
        organisation,
        respondent: "Head of <i>policy</i>",
        note: "=HYPERLINK(\"http://x\")|<script>\nsecond line",
        reason: "No tech | <b>work</b>\n# here",
    })
}

/// Pipes that separate cells: those not escaped by a backslash.
fn separators(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '|' => n += 1,
            _ => {}
        }
    }
    n
}

/// Each table as its lines.
fn tables(md: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in md.lines() {
        if line.starts_with('|') {
            current.push(line);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[test]
fn tables_keep_their_shape_and_nothing_injects_html() {
    let md = rendered_has(
        Format::Markdown,
        &answers("Acme | <b>Aid</b>\n# Org"),
        &[
            "- Respondent: Head of &lt;i&gt;policy&lt;/i&gt;\n",
            "- Questionnaire: Full (full, version 1.0)\n",
            "- Date: 2024-05-01\n",
        ],
    );

    let tables = tables(&md);
    // Areas, key recommendations, and one gap table per area (2): the priorities are a list.
    assert_eq!(tables.len(), 4, "{md}");
    for t in &tables {
        let want = separators(t[0]);
        assert!(want >= 3, "{}", t[0]);
        assert!(t[1].starts_with("| ---"), "{}", t[1]);
        for line in t {
            assert_eq!(separators(line), want, "row breaks the table: {line}");
            assert!(line.ends_with(" |"), "{line}");
        }
    }

    for raw in ["<script>", "<b>", "<i>", "</b>"] {
        assert!(!md.contains(raw), "raw {raw} in:\n{md}");
    }
    assert!(
        md.contains("&lt;script&gt; second line\n"),
        "the note's newline became a space, so the note stays one list item"
    );
    assert!(
        md.starts_with("# China readiness report: Acme \\| &lt;b&gt;Aid&lt;/b&gt; \\# Org\n"),
        "{md}"
    );
    // No heading or list other than the report's own.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(headings.len(), 15, "{headings:#?}");
}

#[test]
fn content_and_order() {
    let md = rendered(Format::Markdown, &answers("Acme"));
    let order = [
        "# China readiness report: Acme",
        "## Summary",
        "Overall readiness: 33% of target. The organisation is part of the way there.",
        "1 of 2 questions answered, 1 not applicable, 0 don't know.",
        "### What matters now",
        "1. **Map what you already do** (Strategy)",
        "   Now 1 Ad hoc, target 3 Established: plan.",
        "   First step: Send a short survey to every office this month.",
        "Further on:",
        "## Readiness by area",
        "| Strategy | 33.3% |  | 1/1 |",
        "## Key recommendations",
        "| K1 | Have a strategy | 33.3% | 1/1 |",
        "## Later",
        "No smaller gaps.",
        "## All questions by area",
        "### Strategy (33.3%)",
        "| R01 | Map what you already do | 1 Ad hoc | 3 | medium | plan |",
        "- **R01**: \\=HYPERLINK(\"http://x\")\\|&lt;script&gt; second line",
        "### Technology (not scored)",
        "| R02 | Watch technology | n/a | 3 | high |  |",
        "- **R02**: n/a: No tech \\| &lt;b&gt;work&lt;/b&gt; \\# here",
        "## To investigate (don't know)",
        "No don't-know answers.",
        "## Not applicable",
        "- **R02** Watch technology: No tech \\| &lt;b&gt;work&lt;/b&gt; \\# here",
        "## Strengths (at or above target)",
        "No answer reaches its target yet.",
        "## Resources from the guide for the weakest areas",
        "The weakest areas: Strategy.",
        "- **Trackers** (a, for Strategy): Lists of projects.",
        "## How these scores were computed",
        "- Each answered question has a gap",
    ];
    let mut from = 0;
    for want in order {
        let at = md[from..]
            .find(want)
            .unwrap_or_else(|| panic!("missing or out of order: {want}\n{md}"));
        from += at + want.len();
    }
    assert!(md.ends_with(".\n"));
    assert!(!md.contains("\n\n\n"), "no double blank lines");
}

#[test]
fn empty_sections_say_so() {
    let mut a = answers("");
    a.answers.clear();
    a.answers.insert("R02".into(), testing::unknown(None));
    let md = rendered_has(
        Format::Markdown,
        &a,
        &[
            "No questions are answered yet, so there is nothing to prioritise.",
            "No questions were marked not applicable.",
            "No answer reaches its target yet.",
            "- **R02** Watch technology: Do you follow technology exports?",
            "Overall readiness: not scored yet, since no question is answered.",
        ],
    );
    assert!(md.starts_with("# China readiness report: (organisation not named)\n"));
    // No area is scored, so none is short of its target and the resources are left out.
    assert!(!md.contains("## Resources"));
}

/// A key recommendation whose every question is marked not applicable says so, rather than
/// "0 of 1 answered".
#[test]
fn a_key_recommendation_all_not_applicable_says_so() {
    let mut a = answers("Acme");
    let na = crate::answers::State::NotApplicable("No such work".into());
    a.answers
        .insert("R01".into(), crate::answers::Answer::new(na));
    rendered_has(
        Format::Markdown,
        &a,
        &["| K1 | Have a strategy | not scored: marked not applicable | 0/1 |"],
    );
}
