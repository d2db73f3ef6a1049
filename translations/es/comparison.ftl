# Las palabras de la comparación (`compare`, src/document/wording/comparison.rs), sección por
# sección en el orden en que las muestra. «Antes» es el archivo de respuestas más antiguo,
# «después» el más reciente. Un nivel va de 0 a 4 en la escala del cuestionario; un objetivo es
# el nivel que debe alcanzar una recomendación; una brecha es un nivel por debajo de su objetivo.
# Las puntuaciones son porcentajes ya escritos («62,5 %»).

## El título y el encabezado.

# Sobre el nombre de la organización, arriba en la página HTML.
cmp-kicker = Informe de avances
cmp-organisation = Organización
# Delante de los datos de cada lado (en un terminal, los dos se alinean a un mismo ancho).
cmp-before-label = Antes:
cmp-after-label = Después:
# Los lados dentro de una frase o en la leyenda de un gráfico.
cmp-before-word = antes
cmp-after-word = después
# El título; $organisations es un nombre, o dos como «Acme / Acme Europe».
cmp-title = Informe de avances: { $organisations }
# $before y $after: la organización que nombra cada archivo (o «sin nombre»).
cmp-warning-organisations = Atención: los dos archivos nombran organizaciones distintas (antes: { $before }; después: { $after }). Se comparan de todos modos; compruebe que es lo que quería.
# $before y $after: las fechas de los dos archivos.
cmp-warning-out-of-order = Atención: el archivo «después» tiene fecha del { $after } y el archivo «antes» del { $before }: puede que los archivos estén en el orden equivocado.
# $before y $after: cuestionario y versión («quick 1.0»); $compared: cuántas recomendaciones preguntan ambos.
cmp-scope-note = Los dos archivos responden a cuestionarios distintos ({ $before } antes, { $after } después). { $compared ->
        [one] Solo se compara la recomendación que preguntan ambos, y cada puntuación se calcula aquí solo sobre ella
       *[other] Solo se comparan las { $compared } recomendaciones que preguntan ambos, y cada puntuación se calcula aquí solo sobre ellas
    }, para comparar lo que es comparable; las puntuaciones difieren de las del informe propio de cada archivo.
# $plan: la organización que nombra el plan de acción; $after: la que nombra el archivo más reciente.
cmp-warning-plan-organisation = Atención: el plan de acción es de { $plan }, y las evaluaciones son de { $after }. Se le hace el seguimiento de todos modos; compruebe que es el plan correcto.
# En la línea de datos de un lado; $label es «quick 1.0».
cmp-questionnaire-in-line = cuestionario { $label }

## El resumen: lo que una dirección lee en treinta segundos.

cmp-summary = Resumen
# La fecha de una evaluación, dentro de cmp-assessed y cmp-assessed-two.
cmp-on-date = del { $date }
cmp-no-date = sin fecha indicada
# $before y $after son cmp-on-date o cmp-no-date.
cmp-assessed = { $organisation }: evaluación { $before } y nueva evaluación { $after }.
cmp-assessed-two = Comparación de { $before_org } (evaluación { $before }) con { $after_org } (evaluación { $after }).
cmp-scope-short = Las puntuaciones solo abarcan lo que preguntan ambos cuestionarios: { $compared ->
        [one] { $compared } recomendación
       *[other] { $compared } recomendaciones
    }.

# La evolución de la preparación. $subject vale «overall» (la organización en su conjunto) o
# «area» (tras el nombre de un área y dos puntos: «Comunicación: la preparación…»).
# $before, $after, $score: puntuaciones.
cmp-rose = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } subió del { $before } al { $after }.
cmp-fell = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } bajó del { $before } al { $after }.
cmp-stayed = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } se mantuvo en el { $score }.
cmp-scored-before-only = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } era del { $before } antes y no pudo medirse después.
cmp-scored-after-only = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } no pudo medirse antes y es del { $after } después.
cmp-scored-neither = { $subject ->
        [overall] La preparación global
       *[area] la preparación
    } no pudo medirse ni antes ni después.
# Tras una subida: $share es la parte de la brecha hasta el objetivo que se cerró.
cmp-gap-share-closed = Eso cierra el { $share } de la brecha que quedaba.
cmp-whole-gap-closed = Eso cierra toda la brecha que quedaba.
# Tras una bajada: $share es cuánto creció la brecha hasta el objetivo.
cmp-gap-grew = La brecha que quedaba creció un { $share }.

cmp-needs-attention = Requiere atención ahora
cmp-needs-attention-spoken = Requiere atención ahora: { $count ->
        [one] { $count } recomendación
       *[other] { $count } recomendaciones
    }.
cmp-nothing-slipped-back = Nada ha retrocedido: ni brechas nuevas ni regresiones.
# Entre paréntesis junto a una recomendación que requiere atención: por qué.
cmp-why-new-gap = ahora por debajo del objetivo
cmp-why-regressed = el nivel bajó
cmp-gaps-identified-why = sin nivel antes, por debajo del objetivo ahora
cmp-gaps-identified-label = Brechas ahora identificadas ({ $count }): sin nivel antes, por debajo del objetivo ahora
# Un rótulo en negrita seguido del texto.
cmp-run-in = { $label }:
cmp-gaps-identified-spoken = Brechas ahora identificadas: { $count ->
        [one] { $count } recomendación sin nivel antes está ahora por debajo del objetivo.
       *[other] { $count } recomendaciones sin nivel antes están ahora por debajo del objetivo.
    }
cmp-gaps-identified-html = Sin nivel antes, por debajo del objetivo ahora: un conocimiento nuevo, no un retroceso.
cmp-improved = Avances
cmp-gaps-closed-count = { $count ->
        [one] { $count } brecha cerrada
       *[other] { $count } brechas cerradas
    }
# $closed es cmp-gaps-closed-count.
cmp-improved-label = Avances ({ $closed })
cmp-improved-spoken = Avances: { $closed }.
cmp-also-moved-up = { $count ->
        [one] { $count } recomendación más subió de nivel sin cerrar una brecha.
       *[other] { $count } recomendaciones más subieron de nivel sin cerrar una brecha.
    }
cmp-moved-up-only = No se cerró ninguna brecha; { $count ->
        [one] { $count } recomendación subió de nivel.
       *[other] { $count } recomendaciones subieron de nivel.
    }
cmp-nothing-improved = No se cerró ninguna brecha y ningún nivel subió.
# Tras las primeras recomendaciones de una lista.
cmp-and-more = { $count ->
        [one] y { $count } más, detallada más abajo.
       *[other] y { $count } más, detalladas más abajo.
    }
# La última línea del resumen. $plan y $left_out valen «yes» o «no»: si el documento tiene una
# sección sobre el plan de acción y otra sobre las recomendaciones excluidas.
cmp-what-follows = A continuación: { $plan ->
        [yes] el plan de acción,{" "}
       *[no] {""}
    }cada área, { $compared ->
        [one] { $compared } recomendación comparada
       *[other] las { $compared } recomendaciones comparadas
    }{ $left_out ->
        [yes] , las que quedaron fuera
       *[no] {""}
    }, cada cambio y el método.

## Las dos evaluaciones, tras el resumen.

cmp-the-two-assessments = Las dos evaluaciones
# Cada lista contada una vez, en el orden de las listas; cada variable salvo $compared es una de
# las expresiones cmp-count-* de abajo.
cmp-counts = { $compared ->
        [one] { $compared } recomendación comparada
       *[other] { $compared } recomendaciones comparadas
    }: { $new }, { $regressions }, { $identified }, { $closed }, { $improvements }.
cmp-count-new-gaps = { $count ->
        [one] { $count } brecha nueva
       *[other] { $count } brechas nuevas
    }
cmp-count-other-regressions = { $count ->
        [one] { $count } otra regresión
       *[other] { $count } otras regresiones
    }
cmp-count-gaps-identified = { $count ->
        [one] { $count } brecha ahora identificada
       *[other] { $count } brechas ahora identificadas
    }
cmp-count-other-improvements = { $count ->
        [one] { $count } otra mejora
       *[other] { $count } otras mejoras
    }

## Las áreas.

cmp-progress = Avance
# El título en un terminal; $heading es «Preparación por área».
cmp-areas-screen = { $heading } (barra superior antes, barra inferior después)
cmp-before-after-column = Antes / después
cmp-change-points-column = Cambio (puntos)
cmp-areas-note-screen = Cambio en puntos porcentuales; el avance es la parte de la brecha restante que se cerró (- cuando falta una puntuación o el área ya estaba al 100 %).
cmp-areas-note-spoken = El avance es la parte de la brecha restante hasta el objetivo que se cerró; no se indica cuando falta una puntuación o el área ya estaba al 100 %.
cmp-areas-note-markdown = El avance es la parte de la brecha restante hasta el objetivo que se cerró; – significa que no está definido (falta una puntuación, o el área ya estaba al 100 % antes).
cmp-no-areas = Ningún área tiene una recomendación preguntada en ambos lados.
# El título del gráfico; $heading es «Preparación por área».
cmp-areas-chart-title = { $heading } antes y después, como parte del objetivo de cada área
cmp-areas-chart-legend = Cada pista es el objetivo del área (100 %): la barra clara es la preparación antes, la oscura después.
cmp-overall-row = Global (media de las áreas)
# Leído en voz alta: el nombre de un área y luego sus frases (cmp-rose y las demás).
cmp-area-spoken = { $area }: { $sentences }
# $dash es el signo que se muestra cuando el avance no está definido.
cmp-progress-legend-html = El avance es la parte de la brecha restante hasta el objetivo que se cerró: (después − antes) / (100 − antes). { $dash } significa que no está definido: falta una puntuación, o el área ya estaba al 100 % antes.

## Las recomendaciones comparadas.

cmp-recommendations-compared = Recomendaciones comparadas
cmp-note-after-column = Nota (después)
cmp-note-before-label = Nota antes:{" "}
cmp-note-after-label = Nota después:{" "}
cmp-no-shared-recommendation = Los dos cuestionarios no comparten ninguna recomendación.
# $scale: «0 No iniciado · 1 Puntual · …».
cmp-levels = Niveles: { $scale }.
cmp-levels-before = Niveles antes: { $scale }.
cmp-levels-after = Niveles después: { $scale }.
# Leído en voz alta; $before y $after: «1 Puntual», «no sabe»; $change: «+2».
cmp-item-spoken = { $id } { $title }: antes { $before }, después { $after }, cambio { $change }.
cmp-item-spoken-no-change = { $id } { $title }: antes { $before }, después { $after }.
cmp-items-legend-html = El cambio es el nivel después menos el nivel antes, indicado cuando ambos lados dan un nivel. Escala: { $scale }.
# Una recomendación en una lista leída en voz alta: su identificador y su título, y lo que se dice de ella.
cmp-named-spoken = { $id } { $title }: { $text }.
cmp-named-colon = { $id } { $title }: { $text }

## Qué cambió: las cinco listas, cada recomendación en una como máximo.

cmp-what-moved = Qué cambió
cmp-new-gaps = Brechas nuevas
cmp-no-new-gaps = Ninguna brecha nueva: nada que antes estuviera en su objetivo o por encima está ahora por debajo.
cmp-regressions = Otras regresiones
cmp-no-regressions = Ningún otro nivel bajó.
cmp-gaps-identified = Brechas ahora identificadas
cmp-no-gaps-identified = Ninguna brecha identificada de nuevo: nada que no tuviera nivel antes está ahora por debajo de su objetivo.
cmp-gaps-closed = Brechas cerradas
cmp-no-gaps-closed = No se cerró ninguna brecha: nada que antes estuviera por debajo de su objetivo lo alcanza ahora.
cmp-improvements = Otras mejoras
cmp-no-improvements = Ningún otro nivel subió.
cmp-target = objetivo { $target }
# Cuando el objetivo cambió de un archivo a otro.
cmp-target-moved = objetivo { $before } y luego { $after }
# Leído en voz alta: «de 1 Puntual a 3 Establecido, objetivo 3»; $target es cmp-target.
cmp-from-to-spoken = de { $before } a { $after }, { $target }
# Entre paréntesis tras una recomendación: sus niveles («1 -> 3, objetivo 3») y por qué figura ahí.
cmp-levels-and-why = { $levels }; { $why }

## El plan de acción (`compare --plan`): cada acción frente a los niveles.

cmp-the-action-plan = El plan de acción
# Una fase al comienzo de una línea.
cmp-phase-first-90-days = Primeros 90 días
cmp-phase-three-to-six-months = 3-6 meses
cmp-phase-six-to-twelve-months = 6-12 meses
# Una fase dentro de una frase o de una celda de tabla.
cmp-phase-word-first-90-days = primeros 90 días
cmp-phase-word-three-to-six-months = 3-6 meses
cmp-phase-word-six-to-twelve-months = 6-12 meses
# El estado de una acción (la palabra «acción» es femenina).
cmp-status-not-started = sin iniciar
cmp-status-in-progress = en curso
cmp-status-done = completada
cmp-status-dropped = abandonada
# Adónde fue el nivel ligado a una acción, frente a su objetivo.
cmp-toward-reached-target = objetivo alcanzado
cmp-toward-moved-up = subió
cmp-toward-no-change = sin cambio
cmp-toward-moved-down = bajó
cmp-toward-not-rated = sin valorar
cmp-toward-not-asked = no preguntada
# $date: la evaluación a partir de la cual se elaboró el plan.
cmp-plan-intro-dated = El plan tiene { $actions ->
        [one] { $actions } acción
       *[other] { $actions } acciones
    }, elaborado a partir de la evaluación del { $date }.
cmp-plan-intro = El plan tiene { $actions ->
        [one] { $actions } acción
       *[other] { $actions } acciones
    }.
# La parte de una fase; $label es una fase (cmp-phase-*) o cmp-whole-plan.
cmp-share-none = { $label }: nada previsto pendiente
cmp-share-done = { $label }: { $done } de { $planned } { $planned ->
        [one] completada
       *[other] completadas
    }
# Se añaden a cmp-share-done.
cmp-share-in-progress = , { $count } en curso
cmp-share-dropped = , { $count } { $count ->
        [one] abandonada
       *[other] abandonadas
    }
cmp-plan-summary = Plan de acción: { $done } de { $planned } { $planned ->
        [one] acción prevista completada
       *[other] acciones previstas completadas
    }; { $not_moved } { $not_moved ->
        [one] completada
       *[other] completadas
    } sin que subiera el nivel; { $unplanned } { $unplanned ->
        [one] nivel subió
       *[other] niveles subieron
    } sin ninguna acción en curso o completada.
cmp-done-by-phase = Completado por fase
cmp-whole-plan = Todo el plan
cmp-plan-no-actions = El plan no tiene ninguna acción.
cmp-done-not-moved = Completadas, pero el nivel no se movió
cmp-done-not-moved-legend = Marcadas como completadas, pero el nivel después no es más alto que antes: compruebe si el trabajo cambió la forma de hacer las cosas, o si una respuesta merece una segunda mirada.
cmp-nothing-done-yet = Todavía no hay ninguna acción marcada como completada.
cmp-every-done-moved = Cada acción marcada como completada vio subir su nivel (o no se valoró en ambos lados).
cmp-moved-no-action = El nivel se movió sin acción
cmp-moved-no-action-legend = El nivel subió, pero no hay ninguna acción en curso o completada para él: un mérito que reconocer, o una respuesta que comprobar, y quizá un plan que actualizar.
cmp-nothing-moved-unplanned = Cada nivel que subió tenía una acción en curso o completada.
cmp-no-action-in-plan = ninguna acción en el plan
# $status es una palabra cmp-status-*: «acción sin iniciar».
cmp-action-was = acción { $status }
cmp-dropped = Abandonadas
cmp-nothing-dropped = No se abandonó ninguna acción.
# El motivo por el que se abandonó una acción, tal como lo da el plan.
cmp-because = motivo: { $reason }
cmp-every-action = Todas las acciones
cmp-phase-column = Fase
cmp-status-column = Estado
cmp-toward-target = Hacia el objetivo
cmp-actions-note = Antes y después son los niveles de los dos archivos; el objetivo es el de la acción. Sin valorar: un archivo no da ningún nivel (sin respuesta, no sabe o no aplicable). No preguntada: un cuestionario no pregunta por ella.
# Leído en voz alta: una acción. $phase, $status, $toward: las palabras de arriba; $before, $after: niveles.
cmp-action-spoken = { $id } { $title }: { $phase }, { $status }; de { $before } a { $after }, objetivo { $target }: { $toward }.
cmp-action-spoken-not-asked = { $id } { $title }: { $phase }, { $status }; objetivo { $target }; no comparada, porque uno de los cuestionarios no pregunta por ella.

## Excluidas de la comparación.

cmp-left-out-of-comparison = Excluidas de la comparación
# $side vale «before» o «after»; $questionnaire: «full 1.0».
cmp-left-out-heading = Preguntadas solo { $side ->
        [before] antes
       *[after] después
    } ({ $questionnaire }), por tanto excluidas: { $count ->
        [one] { $count } recomendación
       *[other] { $count } recomendaciones
    }
# El título de arriba y luego los identificadores: «R01, R02».
cmp-left-out-spoken = { $heading }: { $ids }.

## Cómo se calculó la comparación, y el pie de página.

cmp-how-comparison-was-computed = Cómo se calculó esta comparación
cmp-method-1 = Las recomendaciones se emparejan por su identificador (R01-R48), de modo que se pueden comparar archivos que responden a cuestionarios distintos; solo se comparan las recomendaciones que preguntan ambos.
cmp-method-2 = Cada lado se puntúa con su propio cuestionario (objetivos, pesos de importancia y reglas de perfil), solo sobre las recomendaciones comparadas: la preparación de un área es la parte ponderada de sus objetivos alcanzados, y la preparación global la media de las áreas.
cmp-method-3 = El cambio es después menos antes: en niveles para una recomendación (indicado solo cuando ambos lados dan un nivel), en puntos porcentuales para una puntuación.
cmp-method-4 = El avance es la parte de la brecha restante que se cerró: (después-antes)/(100-antes). Un 100 % significa que el área alcanzó su objetivo; un valor negativo significa que la preparación bajó. Queda en blanco cuando falta una puntuación, o cuando la puntuación antes ya era del 100 % (no quedaba ninguna brecha que cerrar): la columna del cambio indica entonces lo que pasó.
cmp-method-5 = Una brecha nueva tenía antes una respuesta igual o superior a su objetivo y está por debajo después (cuenta también un objetivo elevado). Una brecha ahora identificada no tenía nivel antes (no sabe, sin respuesta o no aplicable) y está por debajo de su objetivo después: existía pero no se veía, así que es un conocimiento nuevo, no una caída. Una brecha cerrada tenía antes una respuesta por debajo de su objetivo y lo alcanza o lo supera después.
cmp-method-6 = Cada recomendación figura en una lista como máximo: una brecha cerrada no se cuenta de nuevo como mejora, ni una brecha nueva como regresión. Las otras mejoras y otras regresiones son los niveles que subieron o bajaron sin cruzar un objetivo.
# Tras la huella del catálogo al pie de la página; $tool es «icso-assess compare».
cmp-footer = {" "}· hecho con { $tool }.
