# The form for KoboToolbox and ODK (src/answers/xlsform.rs, `export xlsform`): the words of the
# form around the questionnaire's own text. One form holds every language of the tool, each
# language's labels written with its messages.

# The form's title in its file properties; $title is the questionnaire's title.
form-doc-title = icso-assess form: { $title }
form-organisation = Your organisation's name
form-respondent = Who answers: a person, a team or an office
# The heading of the group of profile questions.
form-profile-group = About your organisation
# The heading of a group of questions whose area is not known.
form-other-questions = Other questions
# Asked when a question is answered "not applicable".
form-reason = Why does it not apply to you?
form-importance = How much does it matter to you? (optional)
form-note = A note (optional)
# A level among a question's choices: $level is its number, $name its name ("Established"),
# $description what it means for this question.
form-level-choice = { $level } – { $name }: { $description }
form-not-applicable = Not applicable to us
form-dont-know = Don't know
# The choices of how much a question matters.
form-importance-low = Low
form-importance-medium = Medium
form-importance-high = High
