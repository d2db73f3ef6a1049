# Las palabras del catálogo (src/document/wording/catalogue.rs): `list`, `show R23`, y la vista
# general que muestra `icso-assess` solo cuando no puede hacer preguntas. Los títulos de las
# recomendaciones, partes y áreas vienen del contenido de la guía, no de aquí.

## `list`.

# El título de la página HTML.
cat-list-title = Recomendaciones
cat-part-and-area-column = Parte y área
# Leído en voz alta, una recomendación; $part es el número de su parte («03»), $area el título de su área.
cat-list-item-spoken = { $id }: { $title }. Parte { $part }, { $area }.
# Lo mismo cuando contribuye a recomendaciones principales; $keys: «K1, K5».
cat-list-item-spoken-feeds = { $id }: { $title }. Parte { $part }, { $area }; contribuye a { $keys }.
# Leído en voz alta tras la lista.
cat-count-spoken = { $count ->
        [one] { $count } recomendación.
       *[other] { $count } recomendaciones.
    }
# Tras la lista; $command es «`icso-assess show R07`».
cat-count = { $count ->
        [one] { $count } recomendación
       *[other] { $count } recomendaciones
    }. { $command } muestra una completa.

## `show`.

cat-sub-points = Subapartados
cat-first-step-within-a-month = Un primer paso en el plazo de un mes
cat-feeds-key = Contribuye a las recomendaciones principales
cat-asked-in-heading = Se pregunta en
# Dónde está una recomendación dentro de su parte, cuando tiene un subtema: «subtema 3.1 Título».
cat-subtheme = subtema { $id } { $title }
# $number: su número en la guía; $part: el número de la parte («03»); $place: el título de su
# área, o cat-subtheme.
cat-place = Recomendación { $number } de la guía · Parte { $part } { $part_title } · { $place }
# $tags: los nombres de las etiquetas, separados por comas.
cat-tags = Etiquetas: { $tags }
# $audiences: a quién va dirigida en especial, separados por cat-audience-separator.
cat-audiences = Especialmente para: { $audiences }
cat-audience-separator = {"; "}
# Un cuestionario que pregunta por ella: «quick (pregunta R23): ¿Su organización…?».
cat-asked-in-line = { $questionnaire } (pregunta { $question }): { $text }

## La vista general.

# $tool es «icso-assess».
cat-overview-heading = { $tool }: preparación ante el creciente papel global de China
cat-questionnaires = Cuestionarios
# $list, $show, $help son comandos: «`icso-assess list`».
cat-next = A continuación: { $list } para explorar, { $show } para leer una recomendación, { $help } para ver todos los comandos.
cat-overview-intro = { $recommendations } recomendaciones de la guía para organizaciones de la sociedad civil con actividad internacional, en { $parts } partes y { $areas } áreas, resumidas en { $key } recomendaciones principales.
# Tras el identificador de un cuestionario: «Revisión rápida… (16 preguntas, versión 1.0)».
cat-questionnaire-line = { $title } ({ $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }, versión { $version })
