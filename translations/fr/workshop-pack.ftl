# Les mots du dossier d’atelier imprimé (src/document/wording/workshop.rs, `workshop pack`) :
# l’ordre du jour, la vue d’ensemble, une fiche par désaccord, les questions à confirmer, les
# priorités et les prochaines étapes. Un groupe s’accorde sur une position à partir des réponses
# de ses membres, appelés « répondants ».

## L’en-tête

# Au-dessus du nom de l’organisation.
pack-kicker = Dossier d’atelier
# Le titre de la page HTML.
pack-title = Dossier d’atelier : { $organisation }
pack-respondents = Répondants
# Avant une référence (un document, un lien) des justificatifs d’une réponse, sur une fiche.
pack-evidence-label = Justificatif :{" "}
pack-answers-dated = Dates des réponses
# Libellés de lignes à remplir à la main.
pack-workshop-date-line = Date de l’atelier
pack-facilitator-line = Animation
pack-note-taker-line = Qui consigne les réponses convenues
# La première et la dernière date des réponses (AAAA-MM-JJ).
pack-dated = du { $first } au { $last }

## L’ordre du jour

pack-agenda = Ordre du jour
pack-agenda-intro = Le groupe s’accorde sur une position commune à partir des réponses individuelles, et consacre son temps aux points où elles divergent.
# Les cinq parties de l’ordre du jour, qui sont aussi des titres plus loin.
pack-overview = Vue d’ensemble
pack-disagreements = Désaccords
pack-confirmation = Confirmation
pack-priorities = Priorités
pack-next-steps = Prochaines étapes
pack-overview-agenda = Où en sont les réponses : combien ont répondu, dans quelle mesure, et sur quoi elles concordent.
# $count questions ont des niveaux qui diffèrent de $spread (un nombre de niveaux) ou plus.
pack-disagreements-agenda = { $count ->
        [0] Aucune question n’a de niveaux qui diffèrent de { $spread } ou plus : rien à trancher.
        [one] { $count } question sur laquelle les niveaux donnés diffèrent de { $spread } ou plus, sur une fiche à part : convenez d’un niveau et dites pourquoi.
       *[other] { $count } questions sur lesquelles les niveaux donnés diffèrent de { $spread } ou plus, une fiche chacune, la plus prioritaire en premier : convenez d’un niveau pour chacune et dites pourquoi.
    }
pack-confirmation-agenda = { $count ->
        [0] Aucune question à confirmer : toutes sont discutées.
        [one] { $count } question dont les niveaux sont proches, ou à laquelle personne n’a donné de niveau : confirmez sa réponse combinée, ou rouvrez-la.
       *[other] { $count } questions dont les niveaux sont proches, ou auxquelles personne n’a donné de niveau : confirmez leurs réponses combinées, ou rouvrez-en une.
    }
pack-priorities-agenda = { $count ->
        [0] Les réponses combinées ne font apparaître aucun écart sur lequel agir ou à planifier maintenant.
        [one] La priorité principale des réponses combinées, avec la première étape proposée par le guide, à discuter.
       *[other] Les { $count } priorités principales des réponses combinées, avec les premières étapes proposées par le guide, à discuter.
    }
pack-next-steps-agenda = Qui consigne les réponses convenues, et qui fait quoi, pour quand.

## La vue d’ensemble

pack-coverage-label = Réponses données
pack-combined-readiness = Préparation combinée
pack-to-discuss-label = À discuter
pack-to-confirm-label = À confirmer
pack-scale-label = Échelle
# $answers réponses en tout ($questions questions fois le nombre de répondants), puis combien
# sont des niveaux, « sans objet », « ne sait pas » et sans réponse.
pack-coverage = { $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    } à { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } : { $levels ->
        [one] { $levels } niveau
       *[other] { $levels } niveaux
    }, { $na } sans objet, { $unknown } ne sait pas, { $unanswered } sans réponse
pack-to-discuss = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } (les niveaux diffèrent de { $spread } ou plus)
pack-to-confirm = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } (niveaux plus proches, ou aucun donné)
pack-anonymous = Les répondants ne sont pas nommés dans ce dossier : chaque fiche compte les niveaux choisis et cite les notes laissées, sans dire de qui elles viennent.
# Avant la liste des noms des répondants.
pack-named = Les répondants sont nommés dans ce dossier, à côté des niveaux qu’ils ont choisis et des notes qu’ils ont laissées :

## La fiche d’un désaccord

pack-sheet-kicker = Désaccord { $n } sur { $of }
pack-levels-given-label = Niveaux donnés
pack-combined-level-label = Niveau combiné (médiane inférieure)
# $level est un niveau (« 1 Ponctuel »), $band ce que son écart demande (« agir maintenant »…).
pack-combined-level = { $level }, priorité : { $band }
# Le niveau le plus bas et le plus haut donnés, et l’écart entre eux.
pack-levels-given = de { $min } à { $max } (étendue { $spread })
# Les colonnes du tableau des niveaux.
pack-what-it-looks-like = À quoi cela correspond
pack-chosen-by-column = Choisi par
# Entre les noms des répondants qui ont choisi un niveau.
pack-chosen-by-join = {" ; "}
# Lignes après les niveaux, et libellés de notes.
pack-not-applicable-row = Sans objet
pack-dont-know-row = Ne sait pas
pack-unanswered-row = Sans réponse
pack-what-they-wrote = Ce que les répondants ont écrit
pack-no-notes = Aucun répondant n’a laissé de note sur cette question.
# Le libellé d’une note anonyme : $level est un nombre, $name le nom du niveau.
pack-level-label = Niveau { $level } { $name }
# Le libellé d’une note nommée : $who le répondant, $label pack-level-label (ou les mots d’une
# ligne) avec une minuscule initiale.
pack-named-label = { $who }, { $label }
# Une note après son libellé ($label est en gras).
pack-note-line = { $label } : { $note }
# Sous le motif d’une réponse « sans objet », sa note.
pack-note-label = Note :{" "}
pack-more-notes = { $count ->
        [one] { $count } autre note n’est pas reproduite ici.
       *[other] { $count } autres notes ne sont pas reproduites ici.
    }
# L’endroit où le groupe écrit sa réponse : des cases à cocher et des lignes à remplir.
pack-agreed = Position convenue
pack-justification-line = Pourquoi ce niveau : les raisons, et les éléments qui le montrent
pack-follow-up-line = À vérifier ou à faire (quoi, qui, pour quand)

## Les questions à confirmer

pack-confirm-heading = Questions où les réponses concordent
pack-confirm-intro = Les niveaux donnés à ces questions diffèrent de moins de { $spread }, ou aucun n’a été donné : le niveau combiné (la médiane inférieure) est retenu, sauf si le groupe rouvre la question. Cochez une case par ligne.
pack-nothing-to-confirm = Chaque question a sa propre fiche : rien à confirmer.
# Colonnes : les deux dernières sont des cases à cocher.
pack-confirm-column = Confirmer
pack-reopen-column = Rouvrir
pack-combined-column = Combiné
# Les niveaux donnés à une question : le plus bas et le plus haut, puis combien ont répondu
# « sans objet » (s.o.) et « ne sait pas ».
pack-levels-range = { $low } à { $high }
pack-levels-na = { $count } s.o.
pack-levels-unknown = { $count } ne sait pas

## Les priorités

pack-priorities-heading = Priorités principales
pack-priorities-intro = D’après les réponses combinées telles qu’elles se présentent avant l’atelier : les niveaux convenus plus haut peuvent les modifier. La première étape que propose le guide pour chacune est une piste de discussion : adaptez-la, ou choisissez-en une autre.
pack-no-priorities = Aucun écart des réponses combinées n’appelle d’action immédiate : chaque question ayant reçu une réponse atteint son objectif ou s’en approche.
pack-first-step-label = Première étape proposée par le guide :{" "}
pack-our-step-line = Notre première étape : quoi, qui, pour quand
# $area est le domaine de la recommandation, $now et $target des niveaux (« 1 Ponctuel »),
# $band ce que l’écart demande (« agir maintenant »).
pack-priority-levels = { $area } · niveau actuel { $now }, objectif { $target } : { $band }.

## Les prochaines étapes

# $assess et $report sont des commandes, affichées comme du code.
pack-record-agreed = Consignez les niveaux, les raisons et les notes convenus dans un seul fichier de réponses, avec { $assess } ; puis { $report } produit le rapport du groupe.
pack-actions-line = Actions convenues (quoi, qui, pour quand)
pack-next-meeting-line = Prochaine réunion

## Le pied de page, après l’empreinte du catalogue

# $id et $version désignent le questionnaire ; $guide est le titre du guide tel que publié.
pack-footer = {" "}· questionnaire { $id } version { $version } · d’après les réponses de { $respondents ->
        [one] { $respondents } répondant
       *[other] { $respondents } répondants
    } · établi avec icso-assess à partir du guide « { $guide } ».
