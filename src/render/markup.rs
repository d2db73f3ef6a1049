//! Escaping shared by the Markdown outputs (`list`, reports): table cells and inline text.

use crate::text;

/// Escape text for a GitHub-flavoured Markdown table cell.
pub fn md_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in text::one_line(s).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Escape text for one line of GitHub-flavoured Markdown outside a table: a heading, a list item
/// or a paragraph. Newlines become spaces, HTML is escaped, and every character that could start
/// emphasis, a link, code, a heading, a list, a quote or a thematic break is backslash-escaped,
/// so the text shows as written and cannot change the document's structure.
pub fn md_text(s: &str) -> String {
    let line = text::one_line(s);
    let mut out = String::with_capacity(line.len() + 8);
    // A leading run of digits followed by `.` or `)`, then a space or the end, would start an
    // ordered list; "1.0" would not.
    // Digits are one byte each, so up to them a byte's index is its character's.
    let bytes = line.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let ordered = digits > 0
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && bytes.get(digits + 1).is_none_or(|b| *b == b' ');
    for (n, c) in line.chars().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if n == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if n == digits && ordered => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(md_cell("a|b\nc <script>"), "a\\|b c &lt;script&gt;");
        assert_eq!(md_cell("*bold* [link](x)"), "\\*bold\\* \\[link\\](x)");
    }

    #[test]
    fn inline_text_cannot_inject_html_or_structure() {
        for (given, escaped) in [
            ("Acme | <b>NGO</b>", "Acme \\| &lt;b&gt;NGO&lt;/b&gt;"),
            ("a\n# b\n\n<script>", "a \\# b &lt;script&gt;"),
            ("# title #", "\\# title \\#"),
            ("- item", "\\- item"),
            ("---", "\\---"),
            ("+ x", "\\+ x"),
            ("==", "\\=="),
            ("12. x", "12\\. x"),
            ("3) x", "3\\) x"),
            ("7.", "7\\."),
            ("1.0", "1.0"),
            ("2024-05-01", "2024-05-01"),
            ("version 1.0 - ok", "version 1.0 - ok"),
            ("> quote", "&gt; quote"),
            (
                "![img](http://x) *em* _u_ `c` ~s~ \\",
                "\\!\\[img\\](http://x) \\*em\\* \\_u\\_ \\`c\\` \\~s\\~ \\\\",
            ),
            ("AT&T", "AT&amp;T"),
            ("&lt;", "&amp;lt;"),
        ] {
            assert_eq!(md_text(given), escaped, "{given:?}");
        }
    }
}
