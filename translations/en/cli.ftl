# The command line's help (`--help`), in English as the doc comments of src/cli.rs write it (a
# test checks that they match). Messages are named after the command and the argument:
# cli-report-about is what `report` does, cli-report-arg-format what its --format means;
# cli-arg-NAME is shared by every command that has the argument and no message of its own.
# Option names (--data), values (table, auto), placeholders in capitals (FILE, DIR, N) and
# commands in backquotes are typed as they are: keep them in English.

## clap's own words

# The headings of the help's sections; each is followed by a colon, except Usage, which has its own.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-encryption = Encryption
# After an argument's help. $values are the values, as typed.
cli-note-default = {"["}default: { $values }]
cli-note-possible-values = {"["}possible values: { $values }]
cli-arg-help = Print help
# When a longer help exists (`--help`), beside -h.
cli-arg-help-summary = Print help (see more with '--help')
cli-arg-help-long = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)

## The tool, and the options every command takes

cli-about = Self-assessment of an NGO's readiness for China's global rise, built on the International Civil Society Centre's 48 recommendations for ICSOs
cli-after-help =
    Run without a command in a terminal to start (or resume) the assessment.
    Exit codes: 0 ok, 1 findings or a failed check, 2 usage or runtime error, 130 interrupted.
cli-arg-data = Read DIR/recommendations/*.yaml and DIR/questionnaires/*.yaml instead of the built-in data
cli-arg-color = When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)
cli-arg-plain = Output for screen readers: no tables, bars or colour, one fact per line
cli-arg-identity = Open encrypted (.age) files with the age identity in FILE, as `key new` or age-keygen write it; repeatable [default: the file ICSO_ASSESS_IDENTITY names]
cli-arg-lang = The language of screens and reports: en, fr or es [default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else English]. Answers files are the same in every language
cli-arg-encrypt-to = Encrypt what is written to this age recipient (age1..., as `key new` prints it); repeatable. The file must end in .age, as in -o report.html.age
cli-arg-recipients-file = Encrypt to each recipient in FILE (one a line, # comments, as age reads it)
cli-arg-passphrase = Encrypt with a passphrase instead, asked twice on the terminal
cli-arg-output = Write to FILE instead of standard output (- for standard output)
cli-arg-format = Output format [default: from the -o file's extension, else table]
cli-arg-top = How many gaps the summary names as what matters now (high and medium bands only)
cli-arg-files = Answers files of one questionnaire, or folders of them (their *.toml files, by name)
cli-arg-questionnaire = Which questionnaire (quick or full)
cli-arg-plan = The plan file (TOML)

## The commands

cli-assess-about = Run or resume the interactive self-assessment (the default in a terminal)
cli-assess-arg-questionnaire = Which questionnaire for a new assessment (quick or full); asked if not given
cli-assess-arg-file = The answers file to create or resume
cli-assess-arg-review = Walk through every answer again, pre-filled

cli-report-about = Gap report from an answers file, on screen or exported
cli-report-arg-answers = The answers file (TOML) to report on [default: assessment.toml in this folder]

cli-compare-about = Progress between two assessments of the same organisation
cli-compare-arg-before = The earlier answers file (TOML)
cli-compare-arg-after = The later answers file (TOML); may answer another questionnaire
cli-compare-arg-plan = Follow up the action plan in FILE (from `plan -o`): each action against the levels

cli-aggregate-about = Combine several respondents' answers into one report, with where they disagree
cli-aggregate-arg-files = Answers files of one questionnaire, or folders of them (their *.toml, *.xlsx and encrypted *.toml.age, *.xlsx.age files, by name)
cli-aggregate-arg-save-combined = Also save the combined answers as an answers file, to report on or compare later
cli-aggregate-arg-anonymise = Name respondents Respondent A, B... in an order drawn at random, never by name or file; notes and evidence are shown as written

cli-plan-about = Draft, update, show and export an action plan (CSV, Asana, Jira, iCalendar)
cli-plan-long-about =
    Draft, update, show and export an action plan (CSV, Asana, Jira, iCalendar)

    Without a command: draft a plan from the gaps of an assessment (-o), or bring one up to date after the next assessment (--update).
cli-plan-arg-answers = The answers file (TOML or workbook) [default: assessment.toml in this folder]
cli-plan-arg-output = Draft a new plan to FILE (never over an existing file)
cli-plan-arg-update = Update the plan in FILE: add actions for new gaps, mark closed ones, keep every edit
cli-plan-show-about = The plan by phase and status: a summary, then a table per phase with what is overdue
cli-plan-show-arg-today = The day to measure "overdue" against [default: today's date]
cli-plan-export-about = The plan for another tool: a CSV of every field, Asana's or Jira's CSV import, or an iCalendar file of the due dates
cli-plan-export-arg-format = What to write

cli-template-about = Write a blank answers file to fill in by hand: commented text, a workbook, or a questionnaire to print
cli-template-arg-output = Write to FILE instead of standard output (never overwrites)
cli-template-arg-format = toml (a text file), xlsx (a workbook for Excel, LibreOffice or Google Sheets) or html (a questionnaire to print, with boxes to tick); default: from the extension of -o, else toml

cli-workshop-about = Walk a group through its disagreements to an agreed position; `workshop pack` prints the facilitator's pack
cli-workshop-arg-spread = Discuss the questions whose levels spread (highest minus lowest) by N or more
cli-workshop-arg-named = Show who gave which answer (anonymous otherwise)
cli-workshop-arg-output = The consensus file to write, or to resume if it exists
cli-workshop-pack-about = A pack to print for a facilitated workshop: the agenda, a sheet per disagreement with room to write the agreed level and why, the questions to confirm, the top priorities
cli-workshop-pack-arg-output = The pack to write: .html (to print) or .docx (Word)
cli-workshop-pack-arg-format = html or docx [default: from the -o file's extension]
cli-workshop-pack-arg-spread = Give a sheet to the questions whose levels spread (highest minus lowest) by N or more
cli-workshop-pack-arg-named = Name respondents beside their levels and notes (anonymous otherwise)

cli-export-about = Write a questionnaire for another tool: an XLSForm for KoboToolbox and ODK
cli-export-xlsform-about = An XLSForm (survey, choices, settings) to upload to KoboToolbox or ODK Central
cli-export-xlsform-arg-output = The form to write (.xlsx)
cli-export-xlsform-arg-force = Replace FILE if it exists

cli-import-about = Turn a KoboToolbox or ODK export of the form into one answers file per submission
cli-import-arg-platform = Where the export comes from
cli-import-arg-export = The export: CSV (with XML values and headers) or .xlsx
cli-import-arg-output = The folder to write the answers files into (created if needed)
cli-import-arg-questionnaire = Which questionnaire the form asked (quick or full); default: the one whose questions the columns name
cli-import-arg-force = Replace answers files of the same name instead of numbering new ones

cli-convert-about = Turn a filled workbook into an answers text file, or an answers file into a workbook
cli-convert-arg-input = The answers file or workbook to read (.toml or .xlsx)
cli-convert-arg-output = The file to write: its extension (.toml or .xlsx, before .age when encrypted) says which (never overwrites)

cli-key-about = An age identity for receiving encrypted answers and reports: `key new -o FILE`
cli-key-new-about = A new age identity in FILE (private, never over an existing file); prints its recipient (age1...), which those who send you encrypted files need
cli-key-new-arg-output = The identity file to write
cli-key-public-about = Print the recipient of each identity in FILE, to give to those who send you files
cli-key-public-arg-file = An identity file, from `key new` or age-keygen

cli-list-about = List the recommendations, optionally filtered
cli-list-arg-part = Only part 01, 02 or 03
cli-list-arg-area = Only one area (e.g. strategy, communications, technology)
cli-list-arg-subtheme = Only one sub-theme of part 03 (3.1 to 3.4)
cli-list-arg-key = Only those feeding a key recommendation (K1 to K7)
cli-list-arg-tag = Only those with a tag (e.g. climate, human-rights)
cli-list-arg-format = Output format

cli-show-about = Show one recommendation in full (by id, e.g. R23, or number, e.g. 23)
cli-show-arg-id = Recommendation id or number

cli-init-data-about = Write a copy of the built-in data to DIR, to adapt and use with --data DIR
cli-init-data-arg-dir = Folder to create (must not exist, or be empty)
cli-schema-about = Print the JSON Schema (draft-07) of a file format
cli-completions-about = Print a shell completion script
cli-man-about = Print the man page (roff)

cli-validate-about = Check the recommendation and questionnaire data files
cli-validate-arg-format = Output format
cli-validate-arg-strict = Fail on warnings as well as errors
cli-validate-arg-answers = Also check these answers files against their questionnaire

## The placeholders of values (--answers <FILE>), in capitals. The help's texts name them: use
## the same words there.

cli-value-command = COMMAND
cli-value-file = FILE
cli-value-dir = DIR
cli-value-when = WHEN
cli-value-lang = LANG
cli-value-id = ID
cli-value-path = PATH
cli-value-format = FORMAT
cli-value-n = N
cli-value-before = BEFORE
cli-value-after = AFTER
cli-value-recipient = RECIPIENT
cli-value-part = PART
cli-value-area = AREA
cli-value-subtheme = SUBTHEME
cli-value-key = KEY
cli-value-tag = TAG
cli-value-plan = PLAN
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-platform = PLATFORM
cli-value-export = EXPORT
cli-value-input = INPUT
cli-value-kind = KIND
cli-value-shell = SHELL

## clap's errors (a wrong option or value on the command line). $arg is an option or argument
## as typed (--format <FORMAT>), $value a value, $name a command; they are shown in quotes.

cli-error-prefix = error:
cli-error-more = For more information, try '{ $flag }'.
cli-error-tip = tip:
# $what is subcommand, argument or value; $count how many names $names lists (each in quotes).
cli-error-similar = { $count ->
        [one] a similar { $what } exists: { $names }
       *[other] some similar { $what }s exist: { $names }
    }
cli-error-unknown = unknown cause
cli-error-used-twice = the argument '{ $arg }' cannot be used multiple times
# Followed by the other argument, in quotes, or a list of them.
cli-error-conflict = the argument '{ $arg }' cannot be used with
cli-error-subcommand-conflict = the subcommand '{ $arg }' cannot be used with
cli-error-conflict-others = one or more of the other specified arguments
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
# After cli-error-invalid-value: why the value is refused.
cli-error-because = : { $reason }
cli-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-error-missing-arguments = the following required arguments were not provided:
cli-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-error-subcommands = {"["}subcommands: { $values }]
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
# $wanted values are needed; $given were given.
cli-error-number-of-values = { $wanted } values required for '{ $arg }' but { $given } { $given ->
        [one] was provided
       *[other] were provided
    }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
