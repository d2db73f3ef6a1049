//! Text safety: which characters untrusted text may not carry, and how to make any text safe for a
//! terminal. Data files are rejected when they contain such characters; answers and error messages
//! are cleaned before they are shown.
//!
//! The rule comes from Unicode properties (ICU4X compiled data), not from a hand list. A character
//! is *invisible* when it is a control (Cc), a format character (Cf), a line or paragraph
//! separator (Zl, Zp), Default_Ignorable_Code_Point, Bidi_Control or a Variation_Selector. That
//! covers escape and C1 controls, bidirectional controls, zero-width characters, the soft hyphen,
//! Hangul fillers, tag characters (U+E0000-E007F) and the variation selectors. Invisible
//! characters are forbidden, except:
//!
//! - line feed and tab, in text that may span lines ([`find_forbidden`]); never in ids, names or
//!   titles ([`find_forbidden_line`]);
//! - U+FE0E and U+FE0F (text and emoji presentation) directly after a character with the Emoji
//!   property, as in "❤️";
//! - U+200D (zero-width joiner) between two Extended_Pictographic characters, the first of them
//!   perhaps followed by an emoji modifier and then a presentation selector, as in "👩🏽‍💻" and
//!   "❤️‍🔥":
//!   emoji sequences work, while a joiner anywhere else (hidden between letters, or at the end)
//!   is refused. Tag characters stay forbidden even in emoji flag sequences.
//!
//! Carriage returns are forbidden everywhere: parsers turn CRLF line ends into line feeds, so a
//! carriage return in a value can only be a lone one, which lets text overwrite its own line.

use icu_properties::props::{
    BidiControl, DefaultIgnorableCodePoint, Emoji, EmojiModifier, ExtendedPictographic,
    GeneralCategory, VariationSelector,
};
use icu_properties::{
    CodePointMapData, CodePointMapDataBorrowed, CodePointSetData, CodePointSetDataBorrowed,
};
use std::borrow::Cow;

const CATEGORY: CodePointMapDataBorrowed<'static, GeneralCategory> =
    CodePointMapData::<GeneralCategory>::new();
const IGNORABLE: CodePointSetDataBorrowed<'static> =
    CodePointSetData::new::<DefaultIgnorableCodePoint>();
const BIDI_CONTROL: CodePointSetDataBorrowed<'static> = CodePointSetData::new::<BidiControl>();
const SELECTOR: CodePointSetDataBorrowed<'static> = CodePointSetData::new::<VariationSelector>();
const EMOJI: CodePointSetDataBorrowed<'static> = CodePointSetData::new::<Emoji>();
const MODIFIER: CodePointSetDataBorrowed<'static> = CodePointSetData::new::<EmojiModifier>();
const PICTOGRAPHIC: CodePointSetDataBorrowed<'static> =
    CodePointSetData::new::<ExtendedPictographic>();

const ZWJ: char = '\u{200D}';
const TEXT_STYLE: char = '\u{FE0E}';
const EMOJI_STYLE: char = '\u{FE0F}';

/// Invisible by its Unicode properties (see the module's documentation), whatever surrounds it.
fn invisible(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    !plainly_visible(c) && looked_up_invisible(c)
}

/// The accented letters and the punctuation of French and Spanish text (guillemets, typographic
/// quotes and dashes, no-break spaces): none is invisible, so they need no look-up. A test checks
/// each against the look-up.
fn plainly_visible(c: char) -> bool {
    matches!(c, '\u{A0}'..='\u{AC}' | '\u{AE}'..='\u{24F}' | '\u{2010}'..='\u{2027}')
}

/// [`invisible`] by the Unicode properties.
fn looked_up_invisible(c: char) -> bool {
    matches!(
        CATEGORY.get(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    ) || IGNORABLE.contains(c)
        || BIDI_CONTROL.contains(c)
        || SELECTOR.contains(c)
}

/// A character forbidden in text that may span lines, wherever it stands: every invisible
/// character but line feed and tab. Emoji joiners and presentation selectors count, although
/// [`find_forbidden`] allows them inside emoji sequences: use this for single characters, such as
/// those of messages, and [`find_forbidden`] for text.
pub fn is_forbidden(c: char) -> bool {
    c != '\n' && c != '\t' && invisible(c)
}

fn pictographic(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_ascii() && PICTOGRAPHIC.contains(c))
}

fn emoji(c: Option<char>) -> bool {
    c.is_some_and(|c| EMOJI.contains(c))
}

/// Whether the character at byte `at` of `text` is forbidden there.
fn forbidden_at(text: &str, at: usize, c: char, single_line: bool) -> bool {
    match c {
        '\n' | '\t' => single_line,
        ZWJ => {
            // Allowed after a pictograph, perhaps with a modifier and then an allowed presentation
            // selector, and before another pictograph. Everything that makes it allowed is itself
            // allowed, so cleaning the text (which replaces only forbidden characters) keeps it so.
            let mut back = text[..at].chars().rev();
            let mut p = back.next();
            if matches!(p, Some(TEXT_STYLE | EMOJI_STYLE)) {
                p = back.next();
                if !emoji(p) {
                    return true;
                }
            }
            if p.is_some_and(|m| MODIFIER.contains(m)) {
                p = back.next();
            }
            !(pictographic(p) && pictographic(text[at + c.len_utf8()..].chars().next()))
        }
        TEXT_STYLE | EMOJI_STYLE => !emoji(text[..at].chars().next_back()),
        _ => invisible(c),
    }
}

/// The forbidden characters of `text`: character offset, byte offset and character.
fn forbidden(text: &str, single_line: bool) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    text.char_indices()
        .enumerate()
        // Printable ASCII is never forbidden: most characters skip the look-ups.
        .filter(move |&(_, (at, c))| {
            !matches!(c, ' '..='~') && forbidden_at(text, at, c, single_line)
        })
        .map(|(n, (at, c))| (n, at, c))
}

/// Printable ASCII, and line feeds and tabs if `lines`: nothing to look up.
fn plain_ascii(text: &str, lines: bool) -> bool {
    text.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || (lines && (b == b'\n' || b == b'\t')))
}

/// The first forbidden character in text that may span lines (notes, reasons, summaries,
/// descriptions), with its character offset. Line feeds and tabs are allowed.
pub fn find_forbidden(text: &str) -> Option<(usize, char)> {
    // Almost all text is printable ASCII: check that quickly before looking at characters.
    if plain_ascii(text, true) {
        return None;
    }
    forbidden(text, false).next().map(|(n, _, c)| (n, c))
}

/// The first forbidden character in text that must stay on one line (ids, names, titles), with
/// its character offset: as [`find_forbidden`], and line feeds and tabs are forbidden too.
pub fn find_forbidden_line(text: &str) -> Option<(usize, char)> {
    if plain_ascii(text, false) {
        return None;
    }
    forbidden(text, true).next().map(|(n, _, c)| (n, c))
}

/// How a forbidden character is named in messages, e.g. `U+001B (escape)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\u{1B}' => "escape",
        '\t' => "tab",
        '\n' => "line break",
        '\r' => "carriage return",
        '\0' => "NUL",
        '\u{7}' => "bell",
        '\u{AD}' => "soft hyphen",
        '\u{34F}' => "combining grapheme joiner",
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => "Hangul filler",
        '\u{180E}' => "Mongolian vowel separator",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        ZWJ => "zero-width joiner",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{2060}' => "word joiner",
        '\u{2061}'..='\u{2064}' => "invisible operator",
        '\u{FEFF}' => "zero-width no-break space",
        '\u{FFF9}'..='\u{FFFB}' => "interlinear annotation",
        '\u{E0000}'..='\u{E007F}' => "tag character",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "direction mark",
        _ if BIDI_CONTROL.contains(c) => "bidirectional control",
        _ if SELECTOR.contains(c) => "variation selector",
        _ if c.is_control() => "control character",
        _ if CATEGORY.get(c) == GeneralCategory::Format => "invisible formatting character",
        _ => "invisible character",
    };
    format!("U+{:04X} ({name})", c as u32)
}

/// The message for a forbidden character found by [`find_forbidden`] (`single_line` false) or
/// [`find_forbidden_line`] (true) in the text called `what`, at character `offset` (from 0).
pub fn forbidden_message(what: &str, offset: usize, c: char, single_line: bool) -> String {
    let at = offset + 1;
    match c {
        '\n' if single_line => {
            format!("{what} contains a line break at character {at}; keep it on one line")
        }
        '\t' if single_line => format!(
            "{what} contains a tab at character {at}; replace it with a space (this text stays on one line)"
        ),
        _ if single_line => format!(
            "{what} contains {} at character {at}; remove it (only visible characters and spaces are allowed here)",
            describe(c)
        ),
        _ => format!(
            "{what} contains {} at character {at}; remove it (only visible characters, spaces, tabs and line breaks are allowed)",
            describe(c)
        ),
    }
}

/// Text made safe for a terminal: every forbidden character becomes U+FFFD; line feeds and tabs
/// stay.
pub fn sanitize(text: &str) -> String {
    clean(text).into_owned()
}

/// [`sanitize`] without a copy when nothing needs replacing: for whole pages, which can run to
/// tens of megabytes in an aggregate of thousands of respondents.
pub fn clean(text: &str) -> Cow<'_, str> {
    replace_forbidden(text, false)
}

/// [`clean`], keeping carriage returns too: for CSV cells, whose quoting carries them.
pub fn clean_keeping_cr(text: &str) -> Cow<'_, str> {
    replace_forbidden(text, true)
}

fn replace_forbidden(text: &str, keep_cr: bool) -> Cow<'_, str> {
    if plain_ascii(text, true) {
        return Cow::Borrowed(text);
    }
    // Byte by byte: printable ASCII, line feeds and tabs (almost all of any text, and of every
    // page written) are passed over without decoding a character.
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let (mut done, mut at) = (0, 0);
    while at < bytes.len() {
        let b = bytes[at];
        if (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t' {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or('\u{FFFD}');
        let next = at + c.len_utf8();
        if forbidden_at(text, at, c, false) && !(keep_cr && c == '\r') {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
            o.push_str(&text[done..at]);
            o.push('\u{FFFD}');
            done = next;
        }
        at = next;
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut o) => {
            o.push_str(&text[done..]);
            Cow::Owned(o)
        }
    }
}

/// Like [`sanitize`], and every run of white space (line feeds and tabs too) becomes one space:
/// for one-line contexts such as table cells.
pub fn one_line(text: &str) -> String {
    let clean = clean(text);
    let mut out = String::with_capacity(clean.len());
    for word in clean.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Like [`one_line`] for messages: line breaks (with the spaces around them) become one space,
/// but spaces within a line stay as they are, so a quoted value shows exactly (`"R02  "`).
pub fn message_line(text: &str) -> String {
    let clean = clean(text);
    let mut out = String::with_capacity(clean.len());
    let mut spaces = String::new();
    let mut broken = false;
    for c in clean.trim().chars() {
        if c == ' ' {
            spaces.push(c);
        } else if c.is_whitespace() {
            broken = true;
        } else {
            if broken {
                out.push(' ');
            } else {
                out.push_str(&spaces);
            }
            spaces.clear();
            broken = false;
            out.push(c);
        }
    }
    out
}

/// A value from a file, quoted for a message exactly as it is: spaces kept, quotes and
/// backslashes escaped, line breaks, tabs and other forbidden characters written as escapes
/// (`"R02 "`, `"a\tb"`, `"x\u{202E}"`), cut to `QUOTE_LIMIT` characters.
pub fn quote(value: &str) -> String {
    const QUOTE_LIMIT: usize = 200;
    let mut out = String::from("\"");
    for (i, c) in value.chars().enumerate() {
        if i == QUOTE_LIMIT {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_forbidden(c) || (c.is_whitespace() && c != ' ') => {
                out.push_str(&format!("\\u{{{:04X}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Like [`message_line`], cut to at most `max` characters with an ellipsis: for messages that
/// echo untrusted values (ids, keys, dates), where a 900 KB key would otherwise flood the terminal.
pub fn clip(text: &str, max: usize) -> String {
    // Only the start can be shown: clean that, not all of a huge value.
    let end = text
        .char_indices()
        .nth(max.saturating_mul(4))
        .map_or(text.len(), |(i, _)| i);
    let line = message_line(&text[..end]);
    if end == text.len() && line.chars().nth(max).is_none() {
        return line;
    }
    let mut cut: String = line.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// JSON text with every forbidden character written as a `\uXXXX` escape: the same document,
/// safe to print. JSON encoders escape C0 controls but pass C1 controls, bidirectional and
/// zero-width characters through; outside strings, JSON text is ASCII, so only strings change.
/// Each character is judged alone ([`is_forbidden`]), so that text cut anywhere escapes alike:
/// the joiners and presentation selectors of emoji are escaped too, which changes nothing of the
/// strings once parsed.
pub fn json_safe(json: &str) -> Cow<'_, str> {
    if plain_ascii(json, true) || !json.chars().any(is_forbidden) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_forbidden(c) {
            // Outside the Basic Multilingual Plane (tag characters, supplementary variation
            // selectors), a character is a surrogate pair: two escapes.
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A word quoted for a POSIX shell when it needs it, so printed commands can be pasted.
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | '+' | ','));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A path as it may be printed: every character that could take over a terminal or break a
/// line (escape sequences, bidirectional controls, line breaks) becomes U+FFFD; spaces stay, so
/// [`shell_word`] of it quotes a real name correctly.
pub fn shown_path(path: &std::path::Path) -> String {
    let lossy = path.to_string_lossy();
    if find_forbidden_line(&lossy).is_none() {
        return lossy.into_owned();
    }
    lossy
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\t') || is_forbidden(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_characters_passed_without_a_look_up_are_all_visible() {
        let passed: Vec<char> = ('\u{80}'..='\u{2100}')
            .filter(|&c| plainly_visible(c))
            .collect();
        assert_eq!(passed.len(), 13 + 418 + 24);
        for c in passed {
            assert!(
                !looked_up_invisible(c),
                "U+{:04X} is invisible",
                u32::from(c)
            );
        }
        // The neighbours left to the look-up are invisible, as the ranges assume.
        for c in ['\u{9F}', '\u{AD}', '\u{200F}', '\u{2028}'] {
            assert!(
                !plainly_visible(c) && looked_up_invisible(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn escape_sequences_and_bidi_are_forbidden() {
        assert!(find_forbidden("red \u{1b}[31m").is_some());
        assert!(find_forbidden("osc \u{1b}]0;title\u{7}").is_some());
        assert!(find_forbidden("a\u{202E}b").is_some());
        assert!(find_forbidden("a\u{200B}b").is_some());
        assert!(find_forbidden("c1 \u{9b}31m").is_some());
        assert!(find_forbidden("tag\u{E0041}").is_some());
        assert!(find_forbidden("cr\rhere").is_some());
    }

    #[test]
    fn tabs_and_line_breaks_only_where_text_may_span_lines() {
        assert_eq!(find_forbidden("tab\there\nnext"), None);
        assert_eq!(find_forbidden_line("tab\there"), Some((3, '\t')));
        assert_eq!(find_forbidden_line("line\nbreak"), Some((4, '\n')));
        assert_eq!(find_forbidden_line("one line, 代表"), None);
    }

    #[test]
    fn emoji_sequences_pass_and_their_pieces_alone_do_not() {
        for ok in [
            "I \u{2764}\u{FE0F} it",                              // ❤️
            "\u{2764}\u{FE0E}",                                   // ❤︎, text style
            "#\u{FE0F}\u{20E3}",                                  // #️⃣
            "\u{1F469}\u{200D}\u{1F4BB}",                         // 👩‍💻
            "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}",                // 👩🏽‍💻
            "\u{2764}\u{FE0F}\u{200D}\u{1F525}",                  // ❤️‍🔥
            "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",                 // 🏳️‍🌈
            "\u{1F469}\u{200D}\u{2764}\u{FE0F}\u{200D}\u{1F468}", // 👩‍❤️‍👨
        ] {
            assert_eq!(find_forbidden_line(ok), None, "{ok:?}");
        }
        for (bad, at) in [
            ("e\u{FE0F}", 1),                            // a selector after a plain letter
            ("\u{FE0F}", 0),                             // or at the start
            ("\u{2764}\u{FE0F}\u{FE0F}", 2),             // or after another selector
            ("a\u{FE00}", 1),                            // other variation selectors
            ("\u{845B}\u{E0100}", 1),                    // ideographic variation selector
            ("pay\u{200D}pal", 3),                       // a joiner between letters
            ("\u{1F469}\u{200D}", 1),                    // or at the end
            ("\u{200D}\u{1F4BB}", 0),                    // or at the start
            ("\u{1F469}\u{200D}a", 1),                   // or before a letter
            ("\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}", 1), // tags, even in a flag sequence
        ] {
            assert_eq!(
                find_forbidden_line(bad).map(|(n, _)| n),
                Some(at),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn new_cases_are_named() {
        for (c, named) in [
            ('\u{E0041}', "U+E0041 (tag character)"),
            ('\u{FE0F}', "U+FE0F (variation selector)"),
            ('\u{E0100}', "U+E0100 (variation selector)"),
            ('\u{AD}', "U+00AD (soft hyphen)"),
            ('\u{3164}', "U+3164 (Hangul filler)"),
            ('\t', "U+0009 (tab)"),
            ('\u{202E}', "U+202E (bidirectional control)"),
            ('\u{1D173}', "U+1D173 (invisible formatting character)"),
        ] {
            assert_eq!(describe(c), named);
        }
    }

    use icu_properties::props::BinaryProperty;

    /// Invisible by the properties the rule is built from, each looked up here on its own.
    fn by_properties(c: char) -> bool {
        matches!(
            CodePointMapData::<GeneralCategory>::new().get(c),
            GeneralCategory::Control
                | GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
        ) || DefaultIgnorableCodePoint::for_char(c)
            || BidiControl::for_char(c)
            || VariationSelector::for_char(c)
    }

    /// Every code point: the rule forbids what the properties say, and nothing visible; cleaning
    /// and JSON escaping leave nothing forbidden, in plain and in emoji surroundings.
    #[test]
    fn every_code_point_follows_the_rule() {
        use icu_properties::props::GeneralCategoryGroup as G;
        let visible = |c: char| {
            let gc = CodePointMapData::<GeneralCategory>::new().get(c);
            [
                G::Letter,
                G::Number,
                G::Punctuation,
                G::Symbol,
                G::SpaceSeparator,
            ]
            .iter()
            .any(|g| g.contains(gc))
                && !DefaultIgnorableCodePoint::for_char(c)
        };
        let mut s = String::new();
        let mut put = |parts: &[&str], c: char| -> String {
            s.clear();
            s.push_str(parts[0]);
            s.push(c);
            s.push_str(parts[1]);
            s.clone()
        };
        let mut forbidden_count = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let plain = put(&["a", "b"], c);
            let line = find_forbidden_line(&plain);
            let lines = find_forbidden(&plain);
            if by_properties(c) {
                forbidden_count += 1;
                // In single-line text all of them, joiners and selectors included: "a" is no
                // pictograph and no emoji.
                assert_eq!(line, Some((1, c)), "{c:?} passes on one line");
                let allowed = matches!(c, '\n' | '\t');
                assert_eq!(
                    lines.is_none(),
                    allowed,
                    "{c:?} in text that may span lines"
                );
                assert_eq!(is_forbidden(c), !allowed, "{c:?} alone");
            } else {
                assert_eq!(
                    line, None,
                    "{c:?} is forbidden but has none of the properties"
                );
                assert!(!is_forbidden(c), "{c:?}");
            }
            if (0xE0000..=0xE007F).contains(&u32::from(c)) {
                assert_eq!(line, Some((1, c)), "tag character {c:?}");
                let flag = put(&["\u{1F3F4}", "\u{E007F}"], c);
                assert_eq!(find_forbidden(&flag), Some((1, c)), "tag {c:?} in a flag");
            }
            if visible(c) {
                assert_eq!(line, None, "visible {c:?} is forbidden");
            }
            // Surroundings matter only to the characters of emoji sequences and to forbidden ones.
            let surroundings: &[[&str; 2]] =
                if by_properties(c) || EMOJI.contains(c) || PICTOGRAPHIC.contains(c) {
                    &[
                        ["a", "b"],
                        ["\u{1F469}", "\u{1F4BB}"],
                        ["\u{2764}", "\u{200D}\u{1F525}"],
                        ["", "\u{FE0F}\u{200D}\u{1F525}"],
                        ["\u{1F469}\u{FE0F}", "\u{1F4BB}"],
                    ]
                } else {
                    &[["a", "b"]]
                };
            for around in surroundings {
                let text = put(around, c);
                let clean = sanitize(&text);
                assert_eq!(
                    find_forbidden(&clean),
                    None,
                    "sanitize({text:?}) = {clean:?}"
                );
                if find_forbidden(&text).is_none() {
                    assert_eq!(clean, text);
                }
            }
            if by_properties(c) {
                let json = serde_json::to_string(&plain).unwrap();
                let safe = json_safe(&json);
                assert!(
                    safe.chars().all(|x| !is_forbidden(x)),
                    "json_safe({json:?}) = {safe:?}"
                );
                assert_eq!(find_forbidden_line(&safe), None, "{safe:?}");
                let back: String = serde_json::from_str(&safe).unwrap();
                assert_eq!(back, plain, "{safe:?}");
            }
        }
        // Cc alone is 65, the tags 128 and the supplementary variation selectors 240.
        assert!(forbidden_count > 4000, "{forbidden_count}");
    }

    #[test]
    fn ordinary_text_passes() {
        assert_eq!(
            find_forbidden("Overseas NGO Law (代表机构) - \"quoted\"\nnext"),
            None
        );
    }

    #[test]
    fn sanitize_replaces_every_forbidden_character() {
        let cleaned = sanitize("a\u{1b}[2Jb\u{202E}c\rd\ne\tf\u{E0041}");
        assert_eq!(cleaned, "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\ne\tf\u{FFFD}");
        assert!(find_forbidden(&cleaned).is_none());
    }

    #[test]
    fn shell_words_are_quoted_when_needed() {
        assert_eq!(shell_word("answers.toml"), "answers.toml");
        assert_eq!(shell_word("two words.toml"), "'two words.toml'");
        assert_eq!(shell_word("it's.toml"), "'it'\\''s.toml'");
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line("a\n  b\tc"), "a b c");
        assert_eq!(one_line("a\r\u{2028}b"), "a\u{FFFD}\u{FFFD}b");
        assert_eq!(one_line("key \"R02  \" is"), "key \"R02 \" is");
        assert_eq!(
            message_line("  key \"R02  \" is  \n unknown "),
            "key \"R02  \" is unknown"
        );
    }

    #[test]
    fn quote_shows_values_exactly() {
        assert_eq!(quote("R02 "), "\"R02 \"");
        assert_eq!(quote(" a\tb\n"), "\" a\\tb\\n\"");
        assert_eq!(quote("say \"hi\" \\"), "\"say \\\"hi\\\" \\\\\"");
        assert_eq!(quote("x\u{202E}\u{1b}"), "\"x\\u{202E}\\u{001B}\"");
        assert!(find_forbidden(&quote("\u{1b}[2J\u{9b}")).is_none());
        assert_eq!(quote(&"k".repeat(900_000)).chars().count(), 203);
        assert_eq!(message_line(&quote("R02  ")), "\"R02  \"");
    }

    #[test]
    fn clip_cuts_long_values_with_an_ellipsis() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("exactly10!", 10), "exactly10!");
        assert_eq!(clip("eleven chars", 10), "eleven ch…");
        assert_eq!(clip(&"k".repeat(900_000), 5).chars().count(), 5);
        assert_eq!(clip("a\u{1b}[2J\nb", 20), "a\u{FFFD}[2J b");
    }

    #[test]
    fn json_safe_escapes_only_forbidden_characters() {
        let json = serde_json::to_string(&["a\u{202E}b\u{9b}c\u{200B}", "代表 \u{1b}"]).unwrap();
        let safe = json_safe(&json);
        assert_eq!(safe, r#"["a\u202eb\u009bc\u200b","代表 \u001b"]"#);
        let back: Vec<String> = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, ["a\u{202E}b\u{9b}c\u{200B}", "代表 \u{1b}"]);
        assert!(matches!(json_safe("{\n  \"a\": 1\n}"), Cow::Borrowed(_)));
        // Outside the Basic Multilingual Plane: a surrogate pair.
        let json = serde_json::to_string("tag\u{E0041}").unwrap();
        assert_eq!(json_safe(&json), r#""tag\udb40\udc41""#);
        let back: String = serde_json::from_str(&json_safe(&json)).unwrap();
        assert_eq!(back, "tag\u{E0041}");
    }
}
