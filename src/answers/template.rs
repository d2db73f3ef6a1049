//! A blank answers file to fill in an editor or by email: every question as comments, with
//! what each level means, above an empty `[answers.ID]` table. As written it is a valid, empty
//! answers file.

use super::model::FORMAT_VERSION;
use super::save::quoted;
use crate::catalogue::Data;
use crate::questionnaire::Questionnaire;
use crate::t;
use crate::text::{one_line, sanitize};
use std::fmt::Write as _;

const WIDTH: usize = 78;

/// Wrap `text` (collapsed to one line) at [`WIDTH`], each line a comment: for content (the
/// questions and what their levels mean).
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

/// Holds two words together in the tool's own words, where a plain space would let the line
/// break: French typography (before `:`), and the spaces of a line of the file quoted in the
/// text. Written as a plain space.
const KEEP: char = '\u{a0}';

/// A line of the file or a command, quoted in the tool's words: never broken across lines.
fn code(text: &str) -> String {
    text.replace(' ', &KEEP.to_string())
}

/// [`comment`] for the tool's own words (the instructions): lines break at plain spaces only,
/// never at a hyphen, so `icso-assess` and the quoted lines of the file stay whole.
fn prose(out: &mut String, first: &str, rest: &str, text: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let clean = sanitize(text);
    let words: Vec<&str> = clean
        .split(|c: char| c.is_whitespace() && c != KEEP)
        .filter(|w| !w.is_empty())
        .collect();
    for line in textwrap::wrap(&words.join(" "), options) {
        out.push_str(&line.trim_end().replace(KEEP, " "));
        out.push('\n');
    }
}

/// A comment at the end of a line of the file, on that line.
fn end_comment(text: String) -> String {
    one_line(&text.replace(KEEP, " "))
}

/// How the file marks a line left out, as the instructions quote it.
const COMMENT: &str = "\"# \"";

/// The instructions under the first line: how to fill in a question, each line of the file
/// that may be written with what it means beside it. The lines of the file stay as they are in
/// every language; only what is said about them comes from the messages.
fn instructions(out: &mut String, low: u8, high: u8, target: u8) {
    // A line of the file, and what it means in a column beside it.
    let beside = |out: &mut String, line: &str, meaning: String| {
        prose(
            out,
            &format!("#   {line:<22}"),
            &format!("#{}", " ".repeat(25)),
            &meaning,
        );
    };
    prose(
        out,
        "# ",
        "# ",
        &t!(
            "tmpl-fill-in",
            comment = code(COMMENT),
            level = code("\"level = \"")
        ),
    );
    beside(
        out,
        "level = 2",
        t!("tmpl-level", low = u64::from(low), high = u64::from(high)),
    );
    beside(
        out,
        "level = \"n/a\"",
        t!("tmpl-na", reason = code("reason = \"...\"")),
    );
    beside(out, "level = \"unknown\"", t!("tmpl-unknown"));
    prose(out, "# ", "# ", &t!("tmpl-optional"));
    beside(
        out,
        "importance = \"high\"",
        t!(
            "tmpl-importance",
            low = "low",
            medium = "medium",
            high = "high"
        ),
    );
    beside(
        out,
        &format!("target = {high}"),
        t!(
            "tmpl-target",
            from = u64::from(low.max(1)),
            high = u64::from(high),
            target = u64::from(target)
        ),
    );
    beside(out, "note = \"...\"", t!("tmpl-note"));
    beside(out, "evidence = [\"...\"]", t!("tmpl-evidence"));
    prose(
        out,
        "# ",
        "# ",
        &t!(
            "tmpl-closing",
            validate = code("icso-assess validate --answers FILE"),
            report = code("icso-assess report --answers FILE")
        ),
    );
}

/// The number and name of the level a question's `index`th description is of: the scale's, or
/// the index and no name past the scale's end.
pub(super) fn level_of(q: &Questionnaire, index: usize) -> (String, &str) {
    let level = q.scale.get(index);
    let number = level.map_or(index.to_string(), |l| l.level.to_string());
    (number, level.map_or("", |l| l.name.as_str()))
}

pub fn template(data: &Data, q: &Questionnaire) -> String {
    let low = q.scale.first().map_or(0, |l| l.level);
    let high = q.max_level();
    let target = q.scoring.default_target;
    let mut out = String::new();
    prose(
        &mut out,
        "# ",
        "# ",
        &t!(
            "tmpl-header",
            title = q.title.clone(),
            id = q.id.clone(),
            version = q.version.clone()
        ),
    );
    out.push_str("#\n");
    instructions(&mut out, low, high, target);
    out.push('\n');
    let _ = writeln!(out, "format = {FORMAT_VERSION}");
    let _ = writeln!(out, "questionnaire = {}", quoted(&q.id));
    let _ = writeln!(out, "questionnaire_version = {}", quoted(&q.version));
    for (key, meaning) in [
        ("organisation", t!("tmpl-organisation")),
        ("respondent", t!("tmpl-respondent")),
        ("date", t!("tmpl-date")),
    ] {
        // The comments line up after the longest key, `organisation`.
        let pad = " ".repeat("organisation".len() - key.len());
        let _ = writeln!(out, "{key} = \"\"{pad}  # {}", end_comment(meaning));
    }

    if !q.profile.is_empty() {
        out.push('\n');
        prose(
            &mut out,
            "# ",
            "# ",
            &t!("tmpl-profile", comment = code(COMMENT)),
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
            let (number, name) = level_of(q, index);
            let first = format!("#   {number} = ");
            let line = t!(
                "tmpl-level-line",
                name = name.to_owned(),
                description = description.clone()
            );
            hanging_comment(&mut out, &first, &line);
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
    use crate::testing::assert_contains;

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
        let data = crate::testing::mini();
        let text = template(&data, &data.questionnaires[0]);
        assert_contains(
            &text,
            &[
                "\n# R01 ",
                "\n#   0 = Not started: No idea.\n",
                "\n#   \"advocacy\"          Advocacy\n",
                "\n[answers.R02]\n# level = \n",
            ],
        );
        check(&data);
    }

    #[test]
    fn the_builtin_templates_are_valid_empty_answers_files() {
        let data = catalogue::load(&DataSource::Builtin).expect("the built-in data loads");
        assert!(data.questionnaire("full").is_some() && data.questionnaire("quick").is_some());
        check(&data);
    }

    /// The comments follow the language; the lines of the file, and the lines the comments
    /// tell people to write, do not, so a template written in French or Spanish still loads.
    #[test]
    fn templates_in_other_languages_load_and_keep_the_lines_to_write() {
        use crate::i18n::{Lang, with_lang};
        let data = catalogue::load(&DataSource::Builtin).expect("the built-in data loads");
        let q = data.questionnaire("quick").expect("quick");
        let english = template(&data, q);
        for tag in ["fr", "es", "en-XA"] {
            let lang = Lang::find(tag).expect("a language of the tool");
            let text = with_lang(lang, || template(&data, q));
            if lang.is_pseudo() {
                parse("t.toml", &text, &data).unwrap_or_else(|f| panic!("{f:#?}\n{text}"));
            } else {
                with_lang(lang, || check(&data));
            }
            for kept in [
                "\n#   level = 2             ",
                "\n#   level = \"n/a\"         ",
                "\n#   level = \"unknown\"     ",
                "\n#   importance = \"high\"   ",
                "\n#   target = 4            ",
                "\n#   note = \"...\"          ",
                "\n#   evidence = [\"...\"]    ",
                " reason = \"...\" ",
                "`icso-assess validate --answers FILE`",
                "\norganisation = \"\"  # ",
                "\nrespondent = \"\"    # ",
                "\ndate = \"\"          # ",
                "\n[answers.R01]\n# level = \n",
            ] {
                assert!(text.contains(kept), "{tag}: {kept:?} is missing:\n{text}");
            }
            assert!(!text.contains('\u{a0}'), "{tag}: a no-break space is left");
            // Every line of the instructions is in the language.
            let head = |t: &str| -> Vec<String> {
                t.lines()
                    .take_while(|l| !l.starts_with("format"))
                    .map(str::to_owned)
                    .collect()
            };
            let ours = head(&text);
            let theirs = head(&english);
            for line in &ours {
                let words = line.trim_start_matches(['#', ' ']);
                if words.len() > 12 {
                    assert!(!theirs.contains(line), "{tag}: still in English: {line}");
                }
            }
        }
    }
}
