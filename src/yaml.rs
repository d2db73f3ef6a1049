//! The only module that knows the YAML crate (serde-saphyr): parsing with budgets on, strict
//! booleans, duplicate keys rejected, and errors turned into a line, a column and a plain message.

use serde::de::DeserializeOwned;

pub use serde_saphyr::Spanned;

/// Largest data file we read, in bytes. The guide's largest file is 56 KB; anything over four
/// times that is a mistake or an attack (parsing and checking take about half a second per MiB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

/// Why a YAML document could not be turned into our types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// Not well-formed YAML (bad indentation, tabs, unclosed quotes, duplicate keys...).
    Syntax,
    /// Well-formed, but not the shape we expect (missing, unknown or mistyped field).
    Schema,
    /// Over one of the limits that protect against alias bombs and deep nesting.
    Limits,
}

/// Line and column of a spanned value, as 1-based numbers (0 when unknown).
pub fn position<T>(value: &Spanned<T>) -> (u32, u32) {
    let loc = value.referenced;
    (
        u32::try_from(loc.line()).unwrap_or(0),
        u32::try_from(loc.column()).unwrap_or(0),
    )
}

fn alias_limits() -> serde_saphyr::options::AliasLimits {
    let mut limits = serde_saphyr::options::AliasLimits::default();
    limits.max_total_replayed_events = 10_000;
    limits.max_replay_stack_depth = 8;
    limits.max_alias_expansions_per_anchor = 20;
    limits
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_aliases: 100,
            max_anchors: 100,
            max_events: 200_000,
            max_documents: 1,
            max_nodes: 100_000,
            max_total_scalar_bytes: 2 * 1024 * 1024,
        },
        alias_limits: alias_limits(),
        duplicate_keys: serde_saphyr::options::DuplicateKeyPolicy::Error,
        strict_booleans: true,
        with_snippet: false,
        legacy_octal_numbers: false,
    }
}

/// Parse one YAML document into `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    // A byte order mark is legal at the start of a file; the parser does not need it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(err) = tab_indentation(text) {
        return Err(err);
    }
    serde_saphyr::from_str_with_options::<T>(text, options()).map_err(convert)
}

/// YAML forbids tabs in indentation; the parser notices late and points elsewhere, so we look
/// first and point at the tab itself.
fn tab_indentation(text: &str) -> Option<YamlError> {
    for (i, line) in text.lines().enumerate() {
        let indent = line.bytes().take_while(|b| *b == b' ' || *b == b'\t');
        let Some(col) = indent.clone().position(|b| b == b'\t') else {
            continue;
        };
        let rest = line.trim_start();
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        return Some(YamlError {
            kind: YamlErrorKind::Syntax,
            line: u32::try_from(i + 1).ok(),
            column: u32::try_from(col + 1).ok(),
            message: "line is indented with a tab; YAML indentation must use spaces".to_string(),
        });
    }
    None
}

fn convert(err: serde_saphyr::Error) -> YamlError {
    let err = err.without_snippet();
    let (line, column) = match err.location() {
        Some(loc) if loc.line() > 0 => (
            u32::try_from(loc.line()).ok(),
            u32::try_from(loc.column()).ok(),
        ),
        _ => (None, None),
    };
    let rendered = err.to_string();
    let message = clean_message(&rendered);
    use serde_saphyr::Error as E;
    let kind = match err {
        E::Budget { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => YamlErrorKind::Limits,
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::SerdeUnknownVariant { .. }
        | E::SerdeUnknownField { .. }
        | E::SerdeMissingField { .. }
        | E::InvalidBooleanStrict { .. }
        | E::InvalidScalar { .. }
        | E::NullIntoString { .. }
        | E::NonFiniteFloat { .. }
        | E::Unexpected { .. }
        | E::Message { .. } => YamlErrorKind::Schema,
        // Alias errors arrive wrapped, and the parser's own nesting guard is a plain message.
        _ if message.contains("limit exceeded") => YamlErrorKind::Limits,
        _ => YamlErrorKind::Syntax,
    };
    YamlError {
        kind,
        line,
        column,
        message,
    }
}

/// The crate appends " at line L column C" and similar; we report positions ourselves.
fn clean_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or("").trim();
    let mut msg = first.to_string();
    // Also cut the crate's advice to its own callers ("set DuplicateKeyPolicy in Options"),
    // which users cannot follow.
    for marker in [
        " at line ",
        " at row ",
        ", set DuplicateKeyPolicy",
        ". If you just use !!binary",
    ] {
        if let Some(idx) = msg.find(marker) {
            msg.truncate(idx);
        }
    }
    let msg = msg.trim().trim_end_matches(',').trim();
    let mut out = String::with_capacity(msg.len());
    let mut chars = msg.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: Spanned<String>,
        #[serde(default)]
        flag: Option<bool>,
        #[serde(default)]
        list: Vec<u32>,
    }

    #[test]
    fn spans_are_one_based() {
        let doc: Doc = parse("name: x\n").unwrap();
        assert_eq!(position(&doc.name), (1, 7));
    }

    #[test]
    fn unknown_field_is_a_schema_error_with_position() {
        let err = parse::<Doc>("name: x\nnmae: y\n").unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Schema, "{err:?}");
        assert_eq!(err.line, Some(2), "{err:?}");
        assert!(err.message.contains("nmae"), "{err:?}");
    }

    #[test]
    fn duplicate_key_is_rejected() {
        let err = parse::<Doc>("name: x\nname: y\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
        assert!(err.message.contains("duplicate"), "{err:?}");
    }

    #[test]
    fn yes_is_not_a_boolean() {
        let err = parse::<Doc>("name: x\nflag: yes\n").unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Schema, "{err:?}");
    }

    #[test]
    fn tab_indentation_is_a_syntax_error() {
        let err = parse::<Doc>("name: x\nlist:\n\t- 1\n").unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Syntax, "{err:?}");
        assert_eq!(err.line, Some(3), "{err:?}");
    }

    #[test]
    fn alias_bomb_hits_the_limits() {
        let mut text = String::from("name: x\nlist: &a0 [1,1,1,1,1,1,1,1,1,1]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "l{i}: &a{i} [*a{prev},*a{prev},*a{prev},*a{prev},*a{prev},*a{prev},*a{prev},*a{prev},*a{prev},*a{prev}]\n"
            ));
        }
        let err = parse::<serde_json::Value>(&text).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Limits, "{err:?}");
    }

    #[test]
    fn deep_nesting_hits_the_limits() {
        let text = format!("{}{}", "[".repeat(500), "]".repeat(500));
        let err = parse::<serde_json::Value>(&text).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Limits, "{err:?}");
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let doc: Doc = parse("\u{feff}name: x\n").unwrap();
        assert_eq!(doc.name.value, "x");
    }
}
