//! A blank answers file to fill in an editor or by email: every question as comments, with
//! what each level means, above an empty `[answers.ID]` table. As written it is a valid, empty
//! answers file.

use super::model::FORMAT_VERSION;
use super::save::quoted;
use crate::catalogue::Data;
use crate::questionnaire::Questionnaire;
use crate::text::one_line;
use std::fmt::Write as _;

const WIDTH: usize = 78;

/// Wrap `text` (collapsed to one line) at [`WIDTH`], each line a comment.
fn comment(out: &mut String, first: &str, rest: &str, text: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(&one_line(text), options) {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// [`comment`] whose lines after the first hang under the text that follows `first`.
fn hanging_comment(out: &mut String, first: &str, text: &str) {
    let rest = format!("#{}", " ".repeat(first.chars().count() - 1));
    comment(out, first, &rest, text);
}

pub fn template(data: &Data, q: &Questionnaire) -> String {
    let low = q.scale.first().map_or(0, |l| l.level);
    let high = q.max_level();
    let target = q.scoring.default_target;
    let mut out = String::new();
    comment(
        &mut out,
        "# ",
        "# ",
        &format!(
            "icso-assess answers file for \"{}\" (questionnaire {}, version {}).",
            q.title, q.id, q.version
        ),
    );
    let _ = write!(
        out,
        "#
# Fill it in with any text editor, or send it round by email. For each
# question below, remove the \"# \" in front of \"level = \" and write one of:
#   level = 2             a level from {low} to {high}; the lines above the question
#                         say what each level means for it
#   level = \"n/a\"         the question does not apply to you; then add a line
#                         reason = \"...\" saying why
#   level = \"unknown\"     you do not know: something to find out
# and, if you like, any of these lines under it:
#   importance = \"high\"   low, medium or high: how much it matters to you
#                         (else the profile below decides, or medium)
#   target = {high}            the level you aim for, {} to {high} (else {target})
#   note = \"...\"          anything worth remembering
#   evidence = [\"...\"]    what shows a level: documents, links or meetings,
#                         like [\"Board minutes, March 2026\", \"Staff handbook\"]
# Text goes in double quotes. Leave a question as it is to skip it: a partly
# filled file is fine. Check it with `icso-assess validate --answers FILE`,
# and see the results with `icso-assess report --answers FILE`.
",
        low.max(1),
    );
    out.push('\n');
    let _ = writeln!(out, "format = {FORMAT_VERSION}");
    let _ = writeln!(out, "questionnaire = {}", quoted(&q.id));
    let _ = writeln!(out, "questionnaire_version = {}", quoted(&q.version));
    out.push_str("organisation = \"\"  # your organisation's name\n");
    out.push_str("respondent = \"\"    # who answers: a person, a team or an office\n");
    out.push_str("date = \"\"          # the day of these answers, as YYYY-MM-DD\n");

    if !q.profile.is_empty() {
        out.push('\n');
        comment(
            &mut out,
            "# ",
            "# ",
            "Profile: about your organisation. It sets how much some questions matter. \
             Remove the \"# \" in front of a line and write the id of one option in quotes.",
        );
        out.push_str("[profile]\n");
        for p in &q.profile {
            out.push_str("#\n");
            comment(&mut out, "# ", "# ", &p.question);
            let width = p
                .options
                .iter()
                .map(|o| o.id.chars().count())
                .max()
                .unwrap_or(0);
            for o in &p.options {
                let pad = " ".repeat(width - o.id.chars().count());
                hanging_comment(&mut out, &format!("#   \"{}\"{pad}  ", o.id), &o.label);
            }
            let _ = writeln!(out, "# {} = \"\"", p.id);
        }
    }

    for question in &q.questions {
        out.push('\n');
        let rec = data.catalogue.recommendation(&question.recommendation);
        let heading = match rec {
            Some(rec) => match data.catalogue.area(&rec.area) {
                Some(area) => format!("{} {} ({})", question.id, rec.title, area.title),
                None => format!("{} {}", question.id, rec.title),
            },
            None => question.id.clone(),
        };
        comment(&mut out, "# ", "# ", &heading);
        comment(&mut out, "# ", "# ", &question.text);
        for (index, description) in question.levels.iter().enumerate() {
            let level = q.scale.get(index);
            let number = level.map_or(index.to_string(), |l| l.level.to_string());
            let name = level.map_or("", |l| l.name.as_str());
            let first = format!("#   {number} = ");
            hanging_comment(&mut out, &first, &format!("{name}: {description}"));
        }
        let _ = writeln!(out, "[answers.{}]", question.id);
        out.push_str("# level = \n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{State, parse};
    use crate::catalogue::{self, DataSource};

    fn check(data: &Data) {
        for q in &data.questionnaires {
            let text = template(data, q);
            for line in text.lines() {
                assert!(line.chars().count() <= WIDTH, "too long: {line}");
            }
            let blank = parse("t.toml", &text, data).unwrap_or_else(|f| panic!("{f:#?}\n{text}"));
            assert_eq!(blank.questionnaire, q.id);
            assert_eq!(blank.questionnaire_version, q.version);
            assert!(blank.answers.is_empty() && blank.profile.is_empty());

            let first = &q.questions[0].id;
            let filled = text.replacen("# level = \n", "level = 2\n", 1);
            let answers = parse("t.toml", &filled, data).unwrap_or_else(|f| panic!("{f:#?}"));
            assert_eq!(answers.answers.len(), 1);
            assert_eq!(answers.answers[first].state, State::Level(2));

            if let Some(p) = q.profile.first() {
                let line = format!("# {} = \"\"\n", p.id);
                let with =
                    text.replacen(&line, &format!("{} = \"{}\"\n", p.id, p.options[0].id), 1);
                let answers = parse("t.toml", &with, data).unwrap_or_else(|f| panic!("{f:#?}"));
                assert_eq!(answers.profile[&p.id], p.options[0].id);
            }
        }
    }

    #[test]
    fn the_mini_template_is_a_valid_empty_answers_file() {
        let data = catalogue::load(&DataSource::Dir("tests/fixtures/mini".into())).unwrap();
        let text = template(&data, &data.questionnaires[0]);
        assert!(text.contains("\n# R01 "), "{text}");
        assert!(text.contains("\n#   0 = Not started: No idea.\n"), "{text}");
        assert!(
            text.contains("\n#   \"advocacy\"          Advocacy\n"),
            "{text}"
        );
        assert!(text.contains("\n[answers.R02]\n# level = \n"), "{text}");
        check(&data);
    }

    #[test]
    fn the_builtin_templates_are_valid_empty_answers_files() {
        let data = catalogue::load(&DataSource::Builtin).expect("the built-in data loads");
        assert!(data.questionnaire("full").is_some() && data.questionnaire("quick").is_some());
        check(&data);
    }
}
