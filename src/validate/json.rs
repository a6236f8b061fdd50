//! Validation of a JSON document before it is typed, so that a bad date is listed with
//! every other violation instead of stopping the load.

use serde::Deserialize;
use serde_json::Value;

use super::{Code, Validation, Violation, violation};
use crate::{Error, PartialDate, RectificationReport};

/// Validates a JSON document before typing it: like [`from_json_str`](crate::from_json_str)
/// followed by [`validate`](RectificationReport::validate), except that malformed or
/// unreal dates are listed as `invalidDate` violations together with everything else,
/// instead of stopping the load.
///
/// # Errors
///
/// [`Error::Json`] when the input is not JSON, or is of the wrong shape for a reason other
/// than its dates: the error names the line, column and field path.
///
/// # Example
///
/// ```
/// use rectify::validate::{Code, validate_json};
///
/// let json = include_str!("../../tests/fixtures/qingyuan-publicity-2025.json")
///     .replace(r#""feedback": "2024-09-26""#, r#""feedback": "2024-09-31""#);
/// let validation = validate_json(&json)?;
/// assert_eq!(validation.violations.len(), 1);
/// assert_eq!(validation.violations[0].code, Code::InvalidDate);
/// assert_eq!(validation.violations[0].path, "/timeline/feedback");
/// # Ok::<(), rectify::Error>(())
/// ```
pub fn validate_json(input: &str) -> Result<Validation, Error> {
    let typed_error = match crate::from_json_str(input) {
        Ok(report) => return Ok(report.validate()),
        Err(error) => error,
    };
    let Ok(mut value) = serde_json::from_str::<Value>(input) else {
        return Err(typed_error);
    };
    let mut bad_dates = Vec::new();
    take_invalid_dates(&mut value, &mut bad_dates);
    if bad_dates.is_empty() {
        return Err(typed_error);
    }
    // Only the dates were wrong if the rest now loads; otherwise the first error in the
    // input (with its line and column) is the one to show.
    let Ok(report) = RectificationReport::deserialize(crate::de::ObjectsOnly(value)) else {
        return Err(typed_error);
    };
    let mut violations: Vec<Violation> = bad_dates
        .iter()
        .map(|(path, message)| violation(path.clone(), Code::InvalidDate, message.clone()))
        .collect();
    let consequences = report
        .validate()
        .violations
        .into_iter()
        .filter(|v| !follows_from_removed_date(v, &bad_dates));
    violations.extend(consequences);
    Ok(Validation { violations })
}

/// A removed date leaves a field missing, a period or deadline empty, an event dateless:
/// those findings repeat the `invalidDate` and are dropped.
fn follows_from_removed_date(violation: &Violation, bad_dates: &[(String, String)]) -> bool {
    matches!(
        violation.code,
        Code::MissingField | Code::EmptyPeriod | Code::EventDate | Code::EmptyDeadline
    ) && bad_dates.iter().any(|(path, _)| {
        path == &violation.path
            || path
                .rsplit_once('/')
                .is_some_and(|(parent, _)| parent == violation.path)
    })
}

/// Removes every date string that is not a [`PartialDate`] from the places the contract
/// puts dates, and records its pointer and the reason.
fn take_invalid_dates(report: &mut Value, found: &mut Vec<(String, String)>) {
    let visit = |value: &mut Value, path: &str, found: &mut Vec<(String, String)>| {
        take_date_fields(
            value,
            path,
            &["feedback", "rectificationDue", "published"],
            found,
        );
        for period in ["inspection", "publicComment"] {
            take_period(value.get_mut(period), &format!("{path}/{period}"), found);
        }
        for (i, event) in array_items(value.get_mut("events")) {
            let event_path = format!("{path}/events/{i}");
            take_date_fields(event, &event_path, &["date"], found);
            take_period(
                event.get_mut("period"),
                &format!("{event_path}/period"),
                found,
            );
        }
    };
    if let Some(timeline) = report.get_mut("timeline") {
        visit(timeline, "/timeline", found);
    }
    take_indicator_periods(report.get_mut("indicators"), "", found);
    for (i, area) in array_items(report.get_mut("areas")) {
        take_area_dates(area, &format!("/areas/{i}"), found);
    }
}

fn take_area_dates(area: &mut Value, path: &str, found: &mut Vec<(String, String)>) {
    for (i, measure) in array_items(area.get_mut("measures")) {
        let measure_path = format!("{path}/measures/{i}");
        if let Some(deadline) = measure.get_mut("deadline") {
            take_date_fields(
                deadline,
                &format!("{measure_path}/deadline"),
                &["by"],
                found,
            );
        }
        take_indicator_periods(measure.get_mut("indicators"), &measure_path, found);
    }
    for (i, sub_area) in array_items(area.get_mut("subAreas")) {
        take_area_dates(sub_area, &format!("{path}/subAreas/{i}"), found);
    }
}

fn take_indicator_periods(
    indicators: Option<&mut Value>,
    path: &str,
    found: &mut Vec<(String, String)>,
) {
    for (i, indicator) in array_items(indicators) {
        let period_path = format!("{path}/indicators/{i}/period");
        take_period(indicator.get_mut("period"), &period_path, found);
    }
}

fn take_period(period: Option<&mut Value>, path: &str, found: &mut Vec<(String, String)>) {
    if let Some(period) = period {
        take_date_fields(period, path, &["start", "end"], found);
    }
}

fn take_date_fields(
    object: &mut Value,
    path: &str,
    fields: &[&str],
    found: &mut Vec<(String, String)>,
) {
    let Some(object) = object.as_object_mut() else {
        return;
    };
    for field in fields {
        let Some(Value::String(text)) = object.get(*field) else {
            continue;
        };
        if let Err(error) = text.parse::<PartialDate>() {
            found.push((format!("{path}/{field}"), error.to_string()));
            object.remove(*field);
        }
    }
}

fn array_items(value: Option<&mut Value>) -> impl Iterator<Item = (usize, &mut Value)> {
    value
        .and_then(Value::as_array_mut)
        .into_iter()
        .flat_map(|items| items.iter_mut().enumerate())
}
