# Palabras que comparten varios documentos (src/document/wording/mod.rs).

# Una vez en cada informe y en `show`. $guide es el título de la guía tal como se publicó.
guide-dated = Las recomendaciones proceden de la guía «{ $guide }», redactada en 2019-2020 tras una reunión de OSCI en Hong Kong en junio de 2019; los datos que recoge corresponden a ese momento.
