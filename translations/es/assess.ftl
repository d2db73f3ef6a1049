# La evaluación interactiva: sus pantallas (src/assess.rs, src/prompt/), lo que `assess`
# muestra alrededor (src/commands/assess.rs), la pantalla final (src/commands/finish.rs) y la
# pantalla de inicio de `icso-assess` a secas (src/commands/home.rs). Las letras que se pulsan
# también son mensajes (prompt-key-*), para que cada una empiece una palabra de su opción.

## Las teclas. Cada valor es UNA letra minúscula a-z, mostrada delante de su opción
## («n No se aplica a nuestro caso») y en las ayudas. Las letras de una misma pantalla deben
## ser distintas (una prueba lo comprueba).

# Modo accesible (--plain): volver un paso atrás, en todas las pantallas.
prompt-key-back = v
# Modo accesible: parar (las respuestas se conservan).
prompt-key-quit = q
# Pantalla de una pregunta: «No se aplica a nuestro caso».
prompt-key-not-applicable = n
# Pantalla de una pregunta: «Desconozco».
prompt-key-dont-know = d
# Pantalla de una pregunta: «Saltar por ahora».
prompt-key-skip = s
# Pantalla de la importancia: Baja, Media, Alta.
prompt-key-low = b
prompt-key-medium = m
prompt-key-high = a
# Pantalla final: responder las saltadas; página web (HTML); leer aquí; otro formato;
# plan de acción; finalizar.
prompt-key-answer-skipped = r
prompt-key-html = h
prompt-key-read = l
prompt-key-other-format = o
prompt-key-plan = p
prompt-key-finish = f
# «Ese archivo ya existe. ¿Reemplazarlo?»: No, Sí.
prompt-key-no = n
prompt-key-yes = s
# Pantalla de inicio: ver los resultados; modificar o revisar; nueva evaluación; comparar;
# abrir otra; salir.
prompt-key-report = r
prompt-key-review = m
prompt-key-new = n
prompt-key-compare = c
prompt-key-open = a
prompt-key-home-quit = s
# Confirmación del taller: aceptar todos los niveles combinados.
prompt-key-accept = a

## El dibujo de las pantallas (src/prompt/terminal.rs).

# Se muestra cuando se deja una línea de texto con Esc.
prompt-back-indicator = <volver>
# Termina una pregunta cortada en un terminal pequeño.
prompt-question-cut = … (pulse ? para leerla entera)
prompt-more-above =
    { $count ->
        [one] ↑ 1 opción más arriba
       *[other] ↑ { $count } opciones más arriba
    }
prompt-more-below =
    { $count ->
        [one] ↓ 1 opción más abajo
       *[other] ↓ { $count } opciones más abajo
    }
prompt-move-hint = (baje con ↓ para leer qué significa aquí cada respuesta)
# Sustituye al resumen plegado en un terminal pequeño.
prompt-folded = (pulse ? para leer el resumen)
prompt-more-back = Pulse cualquier tecla para volver a la pregunta
prompt-nothing-chosen = Aún no hay nada elegido: vaya a una respuesta con ↑↓ (o pulse su tecla) y luego pulse Intro.

## El modo accesible (src/prompt/lines.rs): líneas numeradas para un lector de pantalla.

# $keys enumera lo que se puede escribir: «0, 1, 2, n, d».
prompt-lines-ask = Escriba su respuesta ({ $keys }) y pulse Intro.
# $key es la respuesta ya dada.
prompt-lines-keeps = Intro sin más conserva { $key }.
prompt-lines-more = ? lee el resumen.
# $back y $quit son las teclas prompt-key-back y prompt-key-quit.
prompt-lines-back-quit = { $back } vuelve atrás, { $quit } para (sus respuestas se conservan).
prompt-lines-not-an-answer = Esa no es una de las respuestas.
# Una línea de texto: $message es la pregunta, $help su ayuda, $back la tecla.
prompt-lines-text = { $message } ({ $help }; una { $back } sola vuelve atrás)
# $initial es el texto que ya hay.
prompt-lines-text-keeps = Intro sin más conserva: { $initial }

## Las preguntas (src/assess.rs).

assess-new = Una nueva autoevaluación
assess-new-who = Una nueva autoevaluación · quién responde
assess-organisation = Nombre de la organización
assess-organisation-help = La organización que se evalúa
assess-respondent = ¿Quién responde?
assess-respondent-help = Persona, equipo u oficina, p. ej. «Dirección» u «Oficina de Nairobi»
assess-which-questionnaire = ¿Qué cuestionario?
# Un cuestionario para elegir: $id es su identificador («quick»), $title su título.
assess-questionnaire-option =
    { $id }: { $title } ({ $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    })
assess-questionnaire-help = ↑↓ moverse · Intro elegir · Ctrl-C parar
# $n cuenta desde 1.
assess-profile-heading = Sobre su organización · { $n } de { $total }
assess-profile-intro = Primero, unas preguntas sobre su organización: determinan qué recomendaciones importan más en su caso.
assess-profile-help = Un número, o ↑↓ y luego Intro · Esc volver · Ctrl-C parar, respuestas guardadas
assess-skipped-ahead =
    Se { $count ->
        [one] ha saltado { $count } pregunta que ya había respondido
       *[other] han saltado { $count } preguntas que ya había respondido
    } (para repasar todas las respuestas, ejecute con --review).
# La cabecera de la pantalla de una pregunta. $bar es una barra de progreso.
assess-question-heading = Pregunta { $n } de { $total }  { $bar }
# $part es el número de la parte («01»), $title su título, $area el título del área.
assess-part-heading = Parte { $part } { $title } · { $area }
assess-first-step = Primer paso: { $step }
# Las teclas de la pantalla de una pregunta; $na, $dk y $skip son las de sus tres últimas opciones.
assess-level-help = 0-4 nivel · { $na } no se aplica · { $dk } desconozco · { $skip } saltar · ? más · Esc volver · Ctrl-C parar
# Las tres opciones tras los niveles (cada una tras su tecla).
assess-choice-not-applicable = No se aplica a nuestro caso
assess-choice-dont-know = Desconozco
assess-choice-skip = Saltar por ahora
assess-reason = ¿Por qué no se aplica en su caso?
assess-reason-help = Un motivo breve, que se guarda con la respuesta · Esc volver
assess-importance-low = Baja
assess-importance-medium = Media
assess-importance-high = Alta
# $name es Baja, Media o Alta.
assess-importance-suggested = { $name } (sugerida para su perfil)
# $answer es el nivel dado («2 En desarrollo») o «Desconozco».
assess-your-answer = Su respuesta: { $answer }.
assess-importance-question = ¿Qué importancia tiene esto para su organización?
# $low, $medium y $high son sus teclas.
assess-importance-help = { $low } baja · { $medium } media · { $high } alta · Intro acepta la resaltada · Esc volver
assess-note = Nota (opcional)
assess-continue-help = Intro para continuar · Esc volver
assess-evidence = ¿Qué lo demuestra? (opcional: documentos, enlaces o reuniones, separados por ;)
# $problem dice qué falla en el texto escrito y cómo corregirlo.
assess-not-saved = Aún no se ha guardado: { $problem }.
assess-not-saved-characters = Aún no se ha guardado: { $problem }. Se han quitado los caracteres que no se pueden guardar; revise el texto y pulse Intro.
assess-required = Escriba algo (o pulse Esc para volver).
assess-evidence-too-many = { $count } referencias, por encima del límite de { $limit }; conserve las que más importan
# Una referencia, en un mensaje sobre ella («la referencia 2 tiene 400 caracteres»).
assess-evidence-reference = la referencia { $n }
# El texto que se escribe, tal como lo nombra un mensaje («la nota tiene 2100 caracteres»).
assess-field-organisation = el nombre de la organización
assess-field-respondent = el nombre de quién responde
assess-field-reason = el motivo
assess-field-note = la nota
assess-field-evidence = las pruebas
assess-field-justification = la justificación
assess-no-questionnaire = el cuestionario «{ $id }» no existe

## Alrededor de las preguntas (src/commands/assess.rs).

# Lo que otra sesión sabe de quién tiene el archivo: $time es HH:MM.
assess-lock-started = iniciada a las { $time } UTC
# El papel del archivo en los mensajes sobre archivos.
assess-role-answers = las respuestas
assess-left-as-is = { $error }; el archivo se ha dejado como estaba
# $template y $report son órdenes.
assess-no-terminal = la evaluación interactiva necesita un terminal; para responder sin él, escriba un archivo de respuestas en blanco con `{ $template }`, rellénelo y luego ejecute `{ $report }`
assess-other-questionnaire = { $file } contiene respuestas al cuestionario { $found }, no a { $asked }; quite --questionnaire para retomarlo, o elija otro archivo con --file
assess-nothing-to-review = { $file } aún no existe, así que no hay nada que revisar; quite --review para empezar
# $kept dice adónde han ido las respuestas de esta sesión.
assess-changed-on-disk = otro programa ha modificado { $file } desde que esta sesión lo guardó por última vez, así que no se ha sobrescrito; { $kept }
assess-kept-aside = las respuestas de esta sesión están en { $aside }; compare los dos con `{ $command }` y quédese con el que prefiera
assess-not-kept = no se ha podido conservar la última respuesta de esta sesión ({ $error })
assess-not-kept-too-many = no se ha podido conservar la última respuesta de esta sesión: hay demasiadas copias sin guardar al lado
assess-stopped-nothing = Detenido antes de guardar nada.
# Dos líneas; $command retoma la sesión.
assess-stopped =
    Detenido. { $count ->
        [one] { $count } respuesta guardada
       *[other] { $count } respuestas guardadas
    } en { $file }.
    Para retomar: { $command }
assess-stopped-error = Detenido. { $error }
assess-resuming = Se retoma la evaluación de { $file }. Las respuestas se guardan tras cada pregunta.
assess-starting = Una nueva evaluación, que se guarda en { $file } tras cada pregunta. Pare cuando quiera con Ctrl-C y retómela más tarde.
# $how dice cómo está cifrado, $opens qué lo abre.
assess-sealed = El archivo está { $how }: { $opens }.
assess-sealed-passphrase = se abre con la frase de contraseña, que se pide al retomar
assess-sealed-identity = solo se abre con la identidad de uno de sus destinatarios, necesaria para retomarlo (--identity FILE)
assess-questionnaire-missing = falta el cuestionario { $id }
assess-answers-are-in = Sus respuestas están en { $file }. Para volver a verlas o cambiarlas, ejecute: { $command }
# Tras Ctrl-C: $readiness es la frase sobre la preparación.
assess-so-far = Hasta ahora: { $readiness }

## La pantalla final (src/commands/finish.rs).

# La frase sobre la preparación se forma con estas piezas. $score es un porcentaje («59 %»).
assess-readiness-score = Preparación global: { $score } del objetivo
assess-readiness-none = Preparación global: aún sin puntuar (ningún nivel respondido)
# Sigue a assess-readiness-score cuando respuestas «desconozco» dejan un margen.
assess-readiness-range =
    { $readiness }, entre { $low } y { $high } según { $count ->
        [one] la respuesta «desconozco»
       *[other] las { $count } respuestas «desconozco»
    }
assess-readiness-answered =
    { $answered } de { $total ->
        [one] { $total } pregunta respondida
       *[other] { $total } preguntas respondidas
    }
# Detalles entre paréntesis tras assess-readiness-answered.
assess-readiness-unknown = { $count } «desconozco»
assess-readiness-na = { $count } no aplicable
assess-readiness-skipped =
    { $count ->
        [one] { $count } saltada
       *[other] { $count } saltadas
    }
assess-no-gaps = Sin brechas: cada recomendación respondida está en su objetivo o por encima.
assess-most-urgent =
    { $count ->
        [one] La prioridad más urgente:
       *[other] Las { $count } prioridades más urgentes:
    }
# $now es el nivel actual (o «?»), $target el nivel al que se aspira.
assess-urgent-item = { $id } { $title } (ahora { $now }, objetivo { $target })
assess-complete = Su evaluación está completa
assess-what-next = ¿Y ahora?
assess-end-answer-skipped =
    Responder ahora { $count ->
        [one] la pregunta saltada
       *[other] las { $count } preguntas saltadas
    }
assess-end-html = Guardar el informe completo como página web (HTML)
assess-end-read = Leer aquí el informe completo
assess-end-other-format = Guardarlo en otro formato (Word, Markdown, CSV, JSON)
assess-end-plan =
    Preparar un plan de acción a partir de { $count ->
        [one] la brecha
       *[other] las { $count } brechas
    }
assess-end-finish = Finalizar
assess-end-help = Pulse una letra, o ↑↓ y luego Intro · ? todo el resumen · Ctrl-C finalizar
assess-which-format = ¿Qué formato?
# Tras el nombre del formato y su tecla (w, m, c, j se quedan como están).
assess-format-docx = Word (.docx): para editar, compartir e imprimir
assess-format-markdown = Markdown: para un wiki o un documento
assess-format-csv = CSV: una fila por pregunta, para una hoja de cálculo
assess-format-json = JSON: para otras herramientas
assess-letter-help = Pulse una letra, o ↑↓ y luego Intro · Esc volver
assess-role-this-answers = el archivo de respuestas de esta evaluación
assess-role-plan = el plan
assess-role-report = el informe
assess-no-plan = No se ha preparado ningún plan: { $error }.
assess-plan-updated =
    Plan { $file } actualizado: { $added ->
        [one] { $added } acción nueva
       *[other] { $added } acciones nuevas
    }, { $closed ->
        [one] { $closed } marcada como cerrada
       *[other] { $closed } marcadas como cerradas
    }; no ha cambiado nada de lo que tenía escrito.
assess-plan-up-to-date = El plan { $file } ya está al día con estas respuestas.
assess-plan-left = El plan { $file } se ha dejado como estaba: { $why }.
# $error termina con su propio punto.
assess-plan-left-error = El plan { $file } se ha dejado como estaba: { $error }
assess-plan-unreadable = No se ha podido leer el plan { $file }; se ha dejado como estaba.
# $command muestra el plan.
assess-plan-drafted =
    Plan de acción de { $count ->
        [one] { $count } acción
       *[other] { $count } acciones
    } preparado en { $file }: indique un responsable para cada una y ajuste las fechas en cualquier editor de texto; luego véalo con: { $command }
assess-save-as = Guardar el informe como
assess-save-as-help = Intro lo guarda aquí · o escriba otro nombre · Esc volver
assess-save-needs-age = No se ha guardado: las respuestas están cifradas, así que el informe también, y su nombre termina en .age; añada .age al nombre.
assess-not-saved-because = No se ha guardado: { $error }.
assess-replace = { $file } ya existe. ¿Reemplazarlo?
assess-replace-no = No, elegir otro nombre
assess-replace-yes = Sí, reemplazarlo
# $yes y $no son sus teclas.
assess-replace-help = { $yes } reemplazarlo · { $no } elegir otro nombre · Esc volver
# $format es el nombre del formato («HTML»); puede seguir uno de los tres mensajes siguientes.
assess-saved = Informe { $format } guardado en { $file }.
# $command lo descifra.
assess-saved-sealed = Está cifrado como las respuestas: sus destinatarios lo abren con la herramienta age ({ $command }) o con la frase de contraseña.
assess-saved-html = Ábralo en su navegador web: haga doble clic en el archivo o arrástrelo a una ventana del navegador. También se imprime bien.
assess-saved-docx = Ábralo en Word o LibreOffice para editarlo: haga doble clic en el archivo.
assess-could-not-save = No se ha podido guardar: { $error }. Pruebe con otro nombre.
# Entre páginas cuando no se encuentra un paginador; $quit es una tecla.
assess-pager-more = -- Intro para seguir, { $quit } y luego Intro para volver --
assess-pager-end = Pulse Intro para volver al resumen.

## La pantalla de inicio (src/commands/home.rs).

assess-home-undated = sin fecha
assess-home-finished = terminada
assess-home-open =
    { $count ->
        [one] { $count } pregunta abierta
       *[other] { $count } preguntas abiertas
    }
# Un archivo de respuestas: $file, $organisation, $date (o «sin fecha»), $state (terminada, o abierta).
assess-home-file = { $file } ({ $organisation }, { $date }, { $state })
# $file es assess-home-file; $others enumera nombres de archivo.
assess-home-opened-newest = Se ha abierto { $file }, la evaluación más reciente de esta carpeta; las demás: { $others } (abra una con { $command } NOMBRE).
assess-home-heading = { $program }: su autoevaluación de preparación ante China
assess-home-opened = Se ha abierto { $file }.
assess-home-others =
    { $count ->
        [one] { $count } evaluación más en esta carpeta.
       *[other] { $count } evaluaciones más en esta carpeta.
    }
assess-home-report = Ver los resultados: el resumen y el informe
assess-home-review = Modificar o revisar las respuestas
assess-home-new = Empezar una nueva evaluación (se guardará en { $file }; esta se conserva tal cual)
assess-home-compare = Comparar con una evaluación anterior
assess-home-open-other = Abrir otra evaluación de esta carpeta
assess-home-quit = Salir
assess-home-question = ¿Qué desea hacer?
assess-home-help = Pulse una letra, o ↑↓ y luego Intro · Ctrl-C salir
assess-home-compare-which = ¿Comparar con qué evaluación?
assess-home-open-which = ¿Abrir qué evaluación?
assess-home-which-help = ↑↓ y luego Intro · Esc volver
