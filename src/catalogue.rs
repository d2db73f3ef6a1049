//! The guide as data: the data crate's catalogue, and the built-in copy that `build.rs` checked
//! and embedded, so that commands on the built-in data start without parsing YAML. [`load`] is
//! where every command gets its data, in the current language: English as it is, another
//! language through its translation overlay, the pseudo-locale with every text made pseudo.

pub use icso_data::catalogue::*;

use anyhow::Result;

/// The snapshot embedded by `build.rs`, when the built-in data passed its checks.
#[cfg(icso_snapshot)]
fn builtin() -> Option<Data> {
    snapshot::parse(include_str!(concat!(env!("OUT_DIR"), "/builtin.json")))
}

#[cfg(not(icso_snapshot))]
fn builtin() -> Option<Data> {
    None
}

#[cfg(icso_snapshot)]
include!(concat!(env!("OUT_DIR"), "/builtin_languages.rs"));

/// The built-in data in language `tag` with its translation applied, as `build.rs` embedded it
/// (a language whose translation had errors is not among them).
#[cfg(icso_snapshot)]
fn builtin_in(tag: &str) -> Option<Data> {
    let (_, json) = TRANSLATED.iter().find(|(t, _)| *t == tag)?;
    snapshot::parse(json)
}

#[cfg(not(icso_snapshot))]
fn builtin_in(_: &str) -> Option<Data> {
    None
}

/// Read and check all data files (the embedded snapshot for the built-in data), in the current
/// language ([`crate::i18n::current`]); fail with the first error and a pointer to `validate`.
/// English, the data's own language, costs nothing more; a language without an overlay is
/// shown in English.
pub fn load(source: &DataSource) -> Result<Data> {
    load_in(source, crate::i18n::current())
}

/// [`load`] in a language of one's choosing, whatever the current one: for documents that show
/// several languages (a form with a column per language).
pub fn load_in(source: &DataSource, lang: crate::i18n::Lang) -> Result<Data> {
    if *source == DataSource::Builtin
        && let Some(data) = builtin_in(lang.tag())
    {
        return Ok(data);
    }
    let data = load_english(source)?;
    if lang == crate::i18n::Lang::EN {
        return Ok(data);
    }
    if lang.is_pseudo() {
        let mut data = data;
        icso_data::overlay::pseudo(&mut data, &crate::i18n::pseudo_text);
        return Ok(data);
    }
    icso_data::catalogue::translate(data, source, lang.tag())
}

/// The data as written, in English.
fn load_english(source: &DataSource) -> Result<Data> {
    if *source == DataSource::Builtin
        && let Some(data) = builtin()
    {
        return Ok(data);
    }
    icso_data::catalogue::load(source)
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
    fn each_language_has_its_content_and_english_is_the_snapshot() {
        use crate::i18n::Lang;
        let english = load_in(&DataSource::Builtin, Lang::EN).unwrap();
        assert_eq!(as_json(&english), as_json(&builtin().expect("snapshot")));
        let r01 = |data: &Data| data.catalogue.recommendations[0].title.clone();
        let mut titles = vec![r01(&english)];
        for tag in ["fr", "es", "en-XA"] {
            let lang = Lang::find(tag).unwrap();
            let data = load_in(&DataSource::Builtin, lang).unwrap();
            // Only text changes: the same recommendations, in the same order.
            let ids = |d: &Data| -> Vec<String> {
                d.catalogue
                    .recommendations
                    .iter()
                    .map(|r| r.id.clone())
                    .collect()
            };
            assert_eq!(ids(&data), ids(&english), "{tag}");
            titles.push(r01(&data));
        }
        titles.sort();
        titles.dedup();
        assert_eq!(titles.len(), 4, "{titles:?}");
        // The current language is English in tests: load is the English.
        assert_eq!(
            as_json(&load(&DataSource::Builtin).unwrap()),
            as_json(&english)
        );
    }

    #[test]
    fn each_translated_snapshot_is_the_english_translated_at_run_time() {
        for (tag, _) in TRANSLATED {
            let english = builtin().expect("snapshot");
            let translated = translate(english, &DataSource::Builtin, tag).unwrap();
            let embedded = builtin_in(tag).expect("parses");
            assert_eq!(as_json(&embedded), as_json(&translated), "{tag}");
        }
        // Every language with data translations has its snapshot.
        let tags: Vec<&str> = TRANSLATED.iter().map(|(t, _)| *t).collect();
        assert_eq!(tags, ["es", "fr"]);
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
}
