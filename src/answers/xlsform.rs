//! The questionnaire as an XLSForm (https://xlsform.org), the form standard KoboToolbox and ODK
//! read: its `survey`, `choices` and `settings` sheets. Field names are what `import` looks for:
//! `organisation`, `respondent`, each profile question's id, and per question its id (the level:
//! `0`-`4`, `na`, `dk`), `ID_reason` (asked, and required, only when not applicable),
//! `ID_importance` and `ID_note`, inside one group per area.
//!
//! One form holds every language of the tool: a `label::English (en)`, `label::Français (fr)`...
//! column per language (and `hint::` likewise) in the survey and choices sheets, the form's own
//! words from each language's messages and the questionnaire's text from [`content_in`]. The
//! settings' `default_language` is the interface's language. Field and choice names (what a
//! submission stores) are the same in every language, so `import` reads submissions made in any.

use crate::catalogue::Data;
use crate::i18n::{self, Lang};
use crate::questionnaire::{Importance, Questionnaire};
use crate::t;
use crate::text::one_line;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// One row of the survey sheet in one language: its type, name, required and relevant are the
/// same in every language, its label and hint are that language's.
struct Field {
    kind: String,
    name: String,
    label: String,
    hint: String,
    required: &'static str,
    relevant: String,
}

/// One row of the choices sheet in one language: list and name are the same in every language.
struct Choice {
    list: String,
    name: String,
    label: String,
}

fn row(sheet: &mut Worksheet, row: u32, cells: &[&str]) -> Result<(), XlsxError> {
    for (col, text) in cells.iter().enumerate() {
        if !text.is_empty() {
            sheet.write_string(row, col as u16, *text)?;
        }
    }
    Ok(())
}

/// Calls `with` on the data whose questionnaires, recommendations and areas are written in
/// `lang`: the one place the form takes the questionnaire's text from, for each language. That
/// text comes from the content overlays (translations/<lang>/questionnaires and
/// recommendations), which the data loader applies; until the loader offers the data in a
/// language asked for, `with` gets the data as loaded, whose text is English.
fn content_in<R>(_lang: Lang, data: &Data, with: impl FnOnce(&Data) -> R) -> R {
    with(data)
}

/// A language as XLSForm names it in a column heading (`label::Français (fr)`) and in
/// `default_language`.
fn xlsform_language(lang: Lang) -> String {
    format!("{} ({})", lang.name(), lang.tag())
}

/// The form's rows in the current language: the survey's fields and the choices' lists, the
/// form's words from the messages, the questionnaire's from `data` and `q`.
fn rows(data: &Data, q: &Questionnaire) -> (Vec<Field>, Vec<Choice>) {
    let mut survey: Vec<Field> = Vec::new();
    let mut choices: Vec<Choice> = Vec::new();
    let mut add =
        |kind: &str, name: &str, label: String, hint: String, required, relevant: &str| {
            survey.push(Field {
                kind: kind.to_string(),
                name: name.to_string(),
                label,
                hint,
                required,
                relevant: relevant.to_string(),
            })
        };
    let mut choice = |list: &str, name: &str, label: String| {
        choices.push(Choice {
            list: list.to_string(),
            name: name.to_string(),
            label,
        })
    };
    let none = String::new;
    add(
        "text",
        "organisation",
        t!("form-organisation"),
        none(),
        "yes",
        "",
    );
    add(
        "text",
        "respondent",
        t!("form-respondent"),
        none(),
        "yes",
        "",
    );
    if !q.profile.is_empty() {
        add(
            "begin_group",
            "profile",
            t!("form-profile-group"),
            none(),
            "",
            "",
        );
        for p in &q.profile {
            let list = format!("p_{}", p.id);
            add(
                &format!("select_one {list}"),
                &p.id,
                one_line(&p.question),
                none(),
                "",
                "",
            );
            for o in &p.options {
                choice(&list, &o.id, one_line(&o.label));
            }
        }
        add("end_group", "", none(), none(), "", "");
    }
    for i in Importance::ALL {
        let label = match i {
            Importance::Low => t!("form-importance-low"),
            Importance::Medium => t!("form-importance-medium"),
            Importance::High => t!("form-importance-high"),
        };
        choice("importance", i.as_str(), label);
    }
    let mut group: Option<String> = None;
    for question in &q.questions {
        let rec = data.catalogue.recommendation(&question.recommendation);
        let area = rec.and_then(|r| data.catalogue.area(&r.area));
        let area_id = area.map_or("other", |a| a.id.as_str());
        if group.as_deref() != Some(area_id) {
            if group.is_some() {
                add("end_group", "", none(), none(), "", "");
            }
            let label = area.map_or_else(|| t!("form-other-questions"), |a| one_line(&a.name));
            add("begin_group", area_id, label, none(), "", "");
            group = Some(area_id.to_string());
        }
        let id = &question.id;
        let list = format!("lvl_{id}");
        let title = rec.map_or(String::new(), |r| {
            format!("{} {}", r.id, one_line(&r.title))
        });
        add(
            &format!("select_one {list}"),
            id,
            one_line(&question.text),
            title,
            "",
            "",
        );
        let na = format!("${{{id}}} = 'na'");
        add(
            "text",
            &format!("{id}_reason"),
            t!("form-reason"),
            none(),
            "yes",
            &na,
        );
        let answered = format!("${{{id}}} != '' and ${{{id}}} != 'na'");
        add(
            "select_one importance",
            &format!("{id}_importance"),
            t!("form-importance"),
            none(),
            "",
            &answered,
        );
        add(
            "text",
            &format!("{id}_note"),
            t!("form-note"),
            none(),
            "",
            "",
        );
        for (index, description) in question.levels.iter().enumerate() {
            let level = q.scale.get(index);
            let number = level.map_or(index.to_string(), |l| l.level.to_string());
            let name = level.map_or("", |l| l.name.as_str());
            let label = t!(
                "form-level-choice",
                level = number.clone(),
                name = name.to_owned(),
                description = one_line(description)
            );
            choice(&list, &number, label);
        }
        choice(&list, "na", t!("form-not-applicable"));
        choice(&list, "dk", t!("form-dont-know"));
    }
    if group.is_some() {
        add("end_group", "", none(), none(), "", "");
    }
    (survey, choices)
}

/// The XLSForm of `q` in every language of the tool, the interface's language first shown,
/// with identical bytes for identical data (a fixed creation date).
pub fn xlsform(data: &Data, q: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    // The pseudo-locale is no language of a form: its forms open in English.
    let current = i18n::current();
    let default = if current.is_pseudo() {
        Lang::EN
    } else {
        current
    };
    let langs: Vec<Lang> = Lang::all().collect();
    // Each language's rows and the questionnaire's title in it; the fields and choices are the
    // same in every language, only their labels and hints differ.
    let forms: Vec<(Lang, Vec<Field>, Vec<Choice>, String)> = langs
        .iter()
        .map(|&lang| {
            content_in(lang, data, |data| {
                let q = data.questionnaire(&q.id).unwrap_or(q);
                let (survey, choices) = i18n::with_lang(lang, || rows(data, q));
                (lang, survey, choices, one_line(&q.title))
            })
        })
        .collect();
    let Some((_, survey, choices, _)) = forms.first() else {
        return Err(XlsxError::ParameterError("no language".into()));
    };
    let title = forms
        .iter()
        .find(|(lang, ..)| *lang == default)
        .map_or_else(|| one_line(&q.title), |(.., title)| title.clone());

    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(t!("form-doc-title", title = title.clone()))
            .set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    let bold = Format::new().set_bold();
    let heading = |what: &str| -> Vec<String> {
        langs
            .iter()
            .map(|&lang| format!("{what}::{}", xlsform_language(lang)))
            .collect()
    };
    // A language's label (or hint) of row `index`, when its row is the same field or choice
    // (it always is: the content overlays translate text, never add or drop a question).
    let survey_text = |index: usize, hint: bool| -> Vec<String> {
        forms
            .iter()
            .map(|(_, theirs, ..)| {
                let field = theirs
                    .get(index)
                    .filter(|f| f.name == survey[index].name && f.kind == survey[index].kind)
                    .unwrap_or(&survey[index]);
                if hint {
                    field.hint.clone()
                } else {
                    field.label.clone()
                }
            })
            .collect()
    };
    let choice_label = |index: usize| -> Vec<String> {
        forms
            .iter()
            .map(|(_, _, theirs, _)| {
                theirs
                    .get(index)
                    .filter(|c| c.name == choices[index].name && c.list == choices[index].list)
                    .unwrap_or(&choices[index])
                    .label
                    .clone()
            })
            .collect()
    };

    let sheet = book.add_worksheet().set_name("survey")?;
    let mut titles: Vec<String> = vec!["type".into(), "name".into()];
    titles.extend(heading("label"));
    titles.extend(heading("hint"));
    titles.extend(["required".into(), "relevant".into()]);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    for (r, field) in survey.iter().enumerate() {
        let mut cells = vec![field.kind.clone(), field.name.clone()];
        cells.extend(survey_text(r, false));
        cells.extend(survey_text(r, true));
        cells.extend([field.required.to_string(), field.relevant.clone()]);
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        row(sheet, r as u32 + 1, &cells)?;
    }
    let sheet = book.add_worksheet().set_name("choices")?;
    let mut titles: Vec<String> = vec!["list_name".into(), "name".into()];
    titles.extend(heading("label"));
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    row(sheet, 0, &titles)?;
    for (r, c) in choices.iter().enumerate() {
        let mut cells = vec![c.list.clone(), c.name.clone()];
        cells.extend(choice_label(r));
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        row(sheet, r as u32 + 1, &cells)?;
    }
    let sheet = book.add_worksheet().set_name("settings")?;
    row(
        sheet,
        0,
        &["form_title", "form_id", "version", "default_language"],
    )?;
    let form_id = format!("icso_assess_{}", q.id.replace('-', "_"));
    row(
        sheet,
        1,
        &[&title, &form_id, &q.version, &xlsform_language(default)],
    )?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Under the pseudo-locale every word of the form's own comes from a message (in brackets);
    /// the names a submission stores stay the same.
    #[test]
    fn the_forms_own_words_come_from_messages_and_its_names_do_not() {
        let data = crate::catalogue::load(&crate::catalogue::DataSource::Builtin).unwrap();
        let q = data.questionnaire("quick").unwrap();
        let pseudo = Lang::find(i18n::PSEUDO).unwrap();
        let (survey, choices) = i18n::with_lang(pseudo, || rows(&data, q));
        let (en_survey, en_choices) = i18n::with_lang(Lang::EN, || rows(&data, q));
        for (f, en) in survey.iter().zip(&en_survey) {
            assert_eq!((&f.kind, &f.name), (&en.kind, &en.name));
            let own = ["organisation", "respondent", "profile"].contains(&f.name.as_str())
                || f.name.ends_with("_reason")
                || f.name.ends_with("_importance")
                || f.name.ends_with("_note");
            if own {
                assert!(f.label.starts_with('['), "{}: {}", f.name, f.label);
            }
        }
        for (c, en) in choices.iter().zip(&en_choices) {
            assert_eq!((&c.list, &c.name), (&en.list, &en.name));
            if c.list == "importance" || c.list.starts_with("lvl_") {
                assert!(c.label.starts_with('['), "{}: {}", c.name, c.label);
            }
        }
        assert_eq!(survey.len(), en_survey.len());
        assert_eq!(choices.len(), en_choices.len());
    }
}
