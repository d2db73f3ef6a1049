# `import kobo|odk` (src/commands/import.rs): la lectura de una exportación de KoboToolbox u ODK en
# archivos de respuestas. $file es el nombre de la exportación tal como se muestra; $row y $column
# son números de la tabla (la primera fila lleva los nombres de las columnas); los valores del
# formulario (na, dk, low, medium, high y los identificadores de las opciones) son lo que guarda un
# envío, los mismos en todos los idiomas, y se quedan como están.

# Cómo llama la herramienta a la exportación y a los archivos importados en sus propios mensajes.
import-role-export = la exportación
import-role-imported = los archivos de respuestas importados
import-unreadable = no se puede leer la exportación { $file }: { $why }
import-csv-header = { $file }: no se puede leer la primera línea (los nombres de las columnas)
# $why es el mensaje del lector de CSV, en inglés.
import-csv-row = { $file }: fila { $row }: { $why }; exporte de nuevo los datos en CSV
# $header es el nombre de la columna; $what uno de los mensajes import-bad-*.
import-at-column = fila { $row }, columna { $column } ({ $header }): { $what }
# $value es lo que contiene la exportación; $choices los identificadores posibles, separados por comas.
import-bad-choice = «{ $value }» no es una de las opciones ({ $choices })
# $max es el nivel más alto.
import-bad-level = el nivel «{ $value }» no es uno de 0-{ $max }, na (no aplica), dk (no sabe)
import-bad-importance = la importancia «{ $value }» no es low, medium ni high
# $question es el identificador de una pregunta (R01).
import-no-reason = fila { $row }: { $question } no aplica, pero su motivo ({ $question }_reason) está vacío; el formulario pide uno, así que puede que la exportación se haya editado
# $why es lo que encontró la comprobación de las respuestas.
import-row = fila { $row }: { $why }
import-refused = error: { $file }: { $why }; este envío no se importa
# $first es la fila del primer envío con este identificador.
import-repeated = aviso: { $file }: la fila { $row } repite el envío de la fila { $first } (el mismo identificador); se deja fuera
# $questionnaire es el identificador de un cuestionario; $example el de una pregunta; ambos se quedan como se escriben.
import-no-question-column = { $file }: ninguna columna lleva el nombre de una pregunta del cuestionario { $questionnaire } (como { $example }); si las columnas llevan el texto de las preguntas, exporte de nuevo con «XML values and headers» (Kobo) o sin etiquetas (ODK Central), a partir del formulario creado con `icso-assess export xlsform --questionnaire { $questionnaire }`
import-no-questionnaire = los datos no contienen ningún cuestionario
import-column-left-out = aviso: { $file }: la columna «{ $header }» no es una pregunta del cuestionario { $questionnaire }; se deja fuera
import-passphrase = import cifra para destinatarios, no con una frase de contraseña (cada uno de miles de archivos tardaría un segundo); indique --encrypt-to DESTINATARIO o --recipients-file ARCHIVO
# $folder es el nombre de una carpeta.
import-cannot-create = no se puede crear la carpeta { $folder }
import-cannot-encrypt = no se puede cifrar { $file }
import-cannot-write-in = no se puede escribir en { $folder }
import-cannot-write = no se puede escribir { $file }
# La línea final. $written, $again y $refused son números de envíos; $platform es KoboToolbox u
# ODK; $folder la carpeta donde se escriben.
import-done = { $written ->
        [one] Se importó { $written } envío de { $platform }
       *[other] Se importaron { $written } envíos de { $platform }
    } en { $folder }{ $again ->
        [0] {""}
        [one] ; { $again } ya se había importado antes y se deja como estaba
       *[other] ; { $again } ya se habían importado antes y se dejan como estaban
    }{ $refused ->
        [0] {""}
        [one] ; { $refused } no se importó (véase más arriba)
       *[other] ; { $refused } no se importaron (véase más arriba)
    }.
# $sealed dice cómo están cifrados los archivos; ARCHIVO-CLAVE ocupa el lugar del nombre del archivo
# de clave, la orden se queda tal como se escribe.
import-next-sealed = Los archivos de respuestas están { $sealed }. Siguiente paso: icso-assess aggregate --identity ARCHIVO-CLAVE { $folder }
import-next = Siguiente paso: icso-assess aggregate { $folder }
