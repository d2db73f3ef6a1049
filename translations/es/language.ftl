# El idioma: su nombre y la forma en que escribe los números.
language-name = Español
number-decimal-separator = ,
# Un porcentaje, con un espacio de no separación antes del signo.
number-percent = { $value } %
