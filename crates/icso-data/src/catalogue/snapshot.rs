//! The built-in data, checked once at build time: the binary's `build.rs` runs the same checks
//! as `validate` and, when they pass, embeds the model as JSON ([`make`]) so commands start
//! without re-parsing the YAML; the binary reads it back with [`parse`]. Each language's
//! translation is applied at build time too ([`make_in`]), so a report in French costs what
//! one in English does.

use super::Data;
use super::check;
use super::model::Catalogue;
use super::source::{self, DataSource};
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// The checked model with the file each questionnaire came from (kept out of its own serde form,
/// which reports use).
#[derive(Serialize, Deserialize)]
struct Snapshot {
    catalogue: Catalogue,
    questionnaires: Vec<(String, Questionnaire)>,
}

/// The built-in data as snapshot JSON, or `None` when it has an error (then every command reads
/// the YAML and reports the error as it would for any data folder).
pub fn make() -> Option<String> {
    to_json(english()?)
}

/// The built-in data, checked, when it has no error: what [`make_in`] translates.
pub fn english() -> Option<Data> {
    let files = source::read(&DataSource::Builtin).ok()?;
    let checked = check::check(files);
    if checked.error_count() > 0 {
        return None;
    }
    Some(Data {
        catalogue: checked.catalogue?,
        questionnaires: checked.questionnaires,
    })
}

/// The built-in data ([`english`]) in language `lang`, its translation overlays checked and
/// applied as [`super::translate`] does at run time, as snapshot JSON; `None` when the
/// translation has an error (then commands in that language translate at run time and report
/// it), or when `lang` has no overlays.
pub fn make_in(english: &Data, lang: &str) -> Option<String> {
    let (files, _) = source::read_language(&DataSource::Builtin, lang).ok()?;
    files?;
    to_json(super::translate(english.clone(), &DataSource::Builtin, lang).ok()?)
}

/// A model as snapshot JSON.
pub fn to_json(data: Data) -> Option<String> {
    let snapshot = Snapshot {
        catalogue: data.catalogue,
        questionnaires: data
            .questionnaires
            .into_iter()
            .map(|q| (q.file.clone(), q))
            .collect(),
    };
    serde_json::to_string(&snapshot).ok()
}

/// Read a snapshot made by [`make`].
pub fn parse(json: &str) -> Option<Data> {
    let snapshot: Snapshot = serde_json::from_str(json).ok()?;
    Some(Data {
        catalogue: snapshot.catalogue,
        questionnaires: snapshot
            .questionnaires
            .into_iter()
            .map(|(file, q)| Questionnaire { file, ..q })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_round_trips_and_broken_json_is_refused() {
        let json = make().expect("built-in data is valid");
        let data = parse(&json).expect("parses");
        assert_eq!(data.catalogue.recommendations.len(), 48);
        assert!(parse(&json[..json.len() / 2]).is_none());
        assert!(parse("{}").is_none());
    }
}
