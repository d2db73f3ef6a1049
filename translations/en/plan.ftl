# The action plan's words (src/document/wording/plan.rs): `plan show` in every format, the
# workbook's headings, the calendar events of `plan export --format ics`, and the comments of a
# new plan file. The plan file's keys and values, and the CSV and JSON outputs, stay English.

## The title and header

# The HTML page's kicker above the organisation's name.
plan-kicker = Action plan
# The page's and every text format's title, and the calendar's name.
plan-title = Action plan: { $organisation }
# Labels of the header's facts: the day of the assessment, and the day the plan is seen on
# (what "overdue" is measured against).
plan-assessed = Assessed
# The day the plan is seen on (`--today`): what "overdue" is measured against.
plan-as-of = Status on
plan-no-assessment-date = no date given

## Phases and statuses

# A phase's name: its heading, the label of its row, a calendar event's category.
plan-phase-first-90-days = First 90 days
plan-phase-3-6-months = 3-6 months
plan-phase-6-12-months = 6-12 months and later
# An action's status, in its table cell.
plan-status-not-started = not started
plan-status-in-progress = in progress
plan-status-done = done
plan-status-dropped = dropped
# Beside the status of an open action due before the day the plan is seen on.
plan-overdue = overdue
# In place of a blank owner, and of a blank due date.
plan-no-owner = no owner yet
# In place of a blank due date.
plan-no-due-date = no date
# Under an action's status; $date is the day of the later assessment that found its gap closed.
plan-gap-closed = gap closed ({ $date })

## The summary

plan-summary = Summary
# $actions is the number of actions (never 0), then how many have each status.
plan-counts = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }: { $done } done, { $in_progress } in progress, { $not_started } not started, { $dropped } dropped.
# How many actions, in a phase's bar.
plan-actions = { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
plan-no-actions = The plan has no actions: the assessment it was drafted from found no gap to close.
# $count open actions (not started or in progress) are overdue on $today, the day the plan is seen on.
plan-overdue-sentence = { $count ->
        [0] No open action is overdue on { $today }.
        [one] { $count } open action is overdue on { $today }: it was due before that day.
       *[other] { $count } open actions are overdue on { $today }: they were due before that day.
    }
# $count is never 0.
plan-closed-sentence = { $count ->
        [one] A later assessment found the gap of { $count } action closed.
       *[other] A later assessment found the gaps of { $count } actions closed.
    }
# The summary table's columns, and its last row.
plan-phase = Phase
plan-actions-column = Actions
plan-done = Done
plan-in-progress = In progress
plan-not-started = Not started
plan-dropped = Dropped
plan-overdue-column = Overdue
plan-total-row = All phases
# Read aloud, a phase of the summary: $phase its name, $counts the sentence of plan-counts,
# $overdue how many of its actions are overdue.
plan-phase-spoken = { $phase }: { $counts } { $overdue } overdue.
plan-phase-spoken-empty = { $phase }: no actions.

## Each phase

# Under a phase's heading: $from and $to are dates (YYYY-MM-DD); in the first, $from is the
# assessment's day.
plan-window-first-90-days = Drafted to be done by { $to }, 90 days after the assessment of { $from }.
plan-window-3-6-months = Drafted to be done between { $from } and { $to }, three to six months after the assessment.
plan-window-6-12-months = Drafted to be done between { $from } and { $to }, six to twelve months after the assessment, or later.
plan-no-action-in-phase = No action in this phase.
# The tables' columns. "Action" is the terminal's one column for a recommendation and its
# first task.
plan-first-task = First task
plan-owner = Owner
plan-due = Due
plan-status = Status
# The terminal's one column for a recommendation and its first task.
plan-action-column = Action
# Labels before the lines under an action, and in a calendar event's description.
plan-first-task-label = First task:{" "}
plan-notes-label = Notes:{" "}
plan-reason-label = Why dropped:{" "}
# Read aloud, one action: $id (R06) and $title the recommendation, $status its status words.
plan-action-spoken = { $id }, { $title }. Owner: { $owner }. Due: { $due }. Status: { $status }. First task: { $task }

## The timeline chart (HTML page and Word document)

plan-timeline-caption = The plan over time
# What a screen reader reads as the chart's name.
plan-timeline-title = The plan's phases over time, with where their actions stand on { $today }
# One phase in the chart's description, read aloud: $window is plan-window-short, $counts the
# phase's bar in words ("7 actions · 2 done").
plan-timeline-desc = { $phase }, { $window }: { $counts }
plan-timeline-desc-undated = { $phase }: { $counts }
# Between the phases in that description.
plan-desc-join = {"; "}
# A phase's dates in the chart.
plan-window-short = { $from } to { $to }
# The line across the chart at the day the plan is seen on.
plan-today-mark = Status on { $today }
# The legend's words for the parts of a phase's bar (they describe actions).
plan-legend-done = done
plan-legend-in-progress = in progress
plan-legend-not-started = not started
plan-legend-overdue = overdue
plan-legend-dropped = dropped
# A part of a phase's bar, counted.
plan-bar-done = { $count } done
plan-bar-in-progress = { $count } in progress
plan-bar-not-started = { $count } not started
plan-bar-overdue = { $count } overdue
plan-bar-dropped = { $count } dropped
plan-timeline-legend = Each bar spans the dates a phase was drafted for, counted from the assessment, and is divided by where its actions stand; the line marks the day the plan is seen on. A plan without an assessment date shows its phases one after another.

## The workbook (`plan show --format xlsx`)

# The sheet's name: at most 31 characters, none of [ ] : * ? / \
plan-sheet-name = Plan
plan-closed-column = Gap closed
plan-notes-column = Notes
plan-reason-column = Why dropped

## A calendar event's description (`plan export --format ics`)

# $id is R06, $title the recommendation's title.
plan-export-recommendation = Recommendation { $id } of the guide: { $title }
# Labels of the other lines of a description.
plan-owner-label = Owner:{" "}
plan-status-label = Status:{" "}
plan-phase-label = Phase:{" "}

## The page footer, after the catalogue's fingerprint

# $assessed is a date or plan-no-assessment-date; $guide the guide's title as published.
plan-footer = {" "}· questionnaire { $questionnaire } · assessed { $assessed } · made with icso-assess from the guide “{ $guide }”.

## The comments of a new plan file (plan.toml)

# Each line becomes a comment ("# " is added). The quoted values, [[action]], YYYY-MM-DD and the
# commands stay as they are: the file's keys and values are English in every language.
plan-file-title = icso-assess action plan: one [[action]] per gap, most urgent first.
plan-file-title-of = icso-assess action plan of { $organisation }: one [[action]] per gap, most urgent first.
# $statuses and $phases list the values the file takes, quoted: "not started", "in progress", ...
plan-file-help =
    Edit it freely: write an owner, change a due date (YYYY-MM-DD), reword a task, add notes.
    status is one of { $statuses }; a dropped action gives its reason.
    phase is one of { $phases }.
    After the next assessment, `icso-assess plan --answers NEW.toml --update THIS-FILE` adds
    actions for new gaps and marks the closed ones, leaving everything you wrote as it is.
    See it by phase with `icso-assess plan show THIS-FILE`.
# After the assessment's date, on the same line.
plan-file-assessed-text = the day of the assessment; due dates count from it
