//! The rules for the text of an answers file, defined once: the loader applies them to a file,
//! and the interactive flow applies them as the text is typed, so a session never saves a file
//! its own loader refuses.

use crate::diagnostics::Code;
use crate::text;

/// Organisation and respondent, in characters.
pub const NAME_LIMIT: usize = 200;
/// A note, a not-applicable reason or a workshop's justification, in characters.
pub const NOTE_LIMIT: usize = 2000;
/// One piece of evidence (a document's name, a link, a meeting), in characters.
pub const EVIDENCE_LIMIT: usize = 300;
/// Pieces of evidence behind one answer.
pub const EVIDENCE_ITEMS: usize = 20;

/// A piece of text an answers file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Organisation,
    Respondent,
    Reason,
    Note,
    /// One reference in an answer's evidence list.
    Evidence,
    /// Why a workshop agreed a level.
    Justification,
}

impl Field {
    /// The most characters it may hold.
    pub fn limit(self) -> usize {
        match self {
            Field::Organisation | Field::Respondent => NAME_LIMIT,
            Field::Reason | Field::Note | Field::Justification => NOTE_LIMIT,
            Field::Evidence => EVIDENCE_LIMIT,
        }
    }

    /// Names and references stay on one line; notes, reasons and justifications may span lines
    /// (and hold tabs).
    pub fn single_line(self) -> bool {
        matches!(
            self,
            Field::Organisation | Field::Respondent | Field::Evidence
        )
    }
}

/// One rule a text breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The finding's code in `validate`.
    pub code: Code,
    /// What is wrong and the fix, naming the text as `what` ("the note of R01").
    pub message: String,
}

/// The first forbidden character of `value` for `field`, with its character offset.
fn forbidden(field: Field, value: &str) -> Option<(usize, char)> {
    if field.single_line() {
        text::find_forbidden_line(value)
    } else {
        text::find_forbidden(value)
    }
}

/// Every rule `value` breaks as `field`; empty when it may be saved.
pub fn check(field: Field, what: &str, value: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some((offset, c)) = forbidden(field, value) {
        problems.push(Problem {
            code: Code::ForbiddenCharacter,
            message: forbidden_message(what, offset, c, field.single_line()),
        });
    }
    let len = value.chars().count();
    if len > field.limit() {
        problems.push(Problem {
            code: Code::TextTooLong,
            message: crate::t!(
                "err-text-too-long",
                what = what.to_owned(),
                length = len,
                limit = field.limit()
            ),
        });
    }
    problems
}

/// The message for a forbidden character `c` at character `offset` (from 0) of the text called
/// `what`: the data crate's [`text::forbidden_message`], in the current language.
fn forbidden_message(what: &str, offset: usize, c: char, single_line: bool) -> String {
    let what = what.to_owned();
    let at = offset + 1;
    match c {
        '\n' if single_line => crate::t!("err-text-line-break", what = what, at = at),
        '\t' if single_line => crate::t!("err-text-tab", what = what, at = at),
        _ => crate::t!(
            "err-text-forbidden",
            what = what,
            character = text::describe(c),
            at = at,
            line = if single_line { "yes" } else { "no" }
        ),
    }
}

/// `value` as the interactive flow keeps it: names on one line with single spaces, every
/// character the rules forbid removed, the ends trimmed. The result breaks no rule but length.
pub fn clean(field: Field, value: &str) -> String {
    let mut s = if field.single_line() {
        value.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        value.trim().to_string()
    };
    // Forbidden characters are rare, and typed text short: remove them one at a time.
    while let Some((offset, _)) = forbidden(field, &s) {
        let (at, c) = s.char_indices().nth(offset).unwrap_or((s.len(), ' '));
        s.replace_range(at..at + c.len_utf8(), "");
    }
    if field.single_line() {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_characters() {
        assert!(check(Field::Note, "the note", &"x".repeat(2000)).is_empty());
        let long = check(Field::Note, "the note", &"x".repeat(2099));
        assert_eq!(long[0].code, Code::TextTooLong);
        assert_eq!(
            long[0].message,
            "the note is 2099 characters long, over the limit of 2000; shorten it"
        );
        assert_eq!(
            check(Field::Organisation, "organisation", &"o".repeat(239))[0].code,
            Code::TextTooLong
        );
        assert_eq!(
            check(Field::Respondent, "respondent", "a\tb")[0].message,
            "respondent contains a tab at character 2; replace it with a space (this text stays on one line)"
        );
        assert!(check(Field::Note, "the note", "two\nlines").is_empty());
        assert_eq!(
            check(Field::Note, "the note", "a\u{1b}[2J")[0].code,
            Code::ForbiddenCharacter
        );
    }

    #[test]
    fn clean_leaves_nothing_the_rules_refuse() {
        for (field, raw, want) in [
            (
                Field::Organisation,
                "  Open\tRivers \u{200B} Trust ",
                "Open Rivers Trust",
            ),
            (Field::Note, " a\u{1b}[2Jb\u{202E}c ", "a[2Jbc"),
            (Field::Respondent, "\u{200B}", ""),
        ] {
            let cleaned = clean(field, raw);
            assert_eq!(cleaned, want);
            assert!(check(field, "x", &cleaned).is_empty());
        }
    }
}
