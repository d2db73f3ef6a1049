# L’évaluation interactive : ses écrans (src/assess.rs, src/prompt/), ce qu’`assess` affiche
# autour (src/commands/assess.rs), l’écran de fin (src/commands/finish.rs) et l’écran
# d’accueil d’`icso-assess` seul (src/commands/home.rs). Les lettres à taper sont aussi des
# messages (prompt-key-*), pour que chacune commence un mot de son choix.

## Les touches. Chaque valeur est UNE lettre minuscule a-z, affichée devant son choix
## (« n Ne s’applique pas à nous ») et dans les aides. Les lettres d’un même écran doivent
## différer (un test le vérifie).

# Mode accessible (--plain) : revenir d’une étape, sur tous les écrans.
prompt-key-back = r
# Mode accessible : arrêter (les réponses sont gardées).
prompt-key-quit = q
# Écran d’une question : « Ne s’applique pas à nous ».
prompt-key-not-applicable = n
# Écran d’une question : « Je ne sais pas ».
prompt-key-dont-know = j
# Écran d’une question : « Sauter pour l’instant ».
prompt-key-skip = s
# Écran de l’importance : Faible, Moyenne, Élevée.
prompt-key-low = f
prompt-key-medium = m
prompt-key-high = e
# Écran de fin : compléter les questions sautées ; page web (HTML) ; lire ici ; autre
# format ; plan d’action ; terminer.
prompt-key-answer-skipped = c
prompt-key-html = h
prompt-key-read = l
prompt-key-other-format = a
prompt-key-plan = p
prompt-key-finish = t
# « Ce fichier existe déjà. Le remplacer ? » : Non, Oui.
prompt-key-no = n
prompt-key-yes = o
# Écran d’accueil : voir le rapport ; revoir ou modifier ; nouvelle évaluation ; comparer ;
# ouvrir une autre ; quitter.
prompt-key-report = v
prompt-key-review = m
prompt-key-new = n
prompt-key-compare = c
prompt-key-open = o
prompt-key-home-quit = q
# Confirmation de l’atelier : accepter tous les niveaux combinés.
prompt-key-accept = a

## Le dessin des écrans (src/prompt/terminal.rs).

# Affiché quand une ligne de texte est quittée avec Échap.
prompt-back-indicator = <retour>
# Termine une question coupée sur un petit terminal.
prompt-question-cut = … (appuyez sur ? pour tout lire)
prompt-more-above =
    { $count ->
        [one] ↑ encore 1 choix au-dessus
       *[other] ↑ encore { $count } choix au-dessus
    }
prompt-more-below =
    { $count ->
        [one] ↓ encore 1 choix en dessous
       *[other] ↓ encore { $count } choix en dessous
    }
prompt-move-hint = (descendez avec ↓ pour lire le sens de chaque réponse ici)
# Remplace le résumé replié sur un petit terminal.
prompt-folded = (appuyez sur ? pour lire le résumé)
prompt-more-back = Appuyez sur une touche pour revenir à la question
prompt-nothing-chosen = Rien n’est encore choisi : allez sur une réponse avec ↑↓ (ou appuyez sur sa touche), puis sur Entrée.

## Le mode accessible (src/prompt/lines.rs) : des lignes numérotées pour un lecteur d’écran.

# $keys liste ce qui peut être tapé : « 0, 1, 2, n, j ».
prompt-lines-ask = Tapez votre réponse ({ $keys }) puis Entrée.
# $key est la réponse déjà donnée.
prompt-lines-keeps = Entrée seule garde { $key }.
prompt-lines-more = ? lit le résumé.
# $back et $quit sont les touches prompt-key-back et prompt-key-quit.
prompt-lines-back-quit = { $back } revient en arrière, { $quit } arrête (vos réponses sont gardées).
prompt-lines-not-an-answer = Ce n’est pas l’une des réponses.
# Une ligne de texte à taper : $message est la question, $help son aide, $back la touche.
prompt-lines-text = { $message } ({ $help } ; { $back } seul revient en arrière)
# $initial est le texte déjà présent.
prompt-lines-text-keeps = Entrée seule garde : { $initial }

## Les questions (src/assess.rs).

assess-new = Une nouvelle auto-évaluation
assess-new-who = Une nouvelle auto-évaluation · qui répond
assess-organisation = Nom de l’organisation
assess-organisation-help = L’organisation évaluée
assess-respondent = Qui répond ?
assess-respondent-help = Personne, équipe ou bureau, p. ex. « Direction » ou « Bureau de Nairobi »
assess-which-questionnaire = Quel questionnaire ?
# Un questionnaire à choisir : $id est son identifiant (« quick »), $title son titre.
assess-questionnaire-option =
    { $id } : { $title } ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    })
assess-questionnaire-help = ↑↓ se déplacer · Entrée choisir · Ctrl-C arrêter
# $n compte à partir de 1.
assess-profile-heading = Votre organisation · { $n } sur { $total }
assess-profile-intro = D’abord quelques questions sur votre organisation : elles déterminent les recommandations qui comptent le plus pour vous.
assess-profile-help = Un chiffre, ou ↑↓ puis Entrée · Échap retour · Ctrl-C arrêter, réponses gardées
assess-skipped-ahead =
    { $count ->
        [one] { $count } question à laquelle vous aviez déjà répondu a été passée
       *[other] { $count } questions auxquelles vous aviez déjà répondu ont été passées
    } (pour revoir chaque réponse, lancez avec --review).
# Le haut de l’écran d’une question. $bar est une barre de progression.
assess-question-heading = Question { $n } sur { $total }  { $bar }
# $part est le numéro de la partie (« 01 »), $title son titre, $area le titre du domaine.
assess-part-heading = Partie { $part } { $title } · { $area }
assess-first-step = Premier pas : { $step }
# Les touches de l’écran d’une question ; $na, $dk et $skip sont celles des trois derniers choix.
assess-level-help = 0-4 niveau · { $na } ne s’applique pas · { $dk } je ne sais pas · { $skip } sauter · ? plus · Échap retour · Ctrl-C arrêter
# Les trois choix après les niveaux (chacun après sa touche).
assess-choice-not-applicable = Ne s’applique pas à nous
assess-choice-dont-know = Je ne sais pas
assess-choice-skip = Sauter pour l’instant
assess-reason = Pourquoi cela ne s’applique-t-il pas à vous ?
assess-reason-help = Une brève raison, gardée avec la réponse · Échap retour
assess-importance-low = Faible
assess-importance-medium = Moyenne
assess-importance-high = Élevée
# $name est Faible, Moyenne ou Élevée.
assess-importance-suggested = { $name } (suggérée pour votre profil)
# $answer est le niveau donné (« 2 En développement ») ou « Je ne sais pas ».
assess-your-answer = Votre réponse : { $answer }.
assess-importance-question = Quelle importance cela a-t-il pour votre organisation ?
# $low, $medium et $high sont leurs touches.
assess-importance-help = { $low } faible · { $medium } moyenne · { $high } élevée · Entrée valide la sélection · Échap retour
assess-note = Note (facultative)
assess-continue-help = Entrée pour continuer · Échap retour
assess-evidence = Qu’est-ce qui l’atteste ? (facultatif : documents, liens ou réunions, séparés par ;)
# $problem dit ce qui ne va pas dans le texte tapé, et comment le corriger.
assess-not-saved = Pas encore enregistré : { $problem }.
assess-not-saved-characters = Pas encore enregistré : { $problem }. Les caractères impossibles à enregistrer ont été retirés ; vérifiez le texte et appuyez sur Entrée.
assess-required = Veuillez taper quelque chose (ou appuyez sur Échap pour revenir).
assess-evidence-too-many = { $count } références, au-delà de la limite de { $limit } ; gardez celles qui comptent le plus
# Une référence, dans un message à son sujet (« la référence 2 compte 400 caractères »).
assess-evidence-reference = la référence { $n }
# Le texte en cours de saisie, tel que le nomme un message (« la note compte 2100 caractères »).
assess-field-organisation = le nom de l’organisation
assess-field-respondent = le nom de qui répond
assess-field-reason = la raison
assess-field-note = la note
assess-field-evidence = les éléments probants
assess-field-justification = la justification
assess-no-questionnaire = le questionnaire « { $id } » n’existe pas

## Autour des questions (src/commands/assess.rs).

# Ce qu’une autre session apprend de qui tient le fichier : $time est HH:MM.
assess-lock-started = commencée à { $time } UTC
# Le rôle du fichier dans les messages sur les fichiers.
assess-role-answers = les réponses
assess-left-as-is = { $error } ; le fichier a été laissé tel quel
# $template et $report sont des commandes.
assess-no-terminal = l’évaluation interactive a besoin d’un terminal ; pour répondre sans terminal, écrivez un fichier de réponses vierge avec `{ $template }`, remplissez-le, puis lancez `{ $report }`
assess-other-questionnaire = { $file } contient des réponses au questionnaire { $found }, pas { $asked } ; retirez --questionnaire pour le reprendre, ou choisissez un autre fichier avec --file
assess-nothing-to-review = { $file } n’existe pas encore, il n’y a donc rien à revoir ; retirez --review pour commencer
# $kept dit où sont allées les réponses de cette session.
assess-changed-on-disk = { $file } a été modifié par un autre programme depuis le dernier enregistrement de cette session, il n’a donc pas été écrasé ; { $kept }
assess-kept-aside = les réponses de cette session sont dans { $aside } ; comparez les deux avec `{ $command }` et gardez celui que vous voulez
assess-not-kept = la dernière réponse de cette session n’a pas pu être gardée ({ $error })
assess-not-kept-too-many = la dernière réponse de cette session n’a pas pu être gardée : trop de copies non enregistrées à côté
assess-stopped-nothing = Arrêté avant que rien ne soit enregistré.
# Deux lignes ; $command reprend la session.
assess-stopped =
    Arrêté. { $count ->
        [one] { $count } réponse enregistrée
       *[other] { $count } réponses enregistrées
    } dans { $file }.
    Pour reprendre : { $command }
assess-stopped-error = Arrêté. { $error }
assess-resuming = Reprise de l’évaluation dans { $file }. Les réponses sont enregistrées après chaque question.
assess-starting = Une nouvelle évaluation, enregistrée dans { $file } après chaque question. Arrêtez à tout moment avec Ctrl-C et reprenez plus tard.
# $how dit comment il est chiffré, $opens ce qui l’ouvre.
assess-sealed = Le fichier est { $how } : { $opens }.
assess-sealed-passphrase = il s’ouvre avec la phrase de passe, demandée à la reprise
assess-sealed-identity = il ne s’ouvre qu’avec l’identité de l’un de ses destinataires, nécessaire pour le reprendre (--identity FILE)
assess-questionnaire-missing = le questionnaire { $id } est introuvable
assess-answers-are-in = Vos réponses sont dans { $file }. Pour les revoir ou les modifier, lancez : { $command }
# Après Ctrl-C : $readiness est la phrase sur la préparation.
assess-so-far = Jusqu’ici : { $readiness }

## L’écran de fin (src/commands/finish.rs).

# La phrase sur la préparation est faite de ces morceaux. $score est un pourcentage (« 59 % »).
assess-readiness-score = Préparation globale : { $score } de la cible
assess-readiness-none = Préparation globale : pas encore calculée (aucun niveau donné)
# Suit assess-readiness-score quand des « je ne sais pas » laissent une fourchette.
assess-readiness-range =
    { $readiness }, entre { $low } et { $high } selon { $count ->
        [one] la réponse « je ne sais pas »
       *[other] les { $count } réponses « je ne sais pas »
    }
assess-readiness-answered =
    { $answered } { $answered ->
        [one] question répondue sur { $total }
       *[other] questions répondues sur { $total }
    }
# Détails entre parenthèses après assess-readiness-answered.
assess-readiness-unknown = { $count } « je ne sais pas »
assess-readiness-na = { $count } sans objet
assess-readiness-skipped =
    { $count ->
        [one] { $count } sautée
       *[other] { $count } sautées
    }
assess-no-gaps = Aucun écart : chaque recommandation répondue est à sa cible ou au-dessus.
assess-most-urgent =
    { $count ->
        [one] La priorité la plus urgente :
       *[other] Les { $count } priorités les plus urgentes :
    }
# $now est le niveau actuel (ou « ? »), $target le niveau visé.
assess-urgent-item = { $id } { $title } (aujourd’hui { $now }, cible { $target })
assess-complete = Votre évaluation est terminée
assess-what-next = Et maintenant ?
assess-end-answer-skipped =
    Compléter { $count ->
        [one] la question sautée
       *[other] les { $count } questions sautées
    } maintenant
assess-end-html = Enregistrer le rapport complet comme page web (HTML)
assess-end-read = Lire le rapport complet ici
assess-end-other-format = Enregistrer dans un autre format (Word, Markdown, CSV, JSON)
assess-end-plan =
    Préparer un plan d’action à partir { $count ->
        [one] de l’écart
       *[other] des { $count } écarts
    }
assess-end-finish = Terminer
assess-end-help = Tapez une lettre, ou ↑↓ puis Entrée · ? tout le résumé · Ctrl-C terminer
assess-which-format = Quel format ?
# Après le nom du format et sa touche (w, m, c, j restent tels quels).
assess-format-docx = Word (.docx) : pour modifier, partager et imprimer
assess-format-markdown = Markdown : pour un wiki ou un document
assess-format-csv = CSV : une ligne par question, pour un tableur
assess-format-json = JSON : pour d’autres outils
assess-letter-help = Tapez une lettre, ou ↑↓ puis Entrée · Échap retour
assess-role-this-answers = le fichier de réponses de cette évaluation
assess-role-plan = le plan
assess-role-report = le rapport
assess-no-plan = Aucun plan préparé : { $error }.
assess-plan-updated =
    Plan { $file } mis à jour : { $added ->
        [one] { $added } nouvelle action
       *[other] { $added } nouvelles actions
    }, { $closed ->
        [one] { $closed } marquée close
       *[other] { $closed } marquées closes
    } ; rien de ce qui y était écrit n’a changé.
assess-plan-up-to-date = Le plan { $file } est déjà à jour avec ces réponses.
assess-plan-left = Le plan { $file } a été laissé tel quel : { $why }.
# $error se termine par son propre point.
assess-plan-left-error = Le plan { $file } a été laissé tel quel : { $error }
assess-plan-unreadable = Le plan { $file } n’a pas pu être lu ; il a été laissé tel quel.
# $command affiche le plan.
assess-plan-drafted =
    Plan d’action { $count ->
        [one] d’{ $count } action
       *[other] de { $count } actions
    } préparé dans { $file } : indiquez un responsable pour chacune et ajustez les dates dans n’importe quel éditeur de texte, puis affichez-le avec : { $command }
assess-save-as = Enregistrer le rapport sous
assess-save-as-help = Entrée l’enregistre ici · ou tapez un autre nom · Échap retour
assess-save-needs-age = Pas enregistré : les réponses sont chiffrées, le rapport l’est donc aussi, et son nom se termine par .age ; ajoutez .age au nom.
assess-not-saved-because = Pas enregistré : { $error }.
assess-replace = { $file } existe déjà. Le remplacer ?
assess-replace-no = Non, choisir un autre nom
assess-replace-yes = Oui, le remplacer
# $yes et $no sont leurs touches.
assess-replace-help = { $yes } le remplacer · { $no } choisir un autre nom · Échap retour
# $format est le nom du format (« HTML ») ; l’un des trois messages suivants peut suivre.
assess-saved = Rapport { $format } enregistré dans { $file }.
# $command le déchiffre.
assess-saved-sealed = Il est chiffré comme les réponses : ses destinataires l’ouvrent avec l’outil age ({ $command }), ou avec la phrase de passe.
assess-saved-html = Ouvrez-le dans votre navigateur web : double-cliquez sur le fichier, ou faites-le glisser sur une fenêtre du navigateur. Il s’imprime bien aussi.
assess-saved-docx = Ouvrez-le dans Word ou LibreOffice pour le modifier : double-cliquez sur le fichier.
assess-could-not-save = Impossible d’enregistrer : { $error }. Essayez un autre nom.
# Entre les pages quand aucun visualiseur n’est trouvé ; $quit est une touche.
assess-pager-more = -- Entrée pour la suite, { $quit } puis Entrée pour revenir --
assess-pager-end = Appuyez sur Entrée pour revenir au résumé.

## L’écran d’accueil (src/commands/home.rs).

assess-home-undated = sans date
assess-home-finished = terminée
assess-home-open =
    { $count ->
        [one] { $count } question ouverte
       *[other] { $count } questions ouvertes
    }
# Un fichier de réponses : $file, $organisation, $date (ou « sans date »), $state (terminée, ou ouverte).
assess-home-file = { $file } ({ $organisation }, { $date }, { $state })
# $file est assess-home-file ; $others liste des noms de fichiers.
assess-home-opened-newest = { $file } ouvert, l’évaluation la plus récente de ce dossier ; les autres : { $others } (ouvrez-en une avec { $command } NOM).
assess-home-heading = { $program } : votre auto-évaluation de préparation face à la Chine
assess-home-opened = { $file } ouvert.
assess-home-others =
    { $count ->
        [one] { $count } autre évaluation dans ce dossier.
       *[other] { $count } autres évaluations dans ce dossier.
    }
assess-home-report = Voir où vous en êtes : le résumé et le rapport
assess-home-review = Revoir ou modifier les réponses
assess-home-new = Commencer une nouvelle évaluation (enregistrée dans { $file } ; celle-ci reste telle quelle)
assess-home-compare = Comparer avec une évaluation antérieure
assess-home-open-other = Ouvrir une autre évaluation de ce dossier
assess-home-quit = Quitter
assess-home-question = Que voulez-vous faire ?
assess-home-help = Tapez une lettre, ou ↑↓ puis Entrée · Ctrl-C quitter
assess-home-compare-which = Comparer avec quelle évaluation ?
assess-home-open-which = Ouvrir quelle évaluation ?
assess-home-which-help = ↑↓ puis Entrée · Échap retour
