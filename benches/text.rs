//! Parsing notice text against reading the same report from JSON, in one run.
//!
//! ```text
//! cargo bench --bench text
//! ```
//!
//! The baseline is `from_json_str` of the JSON that `parse` produces for the bundled notice:
//! the cost of getting the same typed report from the format made for machines. `parse` is
//! the figure to compare with it; `render` and `to_string` are the way back.

use std::hint::black_box;

const NOTICE: &str = include_str!("../tests/fixtures/qingyuan-publicity-2025.txt");

fn main() {
    divan::main();
}

fn report_json() -> String {
    let report = rectify::text::parse(NOTICE)
        .expect("the bundled notice parses")
        .report;
    serde_json::to_string(&report).expect("a report serializes")
}

/// The baseline: the same report, read from JSON.
#[divan::bench]
fn baseline_from_json(bencher: divan::Bencher) {
    let json = report_json();
    bencher
        .counter(divan::counter::BytesCount::of_str(&json))
        .bench(|| rectify::from_json_str(black_box(&json)).expect("loads"));
}

/// The notice's text to the report.
#[divan::bench]
fn parse(bencher: divan::Bencher) {
    bencher
        .counter(divan::counter::BytesCount::of_str(NOTICE))
        .bench(|| rectify::text::parse(black_box(NOTICE)).expect("parses"));
}

/// The report to the notice's text.
#[divan::bench]
fn render(bencher: divan::Bencher) {
    let report = rectify::text::parse(NOTICE).expect("parses").report;
    let written = rectify::text::render(&report);
    bencher
        .counter(divan::counter::BytesCount::of_str(&written))
        .bench(|| rectify::text::render(black_box(&report)));
}

/// The report to JSON.
#[divan::bench]
fn to_json(bencher: divan::Bencher) {
    let report = rectify::text::parse(NOTICE).expect("parses").report;
    let written = serde_json::to_string(&report).expect("serializes");
    bencher
        .counter(divan::counter::BytesCount::of_str(&written))
        .bench(|| serde_json::to_string(black_box(&report)).expect("serializes"));
}
