//! Every word a reader sees in a document that is not data: headings, labels, fixed sentences,
//! sentences with values (small functions whose parameters name the placeholders), and the way
//! numbers are written. Each comes from a Fluent message in the current language
//! (`translations/<lang>/common.ftl` for these, a file per document for the rest); builders take
//! their words from here, and writers add none of their own.
//!
//! This file holds what several documents share; each document has its own file (`report`,
//! `comparison`, `catalogue`), which re-exports these so a builder needs one `w::` prefix. Where
//! a sentence carries styled parts (a bold score, a level chip), its function takes them as
//! [`Inline`]s: the builder decides how a value looks, the wording only the words and their
//! order around it.
//!
//! A fixed word or sentence (a message without variables) is not written here at all: build.rs
//! makes a function of each, named after its id without the file's prefix, in the module of its
//! file (`report-no-area` in `translations/en/report.ftl` is `report::no_area()`), documented by
//! the message's comment. A new heading is a new line in the English file and its translations;
//! a function that does more with a message (cleans it, joins it) is written here, under a name
//! its message does not take.

/// Declares the sentences with values, an entry each, as functions of the same name. (A message
/// without variables needs no entry: build.rs makes its function, see [`self`].)
///
/// - `pub fn of(answered: usize, asked: usize) = t!("report-of");` is `pub fn of(answered: usize,
///   asked: usize) -> String`, the message as [`t!`](crate::t) gives it with each parameter as
///   the variable of the same name (through [`IntoArg`](crate::i18n::IntoArg): text, whole
///   numbers, yes-or-no); variables the caller does not give follow the id, as in
///   `t!("guide-dated", guide = GUIDE)`;
/// - `pub fn claim_markdown(level: u8, name: Inline) -> Text = t!("report-claim-markdown");` is
///   the same sentence with styled parts: each [`Inline`] or [`Text`] parameter (or value after
///   the id) stands where the message puts its variable, as the builder styled it (see [`Part`]).
///
/// Each entry keeps the macro call with its message's id in quotes, as the test of the ids
/// finds them in the code. A function with more to do than one message is an ordinary function
/// beside these.
macro_rules! words {
    ($(
        $(#[$meta:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ident)?
            = $mac:ident!($id:literal $(, $fixed:ident = $value:expr)* $(,)?);
    )*) => {
        $(words!(
            @one [$(#[$meta])*] [$vis] $name [$($arg: $ty),*] [$($ret)?] $mac $id
            [$($fixed = $value),*]
        );)*
    };
    (@one [$($meta:tt)*] [$vis:vis] $name:ident [$($arg:ident: $ty:ty),*] [] t $id:literal
        [$($fixed:ident = $value:expr),*]) => {
        $($meta)*
        $vis fn $name($($arg: $ty),*) -> String {
            $crate::t!($id $(, $arg = $crate::i18n::IntoArg::into_arg($arg))* $(, $fixed = $value)*)
        }
    };
    (@one [$($meta:tt)*] [$vis:vis] $name:ident [$($arg:ident: $ty:ty),*] [Text] t $id:literal
        [$($fixed:ident = $value:expr),*]) => {
        $($meta)*
        $vis fn $name($($arg: $ty),*) -> $crate::document::Text {
            use $crate::document::wording::Part;
            let mut parts = Vec::new();
            let message = $crate::t!(
                $id $(, $arg = $crate::i18n::IntoArg::into_arg($arg.part(&mut parts)))*
                $(, $fixed = $crate::i18n::IntoArg::into_arg($value.part(&mut parts)))*
            );
            $crate::document::wording::slotted(message, parts)
        }
    };
}

pub mod catalogue;
pub mod comparison;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod workshop;

use crate::document::{Inline, Text};
use crate::i18n::current;
use crate::questionnaire::{Importance, Questionnaire};
use crate::{t, ts};

// The messages of translations/en/common.ftl without variables, a function each (see build.rs).
include!(concat!(env!("OUT_DIR"), "/words-common.rs"));

// Section headings more than one document has.

/// The guide the recommendations come from, by its title as published (not translated).
pub const GUIDE: &str = "Strengthening the capacity of ICSOs related to the rise of China";

words! {
    /// Once in every report and `show`: when the guide was written, so its facts read as of then.
    pub fn guide_dated() = t!("guide-dated", guide = GUIDE);

    // What stands in for a level, and for missing facts.


    /// "Respondents (3)": a heading with how many things it heads, on a screen or a page.
    pub fn with_count(title: &str, count: usize) = t!("common-with-count");

    /// "Respondents, 3": the same read aloud, without brackets.
    pub fn with_count_spoken(title: &str, count: usize) = t!("common-with-count-spoken");

    /// "Advocacy quick check (quick, version 1.0)".
    pub fn questionnaire_full(title: &str, id: &str, version: &str)
        = t!("common-questionnaire-full");

    /// "n/a: not our work": a not-applicable answer's reason where a note stands.
    pub fn na_reason(reason: &str) = t!("common-na-reason");
}

/// The same in the data formats (the CSV's note column), which stay in English.
pub fn na_reason_data(reason: &str) -> String {
    format!("n/a: {reason}")
}

/// A number with one decimal, as every report shows scores ("3.5", "3,5" in French).
pub fn one(v: f64) -> String {
    current().decimal(v, 1)
}

/// A parameter without trailing zeros: 2 not 2.0, 1.25 as is (1,25 in French).
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let s = current().decimal(v, 3);
        s.trim_end_matches('0')
            .trim_end_matches(current().decimal_separator())
            .to_string()
    }
}

/// "62.5%" ("62,5 %" in French) or "not scored".
pub fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| not_scored().to_string(), |v| current().percent(&one(v)))
}

/// A priority band as a reader says it: what to do about the gap. Documents only: the JSON and
/// CSV name bands by [`Band::as_str`](crate::analysis::scoring::Band::as_str).
pub fn band_word(band: crate::analysis::scoring::Band) -> &'static str {
    use crate::analysis::scoring::Band;
    match band {
        Band::High => ts!("common-band-act-now"),
        Band::Medium => ts!("common-band-plan"),
        Band::Low => ts!("common-band-later"),
        Band::None => ts!("common-band-no-gap"),
    }
}

/// An importance as a reader says it ("low", "medium", "high"). Documents only: the data
/// formats keep [`Importance::as_str`].
pub fn importance_word(importance: Importance) -> &'static str {
    match importance {
        Importance::Low => ts!("common-importance-low"),
        Importance::Medium => ts!("common-importance-medium"),
        Importance::High => ts!("common-importance-high"),
    }
}

/// "59%": a share rounded to a whole percent, for sentences a leader reads at a glance.
pub fn whole(v: f64) -> String {
    current().percent(&format!("{v:.0}"))
}

/// "50.0-75.0%" when don't-knows leave a range, "" otherwise.
pub fn range(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if (h - l).abs() >= 0.05 => {
            current().percent(&format!("{}-{}", one(l), one(h)))
        }
        _ => String::new(),
    }
}

/// "62.5% (50.0-75.0%)" when don't-knows leave a range, "62.5%" otherwise.
pub fn percent_with_range(v: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    let rg = range(low, high);
    if rg.is_empty() {
        percent(v)
    } else {
        format!("{} ({rg})", percent(v))
    }
}

/// "0 Not started · 1 Ad hoc · …": a questionnaire's scale in one line.
pub fn scale(q: &Questionnaire) -> String {
    q.scale
        .iter()
        .map(|l| format!("{} {}", l.level, l.name))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Shown where a value is undefined, and in empty table cells so card layouts on small screens
/// keep every label.
pub const DASH: &str = "–";

/// The same on a terminal, whose tables keep to ASCII there.
pub const NO_VALUE_SCREEN: &str = "-";

/// A box to tick on paper, as the text formats write it.
pub const TICK_TEXT: &str = "[ ]";
/// The same in Word: the ballot box character.
pub const TICK_GLYPH: &str = "\u{2610}";
/// A line to write on, as the text formats draw it: this character, repeated.
pub const WRITING_LINE: char = '_';
/// How many characters such a line is, at most (less on a narrow terminal).
pub const WRITING_LINE_WIDTH: usize = 72;

/// The language all these words are in, as HTML's `lang` names it.
pub fn lang() -> &'static str {
    current().tag()
}

/// `s`, or [`DASH`] when blank.
pub fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { DASH } else { s }
}

/// Fixed words as inline content.
fn said(s: impl Into<String>) -> Inline {
    Inline::Trusted(s.into())
}

/// Words and styled values in the order a sentence puts them.
fn sentence(parts: impl IntoIterator<Item = Inline>) -> Text {
    parts.into_iter().collect()
}

words! {
    /// Labelled text as the text formats write a fact: "Respondent: Alice" (French puts a no-break
    /// space before the colon).
    pub fn labelled(label: &str, value: &str) = t!("common-labelled");

    /// A heading read aloud, as a label ending in a colon: "Summary:".
    pub fn heading_spoken(heading: &str) = t!("common-heading-spoken");
}

/// "a, b and c": items in a sentence, the last joined by the language's "and".
pub fn and_list(mut items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        _ => {
            let last = items.pop().unwrap_or_default();
            t!("common-and-list", items = items.join(", "), last = last)
        }
    }
}

/// The pager's prompt under a long report on a terminal. less's prompt syntax gives `?`, `%`,
/// `.`, `:` and `\` meanings of their own, so any a translation has are escaped.
pub fn pager_prompt() -> String {
    let mut out = String::new();
    for c in ts!("common-pager-keys").chars() {
        if matches!(c, '?' | '%' | '.' | ':' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The print footer's page number, "Page 2 of 6", as the parts around the two numbers: text,
/// [`PageOf::Page`], text, [`PageOf::Pages`]..., in the order the language puts them.
pub fn page_of() -> Vec<PageOf> {
    const PAGE: &str = "\u{E000}";
    const PAGES: &str = "\u{E001}";
    let s = t!("common-page-of", page = PAGE, pages = PAGES);
    let mut out = Vec::new();
    let mut words = String::new();
    for c in s.chars() {
        let number = match c {
            '\u{E000}' => PageOf::Page,
            '\u{E001}' => PageOf::Pages,
            c => {
                words.push(c);
                continue;
            }
        };
        if !words.is_empty() {
            out.push(PageOf::Text(std::mem::take(&mut words)));
        }
        out.push(number);
    }
    if !words.is_empty() {
        out.push(PageOf::Text(words));
    }
    out
}

/// A part of [`page_of`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageOf {
    Text(String),
    /// This page's number.
    Page,
    /// How many pages there are.
    Pages,
}

words! {
    /// An abbreviation spelled out at its first use: "Belt and Road Initiative (BRI)"; `plural`
    /// when the text had its plural ("ICSOs"), which each language writes its own way (English
    /// adds an "s" to both; French and Spanish keep acronyms invariable).
    pub fn spelled_out(meaning: &str, term: &str, plural: bool) = t!("common-spelled-out");
}

/// Where a styled part stands in a message: pass `slot(0)`, `slot(1)`... as the message's
/// variables, and [`slotted`] cuts the text there. Private-use characters, which no message or
/// value has.
fn slot(n: usize) -> String {
    u32::try_from(n)
        .ok()
        .and_then(|n| char::from_u32(0xE100 + n))
        .map(String::from)
        .unwrap_or_default()
}

/// A message made with [`slot`]s as inline content: its words as the tool's own, each slot
/// replaced by its part (a bold score, a name from outside, escaped as such).
fn slotted(message: String, mut parts: Vec<Text>) -> Text {
    let mut out = Vec::new();
    let mut words = String::new();
    for c in message.chars() {
        let n = (c as u32).wrapping_sub(0xE100) as usize;
        if n < parts.len() {
            if !words.is_empty() {
                out.push(said(std::mem::take(&mut words)));
            }
            out.extend(std::mem::take(&mut parts[n]));
        } else {
            words.push(c);
        }
    }
    if !words.is_empty() {
        out.push(said(words));
    }
    out
}

/// A parameter of a sentence with styled parts ([`words!`]'s `-> Text` entries), as its message
/// takes it: a styled part is kept in `parts` and stands in the message as its [`slot`], for
/// [`slotted`] to put back; any other value is a variable as it is.
pub trait Part {
    type Arg: crate::i18n::IntoArg;
    fn part(self, parts: &mut Vec<Text>) -> Self::Arg;
}

impl<T: crate::i18n::IntoArg> Part for T {
    type Arg = T;
    fn part(self, _: &mut Vec<Text>) -> T {
        self
    }
}

impl Part for Inline {
    type Arg = String;
    fn part(self, parts: &mut Vec<Text>) -> String {
        vec![self].part(parts)
    }
}

impl Part for Text {
    type Arg = String;
    fn part(self, parts: &mut Vec<Text>) -> String {
        parts.push(self);
        slot(parts.len() - 1)
    }
}
