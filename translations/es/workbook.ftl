# El libro de respuestas para rellenar (src/answers/workbook.rs): sus hojas, encabezados, palabras
# de las listas desplegables e instrucciones, y los mensajes sobre un libro mal rellenado.
# Nombres de hojas: 31 caracteres como máximo, ninguno de los signos : \ / ? * [ ]. Un libro
# escrito en un idioma se lee en cualquier otro: se reconocen los nombres de hojas y las palabras
# de los niveles de todos los idiomas.

# El título del libro en sus propiedades; $title es el título del cuestionario.
wb-doc-title = Respuestas de icso-assess: { $title }
wb-sheet-instructions = Instrucciones
wb-sheet-profile = Perfil
wb-sheet-questions = Preguntas

## La hoja de instrucciones, una celda por línea.

# $title, $id y $version son los del cuestionario.
wb-instructions-title = { $title } (cuestionario { $id }, versión { $version })
wb-instructions-heading = Cómo completar este libro
# $sheet es el nombre de la hoja del perfil.
wb-instructions-profile = 1. En la hoja { $sheet }, complete las celdas amarillas: su organización, quién responde, la fecha y las preguntas sobre su organización (elija en la lista).
# $sheet es el nombre de la hoja de preguntas; $low y $high el nivel más bajo y el más alto; $na y
# $dk las palabras de la lista para «no aplica» y «no sabe»; $column el encabezado de la columna
# del nivel.
wb-instructions-questions = 2. En la hoja { $sheet }, una fila por pregunta: lea lo que significa cada nivel y elija su nivel (de { $low } a { $high }, «{ $na }» o «{ $dk }») en la celda amarilla «{ $column }».
wb-instructions-not-applicable = 3. Si una pregunta no se aplica a su organización, elija «{ $na }» y escriba el motivo en la celda Motivo: se queda en rojo hasta que lo haga.
wb-instructions-optional = 4. La importancia, el nivel objetivo, la nota y las evidencias son opcionales. Una evidencia es lo que demuestra un nivel: un documento, un enlace o una reunión, una por línea en la celda (Alt+Intro en Excel, Ctrl+Intro en LibreOffice). Deje una pregunta en blanco para omitirla: un libro completado en parte es válido.
wb-instructions-send = 5. Guarde el libro tal cual (.xlsx) y devuélvalo. No cambie el nombre de las hojas ni modifique las columnas grises: indican a la herramienta a qué pregunta responde cada fila.
# La orden se queda tal como se escribe; ESTE-ARCHIVO ocupa el lugar del nombre del libro.
wb-instructions-results = Para ver los resultados: icso-assess report --answers ESTE-ARCHIVO.xlsx

## La hoja del perfil.

wb-profile-field = Campo
wb-profile-question = Pregunta
wb-profile-answer = Su respuesta
wb-profile-organisation = El nombre de su organización
wb-profile-respondent = Quién responde: una persona, un equipo o una oficina
# La fecha se escribe AAAA-MM-DD en todos los idiomas.
wb-profile-date = El día de estas respuestas, en formato AAAA-MM-DD

## Los encabezados de las columnas de la hoja de preguntas.

wb-col-question = Pregunta
wb-col-area = Área
wb-col-recommendation = Recomendación
wb-col-title = Título
wb-col-text = Lo que preguntamos
# $level es el número de un nivel (0 a 4).
wb-col-level-means = El nivel { $level } significa
wb-col-level = Su nivel
wb-col-reason = Motivo (obligatorio si no aplica)
wb-col-importance = Importancia (opcional)
wb-col-target = Nivel objetivo (opcional)
wb-col-note = Nota (opcional)
wb-col-evidence = Evidencias (opcional, una por línea)
# La celda de un nivel: $name es el nombre del nivel («Establecido»), $description lo que significa.
wb-level-cell = { $name }: { $description }

## Las palabras de las listas desplegables (en minúsculas, sin comas).

wb-not-applicable = no aplica
wb-dont-know = no sabe
wb-importance-low = baja
wb-importance-medium = media
wb-importance-high = alta

## Lo que falla en un libro. Van tras el nombre del archivo y dos puntos.

# $why es uno de los mensajes wb-file-* de abajo.
wb-not-ours = no es un libro de respuestas de icso-assess: { $why }; parta de `icso-assess template -o answers.xlsx`
# $error es el mensaje del lector, en inglés.
wb-file-unreadable = no se puede leer como .xlsx ({ $error })
wb-file-no-sheet = no tiene ninguna hoja
# $sheet es el nombre de la hoja tal como lo escribe la herramienta.
wb-file-no-sheet-named = no tiene ninguna hoja llamada { $sheet }
wb-file-no-questionnaire = su hoja { $sheet } no indica ningún cuestionario
# $cell es una celda como K1; $heading el encabezado que debería contener.
wb-file-not-our-heading = la celda { $cell } de la hoja { $sheet } no dice «{ $heading }»
wb-file-password = está protegido con contraseña (o es un archivo .xls antiguo); ábralo, guárdelo como .xlsx sin contraseña y vuelva a intentarlo
wb-file-truncated = no es un archivo .xlsx completo ({ $error }); puede que esté truncado: envíelo de nuevo
# $parts es un número de partes del archivo zip.
wb-file-too-many-parts = contiene { $parts } partes, muchas más que un libro de respuestas
# $part es el número de una parte del archivo zip.
wb-file-part-unreadable = la parte { $part } no se puede leer ({ $error }); puede que esté dañada: envíe el archivo de nuevo
wb-file-part-unpackable = la parte { $part } no se puede descomprimir ({ $error }); puede que esté dañada: envíe el archivo de nuevo
# $megabytes es un número entero.
wb-file-too-big = descomprimido ocupa más de { $megabytes } MB, mucho más que un libro de respuestas

## Dónde está un problema: «hoja Preguntas, celda K3: el nivel...».

# $message dice lo que falla en ese lugar.
wb-at-sheet = hoja { $sheet }: { $message }
wb-at-cell = hoja { $sheet }, celda { $cell }: { $message }
# $cells es un rango como A2:A5.
wb-at-cells = hoja { $sheet }, celdas { $cells }: { $message }
wb-sheet-read-error = no se puede leer ({ $error }); guarde de nuevo el libro como .xlsx
wb-sheet-too-far = la hoja se extiende mucho más allá de lo que debería contener; borre lo que se añadió debajo o al lado
wb-cell-formula = la celda contiene una fórmula, que aquí nunca se calcula; escriba el propio valor
wb-cells-merged = estas celdas están combinadas; sepárelas (cada pregunta conserva su propia fila) y guarde de nuevo
wb-level-date = el nivel tiene formato de fecha; elija un nivel de la lista
# $error es el valor de error de la hoja de cálculo, como #N/A.
wb-level-error = la celda contiene el error { $error }; elija un nivel de la lista
# Una respuesta «no aplica» sin motivo; $question es el identificador de la pregunta (R01).
wb-missing-reason = la respuesta { $question } es «no aplica» pero no da ningún motivo; escriba en la celda Motivo de su fila por qué no se aplica
