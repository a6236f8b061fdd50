//! Parses the bundled notice (中共清远市委宣传部, 2025, as published), validates the report,
//! and prints a short summary, the parser's diagnostics, and then the report's JSON.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use rectify::{Area, RectificationReport};

/// The bundled notice, compiled in so that the example runs from anywhere.
const NOTICE: &str = include_str!("../tests/fixtures/qingyuan-publicity-2025.txt");

fn main() -> Result<(), rectify::text::ParseError> {
    let parsed = rectify::text::parse(NOTICE)?;
    let report = &parsed.report;
    let validation = report.validate();

    print_summary(report);
    let coverage = parsed.coverage(NOTICE);
    println!(
        "parsing: {} diagnostic(s), {:.1}% of {} characters read into fields",
        parsed.diagnostics.len(),
        coverage.ratio() * 100.0,
        coverage.characters
    );
    for diagnostic in &parsed.diagnostics {
        println!("  {diagnostic}");
    }
    println!(
        "validation: {} error(s), {} warning(s){}",
        validation.errors().count(),
        validation.warnings().count(),
        if validation.is_valid() { ", valid" } else { "" }
    );
    for violation in &validation.violations {
        println!("  {violation}");
    }
    println!();
    let json = serde_json::to_string_pretty(report).expect("a report always serializes");
    println!("{json}");
    Ok(())
}

fn print_summary(report: &RectificationReport) {
    let name_of = |id: &rectify::PartyId| {
        report
            .party(id)
            .map_or_else(|| id.to_string(), |party| party.name.clone())
    };
    let or_unknown = |date: Option<String>| date.unwrap_or_else(|| "?".into());
    let timeline = &report.timeline;
    let inspection = timeline.inspection.as_ref();
    println!("{}", report.title);
    println!("issuer:      {}", name_of(&report.issuer));
    if let Some(inspector) = &report.inspection.inspector {
        println!(
            "inspection:  {} → {}, {} to {}",
            name_of(inspector),
            name_of(&report.inspection.inspected),
            or_unknown(inspection.and_then(|p| p.start).map(|d| d.to_string())),
            or_unknown(inspection.and_then(|p| p.end).map(|d| d.to_string())),
        );
    }
    println!(
        "feedback:    {}",
        or_unknown(timeline.feedback.map(|d| d.to_string()))
    );
    println!(
        "published:   {}",
        or_unknown(timeline.published.map(|d| d.to_string()))
    );
    println!("areas:");
    for area in &report.areas {
        print_area(area, 1);
    }
    println!(
        "measures: {}, figures: {}, parties: {}",
        report.measures().count(),
        report.all_indicators().count(),
        report.parties.len()
    );
}

fn print_area(area: &Area, depth: usize) {
    let contents = if area.sub_areas.is_empty() {
        format!("{} measure(s)", area.measures.len())
    } else {
        format!("{} sub-area(s)", area.sub_areas.len())
    };
    println!(
        "{:indent$}{}. {} ({contents})",
        "",
        area.number,
        area.title,
        indent = depth * 2
    );
    for sub_area in &area.sub_areas {
        print_area(sub_area, depth + 1);
    }
}
