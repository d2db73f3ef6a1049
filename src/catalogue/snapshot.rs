//! The built-in data, checked once at build time: `build.rs` runs the same checks as `validate`
//! and, when they pass, embeds the model as JSON so commands start without re-parsing the YAML.

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
    let files = source::read(&DataSource::Builtin).ok()?;
    let checked = check::check(files);
    if checked.error_count() > 0 {
        return None;
    }
    let snapshot = Snapshot {
        catalogue: checked.catalogue?,
        questionnaires: checked
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

/// The snapshot embedded by `build.rs`, when the built-in data passed its checks.
#[cfg(icso_snapshot)]
pub fn builtin() -> Option<Data> {
    parse(include_str!(concat!(env!("OUT_DIR"), "/builtin.json")))
}

#[cfg(not(icso_snapshot))]
pub fn builtin() -> Option<Data> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_json(data: &Data) -> serde_json::Value {
        let files: Vec<&str> = data
            .questionnaires
            .iter()
            .map(|q| q.file.as_str())
            .collect();
        serde_json::json!([data.catalogue, data.questionnaires, files])
    }

    #[test]
    fn the_build_embedded_a_snapshot_of_the_builtin_data() {
        // Without it every command silently pays for parsing the YAML again (bench/report.sh).
        assert!(
            builtin().is_some(),
            "build.rs did not embed the built-in data, or it does not parse; run `cargo run -- validate --data .`"
        );
    }

    #[test]
    fn the_snapshot_is_the_same_data_as_the_yaml() {
        let from_yaml = check::check(source::read(&DataSource::Builtin).unwrap());
        assert_eq!(from_yaml.error_count(), 0);
        let from_yaml = Data {
            catalogue: from_yaml.catalogue.unwrap(),
            questionnaires: from_yaml.questionnaires,
        };
        let embedded = builtin().expect("snapshot");
        assert_eq!(as_json(&embedded), as_json(&from_yaml));
        assert_eq!(embedded.questionnaires[0].file, "questionnaires/full.yaml");
    }

    #[test]
    fn a_snapshot_round_trips_and_broken_json_is_refused() {
        let json = make().expect("built-in data is valid");
        let data = parse(&json).expect("parses");
        assert_eq!(data.catalogue.recommendations.len(), 48);
        assert!(parse(&json[..json.len() / 2]).is_none());
        assert!(parse("{}").is_none());
    }
}
