# The tool's error, warning and notice messages (standard error): what went wrong, where (a file,
# a line and a column), and the fix. `err-` messages are errors, `warn-` warnings, `cli-notice-`
# what a command says it did. Option names (--answers, -o), commands in backquotes, file names,
# values in double quotes and TOML examples (level = 2) are typed as they are: keep them in English.

# The one line `main` prints for an error; $message is the error, its causes joined.
err-main = error: { $message }

## Reading a file. These follow a file's name ("cannot read answers file a.toml: does not exist"),
## so each is a predicate whose subject is the file.

# $reason is the system's own words.
err-read-cannot-be-read = cannot be read: { $reason }
err-read-too-large = is { $size } bytes, over the limit of { $limit } bytes
err-read-not-found = does not exist
err-read-permission = cannot be read: permission denied
err-read-folder = is a folder, not a file
err-read-not-utf8 = is not UTF-8 text
err-read-changed = changed while it was being read; try again
err-read-grew = grew while it was being read; try again when nothing is writing to it
err-read-symlink = is a symbolic link; give the file itself
err-read-fifo = is a named pipe, not a regular file; save its content to a file and give that
err-read-device = is a device, not a regular file; give a file
err-read-socket = is a socket, not a regular file; give a file
err-read-not-regular = is not a regular file; give a file

## Writing a file. $path is the file written.

err-write-no-folder = cannot write { $path }: the folder { $folder } does not exist; create it first or choose another path
err-write-is-folder = cannot write { $path }: it is a folder; give a file name
err-write-symlink = cannot write { $path }: it is a symbolic link; give the real file's path
err-write-age-name-plain = cannot write { $path }: a name ending in .age is for an encrypted file, and this one would not be encrypted; say who may read it with --encrypt-to, --recipients-file or --passphrase where the command takes them, or give a name without .age
err-write-over-encrypted = cannot write { $path }: it is an encrypted file, and this would replace it with one anyone can read; encrypt it too (--encrypt-to, --recipients-file or --passphrase, with a name ending in .age), or choose another file name
err-write = cannot write { $path }
# $reason is one of the err-write-reason- messages, or the system's own words.
err-write-because = cannot write { $path }: { $reason }
err-write-fifo = cannot write { $path }: it is a named pipe with no reader; start the reader first or write to a file
err-write-reason-disk-full = the disk is full; free some space or write elsewhere
err-write-reason-quota = the disk quota is used up; free some space or write elsewhere
err-write-reason-permission = permission denied; choose a folder you may write to, or get write access
err-write-reason-read-only = the file system is read-only; write elsewhere
err-write-reason-too-large = the file is too large for this file system; write to another file system
err-write-reason-folder-gone = the folder no longer exists; create it or choose another path
err-write-reason-is-folder = it is a folder; give a file name
err-write-reason-pipe-closed = the reader closed the pipe
err-write-reason-not-ready = it is not ready for writing; write to a file instead

## Encryption (age). Messages that start "is ..." follow a file's name, like the reading ones.

err-crypt-passphrase-and-recipients = --passphrase cannot be combined with --encrypt-to or --recipients-file: an age file opens either with a passphrase or with its recipients' identities; choose one
err-crypt-no-recipient = no recipient to encrypt to; give one with --encrypt-to age1..., or a file of them with --recipients-file FILE
# $from is where the recipient was given: the option (--encrypt-to), or err-crypt-recipients-line.
err-crypt-secret-not-recipient = { $from }: that is a secret identity, not a recipient, and it must stay private; give its recipient instead (the age1... that `icso-assess key new` printed, or `icso-assess key public FILE`)
err-crypt-ssh-recipient = { $from }: SSH keys are not supported as recipients; give an age recipient (age1...), such as the one `icso-assess key new` prints
# $value is what was given, in quotes.
err-crypt-not-recipient = { $from }: { $value } is not an age recipient; a recipient starts with age1 and is 62 characters long, as `icso-assess key new` or age-keygen prints it: check that it was copied whole
# $reason is one of the err-read- messages.
err-crypt-recipients-unreadable = cannot read the recipients file { $path }: it { $reason }
err-crypt-recipients-not-text = the recipients file { $path } is not text; it holds one recipient (age1...) a line
err-crypt-recipients-line = the recipients file { $path }, line { $line }
err-crypt-recipients-empty = the recipients file { $path } holds no recipient; write one recipient (age1...) a line
err-crypt-passphrase-no-terminal = a passphrase is asked on the terminal, and there is none here; run the command in a terminal (it is never read from the command line or the environment)
err-crypt-passphrase-not-set = no passphrase was set after { $tries } tries; nothing was written
# $env is the name of the environment variable (ICSO_ASSESS_IDENTITY).
err-crypt-needs-identity = is encrypted (age); give the identity file that opens it with --identity FILE, or name it in { $env }
err-crypt-passphrase-not-asked = is encrypted with a passphrase; open it with a command that reads it (report --answers FILE), which asks the passphrase
err-crypt-passphrase-failed = is encrypted with a passphrase, and none of the { $tries } typed opens it; ask whoever encrypted it for the passphrase
# $files are the identity files given; $option is --identity or ICSO_ASSESS_IDENTITY.
err-crypt-other-keys = is encrypted to other keys: none of the identities in { $files } ({ $option }) opens it; give the identity file of one of its recipients with --identity FILE (for files sent to the secretariat, the secretariat's key)
err-crypt-newer-format = is encrypted in a newer age format than this version of icso-assess reads; decrypt it with the age tool, or update icso-assess
# $factor is a number; $file the file's name as typed in a shell.
err-crypt-excessive-work = asks for more passphrase work (scrypt work factor { $factor }) than this computer does in about 16 seconds, so it was not tried; decrypt it with the age tool: age -d -o FILE { $file }
err-crypt-bad-header = is not a complete age file: its header is damaged or cut short; ask for a new copy of it
err-crypt-damaged = is damaged: the encrypted data does not check out (the file was cut short or changed after it was encrypted); ask for a new copy of it
err-crypt-too-large-decrypted = holds more than { $limit } bytes once decrypted, over the limit of { $limit } bytes
# $option is --identity or ICSO_ASSESS_IDENTITY; $reason one of the err-read- messages.
err-crypt-identity-unreadable = the identity file { $path } ({ $option }) { $reason }
err-crypt-identity-encrypted = the identity file { $path } ({ $option }) is itself encrypted; icso-assess reads identity files as `icso-assess key new` and age-keygen write them: decrypt it to a private file first
err-crypt-identity-empty = the identity file { $path } ({ $option }) holds no identity (no AGE-SECRET-KEY-1... line); give the file `icso-assess key new` or age-keygen wrote
# $error is the age library's own words.
err-crypt-identity-invalid = the identity file { $path } ({ $option }) is not an age identity file ({ $error }); give the file `icso-assess key new` or age-keygen wrote (SSH keys are not supported)
err-key-identity-unreadable = the identity file { $path } { $reason }
err-key-identity-invalid = the identity file { $path } is not an age identity file ({ $error }); give the file `icso-assess key new` or age-keygen wrote
err-key-identity-empty = the identity file { $path } holds no identity (no AGE-SECRET-KEY-1... line); give the file `icso-assess key new` or age-keygen wrote
# $mode is the file's permissions in octal (0644); $file its name as typed in a shell.
warn-identity-shared = warning: the identity file { $path } can be read by other users of this computer (mode { $mode }), and whoever reads it can open every file encrypted to it; make it private with: chmod 600 { $file }

# How a written file is protected, inside a notice: "Wrote the html report, encrypted to 2 recipients, to r.html.age".
cli-notice-encrypted-to = { $count ->
    [one] encrypted to 1 recipient
   *[other] encrypted to { $count } recipients
}
cli-notice-encrypted-with-passphrase = encrypted with a passphrase
cli-notice-passphrase-stopped = Stopped at the passphrase; nothing was written.
# Prompts on the terminal; the typed passphrase follows the space at the end. $what is the file (or files) it protects.
cli-notice-passphrase-new = Passphrase to encrypt { $what }:{" "}
cli-notice-passphrase-again = The same passphrase again:{" "}
cli-notice-passphrase-for = Passphrase for { $path }:{" "}
cli-notice-passphrase-empty = An empty passphrase protects nothing; type one.
cli-notice-passphrase-differ = The two passphrases differ; type it again.
cli-notice-passphrase-wrong = That passphrase does not open { $path }; try again.

## An output that would overwrite an input, or another output. $output, $input, $first and
## $second name the files' roles ("the report", "the answers file given to --answers": the
## err-role- messages); $option is the option that names the output (-o).

err-output-is-input = cannot write { $output } to { $path }: that is { $input }, which this command reads; choose another file name for { $option }
err-outputs-collide = { $first } ({ $first_option }) and { $second } ({ $second_option }) would both be written to { $path }; give them different file names
err-role-data-file = a data file of --data

## The lock that keeps two sessions off one answers file. $lock is the lock file's name.

err-lock-symlink = cannot open { $path }: its lock file { $lock } is a symbolic link; remove it and try again
err-lock-held = { $name } is open in another icso-assess; finish or stop that session first (press Ctrl-C there), or answer in another file with --file
# $holder is what the other session wrote of itself ("started 14:02 UTC, process 4242").
err-lock-held-by = { $name } is open in another icso-assess, { $holder }; finish or stop that session first (press Ctrl-C there), or answer in another file with --file
err-lock-changing = cannot lock { $path }: its lock file { $lock } keeps changing; try again
err-signals-watch = cannot watch for the signals that stop a session
err-signals-thread = cannot start the thread that watches for signals

## Shared by the commands.

# $ids lists the questionnaires there are ("full, quick").
err-no-questionnaire = no questionnaire "{ $id }"; use --questionnaire with one of: { $ids }
# $how is how to save it to a file instead ("-o report.docx").
err-docx-on-terminal = a Word document (--format docx) cannot be shown on a terminal; save it to a file: { $how }
err-age-name-without-encryption = { $path }: a name ending in .age ({ $option }) is for an encrypted file; say who may read it with --encrypt-to RECIPIENT, --recipients-file FILE or --passphrase, or give a name without .age
# $given is the option that asks for encryption (--encrypt-to); $option the one that names the file (-o).
err-encrypted-name-without-age = { $given } encrypts the file { $option } names, and an encrypted file's name ends in .age: name it { $path }.age
err-encrypt-stdout = { $given } encrypts a file, and standard output is never encrypted; write to a file whose name ends in .age with { $option } (for example { $option } report.html.age)
err-session-recipients-again = { $path } is encrypted to recipients, whom an age file does not name, and it is saved again after every step: give the same --encrypt-to RECIPIENT or --recipients-file FILE as when it was started
# The last two of a list of names: $rest is the others joined by commas ("a, b"), $last the last ("c").
err-list-and = { $rest } and { $last }
# What separates the items of a list whose items hold commas themselves: "a, b in x.toml; c in y.toml".
err-list-semicolon = {"; "}
# The end of a list cut short: "a, b, c and 2 more".
err-list-more = { $count } more

# What a command wrote, to a file. $format is the format's name (html, markdown...); $sealed is
# "yes" when it was encrypted, and $how then says how (cli-notice-encrypted-to).
cli-notice-wrote-report = { $sealed ->
    [yes] Wrote the { $format } report, { $how }, to { $path }
   *[no] Wrote the { $format } report to { $path }
}
cli-notice-wrote-comparison = { $sealed ->
    [yes] Wrote the { $format } comparison, { $how }, to { $path }
   *[no] Wrote the { $format } comparison to { $path }
}
cli-notice-wrote-plan = { $sealed ->
    [yes] Wrote the { $format } plan, { $how }, to { $path }
   *[no] Wrote the { $format } plan to { $path }
}
# $count is how many respondents' answers were combined.
cli-notice-wrote-combined-report = { $sealed ->
    [yes] Wrote the { $format } report of { $count } respondents, { $how }, to { $path }
   *[no] Wrote the { $format } report of { $count } respondents to { $path }
}

## report, compare

# $file is the answers file looked for in this folder (assessment.toml).
err-no-answers-file = no answers file given, and there is no { $file } in this folder; run `icso-assess` to answer the questions (it saves { $file } here), or name a file with --answers FILE
cli-notice-reporting-on-default = Reporting on { $file } in this folder (use --answers FILE for another).
# $command is the command to run, as typed in a shell.
cli-notice-next-plan = Next: turn these gaps into an action plan with owners and dates: { $command }
# $place is where the plan names its organisation (plan.toml:2:16); $plan and $assessed are the
# organisations, in quotes.
warn-plan-other-organisation = warning: { $place }: the plan is for { $plan }, and the assessments are of { $assessed }; it is followed up all the same, but check that you gave the right plan

## The files a command reads and writes, as its refusals name them ("cannot write the report to
## a.toml: that is the answers file given to --answers, which this command reads").

err-role-report = the report
err-role-answers = the answers file
err-role-answers-given = the answers file given to --answers
err-role-comparison = the comparison
err-role-before = the earlier answers file (BEFORE)
err-role-after = the later answers file (AFTER)
err-role-plan-followed = the action plan (--plan)

## aggregate, and the files a workshop combines

# A warning on the terminal; $warning is one of the warn- messages below.
warn-line = warning: { $warning }
warn-anonymise-own-words = --anonymise replaces respondents' names, but notes, evidence and not-applicable reasons are shown as written and may identify people; read them before sharing
err-role-combined-input = one of the answers files being combined
err-role-combined-answers = the combined answers
# $count respondents (two or more); $sealed and $how as in cli-notice-wrote-report.
cli-notice-saved-combined = { $sealed ->
    [yes] Saved the combined answers of { $count } respondents, { $how }, to { $path }
   *[no] Saved the combined answers of { $count } respondents to { $path }
}
# $command is the command (aggregate, workshop pack); $example a command line that works.
err-combine-one-file = { $command } needs at least two answers files, and got 1 ({ $file }); give two or more files, or a folder holding them, as in `{ $example }`
err-combine-no-file = { $command } needs at least two answers files, and got 0; give two or more files, or a folder holding them, as in `{ $example }`
# $first is the first file's error; $others names the other files (err-list-and).
err-combine-failed = { $failed } of { $count } answers files cannot be used; the first: { $first }; the others: { $others }; run `icso-assess validate --answers FILE...` to see every problem
err-combine-questionnaire-missing = questionnaire { $id } is missing
# $reason is one of the err-read- messages, or the system's own words.
err-folder-unreadable = cannot read folder { $path }: { $reason }
err-folder-no-answers = folder { $path } holds no answers files (*.toml, *.xlsx, or encrypted *.toml.age, *.xlsx.age); give the folder that holds them, or the files themselves
# One group of err-combine-questionnaires-differ: a questionnaire, its version, the files that answer it.
err-combine-group = { $id } version { $version } in { $files }
err-combine-group-no-version = { $id } with no version in { $files }
# $groups are err-combine-group messages joined by "; ".
err-combine-questionnaires-differ = the answers files are from different questionnaires or versions: { $groups }; aggregate files of one questionnaire and version (`icso-assess validate --answers FILE` says how to update an older file)
# $respondent is the name the files give; $count how many files (two or more); $files names them.
warn-respondent-repeated = respondent "{ $respondent }" answers in { $count } files, { $files }; each is counted as a respondent: remove the copies if they are the same answers
warn-input-combined = { $file } holds combined answers (respondent "{ $respondent }"); it counts as one more respondent, so the respondents it combines count twice: leave it out unless that is what you want
warn-input-workshop = { $file } holds a workshop's agreed answers (respondent "{ $respondent }"); it counts as one more respondent, so the respondents it started from count twice: leave it out unless that is what you want
# One of the others of warn-organisations-differ: an organisation's name and the files that give it.
warn-organisation-in = "{ $organisation }" in { $files }
# $count organisations; $chosen is the one used, named in $chosen_files of the $files files.
warn-organisations-differ = the files name { $count } organisations; the combined answers use the most common, "{ $chosen }" ({ $chosen_files } of { $files } files); the others: { $others }

## key, init-data, show, list

err-key-to-stdout = an identity is a secret, so it is written to a private file, never to standard output; give one with -o, as in -o secretariat.key
# $file is the file's name as typed in a shell.
err-key-exists = { $path } already exists, and may be an identity that files are encrypted to; choose another file name (its recipient: icso-assess key public { $file })
err-key-age-name = { $path }: an identity file is not encrypted, so its name must not end in .age; name it like secretariat.key
# Two paragraphs. $recipient is the age1... line; $file the identity file's name as typed in a shell.
cli-notice-key-written =
    Wrote a new identity to { $path }, readable by you only. Keep it private and keep a copy somewhere safe: whoever has it can open every file encrypted to it, and without it nobody can.
    Give its recipient (the age1... line above) to those who send you files; they encrypt with --encrypt-to { $recipient }, and you open their files with --identity { $file }.
err-init-data-unreadable = cannot read { $path }
err-init-data-not-empty = { $path } is not empty; choose a new folder so nothing in it is overwritten
err-create-folder = cannot create the folder { $path }
# $dir is the folder as typed in a shell.
cli-notice-init-data = Wrote { $count } data files, { $translations } translation files and their schemas to { $path }. Edit them, then check with: icso-assess validate --data { $dir }
# $last is the last id's number, two digits (48); $count the number of recommendations.
err-no-recommendation = no recommendation "{ $id }"; give an id from R01 to R{ $last } or a number from 1 to { $count } (`icso-assess list` shows them all)
# $kind says which filter: part, area, subtheme, key (a key recommendation) or tag; $choices lists the ones there are.
err-list-unknown = no { $kind ->
        [part] part
        [area] area
        [subtheme] sub-theme
        [key] key recommendation
       *[tag] tag
    } "{ $value }"; use { $option } with one of: { $choices }

## plan

err-plan-output-and-update = -o drafts a new plan and --update changes an existing one; give one of them
err-plan-where = say where the plan goes: -o plan.toml to draft a new one, or --update plan.toml to bring an existing one up to date
err-role-plan = the plan
err-role-plan-shown = the shown plan
err-role-plan-export = the export
# $reason is one of the err-read- messages.
err-plan-unreadable = cannot read the plan { $path }: { $reason }
err-plan-not-utf8 = { $path }: the plan is not UTF-8 text; save it as UTF-8 in your editor
# $plan and $answers are questionnaire ids (quick, full).
err-plan-other-questionnaire = { $path } plans for the { $plan } questionnaire and shares no recommendation with these answers to { $answers }; check the files
# $error is what is wrong with it.
err-plan-update-unreadable = the updated plan would not read back ({ $error }); { $path } was left as it is
cli-notice-plan-up-to-date = { $path } is up to date with these answers: no new gaps, and no action's gap closed since it was last updated.
# $added new actions, $closed actions marked closed.
cli-notice-plan-updated = Updated { $path }: { $added ->
        [one] { $added } new action
       *[other] { $added } new actions
    } for new gaps, { $closed } marked closed; nothing you wrote was changed.
# $answers and $file are file names as typed in a shell.
err-plan-exists = { $path } already exists; to bring it up to date with these answers run `icso-assess plan --answers { $answers } --update { $file }`, or draft to another file
err-plan-draft-unreadable = the drafted plan would not read back: { $error }
# $count actions: $first in the first 90 days, $second in months 3 to 6, $third in months 6 to 12.
cli-notice-plan-drafted = Drafted { $path }: { $count ->
        [one] { $count } action
       *[other] { $count } actions
    } ({ $first } in the first 90 days, { $second } in the 3-6 months, { $third } in the 6-12 months). Write an owner for each, adjust the dates, then see it with `icso-assess plan show { $file }`.
err-plan-xlsx-on-terminal = a workbook (--format xlsx) cannot be shown on a terminal; save it to a file: -o plan.xlsx
err-plan-workbook = cannot make the workbook: { $error }
# $what is the kind of file: xlsx (the plan as a workbook), csv, asana, jira or ics; $sealed is "yes" when it was encrypted.
cli-notice-wrote-plan-file = Wrote the { $what ->
        [xlsx] xlsx plan
        [csv] CSV of the plan
        [asana] CSV for Asana's importer
        [jira] CSV for Jira's importer
       *[ics] iCalendar file of the due dates
    }{ $sealed ->
        [yes] , encrypted,
       *[no] {""}
    } to { $path }
# $count actions have no due date.
cli-notice-plan-undated = { $count ->
        [one] { $count } action without a due date is left out of the calendar; give it a due date in { $path } to include it.
       *[other] { $count } actions without a due date are left out of the calendar; give them a due date in { $path } to include them.
    }

## template, convert, export xlsform, workshop pack. $questionnaire is a questionnaire's id
## (quick, full); $file a file's name as typed in a shell.

err-template-exists = { $path } already exists and may hold answers; choose another file name, or delete it first
err-role-template = the template
err-template-workbook-on-terminal = a workbook cannot be shown in the terminal; write it to a file with -o answers.xlsx
err-workbook-build = could not build the workbook
cli-notice-template-workbook = Wrote a blank { $questionnaire } questionnaire workbook to { $path }. Fill in the yellow cells in Excel, LibreOffice or Google Sheets (saved as .xlsx), then run: icso-assess report --answers { $file }
cli-notice-template-toml = Wrote a blank { $questionnaire } questionnaire to { $path }. Fill it in, then run: icso-assess report --answers { $file }
# $id is the questionnaire's id as typed in a shell.
cli-notice-template-paper = Wrote the { $questionnaire } questionnaire to print to { $path }: one area a page, a box to tick per level. Type the answers in later with: icso-assess assess --questionnaire { $id }
err-role-convert-input = the answers to convert
err-role-convert-output = the converted answers
err-convert-consensus = { $path } is a workshop's consensus file: the workbook has no place for its sources, justifications and participants, so it was not converted; report on it as it is (`icso-assess report --answers { $file }`)
err-convert-extension = { $path }: say what to write by its extension: .toml for an answers text file, .xlsx for a workbook (then .age when encrypted: answers.toml.age)
# $count answers were converted from $input to $output; $sealed and $how as in cli-notice-wrote-report.
cli-notice-converted = { $sealed ->
    [yes] Wrote the { $count } answers of { $input }, { $how }, to { $output }.
   *[no] Wrote the { $count } answers of { $input } to { $output }.
}
err-role-form = the form
err-xlsform-exists = { $path } already exists; choose another file name, or add --force to replace it
err-xlsform-build = could not build the form
cli-notice-xlsform = Wrote the { $questionnaire } questionnaire as an XLSForm to { $path }. Upload it to KoboToolbox or ODK Central; export the submissions as CSV with XML values and headers, then run: icso-assess import kobo EXPORT.csv -o replies
err-role-workshop-input = one of the answers files of the workshop
err-role-pack = the workshop pack
# $discuss disagreements and $confirm questions (whole numbers).
cli-notice-pack-written = { $sealed ->
    [yes] Wrote the { $format } workshop pack, { $how }, to { $path }: { $discuss } disagreements to settle, { $confirm } questions to confirm.
   *[no] Wrote the { $format } workshop pack to { $path }: { $discuss } disagreements to settle, { $confirm } questions to confirm.
}
err-pack-format = { $path }: a workshop pack is a page to print (.html) or a Word document (.docx); name the file pack.html or pack.docx, or add --format html

## validate: its report on standard output.

err-validate-builtin-data = the built-in data
err-validate-data-in = the data in { $path }
# $data is err-validate-builtin-data or err-validate-data-in.
err-validate-data-first = cannot check answers files: { $data } has errors; fix those first (run validate without --answers)
err-validate-more = and { $count ->
        [one] { $count } more finding
       *[other] { $count } more findings
    }: fix the ones above and run validate again (--format json lists every finding)
# $count answers files were checked with the data.
err-validate-data-and-answers = { $data } and { $count } answers { $count ->
        [one] file
       *[other] files
    }
# $what is err-validate-builtin-data, err-validate-data-in or err-validate-data-and-answers; $answers is "yes" when answers files were checked too.
err-validate-ok = ok: { $what } { $answers ->
        [yes] are
       *[no] is
    } valid ({ $recommendations } recommendations, { $questionnaires } { $questionnaires ->
        [one] questionnaire
       *[other] questionnaires
    })
# $failed is "yes" when the check failed.
err-validate-summary = { $failed ->
        [yes] failed
       *[no] ok
    }: { $what }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
# Before a finding's code: error[invalid-level], warning[...].
err-finding-error = error
err-finding-warning = warning

## Saving an answers file. $option is the option that names it (--file, --save-combined).

err-save-symlink = cannot save answers to { $path }: it is a symbolic link, which icso-assess does not follow; give the path of the file itself with { $option }
# $example is a file name in that folder.
err-save-folder = cannot save answers to { $path }: it is a folder; give a file name with { $option }, like { $example }
err-save-not-regular = cannot save answers to { $path }: it is not a regular file; choose another file name with { $option }
err-save-parent-not-folder = cannot save answers to { $path }: { $folder } is not a folder; choose another place with { $option }
# $reason is one of the err-save-reason- messages.
err-save-because = cannot save answers to { $path }: { $reason }
err-save-reason-no-folder = the folder does not exist; create it first or choose another place with { $option }
err-save-reason-permission = permission denied; choose a folder you can write to with { $option }
err-save-reason-disk-full = the disk is full; free some space or choose another place with { $option }
err-save-reason-too-large = the file is larger than this system allows; choose another place with { $option }
err-save-reason-read-only = the disk is read-only; choose another place with { $option }
# $reason is the system's own words.
err-save-reason-other = { $reason }; choose another place with { $option }

## The rules for text in answers and plan files. $what names the text ("respondent",
## "the note of answer R01": the err-answers-what- messages); $at is a character's position (from 1).

err-text-too-long = { $what } is { $length } characters long, over the limit of { $limit }; shorten it
err-text-line-break = { $what } contains a line break at character { $at }; keep it on one line
err-text-tab = { $what } contains a tab at character { $at }; replace it with a space (this text stays on one line)
# $character names it by its code and Unicode name: U+001B (escape). $line is "yes" for a text that stays on one line.
err-text-forbidden = { $what } contains { $character } at character { $at }; { $line ->
        [yes] remove it (only visible characters and spaces are allowed here)
       *[no] remove it (only visible characters, spaces, tabs and line breaks are allowed)
    }

## Reading an answers file. Each problem is shown after the file, line and column
## (a.toml:7:9: ...). Setting and field names (questionnaire_version, level, reason), values in
## double quotes and TOML examples (level = "n/a", [answers.R01]) are what the file holds: keep
## them as they are.

err-answers-invalid = the answers file is not valid
# After the first problem, when there are more: $count more; $file the file's name as typed in a shell.
err-answers-more-problems = ; { $count ->
        [one] { $count } more problem
       *[other] { $count } more problems
    }: run `icso-assess validate --answers { $file }`
# $reason is one of the err-read- or err-crypt- messages that start "is ...".
err-workbook-unreadable = cannot read workbook { $path }: { $reason }
err-answers-unreadable = cannot read answers file { $path }: { $reason }
# Follows a file's name, like the err-read- messages.
err-answers-not-utf8 = is not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8
# $table is the table's header as written ([answers.R01]).
err-answers-table-twice = table { $table } appears twice; merge the two into one (each [table] may appear only once)
err-answers-key-twice = `{ $key }` appears twice in the same table; keep one of them
# $error is the TOML reader's own words (in English).
err-answers-toml-date = date is not a day of the calendar ({ $error }); write it as YYYY-MM-DD, like date = "2026-11-20"
err-answers-toml = not valid TOML: { $error }; check this line (text needs double quotes, as in level = "n/a"; tables look like [answers.R01])
# $what names the setting or field (organisation, the note of answer R01); $kind is one of the
# err-answers-kind- messages; $example how to write it.
err-answers-not-text = { $what } must be text in double quotes, not { $kind }; for example { $example }
# $expected says what it must be (err-answers-profile-table...), $how how to write it.
err-answers-not-table = { $expected }, not { $kind }: { $how }
err-answers-empty = the file is empty; start from `icso-assess template --questionnaire ID`, or answer the questions with `icso-assess assess`
# What organisation and respondent hold, inside err-answers-text-missing.
err-answers-meaning-organisation = the organisation's name
err-answers-meaning-respondent = the person, team or office answering
err-answers-workshop-table = workshop must be a table
err-answers-workshop-table-how = write [workshop] on its own line, then participants = 5 below it
# $value is what the file gives, quoted, or its kind.
err-answers-participants = workshop participants is { $value }; write how many respondents took part, a whole number of 1 or more without quotes, like participants = 5
err-answers-what-workshop-names = workshop names
err-answers-workshop-unknown-field = workshop has unknown field { $field }; remove it or use one of: { $fields }
err-answers-workshop-no-participants = workshop has no participants; add participants = N, how many respondents took part
err-answers-not-list = { $what } must be a list of texts in square brackets, not { $kind }; for example { $example }
err-answers-list-too-long = { $what } has { $count } entries, over the limit of { $limit }; keep the ones that matter most
# One text of a list: "entry 2 of the evidence of answer R01".
err-answers-what-entry = entry { $n } of { $what }
err-answers-unknown-setting = unknown setting { $setting }; remove it or fix its name (the settings are { $settings })
# $version is the format's number (1).
err-answers-format-missing = format is missing; add format = { $version } as the first setting
err-answers-format-other = format is { $format }, but this version of icso-assess reads format { $version }; use a newer icso-assess, or write format = { $version } if the file was made by hand
err-answers-format-not-number = format must be the number { $version } without quotes, not { $kind }; write format = { $version }
# $ids lists the questionnaires there are.
err-answers-questionnaire-missing = questionnaire is missing; add questionnaire = "ID" with one of: { $ids }
err-answers-questionnaire-unknown = questionnaire { $id } does not exist; use one of: { $ids }
err-answers-version-missing = questionnaire_version is missing; add questionnaire_version = "{ $version }"
# $name is organisation or respondent; $meaning what it holds (err-answers-meaning-).
err-answers-text-missing = { $name } is missing; add { $name } = "" ({ $meaning }; it may stay empty)
err-answers-date-missing = date is missing; add date = "YYYY-MM-DD" (the day of the answers; it may stay empty)
# $date is the date as written; $why is err-answers-date-shape or err-answers-date-not-a-day.
err-answers-date = date { $date } { $why }
err-answers-date-time = date { $date } is not just a day; write the day alone, like date = "2026-11-20"
err-answers-date-not-text = date must be text in double quotes, not { $kind }; write it like date = "2026-11-20"
err-answers-date-shape = is not in the form YYYY-MM-DD; write it like "2026-11-20", or leave it empty ("")
err-answers-date-not-a-day = is not a day of the calendar; check the month (01-12) and the day of the month (YYYY-MM-DD)
err-answers-profile-table = profile must be a table
err-answers-profile-table-how = write [profile] on its own line, then one answer a line, like orientation = "advocacy"
# $question is the id given, quoted; $questionnaire and $version the questionnaire's id and version.
err-answers-profile-none = profile question { $question } is not in questionnaire { $questionnaire } { $version }, which has no profile questions; remove it
err-answers-profile-unknown = profile question { $question } is not in questionnaire { $questionnaire } { $version }; remove it or use one of: { $questions }
err-answers-what-profile-answer = profile answer { $id }
err-answers-profile-option = profile answer { $id } = { $option } is not one of its options; use one of: { $options }
err-answers-answers-table = answers must hold one table per question
err-answers-answers-table-how = write [answers.R01] on its own line, then level = 2 below it
err-answers-answer-table = answers.{ $id } must be a table
err-answers-answer-table-how = write [answers.{ $id }] on its own line, then level = 2 below it
err-answers-question-unknown = question { $question } is not in questionnaire { $questionnaire } { $version }; remove it or fix the id
# $hint is the id of the question meant (R01).
err-answers-question-unknown-hint = question { $question } is not in questionnaire { $questionnaire } { $version }; remove it or fix the id (did you mean { $hint }?)
# One answer, as the messages below name it ($name): "answer R01".
err-answers-what-answer = answer { $id }
# $levels is err-answers-levels-from or another of the err-answers-levels- messages.
err-answers-no-level = { $name } has no level; add level = { $levels }, "n/a" or "unknown" below [answers.{ $id }], or remove the table
err-answers-reason-not-na = { $name } gives a reason but its level is not "n/a"; a reason is only for "n/a" answers: move it into note, or remove it
err-answers-justification-no-source = { $name } gives a justification but no source; a justification is for answers a workshop agreed: add source = "agreed", or move the text into note
err-answers-agreed-no-justification = { $name } was agreed (source = "agreed") but gives no justification; add justification = "..." saying why the group agreed this level
err-answers-source = { $name } has source { $value }; a source is "agreed" (with a justification) or "median of N" (the combined level of N respondents), or remove the line
err-answers-what-reason = the reason of { $name }
err-answers-what-note = the note of { $name }
err-answers-what-evidence = the evidence of { $name }
err-answers-what-justification = the justification of { $name }
err-answers-unknown-field = { $name } has unknown field { $field }; remove it or use one of: { $fields }
err-answers-na-no-reason = { $name } is "n/a" but gives no reason; add reason = "..." saying why it does not apply
err-answers-importance = { $name } has importance { $value }; use "low", "medium" or "high" in quotes, or remove the line to keep the profile's default
err-answers-target-range = { $name } has target { $target }; a target is { $levels }
err-answers-target-not-number = { $name } has target { $value }; write { $levels } without quotes, or remove the line
# $range is err-answers-levels-range.
err-answers-level-range = { $name } has level { $level }; levels run { $range }
err-answers-level-scale = { $name } has level { $level }; levels are the levels of the scale
err-answers-level-not-number = { $name } has level { $value }; write { $levels } without quotes, "n/a" (with a reason) or "unknown"
# What a file was made for, when its questionnaire_version is empty.
err-answers-empty-version = an empty version
# $made_for is the version the file gives; $fix the line to write (questionnaire_version = "1.0").
err-answers-version-other = questionnaire { $questionnaire } is version { $version } but this file was made for { $made_for }; the questions answered here all still exist in { $version }: check that the answers still fit, then set { $fix }
# $questions lists the answers to questions the questionnaire no longer has.
err-answers-version-stale = questionnaire { $questionnaire } is version { $version } but this file was made for { $made_for }; these answers no longer match: { $questions } (questions not in { $version }); remove them or move what they say into notes, then set { $fix }
# The levels of a scale: "0 to 4".
err-answers-levels-range = { $low } to { $high }
err-answers-levels-from = a level from { $range }
err-answers-levels-above = a level of the scale above { $level }
err-answers-levels-any = a level of the scale
err-answers-kind-text = text
err-answers-kind-integer = a whole number
err-answers-kind-float = a decimal number
err-answers-kind-boolean = true or false
err-answers-kind-datetime = a date or time
err-answers-kind-list = a list
err-answers-kind-table = a table

## Reading a plan file. Each problem follows the file, line and column (plan.toml:12:9: ...).

err-plan-invalid = the plan is not valid
# After the first problem, when there are more (listed on the lines below).
err-plan-more-problems = (and { $count ->
        [one] { $count } more problem
       *[other] { $count } more problems
    })
# $reason is one of the err-read- messages; $fix is "too-big" (the file is too large to be a
# plan), "missing" (there is no such file) or "none".
err-plan-read = cannot read the plan { $path }: { $reason }{ $fix ->
        [too-big] ; a plan is a short text file (`icso-assess plan -o plan.toml` drafts one): check that you gave the plan and not another file
        [missing] ; check the path, or draft a plan with `icso-assess plan --answers FILE -o plan.toml`
       *[none] {""}
    }
err-plan-encrypted = { $path }: the plan is encrypted (age), and plans are text files kept unencrypted to edit them; decrypt it first (age -d -i KEY -o plan.toml { $file })
err-plan-toml = not valid TOML: { $error }; check this line (text needs double quotes, as in status = "done"; each action starts with [[action]])
# $what names the setting or field (organisation, the owner of action 3).
err-plan-not-text = { $what } must be text in double quotes; for example { $example }
# $date is the date as written; $why is err-plan-date-shape or err-plan-date-not-a-day.
err-plan-date = { $what } { $date } { $why }; write it like "2027-03-31", or "" for no date
err-plan-date-shape = is not a date written YYYY-MM-DD
err-plan-date-not-a-day = is not a day of the calendar
err-plan-level = { $what } must be a level from { $least } to { $max }, without quotes
err-plan-format = format must be { $version }; this version of icso-assess reads plans of format { $version }
err-plan-action-table = each action must be a table: start it with [[action]] on its own line
err-plan-actions-list = action must be a list of tables: start each action with [[action]] on its own line
# One action of the plan, as the messages name it ($name): "action 3".
err-plan-what-action = action { $n }
# A field of an action: $field is the field's name in the file (title, first_task, due...).
err-plan-what-field = the { $field ->
        [first_task] first task
        [due] due date
        [closed] closed date
       *[other] { $field }
    } of { $name }
err-plan-unknown-recommendation = { $name } names recommendation { $id }, which the guide does not have; use an id from R01 to R48 (see `icso-assess list`)
# $field is phase or status; $choices lists the values it may take, in quotes.
err-plan-choice = { $name } has { $field } { $value }; use one of { $choices }
err-plan-no-recommendation = { $name } names no recommendation; add recommendation = "R08" (the gap it closes)
err-plan-dropped-no-reason = { $name } is dropped but gives no reason; add reason = "..." saying why

## The command line. $known lists the languages there are (en, es, fr).

err-lang-unknown = the tool has no translation for this language; choose one of { $known }
