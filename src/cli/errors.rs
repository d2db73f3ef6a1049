//! clap's usage errors in the interface's language (`cli-error-` messages in
//! `translations/<lang>/cli.ftl`), laid out as clap lays them out: "error:", what is wrong, the
//! values or the similar names there are, the usage and where to read more. English errors are
//! clap's own (this formatter is used only for another language). The tips clap writes in
//! sentences of its own ("to pass '--x' as a value, use '-- --x'") stay as clap writes them.

use crate::i18n::Lang;
use clap::builder::styling::Style;
use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// The indent of clap's lists and tips.
const TAB: &str = "  ";

/// Formats clap's errors in the current language.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let e = Parts::new(error);
        let mut out = StyledStr::new();
        let red = e.red;
        let _ = write!(out, "{red}{}{red:#} ", e.lang.text("cli-error-prefix"));
        // A kind this does not know, or without its context: clap's own words for it.
        let said = e.message().unwrap_or_else(|| {
            error
                .kind()
                .as_str()
                .map_or_else(|| e.lang.text("cli-error-unknown"), str::to_owned)
        });
        out.push_str(&said);
        let tipped = e.similar_names(&mut out);
        e.suggested(&mut out, tipped);
        e.usage(&mut out);
        let literal = e.literal;
        let more = e.say(
            "cli-error-more",
            &[("flag", format!("{literal}--help{literal:#}"))],
        );
        let _ = write!(out, "\n\n{more}\n");
        out
    }
}

/// One error with the language and the styles it is written in.
struct Parts<'a> {
    error: &'a clap::error::Error<Localized>,
    lang: Lang,
    bad: Style,
    good: Style,
    literal: Style,
    red: Style,
}

impl<'a> Parts<'a> {
    fn new(error: &'a clap::error::Error<Localized>) -> Self {
        // The tool keeps clap's default styles.
        let styles = Styles::default();
        Parts {
            error,
            lang: crate::i18n::current(),
            bad: *styles.get_invalid(),
            good: *styles.get_valid(),
            literal: *styles.get_literal(),
            red: *styles.get_error(),
        }
    }

    /// A message with text variables.
    fn say(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let mut a = crate::i18n::Args::new();
        for (name, value) in args {
            a.set(name, value.clone());
        }
        self.lang.format(id, Some(&a))
    }

    /// A context of text, if the error has it.
    fn text(&self, kind: ContextKind) -> Option<String> {
        match self.error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// A context of a number, if the error has it.
    fn number(&self, kind: ContextKind) -> Option<isize> {
        match self.error.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The argument at fault, styled as wrong.
    fn bad_arg(&self) -> Option<String> {
        let bad = self.bad;
        self.text(ContextKind::InvalidArg)
            .map(|a| format!("{bad}{a}{bad:#}"))
    }

    /// The message for the error's kind; `None` for a kind this does not know or one without
    /// the context its message needs.
    fn message(&self) -> Option<String> {
        match self.error.kind() {
            ErrorKind::ArgumentConflict => conflict(self.error, self.lang, &self.bad),
            ErrorKind::NoEquals => self.about_arg("cli-error-no-equals"),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => self.invalid_value(),
            ErrorKind::InvalidSubcommand => self.about_subcommand("cli-error-unknown-subcommand"),
            ErrorKind::MissingRequiredArgument => self.missing_arguments(),
            // "'x' requires a subcommand but one was not provided", and the ones there are.
            ErrorKind::MissingSubcommand => self
                .about_subcommand("cli-error-missing-subcommand")
                .map(|s| self.listing(s, ContextKind::ValidSubcommand, "cli-error-subcommands")),
            ErrorKind::TooManyValues => self.arg_and_value("cli-error-too-many-values"),
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => self.number_of_values(),
            ErrorKind::UnknownArgument => self.about_arg("cli-error-unknown-argument"),
            _ => None,
        }
    }

    /// A message naming the value at fault (styled as wrong) and its argument (as literal).
    fn arg_and_value(&self, id: &str) -> Option<String> {
        let (bad, literal) = (self.bad, self.literal);
        let a = self.text(ContextKind::InvalidArg)?;
        let v = self.text(ContextKind::InvalidValue)?;
        Some(self.say(
            id,
            &[
                ("value", format!("{bad}{v}{bad:#}")),
                ("arg", format!("{literal}{a}{literal:#}")),
            ],
        ))
    }

    /// "a value is required for '--x'", or "invalid value 'v' for '--x'" with the reason and
    /// the values there are.
    fn invalid_value(&self) -> Option<String> {
        let arg = self.bad_arg()?;
        if self.text(ContextKind::InvalidValue)?.is_empty() {
            return Some(self.say("cli-error-value-required", &[("arg", arg)]));
        }
        let mut s = self.arg_and_value("cli-error-invalid-value")?;
        if let Some(source) = std::error::Error::source(self.error) {
            s.push_str(&self.say("cli-error-because", &[("reason", source.to_string())]));
        }
        Some(self.listing(s, ContextKind::ValidValue, "cli-note-possible-values"))
    }

    /// A message naming the argument at fault, styled as wrong.
    fn about_arg(&self, id: &str) -> Option<String> {
        let arg = self.bad_arg()?;
        Some(self.say(id, &[("arg", arg)]))
    }

    /// A message naming the subcommand at fault, styled as wrong.
    fn about_subcommand(&self, id: &str) -> Option<String> {
        let bad = self.bad;
        let name = self.text(ContextKind::InvalidSubcommand)?;
        Some(self.say(id, &[("name", format!("{bad}{name}{bad:#}"))]))
    }

    /// `s`, then on a line of its own the message `id` listing the values clap gives as
    /// `kind` (the possible values, the subcommands), when it gives any.
    fn listing(&self, mut s: String, kind: ContextKind, id: &str) -> String {
        if let Some(list) = values(self.error.get(kind), &self.good) {
            s.push_str(&format!("\n{TAB}"));
            s.push_str(&self.say(id, &[("values", list)]));
        }
        s
    }

    /// "the following required arguments were not provided:" and a line for each.
    fn missing_arguments(&self) -> Option<String> {
        let good = self.good;
        let Some(ContextValue::Strings(missing)) = self.error.get(ContextKind::InvalidArg) else {
            return None;
        };
        let mut s = self.lang.text("cli-error-missing-arguments");
        for m in missing {
            let _ = write!(s, "\n{TAB}{good}{m}{good:#}");
        }
        Some(s)
    }

    /// "N values required by '--x'; only M were provided".
    fn number_of_values(&self) -> Option<String> {
        let literal = self.literal;
        let wanted = self
            .number(ContextKind::MinValues)
            .or_else(|| self.number(ContextKind::ExpectedNumValues));
        let (Some(a), Some(given), Some(wanted)) = (
            self.text(ContextKind::InvalidArg),
            self.number(ContextKind::ActualNumValues),
            wanted,
        ) else {
            return None;
        };
        // Numbers, not text: they choose the plural forms.
        let mut args = crate::i18n::Args::new();
        args.set("arg", format!("{literal}{a}{literal:#}"));
        args.set("given", given);
        args.set("wanted", wanted);
        Some(self.lang.format("cli-error-number-of-values", Some(&args)))
    }

    /// The "tip: a similar subcommand/argument/value exists" lines; whether there were any.
    fn similar_names(&self, out: &mut StyledStr) -> bool {
        let good = self.good;
        let mut tipped = false;
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "subcommand"),
            (ContextKind::SuggestedArg, "argument"),
            (ContextKind::SuggestedValue, "value"),
        ] {
            let names = match self.error.get(kind) {
                Some(ContextValue::String(s)) => vec![s.clone()],
                Some(ContextValue::Strings(s)) => s.clone(),
                _ => continue,
            };
            out.push_str(if tipped { "\n" } else { "\n\n" });
            tipped = true;
            let listed: Vec<String> = names
                .iter()
                .map(|n| format!("'{good}{n}{good:#}'"))
                .collect();
            let mut args = crate::i18n::Args::new();
            args.set("what", what);
            args.set("count", names.len());
            args.set("names", listed.join(", "));
            let _ = write!(
                out,
                "{TAB}{good}{}{good:#} {}",
                self.lang.text("cli-error-tip"),
                self.lang.format("cli-error-similar", Some(&args))
            );
        }
        tipped
    }

    /// clap's own tips, each after a styled "tip:".
    fn suggested(&self, out: &mut StyledStr, tipped: bool) {
        let good = self.good;
        let Some(ContextValue::StyledStrs(tips)) = self.error.get(ContextKind::Suggested) else {
            return;
        };
        if !tipped {
            out.push_str("\n");
        }
        for tip in tips {
            let _ = write!(
                out,
                "\n{TAB}{good}{}{good:#} ",
                self.lang.text("cli-error-tip")
            );
            out.push_str(&tip.ansi().to_string());
        }
    }

    /// The usage, under this language's heading.
    fn usage(&self, out: &mut StyledStr) {
        if let Some(ContextValue::StyledStr(usage)) = self.error.get(ContextKind::Usage) {
            // clap writes the usage with its English heading first.
            let usage = usage.ansi().to_string();
            let heading = self.lang.text("cli-heading-usage");
            out.push_str("\n\n");
            out.push_str(&usage.replacen("Usage:", &heading, 1));
        }
    }
}

/// "the argument '--x' cannot be used with '--y'", or "... multiple times".
fn conflict(error: &clap::error::Error<Localized>, lang: Lang, bad: &Style) -> Option<String> {
    let mut prior = error.get(ContextKind::PriorArg);
    let (id, name) = match (
        error.get(ContextKind::InvalidArg),
        error.get(ContextKind::InvalidSubcommand),
    ) {
        (Some(ContextValue::String(arg)), _) => {
            if prior == Some(&ContextValue::String(arg.clone())) {
                prior = None;
                ("cli-error-used-twice", arg)
            } else {
                ("cli-error-conflict", arg)
            }
        }
        (_, Some(ContextValue::String(sub))) => ("cli-error-subcommand-conflict", sub),
        _ => return None,
    };
    let mut args = crate::i18n::Args::new();
    args.set("arg", format!("{bad}{name}{bad:#}"));
    let with = match prior {
        Some(ContextValue::Strings(others)) => {
            let lines: Vec<String> = others
                .iter()
                .map(|o| format!("\n{TAB}{bad}{o}{bad:#}"))
                .collect();
            format!(":{}", lines.concat())
        }
        Some(ContextValue::String(other)) => format!(" '{bad}{other}{bad:#}'"),
        Some(_) => format!(" {}", lang.text("cli-error-conflict-others")),
        None => String::new(),
    };
    Some(format!("{}{with}", lang.format(id, Some(&args))))
}

/// Values as clap lists them: "a, b, c", each styled, quoted when it holds a space; `None` for
/// no list.
fn values(list: Option<&ContextValue>, good: &Style) -> Option<String> {
    let Some(ContextValue::Strings(list)) = list else {
        return None;
    };
    if list.is_empty() {
        return None;
    }
    let shown: Vec<String> = list
        .iter()
        .map(|v| {
            let v = if v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v.clone()
            };
            format!("{good}{v}{good:#}")
        })
        .collect();
    Some(shown.join(", "))
}
