# Ce que la combinaison des réponses de plusieurs répondants écrit elle-même (src/analysis/aggregate).

# La raison d’une question que tous les répondants ont jugée sans objet ; $reason est la raison
# donnée par le premier répondant, telle qu’il l’a écrite.
agg-na-by-all = jugée sans objet par les { $count } répondants : { $reason }
# La même chose quand certains l’ont jugée sans objet et que les autres n’ont pas répondu.
agg-na-by-some = jugée sans objet par { $count } répondants sur { $total } (les autres n’ont pas répondu) : { $reason }
