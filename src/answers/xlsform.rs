//! The questionnaire as an XLSForm (https://xlsform.org), the form standard KoboToolbox and ODK
//! read: its `survey`, `choices` and `settings` sheets. Field names are what `import` looks for:
//! `organisation`, `respondent`, each profile question's id, and per question its id (the level:
//! `0`-`4`, `na`, `dk`), `ID_reason` (asked, and required, only when not applicable),
//! `ID_importance` and `ID_note`, inside one group per area.

use crate::catalogue::Data;
use crate::questionnaire::{Importance, Questionnaire};
use crate::text::one_line;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The survey sheet's columns.
const SURVEY: [&str; 6] = ["type", "name", "label", "hint", "required", "relevant"];

fn row(sheet: &mut Worksheet, row: u32, cells: &[&str]) -> Result<(), XlsxError> {
    for (col, text) in cells.iter().enumerate() {
        if !text.is_empty() {
            sheet.write_string(row, col as u16, *text)?;
        }
    }
    Ok(())
}

/// The XLSForm of `q`, with identical bytes for identical data (a fixed creation date).
pub fn xlsform(data: &Data, q: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("icso-assess form: {}", q.title))
            .set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    let bold = Format::new().set_bold();
    let mut survey: Vec<[String; 6]> = Vec::new();
    let mut choices: Vec<[String; 3]> = Vec::new();
    let mut add = |cells: [&str; 6]| survey.push(cells.map(str::to_string));
    add([
        "text",
        "organisation",
        "Your organisation's name",
        "",
        "yes",
        "",
    ]);
    add([
        "text",
        "respondent",
        "Who answers: a person, a team or an office",
        "",
        "yes",
        "",
    ]);
    if !q.profile.is_empty() {
        add([
            "begin_group",
            "profile",
            "About your organisation",
            "",
            "",
            "",
        ]);
        for p in &q.profile {
            let list = format!("p_{}", p.id);
            add([
                &format!("select_one {list}"),
                &p.id,
                &one_line(&p.question),
                "",
                "",
                "",
            ]);
            for o in &p.options {
                choices.push([list.clone(), o.id.clone(), one_line(&o.label)]);
            }
        }
        add(["end_group", "", "", "", "", ""]);
    }
    for i in Importance::ALL {
        let word = i.as_str();
        let mut label = word.to_string();
        label[..1].make_ascii_uppercase();
        choices.push(["importance".into(), word.into(), label]);
    }
    let mut group: Option<String> = None;
    for question in &q.questions {
        let rec = data.catalogue.recommendation(&question.recommendation);
        let area = rec.and_then(|r| data.catalogue.area(&r.area));
        let area_id = area.map_or("other", |a| a.id.as_str());
        if group.as_deref() != Some(area_id) {
            if group.is_some() {
                add(["end_group", "", "", "", "", ""]);
            }
            let label = area.map_or("Other questions".to_string(), |a| one_line(&a.name));
            add(["begin_group", area_id, &label, "", "", ""]);
            group = Some(area_id.to_string());
        }
        let id = &question.id;
        let list = format!("lvl_{id}");
        let title = rec.map_or(String::new(), |r| {
            format!("{} {}", r.id, one_line(&r.title))
        });
        add([
            &format!("select_one {list}"),
            id,
            &one_line(&question.text),
            &title,
            "",
            "",
        ]);
        let na = format!("${{{id}}} = 'na'");
        add([
            "text",
            &format!("{id}_reason"),
            "Why does it not apply to you?",
            "",
            "yes",
            &na,
        ]);
        let answered = format!("${{{id}}} != '' and ${{{id}}} != 'na'");
        add([
            "select_one importance",
            &format!("{id}_importance"),
            "How much does it matter to you? (optional)",
            "",
            "",
            &answered,
        ]);
        add([
            "text",
            &format!("{id}_note"),
            "A note (optional)",
            "",
            "",
            "",
        ]);
        for (index, description) in question.levels.iter().enumerate() {
            let level = q.scale.get(index);
            let number = level.map_or(index.to_string(), |l| l.level.to_string());
            let name = level.map_or("", |l| l.name.as_str());
            choices.push([
                list.clone(),
                number.clone(),
                format!("{number} – {name}: {}", one_line(description)),
            ]);
        }
        choices.push([list.clone(), "na".into(), "Not applicable to us".into()]);
        choices.push([list, "dk".into(), "Don't know".into()]);
    }
    if group.is_some() {
        add(["end_group", "", "", "", "", ""]);
    }

    let sheet = book.add_worksheet().set_name("survey")?;
    for (col, title) in SURVEY.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold)?;
    }
    for (r, cells) in survey.iter().enumerate() {
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        row(sheet, r as u32 + 1, &cells)?;
    }
    let sheet = book.add_worksheet().set_name("choices")?;
    row(sheet, 0, &["list_name", "name", "label"])?;
    for (r, cells) in choices.iter().enumerate() {
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        row(sheet, r as u32 + 1, &cells)?;
    }
    let sheet = book.add_worksheet().set_name("settings")?;
    row(sheet, 0, &["form_title", "form_id", "version"])?;
    let form_id = format!("icso_assess_{}", q.id.replace('-', "_"));
    row(sheet, 1, &[&one_line(&q.title), &form_id, &q.version])?;
    book.save_to_buffer()
}
