//! The accessible mode (`--plain`, or `TERM=dumb`): the same flow as numbered lines for a
//! screen reader or a braille display. Nothing is redrawn and no cursor moves; each answer is
//! typed as a number or letter and Enter. `b` goes back, `q` stops (like Ctrl-C); other
//! languages may use other letters ([`super::keys`]).

use super::{Prompter, Reply, Screen, keys};
use crate::t;
use crate::text::sanitize;
use std::io::{BufRead, Write};

pub struct Lines<R: BufRead, W: Write> {
    input: R,
    out: W,
    width: usize,
    heading: Vec<String>,
}

impl Lines<std::io::StdinLock<'static>, std::io::Stdout> {
    /// On the process's own terminal.
    pub fn stdio(width: usize) -> Self {
        Lines::new(std::io::stdin().lock(), std::io::stdout(), width)
    }
}

impl<R: BufRead, W: Write> Lines<R, W> {
    pub fn new(input: R, out: W, width: usize) -> Self {
        Lines {
            input,
            out,
            width: width.clamp(40, super::terminal::MAX_PROSE),
            heading: Vec::new(),
        }
    }

    fn line(&mut self, text: &str) {
        let wrapped = textwrap::fill(
            text,
            textwrap::Options::new(self.width)
                .break_words(false)
                .word_splitter(textwrap::WordSplitter::NoHyphenation),
        );
        let _ = writeln!(self.out, "{}", sanitize(&wrapped));
    }

    /// One typed line, without its line break; `None` at the end of input.
    fn read(&mut self) -> Option<String> {
        let _ = self.out.flush();
        let mut buf = String::new();
        match self.input.read_line(&mut buf) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(buf.trim_end_matches(['\n', '\r']).to_string()),
        }
    }

    /// Numbers for choices without a key of their own, counting from 1.
    fn keys(screen: &Screen) -> Vec<String> {
        let mut next = 1;
        screen
            .choices
            .iter()
            .map(|c| match c.key {
                Some(k) => k.to_string(),
                None => {
                    // Skip numbers that another choice's key already uses.
                    while screen
                        .choices
                        .iter()
                        .any(|o| o.key == char::from_digit(next, 10))
                    {
                        next += 1;
                    }
                    let k = next.to_string();
                    next += 1;
                    k
                }
            })
            .collect()
    }
}

impl<R: BufRead, W: Write> Prompter for Lines<R, W> {
    fn heading(&mut self, lines: &[String]) {
        self.heading = lines.to_vec();
        let _ = writeln!(self.out);
        for h in lines {
            self.line(h);
        }
    }

    fn say(&mut self, text: &str) {
        self.line(text);
    }

    fn choose(&mut self, screen: &Screen) -> Reply<usize> {
        for c in screen.context.clone() {
            self.line(&c);
        }
        self.line(&screen.question);
        let offered = Self::keys(screen);
        for (key, choice) in offered.iter().zip(&screen.choices) {
            let entry = if choice.detail.is_empty() {
                format!("{key}: {}", choice.label)
            } else {
                format!("{key}: {}. {}", choice.label, choice.detail)
            };
            self.line(&entry);
        }
        let (back, quit) = (keys::back(), keys::quit());
        let mut ask = vec![t!("prompt-lines-ask", keys = offered.join(", "))];
        ask.extend(
            screen
                .start
                .and_then(|s| offered.get(s))
                .map(|k| t!("prompt-lines-keeps", key = k.clone())),
        );
        if screen.more.is_some() {
            ask.push(t!("prompt-lines-more"));
        }
        ask.push(t!(
            "prompt-lines-back-quit",
            back = back.to_string(),
            quit = quit.to_string()
        ));
        let ask = ask.join(" ");
        loop {
            self.line(&ask);
            let Some(typed) = self.read() else {
                return Reply::Interrupt;
            };
            let typed = typed.trim().to_lowercase();
            if typed.is_empty()
                && let Some(s) = screen.start
            {
                return Reply::Value(s);
            }
            if let Some(i) = offered.iter().position(|k| *k == typed) {
                return Reply::Value(i);
            }
            let mut letters = typed.chars();
            let letter = letters.next().filter(|_| letters.next().is_none());
            match letter {
                Some(c) if c == back => return Reply::Back,
                Some(c) if c == quit => return Reply::Interrupt,
                Some('?') if screen.more.is_some() => {
                    let more = screen.more.clone().unwrap_or_default();
                    self.line(&more);
                }
                _ => self.line(&t!("prompt-lines-not-an-answer")),
            }
        }
    }

    fn text(&mut self, message: &str, initial: &str, help: &str) -> Reply<String> {
        let back = keys::back();
        let mut ask = t!(
            "prompt-lines-text",
            message = message.to_owned(),
            help = help.to_owned(),
            back = back.to_string()
        );
        if !initial.is_empty() {
            ask.push(' ');
            ask.push_str(&t!("prompt-lines-text-keeps", initial = initial.to_owned()));
        }
        self.line(&ask);
        let Some(typed) = self.read() else {
            return Reply::Interrupt;
        };
        let trimmed = typed.trim();
        if trimmed.is_empty() {
            Reply::Value(initial.to_string())
        } else if trimmed.chars().eq([back]) {
            Reply::Back
        } else {
            Reply::Value(typed)
        }
    }

    fn width(&self) -> usize {
        self.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Choice;
    use crate::testing::assert_contains;

    #[test]
    fn numbered_lines_and_typed_answers() {
        let screen = Screen {
            question: "Which one?".into(),
            choices: vec![
                Choice::new("0 Not started")
                    .with_key('0')
                    .with_detail("Nothing yet"),
                Choice::new("Not applicable").with_key('n'),
                Choice::new("Other"),
            ],
            start: None,
            help: String::new(),
            ..Screen::default()
        };
        let mut out = Vec::new();
        let mut p = Lines::new("\nx\nN\n".as_bytes(), &mut out, 80);
        assert_eq!(p.choose(&screen), Reply::Value(1));
        let text = String::from_utf8(out).unwrap();
        assert_contains(
            &text,
            &[
                "0: 0 Not started. Nothing yet\nn: Not applicable\n1: Other\n",
                "That is not one of the answers.",
            ],
        );
        assert!(!text.contains('\u{1b}'), "no escape sequences: {text:?}");
        let mut out = Vec::new();
        let mut p = Lines::new("".as_bytes(), &mut out, 80);
        assert_eq!(p.choose(&screen), Reply::Interrupt);
    }
}
