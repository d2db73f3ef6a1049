# Le classeur de réponses à remplir (src/answers/workbook.rs) : ses feuilles, ses titres, les mots
# de ses listes déroulantes et ses consignes, et les messages sur un classeur mal rempli.
# Noms de feuilles : 31 caractères au plus, aucun des signes : \ / ? * [ ]. Un classeur écrit dans une
# langue est relu dans toute autre : les noms de feuilles et les mots des niveaux de chaque langue
# sont tous reconnus.

# Le titre du classeur dans ses propriétés ; $title est le titre du questionnaire.
wb-doc-title = Réponses icso-assess : { $title }
wb-sheet-instructions = Consignes
wb-sheet-profile = Profil
wb-sheet-questions = Questions

## La feuille des consignes, une cellule par ligne.

# $title, $id et $version sont ceux du questionnaire.
wb-instructions-title = { $title } (questionnaire { $id }, version { $version })
wb-instructions-heading = Comment remplir ce classeur
# $sheet est le nom de la feuille du profil.
wb-instructions-profile = 1. Dans la feuille { $sheet }, remplissez les cellules jaunes : votre organisation, qui répond, la date, et les questions sur votre organisation (choisissez dans la liste).
# $sheet est le nom de la feuille des questions ; $low et $high le niveau le plus bas et le plus
# haut ; $na et $dk les mots de la liste pour « sans objet » et « ne sait pas » ; $column le titre
# de la colonne du niveau.
wb-instructions-questions = 2. Dans la feuille { $sheet }, une ligne par question : lisez ce que signifie chaque niveau, puis choisissez votre niveau (de { $low } à { $high }, « { $na } » ou « { $dk } ») dans la cellule jaune « { $column } ».
wb-instructions-not-applicable = 3. Si une question ne s’applique pas à vous, choisissez « { $na } » et indiquez pourquoi dans la cellule Motif : elle reste rouge tant que ce n’est pas fait.
wb-instructions-optional = 4. L’importance, le niveau visé, la note et les justificatifs sont facultatifs. Un justificatif est ce qui atteste un niveau : un document, un lien ou une réunion, un par ligne dans la cellule (Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice). Laissez une question vide pour la passer : un classeur rempli en partie convient.
wb-instructions-send = 5. Enregistrez le classeur tel quel (.xlsx) et renvoyez-le. Ne renommez pas les feuilles et ne modifiez pas les colonnes grises : elles indiquent à l’outil à quelle question répond chaque ligne.
# La commande reste telle qu’on la tape ; CE-FICHIER tient la place du nom du classeur.
wb-instructions-results = Pour voir les résultats : icso-assess report --answers CE-FICHIER.xlsx

## La feuille du profil.

wb-profile-field = Champ
wb-profile-question = Question
wb-profile-answer = Votre réponse
wb-profile-organisation = Le nom de votre organisation
wb-profile-respondent = Qui répond : une personne, une équipe ou un bureau
# La date se tape AAAA-MM-JJ dans toutes les langues.
wb-profile-date = Le jour de ces réponses, au format AAAA-MM-JJ

## Les titres des colonnes de la feuille des questions.

wb-col-question = Question
wb-col-area = Domaine
wb-col-recommendation = Recommandation
wb-col-title = Titre
wb-col-text = Ce que nous demandons
# $level est le numéro d’un niveau (0 à 4).
wb-col-level-means = Le niveau { $level } signifie
wb-col-level = Votre niveau
wb-col-reason = Motif (obligatoire si sans objet)
wb-col-importance = Importance (facultatif)
wb-col-target = Niveau visé (facultatif)
wb-col-note = Note (facultatif)
wb-col-evidence = Justificatifs (facultatif, un par ligne)
# La cellule d’un niveau : $name est le nom du niveau (« Établi »), $description ce qu’il signifie.
wb-level-cell = { $name } : { $description }

## Les mots des listes déroulantes (en minuscules, sans virgule).

wb-not-applicable = sans objet
wb-dont-know = ne sait pas
wb-importance-low = faible
wb-importance-medium = moyenne
wb-importance-high = élevée

## Ce qui ne va pas dans un classeur. Ils suivent le nom du fichier et un deux-points.

# $why est l’un des messages wb-file-* ci-dessous.
wb-not-ours = n’est pas un classeur de réponses icso-assess : { $why } ; partez de `icso-assess template -o answers.xlsx`
# $error est le message du lecteur, en anglais.
wb-file-unreadable = il ne peut pas être lu comme un fichier .xlsx ({ $error })
wb-file-no-sheet = il n’a aucune feuille
# $sheet est le nom de la feuille tel que l’outil l’écrit.
wb-file-no-sheet-named = il n’a pas de feuille nommée { $sheet }
wb-file-no-questionnaire = sa feuille { $sheet } ne nomme aucun questionnaire
# $cell est une cellule comme K1 ; $heading le titre qu’elle devrait contenir.
wb-file-not-our-heading = la cellule { $cell } de la feuille { $sheet } ne contient pas « { $heading } »
wb-file-password = il est protégé par un mot de passe (ou c’est un ancien fichier .xls) ; ouvrez-le, enregistrez-le au format .xlsx sans mot de passe, puis réessayez
wb-file-truncated = ce n’est pas un fichier .xlsx complet ({ $error }) ; il a peut-être été tronqué : envoyez-le à nouveau
# $parts est un nombre de parties du fichier zip.
wb-file-too-many-parts = il contient { $parts } parties, bien plus qu’un classeur de réponses
# $part est le numéro d’une partie du fichier zip.
wb-file-part-unreadable = la partie { $part } ne peut pas être lue ({ $error }) ; elle est peut-être endommagée : envoyez le fichier à nouveau
wb-file-part-unpackable = la partie { $part } ne peut pas être décompressée ({ $error }) ; elle est peut-être endommagée : envoyez le fichier à nouveau
# $megabytes est un nombre entier.
wb-file-too-big = il se décompresse en plus de { $megabytes } Mo, bien plus qu’un classeur de réponses

## Où est un problème : « feuille Questions, cellule K3 : le niveau est… ».

# $message dit ce qui ne va pas à cet endroit.
wb-at-sheet = feuille { $sheet } : { $message }
wb-at-cell = feuille { $sheet }, cellule { $cell } : { $message }
# $cells est une plage comme A2:A5.
wb-at-cells = feuille { $sheet }, cellules { $cells } : { $message }
wb-sheet-read-error = elle ne peut pas être lue ({ $error }) ; enregistrez à nouveau le classeur au format .xlsx
wb-sheet-too-far = la feuille s’étend bien au-delà de ce qu’elle devrait contenir ; supprimez ce qui a été ajouté en dessous ou à côté
wb-cell-formula = la cellule contient une formule, qui n’est jamais calculée ici ; saisissez la valeur elle-même
wb-cells-merged = ces cellules sont fusionnées ; annulez la fusion (chaque question garde sa propre ligne) et enregistrez à nouveau
wb-level-date = le niveau est au format date ; choisissez un niveau dans la liste
# $error est la valeur d’erreur du tableur, comme #N/A.
wb-level-error = la cellule contient l’erreur { $error } ; choisissez un niveau dans la liste
# Une réponse « sans objet » sans motif ; $question est l’identifiant de la question (R01).
wb-missing-reason = la réponse { $question } est « sans objet » mais ne donne aucun motif ; indiquez dans la cellule Motif de sa ligne pourquoi la question ne s’applique pas
