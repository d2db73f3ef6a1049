//! Action plans: the gaps of a report turned into owned, dated actions, grouped in phases, kept
//! in a TOML file people edit (`plan.toml`), and followed up against the next assessment.
//! [`draft`] makes a plan from a report, [`save`] writes it, [`load`] reads and checks one,
//! [`update`] adds new gaps and marks closed ones in place without touching what people wrote.
//! [`view`] is a plan as seen on one day (what is overdue, how many of each), which `plan show`
//! writes as a document and as [`csv`], [`json`] and [`xlsx`]; [`export`] writes it for other
//! tools (Asana, Jira, calendars through [`ics`]).

pub mod csv;
pub mod draft;
pub mod export;
pub mod ics;
pub mod json;
pub mod load;
pub mod save;
pub mod update;
pub mod view;
pub mod xlsx;

pub use load::{PlanError, load, parse};

use jiff::civil::Date;

/// Version of the plan file format this build reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// When an action should be done, counted from the assessment's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// The top band, and quick wins (high importance, a gap of one).
    First90Days,
    /// The middle band.
    ThreeToSixMonths,
    /// The rest.
    SixToTwelveMonths,
}

impl Phase {
    pub const ALL: [Phase; 3] = [
        Phase::First90Days,
        Phase::ThreeToSixMonths,
        Phase::SixToTwelveMonths,
    ];

    /// As written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::First90Days => "first 90 days",
            Phase::ThreeToSixMonths => "3-6 months",
            Phase::SixToTwelveMonths => "6-12 months",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }

    /// In one word for other tools (a Jira label, a JSON key): `first-90-days`.
    pub fn slug(self) -> &'static str {
        match self {
            Phase::First90Days => "first-90-days",
            Phase::ThreeToSixMonths => "3-6-months",
            Phase::SixToTwelveMonths => "6-12-months",
        }
    }

    /// Days from the assessment to the phase's start: the end of the phase before.
    pub fn start_days(self) -> i64 {
        match self {
            Phase::First90Days => 0,
            Phase::ThreeToSixMonths => Phase::First90Days.days(),
            Phase::SixToTwelveMonths => Phase::ThreeToSixMonths.days(),
        }
    }

    /// Days from the assessment to the phase's end: the default due date.
    pub fn days(self) -> i64 {
        match self {
            Phase::First90Days => 90,
            Phase::ThreeToSixMonths => 182,
            Phase::SixToTwelveMonths => 365,
        }
    }
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    /// Given up, with a reason.
    Dropped,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not started",
            Status::InProgress => "in progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim().to_ascii_lowercase();
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// In one word for other tools (JSON): `not_started`.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    /// Still to do: not started or in progress.
    pub fn open(self) -> bool {
        matches!(self, Status::NotStarted | Status::InProgress)
    }
}

/// One action: a gap to close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The recommendation (R01..R48) whose gap it closes.
    pub recommendation: String,
    /// The recommendation's title when drafted, for reading the file; not checked.
    pub title: String,
    pub phase: Phase,
    /// The level when drafted, and the level aimed for.
    pub level: u8,
    pub target: u8,
    /// The guide's first step when drafted; people may rewrite it.
    pub first_task: String,
    pub owner: String,
    /// `None`: no date yet.
    pub due: Option<Date>,
    pub status: Status,
    /// Why it was dropped (required with `dropped`).
    pub reason: String,
    pub notes: String,
    /// The day of the assessment in which its gap was found closed (`plan --update`).
    pub closed: Option<Date>,
}

/// A whole plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub organisation: String,
    pub questionnaire: String,
    /// The day of the assessment it was drafted from; due dates count from it.
    pub assessed: Option<Date>,
    /// In priority order when drafted, new gaps added at the end.
    pub actions: Vec<Action>,
}

impl Plan {
    /// The action for recommendation `id`, if any.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.recommendation == id)
    }
}

/// Today's date in UTC, for `plan show` without `--today`.
pub fn today() -> Date {
    jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

/// The words a field may hold, as the plan file writes them and messages list them:
/// `"not started", "in progress"`.
pub(crate) fn listed(words: impl IntoIterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = words.into_iter().map(|w| format!("\"{w}\"")).collect();
    quoted.join(", ")
}

/// `YYYY-MM-DD` as a day of the calendar, or why not.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let shaped = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err("is not a date written YYYY-MM-DD".into());
    }
    s.parse::<Date>()
        .map_err(|_| "is not a day of the calendar".to_string())
}
