# El taller en un terminal: sus pantallas (src/workshop.rs) y lo que `workshop` muestra
# alrededor (src/commands/workshop.rs). Las teclas que comparte con la evaluación están en assess.ftl.

## Las pantallas (src/workshop.rs).

# $n cuenta desde 1; $bar es una barra de progreso.
ws-disagreement-heading = Desacuerdo { $n } de { $total }  { $bar }
ws-heading = Taller: { $organisation }
ws-unnamed = (organización sin nombre)
ws-respondents =
    { $count ->
        [one] { $count } encuestado
       *[other] { $count } encuestados
    }
ws-coverage = Cobertura: al menos un encuestado respondió { $answered } de { $total } preguntas.
# $within es uno menos que la diferencia a partir de la cual se discute una pregunta.
ws-agreeing =
    { $count ->
        [one] { $count } pregunta coincide
       *[other] { $count } preguntas coinciden
    }: sus niveles están a { $within } o menos entre sí, así que toman el nivel combinado (la mediana inferior), que se confirma al final.
ws-to-discuss =
    { $count ->
        [one] { $count } pregunta necesita
       *[other] { $count } preguntas necesitan
    } discusión: sus niveles difieren en { $spread } o más. Una pantalla cada una, las más urgentes primero.
ws-named = Con nombres: cada pantalla muestra quién eligió qué.
ws-anonymous = Anónimo: cada pantalla muestra cuántos eligieron cada nivel y sus notas, no quién; las notas se muestran tal como se escribieron y aún pueden revelar quién las escribió.
ws-start =
    Empezar: discutir { $count ->
        [one] el desacuerdo
       *[other] los { $count } desacuerdos
    }
# $n cuenta desde 1; $agreed es cuántos se han acordado ya.
ws-continue =
    Seguir en el desacuerdo { $n } de { $total } ({ $agreed ->
        [one] { $agreed } acordado
       *[other] { $agreed } acordados
    } hasta ahora)
ws-from-first = Repasar los desacuerdos desde el primero
ws-confirm-rest =
    Confirmar { $count ->
        [one] la pregunta
       *[other] las { $count } preguntas
    } sin desacuerdo
ws-again = Repasar de nuevo los desacuerdos
ws-finish = Finalizar: todo está decidido
ws-where-to-start = ¿Por dónde quiere empezar?
ws-overview-help = ↑↓ elegir · Intro · Ctrl-C parar (se guarda tras cada paso)
ws-justification = ¿Por qué coincide el grupo en este nivel? (obligatorio)
ws-justification-help = Intro para guardar · Esc vuelve al nivel
ws-justification-required = Hace falta una justificación: diga en una frase por qué está de acuerdo el grupo (o pulse Esc para volver).
ws-evidence = ¿Qué lo demuestra? (opcional: documentos, enlaces o reuniones, separados por ;)
ws-evidence-help = Intro para guardar · Esc vuelve a la justificación
ws-confirmation = Confirmación
ws-without-disagreement =
    { $count ->
        [one] { $count } pregunta sin desacuerdo
       *[other] { $count } preguntas sin desacuerdo
    }
# Se muestra tras su tecla.
ws-accept-all = Aceptar todos los niveles combinados de abajo ({ $count })
# $state es un nivel («3 Establecido»), «no aplicable» o «desconozco».
ws-agreed-state = acordado { $state }
ws-confirm-context = Cada una tomó el nivel combinado de las respuestas de los encuestados (la mediana inferior). Acéptelas todas, o abra una para discutirla y acordar otro nivel.
ws-confirm-question = ¿Aceptar los niveles combinados?
# $accept es la tecla prompt-key-accept.
ws-confirm-help = { $accept } aceptar todo · ↑↓ e Intro abrir una · Esc volver · Ctrl-C parar
# $id es el identificador de una pregunta.
ws-opened = Confirmación: abierta { $id }
# En modo accesible, junto a un nivel: $label es el nivel, $count cuántos lo eligieron.
ws-chose-this =
    { $label } ({ $count ->
        [one] { $count } lo eligió
       *[other] { $count } lo eligieron
    })
ws-more-notes = ({ $count } más: pulse ? para leerlas todas)
# $question es el texto de la pregunta.
ws-agreed-level = ¿Nivel acordado? { $question }
# $na y $dk son las teclas de «no aplicable» y «desconozco».
ws-level-help = 0-4 nivel · { $na } no se aplica · { $dk } desconozco · ? todas las notas · Esc volver · Ctrl-C parar
ws-because = no aplicable porque { $reason }
ws-evidence-said = Pruebas: { $evidence }.
# Las piezas de ws-of-respondents; $low y $high son niveles.
ws-gave-range =
    { $count ->
        [one] { $count } dio un nivel, de { $low } a { $high }
       *[other] { $count } dieron un nivel, de { $low } a { $high }
    }
ws-gave-level =
    { $count ->
        [one] { $count } dio el nivel { $low }
       *[other] { $count } dieron el nivel { $low }
    }
ws-gave-none = nadie dio un nivel
ws-count-na = { $count } no aplicable
ws-count-dk = { $count } desconozco
ws-count-unanswered =
    { $count ->
        [one] { $count } no respondió
       *[other] { $count } no respondieron
    }
# $parts son las piezas de arriba, separadas por punto y coma.
ws-of-respondents =
    { $count ->
        [one] De { $count } encuestado: { $parts }.
       *[other] De { $count } encuestados: { $parts }.
    }
ws-state-na = no aplicable
ws-state-dk = desconozco
ws-state-unanswered = sin respuesta

## Alrededor de las pantallas (src/commands/workshop.rs).

ws-spread-zero = --spread 0 haría discutir todas las preguntas; use 1 o más (el valor por defecto es 2)
ws-role-respondent = uno de los archivos de respuestas de los encuestados
ws-role-consensus = el archivo de consenso
ws-warning = aviso: { $message }
# $command imprime el dossier.
ws-no-terminal = el taller es interactivo y necesita un terminal; para preparar en su lugar un dossier impreso para la sala, ejecute `{ $command }`
# Lo que otra sesión sabe de quién tiene el archivo: $time es HH:MM.
ws-lock-started = taller iniciado a las { $time } UTC
# Dos líneas; $command retoma la sesión.
ws-stopped-saved =
    Detenido. Lo acordado está guardado en { $file }.
    Para retomar: { $command }
ws-saved-after-every = El consenso se guarda en { $file } tras cada pregunta. Pare cuando quiera con Ctrl-C y retómelo con la misma orden.
ws-not-consensus = { $file } es un archivo de respuestas, no el archivo de consenso de un taller, así que se ha dejado como estaba; elija otro archivo con -o (por defecto, { $default })
ws-other-questionnaire = { $file } contiene un taller sobre el cuestionario { $found }, pero estos encuestados respondieron { $asked }; elija otro archivo con -o
# Dos líneas; $command retoma la sesión.
ws-stopped =
    Detenido. { $count ->
        [one] { $count } pregunta acordada
       *[other] { $count } preguntas acordadas
    } hasta ahora; todo está guardado en { $file }.
    Para retomar: { $command }
ws-finished =
    El consenso del taller está en { $file }: { $count ->
        [one] { $count } pregunta acordada
       *[other] { $count } preguntas acordadas
    } en la discusión, { $rest } en el nivel combinado de las respuestas de los encuestados.
# $command genera el informe.
ws-next = Siguiente: { $command }
