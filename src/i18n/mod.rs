//! The interface's languages: every word the tool says that is not data comes from a Fluent
//! message (`translations/<lang>/*.ftl`, English as the source), looked up here. The language is
//! chosen once, from `--lang` or the environment ([`Lang::from_env`]), and set for the process
//! with [`set_current`]; everything else asks [`current`] or calls [`t!`](crate::t).
//!
//! A language is one folder of `translations/`: build.rs lists the folders and their `.ftl`
//! files, so adding a folder adds the language. A message missing from a language falls back to
//! English; the tests check that every language has every message with the same variables.
//!
//! Numbers: Fluent chooses plural forms from the numbers passed to it, but writes decimals with
//! a dot, so decimals are written here ([`Lang::decimal`], [`Lang::percent`]) and passed as text.
//! JSON and CSV never come through here: they keep the dot.
//!
//! `en-XA` is a pseudo-locale for tests and translators: English with every letter accented,
//! vowels doubled (about 40% longer) and each message in brackets, so text that did not come
//! through a message stands out, as does a layout that breaks when words grow.

mod pseudo;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

pub use pseudo::pseudo as pseudo_text;

/// One language folder as compiled in: its tag and its `.ftl` files (name, text), with an index
/// made by build.rs so that a run parses only the messages it asks for (parsing every file would
/// be most of a report's work). The index holds offsets, not references: a table of references
/// would have to be relocated, page by page, at every start.
#[derive(Debug)]
pub struct Embedded {
    pub tag: &'static str,
    pub ftl: &'static [(&'static str, &'static str)],
    /// Every entry's id (`-name` for a term), one after the other.
    pub ids: &'static str,
    /// Each message (and term), sorted by id: see [`IndexEntry`].
    pub entries: &'static [IndexEntry],
    /// The entries each entry's text refers to, one entry's after the other's.
    pub deps: &'static [u16],
}

/// One entry of a language's index: the byte range of its id in [`Embedded::ids`], the range of
/// its references in [`Embedded::deps`], the file (an index into `ftl`) that defines it, and the
/// byte range of its text there.
#[derive(Debug, Clone, Copy)]
pub struct IndexEntry {
    pub id: (u32, u32),
    pub deps: (u32, u32),
    pub file: u8,
    pub text: (u32, u32),
}

impl Embedded {
    /// The entry that defines `id`.
    fn entry_of(&self, id: &str) -> Option<usize> {
        self.entries.binary_search_by(|e| self.id(e).cmp(id)).ok()
    }

    fn id(&self, e: &IndexEntry) -> &'static str {
        self.ids
            .get(e.id.0 as usize..e.id.1 as usize)
            .unwrap_or_default()
    }

    /// The id of entry `k`.
    pub fn id_of(&self, k: usize) -> &'static str {
        self.id(&self.entries[k])
    }

    /// The entries entry `k` refers to.
    pub fn deps_of(&self, k: usize) -> &'static [u16] {
        let (from, to) = self.entries[k].deps;
        self.deps
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    /// The text of entry `k`, as written in its file.
    fn text_of(&self, k: usize) -> &'static str {
        let e = self.entries[k];
        let text = self.ftl[usize::from(e.file)].1;
        text.get(e.text.0 as usize..e.text.1 as usize)
            .unwrap_or_default()
    }
}

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// The pseudo-locale's tag; it is English underneath.
pub const PSEUDO: &str = "en-XA";

/// A language of the interface: English, one of the folders, or the pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// English, the source language and the fallback of every message.
    pub const EN: Lang = Lang(0);

    /// The languages people can choose, English first (the pseudo-locale is not among them).
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..EMBEDDED.len()).map(Lang)
    }

    fn pseudo_index() -> usize {
        EMBEDDED.len()
    }

    /// Whether this is the pseudo-locale.
    pub fn is_pseudo(self) -> bool {
        self.0 == Self::pseudo_index()
    }

    /// Its tag: `en`, `fr`, `es`, `en-XA`.
    pub fn tag(self) -> &'static str {
        EMBEDDED.get(self.0).map_or(PSEUDO, |e| e.tag)
    }

    /// Its name in its own language ("Français"), from its `language-name` message.
    pub fn name(self) -> String {
        self.text("language-name")
    }

    /// The language a tag or a locale names: `fr`, `fr-CA`, `fr_FR.UTF-8`, `es-419`, `es_MX`.
    /// `C` and `POSIX` mean English. `None` when no language of the tool matches.
    pub fn find(requested: &str) -> Option<Lang> {
        let tag = posix_to_bcp47(requested)?;
        if tag.eq_ignore_ascii_case(PSEUDO) {
            return Some(Lang(Self::pseudo_index()));
        }
        if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
            return Some(Lang::EN);
        }
        let requested: LanguageIdentifier = tag.parse().ok()?;
        let available: Vec<LanguageIdentifier> =
            EMBEDDED.iter().filter_map(|e| e.tag.parse().ok()).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let first = chosen.first()?.to_string();
        EMBEDDED.iter().position(|e| e.tag == first).map(Lang)
    }

    /// The language the environment asks for: `LANGUAGE` (a list, `pt_BR:fr`), then `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, the first of them that names a language of the tool; English
    /// when none does. As gettext does, a locale of `C` or `POSIX` (the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set) means English whatever `LANGUAGE` says.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        let base = locale.as_deref().and_then(|l| l.split(['.', '@']).next());
        if matches!(base, Some("C" | "POSIX")) {
            return Lang::EN;
        }
        Self::from_locales(sys_locale::get_locales())
    }

    /// The same, from a list of locales in order of preference (what `from_env` reads).
    pub fn from_locales(locales: impl IntoIterator<Item = String>) -> Lang {
        locales
            .into_iter()
            .find_map(|l| Self::find(&l))
            .unwrap_or(Lang::EN)
    }

    fn bundle(self) -> &'static Bundle {
        static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
        let all = BUNDLES.get_or_init(|| (0..=EMBEDDED.len()).map(|_| OnceLock::new()).collect());
        all[self.0].get_or_init(|| Bundle::new(self))
    }

    /// A message without variables, in this language (English where it has none).
    pub fn text(self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with its variables.
    pub fn format(self, id: &str, args: Option<&Args>) -> String {
        let found = self.bundle().format(id, args.map(|a| &a.0));
        let text = match found {
            Some(text) => text,
            None if self != Lang::EN && !self.is_pseudo() => Lang::EN
                .bundle()
                .format(id, args.map(|a| &a.0))
                .unwrap_or_else(|| id.to_owned()),
            None => id.to_owned(),
        };
        if self.is_pseudo() {
            format!("[{text}]")
        } else {
            text
        }
    }

    /// A message without variables that lives as long as the program: for words that stand
    /// where a `&'static str` is wanted (headings, labels). Each is made once per language.
    pub fn static_text(self, id: &'static str) -> &'static str {
        static MADE: OnceLock<Mutex<HashMap<(usize, &'static str), &'static str>>> =
            OnceLock::new();
        let made = MADE.get_or_init(Default::default);
        let mut made = made.lock().unwrap_or_else(|e| e.into_inner());
        made.entry((self.0, id))
            .or_insert_with(|| Box::leak(self.text(id).into_boxed_str()))
    }

    /// The decimal separator of its text: a comma in French and Spanish.
    pub fn decimal_separator(self) -> char {
        // Asked for every number a document writes: made once per language.
        let sep = self.static_text("number-decimal-separator");
        sep.trim_matches(['[', ']']).chars().next().unwrap_or('.')
    }

    /// `x` with `places` decimals, as this language writes it ("3,5" in French).
    pub fn decimal(self, x: f64, places: usize) -> String {
        let s = format!("{x:.places$}");
        match self.decimal_separator() {
            '.' => s,
            sep => s.replace('.', &sep.to_string()),
        }
    }

    /// A percentage already written as a number ("59"), as this language writes it: "59%",
    /// "59 %" (with a no-break space) in French and Spanish.
    pub fn percent(self, number: &str) -> String {
        let mut args = Args::new();
        args.set("value", number.to_owned());
        let s = self.format("number-percent", Some(&args));
        if self.is_pseudo() {
            // The brackets mark messages in sentences; a number stays a number.
            s.trim_matches(['[', ']']).to_owned()
        } else {
            s
        }
    }
}

/// The variables of a message, by name.
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Args")
    }
}

impl Args {
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    /// A variable: text, or a whole number (which also chooses plural forms). Pass decimals
    /// as text written by [`Lang::decimal`].
    pub fn set(&mut self, name: &'static str, value: impl Into<FluentValue<'static>>) {
        self.0.set(name, value);
    }
}

/// A value as the code holds it, made fit to be a message's variable: text is copied (the
/// arguments outlive the borrowed `&str`), whole numbers pass as they are (and so choose plural
/// forms), and a yes-or-no is `yes` or `no`, which a message's selector matches. The wording's
/// `words!` entries pass each parameter through this, whatever its type.
pub trait IntoArg {
    type Arg: Into<FluentValue<'static>>;
    fn into_arg(self) -> Self::Arg;
}

impl IntoArg for &str {
    type Arg = String;
    fn into_arg(self) -> String {
        self.to_owned()
    }
}

impl IntoArg for String {
    type Arg = String;
    fn into_arg(self) -> String {
        self
    }
}

impl IntoArg for bool {
    type Arg = &'static str;
    fn into_arg(self) -> &'static str {
        if self { "yes" } else { "no" }
    }
}

macro_rules! whole_numbers {
    ($($n:ty),*) => {
        $(impl IntoArg for $n {
            type Arg = $n;
            fn into_arg(self) -> $n {
                self
            }
        })*
    };
}
whole_numbers!(u8, u32, usize);

/// A language's messages: its bundle holds the messages parsed so far, each added the first
/// time it (or a message that refers to it) is asked for.
struct Bundle {
    source: &'static Embedded,
    /// The index of `source` in [`EMBEDDED`]: the pseudo-locale shares English's parsed messages.
    source_index: usize,
    state: Mutex<Loaded>,
}

struct Loaded {
    bundle: FluentBundle<&'static FluentResource>,
    added: Vec<bool>,
}

/// An entry of a language folder, parsed once for the process.
fn resource(source_index: usize, entry: usize) -> &'static FluentResource {
    static PARSED: OnceLock<Vec<OnceLock<Vec<OnceLock<FluentResource>>>>> = OnceLock::new();
    let all = PARSED.get_or_init(|| EMBEDDED.iter().map(|_| OnceLock::new()).collect());
    let source = &EMBEDDED[source_index];
    let entries =
        all[source_index].get_or_init(|| source.entries.iter().map(|_| OnceLock::new()).collect());
    entries[entry].get_or_init(|| {
        // The tests parse every entry alone without errors; a broken one is skipped (and the
        // message falls back to English) rather than stopping the tool.
        FluentResource::try_new(source.text_of(entry).to_owned()).unwrap_or_else(|(r, _)| r)
    })
}

impl Bundle {
    fn new(lang: Lang) -> Bundle {
        let source_index = if lang.is_pseudo() { 0 } else { lang.0 };
        let source = &EMBEDDED[source_index];
        // The pseudo-locale's plurals are English ones.
        let id: LanguageIdentifier = source.tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Placeables are not wrapped in bidi isolation marks: the text-safety rules refuse
        // them in everything the tool prints, and the tool's languages are left to right.
        bundle.set_use_isolating(false);
        if lang.is_pseudo() {
            bundle.set_transform(Some(pseudo::transform));
        }
        let added = vec![false; source.entries.len()];
        Bundle {
            source,
            source_index,
            state: Mutex::new(Loaded { bundle, added }),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'static>>) -> Option<String> {
        let entry = self.source.entry_of(id)?;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        self.add(&mut state, entry);
        let pattern = state.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            state
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// Adds `entry` and the entries it refers to, each once.
    fn add(&self, state: &mut Loaded, entry: usize) {
        if std::mem::replace(&mut state.added[entry], true) {
            return;
        }
        let _ = state
            .bundle
            .add_resource(resource(self.source_index, entry));
        for &dep in self.source.deps_of(entry) {
            self.add(state, usize::from(dep));
        }
    }
}

/// `fr_FR.UTF-8` to `fr-FR`, `es_MX@euro` to `es-MX`; `None` for an empty value.
fn posix_to_bcp47(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or_default().trim();
    (!base.is_empty()).then(|| base.replace('_', "-"))
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A language for this thread alone: tests, and documents that show several languages.
    static OVERRIDE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets the language of the whole process (once, from the command line).
pub fn set_current(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// The language messages are written in now.
pub fn current() -> Lang {
    OVERRIDE
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| Lang(CURRENT.load(Ordering::Relaxed)))
}

/// Runs `f` with messages in `lang` on this thread, then restores what was before.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// A message in the current language: `t!("id")`, or `t!("id", name = value, count = n)`.
/// Values are text or whole numbers; see [`Args::set`]. Where several messages share variables,
/// the shared ones can be made once as [`Args`] and given first: `t!("id", ..args, more = x)`;
/// a variable named after them replaces theirs.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::current().text($id)
    };
    ($id:literal, ..$base:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args: $crate::i18n::Args = $base;
        $( args.set(stringify!($name), $value); )*
        $crate::i18n::current().format($id, Some(&args))
    }};
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::current().format($id, Some(&args))
    }};
}

/// A message without variables as a `&'static str`, in the current language.
#[macro_export]
macro_rules! ts {
    ($id:literal) => {
        $crate::i18n::current().static_text($id)
    };
}

#[cfg(test)]
mod tests;
