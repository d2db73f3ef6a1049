//! The real terminal: one page per screen, drawn with crossterm on a cleared screen, with the
//! heading always on top, every choice on screen and the highlighted option's description under
//! them. Small terminals fold the context first, then shorten the description, so the question
//! and its choices never scroll away. Keys do what the help line says and nothing else (no
//! type-to-filter). Lines of text are typed through inquire. The only code that knows either.

use super::{Prompter, Reply, Screen};
use crate::text::sanitize;
use crate::{ellipsized, t, ts};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::style::{Attribute, Print, SetAttribute};
use crossterm::terminal::{self, Clear, ClearType};
use crossterm::{cursor, queue};
use inquire::Text;
use inquire::error::InquireError;
use inquire::ui::RenderConfig;
use std::io::Write;

/// Prose is wrapped at the terminal's width, but never wider than this.
pub const MAX_PROSE: usize = 100;

pub struct Terminal {
    color: bool,
    heading: Vec<String>,
    /// Messages for the next screen.
    notes: Vec<String>,
}

impl Terminal {
    pub fn new(color: bool) -> Terminal {
        Terminal {
            color,
            heading: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn config(&self) -> RenderConfig<'static> {
        let config = if self.color {
            RenderConfig::default_colored()
        } else {
            RenderConfig::empty()
        };
        // Esc means "back" here, not "cancelled".
        config
            .with_canceled_prompt_indicator(inquire::ui::Styled::new(ts!("prompt-back-indicator")))
    }

    /// Clear the screen and show the heading and pending messages, in normal (cooked) mode:
    /// the top of a page whose prompt is a line of text.
    fn top_of_page(&mut self) {
        let (width, _) = size();
        let mut lines = Vec::new();
        for h in &self.heading {
            lines.extend(wrap(h, width));
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        for n in self.notes.drain(..) {
            lines.extend(wrap(&n, width));
        }
        let mut out = std::io::stdout();
        let _ = queue!(
            out,
            cursor::MoveTo(0, 0),
            Clear(ClearType::All),
            Clear(ClearType::Purge)
        );
        for line in lines {
            let _ = writeln!(out, "{}", sanitize(&line));
        }
        let _ = out.flush();
    }
}

/// Columns and rows, with a floor so tiny or unknown sizes still lay out.
fn size() -> (usize, usize) {
    let (w, h) = terminal::size().unwrap_or((80, 24));
    (usize::from(w).clamp(20, MAX_PROSE), usize::from(h).max(8))
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.is_empty() {
        return vec![String::new()];
    }
    let mut lines = Vec::new();
    for para in text.split('\n') {
        lines.extend(
            textwrap::wrap(
                para,
                textwrap::Options::new(width.max(20))
                    .break_words(false)
                    .word_splitter(textwrap::WordSplitter::NoHyphenation),
            )
            .into_iter()
            .map(|l| l.into_owned()),
        );
    }
    lines
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    Bold,
    Highlight,
    Dim,
}

/// Lay out one screen in at most `rows` lines of `width` columns (the heading, the question,
/// the choices and the help are kept whatever the size; the context folds first, then blank
/// lines go, then the description shortens).
fn layout(
    heading: &[String],
    notes: &[String],
    screen: &Screen,
    cursor_at: Option<usize>,
    width: usize,
    rows: usize,
) -> Vec<(Look, String)> {
    let mut pieces = Pieces::new(heading, notes, screen, cursor_at, width);
    let kept = Kept::fit(&pieces, rows);
    let others = kept.total(&pieces) - pieces.choices.len();
    if others + pieces.choices.len() > rows {
        pieces.window(rows.saturating_sub(others), cursor_at, width);
    }
    if kept.question < pieces.question.len() {
        let question = &mut pieces.question;
        question.truncate(kept.question.saturating_sub(1).max(1));
        question.push(if screen.more.is_some() {
            ellipsized(&t!("prompt-question-cut"), width)
        } else {
            "…".to_string()
        });
    }
    pieces.lines(kept, cursor_at, rows)
}

/// The parts of one screen, wrapped to the width, before they are fitted to the rows.
struct Pieces {
    head: Vec<String>,
    notes: Vec<String>,
    context: Vec<String>,
    question: Vec<String>,
    /// Each line of the choices, with the index of the choice it belongs to.
    choices: Vec<(usize, String)>,
    /// The highlighted choice's description, or the hint to move to one.
    detail: Vec<String>,
    help: Vec<String>,
    /// What stands in for the context when it is folded.
    folded: Option<String>,
    width: usize,
}

impl Pieces {
    fn new(
        heading: &[String],
        notes: &[String],
        screen: &Screen,
        cursor_at: Option<usize>,
        width: usize,
    ) -> Pieces {
        // A long choice wraps under itself rather than being cut.
        let choices: Vec<(usize, String)> = screen
            .choices
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                let marker = if Some(i) == cursor_at { "> " } else { "  " };
                crate::io::term::hanging(&c.label, width, marker, "    ")
                    .into_iter()
                    .map(move |l| (i, l))
                    .collect::<Vec<_>>()
            })
            .collect();
        let detail: Vec<String> = cursor_at
            .and_then(|i| screen.choices.get(i))
            .filter(|c| !c.detail.is_empty())
            .map(|c| crate::io::term::hanging(&c.detail, width, "    ", "    "))
            .unwrap_or_default();
        let hint = (cursor_at.is_none() && screen.choices.iter().any(|c| !c.detail.is_empty()))
            .then(|| wrap(&t!("prompt-move-hint"), width));
        Pieces {
            head: heading.iter().flat_map(|h| wrap(h, width)).collect(),
            notes: notes.iter().flat_map(|n| wrap(n, width)).collect(),
            context: screen.context.iter().flat_map(|c| wrap(c, width)).collect(),
            question: wrap(&screen.question, width),
            choices,
            detail: if detail.is_empty() {
                hint.unwrap_or_default()
            } else {
                detail
            },
            help: wrap(&screen.help, width),
            folded: screen
                .more
                .is_some()
                .then(|| ellipsized(&t!("prompt-folded"), width)),
            width,
        }
    }

    /// Only the choices' lines that fit in `room` (a long list, such as the workshop's 38
    /// combined levels), around the highlighted one, with a line above and below saying how
    /// many choices are out of sight: the question and the highlight stay on screen.
    fn window(&mut self, room: usize, cursor_at: Option<usize>, width: usize) {
        let lines = self.choices.len();
        let shown = room.saturating_sub(2).max(1);
        if shown >= lines {
            return;
        }
        let at = cursor_at.unwrap_or(0);
        let first = self.choices.iter().position(|(i, _)| *i == at).unwrap_or(0);
        let last = self
            .choices
            .iter()
            .rposition(|(i, _)| *i == at)
            .unwrap_or(first);
        let start = (last + 1)
            .saturating_sub(shown)
            .max(first.saturating_sub(shown / 2))
            .min(first)
            .min(lines - shown);
        let end = start + shown;
        // Choices wholly or partly out of sight, above and below.
        let count = |part: &[(usize, String)]| {
            let mut seen: Vec<usize> = part.iter().map(|(i, _)| *i).collect();
            seen.dedup();
            seen.len()
        };
        let (above, below) = (count(&self.choices[..start]), count(&self.choices[end..]));
        let marker = |text: String| (usize::MAX, ellipsized(&format!("  {text}"), width));
        let mut kept: Vec<(usize, String)> = Vec::with_capacity(shown + 2);
        if start > 0 {
            kept.push(marker(t!("prompt-more-above", count = above)));
        }
        kept.extend(self.choices.drain(start..end));
        if end < lines {
            kept.push(marker(t!("prompt-more-below", count = below)));
        }
        self.choices = kept;
    }

    /// The lines to draw, with what `kept` keeps of each part; the help on the last lines.
    fn lines(self, kept: Kept, cursor_at: Option<usize>, rows: usize) -> Vec<(Look, String)> {
        let mut out: Vec<(Look, String)> = Vec::new();
        let gap = |out: &mut Vec<(Look, String)>| {
            if kept.blanks {
                out.push((Look::Plain, String::new()));
            }
        };
        out.extend(self.head.iter().map(|h| (Look::Bold, h.clone())));
        if !self.head.is_empty() {
            gap(&mut out);
        }
        if kept.notes > 0 {
            out.extend(
                self.notes
                    .into_iter()
                    .take(kept.notes)
                    .map(|n| (Look::Plain, n)),
            );
            gap(&mut out);
        }
        if kept.context > 0 {
            if kept.context < self.context.len() {
                out.push((Look::Dim, self.folded.unwrap_or_default()));
            } else {
                out.extend(self.context.into_iter().map(|c| (Look::Plain, c)));
            }
            gap(&mut out);
        }
        out.extend(self.question.into_iter().map(|q| (Look::Bold, q)));
        gap(&mut out);
        for (i, c) in self.choices {
            let look = if Some(i) == cursor_at {
                Look::Highlight
            } else {
                Look::Plain
            };
            out.push((look, c));
        }
        if kept.detail > 0 {
            gap(&mut out);
            let cut = kept.detail < self.detail.len();
            let mut shown: Vec<String> = self.detail.into_iter().take(kept.detail).collect();
            if cut && let Some(last) = shown.last_mut() {
                let keep = self.width.saturating_sub(2);
                if last.chars().count() > keep {
                    *last = last
                        .chars()
                        .take(keep)
                        .collect::<String>()
                        .trim_end()
                        .to_string();
                }
                last.push_str(" …");
            }
            out.extend(shown.into_iter().map(|d| (Look::Plain, d)));
        }
        let used = out.len() + self.help.len();
        out.extend((used..rows).map(|_| (Look::Plain, String::new())));
        out.extend(self.help.into_iter().map(|h| (Look::Dim, h)));
        out
    }
}

/// How much of each part that can give way a screen keeps: lines of the context, the
/// description, the messages and the question, and whether blank lines separate the parts.
#[derive(Debug, Clone, Copy)]
struct Kept {
    context: usize,
    blanks: bool,
    detail: usize,
    notes: usize,
    question: usize,
}

impl Kept {
    /// Keep all that fits in `rows`. Give way in this order: the context folds, blank lines
    /// go, the context goes, the description shortens, the question's end is cut (with `?` to
    /// read it), and messages go last of all, as they say what just happened ("Saved the
    /// report to ...").
    fn fit(p: &Pieces, rows: usize) -> Kept {
        let mut kept = Kept {
            context: p.context.len(),
            blanks: true,
            detail: p.detail.len(),
            notes: p.notes.len(),
            question: p.question.len(),
        };
        let over = |kept: &Kept| kept.total(p) > rows;
        if over(&kept) {
            kept.context = usize::from(p.folded.is_some() && !p.context.is_empty());
        }
        if over(&kept) {
            kept.blanks = false;
        }
        if over(&kept) {
            kept.context = 0;
        }
        while over(&kept) && kept.detail > 1 {
            kept.detail -= 1;
        }
        while over(&kept) && kept.question > 2 {
            kept.question -= 1;
        }
        while over(&kept) && kept.notes > 0 {
            kept.notes -= 1;
        }
        kept
    }

    /// The lines the screen takes: the parts that never give way, what is kept of the others,
    /// and a blank line after each part shown (when blank lines are kept).
    fn total(&self, p: &Pieces) -> usize {
        let fixed = p.head.len() + p.choices.len() + p.help.len();
        let gaps = [
            !p.head.is_empty(),
            self.notes > 0,
            self.context > 0,
            true,
            self.detail > 0,
        ]
        .iter()
        .filter(|g| **g)
        .count();
        fixed
            + self.question
            + self.context
            + self.detail
            + self.notes
            + if self.blanks { gaps } else { 0 }
    }
}

/// Puts the terminal back in normal mode when a page ends, however it ends.
struct Raw;

impl Raw {
    fn on() -> Option<Raw> {
        terminal::enable_raw_mode().ok().map(|()| Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
        let mut out = std::io::stdout();
        let _ = queue!(out, cursor::Show);
        let _ = out.flush();
    }
}

fn draw(lines: &[(Look, String)], color: bool) {
    let mut out = std::io::stdout();
    let _ = queue!(
        out,
        cursor::Hide,
        cursor::MoveTo(0, 0),
        Clear(ClearType::All)
    );
    for (i, (look, text)) in lines.iter().enumerate() {
        let text = sanitize(text);
        let attribute = match look {
            Look::Plain => None,
            Look::Bold => Some(Attribute::Bold),
            Look::Highlight => Some(Attribute::Reverse),
            Look::Dim if color => Some(Attribute::Dim),
            Look::Dim => None,
        };
        if i > 0 {
            let _ = queue!(out, Print("\r\n"));
        }
        match attribute {
            Some(a) => {
                let _ = queue!(
                    out,
                    SetAttribute(a),
                    Print(text),
                    SetAttribute(Attribute::Reset)
                );
            }
            None => {
                let _ = queue!(out, Print(text));
            }
        }
    }
    let _ = out.flush();
}

/// The page `?` opens: the longer text, then a key to go back.
fn show_more(heading: &[String], more: &str, color: bool) -> Option<Reply<usize>> {
    let (width, rows) = size();
    let mut lines: Vec<(Look, String)> = heading
        .iter()
        .flat_map(|h| wrap(h, width))
        .map(|h| (Look::Bold, h))
        .collect();
    lines.push((Look::Plain, String::new()));
    lines.extend(wrap(more, width).into_iter().map(|l| (Look::Plain, l)));
    let help = t!("prompt-more-back");
    let keep = rows.saturating_sub(2);
    if lines.len() > keep {
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            last.1.push_str(" …");
        }
    }
    lines.extend((lines.len()..rows.saturating_sub(1)).map(|_| (Look::Plain, String::new())));
    lines.push((Look::Dim, ellipsized(&help, width)));
    draw(&lines, color);
    loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => {
                if is_ctrl_c(&k) {
                    return Some(Reply::Interrupt);
                }
                return None;
            }
            Ok(_) => {}
            Err(_) => return Some(Reply::Interrupt),
        }
    }
}

fn is_ctrl_c(k: &KeyEvent) -> bool {
    k.modifiers.contains(KeyModifiers::CONTROL) && matches!(k.code, KeyCode::Char('c' | 'C'))
}

fn reply<T>(result: Result<T, InquireError>) -> Reply<T> {
    match result {
        Ok(v) => Reply::Value(v),
        Err(InquireError::OperationCanceled) => Reply::Back,
        // Interrupted, or the terminal went away: stop, the answers are saved.
        Err(_) => Reply::Interrupt,
    }
}

impl Prompter for Terminal {
    fn heading(&mut self, lines: &[String]) {
        self.heading = lines.to_vec();
    }

    fn say(&mut self, text: &str) {
        self.notes.push(text.to_string());
    }

    fn choose(&mut self, screen: &Screen) -> Reply<usize> {
        let notes: Vec<String> = std::mem::take(&mut self.notes);
        let mut at = screen.start.filter(|&s| s < screen.choices.len());
        let mut nudge: Option<String> = None;
        let Some(_raw) = Raw::on() else {
            return Reply::Interrupt;
        };
        loop {
            let (width, rows) = size();
            let mut shown_notes = notes.clone();
            shown_notes.extend(nudge.clone());
            draw(
                &layout(&self.heading, &shown_notes, screen, at, width, rows),
                self.color,
            );
            let key = match event::read() {
                Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => k,
                Ok(_) => continue,
                Err(_) => return Reply::Interrupt,
            };
            if is_ctrl_c(&key) {
                return Reply::Interrupt;
            }
            let last = screen.choices.len().saturating_sub(1);
            match key.code {
                KeyCode::Up => at = Some(at.map_or(last, |a| a.saturating_sub(1))),
                KeyCode::Down => at = Some(at.map_or(0, |a| (a + 1).min(last))),
                KeyCode::Home => at = Some(0),
                KeyCode::End => at = Some(last),
                KeyCode::Esc => return Reply::Back,
                KeyCode::Enter => match at {
                    Some(a) => return Reply::Value(a),
                    None => {
                        nudge = Some(t!("prompt-nothing-chosen"));
                    }
                },
                KeyCode::Char('?') if screen.more.is_some() => {
                    let more = screen.more.as_deref().unwrap_or_default();
                    if let Some(r) = show_more(&self.heading, more, self.color) {
                        return r;
                    }
                }
                KeyCode::Char(c) => {
                    let c = c.to_ascii_lowercase();
                    if let Some(i) = screen.choices.iter().position(|ch| ch.key == Some(c)) {
                        return Reply::Value(i);
                    }
                }
                _ => {}
            }
        }
    }

    fn text(&mut self, message: &str, initial: &str, help: &str) -> Reply<String> {
        self.top_of_page();
        let message = sanitize(message);
        let initial = sanitize(initial);
        let help = sanitize(help);
        let text = Text::new(&message)
            .with_initial_value(&initial)
            .with_help_message(&help)
            .with_render_config(self.config());
        reply(text.prompt())
    }

    fn width(&self) -> usize {
        size().0
    }
}

/// Clear the screen before the end of a session, so the summary starts at the top.
pub fn clear_screen() {
    let mut out = std::io::stdout();
    let _ = queue!(out, cursor::MoveTo(0, 0), Clear(ClearType::All));
    let _ = out.flush();
}

/// Put the terminal back as the session found it (line editing, echo, a visible cursor): for a
/// signal that arrives while a prompt holds the terminal in raw mode. Best effort: after a
/// hang-up there is no terminal left to restore.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = out.write_all(b"\x1b[?25h\r\n");
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Choice;

    fn screen() -> Screen {
        let mut choices: Vec<Choice> = (0..5)
            .map(|l| {
                Choice::new(format!("{l} Level {l}"))
                    .with_detail("A long description of what this level looks like. ".repeat(4))
                    .with_key(char::from(b'0' + l))
            })
            .collect();
        choices.push(Choice::new("Not applicable to us").with_key('n'));
        choices.push(Choice::new("Don't know").with_key('d'));
        choices.push(Choice::new("Skip for now").with_key('s'));
        Screen {
            context: vec!["The summary of the recommendation, in two sentences. ".repeat(3)],
            question: "Does your organisation have a written policy on this, used in practice?".into(),
            choices,
            start: Some(2),
            help: "0-4 level · n not applicable · d don't know · s skip · ↑↓ Enter · ? more · Esc back · Ctrl-C stop".into(),
            more: Some("more".into()),
        }
    }

    fn heading() -> Vec<String> {
        vec![
            "Question 4 of 16  ████░░░░░░░░".into(),
            "Part 01 · Organisational capacity: strategy".into(),
            "R11  A title of some length for the recommendation".into(),
        ]
    }

    #[test]
    fn every_choice_and_the_heading_fit_at_each_size() {
        for (w, h) in [(80, 24), (60, 20), (100, 50), (60, 16)] {
            let lines = layout(&heading(), &[], &screen(), Some(2), w, h);
            let text: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
            assert!(
                lines.len() <= h.max(3 + 2 + 8 + 2),
                "{w}x{h}: {} lines\n{}",
                lines.len(),
                text.join("\n")
            );
            assert!(text[0].starts_with("Question 4 of 16"), "{w}x{h}");
            assert!(text.iter().any(|l| l.starts_with("> 2 Level 2")), "{w}x{h}");
            assert!(text.iter().any(|l| l.contains("Skip for now")), "{w}x{h}");
            assert!(
                text.iter().any(|l| l.starts_with("Does your organisation")),
                "{w}x{h}"
            );
            assert!(text.iter().all(|l| l.chars().count() <= w), "{w}x{h}");
        }
        // Roomy: the summary shows; cramped: it folds behind `?`.
        let roomy = layout(&heading(), &[], &screen(), Some(2), 100, 50);
        assert!(roomy.iter().any(|(_, l)| l.starts_with("The summary")));
        let cramped = layout(&heading(), &[], &screen(), Some(2), 60, 20);
        assert!(cramped.iter().any(|(_, l)| l.contains("press ? to read")));
    }

    /// A list longer than the screen (the workshop's combined levels to confirm) shows the
    /// choices around the highlighted one and says how many are out of sight, so the question,
    /// the highlight and the keys stay on screen wherever the cursor is.
    #[test]
    fn a_long_list_shows_the_choices_around_the_highlighted_one() {
        let mut choices = vec![Choice::new("a Accept every combined level below (38)")];
        choices.extend((1..=38).map(|n| Choice::new(format!("R{n:02}  2 Developing  A title"))));
        let screen = Screen {
            context: vec!["38 questions without disagreement".into()],
            choices,
            ..Screen::first_highlighted(
                "Accept the combined levels?".into(),
                "a accept all · ↑↓ and Enter open one · Esc back · Ctrl-C stop".into(),
            )
        };
        for (w, h) in [(80, 24), (60, 20)] {
            for at in [0, 1, 19, 37, 38] {
                let lines = layout(&["Confirmation".into()], &[], &screen, Some(at), w, h);
                let text: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
                let shown = text.join("\n");
                assert!(
                    lines.len() <= h,
                    "{w}x{h} at {at}: {} lines\n{shown}",
                    lines.len()
                );
                assert_eq!(text[0], "Confirmation", "{w}x{h} at {at}");
                assert!(
                    shown.contains("Accept the combined levels?"),
                    "{w}x{h} at {at}\n{shown}"
                );
                assert!(
                    text.iter().any(|l| l.starts_with("a accept all")),
                    "{w}x{h} at {at}"
                );
                let highlighted = if at == 0 {
                    "> a Accept".to_string()
                } else {
                    format!("> R{at:02}")
                };
                assert!(shown.contains(&highlighted), "{w}x{h} at {at}\n{shown}");
                // A line above says so exactly when the first choice is out of sight; one
                // below, when the last is.
                assert_eq!(
                    shown.contains("choices above") || shown.contains("choice above"),
                    !shown.contains("Accept every"),
                    "{w}x{h} at {at}\n{shown}"
                );
                assert_eq!(
                    shown.contains("choices below") || shown.contains("choice below"),
                    !shown.contains("R38"),
                    "{w}x{h} at {at}\n{shown}"
                );
                assert!(
                    shown.contains("choices below") || shown.contains("choices above"),
                    "{w}x{h} at {at}: the list does not fit, so some must be out of sight"
                );
                assert!(
                    text.iter().all(|l| l.chars().count() <= w),
                    "{w}x{h} at {at}"
                );
            }
        }
        // The counts add up: what is shown and what is out of sight make the whole list.
        let lines = layout(&[], &[], &screen, Some(19), 80, 24);
        let out_of_sight: usize = lines
            .iter()
            .filter_map(|(_, l)| l.trim().strip_prefix(['↑', '↓']))
            .filter_map(|l| l.split_whitespace().next()?.parse::<usize>().ok())
            .sum();
        let choices = lines
            .iter()
            .filter(|(_, l)| l.contains("R") || l.contains("Accept every"))
            .count();
        assert_eq!(out_of_sight + choices, 39);
    }

    /// Longer words (the pseudo-locale's, about 40% longer than English) still fit: every
    /// line within the width, so the terminal never wraps one and pushes the heading away.
    #[test]
    fn longer_words_fit_too() {
        let pseudo = crate::i18n::Lang::find(crate::i18n::PSEUDO).unwrap();
        crate::i18n::with_lang(pseudo, || {
            for (w, h) in [(80, 24), (60, 20), (40, 16)] {
                for at in [None, Some(2)] {
                    let lines = layout(&heading(), &[], &screen(), at, w, h);
                    let text: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
                    assert!(
                        text.iter().all(|l| l.chars().count() <= w),
                        "{w}x{h}:\n{}",
                        text.join("\n")
                    );
                    assert!(text[0].starts_with("Question 4 of 16"), "{w}x{h}");
                }
            }
        });
    }
}
