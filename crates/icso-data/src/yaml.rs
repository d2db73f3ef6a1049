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

// The parser's budget; messages name these limits.
const MAX_DEPTH: usize = 32;
const MAX_ALIASES: usize = 100;
const MAX_ANCHORS: usize = 100;
const MAX_EVENTS: usize = 200_000;
const MAX_NODES: usize = 100_000;
const MAX_SCALAR_BYTES: usize = 2 * 1024 * 1024;

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ANCHORS,
            max_events: MAX_EVENTS,
            max_documents: 1,
            max_nodes: MAX_NODES,
            max_total_scalar_bytes: MAX_SCALAR_BYTES,
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

/// The error itself, out of the wrappers that only add a snippet or an alias's locations.
fn original(mut err: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// A breach of the parser's budget in plain words, with what to do: the crate itself prints the
/// breach's Debug form (`Documents { documents: 2 }`).
fn budget_words(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    let no_aliases = "data files need none: write each value out in full";
    match breach {
        B::Documents { documents } => format!(
            "the file holds {documents} YAML documents; keep one document per file (remove the extra `---`)"
        ),
        B::Depth { .. } => format!(
            "values are nested more than {MAX_DEPTH} levels deep; data files need a few levels at most: flatten the nesting"
        ),
        B::Aliases { .. } => {
            format!("the file uses more than {MAX_ALIASES} aliases (*name); {no_aliases}")
        }
        B::Anchors { .. } => format!(
            "the file defines more than {MAX_ANCHORS} anchors (&name); data files need none: remove them"
        ),
        B::AliasAnchorRatio { .. } => format!(
            "the file uses its anchors (&name) through far more aliases (*name) than data needs, as alias bombs do; {no_aliases}"
        ),
        B::MergeKeys { .. } => format!("the file uses too many merge keys (<<); {no_aliases}"),
        B::RecordedAnchorEvents { .. } | B::RecordedAnchorBytes { .. } => {
            format!("the anchors (&name) of the file hold too much to repeat; {no_aliases}")
        }
        B::ScalarBytes { .. } => format!(
            "its text values add up to more than {} MiB, counting each use of an alias (*name); shorten them, and write each value out instead of repeating it with aliases",
            MAX_SCALAR_BYTES / (1024 * 1024)
        ),
        B::Events { .. } => format!(
            "the file holds more than {MAX_EVENTS} YAML items (keys, values and lists); split it into smaller files"
        ),
        B::Nodes { .. } => format!(
            "the file holds more than {MAX_NODES} values; split it into smaller files"
        ),
        B::InputBytes { .. } => format!(
            "the file is over {} KiB; split it into smaller files",
            MAX_FILE_BYTES / 1024
        ),
        B::InclusionDepth { .. } => {
            "the file includes other files; data files cannot: write the content in the file"
                .to_string()
        }
        B::PropertyExpansionDepth { .. } | B::PropertyInterpolationWork { .. } => {
            "the file's ${...} properties expand too much; data files take no properties: write the values out".to_string()
        }
        B::SequenceUnbalanced => {
            "a list or mapping is closed that was never opened; check the brackets and the indentation".to_string()
        }
        // The crate may add kinds of breach; they still get words, never its Debug text.
        _ => "the file is over one of the parser's limits on size and complexity; make it smaller and simpler (data files need no aliases, anchors or deep nesting)".to_string(),
    }
}

fn convert(err: serde_saphyr::Error) -> YamlError {
    let outer = err.without_snippet();
    let err = original(outer);
    let (line, column) = match outer.location().or_else(|| err.location()) {
        Some(loc) if loc.line() > 0 => (
            u32::try_from(loc.line()).ok(),
            u32::try_from(loc.column()).ok(),
        ),
        _ => (None, None),
    };
    use serde_saphyr::Error as E;
    let message = match err {
        E::Budget { breach, .. } => budget_words(breach),
        _ => clean_message(&err.to_string()),
    };
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
    // Budget messages say what to do; the other limits (alias replays, nesting) need the hint.
    let message = if kind == YamlErrorKind::Limits && !matches!(err, E::Budget { .. }) {
        format!("{message}; data files need no aliases or deep nesting")
    } else {
        message
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
    let msg = quote_key(msg);
    let mut out = String::with_capacity(msg.len());
    let mut chars = msg.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

/// serde names an unknown field or variant between backticks; we quote it exactly, so a key
/// with a trailing space shows as `"id "`.
fn quote_key(msg: &str) -> String {
    for prefix in ["unknown field `", "unknown variant `"] {
        if let Some(rest) = msg.strip_prefix(prefix)
            && let Some(end) = rest
                .find("`, ")
                .or_else(|| rest.strip_suffix('`').map(str::len))
        {
            let name = &prefix[..prefix.len() - 1];
            return format!(
                "{name}{}{}",
                crate::text::quote(&rest[..end]),
                &rest[end + 1..]
            );
        }
    }
    msg.to_string()
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
    fn budget_breaches_are_plain_words() {
        let two = parse::<serde_json::Value>("a: 1\n---\nb: 2\n").unwrap_err();
        assert_eq!(two.kind, YamlErrorKind::Limits, "{two:?}");
        assert_eq!(
            two.message,
            "the file holds 2 YAML documents; keep one document per file (remove the extra `---`)"
        );
        let repeated = format!(
            "a: &t \"{}\"\nb: [{}]\n",
            "x".repeat(200_000),
            ["*t"; 12].join(", ")
        );
        let long = parse::<serde_json::Value>(&repeated).unwrap_err();
        assert_eq!(long.kind, YamlErrorKind::Limits, "{long:?}");
        assert!(
            long.message
                .starts_with("its text values add up to more than 2 MiB"),
            "{long:?}"
        );
        let nodes = format!("[{}]", vec!["1"; 100_001].join(","));
        let many = parse::<serde_json::Value>(&nodes).unwrap_err();
        assert_eq!(
            many.message,
            "the file holds more than 100000 values; split it into smaller files"
        );
        for err in [two, long, many] {
            assert!(
                !err.message.contains('{') && !err.message.contains("budget"),
                "{err:?}"
            );
        }
    }

    #[test]
    fn unknown_keys_are_quoted_exactly() {
        let err = parse::<Doc>("name: x\n\"nmae \": y\n").unwrap_err();
        assert!(
            err.message
                .starts_with("unknown field \"nmae \", expected one of"),
            "{err:?}"
        );
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let doc: Doc = parse("\u{feff}name: x\n").unwrap();
        assert_eq!(doc.name.value, "x");
    }
}
