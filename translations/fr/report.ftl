# Les mots du rapport d’écarts (src/document/wording/report.rs), dans l’ordre où le rapport les
# montre. « Screen » désigne le terminal, « spoken » la présentation pour lecteur d’écran (--plain),
# « page » Markdown et HTML, « html » la seule page HTML (et Word). Les nombres et les
# pourcentages arrivent déjà écrits.

## La synthèse : ce qu’un dirigeant lit en premier.

report-summary = Synthèse
report-readiness-not-scored = Préparation globale : pas encore évaluée, aucune question n’ayant reçu de réponse.
# $score est un pourcentage entier (« 59 % »).
report-readiness-score = Préparation globale : { $score } du niveau visé.
# $score, $low et $high sont des pourcentages entiers ; $unknown le nombre de réponses « ne sait pas ».
report-readiness-score-range = Préparation globale : { $score } du niveau visé, entre { $low } et { $high } compte tenu de { $unknown } { $unknown ->
        [one] réponse « ne sait pas »
       *[other] réponses « ne sait pas »
    }.
# Après les chiffres de préparation, selon le chemin parcouru : 90 % et plus,
report-verdict-nearly-there = L’organisation est presque là où elle veut être.
# 60 % et plus,
report-verdict-well-on-the-way = L’organisation est en bonne voie.
# 30 % et plus,
report-verdict-part-of-the-way = L’organisation a fait une partie du chemin.
# moins de 30 %.
report-verdict-at-the-start = L’organisation en est au début.
report-coverage-summary = { $answered } { $answered ->
        [one] question
       *[other] questions
    } sur { $total } avec réponse, { $na } sans objet, { $unknown } « ne sait pas ».
# Les réponses combinées de plusieurs répondants ($respondents, 2 ou plus). $spread est l’écart
# de niveaux à partir duquel les réponses comptent comme un désaccord.
report-combined-agree = Ce sont les réponses combinées de { $respondents } répondants ; aucune question ne les sépare de { $spread } { $spread ->
        [one] niveau
       *[other] niveaux
    } ou plus.
# $disagreements est le nombre de questions sur lesquelles ils divergent (1 ou plus).
report-combined-disagree = Ce sont les réponses combinées de { $respondents } répondants ; leurs niveaux diffèrent de { $spread } { $spread ->
        [one] niveau
       *[other] niveaux
    } ou plus sur { $disagreements } { $disagreements ->
        [one] question, présentée
       *[other] questions, présentées
    } sous « { report-where-respondents-disagree } ».
report-now-heading = Ce qui compte maintenant
# Avant la liste des écarts qui comptent maintenant ; $count vaut 1 ou plus.
report-now-intro = { $count ->
        [one] Le seul écart à traiter ou à planifier dès maintenant, avec une première étape pour ce mois-ci :
       *[other] Les { $count } écarts à traiter ou à planifier dès maintenant, du plus urgent au moins urgent, chacun avec une première étape pour ce mois-ci :
    }
report-nothing-now = Aucun écart n’appelle d’action immédiate : chaque question ayant reçu une réponse atteint son niveau visé, ou son écart est faible.
report-nothing-answered-yet = Aucune question n’a encore reçu de réponse : il n’y a donc rien à prioriser.
# Les niveaux d’une priorité : « Aujourd’hui 1 Ponctuel, cible 3 Établi : agir maintenant. »
# $band est l’une des catégories (agir maintenant, planifier, plus tard, aucun écart).
report-now-target = Aujourd’hui { $now }, cible { $target } : { $band }.
# Les éléments de la liste de report-what-follows-listed, chacun avec son nombre.
report-follows-also-now = { $count } { $count ->
        [one] autre écart à traiter ou à planifier
       *[other] autres écarts à traiter ou à planifier
    }
report-follows-later = { $count } { $count ->
        [one] écart plus petit pour plus tard
       *[other] écarts plus petits pour plus tard
    }
report-follows-investigate = { $count } { $count ->
        [one] question à approfondir
       *[other] questions à approfondir
    }
report-follows-strengths = { $count } { $count ->
        [one] point fort
       *[other] points forts
    }
# La dernière ligne de la synthèse, quand il n’y a rien à compter.
report-what-follows-sections = Plus loin : la préparation par domaine, toutes les questions par domaine, les ressources du guide et la méthode de calcul des scores.
# La même, avec ce que le rapport énumère encore : « 3 autres écarts à traiter ou à planifier,
# 4 écarts plus petits pour plus tard et 5 points forts ».
report-what-follows-listed = Plus loin : { $listed } ; la préparation par domaine, toutes les questions par domaine, les ressources du guide et la méthode de calcul des scores.
# Les écarts au-delà de la liste de la synthèse.
report-also-now = Autres écarts à traiter ou à planifier
report-also-now-intro = Des écarts de même priorité que ceux de la synthèse, après ceux qui y figurent :
report-later = Plus tard
report-later-intro = Des écarts plus petits : à combler une fois les priorités ci-dessus engagées.
report-no-later = Aucun écart plus petit.
# Après le titre d’un écart : « (Financement de la Ceinture et la Route) : aujourd’hui 1 Ponctuel, cible 3 Établi ».
report-area-and-levels = {" "}({ $area }) : aujourd’hui { $now }, cible { $target }

## Le titre et l’en-tête.

# Le surtitre de la page HTML, au-dessus du nom de l’organisation.
report-kicker = Rapport de préparation face à la Chine
report-profile-heading = Profil
report-profile-intro-html = Comment l’organisation s’est décrite ; le profil fixe l’importance de chaque question, sauf si une réponse en décide autrement.
report-title = Rapport de préparation face à la Chine : { $organisation }
# Le titre lu à voix haute.
report-title-spoken = Rapport de préparation face à la Chine pour { $organisation }.
# « Bilan rapide, quick, version 1.0 » : le titre, l’identifiant (un code) et la version.
report-questionnaire-spoken = { $title }, { $id }, version { $version }

## Le décompte des réponses, dans les phrases sur la couverture.

# « 10 avec réponse, 1 sans objet, 2 ne sait pas, 3 sans réponse » (des questions).
report-counts = { $answered } avec réponse, { $na } sans objet, { $unknown } « ne sait pas », { $unanswered } sans réponse

## Les répondants de réponses combinées (`aggregate`).

report-respondents = Répondants
# Le fichier de réponses d’où viennent les réponses d’un répondant.
report-file = Fichier
report-coverage-column = Couverture
# En-têtes de colonne : sans objet, ne sait pas, sans réponse.
report-na-column = S.O.
report-dont-know-column = Ne sait pas
report-unanswered-column = Sans réponse
report-respondents-intro = Ce rapport porte sur les réponses combinées. La préparation propre à chaque répondant, d’après ses seules réponses :
report-respondents-intro-screen = Le rapport, au-dessus et en dessous, porte sur les réponses combinées. La préparation propre à chaque répondant, d’après ses seules réponses, et la couverture : avec réponse / sans objet / ne sait pas / sans réponse.
report-profile-intro = Profil des réponses combinées (la réponse la plus fréquente à chaque question de profil ; en cas d’égalité, l’option citée en premier l’emporte) :
# Après un pourcentage quand les réponses « ne sait pas » laissent une fourchette : « , fourchette 50,0-75,0 % ».
report-range-clause = , fourchette { $range }
# Après le nom d’un répondant : « , fichier bureau.toml ».
report-file-clause = , fichier { $file }
# À voix haute : un répondant, la précision sur le fichier ou rien, sa préparation, la fourchette
# ou rien, et report-counts.
report-respondent-spoken = { $label }{ $file } : { $score }{ $range } ; { $counts }.
# Le nom d’un répondant dans un rapport anonymisé : « Répondant A » ; $letters sont une ou deux lettres.
report-anonymous-respondent = Répondant { $letters }
# Qui a répondu, pour des réponses combinées, dans l’en-tête du rapport ; $count est le nombre de répondants.
report-combined-respondent = Réponses combinées de { $count } { $count ->
        [one] répondant
       *[other] répondants
    }
report-anonymised-intro = Les répondants ne sont pas nommés : chacun reçoit une lettre, la même dans tout ce rapport, attribuée dans un ordre tiré au hasard. Leurs notes, justificatifs et motifs apparaissent tels qu’ils les ont écrits.
# Une question de profil et sa réponse la plus fréquente : « Quelles régions ? Asie (3 réponses sur 4) ».
report-profile-choice = { $question } { $option } ({ $count } { $count ->
        [one] réponse
       *[other] réponses
    } sur { $answered })
report-profile-unanswered = { $question } Aucun répondant n’a répondu : ses règles ne s’appliquent donc pas.
report-profile-spoken = Profil : { $line }

## Les domaines.

report-no-area = Ce questionnaire ne porte sur aucun domaine.
# À voix haute : « Domaine (Partie 1) : 62,5 % ; 3 questions applicables sur 4 avec réponse. »
# $range est report-range-clause ou rien.
report-area-spoken = { $title } ({ $part }) : { $score }{ $range } ; { $answered } { $answered ->
        [one] question applicable
       *[other] questions applicables
    } sur { $applicable } avec réponse.

## Les graphiques de la page.

report-areas-chart-title = { common-readiness-by-area }, en part du niveau visé de chaque domaine
report-areas-legend = Chaque piste représente le niveau visé du domaine (100 %) ; la partie remplie, la préparation atteinte.
# Suit report-areas-legend quand un domaine a une fourchette.
report-areas-legend-range = {" "}Le trait fin sous une barre montre la fourchette que laissent ouverte les réponses « ne sait pas ».
report-no-areas-to-chart = Aucun domaine à représenter.
report-priorities-caption = Ce qui compte maintenant : niveau actuel et niveau visé
report-no-gaps-chart = Aucun écart : chaque question ayant reçu une réponse atteint ou dépasse son niveau visé.
# Le titre du trait de fourchette d’une barre : « Fourchette 50,0-75,0 % ».
report-bar-range = Fourchette { $range }
# Une barre lue dans la description du graphique : « Domaine : 62,5 % ».
report-bar-desc = { $label } : { $score }
# $max est le niveau le plus haut de l’échelle.
report-priorities-chart-title = Priorités principales : niveau actuel et niveau visé sur l’échelle de 0 à { $max }
# Une priorité lue dans la description du graphique ; $band est une catégorie de priorité.
report-dot-desc = { $rank }. { $label } : niveau { $now } aujourd’hui, cible { $target } : { $band }
# Sous le graphique des priorités ; $scale énumère les niveaux (« 0 Pas commencé · 1 Ponctuel · … »).
report-priorities-legend = ● niveau actuel, ○ niveau visé ; le segment qui les relie est l’écart, nommé et coloré selon sa catégorie de priorité. Échelle : { $scale }

## Les recommandations clés.

report-key-recommendation = Recommandation clé
report-status = Statut
# Aucune question du questionnaire ne porte sur cette recommandation clé.
report-not-asked = non abordée
report-not-scored-na = non évaluée : marquée sans objet
report-no-key-markdown = Le guide ne formule aucune recommandation clé.
report-no-key-html = Aucune recommandation clé dans ce catalogue.
# À voix haute : « K1, Titre : 62,5 %. »
report-key-spoken = { $id }, { $title } : { $status }.
# Combien des questions d’une recommandation clé ont reçu une réponse : « 3 sur 4 ».
report-of = { $answered } sur { $asked }

## Les priorités.

# Avant la première étape d’une priorité.
report-first-step-label = Première étape :{" "}

## Là où les répondants divergent.

report-where-respondents-disagree = Là où les répondants divergent
# $spread est l’écart de niveaux à partir duquel les réponses comptent comme un désaccord.
report-no-disagreement = Sur aucune question les niveaux donnés ne s’écartent de { $spread } ou plus : les répondants sont globalement d’accord.
report-disagreements-intro = Les questions dont les niveaux s’écartent de { $spread } ou plus, de la plus grande dispersion à la plus petite : à discuter avant d’agir sur le niveau combiné.
# Un désaccord : le niveau le plus bas et le plus haut donnés, leur dispersion, le niveau combiné
# (médian) et son nom, et la catégorie de priorité de la réponse combinée.
report-levels-spread = Niveaux de { $min } à { $max } (dispersion { $spread }) ; niveau combiné { $median } { $name } : { $band }.
report-levels-spread-spoken = { $question } { $title } : niveaux de { $min } à { $max }, dispersion { $spread } ; niveau combiné { $median } { $name } : { $band }.
# À voix haute : le niveau d’un répondant (« 2 En développement », « s.o. »...).
report-respondent-level-spoken = { $who } : { $level }.
report-respondent-level-note-spoken = { $who } : { $level }. Note : { $note }
report-disagreement-heading = { $question } { $title } (dispersion { $spread })
report-spread = dispersion { $spread }
report-levels-markdown = Niveaux de { $min } à { $max } ; niveau combiné { $median } { $name } : { $band }.
# Sur la page, $combined est le niveau avec son nom, $band la catégorie de priorité, tous deux mis en forme.
report-levels-html = Niveaux de { $min } à { $max } ; niveau combiné { $combined } : { $band }

## Toutes les questions par domaine.

report-all-questions-by-area = Toutes les questions par domaine
report-gaps-by-area-html = Écarts par domaine
# En-têtes de colonne : le niveau atteint aujourd’hui.
report-now-column = Actuel
report-level-now-column = Niveau actuel
report-gap-column = Écart
report-at-target = cible atteinte
# Avant la note d’une question, sur la page.
report-note-label = Note :{" "}
report-no-questions-markdown = Ce questionnaire ne pose aucune question.
report-no-questions-html = Aucune question n’a été évaluée.
# À voix haute : « Domaine Titre, 62,5 %. »
report-area-heading-spoken = Domaine { $title }, { $score }.
# Sous le titre d’un domaine, sur la page ; $counts est report-counts.
report-area-facts = { $counts }.
report-area-facts-range = Fourchette { $range }. { $counts }.
# À voix haute : le niveau, la cible et l’importance d’une question (faible, moyenne, élevée).
report-question-spoken = { $id } { $title } : { $level }, cible { $target }, importance { $importance }.
# La même avec la catégorie de sa priorité, quand elle a reçu une réponse.
report-question-priority-spoken = { $id } { $title } : { $level }, cible { $target }, importance { $importance }. Priorité : { $band }.
# Après une note, ou seul : « Justificatifs : Procès-verbal du conseil ; Règlement du personnel. »
report-evidence = Justificatifs : { $items }.
report-note-on = Note sur { $id } : { $note }

## À approfondir, sans objet, points forts.

report-investigate-screen = À approfondir (ne sait pas)
report-investigate-spoken = À approfondir, réponses « ne sait pas »
report-investigate-html = À approfondir
report-no-dont-know = Aucune réponse « ne sait pas ».
report-investigate-intro-html = Les questions auxquelles la réponse a été « ne sait pas » : se renseigner est déjà une première étape.
report-question-asked-column = Question posée
report-question-label = Question
# Avant la note d’un élément à approfondir, après la question.
report-note-after-question = {" "}Note :{" "}
# À voix haute : « R01 Titre : la question posée ».
report-investigate-item-spoken = { $id } { $title } : { $question }
report-claims-screen = Affirmations à vérifier (niveau 3 ou 4, sans justificatif)
report-claims-spoken = Affirmations à vérifier, réponses de niveau 3 ou 4 sans justificatif cité
report-claims-html = Affirmations à vérifier
report-no-claims = Chaque réponse de niveau 3 ou 4 cite ses justificatifs.
report-claims-intro-html = Des réponses affirment qu’une pratique est établie ou ancrée sans rien citer qui le montre : avant de s’y fier, retrouvez la politique, le procès-verbal ou le document qui l’atteste.
# $level est le niveau, $name son nom : « Niveau 3 Établi, aucun justificatif cité ».
report-claim-screen = Niveau { $level } { $name }, aucun justificatif cité
report-claim-spoken = { $id } { $title } : niveau { $level } { $name }.
# Après l’identifiant et le titre de l’élément.
report-claim-markdown = {"\u00A0"}: niveau { $level } { $name }
report-not-applicable = Sans objet
report-no-not-applicable = Aucune question n’a été marquée sans objet.
report-no-not-applicable-html = Aucune question marquée sans objet.
report-reason-column = Motif
report-no-reason-given = (aucun motif indiqué)
# $reason est le texte du répondant.
report-reason = Motif : { $reason }
report-not-applicable-spoken = { $id } { $title }. Motif : { $reason }
report-strengths-screen = Points forts (au niveau visé ou au-delà)
report-strengths-spoken = Points forts, au niveau visé ou au-delà
report-strengths-html = Points forts
report-no-strengths = Aucune réponse n’atteint encore son niveau visé.
report-no-strengths-html = Aucune question ayant reçu une réponse n’atteint encore son niveau visé.
report-strength-screen = Niveau { $level } { $name } (cible { $target })
report-strength-spoken = { $id } { $title } : niveau { $level }, cible { $target }.
# Après l’identifiant et le titre de l’élément.
report-strength-markdown = {"\u00A0"}: niveau { $level } { $name } (cible { $target })

## Les ressources du guide.

report-resources-for-weakest = Ressources du guide pour les domaines les plus faibles
# $id est la lettre de la ressource, $areas les domaines qu’elle sert, séparés par des virgules.
report-resource-screen = { $id }. { $title } (pour { $areas })
report-resource-spoken = Ressource { $id }, { $title }, pour { $areas } : { $summary }
report-weakest-areas-markdown = Les domaines les plus faibles : { $areas }.
# $areas : « Domaine (40,0 %), Domaine (55,0 %) ».
report-weakest-areas-html = Pour les domaines les plus faibles : { $areas }.
report-resource-markdown = { $title } ({ $id }, pour { $areas }) : { $summary }
# Sur une ligne à part, sous la ressource.
report-serves = Pour : { $areas }

## Le calcul des scores, et le pied de page.

report-how-scores-were-computed = Comment ces scores ont été calculés
# $target est le niveau visé par défaut, $name son nom.
report-method-gap = Chaque question ayant reçu une réponse présente un écart : son niveau visé moins le niveau atteint, jamais en dessous de zéro. Le niveau visé est { $target } ({ $name }), sauf si la réponse fixe le sien.
# $low, $medium et $high sont les poids d’importance, $key le poids des recommandations clés.
report-method-priority = Priorité = poids de l’importance (faible { $low }, moyenne { $medium }, élevée { $high }) x { $key } lorsque la recommandation alimente une recommandation clé x ((1 + écart)^2 - 1), si bien que les grands écarts dominent. L’importance vient de la réponse, à défaut des règles du profil, à défaut elle est moyenne.
# $largest est la plus grande priorité possible, $high et $medium les seuils de ces catégories.
report-method-bands = Les catégories comparent une priorité à la plus grande possible, { $largest } : haute à partir de { $high }, moyenne à partir de { $medium }, basse en dessous.
report-method-readiness = La préparation d’un domaine est la part de ses niveaux visés atteinte, pondérée par l’importance : la somme de poids x min(niveau, cible) divisée par la somme de poids x cible, sur les questions ayant reçu une réponse. Les questions sans objet sont écartées ; la fourchette place chaque « ne sait pas » au niveau 0 puis à son niveau visé.
report-method-mean = La préparation d’une partie et la préparation globale sont la moyenne de celles de leurs domaines : un petit domaine compte autant qu’un grand.
report-method-key = Le statut d’une recommandation clé est la préparation des recommandations détaillées sur lesquelles elle s’appuie.
# Réponses combinées seulement ; $respondents vaut 2 ou plus.
report-method-combined = Ces réponses combinent celles de { $respondents } répondants. Chaque question prend la médiane des niveaux donnés (le plus bas des deux niveaux du milieu quand leur nombre est pair) ; une question sans niveau vaut « ne sait pas » si quelqu’un a répondu ainsi, sinon « sans objet » si quelqu’un l’a marquée comme telle. L’importance et la cible sont la médiane inférieure des valeurs fixées, et chaque question de profil prend sa réponse la plus fréquente.
report-method-disagreement = Une question sur laquelle les niveaux donnés s’écartent de { $spread } ou plus (le plus haut moins le plus bas) est un désaccord à discuter. La préparation de chaque répondant est celle de ses seules réponses.
# Le pied de page, après common-catalogue-fingerprint et l’empreinte. $guide est le titre du
# guide tel que publié.
report-footer = {" "}· questionnaire { $id } version { $version } · réponses datées du { $date } · réalisé avec icso-assess à partir du guide « { $guide } ».
