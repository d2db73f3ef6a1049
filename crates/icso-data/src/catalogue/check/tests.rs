//! One broken case per rule: each changes one thing in a small good fixture and asserts that
//! the rule, run alone, emits its code, and that the whole check reports the same findings. A
//! last test fails when a registered rule or a code of `CHECKS` is produced by no case.

use super::{RULES, Rule, check, parse_all, parse_language, run, with_input};
use crate::catalogue::source::{self, DataFile, DataFiles, DataSource};
use crate::diagnostics::{CHECKS, Code, Finding};
use crate::overlay::LanguageFiles;
use std::collections::BTreeSet;

const GUIDE: &str = r#"parts:
  - id: "01"
    title: Own capacity
    summary: What one organisation does alone.
  - id: "03"
    title: Pointers
    summary: Trends and what follows from them.
areas:
  - id: strategy
    part: "01"
    title: Strategy
    summary: Deciding where to stand.
  - id: tech
    part: "03"
    title: Technology
    summary: Technology trends.
    subtheme: "3.1"
subthemes:
  - id: "3.1"
    title: Technology leadership
    trend_analysis: Technology moves fast.
tags:
  - id: strategy
    title: Strategy
  - id: technology
    title: Technology
audiences:
  - id: advocacy
    title: Advocacy organisations
key_recommendations:
  - id: K1
    title: Have a strategy
    gist: Decide on purpose.
    recommendations: [R01]
resources:
  - id: a
    title: Trackers
    summary: Lists of projects.
    areas: [strategy]
recommendations:
  - id: R01
    number: 1
    title: Map what you already do
    summary: Find out what your offices do.
    part: "01"
    area: strategy
    subpoints:
      - id: "1.1"
        title: Offices
        summary: Ask every office.
    tags: [strategy]
    audience: [advocacy]
    first_step: Send a short survey to every office.
  - id: R02
    number: 2
    title: Watch technology
    summary: Follow technology exports.
    part: "03"
    area: tech
    tags: [technology]
    first_step: Name one person to follow technology news.
"#;

/// The questionnaire fixture is `HEAD` then `QUESTIONS`.
const HEAD: &str = r#"id: full
title: Full
version: "1.0"
description: Every recommendation.
coverage: complete
scale:
  - { level: 0, name: Not started, description: Nothing yet. }
  - { level: 1, name: Ad hoc, description: Some efforts. }
  - { level: 2, name: Established, description: In place. }
scoring:
  default_target: 2
  importance_weights: { low: 1, medium: 2, high: 3 }
  key_weight: 1.25
  bands: { high: 0.5, medium: 0.25 }
profile:
  - id: orientation
    question: Advocacy or service delivery?
    options:
      - { id: advocacy, label: Advocacy }
      - { id: service-delivery, label: Service delivery }
rules:
  - when: { question: orientation, is: [advocacy] }
    importance: high
    recommendations: [R02]
    basis: The guide says so.
"#;

const QUESTIONS: &str = r#"questions:
  - id: R01
    recommendation: R01
    text: Do you know what your offices do?
    levels:
      0: No idea.
      1: Some offices known.
      2: A full map exists.
  - id: R02
    recommendation: R02
    text: Do you follow technology exports?
    levels:
      0: Not at all.
      1: Some monitoring.
      2: Regular monitoring.
"#;

/// The French overlays of the fixture, complete and current (the hashes are what
/// `tools/translation_skeleton.py` writes for the fixture).
const FR_GUIDE: &str = r#"# fr overlay of recommendations/guide.yaml
parts:
- id: '01'
  source: 3424b365
  summary: Ce qu'une organisation fait seule.
  title: Capacités propres
- id: '03'
  source: f233be3a
  summary: Les tendances et ce qui en découle.
  title: Orientations
areas:
- id: strategy
  source: 771b998c
  summary: Décider de sa position.
  title: Stratégie
- id: tech
  source: f25b4ec9
  summary: Les tendances technologiques.
  title: Technologie
subthemes:
- id: '3.1'
  source: 8f0871ab
  title: Primauté technologique
  trend_analysis: La technologie évolue vite.
tags:
- id: strategy
  source: 9e684fbb
  title: Stratégie
- id: technology
  source: 62271ba1
  title: Technologie
audiences:
- id: advocacy
  source: 185680af
  title: Organisations de plaidoyer
key_recommendations:
- id: K1
  source: e3828f19
  gist: Décider de son objectif.
  title: Avoir une stratégie
resources:
- id: a
  source: '88444512'
  summary: Des listes de projets.
  title: Outils de suivi
recommendations:
- id: R01
  source: feb14eb8
  first_step: Envoyer un court questionnaire à chaque bureau.
  summary: Découvrir ce que font vos bureaux.
  title: Recenser ce que vous faites déjà
  subpoints:
  - id: '1.1'
    source: b160ecda
    summary: Interroger chaque bureau.
    title: Bureaux
- id: R02
  source: e3002a7e
  first_step: Charger une personne de suivre l'actualité technologique.
  summary: Suivre les exportations de technologie.
  title: Suivre la technologie
"#;

const FR_QUESTIONNAIRE: &str = r#"# fr overlay of questionnaires/full.yaml
source: f3f953a9
description: Chaque recommandation.
title: Complet
scale:
- level: 0
  source: 09fa1311
  description: Rien encore.
  name: Pas commencé
- level: 1
  source: df90f144
  description: Quelques efforts.
  name: Ponctuel
- level: 2
  source: f5221354
  description: En place.
  name: Établi
profile:
- id: orientation
  source: e1f5a04d
  question: Plaidoyer ou prestation de services ?
  options:
  - id: advocacy
    source: 3a5912c5
    label: Plaidoyer
  - id: service-delivery
    source: 16c1c13c
    label: Prestation de services
rules:
- n: 1
  source: f7831ce2
  basis: Le guide le dit.
questions:
- id: R01
  source: 5a0fd609
  text: Savez-vous ce que font vos bureaux ?
  levels:
    '0': Aucune idée.
    '1': Quelques bureaux connus.
    '2': Une carte complète existe.
- id: R02
  source: 7fd26dce
  text: Suivez-vous les exportations de technologie ?
  levels:
    '0': Pas du tout.
    '1': Un certain suivi.
    '2': Un suivi régulier.
"#;

/// Which files a case starts from; its edits apply to the guide, the questionnaire or one of
/// their French overlays.
#[derive(Debug, Clone, Copy)]
enum Fixture {
    Guide,
    Questionnaire,
    FrGuide,
    FrQuestionnaire,
    /// The questionnaire twice, in two files.
    TwoQuestionnaires,
    /// No questionnaire file at all.
    NoQuestionnaire,
}

/// A broken input: the good fixture with `edits` (old text, new text) made in one file, the
/// registered rule (code and function) that must catch it, and part of what it must say.
struct Case {
    name: &'static str,
    code: Code,
    rule: &'static str,
    fixture: Fixture,
    says: &'static str,
    edits: &'static [(&'static str, &'static str)],
}

impl Case {
    fn files(&self) -> DataFiles {
        edited(self.fixture, self.edits)
    }
}

fn questionnaire() -> String {
    format!("{HEAD}{QUESTIONS}")
}

/// The fixture with each `(old, new)` edit made once.
fn edited(fixture: Fixture, edits: &[(&str, &str)]) -> DataFiles {
    let (mut guide, mut questionnaire) = (GUIDE.to_string(), questionnaire());
    let (mut fr_guide, mut fr_questionnaire) = (FR_GUIDE.to_string(), FR_QUESTIONNAIRE.to_string());
    let text = match fixture {
        Fixture::Guide => &mut guide,
        Fixture::FrGuide => &mut fr_guide,
        Fixture::FrQuestionnaire => &mut fr_questionnaire,
        _ => &mut questionnaire,
    };
    for (old, new) in edits {
        assert!(text.contains(old), "{old:?} is not in the fixture");
        *text = text.replacen(old, new, 1);
    }
    let questionnaires = match fixture {
        Fixture::NoQuestionnaire => vec![],
        Fixture::TwoQuestionnaires => vec![
            DataFile::new("questionnaires/full.yaml", &questionnaire),
            DataFile::new("questionnaires/again.yaml", &questionnaire),
        ],
        _ => vec![DataFile::new("questionnaires/full.yaml", &questionnaire)],
    };
    DataFiles {
        recommendations: vec![DataFile::new("recommendations/guide.yaml", &guide)],
        questionnaires,
        translations: vec![LanguageFiles {
            lang: "fr".to_string(),
            dir: "translations/fr".to_string(),
            recommendations: vec![DataFile::new(
                "translations/fr/recommendations/guide.yaml",
                &fr_guide,
            )],
            questionnaires: vec![DataFile::new(
                "translations/fr/questionnaires/full.yaml",
                &fr_questionnaire,
            )],
        }],
        problems: Vec::new(),
    }
}

fn good() -> DataFiles {
    edited(Fixture::Guide, &[])
}

/// The findings of one rule run alone.
fn findings_of(rule: &Rule, files: &DataFiles) -> Vec<Finding> {
    let mut loading = Vec::new();
    let mut parsed = parse_all(&files.recommendations, &files.questionnaires, &mut loading);
    parsed.languages = (files.translations.iter())
        .map(|l| parse_language(l, &mut loading))
        .collect();
    assert_eq!(loading, Vec::new(), "the fixture parses");
    let mut found = Vec::new();
    with_input(&parsed, files.questionnaires.len(), |input| {
        run(rule, input, &mut found)
    });
    found
}

/// The registered rule of a case.
fn rule(case: &Case) -> &'static Rule {
    RULES
        .iter()
        .find(|r| r.code == case.code && r.name == case.rule)
        .unwrap_or_else(|| panic!("{}: no rule {} for {}", case.name, case.rule, case.code))
}

/// The rule of the case, run alone, says what the case expects, all of it with its code, and
/// the whole check reports each of those findings.
fn assert_caught(case: &Case) {
    let alone = findings_of(rule(case), &case.files());
    assert!(
        alone.iter().any(|f| f.message.contains(case.says)),
        "{}: nothing says {:?} in {alone:#?}",
        case.name,
        case.says
    );
    let all = check(case.files()).findings;
    for finding in &alone {
        assert_eq!(finding.code, case.code, "{}", case.name);
        assert!(
            all.contains(finding),
            "{}: check lost {finding:?}",
            case.name
        );
    }
}

macro_rules! broken {
    ($($case:ident: $code:ident / $rule:ident, $fixture:ident, $says:literal,
        [$($edit:expr),* $(,)?];)*) => {
        const CASES: &[Case] = &[$(Case {
            name: stringify!($case),
            code: Code::$code,
            rule: stringify!($rule),
            fixture: Fixture::$fixture,
            says: $says,
            edits: &[$($edit),*],
        },)*];

        mod each_rule {
            $(#[test]
            fn $case() {
                let case = super::CASES.iter().find(|c| c.name == stringify!($case));
                super::assert_caught(case.unwrap());
            })*
        }
    };
}

/// The longer edits of the cases.
const LONG_TITLE: &str =
    "title: Watch technology and watch it closely and keep watching it for many many many years";
const TAG_AGAIN: &str =
    "  - id: technology\n    title: Technology\n  - id: strategy\n    title: Again\n";
const KEY_SECTION: &str = "key_recommendations:\n  - id: K1\n    title: Have a strategy\n    gist: Decide on purpose.\n    recommendations: [R01]\n";
const UPPER_LEVELS: &str = "  - { level: 1, name: Ad hoc, description: Some efforts. }\n  - { level: 2, name: Established, description: In place. }\n";
const ON_R02_ONLY: (&str, &str) = ("recommendation: R01", "recommendation: R02");
const SPARE_SUBTHEME: &str =
    "subthemes:\n  - id: \"3.2\"\n    title: Spare\n    trend_analysis: None.\n";

broken! {
    an_escape_sequence_in_a_title: ForbiddenCharacter / forbidden_characters, Guide,
        "title of R02 contains U+001B (escape)",
        [("title: Watch technology", "title: \"Watch \\e[31mtechnology\"")];
    a_bidirectional_override_in_a_label: ForbiddenCharacter / forbidden_characters, Questionnaire,
        "label of option advocacy",
        [("label: Advocacy", "label: \"Advo\\u202Ecacy\"")];
    an_empty_title: EmptyText / empty_texts, Guide,
        "title of R02 is empty",
        [("title: Watch technology", "title: \"\"")];
    a_blank_question: EmptyText / empty_texts, Questionnaire,
        "text of question R01 is empty",
        [("text: Do you know what your offices do?", "text: \"   \"")];
    a_long_title: TextTooLong / long_texts, Guide,
        "title of R02 is 83 characters long",
        [("title: Watch technology", LONG_TITLE)];
    a_path_for_an_area_id: IdFormat / id_shapes, Guide,
        "area id \"../tech\" is not lower-case words",
        [("  - id: tech\n", "  - id: ../tech\n")];
    a_question_id_with_a_space: IdFormat / id_shapes, Questionnaire,
        "question id \"R 01\"",
        [("  - id: R01\n", "  - id: R 01\n")];
    a_glossary_term_not_in_capitals: IdFormat / id_shapes, Guide,
        "glossary id \"Bri\" is not capital letters",
        [("audiences:\n", "glossary:\n  - term: Bri\n    meaning: Belt and Road Initiative\naudiences:\n")];
    a_glossary_term_twice: DuplicateId / catalogue_ids_once, Guide,
        "glossary term \"BRI\" is defined twice",
        [("audiences:\n", "glossary:\n  - term: BRI\n    meaning: one\n  - term: BRI\n    meaning: two\naudiences:\n")];
    a_version_in_words: IdFormat / id_shapes, Questionnaire,
        "version \"one\" is not a version number",
        [("version: \"1.0\"", "version: one")];
    a_tag_defined_twice: DuplicateId / catalogue_ids_once, Guide,
        "tag \"strategy\" is defined twice",
        [("  - id: technology\n    title: Technology\n", TAG_AGAIN)];
    two_questionnaires_with_one_id: DuplicateId / questionnaire_ids_once, TwoQuestionnaires,
        "questionnaire id \"full\" is also used by",
        [];
    a_question_defined_twice: DuplicateId / questionnaire_ids_once, Questionnaire,
        "question \"R01\" is defined twice",
        [("  - id: R02\n", "  - id: R01\n")];
    an_option_listed_twice: DuplicateId / questionnaire_ids_once, Questionnaire,
        "option \"advocacy\" appears twice",
        [("{ id: service-delivery,", "{ id: advocacy,")];
    a_number_that_is_not_the_id: NumberingGap / recommendation_ids_match_numbers, Guide,
        "its id should be R03",
        [("  - id: R02\n    number: 2", "  - id: R02\n    number: 3")];
    a_gap_in_the_numbers: NumberingGap / recommendation_numbers_without_gaps, Guide,
        "number 2 is missing",
        [("  - id: R02\n    number: 2", "  - id: R03\n    number: 3")];
    a_number_zero: NumberingGap / recommendation_numbers_without_gaps, Guide,
        "numbering starts at 1",
        [("  - id: R01\n    number: 1", "  - id: R00\n    number: 0")];
    a_gap_in_the_keys: NumberingGap / key_numbers_without_gaps, Guide,
        "K2 follows K0",
        [("  - id: K1\n", "  - id: K2\n")];
    a_gap_in_the_letters: NumberingGap / resource_letters_without_gaps, Guide,
        "resource b follows nothing",
        [("  - id: a\n", "  - id: b\n")];
    a_subpoint_out_of_order: NumberingGap / subpoint_numbers, Guide,
        "should be numbered 1.1",
        [("- id: \"1.1\"", "- id: \"1.2\"")];
    a_scale_level_out_of_order: NumberingGap / scale_numbering, Questionnaire,
        "scale level 3 is in position 3",
        [("{ level: 2,", "{ level: 3,")];
    no_questionnaire: MissingSection / sections_present, NoQuestionnaire,
        "there is no questionnaire",
        [];
    no_key_recommendations: MissingSection / sections_present, Guide,
        "defines any key_recommendations",
        [(KEY_SECTION, "")];
    a_key_recommendation_without_links: EmptyList / catalogue_lists_not_empty, Guide,
        "K1 links to no recommendations",
        [("recommendations: [R01]", "recommendations: []")];
    a_resource_without_areas: EmptyList / catalogue_lists_not_empty, Guide,
        "resource a serves no area",
        [("areas: [strategy]", "areas: []")];
    a_scale_of_one_level: EmptyList / questionnaire_lists_not_empty, Questionnaire,
        "the scale needs at least two levels",
        [(UPPER_LEVELS, "")];
    a_profile_question_with_one_option: EmptyList / questionnaire_lists_not_empty, Questionnaire,
        "needs at least two options",
        [("      - { id: service-delivery, label: Service delivery }\n", "")];
    a_rule_without_options: EmptyList / questionnaire_lists_not_empty, Questionnaire,
        "rule lists no options",
        [("is: [advocacy]", "is: []")];
    a_rule_without_recommendations: EmptyList / questionnaire_lists_not_empty, Questionnaire,
        "rule names no recommendations",
        [("recommendations: [R02]", "recommendations: []")];
    no_questions: EmptyList / questionnaire_lists_not_empty, Questionnaire,
        "questionnaire full has no questions",
        [(QUESTIONS, "questions: []\n")];
    an_area_in_no_part: DanglingPart / references_exist, Guide,
        "area tech names part \"04\"",
        [("    part: \"03\"\n    title: Technology", "    part: \"04\"\n    title: Technology")];
    a_recommendation_in_no_part: DanglingPart / references_exist, Guide,
        "recommendation R02 names part \"04\"",
        [("    part: \"03\"\n    area: tech", "    part: \"04\"\n    area: tech")];
    a_resource_for_no_area: DanglingArea / references_exist, Guide,
        "resource a names area \"strategi\"",
        [("areas: [strategy]", "areas: [strategi]")];
    a_recommendation_in_no_area: DanglingArea / references_exist, Guide,
        "recommendation R02 names area \"techn\"",
        [("    area: tech\n", "    area: techn\n")];
    an_area_in_no_subtheme: DanglingSubtheme / references_exist, Guide,
        "names sub-theme \"3.2\"",
        [("    subtheme: \"3.1\"", "    subtheme: \"3.2\"")];
    a_key_link_to_nothing: DanglingRecommendation / references_exist, Guide,
        "K1 links to R09",
        [("recommendations: [R01]", "recommendations: [R09]")];
    a_resource_link_to_nothing: DanglingRecommendation / references_exist, Guide,
        "resource a names R09",
        [("    areas: [strategy]\n", "    areas: [strategy]\n    recommendations: [R09]\n")];
    a_rule_on_nothing: DanglingRecommendation / questionnaire_links_exist, Questionnaire,
        "rule names recommendation R09",
        [("recommendations: [R02]", "recommendations: [R09]")];
    a_question_on_nothing: DanglingRecommendation / questionnaire_links_exist, Questionnaire,
        "asks about recommendation R09",
        [("recommendation: R02", "recommendation: R09")];
    an_undeclared_tag: DanglingTag / references_exist, Guide,
        "has tag \"tech\"",
        [("tags: [technology]", "tags: [tech]")];
    an_undeclared_audience: DanglingAudience / references_exist, Guide,
        "names audience \"advocates\"",
        [("audience: [advocacy]", "audience: [advocates]")];
    a_part_03_area_without_subtheme: PartMismatch / parts_agree, Guide,
        "names no sub-theme",
        [("    subtheme: \"3.1\"\n", "")];
    a_subtheme_outside_part_03: PartMismatch / parts_agree, Guide,
        "but has a sub-theme",
        [("    part: \"03\"\n    title: Technology", "    part: \"01\"\n    title: Technology")];
    a_recommendation_in_another_part: PartMismatch / parts_agree, Guide,
        "its area tech is in part 03",
        [("    part: \"03\"\n    area: tech", "    part: \"01\"\n    area: tech")];
    an_unknown_coverage: InvalidValue / values_allowed, Questionnaire,
        "coverage \"partial\"",
        [("coverage: complete", "coverage: partial")];
    an_unknown_importance: InvalidValue / values_allowed, Questionnaire,
        "importance \"huge\"",
        [("importance: high", "importance: huge")];
    a_level_not_described: LevelDescriptions / levels_described, Questionnaire,
        "question R02 lacks level 1",
        [("      1: Some monitoring.\n", "")];
    a_level_the_scale_lacks: LevelDescriptions / levels_described, Questionnaire,
        "describes level 5 which",
        [("      2: Regular monitoring.\n", "      2: Regular monitoring.\n      5: Beyond.\n")];
    a_recommendation_asked_twice: RepeatedRecommendation / recommendations_asked_once, Questionnaire,
        "questions R01 and R02 both ask about R01",
        [("recommendation: R02", "recommendation: R01")];
    a_complete_questionnaire_with_a_gap: IncompleteCoverage / coverage_complete, Questionnaire,
        "has no question on R02",
        [("recommendation: R02", "recommendation: R01")];
    an_overview_without_a_key: IncompleteCoverage / coverage_complete, Questionnaire,
        "covers no recommendation linked to K1",
        [("coverage: complete", "coverage: overview"), ON_R02_ONLY];
    an_overview_without_an_area: IncompleteCoverage / coverage_complete, Questionnaire,
        "has no question in area strategy",
        [("coverage: complete", "coverage: overview"), ON_R02_ONLY];
    a_key_weight_of_nine: ScoringRange / scoring_in_range, Questionnaire,
        "key weight 9 must be between 1 and 5",
        [("key_weight: 1.25", "key_weight: 9")];
    bands_the_wrong_way_round: ScoringRange / scoring_in_range, Questionnaire,
        "bands high 0.25 and medium 0.5",
        [("{ high: 0.5, medium: 0.25 }", "{ high: 0.25, medium: 0.5 }")];
    a_default_target_off_the_scale: ScoringRange / scoring_in_range, Questionnaire,
        "default target 7",
        [("default_target: 2", "default_target: 7")];
    falling_weights: ScoringRange / scoring_in_range, Questionnaire,
        "importance weights must rise",
        [("low: 1, medium: 2", "low: 3, medium: 2")];
    a_weight_of_zero: ScoringRange / scoring_in_range, Questionnaire,
        "importance weight low is 0",
        [("low: 1,", "low: 0,")];
    a_rule_on_an_unknown_profile_question: DanglingProfile / rule_profiles_exist, Questionnaire,
        "profile question \"orientaton\"",
        [("question: orientation", "question: orientaton")];
    a_rule_on_an_unknown_option: DanglingProfile / rule_profiles_exist, Questionnaire,
        "option \"advocates\" which profile question orientation",
        [("is: [advocacy]", "is: [advocates]")];
    an_unused_tag: UnusedDefinition / definitions_used, Guide,
        "tag \"unused\" is declared",
        [("audiences:\n", "  - id: unused\n    title: Unused\naudiences:\n")];
    an_unused_subtheme: UnusedDefinition / definitions_used, Guide,
        "sub-theme \"3.2\" belongs to no area",
        [("subthemes:\n", SPARE_SUBTHEME)];
    a_misspelt_field_in_a_translation: Schema / translated_fields_known, FrGuide,
        "unknown field \"titel\" in recommendation R02; an overlay entry of this kind takes: id, source",
        [("  title: Suivre la technologie", "  titel: Suivre la technologie")];
    a_bidirectional_override_in_a_translation: ForbiddenCharacter / translated_forbidden_characters, FrGuide,
        "translated `title` of recommendation R02 contains U+202E",
        [("title: Suivre la technologie", "title: \"Suivre \\u202Ela technologie\"")];
    a_line_break_in_a_translated_label: ForbiddenCharacter / translated_forbidden_characters, FrQuestionnaire,
        "translated `label` of option advocacy of profile question orientation of questionnaire full contains a line break",
        [("label: Plaidoyer", "label: \"Plai\\ndoyer\"")];
    an_empty_translation: EmptyText / translated_empty_texts, FrQuestionnaire,
        "translated description of level 1 of question R02 of questionnaire full is empty",
        [("'1': Un certain suivi.", "'1': ' '")];
    a_long_translation: TextTooLong / translated_long_texts, FrGuide,
        "translated `title` of recommendation R02 is 87 characters long, over the limit of 80",
        [("title: Suivre la technologie", FR_LONG_TITLE)];
    a_translated_term_in_small_letters: IdFormat / translated_terms, FrGuide,
        "translated `term` of glossary term BRI \"Bri\" is not capital letters",
        [("audiences:\n", "glossary:\n- id: BRI\n  term: Bri\n  meaning: Ceinture et Route\naudiences:\n")];
    an_entry_translated_twice: DuplicateId / translated_once, FrGuide,
        "tag strategy is translated twice (also in translations/fr/recommendations/guide.yaml)",
        [("audiences:\n", "- id: strategy\n  title: Encore\naudiences:\n")];
    an_entry_not_translated: MissingTranslation / translations_complete, FrGuide,
        "recommendation R02 has no fr translation",
        [(FR_R02, "")];
    a_field_not_translated: MissingTranslation / translations_complete, FrGuide,
        "the fr translation of recommendation R02 lacks `first_step`",
        [("  first_step: Charger une personne de suivre l'actualité technologique.\n", "")];
    a_questionnaire_not_translated: MissingTranslation / translations_complete, FrQuestionnaire,
        "questionnaires/full.yaml is not translated into fr",
        [(FR_QUESTIONNAIRE, "# not begun\n")];
    a_translation_of_older_english: StaleTranslation / translations_current, Guide,
        "the translation of recommendation R02 was made from other English (its source is \"e3002a7e\"",
        [("title: Watch technology", "title: Follow technology")];
    a_translation_marked_stale: StaleTranslation / translations_current, FrGuide,
        "the translation of tag technology is marked `stale: true`",
        [("  source: 62271ba1\n", "  source: 62271ba1\n  stale: true\n")];
    a_translation_without_source: StaleTranslation / translations_current, FrQuestionnaire,
        "the translation of rule 1 of questionnaire full has no `source`",
        [("  source: f7831ce2\n", "")];
    a_translation_of_nothing: UnknownTranslation / translations_known, FrGuide,
        "the overlay translates recommendation R09, which the English data does not have",
        [("- id: R02\n", "- id: R09\n")];
    a_translation_of_a_level_the_scale_lacks: UnknownTranslation / translations_known, FrQuestionnaire,
        "question R02 of questionnaire full has no level \"5\" to translate",
        [("    '2': Un suivi régulier.\n", "    '2': Un suivi régulier.\n    '5': Au-delà.\n")];
    a_weight_in_a_translation: StructureInTranslation / translations_without_structure, FrQuestionnaire,
        "field `weight` in scale level 1 of questionnaire full is structure",
        [("  name: Ponctuel\n", "  name: Ponctuel\n  weight: 2\n")];
    a_rule_condition_in_a_translation: StructureInTranslation / translations_without_structure, FrQuestionnaire,
        "field `when` in rule 1 of questionnaire full is structure",
        [("- n: 1\n", "- n: 1\n  when: { question: orientation, is: [advocacy] }\n")];
    a_renamed_id_in_a_translation: StructureInTranslation / translations_without_structure, FrGuide,
        "recommendation without a key has no `id`",
        [("- id: R02\n", "- ident: R02\n")];
    a_level_for_an_id: StructureInTranslation / translations_without_structure, FrGuide,
        "key `level` does not find a tag: an overlay finds it by `id`",
        [("- id: technology\n", "- level: technology\n")];
}

/// The longer edits of the translation cases.
const FR_LONG_TITLE: &str = "title: Suivre la technologie et la suivre de près, et continuer à la suivre pendant des années";
const FR_R02: &str = "- id: R02\n  source: e3002a7e\n  first_step: Charger une personne de suivre l'actualité technologique.\n  summary: Suivre les exportations de technologie.\n  title: Suivre la technologie\n";

#[test]
fn the_good_fixture_passes_every_rule_and_the_check() {
    for rule in RULES {
        assert_eq!(findings_of(rule, &good()), Vec::new(), "{}", rule.name);
    }
    let checked = check(good());
    assert_eq!(checked.findings, Vec::new());
    let catalogue = checked.catalogue.expect("a catalogue");
    assert_eq!(catalogue.recommendations.len(), 2);
    assert_eq!(checked.questionnaires.len(), 1);
}

/// A case that reads or parses broken files, with the whole check's findings.
type Loading = fn() -> Vec<Finding>;

/// The codes found while reading and parsing, before any rule runs, with a case for each.
const LOADING: &[(Code, Loading)] = &[
    (Code::UnreadableFile, unreadable_file),
    (Code::YamlSyntax, || {
        loaded(Fixture::Questionnaire, "    text: Do you", "\ttext: Do you")
    }),
    (Code::YamlLimits, || {
        let bomb = format!("tags: [&a strategy{}]", ", *a".repeat(24));
        loaded(Fixture::Guide, "tags: [strategy]", &bomb)
    }),
    (Code::Schema, || {
        loaded(
            Fixture::Guide,
            "    tags: [strategy]\n",
            "    tags: [strategy]\n    colour: red\n",
        )
    }),
    (Code::Schema, || {
        let mut files = good();
        files.questionnaires[0].text = "# nothing yet\n---\n".to_string();
        check(files).findings
    }),
];

/// The codes of the answers file, emitted by the binary's answers loader (`src/answers/`) and
/// tested there: this crate only registers them.
const ANSWERS: &[Code] = &[
    Code::AnswersSyntax,
    Code::AnswersSchema,
    Code::UnknownQuestionnaire,
    Code::QuestionnaireVersion,
    Code::UnknownQuestion,
    Code::LevelOutOfRange,
    Code::MissingReason,
    Code::MissingJustification,
    Code::InvalidImportance,
    Code::UnknownProfile,
    Code::InvalidDate,
];

/// The whole check's findings for one edit (the edit need not parse).
fn loaded(fixture: Fixture, old: &str, new: &str) -> Vec<Finding> {
    check(edited(fixture, &[(old, new)])).findings
}

/// A data folder with a file that is not UTF-8, read and checked.
fn unreadable_file() -> Vec<Finding> {
    let dir = std::env::temp_dir().join(format!("icso-data-unreadable-{}", std::process::id()));
    let questionnaire = questionnaire();
    for (path, text) in [
        ("recommendations/guide.yaml", GUIDE.as_bytes()),
        ("recommendations/bad.yaml", b"title: \xff\xfe\n".as_slice()),
        ("questionnaires/full.yaml", questionnaire.as_bytes()),
    ] {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let files = source::read(&DataSource::Dir(dir.clone()));
    std::fs::remove_dir_all(&dir).unwrap();
    check(files.unwrap()).findings
}

#[test]
fn each_loading_case_is_found() {
    for (code, findings) in LOADING {
        let found = findings();
        assert!(found.iter().any(|f| f.code == *code), "{code}: {found:#?}");
    }
}

/// Honest coverage: every case is run, and what they find is compared with the registry, so a
/// rule or a code that no case makes fire fails here, whatever the other tests say.
#[test]
fn every_rule_and_every_code_has_a_case_that_fires() {
    let mut fired_rules = BTreeSet::new();
    let mut fired_codes = BTreeSet::new();
    for case in CASES {
        let rule = rule(case);
        if !findings_of(rule, &case.files()).is_empty() {
            fired_rules.insert((rule.code.as_str(), rule.name));
            fired_codes.insert(rule.code.as_str());
        }
    }
    for (code, findings) in LOADING {
        if findings().iter().any(|f| f.code == *code) {
            fired_codes.insert(code.as_str());
        }
    }
    for rule in RULES {
        let key = (rule.code.as_str(), rule.name);
        assert!(fired_rules.contains(&key), "no case makes {key:?} fire");
    }
    for check in CHECKS {
        let answers = ANSWERS.iter().any(|c| *c == check.code);
        assert!(
            answers != fired_codes.contains(check.code),
            "{}: {}",
            check.code,
            if answers {
                "an answers code emitted by the data checks"
            } else {
                "no unit test produces it"
            }
        );
    }
}

/// The registry lists its rules in the order of the codes (the order of `docs/validation.md`),
/// each function once for each of its codes.
#[test]
fn rules_follow_the_order_of_the_codes() {
    let position = |code: Code| Code::ALL.iter().position(|c| *c == code).unwrap();
    for pair in RULES.windows(2) {
        assert!(
            position(pair[0].code) <= position(pair[1].code),
            "{} before {}",
            pair[0].name,
            pair[1].name
        );
    }
    let entries: BTreeSet<(&str, &str)> = RULES.iter().map(|r| (r.code.as_str(), r.name)).collect();
    assert_eq!(entries.len(), RULES.len());
}

/// The fixture's data in English, without translations, as commands load it.
fn english_data() -> crate::catalogue::Data {
    let mut files = good();
    files.translations.clear();
    let checked = check(files);
    crate::catalogue::Data {
        catalogue: checked.catalogue.expect("the fixture is valid"),
        questionnaires: checked.questionnaires,
    }
}

fn fr_files(guide: &str, questionnaire: &str) -> LanguageFiles {
    edited(Fixture::Guide, &[]).translations[0]
        .clone()
        .with(guide, questionnaire)
}

impl LanguageFiles {
    fn with(mut self, guide: &str, questionnaire: &str) -> Self {
        self.recommendations[0].text = guide.to_string();
        self.questionnaires[0].text = questionnaire.to_string();
        self
    }
}

#[test]
fn a_translation_replaces_text_and_keeps_structure() {
    let english = english_data();
    let before = serde_json::to_value(&english.catalogue).unwrap();
    let fr = crate::overlay::translate(english, &fr_files(FR_GUIDE, FR_QUESTIONNAIRE)).unwrap();
    let r02 = fr.catalogue.recommendation("R02").unwrap();
    assert_eq!(r02.title, "Suivre la technologie");
    assert_eq!(
        r02.first_step,
        "Charger une personne de suivre l'actualité technologique."
    );
    // Structure is the English's.
    assert_eq!((r02.number, r02.area.as_str()), (2, "tech"));
    assert_eq!(r02.tags, ["technology"]);
    let after = serde_json::to_value(&fr.catalogue).unwrap();
    assert_eq!(
        before["recommendations"][0]["key"],
        after["recommendations"][0]["key"]
    );
    assert_eq!(before["fingerprint"], after["fingerprint"]);
    // An area without a name of its own is called by its translated title.
    let tech = fr.catalogue.area("tech").unwrap();
    assert_eq!(
        (tech.title.as_str(), tech.name.as_str()),
        ("Technologie", "Technologie")
    );
    let q = &fr.questionnaires[0];
    assert_eq!(q.title, "Complet");
    assert_eq!(q.level_name(2), "Établi");
    assert_eq!(q.questions[1].levels[2], "Un suivi régulier.");
    assert_eq!(q.profile[0].options[0].label, "Plaidoyer");
    assert_eq!(q.rules[0].basis, "Le guide le dit.");
    assert_eq!(q.rules[0].recommendations, ["R02"]);
    assert_eq!(q.scoring.default_target, 2);
}

#[test]
fn a_stale_or_partial_translation_is_applied_and_the_english_fills_the_gaps() {
    let guide = FR_GUIDE
        .replacen("  source: e3002a7e\n", "  source: 00000000\n", 1)
        .replacen("  title: Suivre la technologie\n", "", 1);
    let fr = crate::overlay::translate(english_data(), &fr_files(&guide, FR_QUESTIONNAIRE));
    let r02 = fr.unwrap().catalogue.recommendation("R02").unwrap().clone();
    assert_eq!(
        r02.title, "Watch technology",
        "the English where there is no translation"
    );
    assert_eq!(
        r02.summary, "Suivre les exportations de technologie.",
        "stale, still applied"
    );
}

#[test]
fn a_translation_with_errors_is_refused_with_its_findings() {
    let guide = FR_GUIDE.replacen("- id: R02\n", "- id: R09\n", 1);
    let questionnaire = FR_QUESTIONNAIRE.replacen("- level: 1\n", "- level: 1\n  weight: 2\n", 1);
    let findings =
        crate::overlay::translate(english_data(), &fr_files(&guide, &questionnaire)).unwrap_err();
    let codes: Vec<Code> = findings.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [Code::StructureInTranslation, Code::UnknownTranslation],
        "{findings:#?}"
    );
    assert!(findings.iter().all(Finding::is_error));
    let broken = FR_GUIDE.replacen("- id: R02\n", "\t- id: R02\n", 1);
    let findings = crate::overlay::translate(english_data(), &fr_files(&broken, FR_QUESTIONNAIRE))
        .unwrap_err();
    assert_eq!(findings[0].code, Code::YamlSyntax, "{findings:#?}");
}

#[test]
fn an_overlay_of_no_questionnaire_is_unknown() {
    let mut files = good();
    let mut extra = files.translations[0].questionnaires[0].clone();
    extra.path = "translations/fr/questionnaires/quick.yaml".to_string();
    files.translations[0].questionnaires.push(extra);
    let findings = check(files).findings;
    let unknown: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.code == Code::UnknownTranslation)
        .collect();
    assert_eq!(unknown.len(), 1, "{findings:#?}");
    assert_eq!(unknown[0].file, "translations/fr/questionnaires/quick.yaml");
    assert!(unknown[0].message.contains("translates no questionnaire"));
}

#[test]
fn the_pseudo_locale_changes_every_text_and_nothing_else() {
    let mut data = english_data();
    crate::overlay::pseudo(&mut data, &|t| format!("[{t}]"));
    let r01 = data.catalogue.recommendation("R01").unwrap();
    assert_eq!(r01.id, "R01");
    assert_eq!(r01.title, "[Map what you already do]");
    assert_eq!(r01.subpoints[0].summary, "[Ask every office.]");
    assert_eq!(data.catalogue.area("tech").unwrap().name, "[Technology]");
    assert_eq!(data.questionnaires[0].questions[0].levels[0], "[No idea.]");
    assert_eq!(data.questionnaires[0].profile[0].options[0].id, "advocacy");
}

#[test]
fn the_model_and_the_files_name_the_same_entries() {
    // The paths commands match against (from the model) are those `validate` checks (from the
    // files): every entry with text, on the built-in data.
    let files = source::read(&DataSource::Builtin).unwrap();
    let mut loading = Vec::new();
    let parsed = parse_all(&files.recommendations, &files.questionnaires, &mut loading);
    let from_files = crate::overlay::english::English::from_files(
        &parsed.recommendations,
        &parsed.questionnaires,
    );
    let checked = check(files);
    let mut data = crate::catalogue::Data {
        catalogue: checked.catalogue.unwrap(),
        questionnaires: checked.questionnaires,
    };
    let from_model = crate::overlay::english::English::from_model(&mut data);
    let paths = |e: &crate::overlay::english::English| {
        let mut p: Vec<(String, Vec<String>)> = e
            .items
            .iter()
            .map(|i| {
                (
                    i.path.clone(),
                    i.texts.iter().map(|(f, _)| f.clone()).collect(),
                )
            })
            .collect();
        p.sort();
        p
    };
    let (model, raw) = (paths(&from_model), paths(&from_files));
    // The model gives every part and area a name; the files only where written.
    let without_names = |p: Vec<(String, Vec<String>)>| -> Vec<(String, Vec<String>)> {
        p.into_iter()
            .map(|(k, f)| (k, f.into_iter().filter(|f| f != "name").collect()))
            .collect()
    };
    assert_eq!(without_names(model), without_names(raw));
    assert!(from_files.items.len() > 250, "{}", from_files.items.len());
}

#[test]
fn the_built_in_translations_are_complete_and_apply() {
    let langs = crate::overlay::builtin();
    let tags: Vec<&str> = langs.iter().map(|l| l.lang.as_str()).collect();
    assert_eq!(tags, ["es", "fr"]);
    for lang in &langs {
        assert_eq!(lang.recommendations.len(), 7, "{}", lang.lang);
        assert_eq!(lang.questionnaires.len(), 2, "{}", lang.lang);
        assert_eq!(lang.dir, format!("translations/{}", lang.lang));
    }
    let checked = check(source::read_with_translations(&DataSource::Builtin).unwrap());
    assert_eq!(checked.findings, Vec::new());
    for lang in &langs {
        let data = crate::catalogue::Data {
            catalogue: checked.catalogue.clone().unwrap(),
            questionnaires: checked.questionnaires.clone(),
        };
        let translated = crate::overlay::translate(data, lang).unwrap();
        let r01 = translated.catalogue.recommendation("R01").unwrap();
        assert_ne!(
            r01.title, "Map what your offices already do on China",
            "{}",
            lang.lang
        );
    }
}
