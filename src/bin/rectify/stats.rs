//! `rectify stats`: figures per report and in total, for spreadsheets and scripts.
//!
//! Columns (the same in every format):
//!
//! - `file`, `kind` (the inspection's code: xunshi, xuncha, audit, …), `issuer`;
//! - `areas` (top-level areas), `measures` (all, sub-areas included), `figures` (the
//!   measures' indicators and the report's own), `documents`, `parties`;
//! - `days_to_feedback`: from the inspection's last day to the feedback; `days_to_publication`:
//!   from the feedback to the notice's date. Only where both dates are known to the day;
//! - `measures_with_status`, `measures_completed`: a measure without a status of its own
//!   takes its area's; `completion_rate`: completed as a percentage of those with a status;
//! - `reported_rate`: the rate the notice itself gives for its measures (or, failing that,
//!   its problems), in percent: its 完成率, else completed of total.
//!
//! The total row sums the counts, gives the days as means over the reports that have them,
//! and the completion rate over all measures with a status.

use std::fmt::Write;
use std::path::PathBuf;

use rectify::{Area, RectificationReport, Status, Tally as Counts};
use serde_json::{Map, Value, json};
use unicode_width::UnicodeWidthStr;

use crate::batch::{self, Summary, Tally, Verdict, Words};
use crate::input::{self, Input, Unreadable, Wanted};
use crate::{Common, output};

/// Options of `rectify stats`.
#[derive(Debug, clap::Args)]
pub(crate) struct Options {
    /// Notices (.txt, .html), reports (.json), folders of them, or `-` for stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    inputs: Vec<PathBuf>,
    /// `table` for reading, `csv` for spreadsheets, `json` for scripts.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
}

const WORDS: Words = Words {
    good: "counted",
    failed: "not parsed or not a report",
};

const COLUMNS: [&str; 14] = [
    "file",
    "kind",
    "issuer",
    "areas",
    "measures",
    "figures",
    "documents",
    "parties",
    "days_to_feedback",
    "days_to_publication",
    "measures_with_status",
    "measures_completed",
    "completion_rate",
    "reported_rate",
];

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Count(i64),
    Number(f64),
    Empty,
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Count(count) => count.to_string(),
            Cell::Number(number) => format!("{number:.1}"),
            Cell::Empty => String::new(),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Text(text) => json!(text),
            Cell::Count(count) => json!(count),
            // One decimal, as in the table.
            Cell::Number(number) => json!((number * 10.0).round() / 10.0),
            Cell::Empty => Value::Null,
        }
    }
}

/// The figures of one report, before they become cells.
#[derive(Debug, Default, Clone)]
struct Figures {
    areas: u64,
    measures: u64,
    figures: u64,
    documents: u64,
    parties: u64,
    days_to_feedback: Option<i64>,
    days_to_publication: Option<i64>,
    with_status: u64,
    completed: u64,
    reported_rate: Option<f64>,
}

impl Figures {
    fn of(report: &RectificationReport) -> Self {
        let mut figures = Figures {
            areas: report.areas.len() as u64,
            figures: report.all_indicators().count() as u64,
            parties: report.parties.len() as u64,
            ..Figures::default()
        };
        let timeline = &report.timeline;
        let inspection_end = timeline.inspection.as_ref().and_then(|p| p.end);
        figures.days_to_feedback = days_between(inspection_end, timeline.feedback);
        figures.days_to_publication = days_between(timeline.feedback, timeline.published);
        // Areas nest: walk them with a stack, each with the status its measures inherit.
        let mut stack: Vec<(&Area, Option<Status>)> = report
            .areas
            .iter()
            .map(|area| (area, area.status))
            .collect();
        while let Some((area, inherited)) = stack.pop() {
            for measure in &area.measures {
                figures.measures += 1;
                figures.documents += measure.documents.len() as u64;
                if let Some(status) = measure.status.or(inherited) {
                    figures.with_status += 1;
                    figures.completed += u64::from(status == Status::Completed);
                }
            }
            stack.extend(
                area.sub_areas
                    .iter()
                    .map(|sub| (sub, sub.status.or(inherited))),
            );
        }
        figures.reported_rate = report.progress.as_ref().and_then(|progress| {
            progress
                .measures
                .as_ref()
                .and_then(rate_of)
                .or_else(|| progress.problems.as_ref().and_then(rate_of))
        });
        figures
    }

    fn completion_rate(&self) -> Option<f64> {
        (self.with_status > 0).then(|| 100.0 * self.completed as f64 / self.with_status as f64)
    }
}

/// Days between two dates, when both are known to the day.
fn days_between(
    from: Option<rectify::PartialDate>,
    to: Option<rectify::PartialDate>,
) -> Option<i64> {
    let (from, to) = (from?, to?);
    (from.day_number().is_some() && to.day_number().is_some())
        .then(|| (to.first_day() - from.first_day()).num_days())
}

fn rate_of(counts: &Counts) -> Option<f64> {
    counts.completion_rate.or_else(|| {
        // Without a stated total there is nothing to compute a rate of (the parts may not be
        // all): the rate is left empty.
        let (completed, total) = (counts.completed?, counts.total?);
        (total > 0).then(|| 100.0 * f64::from(completed) / f64::from(total))
    })
}

fn days(value: Option<i64>) -> Cell {
    value.map_or(Cell::Empty, Cell::Count)
}

/// An enum's code, as in the JSON (`xuncha`).
fn code_of(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(code)) => code,
        _ => String::new(),
    }
}

/// Counts are far below `i64::MAX`; saturate rather than wrap if not.
fn count(value: u64) -> Cell {
    Cell::Count(i64::try_from(value).unwrap_or(i64::MAX))
}

fn number_or_empty(value: Option<f64>) -> Cell {
    value.map_or(Cell::Empty, Cell::Number)
}

fn row(file: String, report: &RectificationReport, figures: &Figures) -> Vec<Cell> {
    let issuer = report
        .party(&report.issuer)
        .map_or_else(|| report.issuer.to_string(), |party| party.name.clone());
    vec![
        Cell::Text(file),
        Cell::Text(code_of(&report.inspection.kind)),
        Cell::Text(issuer),
        count(figures.areas),
        count(figures.measures),
        count(figures.figures),
        count(figures.documents),
        count(figures.parties),
        days(figures.days_to_feedback),
        days(figures.days_to_publication),
        count(figures.with_status),
        count(figures.completed),
        number_or_empty(figures.completion_rate()),
        number_or_empty(figures.reported_rate),
    ]
}

/// The total row: counts summed, days averaged, the completion rate over all measures.
fn total_row(all: &[Figures]) -> Vec<Cell> {
    let sum = |f: fn(&Figures) -> u64| count(all.iter().map(f).sum());
    let mean = |f: fn(&Figures) -> Option<i64>| {
        let known: Vec<i64> = all.iter().filter_map(f).collect();
        number_or_empty(
            (!known.is_empty()).then(|| known.iter().sum::<i64>() as f64 / known.len() as f64),
        )
    };
    let rates: Vec<f64> = all.iter().filter_map(|f| f.reported_rate).collect();
    let together = Figures {
        with_status: all.iter().map(|f| f.with_status).sum(),
        completed: all.iter().map(|f| f.completed).sum(),
        ..Figures::default()
    };
    vec![
        Cell::Text("(total)".to_owned()),
        Cell::Text(format!("{} reports", all.len())),
        Cell::Empty,
        sum(|f| f.areas),
        sum(|f| f.measures),
        sum(|f| f.figures),
        sum(|f| f.documents),
        sum(|f| f.parties),
        mean(|f| f.days_to_feedback),
        mean(|f| f.days_to_publication),
        sum(|f| f.with_status),
        sum(|f| f.completed),
        number_or_empty(together.completion_rate()),
        number_or_empty(
            (!rates.is_empty()).then(|| rates.iter().sum::<f64>() / rates.len() as f64),
        ),
    ]
}

/// What one input came to.
enum Outcome {
    Counted { row: Vec<Cell>, figures: Figures },
    Failed { message: String, verdict: Verdict },
}

fn count_one(input: Result<Input, Unreadable>) -> Outcome {
    match batch::read_report(input) {
        Ok(read) => {
            let figures = Figures::of(&read.report);
            Outcome::Counted {
                row: row(read.name, &read.report, &figures),
                figures,
            }
        }
        Err((message, verdict)) => Outcome::Failed { message, verdict },
    }
}

pub(crate) fn run(options: &Options, common: &Common) -> Verdict {
    let inputs = input::expand(&options.inputs, Wanted::Either);
    let mut tally = Tally::default();
    let mut rows = Vec::new();
    let mut all = Vec::new();
    let ran = batch::run(
        inputs,
        common.jobs,
        count_one,
        |outcome, progress| match outcome {
            Outcome::Counted { row, figures } => {
                tally.count(Verdict::Good);
                rows.push(row);
                all.push(figures);
            }
            Outcome::Failed { message, verdict } => {
                tally.count(verdict);
                progress.suspend(|| output::error(&message));
            }
        },
    );
    if let Err(error) = ran {
        return output::fail(&format!("cannot start the threads: {error}"));
    }
    rows.push(total_row(&all));
    let text = match options.format {
        Format::Table => table(&rows),
        Format::Csv => match csv(&rows) {
            Ok(text) => text,
            Err(error) => return output::fail(&format!("cannot write the CSV: {error}")),
        },
        Format::Json => json(&rows),
    };
    let written = output::stdout(text.as_bytes());
    if tally.total() > 1 {
        output::error(&format!("rectify stats: {}", Summary(tally, &WORDS)));
    }
    tally.verdict().max(written)
}

/// Columns aligned by their display width (a Chinese character is two columns); numbers
/// to the right.
fn table(rows: &[Vec<Cell>]) -> String {
    let texts: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(Cell::text).collect())
        .collect();
    let widths: Vec<usize> = (0..COLUMNS.len())
        .map(|column| {
            texts
                .iter()
                .map(|row| row[column].width())
                .chain([COLUMNS[column].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let mut line = |cells: Vec<(String, bool)>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|((text, right), width)| {
                let pad = " ".repeat(width - text.width());
                if *right {
                    format!("{pad}{text}")
                } else {
                    format!("{text}{pad}")
                }
            })
            .collect();
        let _ = writeln!(out, "{}", padded.join("  ").trim_end());
    };
    line(COLUMNS.iter().map(|c| (c.to_string(), false)).collect());
    for (cells, texts) in rows.iter().zip(texts) {
        line(
            cells
                .iter()
                .zip(texts)
                .map(|(cell, text)| (text, matches!(cell, Cell::Count(_) | Cell::Number(_))))
                .collect(),
        );
    }
    out
}

fn csv(rows: &[Vec<Cell>]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for row in rows {
        writer.write_record(row.iter().map(Cell::text))?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `{"reports": [ {column: value} ], "total": {column: value}}`.
fn json(rows: &[Vec<Cell>]) -> String {
    let object = |row: &Vec<Cell>| -> Value {
        let map: Map<String, Value> = COLUMNS
            .iter()
            .zip(row)
            .map(|(column, cell)| (column.to_string(), cell.json()))
            .collect();
        Value::Object(map)
    };
    let (total, reports) = rows.split_last().expect("the total row is always there");
    let document = json!({
        "reports": reports.iter().map(object).collect::<Vec<_>>(),
        "total": object(total),
    });
    format!("{document:#}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_reports_figures() {
        let json = include_str!("../../../tests/fixtures/qingyuan-publicity-2025.json");
        let report = rectify::from_json_str(json).unwrap();
        let figures = Figures::of(&report);
        assert_eq!(
            (
                figures.areas,
                figures.measures,
                figures.figures,
                figures.documents
            ),
            (11, 42, 33, 16)
        );
        assert_eq!(figures.parties, 28);
        // 2024-06-28 → 2024-09-26, and 2024-09-26 → 2025-10-16.
        assert_eq!(figures.days_to_feedback, Some(90));
        assert_eq!(figures.days_to_publication, Some(385));
    }

    #[test]
    fn days_need_both_dates_to_the_day() {
        let day = |s: &str| Some(s.parse::<rectify::PartialDate>().unwrap());
        assert_eq!(days_between(day("2024-02-28"), day("2024-03-01")), Some(2));
        assert_eq!(days_between(day("2024-02"), day("2024-03-01")), None);
        assert_eq!(days_between(None, day("2024-03-01")), None);
    }
}
