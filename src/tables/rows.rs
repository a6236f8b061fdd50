//! One report's rows in every table ([`Rows`]), each a list of [`Value`]s in its table's
//! column order (src/tables/schema.rs).

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::Table;
use crate::text::Diagnostic;
use crate::{
    Area, Deadline, Extensions, Indicator, Measure, PartialDate, Period, Point, Precision,
    RectificationReport, Tally,
};

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// No value: null in Parquet, an empty field in CSV.
    Null,
    /// Text.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A floating-point number.
    Number(f64),
    /// A truth value.
    Boolean(bool),
    /// A calendar date.
    Date(NaiveDate),
}

impl fmt::Display for Value {
    /// The value as CSV writes it: numbers in their shortest exact form (`98.71`,
    /// `1300000`), dates as `YYYY-MM-DD`, `true`/`false`, nothing for null.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Text(text) => f.write_str(text),
            Value::Integer(number) => write!(f, "{number}"),
            Value::Number(number) => write!(f, "{number}"),
            Value::Boolean(truth) => write!(f, "{truth}"),
            Value::Date(date) => write!(f, "{}", date.format("%Y-%m-%d")),
        }
    }
}

/// One row: its values in its table's column order.
pub type Row = Vec<Value>;

/// A report flattened: its rows in every [`Table`], keyed by the id the caller gives it.
/// Built on any thread; written, in order, by a [`TableWriter`](super::TableWriter).
///
/// # Example
///
/// ```
/// use rectify::tables::{Rows, Table};
///
/// let json = include_str!("../../tests/fixtures/qingyuan-publicity-2025.json");
/// let report = rectify::from_json_str(json)?;
/// let rows = Rows::new("qingyuan/2025", None, &report, None);
/// assert_eq!(rows.table(Table::Reports).len(), 1);
/// assert_eq!(rows.table(Table::Indicators).len(), 33);
/// assert_eq!(rows.table(Table::MeasureParties).len(), 34);
/// assert!(rows.table(Table::Diagnostics).is_empty()); // read from JSON, not parsed
/// # Ok::<(), rectify::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rows {
    tables: [Vec<Row>; Table::ALL.len()],
}

impl Rows {
    /// The rows of `report` under the id `id`. `file` is where it was read from, if from a
    /// file; `diagnostics` are its parser's, for a report parsed from notice text (`None`
    /// for one read from JSON, whose `parsed` column is then false).
    pub fn new(
        id: &str,
        file: Option<&str>,
        report: &RectificationReport,
        diagnostics: Option<&[Diagnostic]>,
    ) -> Self {
        let mut rows = Flattener {
            id,
            rows: Rows::default(),
            indicators: 0,
            documents: 0,
            links: 0,
            measures: 0,
        };
        rows.parties(report);
        rows.areas(&report.areas);
        rows.own_indicators(&report.indicators);
        rows.points("responsibility", &report.responsibility);
        rows.points("nextSteps", &report.next_steps);
        rows.events(report);
        if let Some(diagnostics) = diagnostics {
            rows.diagnostics(diagnostics);
        }
        let counts = Counts {
            areas: rows.rows.table(Table::Areas).len(),
            measures: rows.measures,
            indicators: rows.indicators,
            parties: report.parties.len(),
            documents: rows.documents,
            diagnostics: diagnostics.map(<[Diagnostic]>::len),
        };
        let report_row = report_row(id, file, report, &counts);
        let mut rows = rows.rows;
        rows.tables[Table::Reports.index()].push(report_row);
        rows
    }

    /// The rows of one table.
    pub fn table(&self, table: Table) -> &[Row] {
        &self.tables[table.index()]
    }

    /// Each table with its rows, in the order of [`Table::ALL`].
    pub(crate) fn into_tables(self) -> impl Iterator<Item = (Table, Vec<Row>)> {
        Table::ALL.into_iter().zip(self.tables)
    }
}

/// How many rows a report has in the tables below it.
struct Counts {
    areas: usize,
    measures: usize,
    indicators: usize,
    parties: usize,
    documents: usize,
    diagnostics: Option<usize>,
}

/// Walks a report into its rows, numbering the rows that are numbered across the report.
struct Flattener<'a> {
    id: &'a str,
    rows: Rows,
    indicators: usize,
    documents: usize,
    links: usize,
    measures: usize,
}

impl Flattener<'_> {
    fn push(&mut self, table: Table, mut row: Row) {
        row.insert(0, text(self.id));
        self.rows.tables[table.index()].push(row);
    }

    fn parties(&mut self, report: &RectificationReport) {
        for (position, party) in report.parties.iter().enumerate() {
            let aliases = (!party.aliases.is_empty())
                .then(|| serde_json::to_string(&party.aliases).ok())
                .flatten();
            self.push(
                Table::Parties,
                vec![
                    text(party.id.as_str()),
                    count(position + 1),
                    text(&party.name),
                    aliases.map_or(Value::Null, Value::Text),
                    code(&party.kind),
                    party
                        .parent
                        .as_ref()
                        .map_or(Value::Null, |p| text(p.as_str())),
                    party.level.as_ref().map_or(Value::Null, code),
                    extensions(party.extensions.as_ref()),
                ],
            );
        }
    }

    /// Areas in the notice's order (each before its sub-areas), without recursion: areas
    /// may nest as deep as a report built in code makes them.
    fn areas(&mut self, areas: &[Area]) {
        let mut stack: Vec<(&Area, String, Option<String>, usize)> = areas
            .iter()
            .enumerate()
            .rev()
            .map(|(i, area)| (area, (i + 1).to_string(), None, 1))
            .collect();
        while let Some((area, path, parent, depth)) = stack.pop() {
            self.push(
                Table::Areas,
                vec![
                    text(&path),
                    parent.map_or(Value::Null, Value::Text),
                    count(depth),
                    integer(area.number),
                    text(&area.title),
                    optional_text(area.problem.as_deref()),
                    area.status.as_ref().map_or(Value::Null, code),
                    count(area.measures.len()),
                    count(area.sub_areas.len()),
                    extensions(area.extensions.as_ref()),
                ],
            );
            for (i, measure) in area.measures.iter().enumerate() {
                self.measure(&path, i + 1, measure);
            }
            stack.extend(area.sub_areas.iter().enumerate().rev().map(|(i, sub)| {
                (
                    sub,
                    format!("{path}.{}", i + 1),
                    Some(path.clone()),
                    depth + 1,
                )
            }));
        }
    }

    fn measure(&mut self, area_path: &str, position: usize, measure: &Measure) {
        self.measures += 1;
        let deadline = measure.deadline.as_ref();
        let mut row = vec![
            text(area_path),
            count(position),
            integer(measure.ordinal),
            optional_text(measure.summary.as_deref()),
            text(&measure.text),
            measure.status.as_ref().map_or(Value::Null, code),
            deadline.map_or(Value::Null, deadline_kind),
        ];
        row.extend(date(deadline.and_then(|d| d.by)));
        row.extend([
            boolean(deadline.and_then(|d| d.immediate)),
            boolean(deadline.and_then(|d| d.ongoing)),
            extensions(measure.extensions.as_ref()),
        ]);
        self.push(Table::Measures, row);
        let owner = [text(area_path), count(position)];
        for indicator in &measure.indicators {
            self.indicator(owner.clone(), indicator);
        }
        for document in &measure.documents {
            self.documents += 1;
            let mut row = vec![count(self.documents)];
            row.extend(owner.clone());
            row.extend([
                text(&document.title),
                code(&document.action),
                optional_text(document.number.as_deref()),
            ]);
            self.push(Table::Documents, row);
        }
        for link in &measure.parties {
            self.links += 1;
            let mut row = vec![count(self.links)];
            row.extend(owner.clone());
            row.extend([text(link.party.as_str()), code(&link.role)]);
            self.push(Table::MeasureParties, row);
        }
    }

    fn own_indicators(&mut self, indicators: &[Indicator]) {
        for indicator in indicators {
            self.indicator([Value::Null, Value::Null], indicator);
        }
    }

    /// An indicator's row; `owner` is its measure's area path and position, or two nulls.
    fn indicator(&mut self, owner: [Value; 2], indicator: &Indicator) {
        self.indicators += 1;
        let mut row = vec![count(self.indicators)];
        row.extend(owner);
        row.extend([
            text(&indicator.subject),
            code(&indicator.kind),
            Value::Number(indicator.value),
            optional_text(indicator.unit.as_deref()),
            code(&indicator.qualifier),
        ]);
        row.extend(period(indicator.period.as_ref()));
        row.extend([
            optional_text(indicator.source.as_deref()),
            extensions(indicator.extensions.as_ref()),
        ]);
        self.push(Table::Indicators, row);
    }

    fn points(&mut self, section: &str, points: &[Point]) {
        for (i, point) in points.iter().enumerate() {
            self.push(
                Table::Points,
                vec![
                    text(section),
                    count(i + 1),
                    integer(point.number),
                    optional_text(point.heading.as_deref()),
                    text(&point.text),
                ],
            );
        }
    }

    fn events(&mut self, report: &RectificationReport) {
        for (i, event) in report.timeline.events.iter().enumerate() {
            let mut row = vec![count(i + 1), text(&event.label)];
            row.extend(date(event.date));
            row.extend(period(event.period.as_ref()));
            self.push(Table::Events, row);
        }
    }

    fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        for (i, diagnostic) in diagnostics.iter().enumerate() {
            let span = &diagnostic.span;
            self.push(
                Table::Diagnostics,
                vec![
                    count(i + 1),
                    count(span.start.line),
                    count(span.start.column),
                    count(span.end.line),
                    count(span.end.column),
                    text(diagnostic.kind.as_str()),
                    text(&diagnostic.message),
                    text(&diagnostic.text),
                ],
            );
        }
    }
}

fn report_row(id: &str, file: Option<&str>, report: &RectificationReport, counts: &Counts) -> Row {
    let inspection = &report.inspection;
    let round = inspection.round.as_ref();
    let timeline = &report.timeline;
    let party_id = |id: Option<&crate::PartyId>| id.map_or(Value::Null, |id| text(id.as_str()));
    let mut row = vec![
        text(id),
        optional_text(file),
        Value::Boolean(counts.diagnostics.is_some()),
        text(&report.schema_version),
        text(&report.title),
        text(report.issuer.as_str()),
        optional_text(report.party(&report.issuer).map(|p| p.name.as_str())),
        code(&inspection.kind),
        inspection.form.as_ref().map_or(Value::Null, code),
        optional_text(round.map(|r| r.label.as_str())),
        optional_integer(round.and_then(|r| r.term).map(u32::from)),
        optional_integer(round.and_then(|r| r.number).map(u32::from)),
        party_id(inspection.inspector.as_ref()),
        text(inspection.inspected.as_str()),
        party_id(inspection.convened_by.as_ref()),
    ];
    row.extend(period(timeline.inspection.as_ref()));
    row.extend(date(timeline.feedback));
    row.extend(date(timeline.rectification_due));
    row.extend(date(timeline.published));
    row.extend(period(timeline.public_comment.as_ref()));
    let progress = report.progress.as_ref();
    row.extend(tally(progress.and_then(|p| p.problems.as_ref())));
    row.extend(tally(progress.and_then(|p| p.measures.as_ref())));
    row.push(optional_integer(progress.and_then(|p| p.rules_established)));
    row.extend([
        count(counts.areas),
        count(counts.measures),
        count(counts.indicators),
        count(counts.parties),
        count(counts.documents),
        counts.diagnostics.map_or(Value::Null, count),
        optional_text(report.preamble.as_deref()),
        optional_text(report.closing.as_deref()),
    ]);
    let feedback = report.public_feedback.as_ref();
    row.extend(
        [
            feedback.and_then(|f| f.phone.as_deref()),
            feedback.and_then(|f| f.postal_address.as_deref()),
            feedback.and_then(|f| f.postcode.as_deref()),
            feedback.and_then(|f| f.email.as_deref()),
            feedback.and_then(|f| f.website.as_deref()),
        ]
        .map(optional_text),
    );
    row.push(extensions(report.extensions.as_ref()));
    row
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn optional_text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, text)
}

fn integer(value: u32) -> Value {
    Value::Integer(i64::from(value))
}

fn optional_integer(value: Option<u32>) -> Value {
    value.map_or(Value::Null, integer)
}

/// A count or position; saturates rather than wraps (no report comes near `i64::MAX`).
fn count(value: usize) -> Value {
    Value::Integer(i64::try_from(value).unwrap_or(i64::MAX))
}

fn boolean(value: Option<bool>) -> Value {
    value.map_or(Value::Null, Value::Boolean)
}

/// An enum's code, as the contract writes it (`xuncha`, `partiallyCompleted`).
fn code(value: &impl Serialize) -> Value {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => Value::Text(code),
        _ => Value::Null,
    }
}

fn extensions(value: Option<&Extensions>) -> Value {
    value
        .and_then(|map| serde_json::to_string(map).ok())
        .map_or(Value::Null, Value::Text)
}

/// A partial date's two columns: its first day, and its precision.
fn date(value: Option<PartialDate>) -> [Value; 2] {
    match value {
        Some(date) => [
            Value::Date(date.first_day()),
            text(match date.precision() {
                Precision::Year => "year",
                Precision::Month => "month",
                Precision::Day => "day",
            }),
        ],
        None => [Value::Null, Value::Null],
    }
}

/// A period's four columns: start and its precision, end and its precision.
fn period(value: Option<&Period>) -> [Value; 4] {
    let [start, start_precision] = date(value.and_then(|p| p.start));
    let [end, end_precision] = date(value.and_then(|p| p.end));
    [start, start_precision, end, end_precision]
}

/// A tally's six columns: total, the four parts, the completion rate.
fn tally(value: Option<&Tally>) -> [Value; 6] {
    let part = |f: fn(&Tally) -> Option<u32>| optional_integer(value.and_then(f));
    [
        part(|t| t.total),
        part(|t| t.completed),
        part(|t| t.partially_completed),
        part(|t| t.ongoing),
        part(|t| t.not_started),
        value
            .and_then(|t| t.completion_rate)
            .map_or(Value::Null, Value::Number),
    ]
}

/// What a deadline gives, joined by `+`: `by`, `immediate`, `ongoing` (`by+ongoing`).
fn deadline_kind(deadline: &Deadline) -> Value {
    let kinds: Vec<&str> = [
        ("by", deadline.by.is_some()),
        ("immediate", deadline.immediate == Some(true)),
        ("ongoing", deadline.ongoing == Some(true)),
    ]
    .into_iter()
    .filter_map(|(kind, given)| given.then_some(kind))
    .collect();
    if kinds.is_empty() {
        Value::Null
    } else {
        Value::Text(kinds.join("+"))
    }
}
