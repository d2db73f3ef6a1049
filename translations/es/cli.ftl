# La ayuda de la línea de órdenes (`--help`). Los mensajes llevan el nombre de la orden y del
# argumento: cli-report-about dice lo que hace `report`, cli-report-arg-format lo que significa
# su --format; cli-arg-NOMBRE sirve para todas las órdenes que tienen el argumento sin mensaje
# propio. Los nombres de opciones (--data), los valores (table, auto) y las órdenes entre
# acentos graves se quedan tal cual; los marcadores en mayúsculas (ARCHIVO, CARPETA, N) son los
# cli-value- de abajo: use las mismas palabras en los textos.

## Las palabras de clap

cli-heading-usage = Uso:
cli-heading-commands = Órdenes
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-heading-encryption = Cifrado
cli-note-default = {"["}por defecto: { $values }]
cli-note-possible-values = {"["}valores posibles: { $values }]
cli-arg-help = Muestra la ayuda
cli-arg-help-summary = Muestra la ayuda (--help para ver más)
cli-arg-help-long = Muestra la ayuda (-h para un resumen)
cli-arg-version = Muestra la versión
cli-help-about = Muestra este mensaje o la ayuda de las subórdenes indicadas

## La herramienta, y las opciones de todas las órdenes

cli-about = Autoevaluación de la preparación de una ONG ante el ascenso global de China, basada en las 48 recomendaciones del International Civil Society Centre para las OSCI
cli-after-help =
    Si se ejecuta sin orden en un terminal, la herramienta empieza (o reanuda) la evaluación.
    Códigos de salida: 0 correcto, 1 hallazgos o comprobación fallida, 2 error de uso o de ejecución, 130 interrupción.
cli-arg-data = Lee CARPETA/recommendations/*.yaml y CARPETA/questionnaires/*.yaml en lugar de los datos integrados
cli-arg-color = Cuándo usar color (NO_COLOR y CLICOLOR_FORCE se respetan con auto)
cli-arg-plain = Salida para lectores de pantalla: sin tablas, barras ni color, un dato por línea
cli-arg-identity = Abre los archivos cifrados (.age) con la identidad age de ARCHIVO, tal como la escriben `key new` o age-keygen; repetible [por defecto: el archivo que nombra ICSO_ASSESS_IDENTITY]
cli-arg-lang = El idioma de las pantallas y los informes: en, fr o es [por defecto: según LANGUAGE, LC_ALL, LC_MESSAGES o LANG, si no, inglés]. Los archivos de respuestas son los mismos en todos los idiomas
cli-arg-encrypt-to = Cifra lo que se escribe para este destinatario age (age1…, tal como lo muestra `key new`); repetible. El nombre del archivo debe terminar en .age, como en -o report.html.age
cli-arg-recipients-file = Cifra para cada destinatario de ARCHIVO (uno por línea, comentarios tras #, como lo lee age)
cli-arg-passphrase = Cifra en cambio con una frase de contraseña, que se pide dos veces en el terminal
cli-arg-output = Escribe en ARCHIVO en lugar de la salida estándar (- para la salida estándar)
cli-arg-format = Formato de salida [por defecto: según la extensión del archivo de -o, si no, table]
cli-arg-top = Cuántas brechas cita el resumen como lo que importa ahora (solo prioridades alta y media)
cli-arg-files = Archivos de respuestas a un mismo cuestionario, o carpetas que los contienen (sus archivos *.toml, por nombre)
cli-arg-questionnaire = Qué cuestionario (quick o full)
cli-arg-plan = El archivo del plan (TOML)

## Las órdenes

cli-assess-about = Inicia o reanuda la autoevaluación interactiva (lo predeterminado en un terminal)
cli-assess-arg-questionnaire = Qué cuestionario para una evaluación nueva (quick o full); se pregunta si no se indica
cli-assess-arg-file = El archivo de respuestas que se crea o se reanuda
cli-assess-arg-review = Repasa cada respuesta, ya rellenada

cli-report-about = Informe de brechas de un archivo de respuestas, en pantalla o exportado
cli-report-arg-answers = El archivo de respuestas (TOML) del informe [por defecto: assessment.toml en esta carpeta]

cli-compare-about = El progreso entre dos evaluaciones de la misma organización
cli-compare-arg-before = El archivo de respuestas anterior (TOML)
cli-compare-arg-after = El archivo de respuestas posterior (TOML); puede responder a otro cuestionario
cli-compare-arg-plan = Da seguimiento al plan de acción de ARCHIVO (de `plan -o`): cada acción frente a los niveles

cli-aggregate-about = Combina las respuestas de varios encuestados en un solo informe, con sus desacuerdos
cli-aggregate-arg-files = Archivos de respuestas a un mismo cuestionario, o carpetas que los contienen (sus archivos *.toml, *.xlsx y cifrados *.toml.age, *.xlsx.age, por nombre)
cli-aggregate-arg-save-combined = Guarda también las respuestas combinadas como archivo de respuestas, para hacer su informe o compararlas más tarde
cli-aggregate-arg-anonymise = Nombra a los encuestados Encuestado A, B… en un orden sorteado, nunca por nombre ni por archivo; las notas y las evidencias se muestran tal como se escribieron

cli-plan-about = Redacta, actualiza, muestra y exporta un plan de acción (CSV, Asana, Jira, iCalendar)
cli-plan-long-about =
    Redacta, actualiza, muestra y exporta un plan de acción (CSV, Asana, Jira, iCalendar)

    Sin orden: redacta un plan a partir de las brechas de una evaluación (-o), o lo actualiza tras la evaluación siguiente (--update).
cli-plan-arg-answers = El archivo de respuestas (TOML o libro de cálculo) [por defecto: assessment.toml en esta carpeta]
cli-plan-arg-output = Redacta un plan nuevo en ARCHIVO (nunca encima de un archivo existente)
cli-plan-arg-update = Actualiza el plan de ARCHIVO: añade acciones para las brechas nuevas, marca las cerradas, conserva cada cambio
cli-plan-show-about = El plan por fase y estado: un resumen y luego una tabla por fase con lo que está atrasado
cli-plan-show-arg-today = El día respecto al cual medir el atraso [por defecto: la fecha de hoy]
cli-plan-export-about = El plan para otra herramienta: un CSV de todos los campos, la importación CSV de Asana o de Jira, o un archivo iCalendar de las fechas límite
cli-plan-export-arg-format = Qué escribir

cli-template-about = Escribe un archivo de respuestas en blanco para rellenar a mano: texto comentado, un libro de cálculo o un cuestionario para imprimir
cli-template-arg-output = Escribe en ARCHIVO en lugar de la salida estándar (nunca sobrescribe)
cli-template-arg-format = toml (un archivo de texto), xlsx (un libro de cálculo para Excel, LibreOffice o Google Sheets) o html (un cuestionario para imprimir, con casillas); por defecto: según la extensión de -o, si no, toml

cli-workshop-about = Lleva a un grupo, desacuerdo por desacuerdo, hasta una posición acordada; `workshop pack` imprime el material de quien facilita
cli-workshop-arg-spread = Debate las preguntas cuyos niveles se separan (del más alto al más bajo) en N o más
cli-workshop-arg-named = Muestra quién dio cada respuesta (si no, es anónimo)
cli-workshop-arg-output = El archivo de consenso que se escribe, o que se reanuda si existe
cli-workshop-pack-about = Material para imprimir de un taller facilitado: el orden del día, una ficha por desacuerdo con espacio para el nivel acordado y sus razones, las preguntas que confirmar, las prioridades principales
cli-workshop-pack-arg-output = El material que se escribe: .html (para imprimir) o .docx (Word)
cli-workshop-pack-arg-format = html o docx [por defecto: según la extensión del archivo de -o]
cli-workshop-pack-arg-spread = Da una ficha a las preguntas cuyos niveles se separan (del más alto al más bajo) en N o más
cli-workshop-pack-arg-named = Nombra a los encuestados junto a sus niveles y notas (si no, son anónimos)

cli-export-about = Escribe un cuestionario para otra herramienta: un XLSForm para KoboToolbox y ODK
cli-export-xlsform-about = Un XLSForm (survey, choices, settings) para subir a KoboToolbox u ODK Central
cli-export-xlsform-arg-output = El formulario que se escribe (.xlsx)
cli-export-xlsform-arg-force = Sustituye ARCHIVO si existe

cli-import-about = Convierte una exportación del formulario de KoboToolbox u ODK en un archivo de respuestas por envío
cli-import-arg-platform = De dónde viene la exportación
cli-import-arg-export = La exportación: CSV (con valores y encabezados XML) o .xlsx
cli-import-arg-output = La carpeta donde escribir los archivos de respuestas (se crea si hace falta)
cli-import-arg-questionnaire = Qué cuestionario planteaba el formulario (quick o full); por defecto: aquel cuyas preguntas nombran las columnas
cli-import-arg-force = Sustituye los archivos de respuestas del mismo nombre en lugar de numerar otros nuevos

cli-convert-about = Convierte un libro de cálculo rellenado en un archivo de texto de respuestas, o un archivo de respuestas en un libro de cálculo
cli-convert-arg-input = El archivo de respuestas o el libro de cálculo que se lee (.toml o .xlsx)
cli-convert-arg-output = El archivo que se escribe: su extensión (.toml o .xlsx, antes de .age si va cifrado) dice cuál (nunca sobrescribe)

cli-key-about = Una identidad age para recibir respuestas e informes cifrados: `key new -o ARCHIVO`
cli-key-new-about = Una identidad age nueva en ARCHIVO (privado, nunca encima de un archivo existente); muestra su destinatario (age1…), que necesitan quienes le envían archivos cifrados
cli-key-new-arg-output = El archivo de identidad que se escribe
cli-key-public-about = Muestra el destinatario de cada identidad de ARCHIVO, para darlo a quienes le envían archivos
cli-key-public-arg-file = Un archivo de identidad, de `key new` o de age-keygen

cli-list-about = Enumera las recomendaciones, con filtros si se desea
cli-list-arg-part = Solo la parte 01, 02 o 03
cli-list-arg-area = Solo un ámbito (por ejemplo strategy, communications, technology)
cli-list-arg-subtheme = Solo un subtema de la parte 03 (3.1 a 3.4)
cli-list-arg-key = Solo las que alimentan una recomendación clave (K1 a K7)
cli-list-arg-tag = Solo las que llevan una etiqueta (por ejemplo climate, human-rights)
cli-list-arg-format = Formato de salida

cli-show-about = Muestra una recomendación completa (por identificador, por ejemplo R23, o por número, por ejemplo 23)
cli-show-arg-id = Identificador o número de la recomendación

cli-init-data-about = Escribe una copia de los datos integrados en CARPETA, para adaptarla y usarla con --data CARPETA
cli-init-data-arg-dir = La carpeta que se crea (no debe existir, o debe estar vacía)
cli-schema-about = Muestra el esquema JSON (draft-07) de un formato de archivo
cli-completions-about = Muestra un script de autocompletado para el shell
cli-man-about = Muestra la página de manual (roff)

cli-validate-about = Comprueba los archivos de datos de las recomendaciones y los cuestionarios
cli-validate-arg-format = Formato de salida
cli-validate-arg-strict = Falla con las advertencias igual que con los errores
cli-validate-arg-answers = Comprueba también estos archivos de respuestas frente a su cuestionario

## Los marcadores de los valores (--answers <ARCHIVO>), en mayúsculas.

cli-value-command = ORDEN
cli-value-file = ARCHIVO
cli-value-dir = CARPETA
cli-value-when = CUÁNDO
cli-value-lang = IDIOMA
cli-value-id = ID
cli-value-path = RUTA
cli-value-format = FORMATO
cli-value-n = N
cli-value-before = ANTES
cli-value-after = DESPUÉS
cli-value-recipient = DESTINATARIO
cli-value-part = PARTE
cli-value-area = ÁMBITO
cli-value-subtheme = SUBTEMA
cli-value-key = CLAVE
cli-value-tag = ETIQUETA
cli-value-plan = PLAN
cli-value-yyyy-mm-dd = AAAA-MM-DD
cli-value-platform = PLATAFORMA
cli-value-export = EXPORTACIÓN
cli-value-input = ENTRADA
cli-value-kind = TIPO
cli-value-shell = SHELL

## Los errores de clap (una opción o un valor erróneo en la línea de órdenes). $arg es una opción
## o un argumento tal como se escribió (--format <FORMATO>), $value un valor, $name una orden.

cli-error-prefix = error:
cli-error-more = Para más información, pruebe '{ $flag }'.
cli-error-tip = consejo:
# $what vale subcommand, argument o value; $count: cuántos nombres enumera $names.
cli-error-similar = { $count ->
        [one] { $what ->
            [subcommand] existe una suborden parecida
            [argument] existe un argumento parecido
           *[value] existe un valor parecido
        }: { $names }
       *[other] { $what ->
            [subcommand] existen subórdenes parecidas
            [argument] existen argumentos parecidos
           *[value] existen valores parecidos
        }: { $names }
    }
cli-error-unknown = causa desconocida
cli-error-used-twice = el argumento '{ $arg }' no puede darse varias veces
cli-error-conflict = el argumento '{ $arg }' no puede usarse con
cli-error-subcommand-conflict = la suborden '{ $arg }' no puede usarse con
cli-error-conflict-others = uno o más de los otros argumentos indicados
cli-error-no-equals = hace falta un signo igual para dar un valor a '{ $arg }'
cli-error-value-required = '{ $arg }' necesita un valor, y no se dio ninguno
cli-error-invalid-value = valor '{ $value }' no válido para '{ $arg }'
cli-error-because = : { $reason }
cli-error-unknown-subcommand = suborden '{ $name }' desconocida
cli-error-missing-arguments = no se dieron los siguientes argumentos obligatorios:
cli-error-missing-subcommand = '{ $name }' necesita una suborden, y no se dio ninguna
cli-error-subcommands = {"["}subórdenes: { $values }]
cli-error-too-many-values = valor '{ $value }' inesperado para '{ $arg }': no se esperaba ninguno más
cli-error-number-of-values = se necesitan { $wanted } valores para '{ $arg }', pero { $given ->
        [one] se dio { $given }
       *[other] se dieron { $given }
    }
cli-error-unknown-argument = argumento '{ $arg }' inesperado
