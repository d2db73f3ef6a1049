# `import kobo|odk` (src/commands/import.rs) : la lecture d’un export KoboToolbox ou ODK en fichiers
# de réponses. $file est le nom de l’export tel qu’affiché ; $row et $column sont des numéros du
# tableau (la première ligne porte les noms des colonnes) ; les valeurs du formulaire (na, dk, low,
# medium, high et les identifiants des choix) sont ce qu’une soumission enregistre, les mêmes dans
# toutes les langues, et restent telles quelles.

# Comment l’outil désigne l’export et les fichiers importés dans ses propres messages.
import-role-export = l’export
import-role-imported = les fichiers de réponses importés
import-unreadable = impossible de lire l’export { $file } : { $why }
import-csv-header = { $file } : la première ligne (les noms des colonnes) ne peut pas être lue
# $why est le message du lecteur CSV, en anglais.
import-csv-row = { $file } : ligne { $row } : { $why } ; exportez à nouveau les données en CSV
# $header est le nom de la colonne ; $what l’un des messages import-bad-*.
import-at-column = ligne { $row }, colonne { $column } ({ $header }) : { $what }
# $value est ce que contient l’export ; $choices les identifiants possibles, séparés par des virgules.
import-bad-choice = « { $value } » n’est pas l’un des choix ({ $choices })
# $max est le niveau le plus élevé.
import-bad-level = le niveau « { $value } » n’est pas l’un de 0-{ $max }, na (sans objet), dk (ne sait pas)
import-bad-importance = l’importance « { $value } » n’est pas low, medium ou high
# $question est l’identifiant d’une question (R01).
import-no-reason = ligne { $row } : { $question } est sans objet, mais son motif ({ $question }_reason) est vide ; le formulaire en demande un, l’export a donc peut-être été modifié
# $why est ce qu’a trouvé le contrôle des réponses.
import-row = ligne { $row } : { $why }
import-refused = erreur : { $file } : { $why } ; cette soumission n’est pas importée
# $first est la ligne de la première soumission ayant cet identifiant.
import-repeated = avertissement : { $file } : la ligne { $row } répète la soumission de la ligne { $first } (même identifiant) ; elle est laissée de côté
# $questionnaire est l’identifiant d’un questionnaire ; $example celui d’une question ; les deux restent tels quels.
import-no-question-column = { $file } : aucune colonne ne porte le nom d’une question du questionnaire { $questionnaire } (comme { $example }) ; si les colonnes portent le libellé des questions, exportez à nouveau avec « XML values and headers » (Kobo) ou sans les libellés (ODK Central), à partir du formulaire créé par `icso-assess export xlsform --questionnaire { $questionnaire }`
import-no-questionnaire = les données ne contiennent aucun questionnaire
import-column-left-out = avertissement : { $file } : la colonne « { $header } » n’est pas une question du questionnaire { $questionnaire } ; elle est laissée de côté
import-passphrase = import chiffre pour des destinataires, pas avec une phrase secrète (chacun des milliers de fichiers prendrait une seconde) ; indiquez --encrypt-to DESTINATAIRE ou --recipients-file FICHIER
# $folder est le nom d’un dossier.
import-cannot-create = impossible de créer le dossier { $folder }
import-cannot-encrypt = impossible de chiffrer { $file }
import-cannot-write-in = impossible d’écrire dans { $folder }
import-cannot-write = impossible d’écrire { $file }
# La ligne de fin. $written, $again et $refused sont des nombres de soumissions ; $platform est
# KoboToolbox ou ODK ; $folder le dossier où elles sont écrites.
import-done = { $written ->
        [one] { $written } soumission { $platform } importée
       *[other] { $written } soumissions { $platform } importées
    } dans { $folder }{ $again ->
        [0] {""}
        [one]  ; { $again } déjà importée auparavant, laissée telle quelle
       *[other]  ; { $again } déjà importées auparavant, laissées telles quelles
    }{ $refused ->
        [0] {""}
        [one]  ; { $refused } non importée (voir ci-dessus)
       *[other]  ; { $refused } non importées (voir ci-dessus)
    }.
# $sealed dit comment les fichiers sont chiffrés ; FICHIER-CLÉ tient la place du nom du fichier de clé,
# la commande reste telle qu’on la tape.
import-next-sealed = Les fichiers de réponses sont { $sealed }. Suite : icso-assess aggregate --identity FICHIER-CLÉ { $folder }
import-next = Suite : icso-assess aggregate { $folder }
