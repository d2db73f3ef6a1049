# Les mots de la comparaison (`compare`, src/document/wording/comparison.rs), section par section
# dans l’ordre où elle les montre. « Avant » est le fichier de réponses le plus ancien, « après »
# le plus récent. Un niveau va de 0 à 4 sur l’échelle du questionnaire ; une cible est le niveau
# qu’une recommandation doit atteindre ; un écart est un niveau sous sa cible. Les scores sont des
# pourcentages déjà écrits (« 62,5 % »).

## Le titre et l’en-tête.

# Au-dessus du nom de l’organisation, en haut de la page HTML.
cmp-kicker = Bilan des progrès
cmp-organisation = Organisation
# Devant les faits de chaque côté (sur un terminal, les deux sont alignés sur une même largeur).
cmp-before-label = Avant :
cmp-after-label = Après :
# Les côtés dans une phrase ou dans la légende d’un graphique.
cmp-before-word = avant
cmp-after-word = après
# Le titre ; $organisations est un nom, ou deux sous la forme « Acme / Acme Europe ».
cmp-title = Bilan des progrès : { $organisations }
# $before et $after : l’organisation que nomme chaque fichier (ou « non nommée »).
cmp-warning-organisations = Attention : les deux fichiers nomment des organisations différentes (avant : { $before } ; après : { $after }). Elles sont comparées malgré tout ; vérifiez que c’est bien ce que vous vouliez.
# $before et $after : les dates des deux fichiers.
cmp-warning-out-of-order = Attention : le fichier « après » est daté du { $after } et le fichier « avant » du { $before } : les fichiers sont peut-être dans le mauvais ordre.
# $before et $after : questionnaire et version (« quick 1.0 ») ; $compared : combien de recommandations les deux abordent.
cmp-scope-note = Les deux fichiers répondent à des questionnaires différents ({ $before } avant, { $after } après). { $compared ->
        [one] Seule la recommandation que les deux abordent est comparée, et chaque score est ici calculé sur elle seule
       *[other] Seules les { $compared } recommandations que les deux abordent sont comparées, et chaque score est ici calculé sur elles seules
    }, afin de comparer ce qui est comparable ; les scores diffèrent donc de ceux du rapport propre à chaque fichier.
# $plan : l’organisation que nomme le plan d’action ; $after : celle que nomme le fichier le plus récent.
cmp-warning-plan-organisation = Attention : le plan d’action concerne { $plan }, et les évaluations portent sur { $after }. Il est suivi malgré tout ; vérifiez qu’il s’agit du bon plan.
# Dans la ligne de faits d’un côté ; $label est « quick 1.0 ».
cmp-questionnaire-in-line = questionnaire { $label }

## La synthèse : ce qu’une direction lit en trente secondes.

cmp-summary = Synthèse
# La date d’une évaluation, dans cmp-assessed et cmp-assessed-two.
cmp-on-date = du { $date }
cmp-no-date = sans date indiquée
# $before et $after sont cmp-on-date ou cmp-no-date.
cmp-assessed = { $organisation } : évaluation { $before }, puis nouvelle évaluation { $after }.
cmp-assessed-two = Comparaison de { $before_org } (évaluation { $before }) avec { $after_org } (évaluation { $after }).
cmp-scope-short = Les scores ne portent que sur ce qu’abordent les deux questionnaires : { $compared ->
        [one] { $compared } recommandation
       *[other] { $compared } recommandations
    }.

# L’évolution de la préparation. $subject vaut « overall » (l’organisation dans son ensemble) ou
# « area » (après le nom d’un domaine et un deux-points : « Communication : la préparation… »).
# $before, $after, $score : des scores.
cmp-rose = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } a progressé, passant de { $before } à { $after }.
cmp-fell = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } a reculé, passant de { $before } à { $after }.
cmp-stayed = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } est restée à { $score }.
cmp-scored-before-only = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } était de { $before } avant et n’a pas pu être mesurée après.
cmp-scored-after-only = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } n’a pas pu être mesurée avant et atteint { $after } après.
cmp-scored-neither = { $subject ->
        [overall] La préparation globale
       *[area] la préparation
    } n’a pu être mesurée ni avant ni après.
# Après une hausse : $share est la part de l’écart à la cible qui a été comblée.
cmp-gap-share-closed = Cela comble { $share } de l’écart restant.
cmp-whole-gap-closed = Cela comble tout l’écart restant.
# Après une baisse : $share est de combien l’écart à la cible s’est creusé.
cmp-gap-grew = L’écart restant s’est creusé de { $share }.

cmp-needs-attention = À traiter maintenant
cmp-needs-attention-spoken = À traiter maintenant : { $count ->
        [one] { $count } recommandation
       *[other] { $count } recommandations
    }.
cmp-nothing-slipped-back = Aucun recul : ni nouvel écart, ni régression.
# Entre parenthèses à côté d’une recommandation à traiter : pourquoi.
cmp-why-new-gap = désormais sous la cible
cmp-why-regressed = niveau en baisse
cmp-gaps-identified-why = sans niveau avant, sous la cible maintenant
cmp-gaps-identified-label = Écarts désormais identifiés ({ $count }) : sans niveau avant, sous la cible maintenant
# Un intitulé en gras suivi du texte.
cmp-run-in = { $label } :
cmp-gaps-identified-spoken = Écarts désormais identifiés : { $count ->
        [one] { $count } recommandation sans niveau avant est maintenant sous la cible.
       *[other] { $count } recommandations sans niveau avant sont maintenant sous la cible.
    }
cmp-gaps-identified-html = Sans niveau avant, sous la cible maintenant : une connaissance nouvelle, pas un recul.
cmp-improved = Progrès
cmp-gaps-closed-count = { $count ->
        [one] { $count } écart comblé
       *[other] { $count } écarts comblés
    }
# $closed est cmp-gaps-closed-count.
cmp-improved-label = Progrès ({ $closed })
cmp-improved-spoken = Progrès : { $closed }.
cmp-also-moved-up = { $count ->
        [one] { $count } autre recommandation a progressé sans combler d’écart.
       *[other] { $count } autres recommandations ont progressé sans combler d’écart.
    }
cmp-moved-up-only = Aucun écart n’a été comblé ; { $count ->
        [one] { $count } recommandation a progressé.
       *[other] { $count } recommandations ont progressé.
    }
cmp-nothing-improved = Aucun écart n’a été comblé et aucun niveau n’a augmenté.
# Après les premières recommandations d’une liste.
cmp-and-more = { $count ->
        [one] et { $count } autre, détaillée plus bas.
       *[other] et { $count } autres, détaillées plus bas.
    }
# La dernière ligne de la synthèse. $plan et $left_out valent « yes » ou « no » : si le document
# a une section sur le plan d’action et une sur les recommandations écartées.
cmp-what-follows = Ensuite : { $plan ->
        [yes] le plan d’action,{" "}
       *[no] {""}
    }chaque domaine, { $compared ->
        [one] { $compared } recommandation comparée
       *[other] les { $compared } recommandations comparées
    }{ $left_out ->
        [yes] , celles qui ont été écartées
       *[no] {""}
    }, chaque changement et la méthode.

## Les deux évaluations, après la synthèse.

cmp-the-two-assessments = Les deux évaluations
# Chaque liste comptée une fois, dans l’ordre des listes ; chaque variable sauf $compared est
# l’une des expressions cmp-count-* ci-dessous.
cmp-counts = { $compared ->
        [one] { $compared } recommandation comparée
       *[other] { $compared } recommandations comparées
    } : { $new }, { $regressions }, { $identified }, { $closed }, { $improvements }.
cmp-count-new-gaps = { $count ->
        [one] { $count } nouvel écart
       *[other] { $count } nouveaux écarts
    }
cmp-count-other-regressions = { $count ->
        [one] { $count } autre régression
       *[other] { $count } autres régressions
    }
cmp-count-gaps-identified = { $count ->
        [one] { $count } écart désormais identifié
       *[other] { $count } écarts désormais identifiés
    }
cmp-count-other-improvements = { $count ->
        [one] { $count } autre amélioration
       *[other] { $count } autres améliorations
    }

## Les domaines.

cmp-progress = Progression
# Le titre sur un terminal ; $heading est « Préparation par domaine ».
cmp-areas-screen = { $heading } (barre du haut avant, barre du bas après)
cmp-before-after-column = Avant / après
cmp-change-points-column = Variation (points)
cmp-areas-note-screen = Variation en points de pourcentage ; la progression est la part de l’écart restant qui a été comblée (- quand un score manque ou que le domaine était déjà à 100 %).
cmp-areas-note-spoken = La progression est la part de l’écart restant jusqu’à la cible qui a été comblée ; elle n’est pas indiquée quand un score manque ou que le domaine était déjà à 100 %.
cmp-areas-note-markdown = La progression est la part de l’écart restant jusqu’à la cible qui a été comblée ; – signifie qu’elle n’est pas définie (un score manque, ou le domaine était déjà à 100 % avant).
cmp-no-areas = Aucun domaine n’a de recommandation posée des deux côtés.
# Le titre du graphique ; $heading est « Préparation par domaine ».
cmp-areas-chart-title = { $heading } avant et après, en part de la cible de chaque domaine
cmp-areas-chart-legend = Chaque piste représente la cible du domaine (100 %) : la barre claire est la préparation avant, la barre foncée après.
cmp-overall-row = Ensemble (moyenne des domaines)
# Lu à voix haute : le nom d’un domaine, puis ses phrases (cmp-rose et les autres).
cmp-area-spoken = { $area } : { $sentences }
# $dash est le signe affiché quand la progression n’est pas définie.
cmp-progress-legend-html = La progression est la part de l’écart restant jusqu’à la cible qui a été comblée : (après − avant) / (100 − avant). { $dash } signifie qu’elle n’est pas définie : un score manque, ou le domaine était déjà à 100 % avant.

## Les recommandations comparées.

cmp-recommendations-compared = Recommandations comparées
cmp-note-after-column = Note (après)
cmp-note-before-label = Note avant :{" "}
cmp-note-after-label = Note après :{" "}
cmp-no-shared-recommendation = Les deux questionnaires n’ont aucune recommandation en commun.
# $scale : « 0 Pas commencé · 1 Ponctuel · … ».
cmp-levels = Niveaux : { $scale }.
cmp-levels-before = Niveaux avant : { $scale }.
cmp-levels-after = Niveaux après : { $scale }.
# Lu à voix haute ; $before et $after : « 1 Ponctuel », « ne sait pas » ; $change : « +2 ».
cmp-item-spoken = { $id } { $title } : avant { $before }, après { $after }, variation { $change }.
cmp-item-spoken-no-change = { $id } { $title } : avant { $before }, après { $after }.
cmp-items-legend-html = La variation est le niveau après moins le niveau avant, indiquée quand les deux côtés donnent un niveau. Échelle : { $scale }.
# Une recommandation dans une liste lue à voix haute : son identifiant et son titre, puis ce qui en est dit.
cmp-named-spoken = { $id } { $title } : { $text }.
cmp-named-colon = { $id } { $title } : { $text }

## Ce qui a changé : les cinq listes, chaque recommandation dans une au plus.

cmp-what-moved = Ce qui a changé
cmp-new-gaps = Nouveaux écarts
cmp-no-new-gaps = Aucun nouvel écart : rien de ce qui atteignait sa cible avant n’est passé en dessous.
cmp-regressions = Autres régressions
cmp-no-regressions = Aucun autre niveau n’a baissé.
cmp-gaps-identified = Écarts désormais identifiés
cmp-no-gaps-identified = Aucun écart nouvellement identifié : rien de ce qui n’avait pas de niveau avant n’est maintenant sous sa cible.
cmp-gaps-closed = Écarts comblés
cmp-no-gaps-closed = Aucun écart n’a été comblé : rien de ce qui était sous sa cible avant ne l’atteint maintenant.
cmp-improvements = Autres améliorations
cmp-no-improvements = Aucun autre niveau n’a augmenté.
cmp-target = cible { $target }
# Quand la cible a changé d’un fichier à l’autre.
cmp-target-moved = cible { $before } puis { $after }
# Lu à voix haute : « de 1 Ponctuel à 3 Établi, cible 3 » ; $target est cmp-target.
cmp-from-to-spoken = de { $before } à { $after }, { $target }
# Entre parenthèses après une recommandation : ses niveaux (« 1 -> 3, cible 3 »), puis pourquoi elle figure là.
cmp-levels-and-why = { $levels } ; { $why }

## Le plan d’action (`compare --plan`) : chaque action au regard des niveaux.

cmp-the-action-plan = Le plan d’action
# Une phase en début de ligne.
cmp-phase-first-90-days = 90 premiers jours
cmp-phase-three-to-six-months = 3-6 mois
cmp-phase-six-to-twelve-months = 6-12 mois
# Une phase dans une phrase ou une cellule de tableau.
cmp-phase-word-first-90-days = 90 premiers jours
cmp-phase-word-three-to-six-months = 3-6 mois
cmp-phase-word-six-to-twelve-months = 6-12 mois
# Le statut d’une action (le mot « action » est féminin).
cmp-status-not-started = non commencée
cmp-status-in-progress = en cours
cmp-status-done = réalisée
cmp-status-dropped = abandonnée
# Où en est le niveau lié à une action, par rapport à sa cible.
cmp-toward-reached-target = cible atteinte
cmp-toward-moved-up = en hausse
cmp-toward-no-change = sans changement
cmp-toward-moved-down = en baisse
cmp-toward-not-rated = non évalué
cmp-toward-not-asked = non posée
# $date : l’évaluation à partir de laquelle le plan a été rédigé.
cmp-plan-intro-dated = Le plan compte { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, rédigé à partir de l’évaluation du { $date }.
cmp-plan-intro = Le plan compte { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }.
# La part d’une phase ; $label est une phase (cmp-phase-*) ou cmp-whole-plan.
cmp-share-none = { $label } : plus rien de prévu
cmp-share-done = { $label } : { $done } sur { $planned } { $done ->
        [one] réalisée
       *[other] réalisées
    }
# Ajoutés à cmp-share-done.
cmp-share-in-progress = , { $count } en cours
cmp-share-dropped = , { $count } { $count ->
        [one] abandonnée
       *[other] abandonnées
    }
cmp-plan-summary = Plan d’action : { $done } { $done ->
        [one] réalisée
       *[other] réalisées
    } sur { $planned } { $planned ->
        [one] action prévue
       *[other] actions prévues
    } ; { $not_moved } { $not_moved ->
        [one] réalisée
       *[other] réalisées
    } sans hausse du niveau ; { $unplanned } { $unplanned ->
        [one] niveau en hausse
       *[other] niveaux en hausse
    } sans action en cours ou réalisée.
cmp-done-by-phase = Réalisé par phase
cmp-whole-plan = Ensemble du plan
cmp-plan-no-actions = Le plan ne compte aucune action.
cmp-done-not-moved = Réalisées, mais le niveau n’a pas bougé
cmp-done-not-moved-legend = Marquées comme réalisées, mais le niveau après n’est pas plus élevé qu’avant : vérifiez si le travail a changé la façon de faire, ou si une réponse mérite un second regard.
cmp-nothing-done-yet = Aucune action n’est encore marquée comme réalisée.
cmp-every-done-moved = Chaque action marquée comme réalisée a vu son niveau augmenter (ou n’a pas été évaluée des deux côtés).
cmp-moved-no-action = Le niveau a bougé sans action
cmp-moved-no-action-legend = Le niveau a augmenté, mais aucune action n’est en cours ou réalisée à son sujet : un mérite à reconnaître, ou une réponse à vérifier, et peut-être un plan à mettre à jour.
cmp-nothing-moved-unplanned = Chaque niveau en hausse avait une action en cours ou réalisée.
cmp-no-action-in-plan = aucune action dans le plan
# $status est un mot cmp-status-* : « action non commencée ».
cmp-action-was = action { $status }
cmp-dropped = Abandonnées
cmp-nothing-dropped = Aucune action n’a été abandonnée.
# Le motif d’abandon d’une action, tel que le plan le donne.
cmp-because = motif : { $reason }
cmp-every-action = Toutes les actions
cmp-phase-column = Phase
cmp-status-column = Statut
cmp-toward-target = Vers la cible
cmp-actions-note = Avant et après sont les niveaux des deux fichiers ; la cible est celle de l’action. Non évalué : un fichier ne donne pas de niveau (sans réponse, ne sait pas ou sans objet). Non posée : un questionnaire ne l’aborde pas.
# Lu à voix haute : une action. $phase, $status, $toward : les mots ci-dessus ; $before, $after : des niveaux.
cmp-action-spoken = { $id } { $title } : { $phase }, { $status } ; de { $before } à { $after }, cible { $target } : { $toward }.
cmp-action-spoken-not-asked = { $id } { $title } : { $phase }, { $status } ; cible { $target } ; non comparée, car l’un des questionnaires ne l’aborde pas.

## Écartées de la comparaison.

cmp-left-out-of-comparison = Écartées de la comparaison
# $side vaut « before » ou « after » ; $questionnaire : « full 1.0 ».
cmp-left-out-heading = Posées seulement { $side ->
        [before] avant
       *[after] après
    } ({ $questionnaire }), donc écartées : { $count ->
        [one] { $count } recommandation
       *[other] { $count } recommandations
    }
# Le titre ci-dessus, puis les identifiants : « R01, R02 ».
cmp-left-out-spoken = { $heading } : { $ids }.

## Comment la comparaison a été calculée, et le pied de page.

cmp-how-comparison-was-computed = Comment cette comparaison a été calculée
cmp-method-1 = Les recommandations sont appariées par leur identifiant (R01-R48), ce qui permet de comparer des fichiers qui répondent à des questionnaires différents ; seules les recommandations que les deux abordent sont comparées.
cmp-method-2 = Chaque côté est noté avec son propre questionnaire (cibles, pondérations d’importance et règles de profil), sur les seules recommandations comparées : la préparation d’un domaine est la part pondérée de ses cibles atteintes, et la préparation globale la moyenne des domaines.
cmp-method-3 = La variation est après moins avant : en niveaux pour une recommandation (indiquée seulement quand les deux côtés donnent un niveau), en points de pourcentage pour un score.
cmp-method-4 = La progression est la part de l’écart restant qui a été comblée : (après-avant)/(100-avant). 100 % signifie que le domaine a atteint sa cible ; une valeur négative signifie que la préparation a baissé. Elle reste vide quand un score manque, ou quand le score avant était déjà de 100 % (il ne restait aucun écart à combler) : la colonne des variations dit alors ce qui s’est passé.
cmp-method-5 = Un nouvel écart avait avant une réponse égale ou supérieure à sa cible et se trouve en dessous après (une cible relevée compte). Un écart désormais identifié n’avait pas de niveau avant (ne sait pas, sans réponse ou sans objet) et se trouve sous sa cible après : il existait sans être vu, c’est donc une connaissance nouvelle, pas un recul. Un écart comblé avait avant une réponse inférieure à sa cible et l’atteint ou la dépasse après.
cmp-method-6 = Chaque recommandation figure dans une liste au plus : un écart comblé n’est pas compté une seconde fois comme amélioration, ni un nouvel écart comme régression. Les autres améliorations et autres régressions sont les niveaux qui ont augmenté ou baissé sans franchir de cible.
# Après l’empreinte du catalogue au pied de la page ; $tool est « icso-assess compare ».
cmp-footer = {" "}· réalisé avec { $tool }.
