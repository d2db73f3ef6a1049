//! Every word a reader sees in a document that is not data: headings, labels, fixed sentences,
//! and the way numbers are written. One place, so a translation catalogue has one list to
//! replace. Builders take their words from here; writers add none of their own.

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

/// The guide the recommendations come from.
pub const GUIDE: &str = "Strengthening the capacity of ICSOs related to the rise of China";

/// A number with one decimal, as every report shows scores.
pub fn one(v: f64) -> String {
    format!("{v:.1}")
}

/// A parameter without trailing zeros: 2 not 2.0, 1.25 as is.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// "62.5%" or "not scored".
pub fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "not scored".to_string(), |v| format!("{v:.1}%"))
}

/// "50.0-75.0%" when don't-knows leave a range, "" otherwise.
pub fn range(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if (h - l).abs() >= 0.05 => format!("{l:.1}-{h:.1}%"),
        _ => String::new(),
    }
}

/// Shown where a value is undefined, and in empty table cells so card layouts on small screens
/// keep every label.
pub const DASH: &str = "–";

/// `s`, or [`DASH`] when blank.
pub fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { DASH } else { s }
}
