//! What the interactive assessment needs from a terminal, as a small trait: show text, pick
//! one of several options, type a line. [`terminal::Terminal`] is the only code that knows
//! inquire; tests drive the flow with a scripted implementation.

pub mod terminal;

/// The outcome of one prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    /// The user answered.
    Value(T),
    /// Esc: go back one step.
    Back,
    /// Ctrl-C: stop now (the answers are already saved).
    Interrupt,
}

/// A terminal the assessment can talk to.
pub trait Prompter {
    /// Show text (already wrapped to [`Prompter::width`]).
    fn say(&mut self, text: &str);
    /// Pick one of `options` (short, one line each); `start` is pre-selected.
    fn select(
        &mut self,
        message: &str,
        options: &[String],
        start: usize,
        help: &str,
    ) -> Reply<usize>;
    /// Type a line; `initial` is pre-filled and may be edited.
    fn text(&mut self, message: &str, initial: &str, help: &str) -> Reply<String>;
    /// Columns available for text.
    fn width(&self) -> usize;
}
