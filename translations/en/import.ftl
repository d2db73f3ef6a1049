# `import kobo|odk` (src/commands/import.rs): reading a KoboToolbox or ODK export into answers
# files. $file is the export's name as shown; $row and $column are numbers of the table (the
# first row is the column names); values of the form (na, dk, low, medium, high, and the
# choices' ids) are what a submission stores, the same in every language, and stay as they are.

# What the tool calls the export and the imported files in its own messages.
import-role-export = the export
import-role-imported = the imported answers files
import-unreadable = cannot read the export { $file }: { $why }
import-csv-header = { $file }: the first line (the column names) cannot be read
# $why is the CSV reader's message, in English.
import-csv-row = { $file }: row { $row }: { $why }; export the data again as CSV
# $header is the column's name; $what one of the import-bad-* messages.
import-at-column = row { $row }, column { $column } ({ $header }): { $what }
# $value is what the export holds; $choices the ids it may hold, with commas.
import-bad-choice = "{ $value }" is not one of the choices ({ $choices })
# $max is the highest level.
import-bad-level = level "{ $value }" is not one of 0-{ $max }, na (not applicable), dk (don't know)
import-bad-importance = importance "{ $value }" is not low, medium or high
# $question is a question's id (R01).
import-no-reason = row { $row }: { $question } is not applicable, but its reason ({ $question }_reason) is empty; the form asks for one, so the export may have been edited
# $why is what the answers checker found.
import-row = row { $row }: { $why }
import-refused = error: { $file }: { $why }; this submission is not imported
# $first is the row of the first submission with this id.
import-repeated = warning: { $file }: row { $row } repeats the submission of row { $first } (the same id); it is left out
# $questionnaire is a questionnaire's id; $example a question's id; both stay as typed.
import-no-question-column = { $file }: no column is named after a question of the { $questionnaire } questionnaire (such as { $example }); if the columns carry the questions' wording, export again with "XML values and headers" (Kobo) or without labels (ODK Central), from the form made by `icso-assess export xlsform --questionnaire { $questionnaire }`
import-no-questionnaire = the data has no questionnaire
import-column-left-out = warning: { $file }: column "{ $header }" is not a question of the { $questionnaire } questionnaire; it is left out
import-passphrase = import encrypts to recipients, not with a passphrase (each of thousands of files would take a second); give --encrypt-to RECIPIENT or --recipients-file FILE
# $folder is a folder's name.
import-cannot-create = cannot create the folder { $folder }
import-cannot-encrypt = cannot encrypt { $file }
import-cannot-write-in = cannot write in { $folder }
import-cannot-write = cannot write { $file }
# The closing line. $written, $again and $refused are numbers of submissions; $platform is
# KoboToolbox or ODK; $folder the folder written into.
import-done = Imported { $written } { $platform } { $written ->
        [one] submission
       *[other] submissions
    } into { $folder }{ $again ->
        [0] {""}
       *[other] ; { $again } already imported before, left as they were
    }{ $refused ->
        [0] {""}
       *[other] ; { $refused } not imported (see above)
    }.
# $sealed says how the files are encrypted ("encrypted to 1 recipient"); KEY-FILE stands for
# the key's file name, the command stays as typed.
import-next-sealed = The answers files are { $sealed }. Next: icso-assess aggregate --identity KEY-FILE { $folder }
import-next = Next: icso-assess aggregate { $folder }
