# Las palabras del cuestionario en papel (`template --format html`,
# src/document/wording/questionnaire.rs), en el orden en que las muestra el formulario: un
# formulario que se rellena a mano antes de que alguien introduzca las respuestas. Las preguntas,
# los niveles y las opciones de perfil vienen del contenido del cuestionario.

# Sobre el título del cuestionario.
qn-kicker = Cuestionario en papel
# El título de la página HTML; $questionnaire es el título del cuestionario.
qn-title = Cuestionario en papel: { $questionnaire }
# Bajo el título; $id es el identificador del cuestionario («quick»).
qn-about = Cuestionario { $id }, versión { $version }: { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } en { $areas ->
        [one] { $areas } área
       *[other] { $areas } áreas
    }.

## Las líneas del encabezado, donde escribir.

qn-organisation-line = Organización
qn-respondent-line = Quién responde (una persona, un equipo o una oficina)
qn-date-line = Fecha (año-mes-día)

## Cómo rellenarlo. Las palabras entre comillas son las de las casillas de abajo
## (qn-not-applicable-box, qn-dont-know-box).

qn-how-heading = Cómo rellenarlo
qn-how-1 = Para cada pregunta, marque el único nivel que describe a su organización hoy, no lo que tiene previsto: cada nivel dice cómo se ve para esa recomendación.
qn-how-2 = Si una pregunta no se aplica a su organización, marque «No aplicable» y escriba por qué en la línea del motivo: hace falta un motivo.
qn-how-3 = Si no lo sabe, marque «No sabe»: averiguarlo ya es un primer paso.
qn-how-4 = Una nota sirve para todo lo que merezca recordarse; una evidencia es una breve referencia a lo que demuestra el nivel: un documento, un enlace, una reunión.
qn-how-5 = Dejar una pregunta en blanco no es un problema: los resultados indican cuánto se respondió.

## El perfil.

qn-profile-heading = Sobre su organización
qn-profile-intro = Marque una respuesta a cada pregunta. Las respuestas determinan cuánto importan algunas preguntas.

## Las áreas y sus preguntas.

# Sobre el título de un área: «Parte 01 Colaboración sectorial · área 3 de 8».
qn-area-kicker = Parte { $part } { $part_name } · área { $n } de { $of }
# Entre el número y el nombre de un nivel (en negrita) y cómo se ve: «2 En desarrollo: …».
qn-level-separator = {": "}
qn-not-applicable-box = No aplicable
qn-dont-know-box = No sabe
qn-reason-line = Motivo (necesario si no aplicable)
qn-note-line = Nota
qn-evidence-line = Evidencia: un documento, un enlace, una reunión

## El final.

qn-finished-heading = Cuando haya terminado
qn-finished-give = Entregue el formulario a quien recoja las respuestas.
# $assess, $template y $report son comandos, mostrados como código.
qn-finished-type = Esa persona puede introducirlo con { $assess } (una pregunta por pantalla), o en un archivo de respuestas creado con { $template }; después, { $report } muestra los resultados.
# Tras la huella del catálogo al pie de la página; $guide es el título de la guía tal como se
# publicó, $tool «icso-assess».
qn-footer = {" "}· cuestionario { $id } versión { $version } · hecho con { $tool } a partir de la guía «{ $guide }».
