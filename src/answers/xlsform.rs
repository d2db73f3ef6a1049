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

use super::template::level_of;
use super::xlsx;
use crate::catalogue::Data;
use crate::i18n::{self, Lang};
use crate::questionnaire::{Importance, Question, Questionnaire};
use crate::t;
use crate::text::one_line;
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

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
/// text comes from the content overlays, applied by `catalogue::load_in` for each language
/// (`in_languages`); a language missing from it gets `data`.
fn content_in<R>(
    lang: Lang,
    data: &Data,
    in_languages: &[(Lang, Data)],
    with: impl FnOnce(&Data) -> R,
) -> R {
    let found = in_languages.iter().find(|(l, _)| *l == lang);
    with(found.map_or(data, |(_, d)| d))
}

/// A language as XLSForm names it in a column heading (`label::Français (fr)`) and in
/// `default_language`.
fn xlsform_language(lang: Lang) -> String {
    format!("{} ({})", lang.name(), lang.tag())
}

/// The survey's fields and the choices' lists of one language, as they are added.
#[derive(Default)]
struct Rows {
    survey: Vec<Field>,
    choices: Vec<Choice>,
}

impl Rows {
    /// A field, not required unless `required` is `yes`, with no hint and always relevant
    /// until the caller sets them.
    fn field(
        &mut self,
        kind: &str,
        name: &str,
        label: String,
        required: &'static str,
    ) -> &mut Field {
        self.survey.push(Field {
            kind: kind.to_string(),
            name: name.to_string(),
            label,
            hint: String::new(),
            required,
            relevant: String::new(),
        });
        let last = self.survey.len() - 1;
        &mut self.survey[last]
    }

    /// A field answered by one of the choices of `list`, optional.
    fn select(&mut self, list: &str, name: &str, label: String) -> &mut Field {
        self.field(&format!("select_one {list}"), name, label, "")
    }

    fn begin_group(&mut self, name: &str, label: String) {
        self.field("begin_group", name, label, "");
    }

    fn end_group(&mut self) {
        self.field("end_group", "", String::new(), "");
    }

    fn choice(&mut self, list: &str, name: &str, label: String) {
        self.choices.push(Choice {
            list: list.to_string(),
            name: name.to_string(),
            label,
        });
    }

    /// The profile questions, in a group of their own, each with its list of options.
    fn profile(&mut self, q: &Questionnaire) {
        if q.profile.is_empty() {
            return;
        }
        self.begin_group("profile", t!("form-profile-group"));
        for p in &q.profile {
            let list = format!("p_{}", p.id);
            self.select(&list, &p.id, one_line(&p.question));
            for o in &p.options {
                self.choice(&list, &o.id, one_line(&o.label));
            }
        }
        self.end_group();
    }

    /// One question's fields (its level, the reason when not applicable, its importance once
    /// answered, a note) and its list of levels, from `q`'s scale.
    fn question(&mut self, q: &Questionnaire, question: &Question, title: String) {
        let id = &question.id;
        let list = format!("lvl_{id}");
        self.select(&list, id, one_line(&question.text)).hint = title;
        let reason = self.field("text", &format!("{id}_reason"), t!("form-reason"), "yes");
        reason.relevant = format!("${{{id}}} = 'na'");
        let importance = self.select(
            "importance",
            &format!("{id}_importance"),
            t!("form-importance"),
        );
        importance.relevant = format!("${{{id}}} != '' and ${{{id}}} != 'na'");
        self.field("text", &format!("{id}_note"), t!("form-note"), "");
        for (index, description) in question.levels.iter().enumerate() {
            let (number, name) = level_of(q, index);
            let label = t!(
                "form-level-choice",
                level = number.clone(),
                name = name.to_owned(),
                description = one_line(description)
            );
            self.choice(&list, &number, label);
        }
        self.choice(&list, "na", t!("form-not-applicable"));
        self.choice(&list, "dk", t!("form-dont-know"));
    }

    /// The questions, in one group per area (as they come, a new group when the area changes).
    fn questions(&mut self, data: &Data, q: &Questionnaire) {
        let mut group: Option<String> = None;
        for question in &q.questions {
            let rec = data.catalogue.recommendation(&question.recommendation);
            let area = rec.and_then(|r| data.catalogue.area(&r.area));
            let area_id = area.map_or("other", |a| a.id.as_str());
            if group.as_deref() != Some(area_id) {
                if group.is_some() {
                    self.end_group();
                }
                let label = area.map_or_else(|| t!("form-other-questions"), |a| one_line(&a.name));
                self.begin_group(area_id, label);
                group = Some(area_id.to_string());
            }
            let title = rec.map_or(String::new(), |r| {
                format!("{} {}", r.id, one_line(&r.title))
            });
            self.question(q, question, title);
        }
        if group.is_some() {
            self.end_group();
        }
    }
}

/// The form's rows in the current language: the survey's fields and the choices' lists, the
/// form's words from the messages, the questionnaire's from `data` and `q`.
fn rows(data: &Data, q: &Questionnaire) -> (Vec<Field>, Vec<Choice>) {
    let mut rows = Rows::default();
    rows.field("text", "organisation", t!("form-organisation"), "yes");
    rows.field("text", "respondent", t!("form-respondent"), "yes");
    rows.profile(q);
    for i in Importance::ALL {
        let label = match i {
            Importance::Low => t!("form-importance-low"),
            Importance::Medium => t!("form-importance-medium"),
            Importance::High => t!("form-importance-high"),
        };
        rows.choice("importance", i.as_str(), label);
    }
    rows.questions(data, q);
    (rows.survey, rows.choices)
}

/// One language's rows and the questionnaire's title in it.
struct Form {
    lang: Lang,
    survey: Vec<Field>,
    choices: Vec<Choice>,
    title: String,
}

/// The form in each language of the tool; the fields and choices are the same in every
/// language, only their labels and hints differ.
fn forms(data: &Data, in_languages: &[(Lang, Data)], q: &Questionnaire) -> Vec<Form> {
    Lang::all()
        .map(|lang| {
            content_in(lang, data, in_languages, |data| {
                let q = data.questionnaire(&q.id).unwrap_or(q);
                let (survey, choices) = i18n::with_lang(lang, || rows(data, q));
                Form {
                    lang,
                    survey,
                    choices,
                    title: one_line(&q.title),
                }
            })
        })
        .collect()
}

/// The column headings `what::LANGUAGE` (`label::English (en)`...), one per form's language.
fn heading(what: &str, forms: &[Form]) -> Vec<String> {
    forms
        .iter()
        .map(|form| format!("{what}::{}", xlsform_language(form.lang)))
        .collect()
}

/// The survey sheet: `survey`'s rows, with each language's label and hint of them.
fn survey_sheet(sheet: &mut Worksheet, forms: &[Form], survey: &[Field]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let mut titles: Vec<String> = vec!["type".into(), "name".into()];
    titles.extend(heading("label", forms));
    titles.extend(heading("hint", forms));
    titles.extend(["required".into(), "relevant".into()]);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    for (r, field) in survey.iter().enumerate() {
        // A language's own field of row `r`, when it is the same field (it always is: the
        // content overlays translate text, never add or drop a question).
        let theirs: Vec<&Field> = forms
            .iter()
            .map(|form| {
                form.survey
                    .get(r)
                    .filter(|f| f.name == field.name && f.kind == field.kind)
                    .unwrap_or(field)
            })
            .collect();
        let mut cells = vec![field.kind.as_str(), field.name.as_str()];
        cells.extend(theirs.iter().map(|f| f.label.as_str()));
        cells.extend(theirs.iter().map(|f| f.hint.as_str()));
        cells.extend([field.required, field.relevant.as_str()]);
        row(sheet, r as u32 + 1, &cells)?;
    }
    Ok(())
}

/// The choices sheet: `choices`' rows, with each language's label of them.
fn choices_sheet(
    sheet: &mut Worksheet,
    forms: &[Form],
    choices: &[Choice],
) -> Result<(), XlsxError> {
    let mut titles: Vec<String> = vec!["list_name".into(), "name".into()];
    titles.extend(heading("label", forms));
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    row(sheet, 0, &titles)?;
    for (r, choice) in choices.iter().enumerate() {
        let mut cells = vec![choice.list.as_str(), choice.name.as_str()];
        cells.extend(forms.iter().map(|form| {
            form.choices
                .get(r)
                .filter(|c| c.name == choice.name && c.list == choice.list)
                .unwrap_or(choice)
                .label
                .as_str()
        }));
        row(sheet, r as u32 + 1, &cells)?;
    }
    Ok(())
}

/// The settings sheet: the form's title, id and version, and the language it opens in.
fn settings_sheet(
    sheet: &mut Worksheet,
    q: &Questionnaire,
    title: &str,
    default: Lang,
) -> Result<(), XlsxError> {
    row(
        sheet,
        0,
        &["form_title", "form_id", "version", "default_language"],
    )?;
    let form_id = format!("icso_assess_{}", q.id.replace('-', "_"));
    row(
        sheet,
        1,
        &[title, &form_id, &q.version, &xlsform_language(default)],
    )
}

/// The XLSForm of `q` in every language of the tool, the interface's language first shown,
/// with identical bytes for identical data (a fixed creation date).
///
/// `in_languages` holds the data loaded in each language (`catalogue::load_in`); `data` serves
/// any language it lacks.
pub fn xlsform(
    data: &Data,
    in_languages: &[(Lang, Data)],
    q: &Questionnaire,
) -> Result<Vec<u8>, XlsxError> {
    // The pseudo-locale is no language of a form: its forms open in English.
    let current = i18n::current();
    let default = if current.is_pseudo() {
        Lang::EN
    } else {
        current
    };
    let forms = forms(data, in_languages, q);
    let Some(first) = forms.first() else {
        return Err(XlsxError::ParameterError("no language".into()));
    };
    let title = forms
        .iter()
        .find(|form| form.lang == default)
        .map_or_else(|| one_line(&q.title), |form| form.title.clone());
    let mut book = xlsx::book(t!("form-doc-title", title = title.clone()))?;
    survey_sheet(
        book.add_worksheet().set_name("survey")?,
        &forms,
        &first.survey,
    )?;
    choices_sheet(
        book.add_worksheet().set_name("choices")?,
        &forms,
        &first.choices,
    )?;
    settings_sheet(
        book.add_worksheet().set_name("settings")?,
        q,
        &title,
        default,
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
