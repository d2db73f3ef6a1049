# The paper questionnaire's words (`template --format html`, src/document/wording/questionnaire.rs),
# in the order the form shows them: a form people fill in by hand before anyone types the
# answers in. Questions, levels and profile options come from the questionnaire's content.

# Above the questionnaire's title.
qn-kicker = Paper questionnaire
# The HTML page's title; $questionnaire is the questionnaire's title.
qn-title = Paper questionnaire: { $questionnaire }
# Under the title; $id is the questionnaire's id ("quick").
qn-about = Questionnaire { $id }, version { $version }: { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } in { $areas ->
        [one] { $areas } area
       *[other] { $areas } areas
    }.

## The header's lines to write on.

qn-organisation-line = Organisation
qn-respondent-line = Respondent (a person, a team or an office)
qn-date-line = Date (year-month-day)

## How to fill it in. The words in quotes are those of the boxes below (qn-not-applicable-box,
## qn-dont-know-box).

qn-how-heading = How to fill it in
qn-how-1 = For each question, tick the one level that describes your organisation today, not what it plans: each level says what it looks like for that recommendation.
qn-how-2 = If a question does not apply to your organisation, tick “not applicable” and write why on the reason line: a reason is needed.
qn-how-3 = If you do not know, tick “don't know”: finding out is a first step in itself.
qn-how-4 = A note is for anything worth remembering; evidence is a short reference to what shows the level: a document, a link, a meeting.
qn-how-5 = A question left blank is fine: the results say how much was answered.

## The profile.

qn-profile-heading = About your organisation
qn-profile-intro = Tick one answer to each question. The answers set how much some questions matter.

## The areas and their questions.

# Above an area's heading: "Part 01 Sector collaboration · area 3 of 8".
qn-area-kicker = Part { $part } { $part_name } · area { $n } of { $of }
# Between a level's number and name (in bold) and what the level looks like: "2 Developing: …".
qn-level-separator = {": "}
qn-not-applicable-box = Not applicable
qn-dont-know-box = Don't know
qn-reason-line = Reason (needed if not applicable)
qn-note-line = Note
qn-evidence-line = Evidence: a document, a link, a meeting

## The end.

qn-finished-heading = When you have finished
qn-finished-give = Give the form to whoever collects the answers.
# $assess, $template and $report are commands, shown as code.
qn-finished-type = They can type it in with { $assess } (one question a screen), or into an answers file made with { $template }; then { $report } shows the results.
# After the catalogue's fingerprint at the foot of the page; $guide is the guide's title as
# published, $tool "icso-assess".
qn-footer = {" "}· questionnaire { $id } version { $version } · made with { $tool } from the guide “{ $guide }”.
