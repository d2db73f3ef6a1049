//! `plan --update`: after a new assessment, add actions for gaps the plan does not have and mark
//! the actions whose gap closed, editing the file in place so that every byte people wrote
//! (owners, dates, notes, comments, spacing) stays as it was.

use super::{Plan, draft, save};
use crate::report::Report;
use jiff::civil::Date;
use toml_edit::{DocumentMut, value};

/// What an update changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Recommendations given a new action.
    pub added: Vec<String>,
    /// Recommendations whose action is now marked closed.
    pub closed: Vec<String>,
}

/// The plan text `text` (already checked as `plan`) updated with the gaps of `r`.
pub fn update(text: &str, plan: &Plan, r: &Report) -> Result<(String, Changes), String> {
    let assessed: Option<Date> = super::parse_date(&r.answers.date).ok();
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    let mut changes = Changes::default();
    let gap_of = |id: &str| {
        r.scored
            .items
            .iter()
            .find(|i| i.recommendation == id && i.gap.is_some())
            .and_then(|i| i.gap)
    };
    if let Some(actions) = doc
        .get_mut("action")
        .and_then(|a| a.as_array_of_tables_mut())
    {
        for (table, action) in actions.iter_mut().zip(&plan.actions) {
            if action.closed.is_some() || gap_of(&action.recommendation) != Some(0) {
                continue;
            }
            let day = assessed.map(|d| d.to_string()).unwrap_or_default();
            table.insert("closed", value(day));
            changes.closed.push(action.recommendation.clone());
        }
    }
    let mut out = doc.to_string();
    let new: Vec<_> = r
        .scored
        .ranked()
        .into_iter()
        .filter(|i| i.gap.is_some_and(|g| g > 0))
        .filter(|i| plan.action(&i.recommendation).is_none())
        .map(|i| draft::action(r, i, assessed))
        .collect();
    let mut new = new;
    new.sort_by_key(|a| a.phase);
    if !new.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for a in &new {
        changes.added.push(a.recommendation.clone());
        out.push_str(&save::action_table(a));
    }
    Ok((out, changes))
}
