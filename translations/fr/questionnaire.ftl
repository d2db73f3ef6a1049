# Les mots du questionnaire papier (`template --format html`, src/document/wording/questionnaire.rs),
# dans l’ordre où le formulaire les montre : un formulaire que l’on remplit à la main avant que
# quelqu’un saisisse les réponses. Les questions, les niveaux et les options de profil viennent
# du contenu du questionnaire.

# Au-dessus du titre du questionnaire.
qn-kicker = Questionnaire papier
# Le titre de la page HTML ; $questionnaire est le titre du questionnaire.
qn-title = Questionnaire papier : { $questionnaire }
# Sous le titre ; $id est l’identifiant du questionnaire (« quick »).
qn-about = Questionnaire { $id }, version { $version } : { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } dans { $areas ->
        [one] { $areas } domaine
       *[other] { $areas } domaines
    }.

## Les lignes de l’en-tête, où écrire.

qn-organisation-line = Organisation
qn-respondent-line = Répondant (une personne, une équipe ou un bureau)
qn-date-line = Date (année-mois-jour)

## Comment le remplir. Les mots entre guillemets sont ceux des cases plus bas
## (qn-not-applicable-box, qn-dont-know-box).

qn-how-heading = Comment le remplir
qn-how-1 = Pour chaque question, cochez le seul niveau qui décrit votre organisation aujourd’hui, et non ce qu’elle prévoit : chaque niveau dit à quoi il correspond pour cette recommandation.
qn-how-2 = Si une question ne s’applique pas à votre organisation, cochez « Sans objet » et écrivez pourquoi sur la ligne du motif : un motif est nécessaire.
qn-how-3 = Si vous ne savez pas, cochez « Ne sait pas » : se renseigner est déjà un premier pas.
qn-how-4 = Une note sert à tout ce qui mérite d’être retenu ; une preuve est une brève référence à ce qui montre le niveau : un document, un lien, une réunion.
qn-how-5 = Une question laissée sans réponse ne pose pas de problème : les résultats indiquent la part des réponses données.

## Le profil.

qn-profile-heading = À propos de votre organisation
qn-profile-intro = Cochez une réponse à chaque question. Les réponses déterminent l’importance de certaines questions.

## Les domaines et leurs questions.

# Au-dessus du titre d’un domaine : « Partie 01 Collaboration sectorielle · domaine 3 sur 8 ».
qn-area-kicker = Partie { $part } { $part_name } · domaine { $n } sur { $of }
# Entre le numéro et le nom d’un niveau (en gras) et ce à quoi il correspond : « 2 En développement : … ».
qn-level-separator = {" : "}
qn-not-applicable-box = Sans objet
qn-dont-know-box = Ne sait pas
qn-reason-line = Motif (nécessaire si sans objet)
qn-note-line = Note
qn-evidence-line = Preuve : un document, un lien, une réunion

## La fin.

qn-finished-heading = Une fois le questionnaire rempli
qn-finished-give = Remettez le formulaire à la personne qui recueille les réponses.
# $assess, $template et $report sont des commandes, affichées comme du code.
qn-finished-type = Elle peut le saisir avec { $assess } (une question par écran), ou dans un fichier de réponses créé avec { $template } ; ensuite, { $report } affiche les résultats.
# Après l’empreinte du catalogue au pied de la page ; $guide est le titre du guide tel que
# publié, $tool « icso-assess ».
qn-footer = {" "}· questionnaire { $id } version { $version } · réalisé avec { $tool } à partir du guide « { $guide } ».
