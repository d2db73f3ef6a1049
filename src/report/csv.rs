//! The CSV report: one row per question of the questionnaire, in its order, for spreadsheets,
//! written with the shared rules of `render::csv` (CRLF, quoted when needed, formula-safe cells).

use super::{Report, one};
use crate::analysis::scoring::{Item, Status};
use crate::document::wording::na_reason;
use crate::render::csv::{io_error, text_cell};
use std::io::Write;

/// The header row, fixed: other tools read these names.
pub const HEADER: [&str; 13] = [
    "id",
    "number",
    "title",
    "area",
    "part",
    "status",
    "level",
    "target",
    "importance",
    "gap",
    "priority",
    "band",
    "note",
];

/// Columns added after [`HEADER`] when the report is of combined answers (`aggregate`): the
/// statistics of the levels the respondents gave. Empty `median`, `min`, `max` and `spread` mean
/// no respondent gave a level.
pub const AGGREGATE_HEADER: [&str; 7] = [
    "n",
    "median",
    "min",
    "max",
    "spread",
    "na_count",
    "unknown_count",
];

pub(crate) fn status(s: Status) -> &'static str {
    match s {
        Status::Answered => "answered",
        Status::Na => "na",
        Status::Unknown => "unknown",
        Status::Unanswered => "unanswered",
    }
}

/// The note, or for n/a items the reason prefixed "n/a: " (then the note, if there is one too):
/// the one human sentence in the data, so its words are the documents'.
pub(crate) fn note(item: &Item) -> String {
    match (&item.reason, &item.note) {
        (Some(reason), Some(note)) if item.status == Status::Na => {
            format!("{}; {note}", na_reason(reason))
        }
        (Some(reason), _) if item.status == Status::Na => na_reason(reason),
        (_, Some(note)) => note.clone(),
        _ => String::new(),
    }
}

/// Write the report as CSV.
pub fn write(r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    {
        let mut w = crate::render::csv::writer(out);
        match &r.aggregate {
            Some(_) => w
                .write_record(HEADER.iter().chain(&AGGREGATE_HEADER))
                .map_err(io_error)?,
            None => w.write_record(HEADER).map_err(io_error)?,
        }
        for i in &r.scored.items {
            let answered = i.status == Status::Answered;
            let mut record = vec![
                text_cell(&i.question),
                i.number.to_string(),
                text_cell(&r.recommendation(i).title),
                text_cell(&i.area),
                text_cell(&i.part),
                text_cell(status(i.status)),
                if answered {
                    i.level.map_or(String::new(), |l| l.to_string())
                } else {
                    String::new()
                },
                i.target.to_string(),
                text_cell(i.importance.as_str()),
                if answered {
                    i.gap.map_or(String::new(), |g| g.to_string())
                } else {
                    String::new()
                },
                one(if answered { i.priority } else { 0.0 }),
                text_cell(i.band.as_str()),
                text_cell(&note(i)),
            ];
            if let Some(agg) = &r.aggregate {
                let opt = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
                match agg.stats(&i.question) {
                    Some(st) => record.extend([
                        st.n.to_string(),
                        opt(st.median),
                        opt(st.min),
                        opt(st.max),
                        opt(st.spread),
                        st.na.to_string(),
                        st.unknown.to_string(),
                    ]),
                    None => {
                        record.extend(std::iter::repeat_n(String::new(), AGGREGATE_HEADER.len()))
                    }
                }
            }
            w.write_record(&record).map_err(io_error)?;
        }
        w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::report::testing;

    fn answers() -> Answers {
        testing::answers(&testing::Texts {
            organisation: "Acme | <b>Aid</b>",
            note: "=HYPERLINK(\"http://x\")|<script>\nsecond, line",
            ..Default::default()
        })
    }

    #[test]
    fn parses_back_with_one_record_per_question() {
        let data = testing::mini();
        let text = testing::render(crate::render::Format::Csv, &data, &answers());

        // CRLF endings: every LF outside the quoted note follows a CR.
        assert!(
            text.starts_with(&format!("{}\r\n", HEADER.join(","))),
            "{text}"
        );
        assert!(text.ends_with("\r\n"));
        assert_eq!(
            text.matches("\r\n").count(),
            3,
            "header and two rows: {text:?}"
        );

        let mut rd = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let header: Vec<String> = rd
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(
            header.join(","),
            "id,number,title,area,part,status,level,target,importance,gap,priority,band,note"
        );
        let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().expect("records");
        assert_eq!(rows.len(), 2);

        let r01 = &rows[0];
        assert_eq!(
            r01.iter().take(12).collect::<Vec<_>>().join("|"),
            "R01|1|Map what you already do|strategy|01|answered|1|3|medium|2|20.0|medium"
        );
        let note = &r01[12];
        assert!(note.starts_with("'="), "{note}");
        assert_eq!(note, "'=HYPERLINK(\"http://x\")|<script>\nsecond, line");

        let r02 = &rows[1];
        assert_eq!(
            r02.iter().collect::<Vec<_>>().join("|"),
            "R02|2|Watch technology|tech|03|na||3|high||0.0|none|n/a: No tech work"
        );
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text_cell(bad), format!("'{bad}"));
        }
        assert_eq!(text_cell("plain - text"), "plain - text");
        assert_eq!(text_cell(""), "");
        assert_eq!(text_cell("a\u{1b}[31m"), "a\u{FFFD}[31m");
    }

    #[test]
    fn formulas_after_leading_white_space_are_neutralised() {
        for bad in [
            "  =cmd|' /C calc'!A0",
            "\n=1+1",
            "\r\n=1+1",
            "\t =1",
            " \n\t +1",
            "\u{A0}=1",          // no-break space
            "\u{3000}@SUM(A1)",  // ideographic space
            "\u{2003}-1",        // em space
            "\u{FF1D}1+1",       // full-width =
            "\u{FF0B}1",         // full-width +
            "\u{FF0D}1",         // full-width -
            "  \u{FF20}SUM(A1)", // full-width @
        ] {
            assert_eq!(text_cell(bad), format!("'{bad}"), "{bad:?}");
        }
        // Text with a sign further on, or an invisible character first (replaced, so no formula).
        assert_eq!(text_cell("  a = b"), "  a = b");
        assert_eq!(text_cell("\n"), "\n");
        assert_eq!(text_cell("\u{200B}=1"), "\u{FFFD}=1");
    }

    #[test]
    fn unanswered_and_unknown_rows() {
        let data = testing::mini();
        let mut a = answers();
        a.answers.clear();
        a.answers
            .insert("R02".into(), testing::unknown(Some("- ask IT")));
        let text = testing::render(crate::render::Format::Csv, &data, &a);
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().expect("records");
        assert_eq!(
            rows[0].iter().collect::<Vec<_>>().join("|"),
            "R01|1|Map what you already do|strategy|01|unanswered||3|medium||0.0|none|"
        );
        assert_eq!(
            rows[1].iter().collect::<Vec<_>>().join("|"),
            "R02|2|Watch technology|tech|03|unknown||3|high||0.0|none|'- ask IT"
        );
    }
}
