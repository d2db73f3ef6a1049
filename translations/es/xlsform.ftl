# El formulario para KoboToolbox y ODK (src/answers/xlsform.rs, `export xlsform`): las palabras
# del formulario en torno al texto propio del cuestionario. Un solo formulario contiene todos los
# idiomas de la herramienta, con las etiquetas de cada uno escritas con sus mensajes.

# El título del formulario en sus propiedades; $title es el título del cuestionario.
form-doc-title = Formulario de icso-assess: { $title }
form-organisation = El nombre de su organización
form-respondent = Quién responde: una persona, un equipo o una oficina
# El encabezado del grupo de preguntas de perfil.
form-profile-group = Sobre su organización
# El encabezado de un grupo de preguntas cuya área no se conoce.
form-other-questions = Otras preguntas
# Se pregunta cuando la respuesta a una pregunta es «no aplica».
form-reason = ¿Por qué no se aplica a su organización?
form-importance = ¿Qué importancia tiene para su organización? (opcional)
form-note = Una nota (opcional)
# Un nivel entre las opciones de una pregunta: $level es su número, $name su nombre
# («Establecido»), $description lo que significa para esta pregunta.
form-level-choice = { $level } – { $name }: { $description }
form-not-applicable = No aplica a nuestra organización
form-dont-know = No sabe
# Las opciones de la importancia de una pregunta.
form-importance-low = Baja
form-importance-medium = Media
form-importance-high = Alta
