# Mots que plusieurs documents partagent (src/document/wording/mod.rs).

# Une fois dans chaque rapport et dans `show`. $guide est le titre du guide tel que publié.
guide-dated = Les recommandations viennent du guide « { $guide } », rédigé en 2019-2020 à la suite d’une réunion d’OSCI à Hong Kong en juin 2019 ; les faits qu’il rapporte datent de cette période.
