# The comments of the blank answers file that `template` writes (src/answers/template.rs).
# Only the comments are translated: keys and values (level = 2, "n/a", "high"...) reach the
# messages as variables and stay as they are, so a template in any language still loads.
# The tool wraps each message at 78 columns.

# The first line. $title is the questionnaire's title, $id its id, $version its version.
tmpl-header = icso-assess answers file for "{ $title }" (questionnaire { $id }, version { $version }).
# $comment is "# " and $level is "level = ", both in quotes.
tmpl-fill-in = Fill it in with any text editor, or send it round by email. For each question below, remove the { $comment } in front of { $level } and write one of:
# Beside `level = 2`.
tmpl-level = a level from { $low } to { $high }; the lines above the question say what each level means for it
# Beside `level = "n/a"`; $reason is `reason = "..."`.
tmpl-na = the question does not apply to you; then add a line { $reason } saying why
# Beside `level = "unknown"`.
tmpl-unknown = you do not know: something to find out
tmpl-optional = and, if you like, any of these lines under it:
# Beside `importance = "high"`; $low, $medium and $high are the values to write.
tmpl-importance = { $low }, { $medium } or { $high }: how much it matters to you (else the profile below decides, or { $medium })
# Beside `target = 4`; $from and $high are levels, $target the level aimed for by default.
tmpl-target = the level you aim for, { $from } to { $high } (else { $target })
# Beside `note = "..."`.
tmpl-note = anything worth remembering
# Beside `evidence = ["..."]`; the examples in quotes may be translated.
tmpl-evidence = what shows a level: documents, links or meetings, like ["Board minutes, March 2026", "Staff handbook"]
# $validate and $report are commands.
tmpl-closing = Text goes in double quotes. Leave a question as it is to skip it: a partly filled file is fine. Check it with `{ $validate }`, and see the results with `{ $report }`.
# Comments at the end of a line of the file: keep each short.
tmpl-organisation = your organisation's name
tmpl-respondent = who answers: a person, a team or an office
tmpl-date = the day of these answers, as YYYY-MM-DD
# $comment is "# " in quotes.
tmpl-profile = Profile: about your organisation. It sets how much some questions matter. Remove the { $comment } in front of a line and write the id of one option in quotes.
# What a level means for one question: $name is the level's name, $description what it means.
tmpl-level-line = { $name }: { $description }
