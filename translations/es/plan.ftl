# Las palabras del plan de acción (src/document/wording/plan.rs): `plan show` en todos los
# formatos, los encabezados del libro de cálculo, los eventos del calendario de `plan export
# --format ics` y los comentarios de un nuevo archivo de plan. Las claves y valores del archivo
# de plan, y las salidas CSV y JSON, siguen en inglés.

## El título y el encabezado

# El antetítulo de la página HTML, sobre el nombre de la organización.
plan-kicker = Plan de acción
# El título de la página y de cada formato de texto, y el nombre del calendario.
plan-title = Plan de acción: { $organisation }
# Etiquetas de los datos del encabezado: el día de la evaluación y el día en que se consulta el
# plan (respecto al cual una acción está «atrasada»).
plan-assessed = Evaluación
plan-as-of = Situación al
plan-no-assessment-date = sin fecha indicada

## Fases y estados

# El nombre de una fase: su título, la etiqueta de su fila, la categoría de un evento.
plan-phase-first-90-days = Primeros 90 días
plan-phase-3-6-months = 3 a 6 meses
plan-phase-6-12-months = 6 a 12 meses y después
# El estado de una acción (femenino), en su celda.
plan-status-not-started = no iniciada
plan-status-in-progress = en curso
plan-status-done = terminada
plan-status-dropped = abandonada
# Junto al estado de una acción pendiente cuyo plazo es anterior al día en que se consulta el plan.
plan-overdue = atrasada
# En lugar de un responsable o de un plazo en blanco.
plan-no-owner = por asignar
plan-no-due-date = sin fecha
# Bajo el estado de una acción; $date es el día de la evaluación posterior que encontró cerrada su brecha.
plan-gap-closed = brecha cerrada ({ $date })

## El resumen

plan-summary = Resumen
# $actions es el número de acciones (nunca 0), y luego cuántas tienen cada estado.
plan-counts = { $actions ->
        [one] { $actions } acción
       *[other] { $actions } acciones
    }: { $done ->
        [one] { $done } terminada
       *[other] { $done } terminadas
    }, { $in_progress } en curso, { $not_started ->
        [one] { $not_started } no iniciada
       *[other] { $not_started } no iniciadas
    }, { $dropped ->
        [one] { $dropped } abandonada
       *[other] { $dropped } abandonadas
    }.
# El número de acciones, en la barra de una fase.
plan-actions = { $count ->
        [one] { $count } acción
       *[other] { $count } acciones
    }
plan-no-actions = El plan no tiene acciones: la evaluación de la que se elaboró no encontró ninguna brecha que cerrar.
# $count acciones pendientes (no iniciadas o en curso) están atrasadas al $today, el día en que se consulta el plan.
plan-overdue-sentence = { $count ->
        [0] Ninguna acción pendiente está atrasada al { $today }.
        [one] { $count } acción pendiente está atrasada al { $today }: su plazo vencía antes de ese día.
       *[other] { $count } acciones pendientes están atrasadas al { $today }: su plazo vencía antes de ese día.
    }
# $count nunca es 0.
plan-closed-sentence = { $count ->
        [one] Una evaluación posterior encontró cerrada la brecha de { $count } acción.
       *[other] Una evaluación posterior encontró cerradas las brechas de { $count } acciones.
    }
# Las columnas de la tabla del resumen, y su última fila.
plan-phase = Fase
plan-actions-column = Acciones
plan-done = Terminadas
plan-in-progress = En curso
plan-not-started = No iniciadas
plan-dropped = Abandonadas
plan-overdue-column = Atrasadas
plan-total-row = Todas las fases
# Leída en voz alta, una fase del resumen: $phase su nombre, $counts la frase de plan-counts,
# $overdue cuántas de sus acciones están atrasadas.
plan-phase-spoken = { $phase }: { $counts } { $overdue ->
        [one] { $overdue } atrasada
       *[other] { $overdue } atrasadas
    }.
plan-phase-spoken-empty = { $phase }: ninguna acción.

## Cada fase

# Bajo el título de una fase: $from y $to son fechas (AAAA-MM-DD); en la primera, $from es el
# día de la evaluación.
plan-window-first-90-days = Plazo propuesto: el { $to }, 90 días después de la evaluación del { $from }.
plan-window-3-6-months = Periodo propuesto: del { $from } al { $to }, de tres a seis meses después de la evaluación.
plan-window-6-12-months = Periodo propuesto: del { $from } al { $to }, de seis a doce meses después de la evaluación, o más adelante.
plan-no-action-in-phase = Ninguna acción en esta fase.
# Las columnas de las tablas. «Acción» es la única columna del terminal para una
# recomendación y su primera tarea.
plan-first-task = Primera tarea
plan-owner = Responsable
plan-due = Plazo
plan-status = Estado
plan-action-column = Acción
# Etiquetas de las líneas bajo una acción, y en la descripción de un evento.
plan-first-task-label = Primera tarea:{" "}
plan-notes-label = Notas:{" "}
plan-reason-label = Motivo del abandono:{" "}
# Leída en voz alta, una acción: $id (R06) y $title la recomendación, $status su estado.
plan-action-spoken = { $id }, { $title }. Responsable: { $owner }. Plazo: { $due }. Estado: { $status }. Primera tarea: { $task }

## El cronograma (página HTML y documento Word)

plan-timeline-caption = El plan en el tiempo
# Lo que un lector de pantalla lee como nombre del gráfico.
plan-timeline-title = Las fases del plan en el tiempo, con el estado de sus acciones al { $today }
# Una fase en la descripción del gráfico, leída en voz alta: $window es plan-window-short,
# $counts la barra de la fase en palabras («7 acciones · 2 terminadas»).
plan-timeline-desc = { $phase }, { $window }: { $counts }
plan-timeline-desc-undated = { $phase }: { $counts }
# Entre las fases en esa descripción.
plan-desc-join = {"; "}
# Las fechas de una fase en el gráfico.
plan-window-short = del { $from } al { $to }
# La línea que cruza el gráfico en el día en que se consulta el plan.
plan-today-mark = Situación al { $today }
# Las palabras de la leyenda para las partes de la barra de una fase (describen acciones).
plan-legend-done = terminadas
plan-legend-in-progress = en curso
plan-legend-not-started = no iniciadas
plan-legend-overdue = atrasadas
plan-legend-dropped = abandonadas
# Una parte de la barra de una fase, contada.
plan-bar-done = { $count ->
        [one] { $count } terminada
       *[other] { $count } terminadas
    }
plan-bar-in-progress = { $count } en curso
plan-bar-not-started = { $count ->
        [one] { $count } no iniciada
       *[other] { $count } no iniciadas
    }
plan-bar-overdue = { $count ->
        [one] { $count } atrasada
       *[other] { $count } atrasadas
    }
plan-bar-dropped = { $count ->
        [one] { $count } abandonada
       *[other] { $count } abandonadas
    }
plan-timeline-legend = Cada barra abarca las fechas previstas para una fase, contadas desde la evaluación, y se divide según el estado de sus acciones; la línea marca el día en que se consulta el plan. Un plan sin fecha de evaluación muestra sus fases una tras otra.

## El libro de cálculo (`plan show --format xlsx`)

# El nombre de la hoja: 31 caracteres como máximo, ninguno de [ ] : * ? / \
plan-sheet-name = Plan
plan-closed-column = Brecha cerrada
plan-notes-column = Notas
plan-reason-column = Motivo del abandono

## La descripción de un evento del calendario (`plan export --format ics`)

# $id es R06, $title el título de la recomendación.
plan-export-recommendation = Recomendación { $id } de la guía: { $title }
plan-owner-label = Responsable:{" "}
plan-status-label = Estado:{" "}
plan-phase-label = Fase:{" "}

## El pie de página, tras la huella del catálogo

# $assessed es una fecha o plan-no-assessment-date; $guide el título de la guía tal como se publicó.
plan-footer = {" "}· cuestionario { $questionnaire } · evaluación: { $assessed } · elaborado con icso-assess a partir de la guía «{ $guide }».

## Los comentarios de un nuevo archivo de plan (plan.toml)

# Cada línea se convierte en un comentario (se añade «# »). Los valores entre comillas,
# [[action]], YYYY-MM-DD y los comandos quedan tal cual: las claves y los valores del archivo
# están en inglés en todos los idiomas.
plan-file-title = Plan de acción de icso-assess: una entrada [[action]] por brecha, la más urgente primero.
plan-file-title-of = Plan de acción de icso-assess para { $organisation }: una entrada [[action]] por brecha, la más urgente primero.
# $statuses y $phases enumeran los valores que admite el archivo, entre comillas.
plan-file-help =
    Edítelo libremente: indique un responsable, cambie un plazo (YYYY-MM-DD), reformule una tarea, añada notas.
    status toma uno de los valores { $statuses }; una acción abandonada («dropped») indica su motivo en reason.
    phase toma uno de los valores { $phases }.
    Tras la próxima evaluación, `icso-assess plan --answers NUEVO.toml --update ESTE-ARCHIVO` añade
    acciones para las nuevas brechas y marca las cerradas, sin cambiar nada de lo que usted escribió.
    Consúltelo por fases con `icso-assess plan show ESTE-ARCHIVO`.
# Tras la fecha de la evaluación, en la misma línea.
plan-file-assessed-text = el día de la evaluación; los plazos se cuentan a partir de él
