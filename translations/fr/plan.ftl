# Les mots du plan d’action (src/document/wording/plan.rs) : `plan show` dans tous les formats,
# les en-têtes du classeur, les événements du calendrier de `plan export --format ics` et les
# commentaires d’un nouveau fichier de plan. Les clés et valeurs du fichier de plan, ainsi que
# les sorties CSV et JSON, restent en anglais.

## Le titre et l’en-tête

# Le surtitre de la page HTML, au-dessus du nom de l’organisation.
plan-kicker = Plan d’action
# Le titre de la page et de chaque format texte, et le nom du calendrier.
plan-title = Plan d’action : { $organisation }
# Libellés des faits de l’en-tête : le jour de l’évaluation, et le jour où le plan est consulté
# (celui par rapport auquel une action est « en retard »).
plan-assessed = Évaluation
plan-as-of = Situation au
plan-no-assessment-date = date non indiquée

## Phases et statuts

# Le nom d’une phase : son titre, le libellé de sa ligne, la catégorie d’un événement.
plan-phase-first-90-days = 90 premiers jours
plan-phase-3-6-months = 3 à 6 mois
plan-phase-6-12-months = 6 à 12 mois et au-delà
# Le statut d’une action (féminin), dans sa cellule.
plan-status-not-started = non commencée
plan-status-in-progress = en cours
plan-status-done = terminée
plan-status-dropped = abandonnée
# À côté du statut d’une action à mener dont l’échéance précède le jour où le plan est consulté.
plan-overdue = en retard
# À la place d’un responsable ou d’une échéance non renseignés.
plan-no-owner = à désigner
plan-no-due-date = sans date
# Sous le statut d’une action ; $date est le jour de l’évaluation ultérieure qui a constaté son écart comblé.
plan-gap-closed = écart comblé ({ $date })

## La synthèse

plan-summary = Synthèse
# $actions est le nombre d’actions (jamais 0), puis combien ont chaque statut.
plan-counts = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    } : { $done ->
        [one] { $done } terminée
       *[other] { $done } terminées
    }, { $in_progress } en cours, { $not_started ->
        [one] { $not_started } non commencée
       *[other] { $not_started } non commencées
    }, { $dropped ->
        [one] { $dropped } abandonnée
       *[other] { $dropped } abandonnées
    }.
# Le nombre d’actions, dans la barre d’une phase.
plan-actions = { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
plan-no-actions = Le plan ne comporte aucune action : l’évaluation dont il est issu n’a relevé aucun écart à combler.
# $count actions à mener (non commencées ou en cours) sont en retard au $today, jour où le plan est consulté.
plan-overdue-sentence = { $count ->
        [0] Aucune action à mener n’est en retard au { $today }.
        [one] { $count } action à mener est en retard au { $today } : son échéance précédait cette date.
       *[other] { $count } actions à mener sont en retard au { $today } : leur échéance précédait cette date.
    }
# $count n’est jamais 0.
plan-closed-sentence = { $count ->
        [one] Une évaluation ultérieure a constaté que l’écart de { $count } action était comblé.
       *[other] Une évaluation ultérieure a constaté que les écarts de { $count } actions étaient comblés.
    }
# Les colonnes du tableau de synthèse, et sa dernière ligne.
plan-phase = Phase
plan-actions-column = Actions
plan-done = Terminées
plan-in-progress = En cours
plan-not-started = Non commencées
plan-dropped = Abandonnées
plan-overdue-column = En retard
plan-total-row = Toutes les phases
# Lu à voix haute, une phase de la synthèse : $phase son nom, $counts la phrase de plan-counts,
# $overdue le nombre de ses actions en retard.
plan-phase-spoken = { $phase } : { $counts } { $overdue } en retard.
plan-phase-spoken-empty = { $phase } : aucune action.

## Chaque phase

# Sous le titre d’une phase : $from et $to sont des dates (AAAA-MM-JJ) ; dans la première,
# $from est le jour de l’évaluation.
plan-window-first-90-days = Échéance proposée : le { $to }, 90 jours après l’évaluation du { $from }.
plan-window-3-6-months = Période proposée : du { $from } au { $to }, de trois à six mois après l’évaluation.
plan-window-6-12-months = Période proposée : du { $from } au { $to }, de six à douze mois après l’évaluation, ou plus tard.
plan-no-action-in-phase = Aucune action dans cette phase.
# Les colonnes des tableaux. « Action » est la colonne unique du terminal pour une
# recommandation et sa première tâche.
plan-first-task = Première tâche
plan-owner = Responsable
plan-due = Échéance
plan-status = Statut
plan-action-column = Action
# Libellés des lignes sous une action, et dans la description d’un événement.
plan-first-task-label = Première tâche :{" "}
plan-notes-label = Notes :{" "}
plan-reason-label = Motif de l’abandon :{" "}
# Lu à voix haute, une action : $id (R06) et $title la recommandation, $status son statut.
plan-action-spoken = { $id }, { $title }. Responsable : { $owner }. Échéance : { $due }. Statut : { $status }. Première tâche : { $task }

## La frise chronologique (page HTML et document Word)

plan-timeline-caption = Le plan dans le temps
# Ce qu’un lecteur d’écran lit comme nom du graphique.
plan-timeline-title = Les phases du plan dans le temps, avec l’état de leurs actions au { $today }
# Une phase dans la description du graphique, lue à voix haute : $window est plan-window-short,
# $counts la barre de la phase en mots (« 7 actions · 2 terminées »).
plan-timeline-desc = { $phase }, { $window } : { $counts }
plan-timeline-desc-undated = { $phase } : { $counts }
# Entre les phases dans cette description.
plan-desc-join = {" ; "}
# Les dates d’une phase dans le graphique.
plan-window-short = du { $from } au { $to }
# La ligne qui traverse le graphique au jour où le plan est consulté.
plan-today-mark = Situation au { $today }
# Les mots de la légende pour les parties de la barre d’une phase (ils décrivent des actions).
plan-legend-done = terminées
plan-legend-in-progress = en cours
plan-legend-not-started = non commencées
plan-legend-overdue = en retard
plan-legend-dropped = abandonnées
# Une partie de la barre d’une phase, comptée.
plan-bar-done = { $count ->
        [one] { $count } terminée
       *[other] { $count } terminées
    }
plan-bar-in-progress = { $count } en cours
plan-bar-not-started = { $count ->
        [one] { $count } non commencée
       *[other] { $count } non commencées
    }
plan-bar-overdue = { $count } en retard
plan-bar-dropped = { $count ->
        [one] { $count } abandonnée
       *[other] { $count } abandonnées
    }
plan-timeline-legend = Chaque barre couvre les dates prévues pour une phase, comptées à partir de l’évaluation, et se divise selon l’état de ses actions ; la ligne marque le jour où le plan est consulté. Un plan sans date d’évaluation présente ses phases l’une après l’autre.

## Le classeur (`plan show --format xlsx`)

# Le nom de la feuille : 31 caractères au plus, aucun de [ ] : * ? / \
plan-sheet-name = Plan
plan-closed-column = Écart comblé
plan-notes-column = Notes
plan-reason-column = Motif de l’abandon

## La description d’un événement du calendrier (`plan export --format ics`)

# $id est R06, $title le titre de la recommandation.
plan-export-recommendation = Recommandation { $id } du guide : { $title }
plan-owner-label = Responsable :{" "}
plan-status-label = Statut :{" "}
plan-phase-label = Phase :{" "}

## Le pied de page, après l’empreinte du catalogue

# $assessed est une date ou plan-no-assessment-date ; $guide le titre du guide tel que publié.
plan-footer = {" "}· questionnaire { $questionnaire } · évaluation : { $assessed } · établi avec icso-assess à partir du guide « { $guide } ».

## Les commentaires d’un nouveau fichier de plan (plan.toml)

# Chaque ligne devient un commentaire (« # » est ajouté). Les valeurs entre guillemets,
# [[action]], YYYY-MM-DD et les commandes restent telles quelles : les clés et les valeurs du
# fichier sont en anglais dans toutes les langues.
plan-file-title = Plan d’action icso-assess : une entrée [[action]] par écart, la plus urgente en premier.
plan-file-title-of = Plan d’action icso-assess pour { $organisation } : une entrée [[action]] par écart, la plus urgente en premier.
# $statuses et $phases énumèrent les valeurs que prend le fichier, entre guillemets.
plan-file-help =
    Modifiez-le librement : indiquez un responsable, changez une échéance (YYYY-MM-DD), reformulez une tâche, ajoutez des notes.
    status prend l’une des valeurs { $statuses } ; une action abandonnée (« dropped ») indique son motif dans reason.
    phase prend l’une des valeurs { $phases }.
    Après la prochaine évaluation, `icso-assess plan --answers NOUVEAU.toml --update CE-FICHIER` ajoute
    des actions pour les nouveaux écarts et marque ceux qui sont comblés, sans rien changer à ce que vous avez écrit.
    Consultez-le par phase avec `icso-assess plan show CE-FICHIER`.
# Après la date de l’évaluation, sur la même ligne.
plan-file-assessed-text = le jour de l’évaluation ; les échéances sont comptées à partir de cette date
