//! The headings readers see in reports and comparisons, in one place for every format: the first
//! part of the wording module the one-document-model issue asks for, so a translation catalogue
//! has one list to replace. Format-specific wording still lives in the writers.

pub const READINESS_BY_AREA: &str = "Readiness by area";
pub const OVERALL_READINESS: &str = "Overall readiness";
pub const KEY_RECOMMENDATIONS: &str = "Key recommendations";
pub const TOP_PRIORITIES: &str = "Top priorities";
pub const ALL_QUESTIONS_BY_AREA: &str = "All questions by area";
pub const NOT_APPLICABLE: &str = "Not applicable";
pub const WHERE_RESPONDENTS_DISAGREE: &str = "Where respondents disagree";
pub const RESOURCES_FOR_WEAKEST: &str = "Resources from the guide for the weakest areas";
pub const HOW_SCORES_WERE_COMPUTED: &str = "How these scores were computed";
pub const RECOMMENDATIONS_COMPARED: &str = "Recommendations compared";
pub const LEFT_OUT_OF_COMPARISON: &str = "Left out of the comparison";
pub const HOW_COMPARISON_WAS_COMPUTED: &str = "How this comparison was computed";
