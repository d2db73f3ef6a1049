//! clap's usage errors in the interface's language (`cli-error-` messages in
//! `translations/<lang>/cli.ftl`), laid out as clap lays them out: "error:", what is wrong, the
//! values or the similar names there are, the usage and where to read more. English errors are
//! clap's own (this formatter is used only for another language). The tips clap writes in
//! sentences of its own ("to pass '--x' as a value, use '-- --x'") stay as clap writes them.

use crate::i18n::Lang;
use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// The indent of clap's lists and tips.
const TAB: &str = "  ";

/// Formats clap's errors in the current language.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = crate::i18n::current();
        // The tool keeps clap's default styles.
        let styles = Styles::default();
        let (bad, good, literal, red) = (
            styles.get_invalid(),
            styles.get_valid(),
            styles.get_literal(),
            styles.get_error(),
        );
        let say = |id: &str, args: &[(&'static str, String)]| {
            let mut a = crate::i18n::Args::new();
            for (name, value) in args {
                a.set(name, value.clone());
            }
            lang.format(id, Some(&a))
        };
        let text = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let number = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        };
        let mut out = StyledStr::new();
        let _ = write!(out, "{red}{}{red:#} ", lang.text("cli-error-prefix"));
        let arg = text(ContextKind::InvalidArg).map(|a| format!("{bad}{a}{bad:#}"));
        let value = text(ContextKind::InvalidValue);
        let said = match error.kind() {
            ErrorKind::ArgumentConflict => conflict(error, lang, bad),
            ErrorKind::NoEquals => arg.map(|a| say("cli-error-no-equals", &[("arg", a)])),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => match (arg, value) {
                (Some(a), Some(v)) if v.is_empty() => {
                    Some(say("cli-error-value-required", &[("arg", a)]))
                }
                (Some(_), Some(v)) => {
                    let a = text(ContextKind::InvalidArg).unwrap_or_default();
                    let mut s = say(
                        "cli-error-invalid-value",
                        &[
                            ("value", format!("{bad}{v}{bad:#}")),
                            ("arg", format!("{literal}{a}{literal:#}")),
                        ],
                    );
                    if let Some(source) = std::error::Error::source(error) {
                        s.push_str(&say("cli-error-because", &[("reason", source.to_string())]));
                    }
                    if let Some(list) = values(error.get(ContextKind::ValidValue), good) {
                        s.push_str(&format!("\n{TAB}"));
                        s.push_str(&say("cli-note-possible-values", &[("values", list)]));
                    }
                    Some(s)
                }
                _ => None,
            },
            ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand).map(|s| {
                say(
                    "cli-error-unknown-subcommand",
                    &[("name", format!("{bad}{s}{bad:#}"))],
                )
            }),
            ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(missing)) => {
                    let mut s = lang.text("cli-error-missing-arguments");
                    for m in missing {
                        let _ = write!(s, "\n{TAB}{good}{m}{good:#}");
                    }
                    Some(s)
                }
                _ => None,
            },
            ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|c| {
                let mut s = say(
                    "cli-error-missing-subcommand",
                    &[("name", format!("{bad}{c}{bad:#}"))],
                );
                if let Some(list) = values(error.get(ContextKind::ValidSubcommand), good) {
                    s.push_str(&format!("\n{TAB}"));
                    s.push_str(&say("cli-error-subcommands", &[("values", list)]));
                }
                s
            }),
            ErrorKind::TooManyValues => match (arg, value) {
                (Some(_), Some(v)) => {
                    let a = text(ContextKind::InvalidArg).unwrap_or_default();
                    Some(say(
                        "cli-error-too-many-values",
                        &[
                            ("value", format!("{bad}{v}{bad:#}")),
                            ("arg", format!("{literal}{a}{literal:#}")),
                        ],
                    ))
                }
                _ => None,
            },
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let wanted = number(ContextKind::MinValues)
                    .or_else(|| number(ContextKind::ExpectedNumValues));
                match (
                    text(ContextKind::InvalidArg),
                    number(ContextKind::ActualNumValues),
                    wanted,
                ) {
                    (Some(a), Some(given), Some(wanted)) => {
                        let mut args = crate::i18n::Args::new();
                        args.set("arg", format!("{literal}{a}{literal:#}"));
                        args.set("given", given);
                        args.set("wanted", wanted);
                        Some(lang.format("cli-error-number-of-values", Some(&args)))
                    }
                    _ => None,
                }
            }
            ErrorKind::UnknownArgument => {
                arg.map(|a| say("cli-error-unknown-argument", &[("arg", a)]))
            }
            _ => None,
        };
        // A kind this does not know, or without its context: clap's own words for it.
        let said = said.unwrap_or_else(|| {
            error
                .kind()
                .as_str()
                .map_or_else(|| lang.text("cli-error-unknown"), str::to_owned)
        });
        out.push_str(&said);
        let mut tipped = false;
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "subcommand"),
            (ContextKind::SuggestedArg, "argument"),
            (ContextKind::SuggestedValue, "value"),
        ] {
            let names = match error.get(kind) {
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
                lang.text("cli-error-tip"),
                lang.format("cli-error-similar", Some(&args))
            );
        }
        if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
            if !tipped {
                out.push_str("\n");
            }
            for tip in tips {
                let _ = write!(out, "\n{TAB}{good}{}{good:#} ", lang.text("cli-error-tip"));
                out.push_str(&tip.ansi().to_string());
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            // clap writes the usage with its English heading first.
            let usage = usage.ansi().to_string();
            let heading = lang.text("cli-heading-usage");
            out.push_str("\n\n");
            out.push_str(&usage.replacen("Usage:", &heading, 1));
        }
        let _ = write!(
            out,
            "\n\n{}\n",
            say(
                "cli-error-more",
                &[("flag", format!("{literal}--help{literal:#}"))]
            )
        );
        out
    }
}

/// "the argument '--x' cannot be used with '--y'", or "... multiple times".
fn conflict(
    error: &clap::error::Error<Localized>,
    lang: Lang,
    bad: &clap::builder::styling::Style,
) -> Option<String> {
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
fn values(list: Option<&ContextValue>, good: &clap::builder::styling::Style) -> Option<String> {
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
