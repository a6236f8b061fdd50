//! Reading and checking reports, each against a baseline on the same bytes in the same run.
//!
//! ```text
//! cargo bench --bench model
//! ```
//!
//! - `typed_from_json` (the crate's loader, with its path-tracking errors and objects-only
//!   adapter) against `value_from_json` (`serde_json::Value`, the cheapest full read of the
//!   same JSON): target, typed no slower than Value.
//! - `validate` (every rule of the contract, on the loaded report) against
//!   `jsonschema_rs` (jsonschema-rs with format checks, every error of the exported schema,
//!   on the parsed `Value`): target, ours at least 10 times faster, while it checks more
//!   (the schema cannot express party references, date order, tallies or numbering).

use std::hint::black_box;

use divan::counter::BytesCount;

const JSON: &str = include_str!("../tests/fixtures/qingyuan-publicity-2025.json");

fn main() {
    divan::main();
}

#[divan::bench]
fn value_from_json(bencher: divan::Bencher) {
    bencher
        .counter(BytesCount::of_str(JSON))
        .bench(|| serde_json::from_str::<serde_json::Value>(black_box(JSON)).expect("parses"));
}

#[divan::bench]
fn typed_from_json(bencher: divan::Bencher) {
    bencher
        .counter(BytesCount::of_str(JSON))
        .bench(|| rectify::from_json_str(black_box(JSON)).expect("loads"));
}

#[divan::bench]
fn validate(bencher: divan::Bencher) {
    let report = rectify::from_json_str(JSON).expect("loads");
    bencher.bench(|| black_box(&report).validate());
}

#[divan::bench]
fn jsonschema_rs(bencher: divan::Bencher) {
    let schema = rectify::schema::json_schema();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the exported schema compiles");
    let instance: serde_json::Value = serde_json::from_str(JSON).expect("parses");
    assert!(validator.is_valid(&instance));
    bencher.bench(|| validator.iter_errors(black_box(&instance)).count());
}
