# The comparison's words (`compare`, src/document/wording/comparison.rs), section by section in
# the order it shows them. "Before" is the earlier answers file, "after" the later one. A level
# is 0-4 on the questionnaire's scale; a target is the level a recommendation should reach; a gap
# is a level below its target. Scores are percentages, already written ("62.5%").

## The title and header.

# Above the organisation's name at the top of the HTML page.
cmp-kicker = Progress report
cmp-organisation = Organisation
# Before each side's facts (on a terminal the two are padded to one width).
cmp-before-label = Before:
cmp-after-label = After:
# The sides inside a sentence or a chart's legend.
cmp-before-word = before
cmp-after-word = after
# The title; $organisations is one name, or two as "Acme / Acme Europe".
cmp-title = Progress report: { $organisations }
# $before and $after: the organisation each file names (or "not named").
cmp-warning-organisations = Warning: the two files name different organisations (before: { $before }; after: { $after }). They are compared all the same; make sure that is what you meant.
# $before and $after: the two files' dates.
cmp-warning-out-of-order = Warning: the after file is dated { $after } and the before file { $before }: the files may be in the wrong order.
# $before and $after: questionnaire and version ("quick 1.0"); $compared: how many recommendations both ask about.
cmp-scope-note = The two files answer different questionnaires ({ $before } before, { $after } after). Only the { $compared } recommendations both ask about are compared, and every score here is computed over those alone, so that the comparison is like for like; the scores differ from each file's own report.
# $plan: the organisation the action plan names; $after: the one the later file names.
cmp-warning-plan-organisation = Warning: the action plan is for { $plan }, and the assessments are of { $after }. It is followed up all the same; make sure it is the right plan.
# In a side's one-line facts; $label is "quick 1.0".
cmp-questionnaire-in-line = questionnaire { $label }

## The summary: what a leader reads in thirty seconds.

cmp-summary = Summary
# When a side was assessed, inside cmp-assessed and cmp-assessed-two.
cmp-on-date = on { $date }
cmp-no-date = with no date given
# $before and $after are cmp-on-date or cmp-no-date.
cmp-assessed = { $organisation }, assessed { $before } and again { $after }.
cmp-assessed-two = { $before_org }, assessed { $before }, compared with { $after_org }, assessed { $after }.
cmp-scope-short = The scores cover only the { $compared ->
        [one] { $compared } recommendation
       *[other] { $compared } recommendations
    } both questionnaires ask about.

# Readiness moving. $subject is "overall" (the whole organisation) or "area" (after an area's
# name and a colon: "Communications: readiness rose from …"). $before, $after, $score: scores.
cmp-rose = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } rose from { $before } to { $after }.
cmp-fell = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } fell from { $before } to { $after }.
cmp-stayed = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } stayed at { $score }.
cmp-scored-before-only = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } was { $before } before and could not be scored after.
cmp-scored-after-only = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } could not be scored before and is { $after } after.
cmp-scored-neither = { $subject ->
        [overall] Overall readiness
       *[area] readiness
    } could not be scored on either side.
# After a rise: $share is a percentage of the gap to target that was closed.
cmp-gap-share-closed = That closes { $share } of the gap that remained.
# After a rise to 100%.
cmp-whole-gap-closed = That closes the whole gap that remained.
# After a fall: $share is how much the gap to target grew, as a percentage.
cmp-gap-grew = The gap that remained grew by { $share }.

# What needs attention: new gaps and other levels that fell.
cmp-needs-attention = Needs attention now
cmp-needs-attention-spoken = Needs attention now: { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    }.
cmp-nothing-slipped-back = Nothing has slipped back: no new gaps and no regressions.
# Beside a recommendation that needs attention, in brackets: why.
cmp-why-new-gap = now below target
cmp-why-regressed = level fell
# Gaps found where nothing was known.
cmp-gaps-identified-why = not rated before, below target now
cmp-gaps-identified-label = Gaps now identified ({ $count }): not rated before, below target now
# A bold label that runs into the text after it.
cmp-run-in = { $label }:
cmp-gaps-identified-spoken = Gaps now identified: { $count ->
        [one] { $count } recommendation not rated before is below target now.
       *[other] { $count } recommendations not rated before are below target now.
    }
# HTML: under its heading, with what it means, as the page has room for.
cmp-gaps-identified-html = Not rated before, below target now: new knowledge, not a setback.
# What improved: gaps closed first.
cmp-improved = Improved
cmp-gaps-closed-count = { $count ->
        [one] { $count } gap closed
       *[other] { $count } gaps closed
    }
# $closed is cmp-gaps-closed-count.
cmp-improved-label = Improved ({ $closed })
cmp-improved-spoken = Improved: { $closed }.
cmp-also-moved-up = { $count ->
        [one] { $count } other recommendation moved up without closing a gap.
       *[other] { $count } other recommendations moved up without closing a gap.
    }
cmp-moved-up-only = No gap was closed; { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    } moved up.
cmp-nothing-improved = No gap was closed and no level rose.
# After the first few recommendations of a list.
cmp-and-more = and { $count } more, listed in full below.
# The summary's last line. $plan and $left_out are "yes" or "no": whether the document has an
# action plan section and a section on the recommendations left out.
cmp-what-follows = Below: { $plan ->
        [yes] the action plan,{" "}
       *[no] {""}
    }each area, the { $compared ->
        [one] { $compared } recommendation compared
       *[other] { $compared } recommendations compared
    }{ $left_out ->
        [yes] , those left out
       *[no] {""}
    }, every change, and the method.

## The two assessments, after the summary.

cmp-the-two-assessments = The two assessments
# Each list counted once, in the order the lists come; each variable but $compared is one of the
# cmp-count-* phrases below.
cmp-counts = { $compared ->
        [one] { $compared } recommendation
       *[other] { $compared } recommendations
    } compared: { $new }, { $regressions }, { $identified }, { $closed }, { $improvements }.
cmp-count-new-gaps = { $count ->
        [one] { $count } new gap
       *[other] { $count } new gaps
    }
cmp-count-other-regressions = { $count ->
        [one] { $count } other regression
       *[other] { $count } other regressions
    }
cmp-count-gaps-identified = { $count ->
        [one] { $count } gap now identified
       *[other] { $count } gaps now identified
    }
cmp-count-other-improvements = { $count ->
        [one] { $count } other improvement
       *[other] { $count } other improvements
    }

## The areas.

cmp-progress = Progress
# The terminal's heading; $heading is "Readiness by area".
cmp-areas-screen = { $heading } (top bar before, bottom bar after)
cmp-before-after-column = Before / after
cmp-change-points-column = Change (points)
# Screen: under the areas.
cmp-areas-note-screen = Change in percentage points; progress is the share of the remaining gap closed (- when either score is missing or the area was already at 100%).
# Spoken: the same.
cmp-areas-note-spoken = Progress is the share of the remaining gap to target closed; it is not given when either score is missing or the area was already at 100%.
# Markdown: the same.
cmp-areas-note-markdown = Progress is the share of the remaining gap to target closed; – means it is undefined (either score missing, or the area was already at 100% before).
# Page, when the sides share no area.
cmp-no-areas = No area has a recommendation asked on both sides.
# The chart's title; $heading is "Readiness by area".
cmp-areas-chart-title = { $heading } before and after, as a share of each area's target
# HTML: under the chart.
cmp-areas-chart-legend = Each track is the area's target (100%): the light bar is the readiness before, the dark bar after.
# HTML: the last row of the areas table.
cmp-overall-row = Overall (mean of the areas)
# Read aloud: an area's name, then its sentences (cmp-rose and the like).
cmp-area-spoken = { $area }: { $sentences }
# $dash is the sign shown where progress is undefined.
cmp-progress-legend-html = Progress is the share of the remaining gap to target closed: (after − before) / (100 − before). { $dash } means it is undefined: a score is missing, or the area was already at 100% before.

## Recommendations compared.

cmp-recommendations-compared = Recommendations compared
cmp-note-after-column = Note (after)
cmp-note-before-label = Note before:{" "}
cmp-note-after-label = Note after:{" "}
# Page, when the questionnaires share nothing.
cmp-no-shared-recommendation = The two questionnaires share no recommendation.
# $scale: "0 Not started · 1 Ad hoc · …".
cmp-levels = Levels: { $scale }.
cmp-levels-before = Levels before: { $scale }.
cmp-levels-after = Levels after: { $scale }.
# Read aloud; $before and $after: "1 Ad hoc", "don't know"; $change: "+2".
cmp-item-spoken = { $id } { $title }: before { $before }, after { $after }, change { $change }.
cmp-item-spoken-no-change = { $id } { $title }: before { $before }, after { $after }.
cmp-items-legend-html = Change is the level after minus the level before, shown when both sides give a level. Scale: { $scale }.
# A recommendation in a list read aloud: its id and title, then what is said of it.
cmp-named-spoken = { $id } { $title }: { $text }.
cmp-named-colon = { $id } { $title }: { $text }

## What moved: the five lists, each recommendation in one at most.

# HTML: the section's heading.
cmp-what-moved = What moved
cmp-new-gaps = New gaps
cmp-no-new-gaps = No new gaps: nothing at or above its target before is below it now.
cmp-regressions = Other regressions
cmp-no-regressions = No other level fell.
cmp-gaps-identified = Gaps now identified
cmp-no-gaps-identified = No gap newly identified: nothing without a level before is below its target now.
cmp-gaps-closed = Gaps closed
cmp-no-gaps-closed = No gap was closed: nothing below its target before reaches it now.
cmp-improvements = Other improvements
cmp-no-improvements = No other level rose.
cmp-target = target { $target }
# When the target moved between the two files.
cmp-target-moved = target { $before } then { $after }
# Read aloud: "from 1 Ad hoc to 3 Established, target 3"; $target is cmp-target.
cmp-from-to-spoken = from { $before } to { $after }, { $target }
# In brackets after a recommendation: its levels ("1 -> 3, target 3"), then why it is listed.
cmp-levels-and-why = { $levels }; { $why }

## The action plan (`compare --plan`): each action against the levels.

cmp-the-action-plan = The action plan
# A phase starting a line.
cmp-phase-first-90-days = First 90 days
cmp-phase-three-to-six-months = 3-6 months
cmp-phase-six-to-twelve-months = 6-12 months
# A phase inside a sentence or a table cell.
cmp-phase-word-first-90-days = first 90 days
cmp-phase-word-three-to-six-months = 3-6 months
cmp-phase-word-six-to-twelve-months = 6-12 months
# An action's status.
cmp-status-not-started = not started
cmp-status-in-progress = in progress
cmp-status-done = done
cmp-status-dropped = dropped
# Where an action's level went, against its target.
cmp-toward-reached-target = reached target
cmp-toward-moved-up = moved up
cmp-toward-no-change = no change
cmp-toward-moved-down = moved down
cmp-toward-not-rated = not rated
cmp-toward-not-asked = not asked
# $date: the assessment the plan was drafted from.
cmp-plan-intro-dated = The plan has { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, drafted from the assessment of { $date }.
cmp-plan-intro = The plan has { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }.
# A phase's share; $label is a phase (cmp-phase-*) or cmp-whole-plan.
cmp-share-none = { $label }: nothing left planned
cmp-share-done = { $label }: { $done } of { $planned } done
# Added to cmp-share-done.
cmp-share-in-progress = , { $count } in progress
cmp-share-dropped = , { $count } dropped
cmp-plan-summary = Action plan: { $done } of { $planned ->
        [one] { $planned } planned action
       *[other] { $planned } planned actions
    } done; { $not_moved } done without the level rising; { $unplanned ->
        [one] { $unplanned } level rose
       *[other] { $unplanned } levels rose
    } with no action under way or done.
cmp-done-by-phase = Done by phase
# Screen and page: the plan as a whole, after its phases.
cmp-whole-plan = Whole plan
cmp-plan-no-actions = The plan has no actions.
cmp-done-not-moved = Done, but the level did not move
cmp-done-not-moved-legend = Marked done, yet the level after is no higher than before: check whether the work changed how things are done, or whether an answer needs a second look.
cmp-nothing-done-yet = No action is marked done yet.
cmp-every-done-moved = Every action marked done saw its level rise (or was not rated on both sides).
cmp-moved-no-action = The level moved with no action
cmp-moved-no-action-legend = The level rose, but no action for it is under way or done: credit where it is due, or an answer to check, and perhaps a plan to update.
cmp-nothing-moved-unplanned = Every level that rose had an action under way or done.
# After an unplanned rise: why it counts as unplanned.
cmp-no-action-in-plan = no action in the plan
# $status is a cmp-status-* word: "action not started".
cmp-action-was = action { $status }
cmp-dropped = Dropped
cmp-nothing-dropped = No action was dropped.
# A dropped action's reason, as its plan gives it.
cmp-because = reason: { $reason }
cmp-every-action = Every action
cmp-phase-column = Phase
cmp-status-column = Status
# The column saying where the level went.
cmp-toward-target = Toward target
# Under the table.
cmp-actions-note = Before and after are the levels in the two files; the target is the action's own. Not rated: a file gives no level (unanswered, don't know or not applicable). Not asked: a questionnaire does not ask about it.
# Read aloud: one action. $phase, $status, $toward: the words above; $before, $after: levels.
cmp-action-spoken = { $id } { $title }: { $phase }, { $status }; from { $before } to { $after }, target { $target }: { $toward }.
cmp-action-spoken-not-asked = { $id } { $title }: { $phase }, { $status }; target { $target }; not compared, as one of the questionnaires does not ask about it.

## Left out of the comparison.

cmp-left-out-of-comparison = Left out of the comparison
# $side is "before" or "after"; $questionnaire: "full 1.0".
cmp-left-out-heading = Asked only { $side ->
        [before] before
       *[after] after
    } ({ $questionnaire }), so left out: { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    }
# The heading above, then the ids: "R01, R02".
cmp-left-out-spoken = { $heading }: { $ids }.

## How the comparison was computed, and the page footer.

cmp-how-comparison-was-computed = How this comparison was computed
cmp-method-1 = Recommendations are matched by their id (R01-R48), so files answering different questionnaires can be compared; only the recommendations both ask about are compared.
cmp-method-2 = Each side is scored with its own questionnaire (targets, importance weights and profile rules), over the compared recommendations only: an area's readiness is the weighted share of its targets reached, and overall readiness the mean of the areas.
cmp-method-3 = Change is after minus before: levels for a recommendation (shown only when both sides give a level), percentage points for a score.
cmp-method-4 = Progress is the share of the remaining gap closed: (after-before)/(100-before). 100% means the area reached its target; a negative value means readiness fell. It is left blank when either score is missing, or when the score before was already 100% (no gap was left to close): the change column then tells what happened.
cmp-method-5 = A new gap was answered at or above its target before and is below it after (a raised target counts). A gap now identified had no level before (don't know, unanswered or not applicable) and is below its target after: it was there but not seen, so it is new knowledge, not a fall. A gap closed was answered below its target before and is at or above it after.
cmp-method-6 = Each recommendation is in one list at most: a gap closed is not counted again as an improvement, nor a new gap as a regression. Other improvements and other regressions are the levels that rose or fell without crossing a target.
# After the catalogue's fingerprint at the foot of the page; $tool is "icso-assess compare".
cmp-footer = {" "}· made with { $tool }.
