//! The CSV report: one row per question of the questionnaire, in its order, for spreadsheets,
//! written with the shared rules of `render::csv` (a UTF-8 byte-order mark, CRLF, quoted when
//! needed, formula-safe cells). Every row starts with where it came from (organisation,
//! respondent, date, questionnaire), so the CSVs of many offices can be stacked in one sheet
//! and each row still says whose it is. The columns are listed in `docs/report-csv.md`.

use super::Report;
use crate::analysis::aggregate::Summary;
use crate::analysis::scoring::{Item, Status};
use crate::document::wording::na_reason_data;
use crate::render::csv::{io_error, text_cell};
use std::io::Write;

/// The header row, fixed: other tools read these names. The source comes first because a
/// merged sheet is sorted and filtered by it; `area_name` and `area_id` are named apart so no
/// column called `area` changed from an id to a name under a tool that read it.
pub const HEADER: [&str; 23] = [
    "organisation",
    "respondent",
    "date",
    "questionnaire",
    "questionnaire_version",
    "area_name",
    "area_id",
    "part",
    "question",
    "recommendation",
    "number",
    "title",
    "status",
    "level",
    "target",
    "importance",
    "gap",
    "band",
    "priority",
    "first_step",
    "note",
    "evidence",
    "claim_to_check",
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
/// the one human sentence in the data, in English like the rest of the data.
pub(crate) fn note(item: &Item) -> String {
    match (&item.reason, &item.note) {
        (Some(reason), Some(note)) if item.status == Status::Na => {
            format!("{}; {note}", na_reason_data(reason))
        }
        (Some(reason), _) if item.status == Status::Na => na_reason_data(reason),
        (_, Some(note)) => note.clone(),
        _ => String::new(),
    }
}

/// The cells every row starts with: organisation, respondent, date, questionnaire and its
/// version.
///
/// For combined answers (`aggregate`) they describe the whole set, so that no row claims to be
/// one office's: the respondent is the combined answers' own ("Combined: 4 respondents"); the
/// organisation is the one every file names, or "Combined: N organisations" when the files name
/// several (the combined answers keep only the most common, which would be false for the rest);
/// the date is the one every dated file gives, or the first and last as an ISO 8601 interval
/// (`2026-09-25/2026-10-20`), where the combined answers keep only the latest. All files answer
/// one questionnaire and version (`aggregate` refuses a mix), so those two cells are as written.
fn source(r: &Report) -> [String; 5] {
    let a = r.answers;
    let (organisation, date) = match &r.aggregate {
        Some(agg) => (
            combined_organisation(agg, &a.organisation),
            combined_date(agg),
        ),
        None => (a.organisation.clone(), a.date.clone()),
    };
    [
        text_cell(&organisation),
        text_cell(&a.respondent),
        text_cell(&date),
        text_cell(&a.questionnaire),
        text_cell(&a.questionnaire_version),
    ]
}

/// `most_common` when the files name at most one organisation (blanks aside, compared as the
/// aggregate compares them: trimmed, case kept), else how many they name.
fn combined_organisation(agg: &Summary, most_common: &str) -> String {
    if agg.organisations > 1 {
        format!("Combined: {} organisations", agg.organisations)
    } else {
        most_common.to_string()
    }
}

/// The one date the dated files give, else `first/last`; empty when no file is dated.
fn combined_date(agg: &Summary) -> String {
    let (first, last) = &agg.dates;
    if first == last {
        first.clone()
    } else {
        format!("{first}/{last}")
    }
}

/// Write the report as CSV.
pub fn write(r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = crate::render::csv::writer(out)?;
    match &r.aggregate {
        Some(_) => w
            .write_record(HEADER.iter().chain(&AGGREGATE_HEADER))
            .map_err(io_error)?,
        None => w.write_record(HEADER).map_err(io_error)?,
    }
    let source = source(r);
    for i in &r.scored.items {
        let answered = i.status == Status::Answered;
        let rec = r.recommendation(i);
        let mut record = Vec::with_capacity(HEADER.len() + AGGREGATE_HEADER.len());
        record.extend(source.iter().cloned());
        record.extend([
            text_cell(r.area_title(&i.area)),
            text_cell(&i.area),
            text_cell(&i.part),
            text_cell(&i.question),
            text_cell(&i.recommendation),
            i.number.to_string(),
            text_cell(&rec.title),
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
            text_cell(i.band.as_str()),
            // A number in the data: a dot whatever the language.
            format!("{:.1}", if answered { i.priority } else { 0.0 }),
            text_cell(&rec.first_step),
            text_cell(&note(i)),
            // One reference per line of the cell, as the workbook takes them.
            text_cell(&i.evidence.join("\n")),
            text_cell(if i.claim_to_check() { "yes" } else { "" }),
        ]);
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
                None => record.extend(std::iter::repeat_n(String::new(), AGGREGATE_HEADER.len())),
            }
        }
        w.write_record(&record).map_err(io_error)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::aggregate::{self, Input};
    use crate::answers::{Answer, Answers};
    use crate::catalogue::Data;
    use crate::report::testing;

    /// The header as other tools see it, written out so a change to [`HEADER`] shows here.
    const EXPECTED_HEADER: &str = "organisation,respondent,date,questionnaire,questionnaire_version,area_name,area_id,part,question,recommendation,number,title,status,level,target,importance,gap,band,priority,first_step,note,evidence,claim_to_check";

    fn answers() -> Answers {
        testing::answers(&testing::Texts {
            organisation: "Acme | <b>Aid</b>",
            note: "=HYPERLINK(\"http://x\")|<script>\nsecond, line",
            ..Default::default()
        })
    }

    /// The CSV without its byte-order mark, which it must start with.
    fn without_bom(text: &str) -> &str {
        text.strip_prefix('\u{FEFF}')
            .unwrap_or_else(|| panic!("no byte-order mark first: {text:?}"))
    }

    /// Header and rows, parsed back by the csv crate.
    fn parse(text: &str) -> (String, Vec<Vec<String>>) {
        let mut rd = csv::Reader::from_reader(without_bom(text).as_bytes());
        let header = rd
            .headers()
            .expect("header")
            .iter()
            .collect::<Vec<_>>()
            .join(",");
        let rows = rd
            .records()
            .map(|r| r.expect("record").iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    fn rows(data: &Data, a: &Answers) -> Vec<Vec<String>> {
        let (header, rows) = parse(&testing::render(crate::render::Format::Csv, data, a));
        assert_eq!(header, EXPECTED_HEADER);
        rows
    }

    /// The cell of `row` under `column`.
    fn cell<'r>(row: &'r [String], column: &str) -> &'r str {
        let at = HEADER
            .iter()
            .chain(&AGGREGATE_HEADER)
            .position(|c| *c == column);
        &row[at.unwrap_or_else(|| panic!("no column {column}"))]
    }

    #[test]
    fn parses_back_with_one_record_per_question() {
        let data = testing::mini();
        let text = testing::render(crate::render::Format::Csv, &data, &answers());

        assert!(
            text.starts_with(&format!("\u{FEFF}{EXPECTED_HEADER}\r\n")),
            "{text:?}"
        );
        // CRLF endings: the only other line break is the LF inside the quoted note.
        assert!(text.ends_with("\r\n"));
        assert_eq!(
            text.matches("\r\n").count(),
            3,
            "header and two rows: {text:?}"
        );
        assert_eq!(text.matches('\n').count(), 4, "{text:?}");

        let (header, rows) = parse(&text);
        assert_eq!(header, EXPECTED_HEADER);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0][..20].join("|"),
            "Acme | <b>Aid</b>|Policy team|2024-05-01|full|1.0|Strategy|strategy|01|R01|R01|1|Map what you already do|answered|1|3|medium|2|medium|20.0|Send a short survey to every office this month."
        );
        assert_eq!(
            cell(&rows[0], "note"),
            "'=HYPERLINK(\"http://x\")|<script>\nsecond, line"
        );
        assert_eq!(
            rows[1].join("|"),
            "Acme | <b>Aid</b>|Policy team|2024-05-01|full|1.0|Technology|tech|03|R02|R02|2|Watch technology|na||3|high||none|0.0|Name one person to follow technology news.|n/a: No tech work||"
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
    fn evidence_and_claims_to_check() {
        let data = testing::mini();
        let mut a = answers();
        a.answers.insert(
            "R01".into(),
            Answer {
                evidence: vec!["Board minutes".into(), "=cmd".into()],
                ..Answer::level(3)
            },
        );
        a.answers.insert("R02".into(), Answer::level(4));
        let rows = rows(&data, &a);
        assert_eq!(cell(&rows[0], "evidence"), "Board minutes\n=cmd");
        assert_eq!(cell(&rows[0], "claim_to_check"), "");
        assert_eq!(cell(&rows[1], "evidence"), "");
        assert_eq!(cell(&rows[1], "claim_to_check"), "yes");
    }

    #[test]
    fn unanswered_and_unknown_rows() {
        let data = testing::mini();
        let mut a = answers();
        a.answers.clear();
        a.answers
            .insert("R02".into(), testing::unknown(Some("- ask IT")));
        let rows = rows(&data, &a);
        assert_eq!(
            rows[0][5..].join("|"),
            "Strategy|strategy|01|R01|R01|1|Map what you already do|unanswered||3|medium||none|0.0|Send a short survey to every office this month.|||"
        );
        assert_eq!(
            rows[1][5..].join("|"),
            "Technology|tech|03|R02|R02|2|Watch technology|unknown||3|high||none|0.0|Name one person to follow technology news.|'- ask IT||"
        );
    }

    #[test]
    fn hostile_source_cells_and_first_steps_are_neutralised() {
        let mut data = testing::mini();
        data.catalogue.recommendations[0].first_step = "@SUM(A1:A9)".into();
        for bad in [
            "=HYPERLINK(\"http://evil.example\",\"Open\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tAcme",
            " \t=1",
        ] {
            let mut a = testing::answers(&testing::Texts {
                organisation: bad,
                respondent: bad,
                ..Default::default()
            });
            a.date = bad.into();
            let rows = rows(&data, &a);
            for row in &rows {
                for column in ["organisation", "respondent", "date"] {
                    assert_eq!(cell(row, column), format!("'{bad}"), "{column} of {bad:?}");
                }
            }
            assert_eq!(cell(&rows[0], "first_step"), "'@SUM(A1:A9)");
        }
    }

    /// Two respondents' answers combined, as `aggregate` reports them.
    fn combined_rows(data: &Data, inputs: [(&str, &str, &str); 2]) -> (String, Vec<Vec<String>>) {
        let q = data.questionnaire("full").expect("questionnaire full");
        let inputs = inputs
            .iter()
            .map(|(respondent, organisation, date)| {
                let mut a = testing::answers(&testing::Texts {
                    organisation,
                    respondent,
                    ..Default::default()
                });
                a.date = date.to_string();
                Input::new(format!("{respondent}.toml"), a)
            })
            .collect();
        let agg = aggregate::aggregate(&data.catalogue, q, inputs);
        let mut report = Report::new(&data.catalogue, q, &agg.combined, 10);
        report.aggregate = Some(agg.summary);
        let mut buf = Vec::new();
        write(&report, &mut buf).expect("writes");
        parse(&String::from_utf8(buf).expect("utf-8"))
    }

    #[test]
    fn combined_rows_name_the_whole_set_as_their_source() {
        let data = testing::mini();
        let (header, rows) = combined_rows(
            &data,
            [
                ("Nairobi", "Acme", "2024-06-01"),
                ("Lima", "Acme", "2024-05-01"),
            ],
        );
        assert_eq!(
            header,
            format!("{EXPECTED_HEADER},n,median,min,max,spread,na_count,unknown_count")
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0][..5].join("|"),
            "Acme|Combined: 2 respondents|2024-05-01/2024-06-01|full|1.0"
        );
        assert_eq!(rows[0][23..].join("|"), "2|1|1|1|0|0|0");
        assert_eq!(cell(&rows[1], "status"), "na");

        // Files of different organisations: no row says it is one of them.
        let (_, rows) = combined_rows(
            &data,
            [
                ("Nairobi", "Acme", "2024-05-01"),
                ("Lima", "Zeta", "2024-05-01"),
            ],
        );
        assert_eq!(
            rows[0][..5].join("|"),
            "Combined: 2 organisations|Combined: 2 respondents|2024-05-01|full|1.0"
        );

        // Blank organisations and dates are not counted as one more.
        let (_, rows) = combined_rows(&data, [("Nairobi", "Acme", ""), ("Lima", " ", "")]);
        assert_eq!(
            rows[0][..5].join("|"),
            "Acme|Combined: 2 respondents||full|1.0"
        );
    }
}
