# The gap report's words (src/document/wording/report.rs), in the order the report shows them.
# "Screen" means the terminal, "spoken" the screen-reader layout (--plain), "page" Markdown and
# HTML, "html" the HTML page (and Word) alone. Numbers and percentages arrive already written.

## The summary: what a leader reads first.

report-summary = Summary
report-readiness-not-scored = Overall readiness: not scored yet, since no question is answered.
# $score is a whole percentage ("59%").
report-readiness-score = Overall readiness: { $score } of target.
# $score, $low and $high are whole percentages; $unknown how many answers were "don't know".
report-readiness-score-range = Overall readiness: { $score } of target, between { $low } and { $high } with { $unknown } don't-know { $unknown ->
        [one] answer
       *[other] answers
    }.
# After the readiness figures, by how far the organisation is: 90% and more,
report-verdict-nearly-there = The organisation is nearly where it aims to be.
# 60% and more,
report-verdict-well-on-the-way = The organisation is well on the way.
# 30% and more,
report-verdict-part-of-the-way = The organisation is part of the way there.
# below 30%.
report-verdict-at-the-start = The organisation is at the start.
report-coverage-summary = { $answered } of { $total } questions answered, { $na } not applicable, { $unknown } don't know.
# The combined answers of several respondents ($respondents, 2 or more). $spread is how many
# levels apart answers must be to count as a disagreement.
report-combined-agree = These are the combined answers of { $respondents } respondents; no question splits them by { $spread } levels or more.
# $disagreements is how many questions they disagree on (1 or more).
report-combined-disagree = These are the combined answers of { $respondents } respondents; they differ by { $spread } levels or more on { $disagreements } { $disagreements ->
        [one] question
       *[other] questions
    }, listed under "{ report-where-respondents-disagree }".
report-now-heading = What matters now
# Before the list of the gaps that matter now; $count is 1 or more.
report-now-intro = { $count ->
        [one] The one gap to act on or plan now, with a first step for this month:
       *[other] The { $count } gaps to act on or plan now, most urgent first, each with a first step for this month:
    }
# The summary when no gap is in the high or medium band.
report-nothing-now = No gap needs action now: every answered question is at its target, or its gap is small.
# The summary when nothing is answered.
report-nothing-answered-yet = No questions are answered yet, so there is nothing to prioritise.
# A priority's levels: "Now 1 Ad hoc, target 3 Established: act now." $band is one of the band
# words (act now, plan, later, no gap).
report-now-target = Now { $now }, target { $target }: { $band }.
# The parts of the list in report-what-follows-listed, each with how many.
report-follows-also-now = { $count } { $count ->
        [one] more gap to act on or plan
       *[other] more gaps to act on or plan
    }
report-follows-later = { $count } { $count ->
        [one] smaller gap for later
       *[other] smaller gaps for later
    }
report-follows-investigate = { $count } { $count ->
        [one] question to investigate
       *[other] questions to investigate
    }
report-follows-strengths = { $count } { $count ->
        [one] strength
       *[other] strengths
    }
# The summary's last line, when there is nothing to count.
report-what-follows-sections = Further on: readiness by area, every question by area, resources from the guide and how the scores were computed.
# The same with what else the report lists: "3 more gaps to act on or plan, 4 smaller gaps for
# later and 5 strengths".
report-what-follows-listed = Further on: { $listed }; readiness by area, every question by area, resources from the guide and how the scores were computed.
# The gaps beyond the summary's list.
report-also-now = More gaps to act on or plan
report-also-now-intro = Gaps in the same bands as those in the summary, after the ones listed there:
report-later = Later
report-later-intro = Smaller gaps: worth closing once the priorities above are under way.
report-no-later = No smaller gaps.
# After a gap's title: " (Belt and Road finance): now 1 Ad hoc, target 3 Established".
report-area-and-levels = {" "}({ $area }): now { $now }, target { $target }

## The title and header.

# The HTML page's kicker above the organisation's name.
report-kicker = China readiness report
report-profile-heading = Profile
report-profile-intro-html = How the organisation described itself; the profile sets how much each question matters unless an answer says otherwise.
report-title = China readiness report: { $organisation }
# The title read aloud.
report-title-spoken = China readiness report for { $organisation }.
# "Advocacy quick check, quick version 1.0".
report-questionnaire-spoken = { $title }, { $id } version { $version }

## Counts of answers, inside the sentences about coverage.

# "10 answered, 1 not applicable, 2 don't know, 3 unanswered" (of the questions).
report-counts = { $answered } answered, { $na } not applicable, { $unknown } don't know, { $unanswered } unanswered

## The respondents of combined answers (`aggregate`).

report-respondents = Respondents
# The answers file a respondent's answers came from.
report-file = File
report-coverage-column = Coverage
# Column heads: not applicable, don't know, unanswered.
report-na-column = N/A
report-dont-know-column = Don't know
report-unanswered-column = Unanswered
# Spoken and page: before the respondents.
report-respondents-intro = This report is of the combined answers. Each respondent's own readiness, from their answers alone:
# Screen: the same, and how to read the coverage column.
report-respondents-intro-screen = The report above and below is of the combined answers. Each respondent's own readiness, from their answers alone, and coverage: answered / not applicable / don't know / unanswered.
report-profile-intro = Profile of the combined answers (the most common answer to each profile question; a tie goes to the option listed first):
# After a percentage when don't-know answers leave a range: ", range 50.0-75.0%".
report-range-clause = , range { $range }
# After a respondent's name: ", file office.toml".
report-file-clause = , file { $file }
# Read aloud: a respondent, the file clause or nothing, their readiness, the range clause or
# nothing, and report-counts.
report-respondent-spoken = { $label }{ $file }: { $score }{ $range }; { $counts }.
# How an anonymised report names a respondent: "Respondent A"; $letters are one or two letters.
report-anonymous-respondent = Respondent { $letters }
# Who answered combined answers, in the report's header; $count is how many respondents.
report-combined-respondent = Combined: { $count } { $count ->
        [one] respondent
       *[other] respondents
    }
# After the respondents' intro in an anonymised report.
report-anonymised-intro = The respondents are not named: each has a letter, the same throughout this report, given in an order drawn at random. Their notes, evidence and reasons are shown as they wrote them.
# A profile question and its most common answer: "Which regions? Asia (3 of 4 answers)".
report-profile-choice = { $question } { $option } ({ $count } of { $answered } answers)
report-profile-unanswered = { $question } No respondent answered, so its rules do not apply.
report-profile-spoken = Profile: { $line }

## The areas.

# Markdown, when the questionnaire has no area.
report-no-area = This questionnaire asks about no area.
# Read aloud: "Area (Part 1): 62.5%; 3 of 4 applicable questions answered." $range is
# report-range-clause or nothing.
report-area-spoken = { $title } ({ $part }): { $score }{ $range }; { $answered } of { $applicable } applicable questions answered.

## The page's charts.

report-areas-chart-title = { common-readiness-by-area }, as a share of each area's target
report-areas-legend = Each track is the area's target (100%); the filled part is the readiness reached.
# Follows report-areas-legend when some area has a range.
report-areas-legend-range = {" "}The thin line under a bar is the range left open by don't-know answers.
report-no-areas-to-chart = No areas to chart.
report-priorities-caption = What matters now: level now and target
report-no-gaps-chart = No gaps: every answered question is at or above its target.
# The title of a bar's range line: "Range 50.0-75.0%".
report-bar-range = Range { $range }
# One bar read out in the chart's description: "Area: 62.5%".
report-bar-desc = { $label }: { $score }
# $max is the scale's highest level.
report-priorities-chart-title = Top priorities: level now and target on the 0 to { $max } scale
# One priority read out in the chart's description; $band is a band word.
report-dot-desc = { $rank }. { $label }: level { $now } now, target { $target }: { $band }
# Under the priorities chart; $scale lists the levels ("0 Not started · 1 Ad hoc · …").
report-priorities-legend = ● level now, ○ target; the segment between them is the gap, named and coloured by priority band. Scale: { $scale }

## Key recommendations.

report-key-recommendation = Key recommendation
report-status = Status
report-not-asked = not asked
# A key recommendation whose every question was marked not applicable.
report-not-scored-na = not scored: marked not applicable
# Markdown, when the guide has no key recommendations.
report-no-key-markdown = The guide lists no key recommendations.
# HTML, the same.
report-no-key-html = No key recommendations in this catalogue.
# Read aloud: "K1, Title: 62.5%."
report-key-spoken = { $id }, { $title }: { $status }.
# How many of a key recommendation's questions were answered: "3 of 4".
report-of = { $answered } of { $asked }

## The priorities.

# Before a priority's first step.
report-first-step-label = First step:{" "}

## Where respondents disagree.

report-where-respondents-disagree = Where respondents disagree
# $spread is how many levels apart answers must be to count as a disagreement.
report-no-disagreement = No question's levels spread by { $spread } or more: the respondents broadly agree.
report-disagreements-intro = Questions whose levels spread by { $spread } or more, largest spread first: talk these through before acting on the combined level.
# A disagreement: the lowest and highest levels given, their spread, the combined (median)
# level and its name, and the combined answer's band word.
report-levels-spread = Levels { $min } to { $max } (spread { $spread }); combined { $median } { $name }: { $band }.
report-levels-spread-spoken = { $question } { $title }: levels { $min } to { $max }, spread { $spread }; combined { $median } { $name }: { $band }.
# Read aloud: one respondent's level ("2 Developing", "n/a"...).
report-respondent-level-spoken = { $who }: { $level }.
report-respondent-level-note-spoken = { $who }: { $level }. Note: { $note }
report-disagreement-heading = { $question } { $title } (spread { $spread })
report-spread = spread { $spread }
report-levels-markdown = Levels { $min } to { $max }; combined { $median } { $name }: { $band }.
# On the page $combined is the level with its name, $band the band word, both styled.
report-levels-html = Levels { $min } to { $max }; combined { $combined }: { $band }

## All questions by area.

report-all-questions-by-area = All questions by area
report-gaps-by-area-html = Gaps by area
# Column heads: the level reached now.
report-now-column = Now
report-level-now-column = Level now
report-gap-column = Gap
report-at-target = at target
# Before a question's note on the page.
report-note-label = Note:{" "}
# Markdown, when the questionnaire has no question.
report-no-questions-markdown = This questionnaire asks no questions.
# HTML, the same.
report-no-questions-html = No questions were scored.
# Read aloud: "Area Title, 62.5%."
report-area-heading-spoken = Area { $title }, { $score }.
# Under an area's heading on the page; $counts is report-counts.
report-area-facts = { $counts }.
report-area-facts-range = Range { $range }. { $counts }.
# Read aloud: one question's level, target and importance (low, medium, high).
report-question-spoken = { $id } { $title }: { $level }, target { $target }, importance { $importance }.
# The same with its priority's band word, when answered.
report-question-priority-spoken = { $id } { $title }: { $level }, target { $target }, importance { $importance }. Priority: { $band }.
# After a note, or alone: "Evidence: Board minutes; Staff handbook."
report-evidence = Evidence: { $items }.
report-note-on = Note on { $id }: { $note }

## To investigate, not applicable, strengths.

report-investigate-screen = To investigate (don't know)
report-investigate-spoken = To investigate, answered don't know
report-investigate-html = To investigate
report-no-dont-know = No don't-know answers.
report-investigate-intro-html = Questions answered "don't know": finding out is a first step in itself.
report-question-asked-column = Question asked
report-question-label = Question
# Before an investigated item's note, after the question.
report-note-after-question = {" "}Note:{" "}
# Read aloud: "R01 Title: the question asked".
report-investigate-item-spoken = { $id } { $title }: { $question }
report-claims-screen = Claims to check (level 3 or 4, no evidence)
report-claims-spoken = Claims to check, answered level 3 or 4 with no evidence named
report-claims-html = Claims to check
report-no-claims = Every answer at level 3 or 4 names its evidence.
report-claims-intro-html = Answers that say a practice is established or embedded but name nothing that shows it: before relying on them, find the policy, the minutes or the record that does.
# $level is the level, $name its name: "Level 3 Established, no evidence named".
report-claim-screen = Level { $level } { $name }, no evidence named
report-claim-spoken = { $id } { $title }: level { $level } { $name }.
# After the item's id and title.
report-claim-markdown = : level { $level } { $name }
report-not-applicable = Not applicable
report-no-not-applicable = No questions were marked not applicable.
report-no-not-applicable-html = No questions marked not applicable.
report-reason-column = Reason
# Markdown, for a not-applicable answer without its reason.
report-no-reason-given = (no reason given)
# $reason is the respondent's words.
report-reason = Reason: { $reason }
report-not-applicable-spoken = { $id } { $title }. Reason: { $reason }
report-strengths-screen = Strengths (at or above target)
report-strengths-spoken = Strengths, at or above target
report-strengths-html = Strengths
report-no-strengths = No answer reaches its target yet.
report-no-strengths-html = No answered question is at or above its target yet.
report-strength-screen = Level { $level } { $name } (target { $target })
report-strength-spoken = { $id } { $title }: level { $level }, target { $target }.
# After the item's id and title.
report-strength-markdown = : level { $level } { $name } (target { $target })

## Resources from the guide.

report-resources-for-weakest = Resources from the guide for the weakest areas
# $id is the resource's letter, $areas the areas it serves, joined by commas.
report-resource-screen = { $id }. { $title } (for { $areas })
report-resource-spoken = Resource { $id }, { $title }, for { $areas }: { $summary }
report-weakest-areas-markdown = The weakest areas: { $areas }.
# $areas: "Area (40.0%), Area (55.0%)".
report-weakest-areas-html = For the weakest areas: { $areas }.
report-resource-markdown = { $title } ({ $id }, for { $areas }): { $summary }
# On a line of its own under the resource.
report-serves = For: { $areas }

## How the scores were computed, and the page footer.

report-how-scores-were-computed = How these scores were computed
# $target is the default target level, $name its name.
report-method-gap = Each answered question has a gap: its target minus the level reached, never below zero. The target is { $target } ({ $name }) unless the answer sets its own.
# $low, $medium and $high are the importance weights, $key the key recommendation weight.
report-method-priority = Priority = importance weight (low { $low }, medium { $medium }, high { $high }) x { $key } when the recommendation feeds a key recommendation x ((1 + gap)^2 - 1), so large gaps dominate. Importance comes from the answer, else from the profile rules, else medium.
# $largest is the largest possible priority, $high and $medium where those bands start.
report-method-bands = Bands compare a priority with the largest possible, { $largest }: high from { $high }, medium from { $medium }, low below that.
report-method-readiness = An area's readiness is the share of its targets reached, weighted by importance: the sum of weight x min(level, target) over the sum of weight x target, over answered questions. Not applicable questions are left out; the range shows every don't-know at level 0 and at its target.
report-method-mean = Part and overall readiness are the mean of their areas' readiness, so a small area counts as much as a large one.
report-method-key = A key recommendation's status is the readiness of the detailed recommendations it draws on.
# Combined answers only; $respondents is 2 or more.
report-method-combined = These answers combine those of { $respondents } respondents. Each question takes the median of the levels given (the lower of the two middle levels when their number is even); a question with no level is don't know if anyone said so, else not applicable if anyone marked it so. Importance and target are the lower median of those set, and each profile question takes its most common answer.
report-method-disagreement = A question on which the levels given spread by { $spread } or more (highest minus lowest) is a disagreement to discuss. Each respondent's readiness is their own answers scored alone.
# The page footer, after common-catalogue-fingerprint and the fingerprint. $guide is the guide's
# title as published.
report-footer = {" "}· questionnaire { $id } version { $version } · answers dated { $date } · made with icso-assess from the guide “{ $guide }”.
