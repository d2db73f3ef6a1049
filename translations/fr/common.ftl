# Mots que plusieurs documents partagent (src/document/wording/mod.rs).

# Une fois dans chaque rapport et dans `show`. $guide est le titre du guide tel que publié.
guide-dated = Les recommandations viennent du guide « { $guide } », rédigé en 2019-2020 à la suite d’une réunion d’OSCI à Hong Kong en juin 2019 ; les faits qu’il rapporte datent de cette période.

## Titres de section que plusieurs documents ont.

common-readiness-by-area = Préparation par domaine
common-overall-readiness = Préparation globale
common-key-recommendations = Recommandations clés
common-resources-from-guide = Ressources du guide

## Libellés des faits et des colonnes de tableau.

common-respondent = Répondant
common-questionnaire = Questionnaire
common-date = Date
# En tête de la colonne des identifiants dans les formats texte (terminal, Markdown).
common-id = Id
# La même sur la page HTML et dans Word, en capitales.
common-id-html = ID
common-recommendation = Recommandation
common-area = Domaine
# Une partie du guide, qui regroupe des domaines.
common-part = Partie
# La colonne des identifiants des recommandations clés (K1...).
common-key = Clé
common-readiness = Préparation
# La fourchette de préparation que laissent ouverte les réponses « ne sait pas ».
common-range-label = Fourchette
# Combien de questions ont reçu une réponse (« 3/4 »).
common-answered = Répondues
common-level = Niveau
# Le niveau visé.
common-target-label = Cible
common-importance = Importance
common-priority = Priorité
common-note = Note
# La première et la seconde de deux évaluations comparées.
common-before = Avant
common-after = Après
common-change = Évolution

## Ce qui tient lieu de niveau, et de faits manquants.

# « Sans objet », en abrégé, dans une cellule de tableau.
common-na-short = s.o.
# La réponse « je ne sais pas », dans une cellule de tableau.
common-dont-know = ne sait pas
common-unanswered = sans réponse
common-not-applicable-words = sans objet
common-not-scored = non évalué
common-no-date-given = sans date
common-not-named = non renseigné
common-organisation-not-named = organisation non nommée
# Tient lieu du nom de l’organisation dans un titre.
common-organisation-not-named-paren = (organisation non nommée)

# Commence le pied de page ; l’empreinte du catalogue (un code) suit.
common-catalogue-fingerprint = Empreinte du catalogue{" "}

# Un titre avec le nombre de ce qu’il annonce : « Répondants (3) ».
common-with-count = { $title } ({ $count })
# Le même lu par un lecteur d’écran : « Répondants, 3 ».
common-with-count-spoken = { $title }, { $count }
# Le titre, l’identifiant et la version d’un questionnaire.
common-questionnaire-full = { $title } ({ $id }, version { $version })
# Le motif d’une réponse « sans objet » là où figure une note ; $reason est le texte du répondant.
common-na-reason = s.o. : { $reason }

## Une catégorie de priorité telle qu’on la dit : que faire de l’écart.

common-band-act-now = agir maintenant
common-band-plan = planifier
common-band-later = plus tard
common-band-no-gap = aucun écart

## L’importance d’une question.

common-importance-low = faible
common-importance-medium = moyenne
common-importance-high = élevée

## La ponctuation que les formats texte mettent entre les choses.

# Un fait tel que les formats texte l’écrivent : « Répondant : Alice ».
common-labelled = { $label } : { $value }
# Un titre lu par un lecteur d’écran, comme un libellé : « Synthèse : ».
common-heading-spoken = { $heading } :
# Entre une chose et ce qu’on en dit, dans une ligne : « R01 : la question posée ».
common-colon = {"\u00A0: "}
# Entre les éléments d’une liste dans une phrase : « Procès-verbal ; Règlement du personnel ».
common-semicolon = {"\u00A0; "}
# « a, b et c » : $items sont tous les éléments sauf le dernier, séparés par des virgules ; $last est le dernier.
common-and-list = { $items } et { $last }

# L’invite du paginateur sous un long rapport dans un terminal. Ne pas utiliser ? % . : ni \
common-pager-keys = Espace pour la suite, b pour revenir, q pour quitter
# Le titre du sommaire de la page HTML.
common-contents = Sommaire
# Le numéro de la page imprimée, en bas : « Page 2 sur 6 ».
common-page-of = Page { $page } sur { $pages }
# Le titre de la liste des abréviations que le document emploie.
common-glossary = Abréviations
# Une abréviation explicitée à sa première occurrence. $meaning est ce qu’elle signifie, $term
# l’abréviation ; $plural vaut "yes" quand le texte l’emploie au pluriel avec un « s ». Les sigles
# sont invariables en français et le texte les emploie le plus souvent au pluriel (« les OSCI ») :
# le sigle reste à sa place et son sens suit entre parenthèses.
common-spelled-out = { $plural ->
        [yes] { $term } ({ $meaning })
       *[no] { $term } ({ $meaning })
    }
