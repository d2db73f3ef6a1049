# L’atelier dans un terminal : ses écrans (src/workshop.rs) et ce que `workshop` affiche
# autour (src/commands/workshop.rs). Les touches partagées avec l’évaluation sont dans assess.ftl.

## Les écrans (src/workshop.rs).

# $n compte à partir de 1 ; $bar est une barre de progression.
ws-disagreement-heading = Désaccord { $n } sur { $total }  { $bar }
ws-heading = Atelier : { $organisation }
ws-unnamed = (organisation sans nom)
ws-respondents =
    { $count ->
        [one] { $count } répondant
       *[other] { $count } répondants
    }
ws-coverage = Couverture : { $answered } questions sur { $total } ont reçu une réponse d’au moins un répondant.
# $within vaut un de moins que l’écart à partir duquel une question est discutée.
ws-agreeing =
    { $count ->
        [one] { $count } question fait consensus
       *[other] { $count } questions font consensus
    } : leurs niveaux sont à { $within } ou moins les uns des autres, elles prennent donc le niveau combiné (la médiane inférieure), à confirmer à la fin.
ws-to-discuss =
    { $count ->
        [one] { $count } question demande
       *[other] { $count } questions demandent
    } une discussion : leurs niveaux s’écartent de { $spread } ou plus. Un écran chacune, les plus urgentes d’abord.
ws-named = Nominatif : chaque écran montre qui a choisi quoi.
ws-anonymous = Anonyme : chaque écran montre combien ont choisi chaque niveau et leurs notes, pas qui ; les notes sont montrées telles qu’écrites et peuvent encore révéler leur auteur.
ws-start =
    Commencer : discuter { $count ->
        [one] le désaccord
       *[other] les { $count } désaccords
    }
# $n compte à partir de 1 ; $agreed est le nombre déjà convenu.
ws-continue =
    Reprendre au désaccord { $n } sur { $total } ({ $agreed ->
        [one] { $agreed } convenu
       *[other] { $agreed } convenus
    } jusqu’ici)
ws-from-first = Reprendre les désaccords depuis le premier
ws-confirm-rest =
    Confirmer { $count ->
        [one] la question
       *[other] les { $count } questions
    } sans désaccord
ws-again = Reprendre les désaccords
ws-finish = Terminer : tout est décidé
ws-where-to-start = Par où voulez-vous commencer ?
ws-overview-help = ↑↓ choisir · Entrée · Ctrl-C arrêter (enregistré après chaque étape)
ws-justification = Pourquoi le groupe s’accorde-t-il sur ce niveau ? (obligatoire)
ws-justification-help = Entrée pour enregistrer · Échap revient au niveau
ws-justification-required = Une justification est obligatoire : dites en une phrase pourquoi le groupe est d’accord (ou appuyez sur Échap pour revenir).
ws-evidence = Qu’est-ce qui l’atteste ? (facultatif : documents, liens ou réunions, séparés par ;)
ws-evidence-help = Entrée pour enregistrer · Échap revient à la justification
ws-confirmation = Confirmation
ws-without-disagreement =
    { $count ->
        [one] { $count } question sans désaccord
       *[other] { $count } questions sans désaccord
    }
# Affiché après sa touche.
ws-accept-all = Accepter tous les niveaux combinés ci-dessous ({ $count })
# $state est un niveau (« 3 Établi »), « sans objet » ou « je ne sais pas ».
ws-agreed-state = convenu { $state }
ws-confirm-context = Chacune a pris le niveau combiné des réponses des répondants (la médiane inférieure). Acceptez-les toutes, ou ouvrez-en une pour la discuter et convenir d’un autre niveau.
ws-confirm-question = Accepter les niveaux combinés ?
# $accept est la touche prompt-key-accept.
ws-confirm-help = { $accept } tout accepter · ↑↓ et Entrée en ouvrir une · Échap retour · Ctrl-C arrêter
# $id est l’identifiant d’une question.
ws-opened = Confirmation : { $id } ouverte
# En mode accessible, à côté d’un niveau : $label est le niveau, $count le nombre qui l’ont choisi.
ws-chose-this =
    { $label } ({ $count ->
        [one] { $count } l’a choisi
       *[other] { $count } l’ont choisi
    })
ws-more-notes = ({ $count } de plus : appuyez sur ? pour tout lire)
# $question est le texte de la question.
ws-agreed-level = Niveau convenu ? { $question }
# $na et $dk sont les touches de « sans objet » et « je ne sais pas ».
ws-level-help = 0-4 niveau · { $na } ne s’applique pas · { $dk } je ne sais pas · ? toutes les notes · Échap retour · Ctrl-C arrêter
ws-because = sans objet, car { $reason }
ws-evidence-said = Éléments probants : { $evidence }.
# Les morceaux de ws-of-respondents ; $low et $high sont des niveaux.
ws-gave-range =
    { $count ->
        [one] { $count } a donné un niveau, de { $low } à { $high }
       *[other] { $count } ont donné un niveau, de { $low } à { $high }
    }
ws-gave-level =
    { $count ->
        [one] { $count } a donné le niveau { $low }
       *[other] { $count } ont donné le niveau { $low }
    }
ws-gave-none = personne n’a donné de niveau
ws-count-na = { $count } sans objet
ws-count-dk = { $count } je ne sais pas
ws-count-unanswered =
    { $count ->
        [one] { $count } n’a pas répondu
       *[other] { $count } n’ont pas répondu
    }
# $parts sont les morceaux ci-dessus, séparés par des points-virgules.
ws-of-respondents =
    { $count ->
        [one] Sur { $count } répondant : { $parts }.
       *[other] Sur { $count } répondants : { $parts }.
    }
ws-state-na = sans objet
ws-state-dk = je ne sais pas
ws-state-unanswered = sans réponse

## Autour des écrans (src/commands/workshop.rs).

ws-spread-zero = --spread 0 ferait discuter toutes les questions ; utilisez 1 ou plus (la valeur par défaut est 2)
ws-role-respondent = l’un des fichiers de réponses des répondants
ws-role-consensus = le fichier de consensus
ws-warning = avertissement : { $message }
# $command imprime le dossier.
ws-no-terminal = l’atelier est interactif et a besoin d’un terminal ; pour préparer plutôt un dossier imprimé pour la salle, lancez `{ $command }`
# Ce qu’une autre session apprend de qui tient le fichier : $time est HH:MM.
ws-lock-started = atelier commencé à { $time } UTC
# Deux lignes ; $command reprend la session.
ws-stopped-saved =
    Arrêté. Ce qui a été convenu est enregistré dans { $file }.
    Pour reprendre : { $command }
ws-saved-after-every = Le consensus est enregistré dans { $file } après chaque question. Arrêtez à tout moment avec Ctrl-C et reprenez avec la même commande.
ws-not-consensus = { $file } est un fichier de réponses, pas le fichier de consensus d’un atelier, il a donc été laissé tel quel ; choisissez un autre fichier avec -o (par défaut { $default })
ws-other-questionnaire = { $file } contient un atelier sur le questionnaire { $found }, mais ces répondants ont répondu à { $asked } ; choisissez un autre fichier avec -o
# Deux lignes ; $command reprend la session.
ws-stopped =
    Arrêté. { $count ->
        [one] { $count } question convenue
       *[other] { $count } questions convenues
    } jusqu’ici, le tout enregistré dans { $file }.
    Pour reprendre : { $command }
ws-finished =
    Le consensus de l’atelier est dans { $file } : { $count ->
        [one] { $count } question convenue
       *[other] { $count } questions convenues
    } en discussion, { $rest } au niveau combiné des réponses des répondants.
# $command produit le rapport.
ws-next = Ensuite : { $command }
