//! `--help` in the interface's language. The help is written in English as clap's doc comments
//! (which the English help shows exactly as clap makes it); for another language the built
//! command is walked and each text replaced by its message in `translations/<lang>/cli.ftl`,
//! named after the command and the argument: `cli-about`, `cli-report-about`,
//! `cli-report-arg-format`, `cli-plan-show-arg-today`, or `cli-arg-ID` for an argument every
//! command shares (`--data`, `--encrypt-to`, `--help`). A text without a message stays English.
//!
//! clap's own words are replaced where clap lets them be: the "Usage:" heading (a help
//! template), the "Commands", "Arguments" and "Options" headings (every argument is given its
//! heading), and the `[default: ...]` and `[possible values: ...]` notes (hidden, and written
//! into the help text). `[OPTIONS]` in the usage line stays as clap writes it; clap's errors are
//! put in the language by [`super::errors`].

use crate::i18n::Lang;
use clap::builder::StyledStr;
use clap::{Arg, Command};

/// The command with its help in `lang`.
pub fn localized(mut command: Command, lang: Lang) -> Command {
    // Built first, so that the arguments every command shares have been copied into each
    // command, and `--help` and `--version` exist to be translated.
    command.build();
    walk(command, "", lang)
}

/// The message `id` in `lang`, when there is one.
fn message(lang: Lang, id: &str) -> Option<String> {
    let text = lang.text(id);
    let missing = text == id || text == format!("[{id}]");
    (!missing).then_some(text)
}

/// [`message`] for a heading, which clap keeps as a `&'static str`: each is made once.
fn heading(lang: Lang, id: &'static str) -> Option<&'static str> {
    message(lang, id).map(|_| lang.static_text(id))
}

/// `cmd` (whose messages are named after `path`: "" for the tool, "plan-show") translated, and
/// its subcommands with it.
fn walk(mut cmd: Command, path: &str, lang: Lang) -> Command {
    let name = cmd.get_name().to_owned();
    let own = own_prefix(&name, path);
    if cmd.get_about().is_some()
        && let Some(about) = message(lang, &format!("{own}-about"))
    {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some()
        && let Some(about) = message(lang, &format!("{own}-long-about"))
    {
        cmd = cmd.long_about(about);
    }
    if cmd.get_after_help().is_some()
        && let Some(after) = message(lang, &format!("{own}-after-help"))
    {
        cmd = cmd.after_help(after);
    }
    if let Some(commands) = heading(lang, "cli-heading-commands") {
        cmd = cmd.subcommand_help_heading(commands);
    }
    if cmd.has_subcommands()
        && let Some(value) = value_name(lang, "COMMAND")
    {
        cmd = cmd.subcommand_value_name(value);
    }
    if cmd.get_arguments().next().is_some() || cmd.has_subcommands() {
        let template = template(&cmd, lang);
        cmd = cmd.help_template(template);
    }
    // The built-in `--help` says more with `--help` when some text has a longer form.
    let long = cmd
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
    cmd = cmd.mut_args(|arg| translate_arg(arg, &own, long, lang));
    for sub in cmd.get_subcommands_mut() {
        let child = child_path(&name, path, sub.get_name());
        *sub = walk(std::mem::take(sub), &child, lang);
    }
    cmd
}

/// The prefix of the messages of the command `name` at `path`: `cli`, `cli-plan-show`; the
/// `help` commands share `cli-help`.
fn own_prefix(name: &str, path: &str) -> String {
    if path.is_empty() {
        "cli".to_owned()
    } else if name == "help" {
        "cli-help".to_owned()
    } else {
        format!("cli-{path}")
    }
}

/// The path of the subcommand `child` of the command `name` at `path`. The subcommands of a
/// `help` command stand for the commands beside it, whose texts they repeat: `help report` is
/// `report`, `plan help show` is `plan-show`.
fn child_path(name: &str, path: &str, child: &str) -> String {
    let base = if name == "help" {
        path.strip_suffix("help")
            .map_or(path, |p| p.trim_end_matches('-'))
    } else {
        path
    };
    if base.is_empty() {
        child.to_owned()
    } else {
        format!("{base}-{child}")
    }
}

/// The messages an argument's help may come from, in order: the command's own, then the one
/// every command shares; and the same for its long help.
fn arg_ids(prefix: &str, arg: &Arg) -> ([String; 2], [String; 2]) {
    let id = arg.get_id().as_str().replace('_', "-");
    if id == "help" {
        let short = if arg.get_long_help().is_some() {
            "cli-arg-help-summary"
        } else {
            "cli-arg-help"
        };
        let both = |s: &str| [s.to_owned(), s.to_owned()];
        return (both(short), both("cli-arg-help-long"));
    }
    (
        [format!("{prefix}-arg-{id}"), format!("cli-arg-{id}")],
        [
            format!("{prefix}-arg-{id}-long"),
            format!("cli-arg-{id}-long"),
        ],
    )
}

/// The default help template with the "Usage:" heading in `lang`, styled as clap styles it.
fn template(cmd: &Command, lang: Lang) -> StyledStr {
    let usage = cmd.get_styles().get_usage();
    let heading = message(lang, "cli-heading-usage").unwrap_or_else(|| "Usage:".to_owned());
    StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{}{heading}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        usage.render_reset()
    ))
}

/// One argument of the command whose messages start with `prefix`: its help, its heading, and
/// its default and possible values, in `lang`. `long` says whether the command has a long help
/// (`--help` then sets the notes of values on lines of their own, as clap does).
fn translate_arg(mut arg: Arg, prefix: &str, long: bool, lang: Lang) -> Arg {
    let ([own, shared], [own_long, shared_long]) = arg_ids(prefix, &arg);
    let help = message(lang, &own).or_else(|| message(lang, &shared));
    let long_help = arg
        .get_long_help()
        .and_then(|_| message(lang, &own_long).or_else(|| message(lang, &shared_long)));
    let title = match arg.get_help_heading() {
        Some("Encryption") => heading(lang, "cli-heading-encryption"),
        Some(_) => None,
        None if arg.is_positional() => heading(lang, "cli-heading-arguments"),
        None => heading(lang, "cli-heading-options"),
    };
    if let Some(title) = title {
        // A section of its own lists arguments by their display order, where clap's
        // "Arguments" lists them by position: the position is their order.
        if let Some(index) = arg.get_index().filter(|_| arg.is_positional()) {
            arg = arg.display_order(index);
        }
        arg = arg.help_heading(title);
    }
    let names = value_names(&arg);
    let translated: Vec<&'static str> = names.iter().filter_map(|n| value_name(lang, n)).collect();
    if !names.is_empty() && translated.len() == names.len() {
        arg = arg.value_names(translated);
    }
    let notes = notes(&arg, lang);
    if help.is_none() && long_help.is_none() && notes.is_empty() {
        return arg;
    }
    let short = help.or_else(|| arg.get_help().map(|h| h.to_string()));
    let full = long_help.or_else(|| arg.get_long_help().map(|h| h.to_string()));
    if !notes.is_empty() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    let with_notes = |text: Option<String>, long: bool| -> String {
        let text = text.unwrap_or_default();
        match (text.is_empty(), notes.is_empty(), long) {
            (_, true, _) => text,
            (true, false, false) => notes.join(" "),
            (true, false, true) => notes.join("\n"),
            (false, false, false) => format!("{text} {}", notes.join(" ")),
            (false, false, true) => format!("{text}\n\n{}", notes.join("\n")),
        }
    };
    if long || full.is_some() {
        let full = full.or_else(|| short.clone());
        arg = arg.long_help(with_notes(full, true));
    }
    arg.help(with_notes(short, false))
}

/// The placeholders of an argument's values, as the help shows them (`FILE` in `--answers
/// <FILE>`): its value names, or for a positional argument without any, its id in capitals.
fn value_names(arg: &Arg) -> Vec<String> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.as_str().to_owned()).collect(),
        None if arg.is_positional() => vec![arg.get_id().as_str().to_uppercase()],
        None => Vec::new(),
    }
}

/// The message id of the placeholder `name`: `cli-value-file` for FILE.
fn value_id(name: &str) -> String {
    format!("cli-value-{}", name.to_lowercase())
}

/// The placeholder `name` in `lang` (FICHIER for FILE), made once: clap keeps it as a
/// `&'static str`.
fn value_name(lang: Lang, name: &str) -> Option<&'static str> {
    static MADE: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, &'static str>>,
    > = std::sync::OnceLock::new();
    let text = message(lang, &value_id(name))?;
    // The pseudo-locale's brackets mark sentences; a placeholder already has its own `<>`.
    let text = if lang.is_pseudo() {
        text.trim_matches(['[', ']']).to_owned()
    } else {
        text
    };
    let mut made = MADE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    Some(
        made.entry(text)
            .or_insert_with_key(|t| Box::leak(t.clone().into_boxed_str())),
    )
}

/// What clap adds after an argument's help, in `lang`: `[default: auto]`, `[possible values:
/// auto, always, never]`. Empty when there is nothing to add, or no message to say it with.
fn notes(arg: &Arg, lang: Lang) -> Vec<String> {
    let (Some(_), Some(_)) = (
        message(lang, "cli-note-default"),
        message(lang, "cli-note-possible-values"),
    ) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| quoted(&v.to_string_lossy()))
            .collect();
        notes.push(lang.format("cli-note-default", Some(&args("values", values.join(" ")))));
    }
    if !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| quoted(v.get_name()))
            .collect();
        if !values.is_empty() {
            notes.push(lang.format(
                "cli-note-possible-values",
                Some(&args("values", values.join(", "))),
            ));
        }
    }
    notes
}

fn args(name: &'static str, value: String) -> crate::i18n::Args {
    let mut args = crate::i18n::Args::new();
    args.set(name, value);
    args
}

/// A value as clap shows it: in quotes when it holds a space.
fn quoted(value: &str) -> String {
    if value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::assert_contains;
    use clap::CommandFactory;
    use std::collections::BTreeSet;

    /// The first of `ids` that English has, with its text; `None` when it has none.
    fn english(ids: &[String]) -> Option<(String, String)> {
        ids.iter()
            .find_map(|id| message(Lang::EN, id).map(|text| (id.clone(), text)))
    }

    /// Every text of `cmd` and its subcommands has an English message saying exactly what the
    /// doc comment says; `used` collects the messages.
    fn check(cmd: &Command, path: &str, used: &mut BTreeSet<String>, wrong: &mut Vec<String>) {
        let own = own_prefix(cmd.get_name(), path);
        let mut expect = |ids: &[String], clap: Option<String>| {
            let Some(clap) = clap else { return };
            match english(ids) {
                Some((id, text)) if text == clap => {
                    used.insert(id);
                }
                Some((id, text)) => wrong.push(format!("{id}: {text:?} is not {clap:?}")),
                None => wrong.push(format!("none of {ids:?} says {clap:?}")),
            }
        };
        let text = |s: Option<&StyledStr>| s.map(ToString::to_string);
        expect(&[format!("{own}-about")], text(cmd.get_about()));
        expect(&[format!("{own}-long-about")], text(cmd.get_long_about()));
        expect(&[format!("{own}-after-help")], text(cmd.get_after_help()));
        for arg in cmd.get_arguments() {
            let (short, long) = arg_ids(&own, arg);
            expect(&short, text(arg.get_help()));
            expect(&long, text(arg.get_long_help()));
            for name in value_names(arg) {
                expect(&[value_id(&name)], Some(name.clone()));
            }
        }
        if cmd.has_subcommands() {
            expect(&[value_id("COMMAND")], Some("COMMAND".to_owned()));
        }
        for sub in cmd.get_subcommands() {
            check(
                sub,
                &child_path(cmd.get_name(), path, sub.get_name()),
                used,
                wrong,
            );
        }
    }

    #[test]
    fn the_english_messages_say_what_the_doc_comments_say_and_name_real_texts() {
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let mut used = BTreeSet::new();
        let mut wrong = Vec::new();
        check(&cmd, "", &mut used, &mut wrong);
        assert!(wrong.is_empty(), "translations/en/cli.ftl: {wrong:#?}");
        // clap's own words, which no doc comment writes.
        for id in [
            "cli-heading-usage",
            "cli-heading-commands",
            "cli-heading-arguments",
            "cli-heading-options",
            "cli-heading-encryption",
            "cli-note-default",
            "cli-note-possible-values",
        ] {
            used.insert(id.to_owned());
        }
        let ftl = include_str!("../../translations/en/cli.ftl");
        let unused: Vec<&str> = ftl
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| {
                id.starts_with("cli-") && !id.starts_with("cli-error-") && !used.contains(*id)
            })
            .collect();
        assert!(
            unused.is_empty(),
            "messages for no text of the help: {unused:?}"
        );
    }

    #[test]
    fn help_in_another_language_replaces_every_text_and_keeps_english_as_it_is() {
        let fr = Lang::find("fr").expect("French");
        let mut help = localized(crate::cli::Cli::command(), fr);
        let text = help.render_help().to_string();
        for english in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
            assert!(!text.contains(english), "{english} in {text}");
        }
        let mut report = help.find_subcommand_mut("report").expect("report").clone();
        let text = report.render_long_help().to_string();
        assert!(!text.contains("Encryption:"), "{text}");
        let mut english = crate::cli::Cli::command();
        let untouched = english.render_help().to_string();
        assert_contains(&untouched, &["Usage: icso-assess"]);
    }
}
