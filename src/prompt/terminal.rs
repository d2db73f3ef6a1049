//! The real terminal, through inquire: Esc goes back, Ctrl-C interrupts, colour follows the
//! user's choice (NO_COLOR turns it off), and option labels stay short so nothing wraps.

use super::{Prompter, Reply};
use crate::text::sanitize;
use inquire::error::InquireError;
use inquire::ui::RenderConfig;
use inquire::{Select, Text};

pub struct Terminal {
    color: bool,
}

impl Terminal {
    pub fn new(color: bool) -> Terminal {
        Terminal { color }
    }

    fn config(&self) -> RenderConfig<'static> {
        let config = if self.color {
            RenderConfig::default_colored()
        } else {
            RenderConfig::empty()
        };
        // Esc means "back" here, not "cancelled".
        config.with_canceled_prompt_indicator(inquire::ui::Styled::new("<back>"))
    }
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
    fn say(&mut self, text: &str) {
        println!("{}", sanitize(text));
    }

    fn select(
        &mut self,
        message: &str,
        options: &[String],
        start: usize,
        help: &str,
    ) -> Reply<usize> {
        let labels: Vec<String> = options.iter().map(|o| sanitize(o)).collect();
        let message = sanitize(message);
        let help = sanitize(help);
        let select = Select::new(&message, labels.clone())
            .with_starting_cursor(start.min(labels.len().saturating_sub(1)))
            .with_page_size(labels.len().clamp(1, 12))
            .with_help_message(&help)
            .with_render_config(self.config());
        match reply(select.raw_prompt()) {
            Reply::Value(choice) => Reply::Value(choice.index),
            Reply::Back => Reply::Back,
            Reply::Interrupt => Reply::Interrupt,
        }
    }

    fn text(&mut self, message: &str, initial: &str, help: &str) -> Reply<String> {
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
        terminal_size::terminal_size()
            .map(|(w, _)| usize::from(w.0))
            .unwrap_or(80)
            .max(crate::term::MIN_WIDTH)
    }
}

/// Put the terminal back as the session found it (line editing, echo, a visible cursor): for a
/// signal that arrives while a prompt holds the terminal in raw mode. Best effort: after a
/// hang-up there is no terminal left to restore.
pub fn restore() {
    use std::io::Write;
    let _ = crossterm::terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = out.write_all(b"\x1b[?25h\r\n");
    let _ = out.flush();
}
