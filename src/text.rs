//! Text safety: which characters untrusted text may not carry, and how to make any text safe for a
//! terminal. Data files are rejected when they contain such characters; answers and error messages
//! are cleaned before they are shown.

/// Characters that can reorder, hide or take over what a terminal shows.
pub fn is_forbidden(c: char) -> bool {
    if c == '\n' {
        return false;
    }
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidirectional embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner and invisible operators
            | '\u{2066}'..='\u{2069}' // bidirectional isolates
            | '\u{061C}'              // Arabic letter mark
            | '\u{180E}'              // Mongolian vowel separator
            | '\u{FEFF}'              // zero-width no-break space
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation controls
        )
}

/// The first forbidden character in `text`, with its character offset.
pub fn find_forbidden(text: &str) -> Option<(usize, char)> {
    // Almost all text is printable ASCII: check that quickly before looking at characters.
    if text
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n')
    {
        return None;
    }
    text.chars().enumerate().find(|(_, c)| is_forbidden(*c))
}

/// How a forbidden character is named in messages, e.g. `U+001B (escape)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\u{1B}' => "escape",
        '\t' => "tab",
        '\r' => "carriage return",
        '\0' => "NUL",
        '\u{7}' => "bell",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{FEFF}' => "zero-width no-break space",
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "bidirectional control",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "direction mark",
        _ if c.is_control() => "control character",
        _ => "invisible formatting character",
    };
    format!("U+{:04X} ({name})", c as u32)
}

/// Text made safe for a terminal: every forbidden character becomes U+FFFD, newlines stay.
pub fn sanitize(text: &str) -> String {
    clean(text).into_owned()
}

/// [`sanitize`] without a copy when nothing needs replacing: for whole pages, which can run to
/// tens of megabytes in an aggregate of thousands of respondents.
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    if find_forbidden(text).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| if is_forbidden(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// Like [`sanitize`], and newlines become spaces: for one-line contexts such as table cells.
pub fn one_line(text: &str) -> String {
    sanitize(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
pub fn json_safe(json: &str) -> std::borrow::Cow<'_, str> {
    if find_forbidden(json).is_none() {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_forbidden(c) {
            // Every forbidden character is in the Basic Multilingual Plane: one escape each.
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_are_forbidden() {
        assert!(find_forbidden("red \u{1b}[31m").is_some());
        assert!(find_forbidden("osc \u{1b}]0;title\u{7}").is_some());
        assert!(find_forbidden("a\u{202E}b").is_some());
        assert!(find_forbidden("a\u{200B}b").is_some());
        assert!(find_forbidden("c1 \u{9b}31m").is_some());
        assert!(find_forbidden("tab\there").is_some());
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
        let cleaned = sanitize("a\u{1b}[2Jb\u{202E}c\rd\ne");
        assert_eq!(cleaned, "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\ne");
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
        assert_eq!(one_line("a\n  b\tc"), "a b\u{FFFD}c");
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
        assert!(matches!(
            json_safe("{\n  \"a\": 1\n}"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
