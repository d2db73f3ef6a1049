# L’aide de la ligne de commande (`--help`). Les messages portent le nom de la commande et de
# l’argument : cli-report-about dit ce que fait `report`, cli-report-arg-format ce que veut dire
# son --format ; cli-arg-NOM sert à toutes les commandes qui ont l’argument sans message propre.
# Les noms d’options (--data), les valeurs (table, auto) et les commandes entre apostrophes
# inverses restent tels quels ; les emplacements en capitales (FICHIER, DOSSIER, N) sont les
# cli-value- ci-dessous : employez les mêmes mots dans les textes.

## Les mots de clap. clap met un deux-points après chaque titre de section : l’espace insécable
## qui le précède termine le titre.

cli-heading-usage = Utilisation :
cli-heading-commands = Commandes 
cli-heading-arguments = Arguments 
cli-heading-options = Options 
cli-heading-encryption = Chiffrement 
cli-note-default = {"["}par défaut : { $values }]
cli-note-possible-values = {"["}valeurs possibles : { $values }]
cli-arg-help = Affiche l’aide
cli-arg-help-summary = Affiche l’aide (--help pour en savoir plus)
cli-arg-help-long = Affiche l’aide (-h pour un résumé)
cli-arg-version = Affiche la version
cli-help-about = Affiche ce message, ou l’aide de la ou des sous-commandes indiquées

## L’outil, et les options de toutes les commandes

cli-about = Auto-évaluation de la préparation d’une ONG face à l’essor mondial de la Chine, fondée sur les 48 recommandations de l’International Civil Society Centre pour les OSCI
cli-after-help =
    Lancé sans commande dans un terminal, l’outil commence (ou reprend) l’évaluation.
    Codes de sortie : 0 réussite, 1 constats ou vérification échouée, 2 erreur d’utilisation ou d’exécution, 130 interruption.
cli-arg-data = Lit DOSSIER/recommendations/*.yaml et DOSSIER/questionnaires/*.yaml au lieu des données intégrées
cli-arg-color = Quand utiliser la couleur (NO_COLOR et CLICOLOR_FORCE sont respectés avec auto)
cli-arg-plain = Sortie pour lecteurs d’écran : ni tableaux, ni barres, ni couleur, un fait par ligne
cli-arg-identity = Ouvre les fichiers chiffrés (.age) avec l’identité age de FICHIER, telle que l’écrivent `key new` ou age-keygen ; répétable [par défaut : le fichier que nomme ICSO_ASSESS_IDENTITY]
cli-arg-lang = La langue des écrans et des rapports : en, fr ou es [par défaut : selon LANGUAGE, LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais]. Les fichiers de réponses sont les mêmes dans toutes les langues
cli-arg-encrypt-to = Chiffre ce qui est écrit pour ce destinataire age (age1…, tel que l’affiche `key new`) ; répétable. Le nom du fichier doit se terminer par .age, comme dans -o report.html.age
cli-arg-recipients-file = Chiffre pour chaque destinataire de FICHIER (un par ligne, commentaires après #, comme age le lit)
cli-arg-passphrase = Chiffre plutôt avec une phrase secrète, demandée deux fois dans le terminal
cli-arg-output = Écrit dans FICHIER au lieu de la sortie standard (- pour la sortie standard)
cli-arg-format = Format de sortie [par défaut : selon l’extension du fichier de -o, sinon table]
cli-arg-top = Combien d’écarts le résumé cite comme prioritaires maintenant (priorités haute et moyenne seulement)
cli-arg-files = Fichiers de réponses à un même questionnaire, ou dossiers qui en contiennent (leurs fichiers *.toml, par nom)
cli-arg-questionnaire = Quel questionnaire (quick ou full)
cli-arg-plan = Le fichier de plan (TOML)

## Les commandes

cli-assess-about = Lance ou reprend l’auto-évaluation interactive (par défaut dans un terminal)
cli-assess-arg-questionnaire = Quel questionnaire pour une nouvelle évaluation (quick ou full) ; demandé s’il n’est pas indiqué
cli-assess-arg-file = Le fichier de réponses à créer ou à reprendre
cli-assess-arg-review = Repasse sur chaque réponse, déjà remplie

cli-report-about = Rapport des écarts d’un fichier de réponses, à l’écran ou exporté
cli-report-arg-answers = Le fichier de réponses (TOML) du rapport [par défaut : assessment.toml dans ce dossier]

cli-compare-about = Les progrès entre deux évaluations d’une même organisation
cli-compare-arg-before = Le fichier de réponses antérieur (TOML)
cli-compare-arg-after = Le fichier de réponses postérieur (TOML) ; il peut répondre à un autre questionnaire
cli-compare-arg-plan = Suit le plan d’action de FICHIER (issu de `plan -o`) : chaque action face aux niveaux

cli-aggregate-about = Réunit les réponses de plusieurs répondants en un seul rapport, avec leurs désaccords
cli-aggregate-arg-files = Fichiers de réponses à un même questionnaire, ou dossiers qui en contiennent (leurs fichiers *.toml, *.xlsx et chiffrés *.toml.age, *.xlsx.age, par nom)
cli-aggregate-arg-save-combined = Enregistre aussi les réponses combinées dans un fichier de réponses, pour en faire le rapport ou les comparer plus tard
cli-aggregate-arg-anonymise = Nomme les répondants Répondant A, B… dans un ordre tiré au hasard, jamais par nom ni par fichier ; les notes et les justificatifs apparaissent tels qu’écrits

cli-plan-about = Rédige, met à jour, affiche et exporte un plan d’action (CSV, Asana, Jira, iCalendar)
cli-plan-long-about =
    Rédige, met à jour, affiche et exporte un plan d’action (CSV, Asana, Jira, iCalendar)

    Sans commande : rédige un plan à partir des écarts d’une évaluation (-o), ou le met à jour après l’évaluation suivante (--update).
cli-plan-arg-answers = Le fichier de réponses (TOML ou classeur) [par défaut : assessment.toml dans ce dossier]
cli-plan-arg-output = Rédige un nouveau plan dans FICHIER (jamais par-dessus un fichier existant)
cli-plan-arg-update = Met à jour le plan de FICHIER : ajoute des actions pour les nouveaux écarts, marque celles qui sont closes, garde chaque modification
cli-plan-show-about = Le plan par phase et par statut : un résumé, puis un tableau par phase avec ce qui est en retard
cli-plan-show-arg-today = Le jour par rapport auquel mesurer le retard [par défaut : la date du jour]
cli-plan-export-about = Le plan pour un autre outil : un CSV de tous les champs, l’import CSV d’Asana ou de Jira, ou un fichier iCalendar des échéances
cli-plan-export-arg-format = Ce qu’il faut écrire

cli-template-about = Écrit un fichier de réponses vierge à remplir à la main : texte commenté, classeur, ou questionnaire à imprimer
cli-template-arg-output = Écrit dans FICHIER au lieu de la sortie standard (sans jamais écraser)
cli-template-arg-format = toml (un fichier texte), xlsx (un classeur pour Excel, LibreOffice ou Google Sheets) ou html (un questionnaire à imprimer, avec des cases à cocher) ; par défaut : selon l’extension de -o, sinon toml

cli-workshop-about = Conduit un groupe, désaccord par désaccord, jusqu’à une position commune ; `workshop pack` imprime le dossier de l’animateur
cli-workshop-arg-spread = Discute les questions dont les niveaux s’écartent (du plus haut au plus bas) de N ou plus
cli-workshop-arg-named = Montre qui a donné quelle réponse (anonyme sinon)
cli-workshop-arg-output = Le fichier de consensus à écrire, ou à reprendre s’il existe
cli-workshop-pack-about = Un dossier à imprimer pour un atelier animé : l’ordre du jour, une fiche par désaccord avec de la place pour le niveau convenu et ses raisons, les questions à confirmer, les priorités principales
cli-workshop-pack-arg-output = Le dossier à écrire : .html (à imprimer) ou .docx (Word)
cli-workshop-pack-arg-format = html ou docx [par défaut : selon l’extension du fichier de -o]
cli-workshop-pack-arg-spread = Donne une fiche aux questions dont les niveaux s’écartent (du plus haut au plus bas) de N ou plus
cli-workshop-pack-arg-named = Nomme les répondants à côté de leurs niveaux et de leurs notes (anonymes sinon)

cli-export-about = Écrit un questionnaire pour un autre outil : un XLSForm pour KoboToolbox et ODK
cli-export-xlsform-about = Un XLSForm (survey, choices, settings) à déposer dans KoboToolbox ou ODK Central
cli-export-xlsform-arg-output = Le formulaire à écrire (.xlsx)
cli-export-xlsform-arg-force = Remplace FICHIER s’il existe

cli-import-about = Transforme un export KoboToolbox ou ODK du formulaire en un fichier de réponses par soumission
cli-import-arg-platform = La provenance de l’export
cli-import-arg-export = L’export : CSV (avec valeurs et en-têtes XML) ou .xlsx
cli-import-arg-output = Le dossier où écrire les fichiers de réponses (créé si besoin)
cli-import-arg-questionnaire = Quel questionnaire posait le formulaire (quick ou full) ; par défaut : celui dont les colonnes nomment les questions
cli-import-arg-force = Remplace les fichiers de réponses du même nom au lieu d’en numéroter de nouveaux

cli-convert-about = Transforme un classeur rempli en fichier texte de réponses, ou un fichier de réponses en classeur
cli-convert-arg-input = Le fichier de réponses ou le classeur à lire (.toml ou .xlsx)
cli-convert-arg-output = Le fichier à écrire : son extension (.toml ou .xlsx, avant .age s’il est chiffré) dit lequel (sans jamais écraser)

cli-key-about = Une identité age pour recevoir des réponses et des rapports chiffrés : `key new -o FICHIER`
cli-key-new-about = Une nouvelle identité age dans FICHIER (privé, jamais par-dessus un fichier existant) ; affiche son destinataire (age1…), dont ont besoin ceux qui vous envoient des fichiers chiffrés
cli-key-new-arg-output = Le fichier d’identité à écrire
cli-key-public-about = Affiche le destinataire de chaque identité de FICHIER, à donner à ceux qui vous envoient des fichiers
cli-key-public-arg-file = Un fichier d’identité, issu de `key new` ou d’age-keygen

cli-list-about = Liste les recommandations, avec des filtres au besoin
cli-list-arg-part = Seulement la partie 01, 02 ou 03
cli-list-arg-area = Seulement un domaine (par exemple strategy, communications, technology)
cli-list-arg-subtheme = Seulement un sous-thème de la partie 03 (3.1 à 3.4)
cli-list-arg-key = Seulement celles qui alimentent une recommandation clé (K1 à K7)
cli-list-arg-tag = Seulement celles qui portent une étiquette (par exemple climate, human-rights)
cli-list-arg-format = Format de sortie

cli-show-about = Affiche une recommandation en entier (par identifiant, par exemple R23, ou par numéro, par exemple 23)
cli-show-arg-id = Identifiant ou numéro de la recommandation

cli-init-data-about = Écrit une copie des données intégrées dans DOSSIER, à adapter puis à utiliser avec --data DOSSIER
cli-init-data-arg-dir = Le dossier à créer (qui ne doit pas exister, ou doit être vide)
cli-schema-about = Affiche le schéma JSON (draft-07) d’un format de fichier
cli-completions-about = Affiche un script de complétion pour le shell
cli-man-about = Affiche la page de manuel (roff)

cli-validate-about = Vérifie les fichiers de données des recommandations et des questionnaires
cli-validate-arg-format = Format de sortie
cli-validate-arg-strict = Échoue sur les avertissements comme sur les erreurs
cli-validate-arg-answers = Vérifie aussi ces fichiers de réponses par rapport à leur questionnaire

## Les emplacements des valeurs (--answers <FICHIER>), en capitales.

cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-dir = DOSSIER
cli-value-when = QUAND
cli-value-lang = LANGUE
cli-value-id = ID
cli-value-path = CHEMIN
cli-value-format = FORMAT
cli-value-n = N
cli-value-before = AVANT
cli-value-after = APRÈS
cli-value-recipient = DESTINATAIRE
cli-value-part = PARTIE
cli-value-area = DOMAINE
cli-value-subtheme = SOUS-THÈME
cli-value-key = CLÉ
cli-value-tag = ÉTIQUETTE
cli-value-plan = PLAN
cli-value-yyyy-mm-dd = AAAA-MM-JJ
cli-value-platform = PLATEFORME
cli-value-export = EXPORT
cli-value-input = ENTRÉE
cli-value-kind = TYPE
cli-value-shell = SHELL

## Les erreurs de clap (une option ou une valeur erronée sur la ligne de commande). $arg est une
## option ou un argument tel que tapé (--format <FORMAT>), $value une valeur, $name une commande.

cli-error-prefix = erreur :
cli-error-more = Pour en savoir plus, essayez '{ $flag }'.
cli-error-tip = conseil :
# $what vaut subcommand, argument ou value ; $count : combien de noms liste $names.
cli-error-similar = { $count ->
        [one] { $what ->
            [subcommand] une sous-commande proche existe
            [argument] un argument proche existe
           *[value] une valeur proche existe
        } : { $names }
       *[other] { $what ->
            [subcommand] des sous-commandes proches existent
            [argument] des arguments proches existent
           *[value] des valeurs proches existent
        } : { $names }
    }
cli-error-unknown = cause inconnue
cli-error-used-twice = l’argument '{ $arg }' ne peut pas être donné plusieurs fois
cli-error-conflict = l’argument '{ $arg }' ne peut pas être utilisé avec
cli-error-subcommand-conflict = la sous-commande '{ $arg }' ne peut pas être utilisée avec
cli-error-conflict-others = un ou plusieurs des autres arguments donnés
cli-error-no-equals = un signe égal est nécessaire pour donner une valeur à '{ $arg }'
cli-error-value-required = une valeur est nécessaire pour '{ $arg }', et aucune n’a été donnée
cli-error-invalid-value = valeur '{ $value }' non valide pour '{ $arg }'
cli-error-because = {"\u00A0"}: { $reason }
cli-error-unknown-subcommand = sous-commande '{ $name }' inconnue
cli-error-missing-arguments = les arguments obligatoires suivants n’ont pas été donnés :
cli-error-missing-subcommand = '{ $name }' demande une sous-commande, et aucune n’a été donnée
cli-error-subcommands = {"["}sous-commandes : { $values }]
cli-error-too-many-values = valeur '{ $value }' inattendue pour '{ $arg }' : aucune autre n’était attendue
cli-error-number-of-values = { $wanted } valeurs sont nécessaires pour '{ $arg }', mais { $given ->
        [one] { $given } a été donnée
       *[other] { $given } ont été données
    }
cli-error-unknown-argument = argument '{ $arg }' inattendu
