//! Facts about where output goes: is it a terminal, how wide, and may we use colour
//! (`--color`, NO_COLOR and CLICOLOR_FORCE decide, in that order).

use std::io::IsTerminal;

/// The user's colour choice from `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// How to lay out text for one destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI colour.
    pub color: bool,
    /// Columns to fit into.
    pub width: usize,
    /// The destination is a terminal (not a file or pipe).
    pub terminal: bool,
}

/// Width used when output is not a terminal: wide enough to read, narrow enough to diff.
pub const PIPE_WIDTH: usize = 100;

/// Narrowest layout we support.
pub const MIN_WIDTH: usize = 60;

impl Style {
    /// Style for standard output.
    pub fn stdout(choice: ColorChoice) -> Style {
        let terminal = std::io::stdout().is_terminal();
        let width = if terminal {
            terminal_size::terminal_size()
                .map(|(w, _)| usize::from(w.0))
                .unwrap_or(80)
        } else {
            env_columns().unwrap_or(PIPE_WIDTH)
        };
        Style {
            color: use_color(choice, terminal),
            width: width.max(MIN_WIDTH),
            terminal,
        }
    }

    /// Plain, fixed-width style for files and tests.
    pub fn plain(width: usize) -> Style {
        Style {
            color: false,
            width: width.max(MIN_WIDTH),
            terminal: false,
        }
    }
}

/// Rows of the terminal on standard output (24 when unknown).
pub fn rows() -> usize {
    terminal_size::terminal_size().map_or(24, |(_, h)| usize::from(h.0))
}

/// `COLUMNS`, when a user sets it for piped output.
fn env_columns() -> Option<usize> {
    std::env::var("COLUMNS").ok()?.trim().parse().ok()
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// Whether to colour output going to a terminal (`terminal`) given the user's choice.
pub fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env_set("NO_COLOR") {
                false
            } else if env_set("CLICOLOR_FORCE")
                && std::env::var("CLICOLOR_FORCE").as_deref() != Ok("0")
            {
                true
            } else {
                terminal
            }
        }
    }
}

/// Both standard input and output are terminals: we may ask questions.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Wrap `text` to `width` columns between words, prefixing each line with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    // Never split "icso-assess" or a file name at its hyphen, nor a word in two.
    let opts = textwrap::Options::new(width.max(20))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .initial_indent(indent)
        .subsequent_indent(indent);
    textwrap::fill(text, opts)
}

/// `text` wrapped to `width` columns between words (never at a hyphen), the first line after
/// `first` and the others after `rest`: for list items with a hanging indent.
pub fn hanging(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let opts = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, opts)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// [`hanging`] for a report's lists: line by line, as terminals and editors wrap. The even
/// ("optimal") layout the question screens use cost more than the rest of a long report
/// together, and reads no better in running text.
pub fn hanging_lines(text: &str, width: usize, first: &str, rest: &str) -> String {
    // A line that fits after its indent is what textwrap would make of it, without finding
    // its words (the Unicode line-break search is most of a report's layout).
    // Not with escape codes: textwrap measures a word holding part of one differently.
    let shown = text.trim_end_matches(' ');
    if !shown.is_empty()
        && !text.contains(['\n', '\u{1b}'])
        && textwrap::core::display_width(first) + textwrap::core::display_width(shown)
            <= width.max(20)
    {
        return format!("{first}{shown}");
    }
    let opts = lines_options(width, first, rest);
    if breaks_only_at_spaces(text) {
        textwrap::fill(
            text,
            opts.word_separator(textwrap::WordSeparator::AsciiSpace),
        )
    } else {
        textwrap::fill(text, opts)
    }
}

fn lines_options<'a>(width: usize, first: &'a str, rest: &'a str) -> textwrap::Options<'a> {
    textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
}

/// Whether the Unicode line-break rules (UAX #14, which textwrap follows) would break `text`
/// only after its spaces, so that splitting at spaces finds the same words far faster. True
/// for plain English: letters, digits, spaces and `.,:;'"()-`, except where the rules differ:
/// no break after a space before `)` or `.,:;`, nor after `(` and its spaces, nor between a
/// quote, spaces and `(`; a break between `)` or `.,:;` and a `(` that follows it. (A break
/// after `-` textwrap never takes.) Anything else, and text ending in `-`, goes to the rules.
fn breaks_only_at_spaces(text: &str) -> bool {
    let safe = |b: u8| b.is_ascii_alphanumeric() || b" .,:;'\"()-".contains(&b);
    let bytes = text.as_bytes();
    // textwrap drops the last break it finds and counts on it being the end of the text; at a
    // final `-` that end is not among them, so a real break goes instead.
    if !bytes.iter().all(|&b| safe(b)) || text.ends_with('-') {
        return false;
    }
    let closes = |b: u8| b").,:;".contains(&b);
    let mut before_spaces: Option<u8> = None;
    let mut previous: Option<u8> = None;
    for &b in bytes {
        if b == b' ' {
            if previous != Some(b' ') {
                before_spaces = previous;
            }
        } else if previous == Some(b' ') {
            let after = b;
            if closes(after)
                || before_spaces == Some(b'(')
                || (after == b'(' && matches!(before_spaces, Some(b'"' | b'\'')))
            {
                return false;
            }
        } else if b == b'(' && previous.is_some_and(closes) {
            return false;
        }
        previous = Some(b);
    }
    true
}

/// Paint `text` with an ANSI colour when `on`.
pub fn paint(text: &str, code: &str, on: bool) -> String {
    if on {
        format!("\u{1b}[{code}m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

/// Send `text` to the reader's pager: `$PAGER` when set (`PAGER=cat` turns paging off), else the
/// first of `defaults` that starts. False when none did, so the caller writes `text` itself.
pub fn to_pager(text: &[u8], defaults: &[&[&str]]) -> bool {
    use std::io::Write as _;
    let pagers: Vec<Vec<String>> = match std::env::var("PAGER") {
        Ok(p) if !p.trim().is_empty() => vec![p.split_whitespace().map(str::to_string).collect()],
        _ => defaults
            .iter()
            .map(|d| d.iter().map(|s| (*s).to_string()).collect())
            .collect(),
    };
    for pager in pagers {
        let Some((program, args)) = pager.split_first() else {
            continue;
        };
        let Ok(mut child) = std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .spawn()
        else {
            continue;
        };
        if let Some(mut stdin) = child.stdin.take() {
            // A pager closed early (q) closes the pipe: that is fine.
            let _ = stdin.write_all(text);
        }
        let _ = child.wait();
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`hanging_lines`] makes what textwrap makes of `text` with the Unicode line-break rules,
    /// whatever the text.
    fn laid_out_as_textwrap(
        text: &str,
        width: usize,
        first: &str,
        rest: &str,
    ) -> Result<(), TestCaseError> {
        let wrapped = textwrap::fill(text, lines_options(width, first, rest));
        prop_assert_eq!(hanging_lines(text, width, first, rest), wrapped);
        Ok(())
    }

    proptest! {
        /// The short cut for a line that fits makes what textwrap makes: spaces at either end,
        /// wide and combining characters, a colour's escape codes, a line exactly as wide as
        /// the terminal or one column wider.
        #[test]
        fn a_line_that_fits_is_laid_out_as_textwrap_lays_it_out(
            text in "[ a-zé中\u{301}\u{1b}\\[1m-]{0,30}",
            width in 18usize..40,
            first in "( {0,4}|  - | 1\\. )",
        ) {
            laid_out_as_textwrap(&text, width, &first, "    ")?;
        }

        /// Splitting plain English at its spaces wraps it as the Unicode rules do, line for
        /// line: every character the short cut accepts, in any order, with the others mixed in
        /// so that both sides of the test are taken.
        #[test]
        fn plain_english_wraps_as_the_unicode_rules_wrap_it(
            text in "([ aZ09.,:;'\"()\\-]{0,90}|[ aZ09.,:;'\"()\\-/!?%é]{0,90})",
            width in 20usize..40,
            first in "( {0,4}|  - | 1\\. )",
        ) {
            laid_out_as_textwrap(&text, width, &first, "      ")?;
        }
    }

    /// A case the property found: an escape code split between words makes textwrap wrap a
    /// line that would fit by the width of its letters.
    #[test]
    fn a_line_with_escape_codes_is_left_to_textwrap() {
        let text = "a中aaa中\u{1b}\u{1b}[-a1\u{1b}   中中中 1a1 é1-[-";
        laid_out_as_textwrap(text, 33, "   ", "    ").unwrap();
    }

    #[test]
    fn the_short_cut_is_taken_for_plain_english_only() {
        assert!(breaks_only_at_spaces(
            "Partner with IT experts (CSOs), as in 2.1: \"now\"."
        ));
        for text in [
            "( a", "a )", "a ,", "\"a\" (b", "a.(b", "a)(b", "a/b", "100%", "é",
        ] {
            assert!(!breaks_only_at_spaces(text), "{text}");
        }
    }
}
