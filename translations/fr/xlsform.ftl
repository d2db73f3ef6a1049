# Le formulaire pour KoboToolbox et ODK (src/answers/xlsform.rs, `export xlsform`) : les mots du
# formulaire autour du texte propre du questionnaire. Un seul formulaire contient toutes les langues
# de l’outil, les libellés de chacune écrits avec ses messages.

# Le titre du formulaire dans ses propriétés ; $title est le titre du questionnaire.
form-doc-title = Formulaire icso-assess : { $title }
form-organisation = Le nom de votre organisation
form-respondent = Qui répond : une personne, une équipe ou un bureau
# Le titre du groupe des questions de profil.
form-profile-group = À propos de votre organisation
# Le titre d’un groupe de questions dont le domaine n’est pas connu.
form-other-questions = Autres questions
# Demandé quand une question reçoit la réponse « sans objet ».
form-reason = Pourquoi ce point ne s’applique-t-il pas à vous ?
form-importance = Quelle importance ce point a-t-il pour vous ? (facultatif)
form-note = Une note (facultatif)
# Un niveau parmi les choix d’une question : $level est son numéro, $name son nom (« Établi »),
# $description ce qu’il signifie pour cette question.
form-level-choice = { $level } – { $name } : { $description }
form-not-applicable = Sans objet pour nous
form-dont-know = Ne sait pas
# Les choix de l’importance d’une question.
form-importance-low = Faible
form-importance-medium = Moyenne
form-importance-high = Élevée
