# Los comentarios del archivo de respuestas en blanco que escribe `template` (src/answers/template.rs).
# Solo se traducen los comentarios: las claves y los valores (level = 2, "n/a", "high"...)
# llegan a los mensajes como variables y se quedan como están, para que el archivo se cargue
# en todos los idiomas. La herramienta corta cada mensaje a 78 columnas.

# La primera línea. $title es el título del cuestionario, $id su identificador, $version su versión.
tmpl-header = Archivo de respuestas de icso-assess para «{ $title }» (cuestionario { $id }, versión { $version }).
# $comment es "# " y $level es "level = ", ambos entre comillas.
tmpl-fill-in = Rellénelo con cualquier editor de texto, o hágalo circular por correo electrónico. En cada pregunta de abajo, quite el { $comment } delante de { $level } y escriba una de estas líneas:
# Junto a `level = 2`.
tmpl-level = un nivel de { $low } a { $high }; las líneas sobre la pregunta dicen qué significa cada nivel en ella
# Junto a `level = "n/a"`; $reason es `reason = "..."`.
tmpl-na = la pregunta no se aplica a ustedes; añada entonces una línea { $reason } que diga por qué
# Junto a `level = "unknown"`.
tmpl-unknown = no lo sabe: algo que averiguar
tmpl-optional = y, si lo desea, cualquiera de estas líneas debajo:
# Junto a `importance = "high"`; $low, $medium y $high son los valores que se escriben.
tmpl-importance = { $low }, { $medium } o { $high } (baja, media o alta): cuánto le importa (si no, decide el perfil de abajo, o { $medium })
# Junto a `target = 4`; $from y $high son niveles, $target el nivel al que se aspira por defecto.
tmpl-target = el nivel al que aspira, de { $from } a { $high } (si no, { $target })
# Junto a `note = "..."`.
tmpl-note = cualquier cosa que convenga recordar
# Junto a `evidence = ["..."]`; los ejemplos entre comillas pueden traducirse.
tmpl-evidence = lo que demuestra un nivel: documentos, enlaces o reuniones, por ejemplo ["Acta de la junta, marzo de 2026", "Manual del personal"]
# $validate y $report son órdenes.
tmpl-closing = El texto va entre comillas dobles rectas. Deje una pregunta como está para saltarla: un archivo rellenado en parte es válido. Compruébelo con `{ $validate }` y vea los resultados con `{ $report }`.
# Comentarios al final de una línea del archivo: sea breve.
tmpl-organisation = el nombre de su organización
tmpl-respondent = quién responde: una persona, un equipo o una oficina
tmpl-date = el día de estas respuestas, como AAAA-MM-DD
# $comment es "# " entre comillas.
tmpl-profile = Perfil: sobre su organización. Determina cuánto importan algunas preguntas. Quite el { $comment } delante de una línea y escriba entre comillas el identificador de una opción.
# Lo que significa un nivel en una pregunta: $name es el nombre del nivel, $description su sentido.
tmpl-level-line = { $name }: { $description }
