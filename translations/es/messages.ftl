# Los mensajes de error, advertencia e información de la herramienta (salida de errores): qué
# falla, dónde (un archivo, una línea, una columna) y cómo arreglarlo. `err-`: errores, `warn-`:
# advertencias, `cli-notice-`: lo que una orden dice haber hecho. Los nombres de opciones
# (--answers, -o), las órdenes entre acentos graves, los nombres de archivo, los valores entre
# comillas rectas y los ejemplos TOML (level = 2) se quedan tal cual.

# La línea que la herramienta muestra para un error; $message es el error con sus causas.
err-main = error: { $message }

## La lectura de un archivo. Estos mensajes siguen al nombre de un archivo («no se puede leer el
## archivo de respuestas a.toml: no existe»): el sujeto de cada uno es el archivo.

err-read-cannot-be-read = no se puede leer: { $reason }
err-read-too-large = ocupa { $size } bytes, por encima del límite de { $limit } bytes
err-read-not-found = no existe
err-read-permission = no se puede leer: permiso denegado
err-read-folder = es una carpeta, no un archivo
err-read-not-utf8 = no es texto UTF-8
err-read-changed = cambió mientras se leía; vuelva a intentarlo
err-read-grew = creció mientras se leía; vuelva a intentarlo cuando nada esté escribiendo en él
err-read-symlink = es un enlace simbólico; indique el archivo mismo
err-read-fifo = es una tubería con nombre, no un archivo normal; guarde su contenido en un archivo e indique ese
err-read-device = es un dispositivo, no un archivo normal; indique un archivo
err-read-socket = es un socket, no un archivo normal; indique un archivo
err-read-not-regular = no es un archivo normal; indique un archivo

## La escritura de un archivo. $path es el archivo escrito.

err-write-no-folder = no se puede escribir { $path }: la carpeta { $folder } no existe; créela primero o elija otra ruta
err-write-is-folder = no se puede escribir { $path }: es una carpeta; indique un nombre de archivo
err-write-symlink = no se puede escribir { $path }: es un enlace simbólico; indique la ruta del archivo real
err-write-age-name-plain = no se puede escribir { $path }: un nombre que termina en .age es para un archivo cifrado, y este no lo estaría; diga quién puede leerlo con --encrypt-to, --recipients-file o --passphrase, si la orden los admite, o dé un nombre sin .age
err-write-over-encrypted = no se puede escribir { $path }: es un archivo cifrado, que quedaría sustituido por uno que cualquiera puede leer; cífrelo también (--encrypt-to, --recipients-file o --passphrase, con un nombre que termine en .age), o elija otro nombre de archivo
err-write = no se puede escribir { $path }
err-write-because = no se puede escribir { $path }: { $reason }
err-write-fifo = no se puede escribir { $path }: es una tubería con nombre sin lector; inicie primero el lector o escriba en un archivo
err-write-reason-disk-full = el disco está lleno; libere espacio o escriba en otro lugar
err-write-reason-quota = la cuota de disco está agotada; libere espacio o escriba en otro lugar
err-write-reason-permission = permiso denegado; elija una carpeta en la que pueda escribir, u obtenga permiso de escritura
err-write-reason-read-only = el sistema de archivos es de solo lectura; escriba en otro lugar
err-write-reason-too-large = el archivo es demasiado grande para este sistema de archivos; escriba en otro sistema de archivos
err-write-reason-folder-gone = la carpeta ya no existe; créela o elija otra ruta
err-write-reason-is-folder = es una carpeta; indique un nombre de archivo
err-write-reason-pipe-closed = el lector cerró la tubería
err-write-reason-not-ready = no está listo para recibir datos; escriba en un archivo

## El cifrado (age). Los mensajes que empiezan por un verbo siguen al nombre de un archivo.

err-crypt-passphrase-and-recipients = --passphrase no puede combinarse con --encrypt-to ni con --recipients-file: un archivo age se abre o con una frase de contraseña o con las identidades de sus destinatarios; elija una de las dos
err-crypt-no-recipient = no hay ningún destinatario para cifrar; indique uno con --encrypt-to age1…, o un archivo de destinatarios con --recipients-file ARCHIVO
# $from dice dónde se dio el destinatario: la opción (--encrypt-to) o err-crypt-recipients-line.
err-crypt-secret-not-recipient = { $from }: eso es una identidad secreta, no un destinatario, y debe seguir siendo privada; indique en su lugar su destinatario (la línea age1… que mostró `icso-assess key new`, o `icso-assess key public ARCHIVO`)
err-crypt-ssh-recipient = { $from }: las claves SSH no se admiten como destinatarios; indique un destinatario age (age1…), como el que muestra `icso-assess key new`
err-crypt-not-recipient = { $from }: { $value } no es un destinatario age; un destinatario empieza por age1 y tiene 62 caracteres, tal como lo muestran `icso-assess key new` o age-keygen: compruebe que se copió entero
err-crypt-recipients-unreadable = no se puede leer el archivo de destinatarios { $path }: { $reason }
err-crypt-recipients-not-text = el archivo de destinatarios { $path } no es texto; contiene un destinatario (age1…) por línea
err-crypt-recipients-line = el archivo de destinatarios { $path }, línea { $line }
err-crypt-recipients-empty = el archivo de destinatarios { $path } no contiene ningún destinatario; escriba un destinatario (age1…) por línea
err-crypt-passphrase-no-terminal = la frase de contraseña se pide en un terminal, y aquí no hay ninguno; ejecute la orden en un terminal (nunca se lee de la línea de órdenes ni del entorno)
err-crypt-passphrase-not-set = no se definió ninguna frase de contraseña tras { $tries } intentos; no se escribió nada
# $env es el nombre de la variable de entorno (ICSO_ASSESS_IDENTITY).
err-crypt-needs-identity = está cifrado (age); indique el archivo de identidad que lo abre con --identity ARCHIVO, o nómbrelo en { $env }
err-crypt-passphrase-not-asked = está cifrado con una frase de contraseña; ábralo con una orden que lo lea (report --answers ARCHIVO), que pide la frase de contraseña
err-crypt-passphrase-failed = está cifrado con una frase de contraseña, y ninguna de las { $tries } escritas lo abre; pida la frase de contraseña a quien lo cifró
err-crypt-other-keys = está cifrado para otras claves: ninguna de las identidades de { $files } ({ $option }) lo abre; indique con --identity ARCHIVO el archivo de identidad de uno de sus destinatarios (para los archivos enviados a la secretaría, la clave de la secretaría)
err-crypt-newer-format = está cifrado en un formato age más reciente del que lee esta versión de icso-assess; descífrelo con la herramienta age, o actualice icso-assess
err-crypt-excessive-work = pide más cálculo para la frase de contraseña (factor de trabajo scrypt { $factor }) del que este equipo hace en unos 16 segundos, así que no se intentó; descífrelo con la herramienta age: age -d -o ARCHIVO { $file }
err-crypt-bad-header = no es un archivo age completo: su cabecera está dañada o cortada; pida una copia nueva
err-crypt-damaged = está dañado: los datos cifrados no superan la comprobación (el archivo se cortó o se modificó después de cifrarse); pida una copia nueva
err-crypt-too-large-decrypted = contiene más de { $limit } bytes una vez descifrado, por encima del límite de { $limit } bytes
err-crypt-identity-unreadable = el archivo de identidad { $path } ({ $option }): { $reason }
err-crypt-identity-encrypted = el archivo de identidad { $path } ({ $option }) está cifrado a su vez; icso-assess lee los archivos de identidad tal como los escriben `icso-assess key new` y age-keygen: descífrelo primero en un archivo privado
err-crypt-identity-empty = el archivo de identidad { $path } ({ $option }) no contiene ninguna identidad (ninguna línea AGE-SECRET-KEY-1…); indique el archivo que escribió `icso-assess key new` o age-keygen
# $error: las palabras de la biblioteca age (en inglés).
err-crypt-identity-invalid = el archivo de identidad { $path } ({ $option }) no es un archivo de identidad age ({ $error }); indique el archivo que escribió `icso-assess key new` o age-keygen (las claves SSH no se admiten)
err-key-identity-unreadable = el archivo de identidad { $path }: { $reason }
err-key-identity-invalid = el archivo de identidad { $path } no es un archivo de identidad age ({ $error }); indique el archivo que escribió `icso-assess key new` o age-keygen
err-key-identity-empty = el archivo de identidad { $path } no contiene ninguna identidad (ninguna línea AGE-SECRET-KEY-1…); indique el archivo que escribió `icso-assess key new` o age-keygen
# $mode: los permisos del archivo en octal (0644); $file: su nombre tal como se escribe en un shell.
warn-identity-shared = advertencia: otros usuarios de este equipo pueden leer el archivo de identidad { $path } (modo { $mode }), y quien lo lea puede abrir todos los archivos cifrados para él; hágalo privado con: chmod 600 { $file }

# Cómo está protegido un archivo escrito, tras «(archivo …)» o «el archivo está»: «Informe html escrito en r.html.age (archivo cifrado para 1 destinatario)».
cli-notice-encrypted-to = { $count ->
    [one] cifrado para { $count } destinatario
   *[other] cifrado para { $count } destinatarios
}
cli-notice-encrypted-with-passphrase = cifrado con una frase de contraseña
cli-notice-passphrase-stopped = Detenido en la frase de contraseña; no se escribió nada.
# Peticiones en el terminal; la frase escrita va tras el espacio final. $what: el archivo o los archivos que protege.
cli-notice-passphrase-new = Frase de contraseña para cifrar { $what }:{" "}
cli-notice-passphrase-again = La misma frase de contraseña otra vez:{" "}
cli-notice-passphrase-for = Frase de contraseña de { $path }:{" "}
cli-notice-passphrase-empty = Una frase de contraseña vacía no protege nada; escriba una.
cli-notice-passphrase-differ = Las dos frases de contraseña son distintas; escríbala de nuevo.
cli-notice-passphrase-wrong = Esa frase de contraseña no abre { $path }; vuelva a intentarlo.

## Un archivo escrito encima de uno leído, o de otro escrito. $output, $input, $first y $second
## dicen el papel de los archivos (los mensajes err-role-); $option es la opción que nombra el
## archivo escrito (-o).

err-output-is-input = no se puede escribir { $output } en { $path }: es { $input }, que esta orden lee; elija otro nombre de archivo para { $option }
err-outputs-collide = { $first } ({ $first_option }) y { $second } ({ $second_option }) se escribirían ambos en { $path }; deles nombres de archivo distintos
err-role-data-file = un archivo de datos de --data

## El bloqueo que impide que dos sesiones abran el mismo archivo de respuestas. $lock: el archivo de bloqueo.

err-lock-symlink = no se puede abrir { $path }: su archivo de bloqueo { $lock } es un enlace simbólico; elimínelo y vuelva a intentarlo
err-lock-held = { $name } está abierto en otro icso-assess; termine o detenga antes esa sesión (pulse Ctrl-C en ella), o responda en otro archivo con --file
# $holder: lo que la otra sesión escribió de sí misma (en inglés: «started 14:02 UTC, process 4242»).
err-lock-held-by = { $name } está abierto en otro icso-assess ({ $holder }); termine o detenga antes esa sesión (pulse Ctrl-C en ella), o responda en otro archivo con --file
err-lock-changing = no se puede bloquear { $path }: su archivo de bloqueo { $lock } no deja de cambiar; vuelva a intentarlo
err-signals-watch = no se pueden vigilar las señales que detienen una sesión
err-signals-thread = no se puede iniciar el hilo que vigila las señales

## Común a las órdenes.

err-no-questionnaire = no hay ningún cuestionario «{ $id }»; use --questionnaire con uno de estos: { $ids }
err-docx-on-terminal = un documento de Word (--format docx) no puede mostrarse en un terminal; guárdelo en un archivo: { $how }
err-age-name-without-encryption = { $path }: un nombre que termina en .age ({ $option }) es para un archivo cifrado; diga quién puede leerlo con --encrypt-to DESTINATARIO, --recipients-file ARCHIVO o --passphrase, o dé un nombre sin .age
err-encrypted-name-without-age = { $given } cifra el archivo que nombra { $option }, y el nombre de un archivo cifrado termina en .age: llámelo { $path }.age
err-encrypt-stdout = { $given } cifra un archivo, y la salida estándar nunca se cifra; escriba en un archivo cuyo nombre termine en .age con { $option } (por ejemplo { $option } report.html.age)
err-session-recipients-again = { $path } está cifrado para destinatarios, que un archivo age no nombra, y se guarda de nuevo tras cada paso: indique los mismos --encrypt-to DESTINATARIO o --recipients-file ARCHIVO que al empezar
# Los dos últimos nombres de una lista: $rest los demás, separados por comas («a, b»), $last el último («c»).
err-list-and = { $rest } y { $last }
# Lo que separa los elementos de una lista que ya contienen comas.
err-list-semicolon = {"; "}
# El final de una lista abreviada: «a, b, c y 2 más».
err-list-more = { $count } más

# Lo que una orden escribió en un archivo. $format: el nombre del formato (html, markdown…);
# $sealed vale «yes» si se cifró, y $how dice entonces cómo (cli-notice-encrypted-to).
cli-notice-wrote-report = { $sealed ->
    [yes] Informe { $format } escrito en { $path } (archivo { $how })
   *[no] Informe { $format } escrito en { $path }
}
cli-notice-wrote-comparison = { $sealed ->
    [yes] Comparación { $format } escrita en { $path } (archivo { $how })
   *[no] Comparación { $format } escrita en { $path }
}
cli-notice-wrote-plan = { $sealed ->
    [yes] Plan { $format } escrito en { $path } (archivo { $how })
   *[no] Plan { $format } escrito en { $path }
}
cli-notice-wrote-combined-report = { $sealed ->
    [yes] Informe { $format } de { $count } encuestados escrito en { $path } (archivo { $how })
   *[no] Informe { $format } de { $count } encuestados escrito en { $path }
}

## report, compare

err-no-answers-file = no se indicó ningún archivo de respuestas, y no hay ningún { $file } en esta carpeta; ejecute `icso-assess` para responder a las preguntas (guarda { $file } aquí), o nombre un archivo con --answers ARCHIVO
cli-notice-reporting-on-default = Informe sobre { $file } de esta carpeta (--answers ARCHIVO para otro).
cli-notice-next-plan = Siguiente paso: convertir estas brechas en un plan de acción con responsables y fechas: { $command }
warn-plan-other-organisation = advertencia: { $place }: el plan es de { $plan }, y las evaluaciones son de { $assessed }; se le da seguimiento igualmente, pero compruebe que indicó el plan correcto

## Los archivos que una orden lee y escribe, tal como los nombran sus rechazos («no se puede
## escribir el informe en a.toml: es el archivo de respuestas indicado en --answers, …»).

err-role-report = el informe
err-role-answers = el archivo de respuestas
err-role-answers-given = el archivo de respuestas indicado en --answers
err-role-comparison = la comparación
err-role-before = el archivo de respuestas anterior (ANTES)
err-role-after = el archivo de respuestas posterior (DESPUÉS)
err-role-plan-followed = el plan de acción (--plan)

## aggregate, y los archivos que reúne un taller

warn-line = advertencia: { $warning }
warn-anonymise-own-words = --anonymise sustituye los nombres de los encuestados, pero las notas, las evidencias y los motivos de no aplicabilidad se muestran tal como se escribieron y pueden identificar a personas; léalos antes de compartir
err-role-combined-input = uno de los archivos de respuestas que se combinan
err-role-combined-answers = las respuestas combinadas
cli-notice-saved-combined = { $sealed ->
    [yes] Respuestas combinadas de { $count } encuestados guardadas en { $path } (archivo { $how })
   *[no] Respuestas combinadas de { $count } encuestados guardadas en { $path }
}
err-combine-one-file = { $command } necesita al menos dos archivos de respuestas y recibió 1 ({ $file }); indique dos o más archivos, o una carpeta que los contenga, como en `{ $example }`
err-combine-no-file = { $command } necesita al menos dos archivos de respuestas y no recibió ninguno; indique dos o más archivos, o una carpeta que los contenga, como en `{ $example }`
err-combine-failed = { $failed } de { $count } archivos de respuestas no se pueden usar; el primero: { $first }; los demás: { $others }; ejecute `icso-assess validate --answers ARCHIVO…` para ver todos los problemas
err-combine-questionnaire-missing = falta el cuestionario { $id }
err-folder-unreadable = no se puede leer la carpeta { $path }: { $reason }
err-folder-no-answers = la carpeta { $path } no contiene archivos de respuestas (*.toml, *.xlsx, o cifrados *.toml.age, *.xlsx.age); indique la carpeta que los contiene, o los archivos mismos
err-combine-group = { $id } versión { $version } en { $files }
err-combine-group-no-version = { $id } sin versión en { $files }
err-combine-questionnaires-differ = los archivos de respuestas son de cuestionarios o versiones distintos: { $groups }; combine archivos de un solo cuestionario y una sola versión (`icso-assess validate --answers ARCHIVO` dice cómo actualizar un archivo antiguo)
warn-respondent-repeated = el encuestado «{ $respondent }» responde en { $count } archivos, { $files }; cada uno cuenta como un encuestado: elimine las copias si son las mismas respuestas
warn-input-combined = { $file } contiene respuestas combinadas (encuestado «{ $respondent }»); cuenta como un encuestado más, de modo que los encuestados que combina cuentan dos veces: déjelo fuera salvo que sea eso lo que quiere
warn-input-workshop = { $file } contiene las respuestas acordadas de un taller (encuestado «{ $respondent }»); cuenta como un encuestado más, de modo que los encuestados de los que partió cuentan dos veces: déjelo fuera salvo que sea eso lo que quiere
warn-organisation-in = «{ $organisation }» en { $files }
warn-organisations-differ = los archivos nombran { $count } organizaciones; las respuestas combinadas usan la más frecuente, «{ $chosen }» ({ $chosen_files } de { $files } archivos); las demás: { $others }

## key, init-data, show, list

err-key-to-stdout = una identidad es un secreto, así que se escribe en un archivo privado, nunca en la salida estándar; indique uno con -o, como en -o secretariat.key
err-key-exists = { $path } ya existe, y puede ser una identidad para la que se cifran archivos; elija otro nombre de archivo (su destinatario: icso-assess key public { $file })
err-key-age-name = { $path }: un archivo de identidad no está cifrado, así que su nombre no debe terminar en .age; llámelo por ejemplo secretariat.key
# Dos párrafos. $recipient: la línea age1…; $file: el archivo de identidad tal como se escribe en un shell.
cli-notice-key-written =
    Nueva identidad escrita en { $path }, que solo usted puede leer. Manténgala privada y guarde una copia en un lugar seguro: quien la tenga puede abrir todos los archivos cifrados para ella, y sin ella nadie puede.
    Dé su destinatario (la línea age1… de arriba) a quienes le envían archivos; ellos cifran con --encrypt-to { $recipient }, y usted abre sus archivos con --identity { $file }.
err-init-data-unreadable = no se puede leer { $path }
err-init-data-not-empty = { $path } no está vacía; elija una carpeta nueva para que no se sobrescriba nada de lo que contiene
err-create-folder = no se puede crear la carpeta { $path }
cli-notice-init-data = { $count } archivos de datos, { $translations } archivos de traducción y sus esquemas escritos en { $path }. Modifíquelos y luego compruébelos con: icso-assess validate --data { $dir }
err-no-recommendation = no hay ninguna recomendación «{ $id }»; indique un identificador de R01 a R{ $last } o un número de 1 a { $count } (`icso-assess list` las muestra todas)
err-list-unknown = { $kind ->
        [part] no hay ninguna parte
        [area] no hay ningún ámbito
        [subtheme] no hay ningún subtema
        [key] no hay ninguna recomendación clave
       *[tag] no hay ninguna etiqueta
    } «{ $value }»; use { $option } con uno de estos valores: { $choices }

## plan

err-plan-output-and-update = -o redacta un plan nuevo y --update modifica uno existente; indique solo uno de los dos
err-plan-where = diga adónde va el plan: -o plan.toml para redactar uno nuevo, o --update plan.toml para actualizar uno existente
err-role-plan = el plan
err-role-plan-shown = el plan mostrado
err-role-plan-export = la exportación
err-plan-unreadable = no se puede leer el plan { $path }: { $reason }
err-plan-not-utf8 = { $path }: el plan no es texto UTF-8; guárdelo como UTF-8 en su editor
err-plan-other-questionnaire = { $path } es un plan para el cuestionario { $plan } y no comparte ninguna recomendación con estas respuestas al cuestionario { $answers }; compruebe los archivos
err-plan-update-unreadable = el plan actualizado no se podría volver a leer ({ $error }); { $path } se ha dejado como estaba
cli-notice-plan-up-to-date = { $path } está al día con estas respuestas: ninguna brecha nueva, y ninguna brecha de una acción se ha cerrado desde su última actualización.
cli-notice-plan-updated = { $path } actualizado: { $added ->
        [one] { $added } acción nueva
       *[other] { $added } acciones nuevas
    } para brechas nuevas, { $closed ->
        [one] { $closed } marcada como cerrada
       *[other] { $closed } marcadas como cerradas
    }; no se ha cambiado nada de lo que usted escribió.
err-plan-exists = { $path } ya existe; para actualizarlo con estas respuestas ejecute `icso-assess plan --answers { $answers } --update { $file }`, o redacte en otro archivo
err-plan-draft-unreadable = el plan redactado no se podría volver a leer: { $error }
cli-notice-plan-drafted = { $path } redactado: { $count ->
        [one] { $count } acción
       *[other] { $count } acciones
    } ({ $first } en los primeros 90 días, { $second } a 3-6 meses, { $third } a 6-12 meses). Escriba un responsable para cada una, ajuste las fechas y luego consúltelo con `icso-assess plan show { $file }`.
err-plan-xlsx-on-terminal = un libro de cálculo (--format xlsx) no puede mostrarse en un terminal; guárdelo en un archivo: -o plan.xlsx
err-plan-workbook = no se puede generar el libro de cálculo: { $error }
cli-notice-wrote-plan-file = { $what ->
        [xlsx] Plan xlsx
        [csv] CSV del plan
        [asana] CSV para el importador de Asana
        [jira] CSV para el importador de Jira
       *[ics] Archivo iCalendar de las fechas límite
    }{ $sealed ->
        [yes] , cifrado,
       *[no] {""}
    } escrito en { $path }
cli-notice-plan-undated = { $count ->
        [one] { $count } acción sin fecha límite queda fuera del calendario; dele una fecha límite en { $path } para incluirla.
       *[other] { $count } acciones sin fecha límite quedan fuera del calendario; deles una fecha límite en { $path } para incluirlas.
    }

## template, convert, export xlsform, workshop pack. $questionnaire: el identificador de un
## cuestionario (quick, full); $file: un nombre de archivo tal como se escribe en un shell.

err-template-exists = { $path } ya existe y puede contener respuestas; elija otro nombre de archivo, o elimínelo primero
err-role-template = la plantilla
err-template-workbook-on-terminal = un libro de cálculo no puede mostrarse en el terminal; escríbalo en un archivo con -o answers.xlsx
err-workbook-build = no se pudo generar el libro de cálculo
cli-notice-template-workbook = Libro de cálculo en blanco del cuestionario { $questionnaire } escrito en { $path }. Rellene las celdas amarillas en Excel, LibreOffice o Google Sheets (guardado como .xlsx) y luego ejecute: icso-assess report --answers { $file }
cli-notice-template-toml = Cuestionario { $questionnaire } en blanco escrito en { $path }. Rellénelo y luego ejecute: icso-assess report --answers { $file }
cli-notice-template-paper = Cuestionario { $questionnaire } para imprimir escrito en { $path }: un ámbito por página, una casilla por nivel. Introduzca las respuestas más tarde con: icso-assess assess --questionnaire { $id }
err-role-convert-input = las respuestas que se convierten
err-role-convert-output = las respuestas convertidas
err-convert-consensus = { $path } es el archivo de consenso de un taller: el libro de cálculo no tiene sitio para sus fuentes, justificaciones y participantes, así que no se convirtió; haga el informe sobre el archivo tal cual (`icso-assess report --answers { $file }`)
err-convert-extension = { $path }: indique qué escribir mediante la extensión: .toml para un archivo de texto de respuestas, .xlsx para un libro de cálculo (y después .age si va cifrado: answers.toml.age)
cli-notice-converted = { $sealed ->
    [yes] Las { $count } respuestas de { $input } escritas en { $output } (archivo { $how }).
   *[no] Las { $count } respuestas de { $input } escritas en { $output }.
}
err-role-form = el formulario
err-xlsform-exists = { $path } ya existe; elija otro nombre de archivo, o añada --force para sustituirlo
err-xlsform-build = no se pudo generar el formulario
cli-notice-xlsform = Cuestionario { $questionnaire } escrito como XLSForm en { $path }. Súbalo a KoboToolbox u ODK Central; exporte los envíos como CSV con valores y encabezados XML y luego ejecute: icso-assess import kobo EXPORT.csv -o replies
err-role-workshop-input = uno de los archivos de respuestas del taller
err-role-pack = el material del taller
cli-notice-pack-written = { $sealed ->
    [yes] Material del taller { $format } escrito en { $path } (archivo { $how }): { $discuss } desacuerdos que resolver, { $confirm } preguntas que confirmar.
   *[no] Material del taller { $format } escrito en { $path }: { $discuss } desacuerdos que resolver, { $confirm } preguntas que confirmar.
}
err-pack-format = { $path }: el material del taller es una página para imprimir (.html) o un documento de Word (.docx); llame al archivo pack.html o pack.docx, o añada --format html

## validate: su informe en la salida estándar.

err-validate-builtin-data = los datos integrados
err-validate-data-in = los datos de { $path }
err-validate-data-first = no se pueden comprobar archivos de respuestas: { $data } tienen errores; corríjalos primero (ejecute validate sin --answers)
err-validate-more = y { $count ->
        [one] { $count } hallazgo más
       *[other] { $count } hallazgos más
    }: corrija los anteriores y vuelva a ejecutar validate (--format json los enumera todos)
err-validate-data-and-answers = { $data } y { $count ->
        [one] { $count } archivo de respuestas
       *[other] { $count } archivos de respuestas
    }
err-validate-ok = ok: { $what } { $answers ->
        [yes] son válidos
       *[no] son válidos
    } ({ $recommendations } recomendaciones, { $questionnaires } { $questionnaires ->
        [one] cuestionario
       *[other] cuestionarios
    })
err-validate-summary = { $failed ->
        [yes] fallo
       *[no] ok
    }: { $what }: { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] advertencia
       *[other] advertencias
    }
err-finding-error = error
err-finding-warning = advertencia

## Guardar un archivo de respuestas. $option: la opción que lo nombra (--file, --save-combined).

err-save-symlink = no se pueden guardar las respuestas en { $path }: es un enlace simbólico, que icso-assess no sigue; indique la ruta del archivo mismo con { $option }
err-save-folder = no se pueden guardar las respuestas en { $path }: es una carpeta; indique un nombre de archivo con { $option }, como { $example }
err-save-not-regular = no se pueden guardar las respuestas en { $path }: no es un archivo normal; elija otro nombre de archivo con { $option }
err-save-parent-not-folder = no se pueden guardar las respuestas en { $path }: { $folder } no es una carpeta; elija otro lugar con { $option }
err-save-because = no se pueden guardar las respuestas en { $path }: { $reason }
err-save-reason-no-folder = la carpeta no existe; créela primero o elija otro lugar con { $option }
err-save-reason-permission = permiso denegado; elija con { $option } una carpeta en la que pueda escribir
err-save-reason-disk-full = el disco está lleno; libere espacio o elija otro lugar con { $option }
err-save-reason-too-large = el archivo supera lo que permite este sistema; elija otro lugar con { $option }
err-save-reason-read-only = el disco es de solo lectura; elija otro lugar con { $option }
err-save-reason-other = { $reason }; elija otro lugar con { $option }

## Las reglas del texto de los archivos de respuestas y de plan. $what nombra el texto (respondent,
## la nota de la respuesta R01: los mensajes err-answers-what-); $at: la posición de un carácter (desde 1).

err-text-too-long = { $what } tiene { $length } caracteres, por encima del límite de { $limit }; acórtelo
err-text-line-break = { $what } contiene un salto de línea en el carácter { $at }; manténgalo en una sola línea
err-text-tab = { $what } contiene un tabulador en el carácter { $at }; sustitúyalo por un espacio (este texto va en una sola línea)
# $character lo nombra por su código y su nombre Unicode (en inglés): U+001B (escape).
err-text-forbidden = { $what } contiene { $character } en el carácter { $at }; { $line ->
        [yes] elimínelo (aquí solo se admiten caracteres visibles y espacios)
       *[no] elimínelo (solo se admiten caracteres visibles, espacios, tabuladores y saltos de línea)
    }

## La lectura de un archivo de respuestas. Cada problema sigue al archivo, la línea y la columna
## (a.toml:7:9: …). Los nombres de ajustes y campos (questionnaire_version, level, reason), los
## valores entre comillas rectas y los ejemplos TOML (level = "n/a", [answers.R01]) son lo que
## contiene el archivo: se quedan tal cual.

err-answers-invalid = el archivo de respuestas no es válido
err-answers-more-problems = ; { $count ->
        [one] { $count } problema más
       *[other] { $count } problemas más
    }: ejecute `icso-assess validate --answers { $file }`
err-workbook-unreadable = no se puede leer el libro de cálculo { $path }: { $reason }
err-answers-unreadable = no se puede leer el archivo de respuestas { $path }: { $reason }
err-answers-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset }); guárdelo como UTF-8
err-answers-table-twice = la tabla { $table } aparece dos veces; únalas en una sola (cada [tabla] solo puede aparecer una vez)
err-answers-key-twice = `{ $key }` aparece dos veces en la misma tabla; conserve solo uno
# $error: las palabras del lector TOML (en inglés).
err-answers-toml-date = la fecha no es un día del calendario ({ $error }); escríbala como AAAA-MM-DD, por ejemplo date = "2026-11-20"
err-answers-toml = TOML no válido: { $error }; compruebe esta línea (el texto va entre comillas rectas, como en level = "n/a"; las tablas se escriben [answers.R01])
err-answers-not-text = { $what } debe ser un texto entre comillas rectas, no { $kind }; por ejemplo { $example }
err-answers-not-table = { $expected }, no { $kind }: { $how }
err-answers-empty = el archivo está vacío; parta de `icso-assess template --questionnaire ID`, o responda a las preguntas con `icso-assess assess`
err-answers-meaning-organisation = el nombre de la organización
err-answers-meaning-respondent = la persona, el equipo o la oficina que responde
err-answers-workshop-table = workshop debe ser una tabla
err-answers-workshop-table-how = escriba [workshop] en una línea propia y luego participants = 5 debajo
err-answers-participants = participants de workshop vale { $value }; escriba cuántos encuestados participaron, un número entero de 1 o más sin comillas, como participants = 5
err-answers-what-workshop-names = la lista names de [workshop]
err-answers-workshop-unknown-field = workshop tiene un campo desconocido { $field }; elimínelo o use uno de estos: { $fields }
err-answers-workshop-no-participants = workshop no indica participantes; añada participants = N, el número de encuestados que participaron
err-answers-not-list = { $what } debe ser una lista de textos entre corchetes, no { $kind }; por ejemplo { $example }
err-answers-list-too-long = { $what } tiene { $count } entradas, por encima del límite de { $limit }; conserve las que más importan
err-answers-what-entry = la entrada { $n } de { $what }
err-answers-unknown-setting = ajuste desconocido { $setting }; elimínelo o corrija su nombre (los ajustes son { $settings })
err-answers-format-missing = falta el ajuste format; añada format = { $version } como primer ajuste
err-answers-format-other = format vale { $format }, pero esta versión de icso-assess lee el formato { $version }; use un icso-assess más reciente, o escriba format = { $version } si el archivo se hizo a mano
err-answers-format-not-number = format debe ser el número { $version } sin comillas, no { $kind }; escriba format = { $version }
err-answers-questionnaire-missing = falta el ajuste questionnaire; añada questionnaire = "ID" con uno de estos: { $ids }
err-answers-questionnaire-unknown = el cuestionario { $id } no existe; use uno de estos: { $ids }
err-answers-version-missing = falta el ajuste questionnaire_version; añada questionnaire_version = "{ $version }"
err-answers-text-missing = falta el ajuste { $name }; añada { $name } = "" ({ $meaning }; puede quedar vacío)
err-answers-date-missing = falta el ajuste date; añada date = "AAAA-MM-DD" (el día de las respuestas; puede quedar vacío)
err-answers-date = la fecha { $date } { $why }
err-answers-date-time = la fecha { $date } no es solo un día; escriba el día solo, como date = "2026-11-20"
err-answers-date-not-text = la fecha debe ser un texto entre comillas rectas, no { $kind }; escríbala como date = "2026-11-20"
err-answers-date-shape = no tiene la forma AAAA-MM-DD; escríbala como "2026-11-20", o déjela vacía ("")
err-answers-date-not-a-day = no es un día del calendario; compruebe el mes (01-12) y el día del mes (AAAA-MM-DD)
err-answers-profile-table = profile debe ser una tabla
err-answers-profile-table-how = escriba [profile] en una línea propia y luego una respuesta por línea, como orientation = "advocacy"
err-answers-profile-none = la pregunta de perfil { $question } no está en el cuestionario { $questionnaire } { $version }, que no tiene preguntas de perfil; elimínela
err-answers-profile-unknown = la pregunta de perfil { $question } no está en el cuestionario { $questionnaire } { $version }; elimínela o use una de estas: { $questions }
err-answers-what-profile-answer = la respuesta de perfil { $id }
err-answers-profile-option = la respuesta de perfil { $id } = { $option } no es una de sus opciones; use una de estas: { $options }
err-answers-answers-table = answers debe contener una tabla por pregunta
err-answers-answers-table-how = escriba [answers.R01] en una línea propia y luego level = 2 debajo
err-answers-answer-table = answers.{ $id } debe ser una tabla
err-answers-answer-table-how = escriba [answers.{ $id }] en una línea propia y luego level = 2 debajo
err-answers-question-unknown = la pregunta { $question } no está en el cuestionario { $questionnaire } { $version }; elimínela o corrija el identificador
err-answers-question-unknown-hint = la pregunta { $question } no está en el cuestionario { $questionnaire } { $version }; elimínela o corrija el identificador (¿quería decir { $hint }?)
# Una respuesta, tal como la nombran los mensajes siguientes ($name): «la respuesta R01».
err-answers-what-answer = la respuesta { $id }
err-answers-no-level = { $name } no tiene nivel; añada level = { $levels }, "n/a" o "unknown" debajo de [answers.{ $id }], o elimine la tabla
err-answers-reason-not-na = { $name } da un motivo, pero su nivel no es "n/a"; un motivo solo sirve para las respuestas "n/a": páselo a note, o elimínelo
err-answers-justification-no-source = { $name } da una justificación pero ninguna fuente; una justificación es para las respuestas que acordó un taller: añada source = "agreed", o pase el texto a note
err-answers-agreed-no-justification = { $name } se acordó (source = "agreed") pero no da ninguna justificación; añada justification = "…" diciendo por qué el grupo acordó este nivel
err-answers-source = { $name } tiene la fuente { $value }; una fuente es "agreed" (con una justificación) o "median of N" (el nivel combinado de N encuestados), o elimine la línea
err-answers-what-reason = el motivo de { $name }
err-answers-what-note = la nota de { $name }
err-answers-what-evidence = la lista de evidencias de { $name }
err-answers-what-justification = la justificación de { $name }
err-answers-unknown-field = { $name } tiene un campo desconocido { $field }; elimínelo o use uno de estos: { $fields }
err-answers-na-no-reason = { $name } es "n/a" pero no da ningún motivo; añada reason = "…" diciendo por qué no se aplica
err-answers-importance = { $name } tiene la importancia { $value }; use "low", "medium" o "high" entre comillas, o elimine la línea para conservar la importancia por defecto del perfil
err-answers-target-range = { $name } tiene el nivel objetivo { $target }; un nivel objetivo es { $levels }
err-answers-target-not-number = { $name } tiene el nivel objetivo { $value }; escriba { $levels } sin comillas, o elimine la línea
err-answers-level-range = { $name } tiene el nivel { $level }; los niveles van de { $range }
err-answers-level-scale = { $name } tiene el nivel { $level }; los niveles son los de la escala
err-answers-level-not-number = { $name } tiene el nivel { $value }; escriba { $levels } sin comillas, "n/a" (con un motivo) o "unknown"
err-answers-empty-version = una versión vacía
err-answers-version-other = el cuestionario { $questionnaire } está en la versión { $version }, pero este archivo se hizo para { $made_for }; las preguntas que responde existen todas todavía en la { $version }: compruebe que las respuestas siguen siendo adecuadas y luego escriba { $fix }
err-answers-version-stale = el cuestionario { $questionnaire } está en la versión { $version }, pero este archivo se hizo para { $made_for }; estas respuestas ya no corresponden: { $questions } (preguntas que no están en la { $version }); elimínelas o pase lo que dicen a las notas, y luego escriba { $fix }
err-answers-levels-range = { $low } a { $high }
err-answers-levels-from = un nivel de { $range }
err-answers-levels-above = un nivel de la escala por encima de { $level }
err-answers-levels-any = un nivel de la escala
err-answers-kind-text = un texto
err-answers-kind-integer = un número entero
err-answers-kind-float = un número decimal
err-answers-kind-boolean = verdadero o falso
err-answers-kind-datetime = una fecha o una hora
err-answers-kind-list = una lista
err-answers-kind-table = una tabla

## La lectura de un archivo de plan. Cada problema sigue al archivo, la línea y la columna (plan.toml:12:9: …).

err-plan-invalid = el plan no es válido
err-plan-more-problems = (y { $count ->
        [one] { $count } problema más
       *[other] { $count } problemas más
    })
# $fix vale «too-big» (demasiado grande para ser un plan), «missing» (no existe) o «none».
err-plan-read = no se puede leer el plan { $path }: { $reason }{ $fix ->
        [too-big] ; un plan es un archivo de texto corto (`icso-assess plan -o plan.toml` redacta uno): compruebe que indicó el plan y no otro archivo
        [missing] ; compruebe la ruta, o redacte un plan con `icso-assess plan --answers ARCHIVO -o plan.toml`
       *[none] {""}
    }
err-plan-encrypted = { $path }: el plan está cifrado (age), y los planes son archivos de texto que se guardan sin cifrar para poder editarlos; descífrelo primero (age -d -i CLAVE -o plan.toml { $file })
err-plan-toml = TOML no válido: { $error }; compruebe esta línea (el texto va entre comillas rectas, como en status = "done"; cada acción empieza por [[action]])
err-plan-not-text = { $what } debe ser un texto entre comillas rectas; por ejemplo { $example }
err-plan-date = { $what } { $date } { $why }; escriba la fecha como "2027-03-31", o "" si no hay fecha
err-plan-date-shape = no es una fecha escrita AAAA-MM-DD
err-plan-date-not-a-day = no es un día del calendario
err-plan-level = { $what } debe ser un nivel de { $least } a { $max }, sin comillas
err-plan-format = format debe valer { $version }; esta versión de icso-assess lee planes con el formato { $version }
err-plan-action-table = cada acción debe ser una tabla: empiécela con [[action]] en una línea propia
err-plan-actions-list = action debe ser una lista de tablas: empiece cada acción con [[action]] en una línea propia
err-plan-what-action = la acción { $n }
# $field: el nombre del campo en el archivo.
err-plan-what-field = { $field ->
        [recommendation] la recomendación
        [title] el título
        [phase] la fase
        [level] el nivel
        [target] el nivel objetivo
        [first_task] la primera tarea
        [owner] el responsable
        [due] la fecha límite
        [status] el estado
        [reason] el motivo
        [closed] la fecha de cierre
       *[other] el campo { $field }
    } de { $name }
err-plan-unknown-recommendation = { $name } cita la recomendación { $id }, que la guía no contiene; use un identificador de R01 a R48 (vea `icso-assess list`)
err-plan-choice = { $name } tiene { $field ->
        [phase] la fase
        [status] el estado
       *[other] el campo { $field }
    } { $value }; use uno de estos valores: { $choices }
err-plan-no-recommendation = { $name } no cita ninguna recomendación; añada recommendation = "R08" (la brecha que cierra)
err-plan-dropped-no-reason = { $name } está abandonada pero no da ningún motivo; añada reason = "…" diciendo por qué

## La línea de órdenes. $known enumera los idiomas disponibles (en, es, fr).

err-lang-unknown = la herramienta no tiene traducción para este idioma; elija uno de estos: { $known }
