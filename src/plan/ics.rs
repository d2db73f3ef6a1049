//! The plan as an iCalendar file (RFC 5545) for `plan export --format ics`: one all-day event
//! per dated action on its due date. Written here rather than with a calendar crate: the
//! format needs a dozen properties, and the crates that write it bring a second date library
//! and a clock-stamped `DTSTAMP` by default, where this file must be the same bytes for the same
//! plan.
//!
//! What makes it safe to import again: each event's `UID` is derived from the organisation, the
//! questionnaire and the recommendation, so a calendar that matches events by UID updates them
//! instead of adding copies; `DTSTAMP` is the plan's assessment date, never the clock. Lines end
//! in CRLF and are folded at 75 octets, never inside a character; text values are escaped
//! (backslash, semicolon, comma, line breaks) and cleaned of control characters.

use super::{Action, Plan, Status};
use crate::catalogue::Catalogue;
use crate::document::wording::plan as w;
use jiff::ToSpan;
use jiff::civil::Date;
use std::collections::HashMap;
use std::io::Write;

/// The longest content line, in octets, before it is folded (RFC 5545, 3.1).
pub const LINE_OCTETS: usize = 75;

/// `DTSTAMP` when the plan has no assessment date: fixed, as the Word document's dates are.
const FALLBACK_STAMP: &str = "19800101T000000Z";

/// `text` as an iCalendar TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma
/// escaped, each line break (CRLF, CR or LF) written `\n`, and every other control, bidi or
/// invisible character replaced by U+FFFD.
pub fn escape(text: &str) -> String {
    let clean = crate::text::clean_keeping_cr(text);
    let mut out = String::with_capacity(clean.len());
    let mut chars = clean.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // A tab is allowed in TEXT, but some readers show it raw: one space reads the same.
            '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Append `line` folded (RFC 5545, 3.1): no physical line longer than [`LINE_OCTETS`] octets,
/// each continuation starting with one space, never splitting a UTF-8 character; CRLF after.
pub fn fold(line: &str, out: &mut String) {
    let mut octets = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if octets + n > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += n;
    }
    out.push_str("\r\n");
}

/// FNV-1a, 64 bits: a stable hash (the same in every build and on every machine, unlike the
/// standard library's), for event UIDs.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The UID of the event for `recommendation` in the plan of `organisation` for `questionnaire`:
/// the same on every export of that plan, whatever else in it changed. `nth` counts earlier
/// actions of the plan for the same recommendation (0 for the first), so that each event keeps
/// a UID of its own.
pub fn uid(organisation: &str, questionnaire: &str, recommendation: &str, nth: usize) -> String {
    let key = format!(
        "{}\u{1f}{}\u{1f}{}",
        organisation.trim(),
        questionnaire.trim(),
        recommendation.trim()
    );
    let hash = fnv1a64(key.as_bytes());
    // Ids are R01..R48, checked on loading; anything else would be kept out of the UID.
    let id: String = recommendation
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let nth = if nth == 0 {
        String::new()
    } else {
        format!("-{}", nth + 1)
    };
    format!("{id}{nth}-{hash:016x}@icso-assess")
}

/// `YYYYMMDD`, as a DATE value.
fn basic(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The event's description: the first task, the owner, the status, the phase, notes and the
/// reason it was dropped, then the recommendation; in the interface's language, as the event's
/// summary and the calendar's name are (people read them, no importer matches them).
pub fn description(cat: &Catalogue, a: &Action) -> String {
    let mut lines = vec![format!("{}{}", w::first_task_label(), a.first_task.trim())];
    if !a.owner.trim().is_empty() {
        lines.push(format!("{}{}", w::owner_label(), a.owner.trim()));
    }
    lines.push(format!("{}{}", w::status_label(), w::status_word(a.status)));
    lines.push(format!("{}{}", w::phase_label(), w::phase_name(a.phase)));
    super::export::details(a, (w::reason_label(), w::notes_label()), &mut lines);
    lines.push(w::export_recommendation(
        &a.recommendation,
        super::export::title(cat, a),
    ));
    lines.join("\n")
}

/// The whole calendar.
pub fn calendar(plan: &Plan, cat: &Catalogue) -> String {
    let mut out = String::new();
    let mut prop = |name: &str, value: &str| fold(&format!("{name}:{value}"), &mut out);
    prop("BEGIN", "VCALENDAR");
    prop("VERSION", "2.0");
    prop("PRODID", "-//icso-assess//action plan//EN");
    prop("CALSCALE", "GREGORIAN");
    prop("METHOD", "PUBLISH");
    let org = plan.organisation.trim();
    let name = w::title(if org.is_empty() {
        w::organisation_not_named()
    } else {
        org
    });
    prop("X-WR-CALNAME", &escape(&name));
    let stamp = plan.assessed.map_or_else(
        || FALLBACK_STAMP.to_string(),
        |d| format!("{}T000000Z", basic(d)),
    );
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for a in &plan.actions {
        let nth = seen.entry(a.recommendation.as_str()).or_default();
        let uid = uid(
            &plan.organisation,
            &plan.questionnaire,
            &a.recommendation,
            *nth,
        );
        *nth += 1;
        let Some(due) = a.due else { continue };
        // The day after: an all-day event ends at the start of the next day (3.6.1).
        let Ok(end) = due.checked_add(1.day()) else {
            continue;
        };
        prop("BEGIN", "VEVENT");
        prop("UID", &uid);
        prop("DTSTAMP", &stamp);
        prop("DTSTART;VALUE=DATE", &basic(due));
        prop("DTEND;VALUE=DATE", &basic(end));
        prop(
            "SUMMARY",
            &escape(&w::export_name(
                &a.recommendation,
                super::export::title(cat, a),
            )),
        );
        prop("DESCRIPTION", &escape(&description(cat, a)));
        prop("CATEGORIES", &escape(w::phase_name(a.phase)));
        // Dropped: cancelled, so that a calendar that had it takes it off on the next import.
        let status = if a.status == Status::Dropped {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        prop("STATUS", status);
        // A deadline, not a meeting: it does not make anyone look busy.
        prop("TRANSP", "TRANSPARENT");
        prop("END", "VEVENT");
    }
    prop("END", "VCALENDAR");
    out
}

/// Write the calendar.
pub fn write(plan: &Plan, cat: &Catalogue, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(calendar(plan, cat).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a\\b; c, d\r\ne\rf\ng\th"),
            "a\\\\b\\; c\\, d\\ne\\nf\\ng h"
        );
        // Control characters cannot reach the file.
        assert_eq!(escape("x\u{1b}[31m"), "x\u{FFFD}[31m");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        fold(&line, &mut out);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines.last(), Some(&""), "ends with CRLF");
        for (n, l) in lines.iter().enumerate() {
            assert!(l.len() <= LINE_OCTETS, "line {n} has {} octets", l.len());
            if n > 0 && !l.is_empty() {
                assert!(l.starts_with(' '));
            }
        }
        // Unfolding gives the line back.
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
        let mut short = String::new();
        fold("VERSION:2.0", &mut short);
        assert_eq!(short, "VERSION:2.0\r\n");
        // Exactly 75 octets stays one line.
        let mut exact = String::new();
        fold(&"x".repeat(75), &mut exact);
        assert_eq!(exact.len(), 77);
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let a = uid("Acme", "quick", "R06", 0);
        assert_eq!(a, uid(" Acme ", "quick", "R06", 0));
        assert!(a.starts_with("R06-") && a.ends_with("@icso-assess"), "{a}");
        assert_ne!(a, uid("Acme", "quick", "R07", 0));
        assert_ne!(a, uid("Acme", "full", "R06", 0));
        assert_ne!(a, uid("Acme Europe", "quick", "R06", 0));
        assert!(uid("Acme", "quick", "R06", 1).starts_with("R06-2-"));
        // Pinned: a change here would duplicate every event people imported before.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
