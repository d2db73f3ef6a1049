//! What the interactive assessment needs from a terminal, as a small trait: a heading that stays
//! on top of the screen, a screen of choices, a line of text, a message. [`terminal::Terminal`]
//! draws one page per screen (the only code that knows crossterm and inquire); [`lines::Lines`]
//! is the accessible mode for screen readers (numbered lines, no cursor movement); tests drive
//! the flow with scripted implementations.

pub mod keys;
pub mod lines;
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

/// One option of a [`Screen`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choice {
    /// Short, one line ("2 Developing").
    pub label: String,
    /// What it means, shown for the highlighted option only (a level's description).
    pub detail: String,
    /// A key that chooses it at once ('2', 'n').
    pub key: Option<char>,
}

impl Choice {
    pub fn new(label: impl Into<String>) -> Choice {
        Choice {
            label: label.into(),
            ..Choice::default()
        }
    }

    /// A choice its key chooses, shown before its label: "n Not applicable to us".
    pub fn keyed(key: char, label: impl AsRef<str>) -> Choice {
        Choice::new(format!("{key} {}", label.as_ref())).with_key(key)
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Choice {
        self.detail = detail.into();
        self
    }

    pub fn with_key(mut self, key: char) -> Choice {
        self.key = Some(key);
        self
    }
}

/// A screen that asks for one of several options.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Screen {
    /// Paragraphs under the heading, folded first when the terminal is small (a summary).
    pub context: Vec<String>,
    /// What is asked, always on screen.
    pub question: String,
    pub choices: Vec<Choice>,
    /// The option highlighted at first; `None` highlights nothing, and Enter does nothing until
    /// an option is chosen (so Enter alone never records a fact).
    pub start: Option<usize>,
    /// The keys, in words.
    pub help: String,
    /// Longer text that `?` shows (a recommendation's full summary).
    pub more: Option<String>,
}

impl Screen {
    /// A screen that asks `question` with its first option highlighted, where going on with
    /// it is the usual answer (a menu, "keep the file?"); `help` gives the keys in words.
    pub fn first_highlighted(question: String, help: String) -> Screen {
        Screen {
            question,
            start: Some(0),
            help,
            ..Screen::default()
        }
    }
}

/// The options of a screen, each with what choosing it means, kept in one list so that a
/// choice and its meaning cannot fall out of step.
#[derive(Debug, Clone)]
pub struct Menu<T> {
    choices: Vec<Choice>,
    meanings: Vec<T>,
}

impl<T> Default for Menu<T> {
    fn default() -> Self {
        Menu {
            choices: Vec::new(),
            meanings: Vec::new(),
        }
    }
}

impl<T: PartialEq> Menu<T> {
    pub fn new() -> Self {
        Menu::default()
    }

    /// An option: `choice`, which means `meaning`.
    pub fn add(&mut self, choice: Choice, meaning: T) -> &mut Self {
        self.choices.push(choice);
        self.meanings.push(meaning);
        self
    }

    /// An option its key chooses ([`Choice::keyed`]), which means `meaning`.
    pub fn keyed(&mut self, key: char, label: impl AsRef<str>, meaning: T) -> &mut Self {
        self.add(Choice::keyed(key, label), meaning)
    }

    /// Where the option that means `meaning` stands, for [`Screen::start`].
    pub fn position(&self, meaning: &T) -> Option<usize> {
        self.meanings.iter().position(|m| m == meaning)
    }

    /// Ask on `screen`, showing the menu's choices; what the chosen option means.
    pub fn choose(self, p: &mut dyn Prompter, screen: Screen) -> Reply<T> {
        let Menu { choices, meanings } = self;
        match p.choose(&Screen { choices, ..screen }) {
            Reply::Value(i) => Reply::Value(
                meanings
                    .into_iter()
                    .nth(i)
                    .expect("a prompter answers with one of the choices shown"),
            ),
            Reply::Back => Reply::Back,
            Reply::Interrupt => Reply::Interrupt,
        }
    }
}

/// A terminal the assessment can talk to.
pub trait Prompter {
    /// Lines that stay at the top of every screen until the next call: where we are.
    fn heading(&mut self, _lines: &[String]) {}
    /// Show a message (already wrapped to [`Prompter::width`]); on a paged terminal it appears
    /// on the next screen, under the heading.
    fn say(&mut self, text: &str);
    /// Ask for one of the screen's choices.
    fn choose(&mut self, screen: &Screen) -> Reply<usize>;
    /// Type a line; `initial` is pre-filled and may be edited.
    fn text(&mut self, message: &str, initial: &str, help: &str) -> Reply<String>;
    /// Columns available for text.
    fn width(&self) -> usize;

    /// [`Prompter::choose`] of plain options with nothing but a question.
    fn select(
        &mut self,
        message: &str,
        options: &[String],
        start: usize,
        help: &str,
    ) -> Reply<usize> {
        let screen = Screen {
            question: message.to_string(),
            choices: options.iter().map(Choice::new).collect(),
            start: Some(start),
            help: help.to_string(),
            ..Screen::default()
        };
        self.choose(&screen)
    }
}
