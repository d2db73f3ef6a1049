# The fill-in workbook of answers (src/answers/workbook.rs): its sheets, headings, drop-down
# words and instructions, and the messages about a wrongly filled workbook.
# Sheet names: at most 31 characters, none of : \ / ? * [ ]. A workbook in any language is
# read back in any other, so each language's sheet names and level words are all recognised.

# The workbook's title in its file properties; $title is the questionnaire's title.
wb-doc-title = icso-assess answers: { $title }
wb-sheet-instructions = Instructions
wb-sheet-profile = Profile
wb-sheet-questions = Questions

## The Instructions sheet, one cell a line.

# $title, $id and $version are the questionnaire's.
wb-instructions-title = { $title } (questionnaire { $id }, version { $version })
wb-instructions-heading = How to fill in this workbook
# $sheet is the name of the Profile sheet.
wb-instructions-profile = 1. On the { $sheet } sheet, fill in the yellow cells: your organisation, who answers, the date, and the questions about your organisation (pick from the list).
# $sheet is the name of the Questions sheet; $low and $high the lowest and highest level; $na and
# $dk the drop-down's words for "not applicable" and "don't know"; $column the heading of the
# level column.
wb-instructions-questions = 2. On the { $sheet } sheet, one row per question: read what each level means, then pick your level ({ $low } to { $high }, { $na } or { $dk }) in the yellow '{ $column }' cell.
wb-instructions-not-applicable = 3. If a question does not apply to you, pick '{ $na }' and write why in the Reason cell: it turns red until you do.
wb-instructions-optional = 4. Importance, target, note and evidence are optional. Evidence is what shows a level: a document, a link or a meeting, one per line in the cell (Alt+Enter in Excel, Ctrl+Enter in LibreOffice). Leave a question blank to skip it: a partly filled workbook is fine.
wb-instructions-send = 5. Save the workbook as it is (.xlsx) and send it back. Do not rename the sheets or change the grey columns: they tell the tool which question each row answers.
# The command stays as it is typed; THIS-FILE stands for the workbook's name.
wb-instructions-results = To see the results: icso-assess report --answers THIS-FILE.xlsx

## The Profile sheet.

wb-profile-field = Field
wb-profile-question = Question
wb-profile-answer = Your answer
wb-profile-organisation = Your organisation's name
wb-profile-respondent = Who answers: a person, a team or an office
# The date must be typed as YYYY-MM-DD whatever the language.
wb-profile-date = The day of these answers, as YYYY-MM-DD

## The Questions sheet's column headings.

wb-col-question = Question
wb-col-area = Area
wb-col-recommendation = Recommendation
wb-col-title = Title
wb-col-text = What we ask
# $level is a level's number (0 to 4).
wb-col-level-means = Level { $level } means
wb-col-level = Your level
wb-col-reason = Reason (required if not applicable)
wb-col-importance = Importance (optional)
wb-col-target = Target level (optional)
wb-col-note = Note (optional)
wb-col-evidence = Evidence (optional, one per line)
# A level's cell: $name is the level's name ("Established"), $description what it means there.
wb-level-cell = { $name }: { $description }

## The words of the drop-downs (lower case; no commas).

wb-not-applicable = not applicable
wb-dont-know = don't know
wb-importance-low = low
wb-importance-medium = medium
wb-importance-high = high

## What is wrong with a workbook. They follow the file's name and a colon.

# $why is one of the wb-file-* messages below.
wb-not-ours = is not an icso-assess answers workbook: { $why }; start from `icso-assess template -o answers.xlsx`
# $error is the reader's own message, in English.
wb-file-unreadable = it cannot be read as .xlsx ({ $error })
wb-file-no-sheet = it has no sheet
# $sheet is the sheet's name as the tool writes it.
wb-file-no-sheet-named = it has no sheet named { $sheet }
wb-file-no-questionnaire = its { $sheet } sheet does not name a questionnaire
# $cell is a cell such as K1; $heading the heading it should hold.
wb-file-not-our-heading = cell { $cell } of sheet { $sheet } is not "{ $heading }"
wb-file-password = it is password-protected (or an old .xls file); open it, save it as .xlsx without a password, and try again
wb-file-truncated = it is not a complete .xlsx file ({ $error }); it may be truncated: send it again
# $parts is a number of parts of the zip file.
wb-file-too-many-parts = it holds { $parts } parts, far more than a workbook of answers
# $part is the number of a part of the zip file.
wb-file-part-unreadable = part { $part } cannot be read ({ $error }); it may be damaged: send it again
wb-file-part-unpackable = part { $part } cannot be unpacked ({ $error }); it may be damaged: send it again
# $megabytes is a whole number.
wb-file-too-big = it unpacks to more than { $megabytes } MB, far more than a workbook of answers

## Where a problem is: "sheet Questions, cell K3: the level is ...".

# $message is what is wrong there.
wb-at-sheet = sheet { $sheet }: { $message }
wb-at-cell = sheet { $sheet }, cell { $cell }: { $message }
# $cells is a range such as A2:A5.
wb-at-cells = sheet { $sheet }, cells { $cells }: { $message }
wb-sheet-read-error = it cannot be read ({ $error }); save the workbook again as .xlsx
wb-sheet-too-far = the sheet goes on far beyond what it should hold; delete what was added below or beside it
wb-cell-formula = the cell holds a formula, which is never worked out here; type the value itself
wb-cells-merged = these cells are merged; unmerge them (each question keeps its own row) and save again
wb-level-date = the level is formatted as a date; pick a level from the list
# $error is the spreadsheet's error value, such as #N/A.
wb-level-error = the cell holds the error { $error }; pick a level from the list
# A "not applicable" answer without a reason; $question is the question's id (R01).
wb-missing-reason = answer { $question } is not applicable but gives no reason; write why in the Reason cell of its row it does not apply
