# The interactive assessment: its screens (src/assess.rs, src/prompt/), what `assess` prints
# around them (src/commands/assess.rs), the end screen (src/commands/finish.rs) and the home
# screen of bare `icso-assess` (src/commands/home.rs). The letters people press are messages
# too (prompt-key-*), so that each can start a word its choice shows.

## The keys people press. Each value is ONE lowercase letter a-z, shown before its choice
## ("n Not applicable to us") and in the key hints. Choose a letter that starts a word of the
## choice's label in your language; letters on one screen must differ (a test checks it).

# Accessible mode (--plain): typed to go back one step, on every screen.
prompt-key-back = b
# Accessible mode: typed to stop (the answers are kept).
prompt-key-quit = q
# A question's screen: "Not applicable to us".
prompt-key-not-applicable = n
# A question's screen: "Don't know".
prompt-key-dont-know = d
# A question's screen: "Skip for now".
prompt-key-skip = s
# The importance screen: Low, Medium, High.
prompt-key-low = l
prompt-key-medium = m
prompt-key-high = h
# The end screen: answer the skipped questions; save as a web page (HTML); read the report
# here; save in another format; draft an action plan; finish.
prompt-key-answer-skipped = a
prompt-key-html = h
prompt-key-read = r
prompt-key-other-format = o
prompt-key-plan = p
prompt-key-finish = f
# "A file of that name already exists. Replace it?": No, Yes.
prompt-key-no = n
prompt-key-yes = y
# The home screen: see the report; review or change the answers; start a new assessment;
# compare with an earlier one; open another; quit.
prompt-key-report = r
prompt-key-review = c
prompt-key-new = n
prompt-key-compare = p
prompt-key-open = o
prompt-key-home-quit = q
# The workshop's confirmation screen: accept every combined level.
prompt-key-accept = a

## Drawing the screens (src/prompt/terminal.rs).

# Shown after a line of text is left with Esc.
prompt-back-indicator = <back>
# Ends a question cut short on a small terminal.
prompt-question-cut = … (press ? to read all of it)
# A long list of choices shows those around the highlighted one; these lines say how many are out of sight.
prompt-more-above =
    { $count ->
        [one] ↑ 1 more choice above
       *[other] ↑ { $count } more choices above
    }
prompt-more-below =
    { $count ->
        [one] ↓ 1 more choice below
       *[other] ↓ { $count } more choices below
    }
prompt-move-hint = (move with ↓ to read what each answer means here)
# Stands for the summary folded away on a small terminal.
prompt-folded = (press ? to read the summary)
prompt-more-back = Press any key to go back to the question
prompt-nothing-chosen = Nothing is chosen yet: move to an answer with ↑↓ (or press its key), then press Enter.

## The accessible mode (src/prompt/lines.rs): numbered lines for a screen reader.

# $keys lists what may be typed: "0, 1, 2, n, d".
prompt-lines-ask = Type your answer ({ $keys }) and press Enter.
# $key is the answer already given.
prompt-lines-keeps = Enter alone keeps { $key }.
prompt-lines-more = ? reads the summary.
# $back and $quit are the keys prompt-key-back and prompt-key-quit.
prompt-lines-back-quit = { $back } goes back, { $quit } stops (your answers are kept).
prompt-lines-not-an-answer = That is not one of the answers.
# A line of text to type: $message is the question, $help its hint, $back the key.
prompt-lines-text = { $message } ({ $help }; a single { $back } goes back)
# $initial is the text already there.
prompt-lines-text-keeps = Enter alone keeps: { $initial }

## The questions (src/assess.rs).

assess-new = A new self-assessment
assess-new-who = A new self-assessment · who is answering
assess-organisation = Organisation name
assess-organisation-help = The organisation being assessed
assess-respondent = Who is answering?
assess-respondent-help = A person, team or office, e.g. "Leadership team" or "Nairobi office"
assess-which-questionnaire = Which questionnaire?
# One questionnaire to choose: $id is its id ("quick"), $title its title.
assess-questionnaire-option = { $id }: { $title } ({ $count } questions)
assess-questionnaire-help = ↑↓ move · Enter choose · Ctrl-C stop
# $n counts from 1.
assess-profile-heading = About your organisation · { $n } of { $total }
assess-profile-intro = A few questions about your organisation first: they set which recommendations matter most for you.
assess-profile-help = Press a number, or ↑↓ then Enter · Esc back · Ctrl-C stop, answers are kept
assess-skipped-ahead =
    Skipped ahead over { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } you had already answered (to go through every answer, run with --review).
# The top of a question's screen. $bar is a progress bar of blocks.
assess-question-heading = Question { $n } of { $total }  { $bar }
# $part is the part's number ("01"), $title its title, $area the area's title.
assess-part-heading = Part { $part } { $title } · { $area }
assess-first-step = First step: { $step }
# The keys of a question's screen; $na, $dk and $skip are the keys of its three last choices.
assess-level-help = 0-4 level · { $na } not applicable · { $dk } don't know · { $skip } skip · ? more · Esc back · Ctrl-C stop
# The three choices after the levels (each shown after its key).
assess-choice-not-applicable = Not applicable to us
assess-choice-dont-know = Don't know
assess-choice-skip = Skip for now
assess-reason = Why does this not apply to you?
assess-reason-help = A short reason, kept with the answer · Esc back
assess-importance-low = Low
assess-importance-medium = Medium
assess-importance-high = High
# $name is one of Low, Medium, High.
assess-importance-suggested = { $name } (suggested for your profile)
# $answer is the level given ("2 Developing") or "Don't know".
assess-your-answer = Your answer: { $answer }.
assess-importance-question = How important is this for your organisation?
# $low, $medium and $high are their keys.
assess-importance-help = { $low } low · { $medium } medium · { $high } high · Enter accepts the highlighted one · Esc back
assess-note = Note (optional)
assess-continue-help = Enter to continue · Esc back
assess-evidence = What shows this? (optional: documents, links or meetings, separated by ;)
# $problem says what is wrong with the text typed, and how to fix it.
assess-not-saved = Not saved yet: { $problem }.
assess-not-saved-characters = Not saved yet: { $problem }. Characters that cannot be saved were removed; check the text and press Enter.
assess-required = Please type something (or press Esc to go back).
assess-evidence-too-many = { $count } references, over the limit of { $limit }; keep the ones that matter most
# One reference of the evidence, in a message about it ("reference 2 is 400 characters long").
assess-evidence-reference = reference { $n }
# The text being typed, as named in a message about it ("the note is 2100 characters long").
assess-field-organisation = the organisation name
assess-field-respondent = the name of who is answering
assess-field-reason = the reason
assess-field-note = the note
assess-field-evidence = the evidence
assess-field-justification = the justification
assess-no-questionnaire = questionnaire "{ $id }" does not exist

## Around the questions (src/commands/assess.rs).

# What another session is told holds the file: $time is HH:MM.
assess-lock-started = started { $time } UTC
# The role of the file in messages about files ("... is the answers").
assess-role-answers = the answers
assess-left-as-is = { $error }; the file was left as it is
# $template and $report are commands.
assess-no-terminal = the interactive assessment needs a terminal; to answer without one, write a blank answers file with `{ $template }`, fill it in, then run `{ $report }`
assess-other-questionnaire = { $file } holds answers to the { $found } questionnaire, not { $asked }; leave out --questionnaire to resume it, or choose another file with --file
assess-nothing-to-review = { $file } does not exist yet, so there is nothing to review; leave out --review to start
# $kept says where this session's answers went instead.
assess-changed-on-disk = { $file } was changed by another program since this session last saved it, so it was not overwritten; { $kept }
assess-kept-aside = this session's answers are in { $aside }; compare the two with `{ $command }` and keep the one you want
assess-not-kept = this session's latest answer could not be kept ({ $error })
assess-not-kept-too-many = this session's latest answer could not be kept: too many unsaved copies beside it
assess-stopped-nothing = Stopped before anything was saved.
# Two lines; $command resumes the session.
assess-stopped =
    Stopped. { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } saved in { $file }.
    Resume with: { $command }
assess-stopped-error = Stopped. { $error }
assess-resuming = Resuming the assessment in { $file }. Answers are saved after every question.
assess-starting = A new assessment, saved to { $file } after every question. Stop any time with Ctrl-C and resume later.
# $how says how it is encrypted ("encrypted with a passphrase"), $opens what opens it.
assess-sealed = The file is { $how }: { $opens }.
assess-sealed-passphrase = it opens with the passphrase, asked when you resume
assess-sealed-identity = it opens only with the identity of one of its recipients, which you need to resume it (--identity FILE)
assess-questionnaire-missing = questionnaire { $id } is missing
assess-answers-are-in = Your answers are in { $file }. To see them again or change them, run: { $command }
# After Ctrl-C: $readiness is assess-readiness.
assess-so-far = So far: { $readiness }

## The end screen (src/commands/finish.rs).

# The sentence on readiness is built from these pieces. $score is a percentage ("59%").
assess-readiness-score = Overall readiness: { $score } of target
assess-readiness-none = Overall readiness: not scored yet (no level answered)
# Follows assess-readiness-score when "don't know" answers leave a range.
assess-readiness-range =
    { $readiness }, between { $low } and { $high } depending on the { $count ->
        [one] { $count } "don't know" answer
       *[other] { $count } "don't know" answers
    }
assess-readiness-answered = { $answered } of { $total } questions answered
# Details in brackets after assess-readiness-answered.
assess-readiness-unknown = { $count } "don't know"
assess-readiness-na = { $count } not applicable
assess-readiness-skipped = { $count } skipped
assess-no-gaps = No gaps: every answered recommendation is at or above its target.
assess-most-urgent =
    { $count ->
        [one] Most urgent:
       *[other] The { $count } most urgent:
    }
# $now is the level now (or "?"), $target the level aimed for.
assess-urgent-item = { $id } { $title } (now { $now }, target { $target })
assess-complete = Your assessment is complete
assess-what-next = What next?
assess-end-answer-skipped =
    Answer the { $count ->
        [one] { $count } skipped question
       *[other] { $count } skipped questions
    } now
assess-end-html = Save the full report as a web page (HTML)
assess-end-read = Read the full report here
assess-end-other-format = Save it in another format (Word, Markdown, CSV, JSON)
assess-end-plan =
    Draft an action plan from the { $count ->
        [one] { $count } gap
       *[other] { $count } gaps
    }
assess-end-finish = Finish
assess-end-help = Press a letter, or ↑↓ then Enter · ? all of the summary · Ctrl-C finish
assess-which-format = Which format?
# After the format's name and its key (w, m, c, j stay as they are).
assess-format-docx = Word (.docx): to edit, share and print
assess-format-markdown = Markdown: for a wiki or a document
assess-format-csv = CSV: one row per question, for a spreadsheet
assess-format-json = JSON: for other tools
assess-letter-help = Press a letter, or ↑↓ then Enter · Esc back
assess-role-this-answers = the answers file of this assessment
assess-role-plan = the plan
assess-role-report = the report
assess-no-plan = No plan drafted: { $error }.
assess-plan-updated = Updated the plan { $file }: { $added } new actions, { $closed } marked closed; nothing written in it was changed.
assess-plan-up-to-date = The plan { $file } is already up to date with these answers.
assess-plan-left = The plan { $file } was left as it is: { $why }.
# $error ends in its own full stop.
assess-plan-left-error = The plan { $file } was left as it is: { $error }
assess-plan-unreadable = The plan { $file } could not be read; it was left as it is.
# $command shows the plan.
assess-plan-drafted = Drafted an action plan of { $count } actions in { $file }: write an owner for each and adjust the dates in any text editor, then see it with: { $command }
assess-save-as = Save the report as
assess-save-as-help = Enter saves it here · or type another name · Esc back
assess-save-needs-age = Not saved: the answers are encrypted, so the report is too, and its name ends in .age; add .age to the name.
assess-not-saved-because = Not saved: { $error }.
assess-replace = { $file } already exists. Replace it?
assess-replace-no = No, choose another name
assess-replace-yes = Yes, replace it
# $yes and $no are their keys.
assess-replace-help = { $yes } replace it · { $no } choose another name · Esc back
# $format is the format's name ("HTML"); one of the three next messages may follow.
assess-saved = Saved the { $format } report to { $file }.
# $command decrypts it.
assess-saved-sealed = It is encrypted as the answers are: its recipients open it with the age tool ({ $command }), or with the passphrase.
assess-saved-html = Open it in your web browser: double-click the file, or drag it onto a browser window. It prints well too.
assess-saved-docx = Open it in Word or LibreOffice to edit it: double-click the file.
assess-could-not-save = Could not save: { $error }. Try another name.
# Between pages when no pager is found; $quit is a key.
assess-pager-more = -- Enter for more, { $quit } then Enter to go back --
assess-pager-end = Press Enter to go back to the summary.

## The home screen (src/commands/home.rs).

assess-home-undated = undated
assess-home-finished = finished
assess-home-open = { $count } questions open
# One answers file: $file, $organisation, $date (or "undated"), $state (finished, or open).
assess-home-file = { $file } ({ $organisation }, { $date }, { $state })
# $file is assess-home-file; $others lists file names.
assess-home-opened-newest = Opened { $file }, the newest assessment in this folder; the others: { $others } (open one with { $command } NAME).
assess-home-heading = { $program }: your China readiness self-assessment
assess-home-opened = Opened { $file }.
assess-home-others =
    { $count ->
        [one] { $count } other assessment in this folder.
       *[other] { $count } other assessments in this folder.
    }
assess-home-report = See where you stand: the summary and the report
assess-home-review = Review or change the answers
assess-home-new = Start a new assessment (saved to { $file }; this one is kept as it is)
assess-home-compare = Compare with an earlier assessment
assess-home-open-other = Open another assessment in this folder
assess-home-quit = Quit
assess-home-question = What would you like to do?
assess-home-help = Press a letter, or ↑↓ then Enter · Ctrl-C quit
assess-home-compare-which = Compare with which assessment?
assess-home-open-which = Open which assessment?
assess-home-which-help = ↑↓ then Enter · Esc back
