# Words that several documents share (src/document/wording/mod.rs).

# Once in every report and in `show`. $guide is the guide's title as published.
guide-dated = The recommendations come from the guide “{ $guide }”, written in 2019-2020 after a meeting of ICSOs in Hong Kong in June 2019; facts from it are as of that time.

## Section headings more than one document has.

common-readiness-by-area = Readiness by area
common-overall-readiness = Overall readiness
common-key-recommendations = Key recommendations
common-resources-from-guide = Resources from the guide

## Labels of facts and table columns.

common-respondent = Respondent
common-questionnaire = Questionnaire
common-date = Date
# Heads the id column in the text formats (terminal, Markdown).
common-id = Id
# Heads the id column on the HTML page and in Word, in capitals there.
common-id-html = ID
common-recommendation = Recommendation
common-area = Area
# A part of the guide, which groups areas.
common-part = Part
# A key recommendation's id column.
common-key = Key
common-readiness = Readiness
# The range of readiness left open by don't-know answers.
common-range-label = Range
# How many questions were answered.
common-answered = Answered
common-level = Level
# The level aimed for, as a label or a column heading.
common-target-label = Target
common-importance = Importance
common-priority = Priority
common-note = Note
# The earlier and the later of two assessments compared.
common-before = Before
common-after = After
common-change = Change

## What stands in for a level, and for missing facts.

# Not applicable, short, in a table cell.
common-na-short = n/a
# An answer "I don't know", in a table cell.
common-dont-know = don't know
common-unanswered = unanswered
common-not-applicable-words = not applicable
common-not-scored = not scored
common-no-date-given = no date given
common-not-named = not named
common-organisation-not-named = organisation not named
# Stands in for the organisation's name in a title.
common-organisation-not-named-paren = (organisation not named)

# Starts the page footer; the catalogue's fingerprint (a code) follows.
common-catalogue-fingerprint = Catalogue fingerprint{" "}

# A heading with how many things it heads: "Respondents (3)".
common-with-count = { $title } ({ $count })
# The same read aloud by a screen reader: "Respondents, 3".
common-with-count-spoken = { $title }, { $count }
# "Advocacy quick check (quick, version 1.0)": a questionnaire's title, id and version.
common-questionnaire-full = { $title } ({ $id }, version { $version })
# A not-applicable answer's reason where a note stands; $reason is the respondent's words.
common-na-reason = n/a: { $reason }

## A priority band as a reader says it: what to do about the gap.

common-band-act-now = act now
common-band-plan = plan
common-band-later = later
common-band-no-gap = no gap

## A question's importance.

common-importance-low = low
common-importance-medium = medium
common-importance-high = high

## Punctuation the text formats put between things.

# A fact as the text formats write it: "Respondent: Alice".
common-labelled = { $label }: { $value }
# A heading read aloud by a screen reader, as a label: "Summary:".
common-heading-spoken = { $heading }:
# Between a thing and what is said of it inside a line: "R01: the question asked".
common-colon = {": "}
# Between the items of a list inside a sentence: "Board minutes; Staff handbook".
common-semicolon = {"; "}
# "a, b and c": $items are all but the last, joined by commas; $last is the last.
common-and-list = { $items } and { $last }

# The pager's prompt under a long report on a terminal. Must not use ? % . : or \
common-pager-keys = Space for more, b to go back, q to quit
# The HTML contents list's heading.
common-contents = Contents
# The printed page's number at its foot: "Page 2 of 6".
common-page-of = Page { $page } of { $pages }
# The heading of the list of abbreviations the document used.
common-glossary = Abbreviations
# An abbreviation spelled out at its first use: "Belt and Road Initiative (BRI)". $meaning is
# what it stands for, $term the abbreviation; $plural is "yes" when the text had its plural
# ("ICSOs"), which English writes by adding an "s" to both.
common-spelled-out = { $plural ->
        [yes] { $meaning }s ({ $term }s)
       *[no] { $meaning } ({ $term })
    }
