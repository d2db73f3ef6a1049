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
    if find_forbidden(text).is_none() {
        return text.to_string();
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
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line("a\n  b\tc"), "a b\u{FFFD}c");
    }
}
