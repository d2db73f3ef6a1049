# Les mots du catalogue (src/document/wording/catalogue.rs) : `list`, `show R23`, et la vue
# d’ensemble qu’affiche `icso-assess` seul quand il ne peut pas poser de questions. Les titres des
# recommandations, des parties et des domaines viennent du contenu du guide, pas d’ici.

## `list`.

# Le titre de la page HTML.
cat-list-title = Recommandations
cat-part-and-area-column = Partie et domaine
# Lu à voix haute, une recommandation ; $part est le numéro de sa partie (« 03 »), $area le titre de son domaine.
cat-list-item-spoken = { $id } : { $title }. Partie { $part }, { $area }.
# La même quand elle alimente de grandes recommandations ; $keys : « K1, K5 ».
cat-list-item-spoken-feeds = { $id } : { $title }. Partie { $part }, { $area } ; alimente { $keys }.
# Lu à voix haute après la liste.
cat-count-spoken = { $count ->
        [one] { $count } recommandation.
       *[other] { $count } recommandations.
    }
# Après la liste ; $command est « `icso-assess show R07` ».
cat-count = { $count ->
        [one] { $count } recommandation
       *[other] { $count } recommandations
    }. { $command } en affiche une en entier.

## `show`.

cat-sub-points = Sous-points
cat-first-step-within-a-month = Un premier pas dans le mois
cat-feeds-key = Alimente les grandes recommandations
cat-asked-in-heading = Posée dans
# La place d’une recommandation dans sa partie, quand elle a un sous-thème : « sous-thème 3.1 Titre ».
cat-subtheme = sous-thème { $id } { $title }
# $number : son numéro dans le guide ; $part : le numéro de la partie (« 03 ») ; $place : le
# titre de son domaine, ou cat-subtheme.
cat-place = Recommandation { $number } du guide · Partie { $part } { $part_title } · { $place }
# $tags : les noms des étiquettes, séparés par des virgules.
cat-tags = Étiquettes : { $tags }
# $audiences : à qui elle s’adresse en particulier, séparés par cat-audience-separator.
cat-audiences = Particulièrement pour : { $audiences }
cat-audience-separator = {" ; "}
# Un questionnaire qui l’aborde : « quick (question R23) : Votre organisation… ? ».
cat-asked-in-line = { $questionnaire } (question { $question }) : { $text }

## La vue d’ensemble.

# $tool est « icso-assess ».
cat-overview-heading = { $tool } : la préparation face au rôle mondial croissant de la Chine
cat-questionnaires = Questionnaires
# $list, $show, $help sont des commandes : « `icso-assess list` ».
cat-next = Ensuite : { $list } pour parcourir, { $show } pour lire une recommandation, { $help } pour toutes les commandes.
cat-overview-intro = { $recommendations } recommandations du guide destiné aux organisations de la société civile à vocation internationale, en { $parts } parties et { $areas } domaines, résumées par { $key } grandes recommandations.
# Après l’identifiant d’un questionnaire : « Bilan rapide… (16 questions, version 1.0) ».
cat-questionnaire-line = { $title } ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, version { $version })
