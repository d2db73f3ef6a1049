# Palabras que comparten varios documentos (src/document/wording/mod.rs).

# Una vez en cada informe y en `show`. $guide es el título de la guía tal como se publicó.
guide-dated = Las recomendaciones proceden de la guía «{ $guide }», redactada en 2019-2020 tras una reunión de OSCI en Hong Kong en junio de 2019; los datos que recoge corresponden a ese momento.

## Títulos de sección que comparten varios documentos.

common-readiness-by-area = Preparación por área
common-overall-readiness = Preparación global
common-key-recommendations = Recomendaciones clave
common-resources-from-guide = Recursos de la guía

## Etiquetas de datos y de columnas de tabla.

common-respondent = Encuestado
common-questionnaire = Cuestionario
common-date = Fecha
# Encabeza la columna de identificadores en los formatos de texto (terminal, Markdown).
common-id = Id
# La misma en la página HTML y en Word, en mayúsculas.
common-id-html = ID
common-recommendation = Recomendación
common-area = Área
# Una parte de la guía, que agrupa áreas.
common-part = Parte
# La columna de identificadores de las recomendaciones clave (K1...).
common-key = Clave
common-readiness = Preparación
# El rango de preparación que dejan abierto las respuestas «no sabe».
common-range-label = Rango
# Cuántas preguntas se respondieron («3/4»).
common-answered = Respondidas
common-level = Nivel
# El nivel que se quiere alcanzar.
common-target-label = Objetivo
common-importance = Importancia
common-priority = Prioridad
common-note = Nota
# La primera y la segunda de dos evaluaciones comparadas.
common-before = Antes
common-after = Después
common-change = Cambio

## Lo que ocupa el lugar de un nivel, y de datos que faltan.

# «No aplica», abreviado, en una celda de tabla.
common-na-short = n/a
# La respuesta «no lo sé», en una celda de tabla.
common-dont-know = no sabe
common-unanswered = sin respuesta
common-not-applicable-words = no aplica
common-not-scored = sin puntuar
common-no-date-given = sin fecha
common-not-named = sin nombre
common-organisation-not-named = organización sin nombre
# Ocupa el lugar del nombre de la organización en un título.
common-organisation-not-named-paren = (organización sin nombre)

# Empieza el pie de página; sigue la huella del catálogo (un código).
common-catalogue-fingerprint = Huella del catálogo{" "}

# Un título con el número de lo que encabeza: «Encuestados (3)».
common-with-count = { $title } ({ $count })
# Lo mismo leído por un lector de pantalla: «Encuestados, 3».
common-with-count-spoken = { $title }, { $count }
# El título, el identificador y la versión de un cuestionario.
common-questionnaire-full = { $title } ({ $id }, versión { $version })
# El motivo de una respuesta «no aplica» donde va una nota; $reason son las palabras de quien respondió.
common-na-reason = n/a: { $reason }

## Una banda de prioridad tal como se dice: qué hacer con la brecha.

common-band-act-now = actuar ya
common-band-plan = planificar
common-band-later = más adelante
common-band-no-gap = sin brecha

## La importancia de una pregunta.

common-importance-low = baja
common-importance-medium = media
common-importance-high = alta

## La puntuación que los formatos de texto ponen entre las cosas.

# Un dato tal como lo escriben los formatos de texto: «Encuestado: Alicia».
common-labelled = { $label }: { $value }
# Un título leído por un lector de pantalla, como una etiqueta: «Resumen:».
common-heading-spoken = { $heading }:
# Entre una cosa y lo que se dice de ella, dentro de una línea: «R01: la pregunta formulada».
common-colon = {": "}
# Entre los elementos de una lista dentro de una frase: «Acta de la junta; Reglamento del personal».
common-semicolon = {"; "}
# «a, b y c»: $items son todos menos el último, separados por comas; $last es el último.
common-and-list = { $items } y { $last }

# El aviso del paginador bajo un informe largo en una terminal. No use ? % . : ni \
common-pager-keys = Espacio para seguir, b para volver, q para salir
# El título del índice de la página HTML.
common-contents = Índice
# El número de la página impresa, al pie: «Página 2 de 6».
common-page-of = Página { $page } de { $pages }
# El título de la lista de abreviaturas que usa el documento.
common-glossary = Abreviaturas
# Una abreviatura desarrollada en su primer uso. $meaning es lo que significa, $term la
# abreviatura; $plural vale "yes" cuando el texto la usa en plural con una «s». Las siglas son
# invariables en español y el texto las usa sobre todo en plural («las OSCI»): la sigla queda en
# su sitio y su significado sigue entre paréntesis.
common-spelled-out = { $plural ->
        [yes] { $term } ({ $meaning })
       *[no] { $term } ({ $meaning })
    }
