# Las palabras del material impreso del taller (src/document/wording/workshop.rs, `workshop
# pack`): el orden del día, el panorama, una hoja por desacuerdo, las preguntas por confirmar,
# las prioridades y los próximos pasos. Un grupo acuerda una posición a partir de las respuestas
# de sus miembros, llamados «encuestados».

## El encabezado

# Sobre el nombre de la organización.
pack-kicker = Material del taller
# El título de la página HTML.
pack-title = Material del taller: { $organisation }
pack-respondents = Encuestados
# Antes de una referencia (un documento, un enlace) de la evidencia de una respuesta, en una hoja.
pack-evidence-label = Evidencia:{" "}
pack-answers-dated = Fechas de las respuestas
# Etiquetas de líneas para rellenar a mano.
pack-workshop-date-line = Fecha del taller
pack-facilitator-line = Facilitación
pack-note-taker-line = Quién registra las respuestas acordadas
# La primera y la última fecha de las respuestas (AAAA-MM-DD).
pack-dated = del { $first } al { $last }

## El orden del día

pack-agenda = Orden del día
pack-agenda-intro = El grupo acuerda una posición común a partir de las respuestas individuales y dedica su tiempo a los puntos en que difieren.
# Las cinco partes del orden del día, que también son títulos más adelante.
pack-overview = Panorama
pack-disagreements = Desacuerdos
pack-confirmation = Confirmación
pack-priorities = Prioridades
pack-next-steps = Próximos pasos
pack-overview-agenda = Dónde están las respuestas: cuántos respondieron, en qué medida y en qué coinciden.
# $count preguntas tienen niveles que difieren en $spread (un número de niveles) o más.
pack-disagreements-agenda = { $count ->
        [0] Ninguna pregunta tiene niveles que difieran en { $spread } o más: nada que resolver.
        [one] { $count } pregunta en la que los niveles dados difieren en { $spread } o más, en una hoja aparte: acuerden un nivel y expliquen por qué.
       *[other] { $count } preguntas en las que los niveles dados difieren en { $spread } o más, una hoja por pregunta, la de mayor prioridad primero: acuerden un nivel para cada una y expliquen por qué.
    }
pack-confirmation-agenda = { $count ->
        [0] Ninguna pregunta que confirmar: todas se debaten.
        [one] { $count } pregunta cuyos niveles son cercanos, o a la que nadie dio un nivel: confirmen su respuesta combinada o reábranla.
       *[other] { $count } preguntas cuyos niveles son cercanos, o a las que nadie dio un nivel: confirmen sus respuestas combinadas o reabran alguna.
    }
pack-priorities-agenda = { $count ->
        [0] Las respuestas combinadas no muestran ninguna brecha sobre la que actuar o que planificar ahora.
        [one] La prioridad principal de las respuestas combinadas, con el primer paso que propone la guía, para debatir.
       *[other] Las { $count } prioridades principales de las respuestas combinadas, con los primeros pasos que propone la guía, para debatir.
    }
pack-next-steps-agenda = Quién registra las respuestas acordadas, y quién hace qué y para cuándo.

## El panorama

pack-coverage-label = Respuestas dadas
pack-combined-readiness = Preparación combinada
pack-to-discuss-label = Para debatir
pack-to-confirm-label = Para confirmar
pack-scale-label = Escala
# $answers respuestas en total ($questions preguntas por el número de encuestados), y luego
# cuántas son niveles, «no aplica», «no sabe» y sin respuesta.
pack-coverage = { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } a { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }: { $levels ->
        [one] { $levels } nivel
       *[other] { $levels } niveles
    }, { $na } no aplica, { $unknown } no sabe, { $unanswered } sin respuesta
pack-to-discuss = { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    } (los niveles difieren en { $spread } o más)
pack-to-confirm = { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    } (niveles más cercanos, o ninguno dado)
pack-anonymous = Los encuestados no se nombran en este material: cada hoja cuenta los niveles elegidos y cita las notas dejadas, sin decir de quién son.
# Antes de la lista de nombres de los encuestados.
pack-named = Los encuestados se nombran en este material, junto a los niveles que eligieron y las notas que dejaron:

## La hoja de un desacuerdo

pack-sheet-kicker = Desacuerdo { $n } de { $of }
pack-levels-given-label = Niveles dados
pack-combined-level-label = Nivel combinado (mediana inferior)
# $level es un nivel («1 Puntual»), $band lo que pide su brecha («actuar ya»...).
pack-combined-level = { $level }, prioridad: { $band }
# El nivel más bajo y el más alto dados, y la distancia entre ellos.
pack-levels-given = de { $min } a { $max } (amplitud { $spread })
# Las columnas de la tabla de niveles.
pack-what-it-looks-like = En qué consiste
pack-chosen-by-column = Elegido por
# Entre los nombres de los encuestados que eligieron un nivel.
pack-chosen-by-join = {"; "}
# Filas tras los niveles, y etiquetas de notas.
pack-not-applicable-row = No aplica
pack-dont-know-row = No sabe
pack-unanswered-row = Sin respuesta
pack-what-they-wrote = Lo que escribieron los encuestados
pack-no-notes = Ningún encuestado dejó una nota sobre esta pregunta.
# La etiqueta de una nota anónima: $level es un número, $name el nombre del nivel.
pack-level-label = Nivel { $level } { $name }
# La etiqueta de una nota con nombre: $who el encuestado, $label pack-level-label (o las
# palabras de una fila) con la inicial en minúscula.
pack-named-label = { $who }, { $label }
# Una nota tras su etiqueta ($label va en negrita).
pack-note-line = { $label }: { $note }
# Bajo el motivo de una respuesta «no aplica», su nota.
pack-note-label = Nota:{" "}
pack-more-notes = { $count ->
        [one] { $count } nota más no se muestra aquí.
       *[other] { $count } notas más no se muestran aquí.
    }
# Donde el grupo escribe su respuesta: casillas para marcar y líneas para rellenar.
pack-agreed = Posición acordada
pack-justification-line = Por qué este nivel: las razones y la evidencia que lo demuestra
pack-follow-up-line = Por averiguar o hacer (qué, quién, para cuándo)

## Las preguntas por confirmar

pack-confirm-heading = Preguntas en las que las respuestas coinciden
pack-confirm-intro = Los niveles dados a estas preguntas difieren en menos de { $spread }, o no se dio ninguno: el nivel combinado (la mediana inferior) se mantiene salvo que el grupo reabra la pregunta. Marquen una casilla por fila.
pack-nothing-to-confirm = Cada pregunta tiene su propia hoja: nada que confirmar.
# Columnas: las dos últimas son casillas para marcar.
pack-confirm-column = Confirmar
pack-reopen-column = Reabrir
pack-combined-column = Combinado
# Los niveles dados a una pregunta: el más bajo y el más alto, y luego cuántos respondieron
# «no aplica» (n/a) y «no sabe».
pack-levels-range = { $low } a { $high }
pack-levels-na = { $count } n/a
pack-levels-unknown = { $count } no sabe

## Las prioridades

pack-priorities-heading = Prioridades principales
pack-priorities-intro = Según las respuestas combinadas tal como están antes del taller: los niveles acordados arriba pueden cambiarlas. El primer paso que propone la guía para cada una es un punto de partida para el debate: adáptenlo o elijan otro.
pack-no-priorities = Ninguna brecha de las respuestas combinadas requiere actuar ahora: cada pregunta respondida está en su objetivo o cerca de él.
pack-first-step-label = Primer paso que propone la guía:{" "}
pack-our-step-line = Nuestro primer paso: qué, quién, para cuándo
# $area es el área de la recomendación, $now y $target niveles («1 Puntual»), $band lo que
# pide la brecha («actuar ya»).
pack-priority-levels = { $area } · nivel actual { $now }, objetivo { $target }: { $band }.

## Los próximos pasos

# $assess y $report son comandos, mostrados como código.
pack-record-agreed = Registren los niveles, las razones y las notas acordados en un único archivo de respuestas, con { $assess }; luego { $report } genera el informe del grupo.
pack-actions-line = Acciones acordadas (qué, quién, para cuándo)
pack-next-meeting-line = Próxima reunión

## El pie de página, tras la huella del catálogo

# $id y $version identifican el cuestionario; $guide es el título de la guía tal como se publicó.
pack-footer = {" "}· cuestionario { $id } versión { $version } · a partir de las respuestas de { $respondents ->
        [one] { $respondents } encuestado
       *[other] { $respondents } encuestados
    } · elaborado con icso-assess a partir de la guía «{ $guide }».
