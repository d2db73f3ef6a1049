# The workshop in a terminal: its screens (src/workshop.rs) and what `workshop` prints around
# them (src/commands/workshop.rs). The keys it shares with the assessment are in assess.ftl.

## The screens (src/workshop.rs).

# $n counts from 1; $bar is a progress bar of blocks.
ws-disagreement-heading = Disagreement { $n } of { $total }  { $bar }
ws-heading = Workshop: { $organisation }
ws-unnamed = (organisation not named)
ws-respondents =
    { $count ->
        [one] { $count } respondent
       *[other] { $count } respondents
    }
ws-coverage = Coverage: { $answered } of { $total } questions were answered by at least one respondent.
# $within is one less than $spread, the spread from which a question is discussed.
ws-agreeing =
    { $count ->
        [one] { $count } question agrees
       *[other] { $count } questions agree
    }: their levels are within { $within } of each other, so they take the combined level (the lower median), to confirm at the end.
ws-to-discuss =
    { $count ->
        [one] { $count } question needs
       *[other] { $count } questions need
    } discussion: their levels spread by { $spread } or more. One screen each, most urgent first.
ws-named = Named: each screen shows who chose what.
ws-anonymous = Anonymous: each screen shows how many chose each level and their notes, not who; notes are shown as written and may still say who wrote them.
ws-start =
    Start: discuss the { $count ->
        [one] { $count } disagreement
       *[other] { $count } disagreements
    }
# $n counts from 1; $agreed is how many are agreed already.
ws-continue = Continue at disagreement { $n } of { $total } ({ $agreed } agreed so far)
ws-from-first = Go through the disagreements from the first
ws-confirm-rest =
    Confirm the { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } without disagreement
ws-again = Go through the disagreements again
ws-finish = Finish: everything is decided
ws-where-to-start = Where do you want to start?
ws-overview-help = ↑↓ choose · Enter · Ctrl-C stop (saved after every step)
ws-justification = Why does the group agree on this level? (required)
ws-justification-help = Enter to save · Esc back to the level
ws-justification-required = A justification is required: say in a sentence why the group agrees (or press Esc to go back).
ws-evidence = What shows it? (optional: documents, links or meetings, separated by ;)
ws-evidence-help = Enter to save · Esc back to the justification
ws-confirmation = Confirmation
ws-without-disagreement =
    { $count ->
        [one] { $count } question without disagreement
       *[other] { $count } questions without disagreement
    }
# Shown after its key.
ws-accept-all = Accept every combined level below ({ $count })
# $state is a level ("3 Established"), "not applicable" or "don't know".
ws-agreed-state = agreed { $state }
ws-confirm-context = Each took the combined level of the respondents' answers (the lower median). Accept them all, or open one to discuss it and agree another level.
ws-confirm-question = Accept the combined levels?
# $accept is the key prompt-key-accept.
ws-confirm-help = { $accept } accept all · ↑↓ and Enter open one · Esc back · Ctrl-C stop
# $id is a question's id.
ws-opened = Confirmation: opened { $id }
# In the accessible mode, beside a level: $label is the level, $count how many chose it.
ws-chose-this = { $label } ({ $count } chose this)
ws-more-notes = ({ $count } more: press ? to read them all)
# $question is the question's text.
ws-agreed-level = Agreed level? { $question }
# $na and $dk are the keys of "not applicable" and "don't know".
ws-level-help = 0-4 level · { $na } not applicable · { $dk } don't know · ? every note · Esc back · Ctrl-C stop
ws-because = not applicable because { $reason }
ws-evidence-said = Evidence: { $evidence }.
# The pieces of ws-of-respondents; $low and $high are levels.
ws-gave-range = { $count } gave a level, from { $low } to { $high }
ws-gave-level = { $count } gave level { $low }
ws-gave-none = no one gave a level
ws-count-na = { $count } not applicable
ws-count-dk = { $count } don't know
ws-count-unanswered = { $count } did not answer
# $parts are the pieces above, separated by semicolons.
ws-of-respondents = Of { $count } respondents: { $parts }.
ws-state-na = not applicable
ws-state-dk = don't know
ws-state-unanswered = not answered

## Around the screens (src/commands/workshop.rs).

ws-spread-zero = --spread 0 would discuss every question; use 1 or more (the default is 2)
ws-role-respondent = one of the respondents' answers files
ws-role-consensus = the consensus file
ws-warning = warning: { $message }
# $command prints the pack.
ws-no-terminal = the workshop is interactive and needs a terminal; to prepare a printed pack for the room instead, run `{ $command }`
# What another session is told holds the file: $time is HH:MM.
ws-lock-started = workshop started { $time } UTC
# Two lines; $command resumes the session.
ws-stopped-saved =
    Stopped. What was agreed is saved in { $file }.
    Resume with: { $command }
ws-saved-after-every = The consensus is saved to { $file } after every question. Stop any time with Ctrl-C and resume with the same command.
ws-not-consensus = { $file } is an answers file, not a workshop's consensus file, so it was left as it is; choose another file with -o (the default is { $default })
ws-other-questionnaire = { $file } holds a workshop on the { $found } questionnaire, but these respondents answered { $asked }; choose another file with -o
# Two lines; $command resumes the session.
ws-stopped =
    Stopped. { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } agreed so far, saved in { $file }.
    Resume with: { $command }
ws-finished =
    The workshop's consensus is in { $file }: { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } agreed in discussion, { $rest } at the combined level of the respondents' answers.
# $command makes the report.
ws-next = Next: { $command }
