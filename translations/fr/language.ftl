# La langue elle-même : son nom, et la façon dont elle écrit les nombres.
language-name = Français
number-decimal-separator = ,
# Un pourcentage, avec une espace insécable avant le signe.
number-percent = { $value } %
