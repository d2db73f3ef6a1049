//! The letters people press, in the current language. Each is a message (`prompt-key-*`) whose
//! value is one letter, chosen so that it starts a word its choice shows: "n Not applicable to
//! us" in English, "j Je ne sais pas" in French. The pseudo-locale keeps English's letters, so
//! its screens answer to the same keys. Digits, `?`, the arrows, Enter, Esc and Ctrl-C are the
//! same in every language.

use crate::i18n::{self, Lang};

/// The letter message `id` holds in the current language.
fn key(id: &str) -> char {
    let lang = i18n::current();
    let lang = if lang.is_pseudo() { Lang::EN } else { lang };
    lang.text(id).chars().next().unwrap_or('?')
}

macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)+) => {
        $(
            $(#[$doc])*
            pub fn $name() -> char {
                key($id)
            }
        )+
        /// Every key's message, for the tests.
        #[cfg(test)]
        const ALL: &[&str] = &[$($id),+];
    };
}

keys! {
    /// The accessible mode: go back one step.
    back = "prompt-key-back";
    /// The accessible mode: stop, the answers are kept.
    quit = "prompt-key-quit";
    not_applicable = "prompt-key-not-applicable";
    dont_know = "prompt-key-dont-know";
    skip = "prompt-key-skip";
    low = "prompt-key-low";
    medium = "prompt-key-medium";
    high = "prompt-key-high";
    answer_skipped = "prompt-key-answer-skipped";
    html = "prompt-key-html";
    read = "prompt-key-read";
    other_format = "prompt-key-other-format";
    plan = "prompt-key-plan";
    finish = "prompt-key-finish";
    no = "prompt-key-no";
    yes = "prompt-key-yes";
    report = "prompt-key-report";
    review = "prompt-key-review";
    new = "prompt-key-new";
    compare = "prompt-key-compare";
    open = "prompt-key-open";
    home_quit = "prompt-key-home-quit";
    accept = "prompt-key-accept";
}

/// The export formats' letters: their names' initials (Word, Markdown, CSV, JSON), the same in
/// every language.
pub const FORMATS: [char; 4] = ['w', 'm', 'c', 'j'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;

    /// The keys one screen answers to, besides the accessible mode's own (back and stop).
    fn screens() -> Vec<(&'static str, Vec<char>)> {
        let digits = |r: std::ops::RangeInclusive<char>| r.collect::<Vec<char>>();
        let with = |mut a: Vec<char>, b: &[char]| {
            a.extend_from_slice(b);
            a
        };
        vec![
            (
                "a question",
                with(
                    digits('0'..='4'),
                    &[not_applicable(), dont_know(), skip(), '?'],
                ),
            ),
            (
                "the workshop's agreed level",
                with(digits('0'..='4'), &[not_applicable(), dont_know(), '?']),
            ),
            ("a profile question", digits('1'..='9')),
            ("importance", vec![low(), medium(), high()]),
            (
                "the end",
                vec![
                    answer_skipped(),
                    html(),
                    read(),
                    other_format(),
                    plan(),
                    finish(),
                    '?',
                ],
            ),
            ("the formats", FORMATS.to_vec()),
            ("replace a file", vec![no(), yes()]),
            (
                "the home screen",
                vec![report(), review(), new(), compare(), open()],
            ),
            ("the workshop's confirmation", vec![accept()]),
        ]
    }

    #[test]
    fn each_key_is_one_letter_and_no_screen_uses_one_twice() {
        for lang in Lang::all().chain(Lang::find(i18n::PSEUDO)) {
            with_lang(lang, || {
                let tag = lang.tag();
                for id in ALL {
                    let text = if lang.is_pseudo() {
                        Lang::EN.text(id)
                    } else {
                        lang.text(id)
                    };
                    assert!(
                        text.len() == 1 && text.chars().all(|c| c.is_ascii_lowercase()),
                        "{tag}: {id} should be one letter a-z, not {text:?}"
                    );
                }
                assert_ne!(back(), quit(), "{tag}: back and stop");
                for (screen, keys) in screens() {
                    // In the accessible mode the screen's keys come first: back and stop must
                    // not be among them (quitting the home screen is stopping anyway).
                    let mut all = keys.clone();
                    all.extend([back(), quit()]);
                    let mut seen = std::collections::BTreeSet::new();
                    for k in all {
                        assert!(seen.insert(k), "{tag}: {screen} uses {k:?} twice");
                    }
                }
                assert!(
                    home_quit() == quit()
                        || ![back(), report(), review(), new(), compare(), open()]
                            .contains(&home_quit()),
                    "{tag}: the home screen's quit key"
                );
            });
        }
    }

    #[test]
    fn the_pseudo_locale_keeps_english_keys() {
        let pseudo = Lang::find(i18n::PSEUDO).unwrap();
        let english: Vec<char> = with_lang(Lang::EN, || vec![back(), not_applicable(), yes()]);
        let theirs: Vec<char> = with_lang(pseudo, || vec![back(), not_applicable(), yes()]);
        assert_eq!(english, theirs);
        assert_eq!(english, ['b', 'n', 'y']);
    }
}
