# Lo que escribe por sí misma la combinación de las respuestas de varios encuestados (src/analysis/aggregate).

# El motivo de una pregunta que todos los encuestados marcaron como no aplicable; $reason es el
# motivo del primer encuestado, tal como lo escribió.
agg-na-by-all = marcada como no aplicable por los { $count } encuestados: { $reason }
# Lo mismo cuando algunos la marcaron y los demás no respondieron.
agg-na-by-some = marcada como no aplicable por { $count } de { $total } encuestados (los demás no respondieron): { $reason }
