# The printed workshop pack's words (src/document/wording/workshop.rs, `workshop pack`): the
# agenda, the overview, a sheet per disagreement, the questions to confirm, the priorities and
# the next steps. A group agrees one position from its members' answers, called "respondents".

## The header

# Above the organisation's name.
pack-kicker = Workshop pack
# The HTML page's title.
pack-title = Workshop pack: { $organisation }
pack-respondents = Respondents
# Before one reference (a document, a link) of an answer's evidence on a sheet.
pack-evidence-label = Evidence:{" "}
pack-answers-dated = Answers dated
# Labels of lines to write on by hand.
pack-workshop-date-line = Date of the workshop
pack-facilitator-line = Facilitator
pack-note-taker-line = Who records the agreed answers
# The first and last dates of the answers (YYYY-MM-DD).
pack-dated = { $first } to { $last }

## The agenda

pack-agenda = Agenda
pack-agenda-intro = The group agrees one position from the individual answers, and spends its time where they differ.
# The agenda's five parts, also headings further on.
pack-overview = Overview
pack-disagreements = Disagreements
pack-confirmation = Confirmation
pack-priorities = Priorities
pack-next-steps = Next steps
pack-overview-agenda = Where the answers stand: how many answered, how much, and where they agree.
# $count questions have levels that differ by $spread (a number of levels) or more.
pack-disagreements-agenda = { $count ->
        [0] No question's levels differ by { $spread } or more: nothing to settle.
        [one] { $count } question on which the levels given differ by { $spread } or more, on a sheet of its own: agree a level and say why.
       *[other] { $count } questions on which the levels given differ by { $spread } or more, a sheet each, the highest priority first: agree a level for each and say why.
    }
pack-confirmation-agenda = { $count ->
        [0] No question to confirm: every one is discussed.
        [one] { $count } question whose levels are close, or that no one gave a level: confirm its combined answer, or reopen it.
       *[other] { $count } questions whose levels are close, or that no one gave a level: confirm their combined answers, or reopen one.
    }
pack-priorities-agenda = { $count ->
        [0] The combined answers have no gap to act on or plan now.
        [one] The top priority of the combined answers, with the guide's first step to discuss.
       *[other] The { $count } top priorities of the combined answers, with the guide's first steps to discuss.
    }
pack-next-steps-agenda = Who records the agreed answers, and who does what by when.

## The overview

pack-coverage-label = Answers given
pack-combined-readiness = Combined readiness
pack-to-discuss-label = To discuss
pack-to-confirm-label = To confirm
pack-scale-label = Scale
# $answers answers in all ($questions questions times the respondents), then how many of them
# are levels, not applicable, don't know, and unanswered.
pack-coverage = { $answers } answers to { $questions } questions: { $levels } levels, { $na } not applicable, { $unknown } don't know, { $unanswered } unanswered
pack-to-discuss = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } (levels differ by { $spread } or more)
pack-to-confirm = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } (levels closer than that, or none given)
pack-anonymous = Respondents are not named in this pack: each sheet counts the levels chosen and quotes the notes left, without saying whose they are.
# Before the list of respondents' names.
pack-named = Respondents are named in this pack, beside the levels they chose and the notes they left:

## A disagreement's sheet

pack-sheet-kicker = Disagreement { $n } of { $of }
pack-levels-given-label = Levels given
pack-combined-level-label = Combined level (lower median)
# $level is a level ("1 Ad hoc"), $band what its gap asks for ("act now", "plan", "later").
pack-combined-level = { $level }, priority: { $band }
# The lowest and highest levels given, and how far apart they are.
pack-levels-given = { $min } to { $max } (spread { $spread })
# The columns of the table of levels.
pack-what-it-looks-like = What it looks like
pack-chosen-by-column = Chosen by
# Between the names of respondents who chose a level.
pack-chosen-by-join = {"; "}
# Rows after the levels, and labels of notes.
pack-not-applicable-row = Not applicable
pack-dont-know-row = Don't know
pack-unanswered-row = Not answered
pack-what-they-wrote = What respondents wrote
pack-no-notes = No respondent left a note on this question.
# An anonymous note's label: $level is a number, $name the level's name.
pack-level-label = Level { $level } { $name }
# A named note's label: $who the respondent, $label pack-level-label (or a row's words) with its
# first letter made small.
pack-named-label = { $who }, { $label }
# A note after its label ($label is in bold).
pack-note-line = { $label }: { $note }
# Under a not-applicable answer's reason, its note.
pack-note-label = Note:{" "}
pack-more-notes = { $count ->
        [one] { $count } more note is not shown here.
       *[other] { $count } more notes are not shown here.
    }
# Where the group writes its answer: boxes to tick and lines to write on.
pack-agreed = Agreed position
pack-justification-line = Why this level: the reasons, and the evidence that shows it
pack-follow-up-line = To find out or do (what, who, by when)

## The questions to confirm

pack-confirm-heading = Questions that agree
pack-confirm-intro = The levels given to these questions differ by less than { $spread }, or none was given: the combined level (the lower median) stands unless the group reopens it. Tick one box a row.
pack-nothing-to-confirm = Every question is on a sheet of its own: nothing to confirm.
# Columns: the two last are boxes to tick.
pack-confirm-column = Confirm
pack-reopen-column = Reopen
pack-combined-column = Combined
# The levels given to a question: the lowest and the highest, then how many said not
# applicable and don't know.
pack-levels-range = { $low } to { $high }
pack-levels-na = { $count } n/a
pack-levels-unknown = { $count } don't know

## The priorities

pack-priorities-heading = Top priorities
pack-priorities-intro = From the combined answers as they stand before the workshop: the levels agreed above may change them. The guide's first step for each is a prompt to discuss: adapt it, or choose another.
pack-no-priorities = No gap of the combined answers needs action now: every answered question is at or near its target.
pack-first-step-label = First step from the guide:{" "}
pack-our-step-line = Our first step: what, who, by when
# $area is the recommendation's area, $now and $target levels ("1 Ad hoc"), $band what the gap
# asks for ("act now").
pack-priority-levels = { $area } · now { $now }, target { $target }: { $band }.

## The next steps

# $assess and $report are commands, shown as code.
pack-record-agreed = Record the agreed levels, reasons and notes in one answers file, with { $assess }; then { $report } makes the group's report.
pack-actions-line = Actions agreed (what, who, by when)
pack-next-meeting-line = Next meeting

## The page footer, after the catalogue's fingerprint

# $id and $version name the questionnaire; $guide is the guide's title as published.
pack-footer = {" "}· questionnaire { $id } version { $version } · from the answers of { $respondents } respondents · made with icso-assess from the guide “{ $guide }”.
