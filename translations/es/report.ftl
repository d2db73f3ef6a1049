# Las palabras del informe de brechas (src/document/wording/report.rs), en el orden en que el
# informe las muestra. «Screen» es la terminal, «spoken» la presentación para lector de pantalla
# (--plain), «page» Markdown y HTML, «html» solo la página HTML (y Word). Los números y los
# porcentajes llegan ya escritos.

## El resumen: lo que una persona directiva lee primero.

report-summary = Resumen
report-readiness-not-scored = Preparación global: aún sin puntuar, porque no se ha respondido ninguna pregunta.
# $score es un porcentaje entero («59 %»).
report-readiness-score = Preparación global: { $score } del objetivo.
# $score, $low y $high son porcentajes enteros; $unknown cuántas respuestas fueron «no sabe».
report-readiness-score-range = Preparación global: { $score } del objetivo, entre { $low } y { $high } con { $unknown } { $unknown ->
        [one] respuesta «no sabe»
       *[other] respuestas «no sabe»
    }.
# Tras las cifras de preparación, según el camino recorrido: 90 % o más,
report-verdict-nearly-there = La organización está cerca de donde quiere estar.
# 60 % o más,
report-verdict-well-on-the-way = La organización va por buen camino.
# 30 % o más,
report-verdict-part-of-the-way = La organización ha recorrido parte del camino.
# menos del 30 %.
report-verdict-at-the-start = La organización está al principio.
report-coverage-summary = { $answered } de { $total } preguntas respondidas, { $na } «no aplica», { $unknown } «no sabe».
# Las respuestas combinadas de varios encuestados ($respondents, 2 o más). $spread es cuántos
# niveles deben separar las respuestas para contar como desacuerdo.
report-combined-agree = Estas son las respuestas combinadas de { $respondents } encuestados; ninguna pregunta los separa por { $spread } { $spread ->
        [one] nivel
       *[other] niveles
    } o más.
# $disagreements es en cuántas preguntas discrepan (1 o más).
report-combined-disagree = Estas son las respuestas combinadas de { $respondents } encuestados; sus niveles difieren en { $spread } { $spread ->
        [one] nivel
       *[other] niveles
    } o más en { $disagreements } { $disagreements ->
        [one] pregunta, que figura
       *[other] preguntas, que figuran
    } en «{ report-where-respondents-disagree }».
report-now-heading = Lo que importa ahora
# Antes de la lista de brechas que importan ahora; $count es 1 o más.
report-now-intro = { $count ->
        [one] La única brecha que abordar o planificar ahora, con un primer paso para este mes:
       *[other] Las { $count } brechas que abordar o planificar ahora, de la más urgente a la menos urgente, cada una con un primer paso para este mes:
    }
report-nothing-now = Ninguna brecha requiere acción ahora: cada pregunta respondida está en su objetivo, o su brecha es pequeña.
report-nothing-answered-yet = Aún no se ha respondido ninguna pregunta, así que no hay nada que priorizar.
# Los niveles de una prioridad: «Ahora 1 Puntual, objetivo 3 Establecido: actuar ya.» $band es
# una de las bandas (actuar ya, planificar, más adelante, sin brecha).
report-now-target = Ahora { $now }, objetivo { $target }: { $band }.
# Los elementos de la lista de report-what-follows-listed, cada uno con su número.
report-follows-also-now = { $count } { $count ->
        [one] brecha más que abordar o planificar
       *[other] brechas más que abordar o planificar
    }
report-follows-later = { $count } { $count ->
        [one] brecha menor para más adelante
       *[other] brechas menores para más adelante
    }
report-follows-investigate = { $count } { $count ->
        [one] pregunta que investigar
       *[other] preguntas que investigar
    }
report-follows-strengths = { $count } { $count ->
        [one] fortaleza
       *[other] fortalezas
    }
# La última línea del resumen, cuando no hay nada que contar.
report-what-follows-sections = A continuación: la preparación por área, todas las preguntas por área, los recursos de la guía y cómo se calcularon las puntuaciones.
# Lo mismo, con lo que el informe enumera además: «3 brechas más que abordar o planificar,
# 4 brechas menores para más adelante y 5 fortalezas».
report-what-follows-listed = A continuación: { $listed }; la preparación por área, todas las preguntas por área, los recursos de la guía y cómo se calcularon las puntuaciones.
# Las brechas más allá de la lista del resumen.
report-also-now = Otras brechas que abordar o planificar
report-also-now-intro = Brechas con la misma prioridad que las del resumen, después de las que allí figuran:
report-later = Más adelante
report-later-intro = Brechas menores: vale la pena cerrarlas una vez que las prioridades anteriores estén en marcha.
report-no-later = No hay brechas menores.
# Tras el título de una brecha: « (Financiación de la Franja y la Ruta): ahora 1 Puntual, objetivo 3 Establecido».
report-area-and-levels = {" "}({ $area }): ahora { $now }, objetivo { $target }

## El título y el encabezado.

# El antetítulo de la página HTML, sobre el nombre de la organización.
report-kicker = Informe de preparación ante China
report-profile-heading = Perfil
report-profile-intro-html = Cómo se describió la organización; el perfil fija cuánto importa cada pregunta, salvo que una respuesta diga otra cosa.
report-title = Informe de preparación ante China: { $organisation }
# El título leído en voz alta.
report-title-spoken = Informe de preparación ante China de { $organisation }.
# «Revisión rápida, quick, versión 1.0»: el título, el identificador (un código) y la versión.
report-questionnaire-spoken = { $title }, { $id }, versión { $version }

## El recuento de respuestas, dentro de las frases sobre la cobertura.

# «10 respondidas, 1 no aplica, 2 no sabe, 3 sin respuesta» (de las preguntas).
report-counts = { $answered } { $answered ->
        [one] respondida
       *[other] respondidas
    }, { $na } «no aplica», { $unknown } «no sabe», { $unanswered } sin respuesta

## Los encuestados de respuestas combinadas (`aggregate`).

report-respondents = Encuestados
# El archivo de respuestas del que vienen las respuestas de un encuestado.
report-file = Archivo
report-coverage-column = Cobertura
# Encabezados de columna: no aplica, no sabe, sin respuesta.
report-na-column = N/A
report-dont-know-column = No sabe
report-unanswered-column = Sin respuesta
report-respondents-intro = Este informe trata de las respuestas combinadas. La preparación propia de cada encuestado, solo a partir de sus respuestas:
report-respondents-intro-screen = El informe, arriba y abajo, trata de las respuestas combinadas. La preparación propia de cada encuestado, solo a partir de sus respuestas, y la cobertura: respondidas / no aplica / no sabe / sin respuesta.
report-profile-intro = Perfil de las respuestas combinadas (la respuesta más frecuente a cada pregunta de perfil; en caso de empate, gana la opción que figura primero):
# Tras un porcentaje cuando las respuestas «no sabe» dejan un rango: «, rango 50,0-75,0 %».
report-range-clause = , rango { $range }
# Tras el nombre de un encuestado: «, archivo oficina.toml».
report-file-clause = , archivo { $file }
# En voz alta: un encuestado, la precisión del archivo o nada, su preparación, el rango o nada,
# y report-counts.
report-respondent-spoken = { $label }{ $file }: { $score }{ $range }; { $counts }.
# Cómo nombra un informe anonimizado a un encuestado: «Encuestado A»; $letters son una o dos letras.
report-anonymous-respondent = Encuestado { $letters }
# Quién respondió, para respuestas combinadas, en el encabezado del informe; $count es cuántos encuestados.
report-combined-respondent = Respuestas combinadas de { $count } { $count ->
        [one] encuestado
       *[other] encuestados
    }
report-anonymised-intro = Los encuestados no se nombran: cada uno tiene una letra, la misma en todo este informe, asignada en un orden sorteado al azar. Sus notas, evidencias y motivos se muestran tal como los escribieron.
# Una pregunta de perfil y su respuesta más frecuente: «¿Qué regiones? Asia (3 de 4 respuestas)».
report-profile-choice = { $question } { $option } ({ $count } de { $answered } respuestas)
report-profile-unanswered = { $question } Ningún encuestado respondió, así que sus reglas no se aplican.
report-profile-spoken = Perfil: { $line }

## Las áreas.

report-no-area = Este cuestionario no trata ningún área.
# En voz alta: «Área (Parte 1): 62,5 %; 3 de 4 preguntas aplicables respondidas.» $range es
# report-range-clause o nada.
report-area-spoken = { $title } ({ $part }): { $score }{ $range }; { $answered } de { $applicable } { $applicable ->
        [one] pregunta aplicable respondida
       *[other] preguntas aplicables respondidas
    }.

## Los gráficos de la página.

report-areas-chart-title = { common-readiness-by-area }, como proporción del objetivo de cada área
report-areas-legend = Cada franja es el objetivo del área (100 %); la parte rellena es la preparación alcanzada.
# Sigue a report-areas-legend cuando algún área tiene un rango.
report-areas-legend-range = {" "}La línea fina bajo una barra es el rango que dejan abierto las respuestas «no sabe».
report-no-areas-to-chart = No hay áreas que representar.
report-priorities-caption = Lo que importa ahora: nivel actual y objetivo
report-no-gaps-chart = No hay brechas: cada pregunta respondida está en su objetivo o por encima.
# El título de la línea de rango de una barra: «Rango 50,0-75,0 %».
report-bar-range = Rango { $range }
# Una barra leída en la descripción del gráfico: «Área: 62,5 %».
report-bar-desc = { $label }: { $score }
# $max es el nivel más alto de la escala.
report-priorities-chart-title = Prioridades principales: nivel actual y objetivo en la escala de 0 a { $max }
# Una prioridad leída en la descripción del gráfico; $band es una banda de prioridad.
report-dot-desc = { $rank }. { $label }: nivel { $now } ahora, objetivo { $target }: { $band }
# Bajo el gráfico de prioridades; $scale enumera los niveles («0 No iniciado · 1 Puntual · …»).
report-priorities-legend = ● nivel actual, ○ objetivo; el segmento entre ambos es la brecha, nombrada y coloreada según su banda de prioridad. Escala: { $scale }

## Las recomendaciones clave.

report-key-recommendation = Recomendación clave
report-status = Estado
# Ninguna pregunta del cuestionario trata esta recomendación clave.
report-not-asked = no abordada
report-not-scored-na = sin puntuar: marcada como no aplica
report-no-key-markdown = La guía no incluye recomendaciones clave.
report-no-key-html = No hay recomendaciones clave en este catálogo.
# En voz alta: «K1, Título: 62,5 %.»
report-key-spoken = { $id }, { $title }: { $status }.
# Cuántas preguntas de una recomendación clave se respondieron: «3 de 4».
report-of = { $answered } de { $asked }

## Las prioridades.

# Antes del primer paso de una prioridad.
report-first-step-label = Primer paso:{" "}

## Dónde discrepan los encuestados.

report-where-respondents-disagree = Dónde discrepan los encuestados
# $spread es cuántos niveles deben separar las respuestas para contar como desacuerdo.
report-no-disagreement = En ninguna pregunta los niveles dados se dispersan { $spread } o más: los encuestados coinciden en general.
report-disagreements-intro = Preguntas cuyos niveles se dispersan { $spread } o más, de mayor a menor dispersión: conviene hablarlas antes de actuar según el nivel combinado.
# Un desacuerdo: el nivel más bajo y el más alto dados, su dispersión, el nivel combinado
# (mediana) y su nombre, y la banda de la respuesta combinada.
report-levels-spread = Niveles de { $min } a { $max } (dispersión { $spread }); combinado { $median } { $name }: { $band }.
report-levels-spread-spoken = { $question } { $title }: niveles de { $min } a { $max }, dispersión { $spread }; combinado { $median } { $name }: { $band }.
# En voz alta: el nivel de un encuestado («2 En desarrollo», «n/a»...).
report-respondent-level-spoken = { $who }: { $level }.
report-respondent-level-note-spoken = { $who }: { $level }. Nota: { $note }
report-disagreement-heading = { $question } { $title } (dispersión { $spread })
report-spread = dispersión { $spread }
report-levels-markdown = Niveles de { $min } a { $max }; combinado { $median } { $name }: { $band }.
# En la página, $combined es el nivel con su nombre y $band la banda, ambos con formato.
report-levels-html = Niveles de { $min } a { $max }; combinado { $combined }: { $band }

## Todas las preguntas por área.

report-all-questions-by-area = Todas las preguntas por área
report-gaps-by-area-html = Brechas por área
# Encabezados de columna: el nivel alcanzado ahora.
report-now-column = Ahora
report-level-now-column = Nivel actual
report-gap-column = Brecha
report-at-target = en el objetivo
# Antes de la nota de una pregunta, en la página.
report-note-label = Nota:{" "}
report-no-questions-markdown = Este cuestionario no formula ninguna pregunta.
report-no-questions-html = No se puntuó ninguna pregunta.
# En voz alta: «Área Título, 62,5 %.»
report-area-heading-spoken = Área { $title }, { $score }.
# Bajo el título de un área, en la página; $counts es report-counts.
report-area-facts = { $counts }.
report-area-facts-range = Rango { $range }. { $counts }.
# En voz alta: el nivel, el objetivo y la importancia de una pregunta (baja, media, alta).
report-question-spoken = { $id } { $title }: { $level }, objetivo { $target }, importancia { $importance }.
# Lo mismo con la banda de su prioridad, cuando se respondió.
report-question-priority-spoken = { $id } { $title }: { $level }, objetivo { $target }, importancia { $importance }. Prioridad: { $band }.
# Tras una nota, o sola: «Evidencias: Acta de la junta; Reglamento del personal.»
report-evidence = Evidencias: { $items }.
report-note-on = Nota sobre { $id }: { $note }

## Para investigar, no aplica, fortalezas.

report-investigate-screen = Para investigar (no sabe)
report-investigate-spoken = Para investigar, respuestas «no sabe»
report-investigate-html = Para investigar
report-no-dont-know = No hay respuestas «no sabe».
report-investigate-intro-html = Preguntas respondidas con «no sabe»: averiguarlo ya es un primer paso.
report-question-asked-column = Pregunta formulada
report-question-label = Pregunta
# Antes de la nota de un elemento que investigar, tras la pregunta.
report-note-after-question = {" "}Nota:{" "}
# En voz alta: «R01 Título: la pregunta formulada».
report-investigate-item-spoken = { $id } { $title }: { $question }
report-claims-screen = Afirmaciones que comprobar (nivel 3 o 4, sin evidencia)
report-claims-spoken = Afirmaciones que comprobar, respondidas con nivel 3 o 4 sin evidencia citada
report-claims-html = Afirmaciones que comprobar
report-no-claims = Cada respuesta de nivel 3 o 4 cita su evidencia.
report-claims-intro-html = Respuestas que dicen que una práctica está establecida o integrada pero no citan nada que lo demuestre: antes de confiar en ellas, busque la política, el acta o el registro que lo haga.
# $level es el nivel, $name su nombre: «Nivel 3 Establecido, sin evidencia citada».
report-claim-screen = Nivel { $level } { $name }, sin evidencia citada
report-claim-spoken = { $id } { $title }: nivel { $level } { $name }.
# Tras el identificador y el título del elemento.
report-claim-markdown = : nivel { $level } { $name }
report-not-applicable = No aplica
report-no-not-applicable = Ninguna pregunta se marcó como no aplica.
report-no-not-applicable-html = Ninguna pregunta marcada como no aplica.
report-reason-column = Motivo
report-no-reason-given = (sin motivo indicado)
# $reason son las palabras de quien respondió.
report-reason = Motivo: { $reason }
report-not-applicable-spoken = { $id } { $title }. Motivo: { $reason }
report-strengths-screen = Fortalezas (en el objetivo o por encima)
report-strengths-spoken = Fortalezas, en el objetivo o por encima
report-strengths-html = Fortalezas
report-no-strengths = Ninguna respuesta alcanza aún su objetivo.
report-no-strengths-html = Ninguna pregunta respondida está aún en su objetivo o por encima.
report-strength-screen = Nivel { $level } { $name } (objetivo { $target })
report-strength-spoken = { $id } { $title }: nivel { $level }, objetivo { $target }.
# Tras el identificador y el título del elemento.
report-strength-markdown = : nivel { $level } { $name } (objetivo { $target })

## Los recursos de la guía.

report-resources-for-weakest = Recursos de la guía para las áreas más débiles
# $id es la letra del recurso, $areas las áreas a las que sirve, separadas por comas.
report-resource-screen = { $id }. { $title } (para { $areas })
report-resource-spoken = Recurso { $id }, { $title }, para { $areas }: { $summary }
report-weakest-areas-markdown = Las áreas más débiles: { $areas }.
# $areas: «Área (40,0 %), Área (55,0 %)».
report-weakest-areas-html = Para las áreas más débiles: { $areas }.
report-resource-markdown = { $title } ({ $id }, para { $areas }): { $summary }
# En una línea aparte, bajo el recurso.
report-serves = Para: { $areas }

## Cómo se calcularon las puntuaciones, y el pie de página.

report-how-scores-were-computed = Cómo se calcularon estas puntuaciones
# $target es el nivel objetivo por defecto, $name su nombre.
report-method-gap = Cada pregunta respondida tiene una brecha: su objetivo menos el nivel alcanzado, nunca por debajo de cero. El objetivo es { $target } ({ $name }), salvo que la respuesta fije el suyo.
# $low, $medium y $high son los pesos de importancia, $key el peso de las recomendaciones clave.
report-method-priority = Prioridad = peso de la importancia (baja { $low }, media { $medium }, alta { $high }) x { $key } cuando la recomendación alimenta una recomendación clave x ((1 + brecha)^2 - 1), de modo que las brechas grandes predominan. La importancia viene de la respuesta; si no, de las reglas del perfil; si no, es media.
# $largest es la mayor prioridad posible, $high y $medium dónde empiezan esas bandas.
report-method-bands = Las bandas comparan una prioridad con la mayor posible, { $largest }: alta desde { $high }, media desde { $medium }, baja por debajo.
report-method-readiness = La preparación de un área es la proporción de sus objetivos alcanzada, ponderada por la importancia: la suma de peso x mín(nivel, objetivo) dividida por la suma de peso x objetivo, sobre las preguntas respondidas. Las preguntas que no aplican quedan fuera; el rango sitúa cada «no sabe» en el nivel 0 y en su objetivo.
report-method-mean = La preparación de cada parte y la global son la media de la preparación de sus áreas, de modo que un área pequeña cuenta tanto como una grande.
report-method-key = El estado de una recomendación clave es la preparación de las recomendaciones detalladas en las que se basa.
# Solo respuestas combinadas; $respondents es 2 o más.
report-method-combined = Estas respuestas combinan las de { $respondents } encuestados. Cada pregunta toma la mediana de los niveles dados (el menor de los dos niveles centrales cuando su número es par); una pregunta sin nivel es «no sabe» si alguien lo dijo y, si no, no aplica si alguien la marcó así. La importancia y el objetivo son la mediana inferior de los fijados, y cada pregunta de perfil toma su respuesta más frecuente.
report-method-disagreement = Una pregunta en la que los niveles dados se dispersan { $spread } o más (el más alto menos el más bajo) es un desacuerdo que hay que comentar. La preparación de cada encuestado es la de sus propias respuestas, puntuadas por separado.
# El pie de página, tras common-catalogue-fingerprint y la huella. $guide es el título de la guía
# tal como se publicó.
report-footer = {" "}· cuestionario { $id } versión { $version } · respuestas con fecha { $date } · elaborado con icso-assess a partir de la guía «{ $guide }».
