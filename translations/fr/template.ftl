# Les commentaires du fichier de réponses vierge qu’écrit `template` (src/answers/template.rs).
# Seuls les commentaires sont traduits : les clés et les valeurs (level = 2, "n/a", "high"...)
# arrivent dans les messages comme variables et restent telles quelles, pour que le fichier
# se charge dans toutes les langues. L’outil coupe chaque message à 78 colonnes.

# La première ligne. $title est le titre du questionnaire, $id son identifiant, $version sa version.
tmpl-header = Fichier de réponses d’icso-assess pour « { $title } » (questionnaire { $id }, version { $version }).
# $comment vaut "# " et $level vaut "level = ", entre guillemets.
tmpl-fill-in = Remplissez-le avec n’importe quel éditeur de texte, ou faites-le circuler par courriel. Pour chaque question ci-dessous, retirez le { $comment } devant { $level } et écrivez l’une de ces lignes :
# À côté de `level = 2`.
tmpl-level = un niveau de { $low } à { $high } ; les lignes au-dessus de la question disent ce que chaque niveau signifie pour elle
# À côté de `level = "n/a"` ; $reason vaut `reason = "..."`.
tmpl-na = la question ne s’applique pas à vous ; ajoutez alors une ligne { $reason } qui dit pourquoi
# À côté de `level = "unknown"`.
tmpl-unknown = vous ne savez pas : c’est à vérifier
tmpl-optional = et, si vous le souhaitez, l’une de ces lignes en dessous :
# À côté de `importance = "high"` ; $low, $medium et $high sont les valeurs à écrire.
tmpl-importance = { $low }, { $medium } ou { $high } (faible, moyenne ou élevée) : son importance pour vous (sinon le profil ci-dessous décide, ou { $medium })
# À côté de `target = 4` ; $from et $high sont des niveaux, $target le niveau visé par défaut.
tmpl-target = le niveau que vous visez, de { $from } à { $high } (sinon { $target })
# À côté de `note = "..."`.
tmpl-note = tout ce qui mérite d’être retenu
# À côté de `evidence = ["..."]` ; les exemples entre guillemets peuvent être traduits.
tmpl-evidence = ce qui atteste un niveau : documents, liens ou réunions, par exemple ["Procès-verbal du conseil, mars 2026", "Règlement du personnel"]
# $validate et $report sont des commandes.
tmpl-closing = Le texte s’écrit entre guillemets droits. Laissez une question telle quelle pour la passer : un fichier rempli en partie convient. Vérifiez-le avec `{ $validate }`, et voyez les résultats avec `{ $report }`.
# Commentaires en fin de ligne du fichier : restez bref.
tmpl-organisation = le nom de votre organisation
tmpl-respondent = qui répond : une personne, une équipe ou un bureau
tmpl-date = le jour de ces réponses, au format AAAA-MM-JJ
# $comment vaut "# " entre guillemets.
tmpl-profile = Profil : votre organisation. Il détermine l’importance de certaines questions. Retirez le { $comment } devant une ligne et écrivez entre guillemets l’identifiant d’une option.
# Ce qu’un niveau signifie pour une question : $name est le nom du niveau, $description son sens.
tmpl-level-line = { $name } : { $description }
