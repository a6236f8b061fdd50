//! Dates of reduced precision ([`PartialDate`]) and spans between them ([`Period`]).
//!
//! Notices give dates as precisely as their authors knew them: "2024年3月27日" (a day),
//! "2025年5月" (a month), "2024年以来" (a year). A [`PartialDate`] keeps exactly that
//! precision and never fills in a missing part: `"2025-05"` stands for the whole of May 2025,
//! from its [first day](PartialDate::first_day) to its [last day](PartialDate::last_day).
//! Two partial dates are compared by what is *certain*: `"2025-05"` is
//! [certainly after](PartialDate::is_certainly_after) `"2025-04-30"`, but not after
//! `"2025"`, which may be any day of that year.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// The pattern every [`PartialDate`] string matches (the contract's, also in the JSON Schema).
pub const PARTIAL_DATE_PATTERN: &str = r"^\d{4}(-\d{2}(-\d{2})?)?$";

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: `2024`.
    Year,
    /// Year and month: `2024-03`.
    Month,
    /// A whole calendar date: `2024-03-27`.
    Day,
}

/// 日期: an ISO 8601 calendar date of year, month or day precision (`"2024"`, `"2024-03"`,
/// `"2024-03-27"`). A partial date stands for its whole span: `"2025-05"` is 1 to 31 May
/// 2025. Only real calendar dates are accepted (`"2025-02-30"` is not one).
///
/// # Example
///
/// ```
/// use rectify::PartialDate;
///
/// let may: PartialDate = "2025-05".parse()?;
/// assert_eq!(may.to_string(), "2025-05");
/// assert_eq!(may.last_day().to_string(), "2025-05-31");
/// assert!(may.is_certainly_after(&"2025-04-30".parse()?));
/// assert!(!may.is_certainly_after(&"2025".parse()?));
/// assert!("2025-02-30".parse::<PartialDate>().is_err());
/// # Ok::<(), rectify::DateError>(())
/// ```
///
/// # Ordering
///
/// `PartialDate` is [`PartialOrd`] by what is certain: `a < b` when `a` certainly lies
/// before `b` (its last day is before `b`'s first day), and two dates whose spans overlap
/// without being equal (`"2025"` and `"2025-05"`) are not ordered at all. It is not
/// [`Ord`]: to sort, pick a key such as [`first_day`](PartialDate::first_day).
///
/// ```
/// use rectify::PartialDate;
///
/// let date = |text: &str| text.parse::<PartialDate>().unwrap();
/// assert!(date("2024-06-28") < date("2024-09"));
/// assert!(date("2025") > date("2024-12-31"));
/// assert_eq!(date("2025").partial_cmp(&date("2025-05")), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PartialDate {
    /// The first day of the span; its month and day are 1 where not known.
    first: NaiveDate,
    precision: Precision,
}

/// Why a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// The text does not have the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("`{text}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Malformed {
        /// The text that was read.
        text: String,
    },
    /// The text has the right form but names no real calendar date (`2025-02-30`, `2024-13`).
    #[error("`{text}` is not a real calendar date")]
    NotACalendarDate {
        /// The text that was read.
        text: String,
    },
}

impl PartialDate {
    /// A date known only to the year.
    ///
    /// # Errors
    ///
    /// [`DateError::NotACalendarDate`] for a year outside 0–9999 (four digits in ISO form).
    ///
    /// # Example
    ///
    /// ```
    /// let year = rectify::PartialDate::year(2024)?;
    /// assert_eq!(year.to_string(), "2024");
    /// # Ok::<(), rectify::DateError>(())
    /// ```
    pub fn year(year: i32) -> Result<Self, DateError> {
        Self::build(year, None, None)
    }

    /// A date known to the month.
    ///
    /// # Errors
    ///
    /// [`DateError::NotACalendarDate`] for a month outside 1–12 or a year outside 0–9999.
    ///
    /// # Example
    ///
    /// ```
    /// let month = rectify::PartialDate::month(2025, 8)?;
    /// assert_eq!(month.to_string(), "2025-08");
    /// assert!(rectify::PartialDate::month(2025, 13).is_err());
    /// # Ok::<(), rectify::DateError>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Self, DateError> {
        Self::build(year, Some(month), None)
    }

    /// A whole calendar date.
    ///
    /// # Errors
    ///
    /// [`DateError::NotACalendarDate`] when the day does not exist (`2025-02-30`).
    ///
    /// # Example
    ///
    /// ```
    /// let day = rectify::PartialDate::day(2024, 9, 26)?;
    /// assert_eq!(day.to_string(), "2024-09-26");
    /// assert!(rectify::PartialDate::day(2025, 2, 30).is_err());
    /// # Ok::<(), rectify::DateError>(())
    /// ```
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        Self::build(year, Some(month), Some(day))
    }

    fn build(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, DateError> {
        let precision = match (month, day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        };
        let first = (0..=9999)
            .contains(&year)
            .then(|| NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1)))
            .flatten()
            .ok_or_else(|| DateError::NotACalendarDate {
                text: format_parts(year, month, day),
            })?;
        Ok(Self { first, precision })
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The year.
    pub fn year_number(&self) -> i32 {
        self.first.year()
    }

    /// The month (1–12), where known.
    pub fn month_number(&self) -> Option<u32> {
        (self.precision >= Precision::Month).then(|| self.first.month())
    }

    /// The day of the month, where known.
    pub fn day_number(&self) -> Option<u32> {
        (self.precision == Precision::Day).then(|| self.first.day())
    }

    /// The first day of the span this date stands for (1 January for a year).
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day of the span this date stands for (31 December for a year, the last day
    /// of the month for a month).
    pub fn last_day(&self) -> NaiveDate {
        let year = self.first.year();
        match self.precision {
            Precision::Day => self.first,
            // 31 December exists in every year that `build` accepts.
            Precision::Year => NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(self.first),
            Precision::Month => self
                .first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|next| next.pred_opt())
                .unwrap_or(self.first),
        }
    }

    /// Whether this date lies after `other` whatever the unknown parts are: this date's
    /// first day is after `other`'s last day. `"2025-05"` is certainly after `"2025-04-30"`
    /// but not after `"2025"`.
    pub fn is_certainly_after(&self, other: &PartialDate) -> bool {
        self.first_day() > other.last_day()
    }

    /// Whether this date lies before `other` whatever the unknown parts are.
    pub fn is_certainly_before(&self, other: &PartialDate) -> bool {
        other.is_certainly_after(self)
    }
}

impl PartialOrd for PartialDate {
    /// `Less` when certainly before, `Greater` when certainly after, `Equal` when equal,
    /// `None` when the spans overlap. Lawful: no two different dates have the same span, so
    /// `Equal` agrees with `==`; and "certainly before" is transitive.
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        if self == other {
            Some(Ordering::Equal)
        } else if self.is_certainly_before(other) {
            Some(Ordering::Less)
        } else if self.is_certainly_after(other) {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

fn format_parts(year: i32, month: Option<u32>, day: Option<u32>) -> String {
    match (month, day) {
        (None, _) => format!("{year:04}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_parts(
            self.year_number(),
            self.month_number(),
            self.day_number(),
        ))
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits, exactly that many).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || DateError::Malformed {
            text: text.to_owned(),
        };
        let mut parts = text.split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(malformed)?;
        let month = parts
            .next()
            .map(|p| digits(p, 2).ok_or_else(malformed))
            .transpose()?;
        let day = parts
            .next()
            .map(|p| digits(p, 2).ok_or_else(malformed))
            .transpose()?;
        if parts.next().is_some() {
            return Err(malformed());
        }
        let year = i32::try_from(year).map_err(|_| malformed())?;
        Self::build(year, month, day).map_err(|_| DateError::NotACalendarDate {
            text: text.to_owned(),
        })
    }
}

/// `part` as a number if it is exactly `len` ASCII digits.
fn digits(part: &str, len: usize) -> Option<u32> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> Self {
        date.to_string()
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    /// One branch per precision, so that a validator checks what the contract's pattern
    /// ([`PARTIAL_DATE_PATTERN`]) alone cannot: a month is 01–12, and a whole date is a real
    /// one (`format: date`, RFC 3339 full-date, where the validator asserts formats). Each
    /// branch is narrower than the contract's pattern, so the contract's pattern holds for
    /// whatever they accept; it is not repeated beside them, because a pattern on the union
    /// makes code generators fail (datamodel-code-generator puts it on a Python `Union`,
    /// which Pydantic refuses to constrain). The branches spell digits `[0-9]`: `\d` matches
    /// any Unicode digit in some regex engines (Python's), and the loader reads ASCII
    /// digits only. Each branch repeats `type: string`: json-schema-to-typescript reads a
    /// branch without a type as an object and would declare the date
    /// `{[k: string]: unknown} & string`, which no string satisfies.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "anyOf": [
                { "type": "string", "pattern": "^[0-9]{4}$" },
                { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" },
                { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }
            ],
            "description": "日期: an ISO 8601 calendar date of year, month or day precision \
                (\"2024\", \"2024-03\", \"2024-03-27\"); it must be a real calendar date. \
                A partial date stands for its whole span: \"2025-05\" is 1 to 31 May 2025, \
                and \"A before B\" is violated only when A's first day is after B's last day.",
            "examples": ["2024", "2025-05", "2024-03-27"]
        })
    }
}

/// 期间: a span of time between two [`PartialDate`]s, at least one of them given. An open
/// end means "until the notice's date" ("2024年以来" → `{"start": "2024"}`); an open start
/// means "up to" ("截至2025年9月" → `{"end": "2025-09"}`).
///
/// A period with neither end loads, and `validate` reports it as `emptyPeriod`.
///
/// # Example
///
/// ```
/// use rectify::{Period, PartialDate};
///
/// let since_2024 = Period::since(PartialDate::year(2024)?);
/// assert_eq!(serde_json::to_string(&since_2024).unwrap(), r#"{"start":"2024"}"#);
/// # Ok::<(), rectify::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Period {
    /// 起: the first day, month or year of the span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// 止: the last day, month or year of the span; absent for "until the notice's date".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

impl Period {
    /// A period from `start` to `end`.
    pub fn new(start: PartialDate, end: PartialDate) -> Self {
        Self {
            start: Some(start),
            end: Some(end),
        }
    }

    /// A period that starts at `start` and runs on until the notice's date (……以来).
    pub fn since(start: PartialDate) -> Self {
        Self {
            start: Some(start),
            end: None,
        }
    }

    /// A period that ends at `end`, its start not stated (截至……).
    pub fn until(end: PartialDate) -> Self {
        Self {
            start: None,
            end: Some(end),
        }
    }

    /// Whether neither end is given.
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }

    /// Whether the start certainly lies after the end.
    pub fn is_reversed(&self) -> bool {
        matches!((&self.start, &self.end), (Some(s), Some(e)) if s.is_certainly_after(e))
    }
}
