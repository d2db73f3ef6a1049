# Les messages d’erreur, d’avertissement et d’information de l’outil (sortie d’erreur) : ce qui
# ne va pas, où (un fichier, une ligne, une colonne) et comment y remédier. `err-` : erreurs,
# `warn-` : avertissements, `cli-notice-` : ce qu’une commande dit avoir fait. Les noms
# d’options (--answers, -o), les commandes entre apostrophes inverses, les noms de fichiers, les
# valeurs entre guillemets droits et les exemples TOML (level = 2) restent tels quels.

# La ligne que l’outil affiche pour une erreur ; $message est l’erreur et ses causes.
err-main = erreur : { $message }

## La lecture d’un fichier. Ces messages suivent le nom d’un fichier (« impossible de lire le
## fichier de réponses a.toml : il n’existe pas ») : chacun est une proposition dont « il » est le fichier.

err-read-cannot-be-read = il ne peut pas être lu : { $reason }
err-read-too-large = il fait { $size } octets, au-delà de la limite de { $limit } octets
err-read-not-found = il n’existe pas
err-read-permission = il ne peut pas être lu : permission refusée
err-read-folder = c’est un dossier, pas un fichier
err-read-not-utf8 = il n’est pas en texte UTF-8
err-read-changed = il a changé pendant sa lecture ; réessayez
err-read-grew = il a grossi pendant sa lecture ; réessayez quand plus rien n’y écrit
err-read-symlink = c’est un lien symbolique ; indiquez le fichier lui-même
err-read-fifo = c’est un tube nommé, pas un fichier ordinaire ; enregistrez son contenu dans un fichier et indiquez celui-ci
err-read-device = c’est un périphérique, pas un fichier ordinaire ; indiquez un fichier
err-read-socket = c’est un socket, pas un fichier ordinaire ; indiquez un fichier
err-read-not-regular = ce n’est pas un fichier ordinaire ; indiquez un fichier

## L’écriture d’un fichier. $path est le fichier écrit.

err-write-no-folder = impossible d’écrire { $path } : le dossier { $folder } n’existe pas ; créez-le d’abord ou choisissez un autre chemin
err-write-is-folder = impossible d’écrire { $path } : c’est un dossier ; indiquez un nom de fichier
err-write-symlink = impossible d’écrire { $path } : c’est un lien symbolique ; indiquez le chemin du vrai fichier
err-write-age-name-plain = impossible d’écrire { $path } : un nom qui se termine par .age désigne un fichier chiffré, et celui-ci ne le serait pas ; dites qui peut le lire avec --encrypt-to, --recipients-file ou --passphrase si la commande les accepte, ou donnez un nom sans .age
err-write-over-encrypted = impossible d’écrire { $path } : c’est un fichier chiffré, qui serait remplacé par un fichier lisible par tous ; chiffrez-le aussi (--encrypt-to, --recipients-file ou --passphrase, avec un nom qui se termine par .age), ou choisissez un autre nom de fichier
err-write = impossible d’écrire { $path }
err-write-because = impossible d’écrire { $path } : { $reason }
err-write-fifo = impossible d’écrire { $path } : c’est un tube nommé sans lecteur ; lancez d’abord le lecteur ou écrivez dans un fichier
err-write-reason-disk-full = le disque est plein ; libérez de la place ou écrivez ailleurs
err-write-reason-quota = le quota disque est épuisé ; libérez de la place ou écrivez ailleurs
err-write-reason-permission = permission refusée ; choisissez un dossier où vous pouvez écrire, ou obtenez le droit d’écriture
err-write-reason-read-only = le système de fichiers est en lecture seule ; écrivez ailleurs
err-write-reason-too-large = le fichier est trop grand pour ce système de fichiers ; écrivez sur un autre système de fichiers
err-write-reason-folder-gone = le dossier n’existe plus ; créez-le ou choisissez un autre chemin
err-write-reason-is-folder = c’est un dossier ; indiquez un nom de fichier
err-write-reason-pipe-closed = le lecteur a fermé le tube
err-write-reason-not-ready = il n’est pas prêt à recevoir des données ; écrivez plutôt dans un fichier

## Le chiffrement (age). Les messages qui commencent par « il … » suivent le nom d’un fichier.

err-crypt-passphrase-and-recipients = --passphrase ne peut pas être combiné avec --encrypt-to ou --recipients-file : un fichier age s’ouvre soit avec une phrase secrète, soit avec les identités de ses destinataires ; choisissez l’un ou l’autre
err-crypt-no-recipient = aucun destinataire pour le chiffrement ; indiquez-en un avec --encrypt-to age1…, ou un fichier qui en contient avec --recipients-file FICHIER
# $from dit où le destinataire a été donné : l’option (--encrypt-to), ou err-crypt-recipients-line.
err-crypt-secret-not-recipient = { $from } : ceci est une identité secrète, pas un destinataire, et elle doit rester privée ; donnez plutôt son destinataire (la ligne age1… qu’a affichée `icso-assess key new`, ou `icso-assess key public FICHIER`)
err-crypt-ssh-recipient = { $from } : les clés SSH ne sont pas acceptées comme destinataires ; donnez un destinataire age (age1…), comme celui qu’affiche `icso-assess key new`
# $value est ce qui a été donné, entre guillemets.
err-crypt-not-recipient = { $from } : { $value } n’est pas un destinataire age ; un destinataire commence par age1 et compte 62 caractères, tel que l’affichent `icso-assess key new` ou age-keygen : vérifiez qu’il a été copié en entier
err-crypt-recipients-unreadable = impossible de lire le fichier de destinataires { $path } : { $reason }
err-crypt-recipients-not-text = le fichier de destinataires { $path } n’est pas du texte ; il contient un destinataire (age1…) par ligne
err-crypt-recipients-line = le fichier de destinataires { $path }, ligne { $line }
err-crypt-recipients-empty = le fichier de destinataires { $path } ne contient aucun destinataire ; écrivez un destinataire (age1…) par ligne
err-crypt-passphrase-no-terminal = la phrase secrète se saisit dans un terminal, et il n’y en a pas ici ; lancez la commande dans un terminal (elle n’est jamais lue sur la ligne de commande ni dans l’environnement)
err-crypt-passphrase-not-set = aucune phrase secrète définie après { $tries } essais ; rien n’a été écrit
# $env est le nom de la variable d’environnement (ICSO_ASSESS_IDENTITY).
err-crypt-needs-identity = il est chiffré (age) ; indiquez le fichier d’identité qui l’ouvre avec --identity FICHIER, ou nommez-le dans { $env }
err-crypt-passphrase-not-asked = il est chiffré avec une phrase secrète ; ouvrez-le avec une commande qui le lit (report --answers FICHIER), qui demande la phrase secrète
err-crypt-passphrase-failed = il est chiffré avec une phrase secrète, et aucune des { $tries } saisies ne l’ouvre ; demandez la phrase secrète à la personne qui l’a chiffré
# $files sont les fichiers d’identité donnés ; $option est --identity ou ICSO_ASSESS_IDENTITY.
err-crypt-other-keys = il est chiffré pour d’autres clés : aucune des identités de { $files } ({ $option }) ne l’ouvre ; indiquez avec --identity FICHIER le fichier d’identité de l’un de ses destinataires (pour les fichiers envoyés au secrétariat, la clé du secrétariat)
err-crypt-newer-format = il est chiffré dans un format age plus récent que celui que lit cette version d’icso-assess ; déchiffrez-le avec l’outil age, ou mettez icso-assess à jour
err-crypt-excessive-work = il demande plus de calcul pour la phrase secrète (facteur de travail scrypt { $factor }) que cet ordinateur n’en fait en 16 secondes environ, il n’a donc pas été essayé ; déchiffrez-le avec l’outil age : age -d -o FICHIER { $file }
err-crypt-bad-header = ce n’est pas un fichier age complet : son en-tête est endommagé ou tronqué ; demandez-en une nouvelle copie
err-crypt-damaged = il est endommagé : les données chiffrées ne passent pas la vérification (le fichier a été tronqué ou modifié après son chiffrement) ; demandez-en une nouvelle copie
err-crypt-too-large-decrypted = il contient plus de { $limit } octets une fois déchiffré, au-delà de la limite de { $limit } octets
err-crypt-identity-unreadable = le fichier d’identité { $path } ({ $option }) : { $reason }
err-crypt-identity-encrypted = le fichier d’identité { $path } ({ $option }) est lui-même chiffré ; icso-assess lit les fichiers d’identité tels que les écrivent `icso-assess key new` et age-keygen : déchiffrez-le d’abord dans un fichier privé
err-crypt-identity-empty = le fichier d’identité { $path } ({ $option }) ne contient aucune identité (pas de ligne AGE-SECRET-KEY-1…) ; indiquez le fichier qu’a écrit `icso-assess key new` ou age-keygen
# $error : les mots de la bibliothèque age (en anglais).
err-crypt-identity-invalid = le fichier d’identité { $path } ({ $option }) n’est pas un fichier d’identité age ({ $error }) ; indiquez le fichier qu’a écrit `icso-assess key new` ou age-keygen (les clés SSH ne sont pas acceptées)
err-key-identity-unreadable = le fichier d’identité { $path } : { $reason }
err-key-identity-invalid = le fichier d’identité { $path } n’est pas un fichier d’identité age ({ $error }) ; indiquez le fichier qu’a écrit `icso-assess key new` ou age-keygen
err-key-identity-empty = le fichier d’identité { $path } ne contient aucune identité (pas de ligne AGE-SECRET-KEY-1…) ; indiquez le fichier qu’a écrit `icso-assess key new` ou age-keygen
# $mode : les droits du fichier en octal (0644) ; $file : son nom tel qu’on le tape dans un shell.
warn-identity-shared = avertissement : le fichier d’identité { $path } peut être lu par d’autres utilisateurs de cet ordinateur (mode { $mode }), et qui le lit peut ouvrir tous les fichiers chiffrés pour lui ; rendez-le privé avec : chmod 600 { $file }

# Comment un fichier écrit est protégé, après « le fichier est » ou « (fichier … ) » : « Rapport html écrit dans r.html.age (fichier chiffré pour 1 destinataire) ».
cli-notice-encrypted-to = { $count ->
    [one] chiffré pour { $count } destinataire
   *[other] chiffré pour { $count } destinataires
}
cli-notice-encrypted-with-passphrase = chiffré avec une phrase secrète
cli-notice-passphrase-stopped = Arrêt à la phrase secrète ; rien n’a été écrit.
# Invites dans le terminal ; la phrase saisie suit l’espace finale. $what : le ou les fichiers qu’elle protège.
cli-notice-passphrase-new = Phrase secrète pour chiffrer { $what } :{" "}
cli-notice-passphrase-again = La même phrase secrète, encore une fois :{" "}
cli-notice-passphrase-for = Phrase secrète de { $path } :{" "}
cli-notice-passphrase-empty = Une phrase secrète vide ne protège rien ; saisissez-en une.
cli-notice-passphrase-differ = Les deux phrases secrètes diffèrent ; saisissez-la de nouveau.
cli-notice-passphrase-wrong = Cette phrase secrète n’ouvre pas { $path } ; réessayez.

## Un fichier écrit par-dessus un fichier lu, ou par-dessus un autre fichier écrit. $output,
## $input, $first et $second disent le rôle des fichiers (les messages err-role-) ; $option est
## l’option qui nomme le fichier écrit (-o).

err-output-is-input = impossible d’écrire { $output } dans { $path } : c’est { $input }, que cette commande lit ; choisissez un autre nom de fichier pour { $option }
err-outputs-collide = { $first } ({ $first_option }) et { $second } ({ $second_option }) seraient tous deux écrits dans { $path } ; donnez-leur des noms de fichier différents
err-role-data-file = un fichier de données de --data

## Le verrou qui empêche deux sessions d’ouvrir le même fichier de réponses. $lock : le fichier verrou.

err-lock-symlink = impossible d’ouvrir { $path } : son fichier verrou { $lock } est un lien symbolique ; supprimez-le et réessayez
err-lock-held = { $name } est ouvert dans un autre icso-assess ; terminez ou arrêtez d’abord cette session (Ctrl-C dans celle-ci), ou répondez dans un autre fichier avec --file
# $holder : ce que l’autre session a écrit d’elle-même (en anglais : « started 14:02 UTC, process 4242 »).
err-lock-held-by = { $name } est ouvert dans un autre icso-assess ({ $holder }) ; terminez ou arrêtez d’abord cette session (Ctrl-C dans celle-ci), ou répondez dans un autre fichier avec --file
err-lock-changing = impossible de verrouiller { $path } : son fichier verrou { $lock } ne cesse de changer ; réessayez
err-signals-watch = impossible de surveiller les signaux qui arrêtent une session
err-signals-thread = impossible de lancer le fil d’exécution qui surveille les signaux

## Commun aux commandes.

err-no-questionnaire = aucun questionnaire « { $id } » ; utilisez --questionnaire avec l’un de ceux-ci : { $ids }
err-docx-on-terminal = un document Word (--format docx) ne peut pas s’afficher dans un terminal ; enregistrez-le dans un fichier : { $how }
err-age-name-without-encryption = { $path } : un nom qui se termine par .age ({ $option }) désigne un fichier chiffré ; dites qui peut le lire avec --encrypt-to DESTINATAIRE, --recipients-file FICHIER ou --passphrase, ou donnez un nom sans .age
err-encrypted-name-without-age = { $given } chiffre le fichier que nomme { $option }, et le nom d’un fichier chiffré se termine par .age : nommez-le { $path }.age
err-encrypt-stdout = { $given } chiffre un fichier, et la sortie standard n’est jamais chiffrée ; écrivez dans un fichier dont le nom se termine par .age avec { $option } (par exemple { $option } report.html.age)
err-session-recipients-again = { $path } est chiffré pour des destinataires, qu’un fichier age ne nomme pas, et il est enregistré de nouveau après chaque étape : indiquez les mêmes --encrypt-to DESTINATAIRE ou --recipients-file FICHIER qu’au démarrage
# Les deux derniers noms d’une liste : $rest les autres, séparés par des virgules (« a, b »), $last le dernier (« c »).
err-list-and = { $rest } et { $last }
# La fin d’une liste abrégée : « a, b, c et 2 autres ».
# Ce qui sépare les éléments d’une liste qui contiennent eux-mêmes des virgules.
err-list-semicolon = {"\u00A0; "}
err-list-more = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}

# Ce qu’une commande a écrit dans un fichier. $format : le nom du format (html, markdown…) ;
# $sealed vaut « yes » s’il a été chiffré, et $how dit alors comment (cli-notice-encrypted-to).
cli-notice-wrote-report = { $sealed ->
    [yes] Rapport { $format } écrit dans { $path } (fichier { $how })
   *[no] Rapport { $format } écrit dans { $path }
}
cli-notice-wrote-comparison = { $sealed ->
    [yes] Comparaison { $format } écrite dans { $path } (fichier { $how })
   *[no] Comparaison { $format } écrite dans { $path }
}
cli-notice-wrote-plan = { $sealed ->
    [yes] Plan { $format } écrit dans { $path } (fichier { $how })
   *[no] Plan { $format } écrit dans { $path }
}
cli-notice-wrote-combined-report = { $sealed ->
    [yes] Rapport { $format } de { $count } répondants écrit dans { $path } (fichier { $how })
   *[no] Rapport { $format } de { $count } répondants écrit dans { $path }
}

## report, compare

err-no-answers-file = aucun fichier de réponses indiqué, et ce dossier ne contient pas de fichier { $file } ; lancez `icso-assess` pour répondre aux questions (il enregistre { $file } ici), ou nommez un fichier avec --answers FICHIER
cli-notice-reporting-on-default = Rapport sur { $file } de ce dossier (--answers FICHIER pour un autre).
cli-notice-next-plan = Étape suivante : faire de ces écarts un plan d’action, avec des responsables et des dates : { $command }
warn-plan-other-organisation = avertissement : { $place } : le plan concerne { $plan }, et les évaluations portent sur { $assessed } ; il est suivi quand même, mais vérifiez que vous avez donné le bon plan

## Les fichiers qu’une commande lit et écrit, tels que ses refus les nomment (« impossible
## d’écrire le rapport dans a.toml : c’est le fichier de réponses donné à --answers, … »).

err-role-report = le rapport
err-role-answers = le fichier de réponses
err-role-answers-given = le fichier de réponses donné à --answers
err-role-comparison = la comparaison
err-role-before = le fichier de réponses antérieur (AVANT)
err-role-after = le fichier de réponses postérieur (APRÈS)
err-role-plan-followed = le plan d’action (--plan)

## aggregate, et les fichiers qu’un atelier réunit

warn-line = avertissement : { $warning }
warn-anonymise-own-words = --anonymise remplace les noms des répondants, mais les notes, les justificatifs et les raisons de non-applicabilité apparaissent tels qu’ils ont été écrits et peuvent identifier des personnes ; relisez-les avant de partager
err-role-combined-input = l’un des fichiers de réponses réunis
err-role-combined-answers = les réponses combinées
cli-notice-saved-combined = { $sealed ->
    [yes] Réponses combinées de { $count } répondants enregistrées dans { $path } (fichier { $how })
   *[no] Réponses combinées de { $count } répondants enregistrées dans { $path }
}
err-combine-one-file = { $command } a besoin d’au moins deux fichiers de réponses et en a reçu 1 ({ $file }) ; donnez deux fichiers ou plus, ou un dossier qui les contient, comme dans `{ $example }`
err-combine-no-file = { $command } a besoin d’au moins deux fichiers de réponses et n’en a reçu aucun ; donnez deux fichiers ou plus, ou un dossier qui les contient, comme dans `{ $example }`
err-combine-failed = { $failed } des { $count } fichiers de réponses sont inutilisables ; le premier : { $first } ; les autres : { $others } ; lancez `icso-assess validate --answers FICHIER…` pour voir tous les problèmes
err-combine-questionnaire-missing = le questionnaire { $id } est introuvable
err-folder-unreadable = impossible de lire le dossier { $path } : { $reason }
err-folder-no-answers = le dossier { $path } ne contient aucun fichier de réponses (*.toml, *.xlsx, ou chiffrés *.toml.age, *.xlsx.age) ; indiquez le dossier qui les contient, ou les fichiers eux-mêmes
err-combine-group = { $id } version { $version } dans { $files }
err-combine-group-no-version = { $id } sans version dans { $files }
err-combine-questionnaires-differ = les fichiers de réponses viennent de questionnaires ou de versions différents : { $groups } ; réunissez des fichiers d’un seul questionnaire et d’une seule version (`icso-assess validate --answers FICHIER` dit comment mettre à jour un fichier ancien)
warn-respondent-repeated = le répondant « { $respondent } » répond dans { $count } fichiers, { $files } ; chacun compte comme un répondant : supprimez les copies s’il s’agit des mêmes réponses
warn-input-combined = { $file } contient des réponses combinées (répondant « { $respondent } ») ; il compte comme un répondant de plus, si bien que les répondants qu’il combine comptent deux fois : laissez-le de côté, sauf si c’est ce que vous voulez
warn-input-workshop = { $file } contient les réponses convenues d’un atelier (répondant « { $respondent } ») ; il compte comme un répondant de plus, si bien que les répondants dont il est parti comptent deux fois : laissez-le de côté, sauf si c’est ce que vous voulez
warn-organisation-in = « { $organisation } » dans { $files }
warn-organisations-differ = les fichiers nomment { $count } organisations ; les réponses combinées retiennent la plus fréquente, « { $chosen } » ({ $chosen_files } fichiers sur { $files }) ; les autres : { $others }

## key, init-data, show, list

err-key-to-stdout = une identité est un secret : elle s’écrit dans un fichier privé, jamais sur la sortie standard ; indiquez-en un avec -o, comme dans -o secretariat.key
err-key-exists = { $path } existe déjà et peut être une identité pour laquelle des fichiers sont chiffrés ; choisissez un autre nom de fichier (son destinataire : icso-assess key public { $file })
err-key-age-name = { $path } : un fichier d’identité n’est pas chiffré, son nom ne doit donc pas se terminer par .age ; nommez-le par exemple secretariat.key
# Deux paragraphes. $recipient : la ligne age1… ; $file : le fichier d’identité tel qu’on le tape dans un shell.
cli-notice-key-written =
    Nouvelle identité écrite dans { $path }, lisible par vous seul. Gardez-la privée et conservez-en une copie en lieu sûr : qui la détient peut ouvrir tous les fichiers chiffrés pour elle, et sans elle personne ne le peut.
    Donnez son destinataire (la ligne age1… ci-dessus) à ceux qui vous envoient des fichiers ; ils chiffrent avec --encrypt-to { $recipient }, et vous ouvrez leurs fichiers avec --identity { $file }.
err-init-data-unreadable = impossible de lire { $path }
err-init-data-not-empty = { $path } n’est pas vide ; choisissez un nouveau dossier, pour que rien de ce qu’il contient ne soit écrasé
err-create-folder = impossible de créer le dossier { $path }
cli-notice-init-data = { $count } fichiers de données, { $translations } fichiers de traduction et leurs schémas écrits dans { $path }. Modifiez-les, puis vérifiez-les avec : icso-assess validate --data { $dir }
err-no-recommendation = aucune recommandation « { $id } » ; donnez un identifiant de R01 à R{ $last } ou un numéro de 1 à { $count } (`icso-assess list` les montre toutes)
err-list-unknown = { $kind ->
        [part] aucune partie
        [area] aucun domaine
        [subtheme] aucun sous-thème
        [key] aucune recommandation clé
       *[tag] aucune étiquette
    } « { $value } » ; utilisez { $option } avec l’une de ces valeurs : { $choices }

## plan

err-plan-output-and-update = -o rédige un nouveau plan et --update modifie un plan existant ; indiquez l’un des deux
err-plan-where = dites où va le plan : -o plan.toml pour en rédiger un nouveau, ou --update plan.toml pour mettre à jour un plan existant
err-role-plan = le plan
err-role-plan-shown = le plan affiché
err-role-plan-export = l’export
err-plan-unreadable = impossible de lire le plan { $path } : { $reason }
err-plan-not-utf8 = { $path } : le plan n’est pas en texte UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur
err-plan-other-questionnaire = { $path } est un plan pour le questionnaire { $plan } et n’a aucune recommandation en commun avec ces réponses au questionnaire { $answers } ; vérifiez les fichiers
err-plan-update-unreadable = le plan mis à jour ne se relirait pas ({ $error }) ; { $path } est resté tel quel
cli-notice-plan-up-to-date = { $path } est à jour avec ces réponses : aucun nouvel écart, et aucun écart d’action comblé depuis sa dernière mise à jour.
cli-notice-plan-updated = { $path } mis à jour : { $added ->
        [one] { $added } nouvelle action
       *[other] { $added } nouvelles actions
    } pour de nouveaux écarts, { $closed ->
        [one] { $closed } marquée close
       *[other] { $closed } marquées closes
    } ; rien de ce que vous avez écrit n’a changé.
err-plan-exists = { $path } existe déjà ; pour le mettre à jour avec ces réponses, lancez `icso-assess plan --answers { $answers } --update { $file }`, ou rédigez dans un autre fichier
err-plan-draft-unreadable = le plan rédigé ne se relirait pas : { $error }
cli-notice-plan-drafted = { $path } rédigé : { $count ->
        [one] { $count } action
       *[other] { $count } actions
    } ({ $first } dans les 90 premiers jours, { $second } à 3-6 mois, { $third } à 6-12 mois). Indiquez un responsable pour chacune, ajustez les dates, puis consultez-le avec `icso-assess plan show { $file }`.
err-plan-xlsx-on-terminal = un classeur (--format xlsx) ne peut pas s’afficher dans un terminal ; enregistrez-le dans un fichier : -o plan.xlsx
err-plan-workbook = impossible de produire le classeur : { $error }
cli-notice-wrote-plan-file = { $what ->
        [xlsx] Plan xlsx
        [csv] CSV du plan
        [asana] CSV pour l’import d’Asana
        [jira] CSV pour l’import de Jira
       *[ics] Fichier iCalendar des échéances
    }{ $sealed ->
        [yes] , chiffré,
       *[no] {""}
    } écrit dans { $path }
cli-notice-plan-undated = { $count ->
        [one] { $count } action sans échéance est laissée hors du calendrier ; donnez-lui une échéance dans { $path } pour l’y inclure.
       *[other] { $count } actions sans échéance sont laissées hors du calendrier ; donnez-leur une échéance dans { $path } pour les y inclure.
    }

## template, convert, export xlsform, workshop pack. $questionnaire : l’identifiant d’un
## questionnaire (quick, full) ; $file : un nom de fichier tel qu’on le tape dans un shell.

err-template-exists = { $path } existe déjà et peut contenir des réponses ; choisissez un autre nom de fichier, ou supprimez-le d’abord
err-role-template = le modèle
err-template-workbook-on-terminal = un classeur ne peut pas s’afficher dans le terminal ; écrivez-le dans un fichier avec -o answers.xlsx
err-workbook-build = impossible de produire le classeur
cli-notice-template-workbook = Classeur vierge du questionnaire { $questionnaire } écrit dans { $path }. Remplissez les cellules jaunes dans Excel, LibreOffice ou Google Sheets (enregistré au format .xlsx), puis lancez : icso-assess report --answers { $file }
cli-notice-template-toml = Questionnaire { $questionnaire } vierge écrit dans { $path }. Remplissez-le, puis lancez : icso-assess report --answers { $file }
cli-notice-template-paper = Questionnaire { $questionnaire } à imprimer écrit dans { $path } : un domaine par page, une case à cocher par niveau. Saisissez les réponses plus tard avec : icso-assess assess --questionnaire { $id }
err-role-convert-input = les réponses à convertir
err-role-convert-output = les réponses converties
err-convert-consensus = { $path } est le fichier de consensus d’un atelier : le classeur n’a pas de place pour ses sources, ses justifications et ses participants, il n’a donc pas été converti ; faites le rapport sur le fichier tel quel (`icso-assess report --answers { $file }`)
err-convert-extension = { $path } : dites quoi écrire par l’extension : .toml pour un fichier texte de réponses, .xlsx pour un classeur (puis .age s’il est chiffré : answers.toml.age)
cli-notice-converted = { $sealed ->
    [yes] Les { $count } réponses de { $input } écrites dans { $output } (fichier { $how }).
   *[no] Les { $count } réponses de { $input } écrites dans { $output }.
}
err-role-form = le formulaire
err-xlsform-exists = { $path } existe déjà ; choisissez un autre nom de fichier, ou ajoutez --force pour le remplacer
err-xlsform-build = impossible de produire le formulaire
cli-notice-xlsform = Questionnaire { $questionnaire } écrit au format XLSForm dans { $path }. Déposez-le dans KoboToolbox ou ODK Central ; exportez les soumissions en CSV avec les valeurs et les en-têtes XML, puis lancez : icso-assess import kobo EXPORT.csv -o replies
err-role-workshop-input = l’un des fichiers de réponses de l’atelier
err-role-pack = le dossier d’atelier
cli-notice-pack-written = { $sealed ->
    [yes] Dossier d’atelier { $format } écrit dans { $path } (fichier { $how }) : { $discuss } désaccords à régler, { $confirm } questions à confirmer.
   *[no] Dossier d’atelier { $format } écrit dans { $path } : { $discuss } désaccords à régler, { $confirm } questions à confirmer.
}
err-pack-format = { $path } : un dossier d’atelier est une page à imprimer (.html) ou un document Word (.docx) ; nommez le fichier pack.html ou pack.docx, ou ajoutez --format html

## validate : son compte rendu sur la sortie standard.

err-validate-builtin-data = les données intégrées
err-validate-data-in = les données de { $path }
err-validate-data-first = impossible de vérifier des fichiers de réponses : { $data } comportent des erreurs ; corrigez-les d’abord (lancez validate sans --answers)
err-validate-more = et { $count ->
        [one] { $count } autre constat
       *[other] { $count } autres constats
    } : corrigez ceux ci-dessus et relancez validate (--format json les liste tous)
err-validate-data-and-answers = { $data } et { $count ->
        [one] { $count } fichier de réponses
       *[other] { $count } fichiers de réponses
    }
err-validate-ok = ok : { $what } { $answers ->
        [yes] sont valides
       *[no] sont valides
    } ({ $recommendations } recommandations, { $questionnaires } { $questionnaires ->
        [one] questionnaire
       *[other] questionnaires
    })
err-validate-summary = { $failed ->
        [yes] échec
       *[no] ok
    } : { $what } : { $errors } { $errors ->
        [one] erreur
       *[other] erreurs
    }, { $warnings } { $warnings ->
        [one] avertissement
       *[other] avertissements
    }
err-finding-error = erreur
err-finding-warning = avertissement

## La sauvegarde d’un fichier de réponses. $option : l’option qui le nomme (--file, --save-combined).

err-save-symlink = impossible d’enregistrer les réponses dans { $path } : c’est un lien symbolique, qu’icso-assess ne suit pas ; indiquez le chemin du fichier lui-même avec { $option }
err-save-folder = impossible d’enregistrer les réponses dans { $path } : c’est un dossier ; indiquez un nom de fichier avec { $option }, comme { $example }
err-save-not-regular = impossible d’enregistrer les réponses dans { $path } : ce n’est pas un fichier ordinaire ; choisissez un autre nom de fichier avec { $option }
err-save-parent-not-folder = impossible d’enregistrer les réponses dans { $path } : { $folder } n’est pas un dossier ; choisissez un autre emplacement avec { $option }
err-save-because = impossible d’enregistrer les réponses dans { $path } : { $reason }
err-save-reason-no-folder = le dossier n’existe pas ; créez-le d’abord ou choisissez un autre emplacement avec { $option }
err-save-reason-permission = permission refusée ; choisissez avec { $option } un dossier où vous pouvez écrire
err-save-reason-disk-full = le disque est plein ; libérez de la place ou choisissez un autre emplacement avec { $option }
err-save-reason-too-large = le fichier dépasse ce que permet ce système ; choisissez un autre emplacement avec { $option }
err-save-reason-read-only = le disque est en lecture seule ; choisissez un autre emplacement avec { $option }
err-save-reason-other = { $reason } ; choisissez un autre emplacement avec { $option }

## Les règles du texte des fichiers de réponses et de plan. $what nomme le texte (respondent,
## la note de la réponse R01 : les messages err-answers-what-) ; $at : la position d’un caractère (depuis 1).

err-text-too-long = { $what } compte { $length } caractères, au-delà de la limite de { $limit } ; raccourcissez-le
err-text-line-break = { $what } contient un saut de ligne au caractère { $at } ; gardez-le sur une seule ligne
err-text-tab = { $what } contient une tabulation au caractère { $at } ; remplacez-la par une espace (ce texte tient sur une ligne)
# $character le nomme par son code et son nom Unicode (en anglais) : U+001B (escape).
err-text-forbidden = { $what } contient { $character } au caractère { $at } ; { $line ->
        [yes] supprimez-le (seuls les caractères visibles et les espaces sont admis ici)
       *[no] supprimez-le (seuls les caractères visibles, les espaces, les tabulations et les sauts de ligne sont admis)
    }

## La lecture d’un fichier de réponses. Chaque problème suit le fichier, la ligne et la colonne
## (a.toml:7:9: …). Les noms de réglages et de champs (questionnaire_version, level, reason), les
## valeurs entre guillemets droits et les exemples TOML (level = "n/a", [answers.R01]) sont ce
## que contient le fichier : ils restent tels quels.

err-answers-invalid = le fichier de réponses n’est pas valide
err-answers-more-problems = ; { $count ->
        [one] { $count } autre problème
       *[other] { $count } autres problèmes
    } : lancez `icso-assess validate --answers { $file }`
err-workbook-unreadable = impossible de lire le classeur { $path } : { $reason }
err-answers-unreadable = impossible de lire le fichier de réponses { $path } : { $reason }
err-answers-not-utf8 = il n’est pas en texte UTF-8 (octet invalide à la position { $offset }) ; enregistrez-le en UTF-8
err-answers-table-twice = la table { $table } apparaît deux fois ; fusionnez les deux en une seule (chaque [table] ne peut apparaître qu’une fois)
err-answers-key-twice = `{ $key }` apparaît deux fois dans la même table ; n’en gardez qu’un
# $error : les mots du lecteur TOML (en anglais).
err-answers-toml-date = la date n’est pas un jour du calendrier ({ $error }) ; écrivez-la sous la forme AAAA-MM-JJ, comme date = "2026-11-20"
err-answers-toml = TOML non valide : { $error } ; vérifiez cette ligne (le texte va entre guillemets droits, comme dans level = "n/a" ; les tables s’écrivent [answers.R01])
err-answers-not-text = { $what } doit être un texte entre guillemets droits, pas { $kind } ; par exemple { $example }
err-answers-not-table = { $expected }, pas { $kind } : { $how }
err-answers-empty = le fichier est vide ; partez de `icso-assess template --questionnaire ID`, ou répondez aux questions avec `icso-assess assess`
err-answers-meaning-organisation = le nom de l’organisation
err-answers-meaning-respondent = la personne, l’équipe ou le bureau qui répond
err-answers-workshop-table = workshop doit être une table
err-answers-workshop-table-how = écrivez [workshop] seul sur une ligne, puis participants = 5 en dessous
err-answers-participants = participants de workshop vaut { $value } ; écrivez combien de répondants ont pris part, un nombre entier de 1 ou plus sans guillemets, comme participants = 5
err-answers-what-workshop-names = la liste names de [workshop]
err-answers-workshop-unknown-field = workshop a un champ inconnu { $field } ; supprimez-le ou utilisez l’un de ceux-ci : { $fields }
err-answers-workshop-no-participants = workshop n’indique pas de participants ; ajoutez participants = N, le nombre de répondants qui ont pris part
err-answers-not-list = { $what } doit être une liste de textes entre crochets, pas { $kind } ; par exemple { $example }
err-answers-list-too-long = { $what } compte { $count } entrées, au-delà de la limite de { $limit } ; gardez celles qui comptent le plus
err-answers-what-entry = l’entrée { $n } de { $what }
err-answers-unknown-setting = réglage inconnu { $setting } ; supprimez-le ou corrigez son nom (les réglages sont { $settings })
err-answers-format-missing = le réglage format manque ; ajoutez format = { $version } comme premier réglage
err-answers-format-other = format vaut { $format }, mais cette version d’icso-assess lit le format { $version } ; utilisez un icso-assess plus récent, ou écrivez format = { $version } si le fichier a été fait à la main
err-answers-format-not-number = format doit être le nombre { $version } sans guillemets, pas { $kind } ; écrivez format = { $version }
err-answers-questionnaire-missing = le réglage questionnaire manque ; ajoutez questionnaire = "ID" avec l’un de ceux-ci : { $ids }
err-answers-questionnaire-unknown = le questionnaire { $id } n’existe pas ; utilisez l’un de ceux-ci : { $ids }
err-answers-version-missing = le réglage questionnaire_version manque ; ajoutez questionnaire_version = "{ $version }"
err-answers-text-missing = le réglage { $name } manque ; ajoutez { $name } = "" ({ $meaning } ; peut rester vide)
err-answers-date-missing = le réglage date manque ; ajoutez date = "AAAA-MM-JJ" (le jour des réponses ; peut rester vide)
err-answers-date = la date { $date } { $why }
err-answers-date-time = la date { $date } n’est pas seulement un jour ; écrivez le jour seul, comme date = "2026-11-20"
err-answers-date-not-text = la date doit être un texte entre guillemets droits, pas { $kind } ; écrivez-la comme date = "2026-11-20"
err-answers-date-shape = n’a pas la forme AAAA-MM-JJ ; écrivez-la comme "2026-11-20", ou laissez-la vide ("")
err-answers-date-not-a-day = n’est pas un jour du calendrier ; vérifiez le mois (01-12) et le jour du mois (AAAA-MM-JJ)
err-answers-profile-table = profile doit être une table
err-answers-profile-table-how = écrivez [profile] seul sur une ligne, puis une réponse par ligne, comme orientation = "advocacy"
err-answers-profile-none = la question de profil { $question } n’est pas dans le questionnaire { $questionnaire } { $version }, qui n’a pas de questions de profil ; supprimez-la
err-answers-profile-unknown = la question de profil { $question } n’est pas dans le questionnaire { $questionnaire } { $version } ; supprimez-la ou utilisez l’une de celles-ci : { $questions }
err-answers-what-profile-answer = la réponse de profil { $id }
err-answers-profile-option = la réponse de profil { $id } = { $option } n’est pas l’une de ses options ; utilisez l’une de celles-ci : { $options }
err-answers-answers-table = answers doit contenir une table par question
err-answers-answers-table-how = écrivez [answers.R01] seul sur une ligne, puis level = 2 en dessous
err-answers-answer-table = answers.{ $id } doit être une table
err-answers-answer-table-how = écrivez [answers.{ $id }] seul sur une ligne, puis level = 2 en dessous
err-answers-question-unknown = la question { $question } n’est pas dans le questionnaire { $questionnaire } { $version } ; supprimez-la ou corrigez l’identifiant
err-answers-question-unknown-hint = la question { $question } n’est pas dans le questionnaire { $questionnaire } { $version } ; supprimez-la ou corrigez l’identifiant (vouliez-vous dire { $hint } ?)
# Une réponse, telle que les messages ci-dessous la nomment ($name) : « la réponse R01 ».
err-answers-what-answer = la réponse { $id }
err-answers-no-level = { $name } n’a pas de niveau ; ajoutez level = { $levels }, "n/a" ou "unknown" sous [answers.{ $id }], ou supprimez la table
err-answers-reason-not-na = { $name } donne une raison, mais son niveau n’est pas "n/a" ; une raison ne sert qu’aux réponses "n/a" : déplacez-la dans note, ou supprimez-la
err-answers-justification-no-source = { $name } donne une justification mais pas de source ; une justification sert aux réponses convenues en atelier : ajoutez source = "agreed", ou déplacez le texte dans note
err-answers-agreed-no-justification = { $name } a été convenue (source = "agreed") mais ne donne pas de justification ; ajoutez justification = "…" en disant pourquoi le groupe a retenu ce niveau
err-answers-source = { $name } a la source { $value } ; une source est "agreed" (avec une justification) ou "median of N" (le niveau combiné de N répondants), ou supprimez la ligne
err-answers-what-reason = la raison de { $name }
err-answers-what-note = la note de { $name }
err-answers-what-evidence = la liste des justificatifs de { $name }
err-answers-what-justification = la justification de { $name }
err-answers-unknown-field = { $name } a un champ inconnu { $field } ; supprimez-le ou utilisez l’un de ceux-ci : { $fields }
err-answers-na-no-reason = { $name } vaut "n/a" mais ne donne pas de raison ; ajoutez reason = "…" en disant pourquoi elle ne s’applique pas
err-answers-importance = { $name } a l’importance { $value } ; utilisez "low", "medium" ou "high" entre guillemets, ou supprimez la ligne pour garder l’importance par défaut du profil
err-answers-target-range = { $name } a le niveau visé { $target } ; un niveau visé est { $levels }
err-answers-target-not-number = { $name } a le niveau visé { $value } ; écrivez { $levels } sans guillemets, ou supprimez la ligne
err-answers-level-range = { $name } a le niveau { $level } ; les niveaux vont de { $range }
err-answers-level-scale = { $name } a le niveau { $level } ; les niveaux sont ceux de l’échelle
err-answers-level-not-number = { $name } a le niveau { $value } ; écrivez { $levels } sans guillemets, "n/a" (avec une raison) ou "unknown"
err-answers-empty-version = une version vide
err-answers-version-other = le questionnaire { $questionnaire } est en version { $version }, mais ce fichier a été fait pour { $made_for } ; les questions auxquelles il répond existent toutes encore dans la { $version } : vérifiez que les réponses conviennent toujours, puis écrivez { $fix }
err-answers-version-stale = le questionnaire { $questionnaire } est en version { $version }, mais ce fichier a été fait pour { $made_for } ; ces réponses ne correspondent plus : { $questions } (questions absentes de la { $version }) ; supprimez-les ou reportez ce qu’elles disent dans des notes, puis écrivez { $fix }
err-answers-levels-range = { $low } à { $high }
err-answers-levels-from = un niveau de { $range }
err-answers-levels-above = un niveau de l’échelle au-dessus de { $level }
err-answers-levels-any = un niveau de l’échelle
err-answers-kind-text = un texte
err-answers-kind-integer = un nombre entier
err-answers-kind-float = un nombre décimal
err-answers-kind-boolean = vrai ou faux
err-answers-kind-datetime = une date ou une heure
err-answers-kind-list = une liste
err-answers-kind-table = une table

## La lecture d’un fichier de plan. Chaque problème suit le fichier, la ligne et la colonne (plan.toml:12:9: …).

err-plan-invalid = le plan n’est pas valide
err-plan-more-problems = (et { $count ->
        [one] { $count } autre problème
       *[other] { $count } autres problèmes
    })
# $fix vaut « too-big » (trop grand pour être un plan), « missing » (fichier introuvable) ou « none ».
err-plan-read = impossible de lire le plan { $path } : { $reason }{ $fix ->
        [too-big] ; un plan est un court fichier texte (`icso-assess plan -o plan.toml` en rédige un) : vérifiez que vous avez donné le plan et non un autre fichier
        [missing] ; vérifiez le chemin, ou rédigez un plan avec `icso-assess plan --answers FICHIER -o plan.toml`
       *[none] {""}
    }
err-plan-encrypted = { $path } : le plan est chiffré (age), et les plans sont des fichiers texte laissés en clair pour être modifiés ; déchiffrez-le d’abord (age -d -i CLÉ -o plan.toml { $file })
err-plan-toml = TOML non valide : { $error } ; vérifiez cette ligne (le texte va entre guillemets droits, comme dans status = "done" ; chaque action commence par [[action]])
err-plan-not-text = { $what } doit être un texte entre guillemets droits ; par exemple { $example }
err-plan-date = { $what } { $date } { $why } ; écrivez la date comme "2027-03-31", ou "" pour aucune date
err-plan-date-shape = n’est pas une date écrite AAAA-MM-JJ
err-plan-date-not-a-day = n’est pas un jour du calendrier
err-plan-level = { $what } doit être un niveau de { $least } à { $max }, sans guillemets
err-plan-format = format doit valoir { $version } ; cette version d’icso-assess lit les plans au format { $version }
err-plan-action-table = chaque action doit être une table : commencez-la par [[action]] seul sur une ligne
err-plan-actions-list = action doit être une liste de tables : commencez chaque action par [[action]] seul sur une ligne
err-plan-what-action = l’action { $n }
# $field : le nom du champ dans le fichier.
err-plan-what-field = { $field ->
        [recommendation] la recommandation
        [title] le titre
        [phase] la phase
        [level] le niveau
        [target] le niveau visé
        [first_task] la première tâche
        [owner] le responsable
        [due] l’échéance
        [status] le statut
        [reason] la raison
        [closed] la date de clôture
       *[other] le champ { $field }
    } de { $name }
err-plan-unknown-recommendation = { $name } cite la recommandation { $id }, que le guide ne contient pas ; utilisez un identifiant de R01 à R48 (voir `icso-assess list`)
err-plan-choice = { $name } a { $field ->
        [phase] la phase
        [status] le statut
       *[other] le champ { $field }
    } { $value } ; utilisez l’une de ces valeurs : { $choices }
err-plan-no-recommendation = { $name } ne cite aucune recommandation ; ajoutez recommendation = "R08" (l’écart qu’elle comble)
err-plan-dropped-no-reason = { $name } est abandonnée mais ne donne pas de raison ; ajoutez reason = "…" en disant pourquoi

## La ligne de commande. $known liste les langues disponibles (en, es, fr).

err-lang-unknown = l’outil n’a pas de traduction pour cette langue ; choisissez l’une de celles-ci : { $known }
